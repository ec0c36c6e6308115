//! The README's generated tables match the code.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[test]
fn readme_capability_table_matches_the_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let start = readme
        .find("<!-- capabilities:start -->")
        .expect("start marker");
    let end = readme
        .find("<!-- capabilities:end -->")
        .expect("end marker");
    let table = readme[start + "<!-- capabilities:start -->".len()..end].trim();
    assert_eq!(
        table,
        registrar_kit::registrar::capability::matrix_markdown().trim(),
        "README capability table is stale: run scripts/gen.sh"
    );
}
