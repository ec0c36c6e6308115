//! The REG.API text to sign (make_text_for_sig), from arbitrary form bodies.
#![no_main]
use registrar_kit::providers::regru::sign;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let pairs = sign::decode_form(data);
    if let Ok(text) = sign::text_to_sign(&pairs) {
        // Sorted, `;`-joined: never more values than pairs unless input_data expanded them.
        let _ = text.len();
    }
});
