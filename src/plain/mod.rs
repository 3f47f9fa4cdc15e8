//! The plain wizard: line-by-line prompts on standard input and output.

use color_eyre::eyre::{Result, eyre};

use crate::store::Store;
use crate::wizard::Start;

/// Whether to use plain prompts: asked for, or the terminal cannot show the full screen.
pub fn wanted(asked: bool) -> bool {
    asked
}

/// Runs the plain wizard.
pub fn run(_store: &Store, _start: Start) -> Result<u8> {
    Err(eyre!("plain mode is not available yet"))
}
