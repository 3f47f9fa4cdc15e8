//! The checksum line of assessment and map files ([`crate::integrity`]) as the store
//! writes and checks it: every file it writes is sealed; a file read is trusted only when
//! its seal matches, or when it has none and its format version is older than seals.
//! `ecoready repair` reads a file as it is ([`Trust::AsIs`]) to accept a hand edit.

use serde::Serialize;

use crate::integrity::{self, Seal};
use crate::tr;
use crate::yaml::{self, YamlError};

/// Whether a file's checksum is checked when it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// A file whose checksum does not match is refused (every ordinary read).
    Checked,
    /// The content is read whatever its checksum says (`repair`, after the user asked).
    AsIs,
}

/// `value` as YAML ending with its checksum line.
pub fn sealed_yaml<T: Serialize>(value: &T) -> Result<String, YamlError> {
    Ok(integrity::seal(&yaml::to_string(value)?))
}

/// The content of `bytes` without its checksum line, and its seal; with
/// [`Trust::Checked`] a mismatched or damaged seal is an error saying what to do
/// (`accept` names the command that accepts the file as it is).
pub fn content<'a>(
    bytes: &'a [u8],
    trust: Trust,
    accept: &str,
) -> Result<(&'a [u8], Seal), String> {
    let unsealed = integrity::unseal(bytes);
    match (trust, unsealed.seal.problem()) {
        (Trust::Checked, Some(problem)) => Err(with_remedy(problem, accept)),
        _ => Ok((unsealed.content, unsealed.seal)),
    }
}

/// Refuses a file of format `version` that has no checksum line although every file of
/// that version is written with one (`first_sealed`): it lost its last lines.
pub fn require_seal(
    seal: Seal,
    version: u32,
    first_sealed: u32,
    trust: Trust,
    accept: &str,
) -> Result<(), String> {
    if trust == Trust::Checked && seal == Seal::Missing && version >= first_sealed {
        return Err(with_remedy(tr!("store-seal-missing"), accept));
    }
    Ok(())
}

fn with_remedy(problem: &str, accept: &str) -> String {
    tr!("store-seal-remedy", problem = problem, accept = accept)
}
