//! The workspace's pinned `uniffi-bindgen`: generates the Kotlin and Swift sources from the built
//! library (`generate --library target/debug/libregistrar_kit.so --language kotlin --out-dir …`).

fn main() {
    uniffi::uniffi_bindgen_main()
}
