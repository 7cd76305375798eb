//! Compile-fail cases of the taxonomy crate's own guarantees (`tests/ui`,
//! one each, with the expected diagnostics in `.stderr`, written with the
//! toolchain of `rust-toolchain.toml`). Regenerate with
//! `TRYBUILD=overwrite` and read the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
