//! Compile-fail cases (`tests/ui`, one misuse each, with the expected
//! diagnostics in `.stderr`) and pass cases (`tests/pass`, the guarantees of
//! the generated code). `.stderr` files belong to the toolchain in
//! `rust-toolchain` terms: Rust 1.95. Regenerate with `TRYBUILD=overwrite`
//! and read the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/pass/*.rs");
    t.compile_fail("tests/ui/*.rs");
}
