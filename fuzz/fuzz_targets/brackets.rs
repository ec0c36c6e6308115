//! The PHP bracket-array encoder (DomainContext bulk commands): any JSON value flattens and
//! encodes without panicking, and the encoding never holds a raw `&`, `=` or `#` inside a value.
#![no_main]
use registrar_kit::wire::brackets::{self, BoolStyle};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let pairs = brackets::flatten(&value, BoolStyle::OneZero);
    let encoded = brackets::encode(&pairs);
    assert_eq!(
        encoded.matches('&').count() + 1,
        pairs.len().max(1),
        "{encoded}"
    );
    assert!(!encoded.contains('#'));
    let c = registrar_kit_fuzz::client("domaincontext");
    let _ = c.prepare("domainsCheck", value);
});
