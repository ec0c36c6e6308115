//! Every builder of every provider, fed arbitrary JSON parameters (corpus: the vectors' params).
//! Bytes 0–1 (little-endian) pick the operation across the whole catalog; the rest is the
//! parameters' JSON text.
#![no_main]
use registrar_kit::catalog;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let [lo, hi, rest @ ..] = data else { return };
    let Ok(params) = serde_json::from_slice::<serde_json::Value>(rest) else {
        return;
    };
    let all = catalog::all_operations();
    let meta = all[usize::from(u16::from_le_bytes([*lo, *hi])) % all.len()];
    let c = registrar_kit_fuzz::client(meta.provider);
    let _ = c.prepare(meta.name, params);
});
