//! Every regru response parser, fed arbitrary statuses and bodies (corpus: the vectors' responses).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| registrar_kit_fuzz::parse_one("regru", data));
