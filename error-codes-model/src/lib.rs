//! The grammar of `#[derive(ErrorCodes)]` and the model it validates into.
//!
//! [`Taxonomy`] is the plain model of one enum's codes: owned data, no
//! syntax, what renderers and the breaking-change check take.

mod taxonomy;

pub use taxonomy::{CatchAll, CodeType, Deprecation, Entry, Location, Reserved, Taxonomy};
