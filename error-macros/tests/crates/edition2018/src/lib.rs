//! The derive used from an edition 2018 crate.
#![deny(warnings, missing_docs)]

include!("../../editions.rs");
