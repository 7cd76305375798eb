//! The library behind `nserror`: what the tool does, for a build script or
//! an xtask to call too.

pub mod check;
