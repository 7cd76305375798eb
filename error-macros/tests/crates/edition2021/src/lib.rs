//! The derive used from an edition 2021 crate.
#![deny(warnings, missing_docs)]

include!("../../editions.rs");
