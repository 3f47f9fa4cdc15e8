//! Assessment ids: how they are made and which ones are safe to use as file names.

use std::hash::{BuildHasher, RandomState};
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

/// Hex digits of an id's random part: 16, so 64 random bits.
pub const RANDOM_HEX_LEN: usize = 16;

/// A candidate id `YYYYMMDD-HHMMSSZ-xxxxxxxxxxxxxxxx`: the moment `at` in UTC (the `Z`
/// says so; ids made before this were local wall-clock time with 4 hex digits, and stay
/// valid), then 64 random bits. Machines sharing one data directory through git or a sync
/// folder never see each other's ids before they are made: with 64 bits, two ids made in
/// the same second collide with a chance of about 1 in 10^19.
pub fn candidate_id(at: &Timestamp) -> String {
    format!(
        "{}-{}",
        at.with_timezone(&chrono::Utc).format("%Y%m%d-%H%M%SZ"),
        random_suffix()
    )
}

/// [`RANDOM_HEX_LEN`] hex digits from SHA-256 of two keys of the standard library's
/// `RandomState` (seeded from the operating system's random source: 128 bits per
/// process, adding no crate), the clock, the process id and a per-process counter, so two
/// calls in one process, or two processes in the same nanosecond, still differ.
pub(super) fn random_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut hasher = Sha256::new();
    for salt in [0u8, 1] {
        hasher.update(
            RandomState::new()
                .hash_one((salt, count, nanos))
                .to_le_bytes(),
        );
    }
    hasher.update(nanos.to_le_bytes());
    hasher.update(std::process::id().to_le_bytes());
    hasher.update(count.to_le_bytes());
    hasher.finalize()[..RANDOM_HEX_LEN / 2]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidate_is_the_moment_in_utc_and_64_random_bits() {
        // 14:07:09 at +02:00 is 12:07:09 UTC.
        let at = Timestamp::parse_from_rfc3339("2024-03-05T14:07:09+02:00").unwrap();
        let id = candidate_id(&at);
        // 8 date digits + '-' + 6 time digits + 'Z' + '-' + 16 hex = 33 characters.
        assert_eq!(id.len(), 33, "{id}");
        assert!(id.starts_with("20240305-120709Z-"), "{id}");
        let suffix = &id[17..];
        assert!(
            suffix
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            "{id}"
        );
        assert!(is_safe_id(&id));
        // The same moment written in another offset gives the same time part.
        let utc = Timestamp::parse_from_rfc3339("2024-03-05T12:07:09Z").unwrap();
        assert_eq!(candidate_id(&utc)[..17], id[..17]);
    }

    #[test]
    fn ten_thousand_candidates_of_one_second_all_differ() {
        let at = Timestamp::parse_from_rfc3339("2024-03-05T14:07:09Z").unwrap();
        let ids: std::collections::BTreeSet<String> =
            (0..10_000).map(|_| candidate_id(&at)).collect();
        // With 16 bits (the old ids) 10,000 draws collide almost surely (birthday bound);
        // with 64 bits a collision here would mean the suffix is not random.
        assert_eq!(ids.len(), 10_000);
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
        // An id made before ids were UTC with 64 random bits stays valid.
        assert!(is_safe_id("20240305-140709-0a9f"));
        assert!(is_safe_id("Baseline_2"));
    }
}
