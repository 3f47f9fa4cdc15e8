//! Assessment ids: how they are made and which ones are safe to use as file names.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use super::error::AssessmentError;
use crate::assessment::Timestamp;

/// Longest id accepted; keeps `<id>.yaml` well inside every file system's name limit.
pub const MAX_ID_LEN: usize = 100;

/// Whether `id` can be used as a file name inside the data directory: not empty, at most
/// [`MAX_ID_LEN`] characters, only ASCII letters, digits, `_` and `-`.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `Ok` for a safe assessment id; otherwise the error says what is allowed, so that no id
/// can name a path outside the data directory.
pub fn check_id(id: &str) -> Result<(), AssessmentError> {
    if is_safe_id(id) {
        Ok(())
    } else {
        Err(AssessmentError::InvalidId { id: id.to_string() })
    }
}

/// A candidate id `YYYYMMDD-HHMMSS-xxxx`: the wall-clock time of `at` in its own offset,
/// then 4 lowercase hex characters that differ between calls.
pub fn candidate_id(at: &Timestamp) -> String {
    format!("{}-{}", at.format("%Y%m%d-%H%M%S"), random_suffix())
}

/// 4 hex characters from a hash of the clock, the process id and a per-process counter:
/// two processes or two calls in the same nanosecond still hash different inputs.
fn random_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(nanos.to_le_bytes());
    hasher.update(std::process::id().to_le_bytes());
    hasher.update(count.to_le_bytes());
    hasher.finalize()[..2]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidate_uses_the_wall_clock_of_the_timestamp() {
        let at = Timestamp::parse_from_rfc3339("2024-03-05T14:07:09+02:00").unwrap();
        let id = candidate_id(&at);
        // 8 date digits + '-' + 6 time digits + '-' + 4 hex = 20 characters.
        assert_eq!(id.len(), 20, "{id}");
        assert!(id.starts_with("20240305-140709-"), "{id}");
        let suffix = &id[16..];
        assert!(
            suffix
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            "{id}"
        );
        assert!(is_safe_id(&id));
    }

    #[test]
    fn consecutive_candidates_differ() {
        let at = Timestamp::parse_from_rfc3339("2024-03-05T14:07:09Z").unwrap();
        let ids: std::collections::BTreeSet<String> = (0..20).map(|_| candidate_id(&at)).collect();
        // 20 draws from 65536 suffixes: all equal would mean the counter is not hashed.
        assert!(ids.len() > 1);
    }

    #[test]
    fn unsafe_ids_are_refused() {
        for bad in [
            "", "../x", "a/b", "a\\b", ".hidden", "a.b", "a b", "é", "x\0y",
        ] {
            assert!(!is_safe_id(bad), "{bad:?}");
            let err = check_id(bad).unwrap_err();
            assert!(err.is_invalid_input(), "{bad:?}");
            assert!(
                err.to_string().contains("is not a valid assessment id"),
                "{err}"
            );
        }
        assert!(!is_safe_id(&"a".repeat(MAX_ID_LEN + 1)));
        assert!(is_safe_id("20240305-140709-0a9f"));
        assert!(is_safe_id("Baseline_2"));
    }
}
