//! Every export of every enum, checked by its platform's tool.

use super::Report;
use super::generate::EnumSpec;
use super::scratch::Scratch;
use serde_json::Value;

/// One format's counts over a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub exported: usize,
    pub refused: usize,
    pub checked: usize,
    pub failed: usize,
}

pub fn check(_scratch: &Scratch, _ready: &[(&EnumSpec, &Value)], _report: &mut Report) {}
