//! Shared by the integration tests; each test binary uses part of it.
#![allow(dead_code)]

pub mod android;
pub mod cli;
pub mod platforms;
pub mod process;
pub mod reference;
pub mod tools;
