//! Checksums that make a damaged or truncated data file visible.
//!
//! A file copied in place, over NFS/SMB or by a checkout still in progress can be cut at
//! any byte; cut at a line boundary, a YAML document often still parses, with answers
//! missing. Every assessment and map file ecoready writes therefore ends with one line,
//! `checksum: sha256:<64 hex>`, the SHA-256 of everything before it (line ends normalised
//! as in [`normalised`], so a checkout that turned LF into CRLF still matches). Reading
//! strips that line before the YAML is parsed and says whether it matched.
//!
//! A file without the line is either an old one (written before checksums existed: its
//! format version says so, and it is read as before) or one that lost its last line;
//! callers tell them apart by the format version, which is the first line of every file.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

/// The key of the last line of a sealed file.
pub const CHECKSUM_KEY: &str = "checksum";

/// The algorithm named in the checksum line.
const ALGORITHM: &str = "sha256";

/// Hex digits of a SHA-256.
const HEX_LEN: usize = 64;

/// What the last line of a file says about its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seal {
    /// The checksum line is there and matches the content.
    Intact,
    /// There is no checksum line (an old file, or one that lost its last line).
    Missing,
    /// The checksum line is there and does not match: the content was changed outside
    /// ecoready (edited by hand, or parts of two files joined).
    Mismatch,
    /// The last line starts as a checksum line but is not one (cut inside it).
    Damaged,
}

impl Seal {
    /// Why a file with this seal cannot be trusted, or `None` when it can (an intact
    /// one) or cannot be judged by its seal alone (a missing one).
    pub fn problem(self) -> Option<&'static str> {
        match self {
            Seal::Intact | Seal::Missing => None,
            Seal::Mismatch => Some(crate::tr!("core-seal-mismatch")),
            Seal::Damaged => Some(crate::tr!("core-seal-damaged")),
        }
    }
}

/// A file split into its content and what its checksum line says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsealed<'a> {
    /// Everything before the checksum line (the whole file when there is none).
    pub content: &'a [u8],
    /// Whether the content is what was written.
    pub seal: Seal,
}

/// `text` followed by its checksum line. `text` ends with a newline (as YAML
/// serialisation always does); one is added if not.
pub fn seal(text: &str) -> String {
    let mut sealed = String::with_capacity(text.len() + 90);
    sealed.push_str(text);
    if !sealed.ends_with('\n') {
        sealed.push('\n');
    }
    let sum = checksum(sealed.as_bytes());
    sealed.push_str(&format!("{CHECKSUM_KEY}: {ALGORITHM}:{sum}\n"));
    sealed
}

/// `text` (a sealed file, or one without a checksum line) sealed again for its content as
/// it is now: what a deliberate change to a file's text needs so ecoready reads it.
pub fn reseal(text: &str) -> String {
    let content = unseal(text.as_bytes()).content;
    seal(&String::from_utf8_lossy(content))
}

/// Splits off and checks the checksum line of `bytes`.
pub fn unseal(bytes: &[u8]) -> Unsealed<'_> {
    let (content, last) = split_last_line(bytes);
    let Some(rest) = last.strip_prefix(CHECKSUM_KEY.as_bytes()) else {
        return Unsealed {
            content: bytes,
            seal: Seal::Missing,
        };
    };
    // The exact line `seal` writes, with a CR a line-end conversion may have added and
    // without the final newline a cut may have taken (the content is the same then).
    let rest = rest.strip_suffix(b"\n").unwrap_or(rest);
    let rest = rest.strip_suffix(b"\r").unwrap_or(rest);
    let prefix = format!(": {ALGORITHM}:");
    let seal = match rest.strip_prefix(prefix.as_bytes()) {
        Some(hex) if hex.len() == HEX_LEN && hex.iter().all(u8::is_ascii_hexdigit) => {
            if hex.eq_ignore_ascii_case(checksum(content).as_bytes()) {
                Seal::Intact
            } else {
                Seal::Mismatch
            }
        }
        _ => Seal::Damaged,
    };
    Unsealed { content, seal }
}

/// SHA-256 (lowercase hex) of `bytes` with line ends normalised.
pub fn checksum(bytes: &[u8]) -> String {
    hex(&Sha256::digest(normalised(bytes)))
}

/// `bytes` without a leading UTF-8 byte-order mark and with every CRLF turned into LF:
/// what a checkout with `core.autocrlf=true` or an editor on Windows may have changed
/// without changing the content. Borrowed when there is nothing to change (ecoready's own
/// files), so LF files hash exactly their bytes.
pub fn normalised(bytes: &[u8]) -> Cow<'_, [u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if !bytes.windows(2).any(|pair| pair == b"\r\n") {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut iter = bytes.iter().peekable();
    while let Some(&byte) = iter.next() {
        if byte == b'\r' && iter.peek() == Some(&&b'\n') {
            continue;
        }
        out.push(byte);
    }
    Cow::Owned(out)
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Everything up to and including the last newline that is not the final byte, and the
/// last line after it (with its own newline, if any).
fn split_last_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    match body.iter().rposition(|&b| b == b'\n') {
        Some(at) => bytes.split_at(at + 1),
        None => (&bytes[..0], bytes),
    }
}

#[cfg(test)]
mod tests;
