//! `completions` and `man`, generated from the clap definitions.

use color_eyre::eyre::{Result, eyre};

/// `ecoready completions SHELL`.
pub fn completions(_shell: clap_complete::Shell) -> Result<u8> {
    Err(eyre!("completions are not available yet"))
}

/// `ecoready man`.
pub fn man() -> Result<u8> {
    Err(eyre!("the manual page is not available yet"))
}
