//! Parsing questionnaire text and the questionnaires compiled into the binary.

use std::fmt;

use super::model::Questionnaire;
use super::validate::{ValidationError, validate};
use crate::yaml::{self, YamlError};

/// A questionnaire compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its file name under `questionnaires/`.
    pub file: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// The built-in questionnaires; the first is the default.
pub const BUILTIN: &[Builtin] = &[
    Builtin {
        file: "ecosystem-readiness.yaml",
        text: include_str!("../../../../questionnaires/ecosystem-readiness.yaml"),
    },
    Builtin {
        file: "quick-check.yaml",
        text: include_str!("../../../../questionnaires/quick-check.yaml"),
    },
];

/// Earlier versions of the built-ins, compiled in so assessments made with them still
/// show, re-score, compare and trend when no copy was kept beside them. They are never
/// offered for a new assessment. Each file must stay byte-for-byte as released: an
/// assessment finds its questionnaire by the digest of these bytes.
pub const RETIRED: &[Builtin] = &[
    Builtin {
        file: "retired/ecosystem-readiness-1.0.0.yaml",
        text: include_str!("../../../../questionnaires/retired/ecosystem-readiness-1.0.0.yaml"),
    },
    Builtin {
        file: "retired/quick-check-1.0.0.yaml",
        text: include_str!("../../../../questionnaires/retired/quick-check-1.0.0.yaml"),
    },
    Builtin {
        file: "retired/ecosystem-readiness-2.0.0.yaml",
        text: include_str!("../../../../questionnaires/retired/ecosystem-readiness-2.0.0.yaml"),
    },
    Builtin {
        file: "retired/quick-check-2.0.0.yaml",
        text: include_str!("../../../../questionnaires/retired/quick-check-2.0.0.yaml"),
    },
];

/// Why questionnaire text could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The text is not well-formed YAML of the right shape.
    Yaml(YamlError),
    /// The text parsed but breaks one or more validation rules.
    Invalid(Vec<ValidationError>),
}

impl LoadError {
    /// One line per problem, each prefixed with `file` and the line where known:
    /// `file:12: dimensions[0].weight: weight must be greater than 0`.
    pub fn describe(&self, file: &str) -> Vec<String> {
        match self {
            LoadError::Yaml(e) => vec![match e.line {
                Some(line) => format!("{file}:{line}: {}", e.message),
                None => format!("{file}: {}", e.message),
            }],
            LoadError::Invalid(errors) => errors.iter().map(|e| e.describe(file)).collect(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe("questionnaire").join("\n"))
    }
}

impl std::error::Error for LoadError {}

/// Parses and validates questionnaire text.
pub fn parse(text: &str) -> Result<Questionnaire, LoadError> {
    let questionnaire: Questionnaire = yaml::from_str(text).map_err(LoadError::Yaml)?;
    let errors = validate(&questionnaire, text);
    if errors.is_empty() {
        Ok(questionnaire)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// SHA-256 of a questionnaire file's bytes, as lowercase hex, with line ends normalised
/// ([`crate::integrity::normalised`]): a copy checked out by git with `core.autocrlf=true`
/// (CRLF) or saved with a byte-order mark is the same questionnaire, and a file with LF
/// line ends keeps the digest it always had.
pub fn digest(bytes: &[u8]) -> String {
    crate::integrity::checksum(bytes)
}

/// A questionnaire together with the exact text it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The parsed, validated questionnaire.
    pub questionnaire: Questionnaire,
    /// The text it was parsed from (kept so a copy can be stored with assessments).
    pub text: String,
    /// SHA-256 of the text.
    pub digest: String,
    /// Where it came from: `built-in` or a file path.
    pub origin: String,
    /// Whether its texts come from a translation (or are the pseudo-language's wrapped
    /// copy) rather than from `text`, which stays the source's.
    pub translated: bool,
}

impl Loaded {
    /// Parses and validates `text`, remembering where it came from.
    pub fn from_text(text: String, origin: impl Into<String>) -> Result<Self, LoadError> {
        let questionnaire = parse(&text)?;
        Ok(Self {
            digest: digest(text.as_bytes()),
            questionnaire,
            text,
            origin: origin.into(),
            translated: false,
        })
    }
}

/// Origin recorded for questionnaires compiled into the binary.
pub const BUILTIN_ORIGIN: &str = "built-in";

/// Parses compiled-in questionnaires; one that fails to load is a bug caught by the
/// tests, and is skipped here rather than taking the program down.
fn load_all(list: &[Builtin]) -> Vec<Loaded> {
    list.iter()
        .filter_map(|b| Loaded::from_text(b.text.to_string(), BUILTIN_ORIGIN).ok())
        .collect()
}

/// Every built-in questionnaire a new assessment can use (the retired ones are not).
pub fn builtins() -> Vec<Loaded> {
    load_all(BUILTIN)
}

/// The built-in questionnaire with this id, in its current version.
pub fn builtin(id: &str) -> Option<Loaded> {
    builtins().into_iter().find(|l| l.questionnaire.id == id)
}

/// The retired built-in with this id and version (for example `ecosystem-readiness`
/// `1.0.0`).
pub fn retired(id: &str, version: &str) -> Option<Loaded> {
    load_all(RETIRED)
        .into_iter()
        .find(|l| l.questionnaire.id == id && l.questionnaire.version == version)
}

/// The compiled-in questionnaire, current or retired, whose text has this digest: how an
/// assessment finds exactly the version it was answered with.
pub fn builtin_with_digest(digest: &str) -> Option<Loaded> {
    BUILTIN
        .iter()
        .chain(RETIRED)
        .find(|b| self::digest(b.text.as_bytes()) == digest)
        .and_then(|b| Loaded::from_text(b.text.to_string(), BUILTIN_ORIGIN).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_questionnaire_loads() {
        for b in BUILTIN.iter().chain(RETIRED) {
            if let Err(e) = parse(b.text) {
                panic!("{}", e.describe(b.file).join("\n"));
            }
        }
    }

    #[test]
    fn retired_versions_are_found_by_digest_but_not_offered() {
        let old = retired("ecosystem-readiness", "1.0.0").unwrap();
        assert_eq!(old.questionnaire.version, "1.0.0");
        let current = builtin("ecosystem-readiness").unwrap();
        assert_ne!(current.questionnaire.version, "1.0.0");
        assert!(
            builtins()
                .iter()
                .all(|b| b.questionnaire.version != "1.0.0")
        );
        assert_eq!(builtin_with_digest(&old.digest), Some(old));
        assert_eq!(builtin_with_digest(&current.digest), Some(current));
        assert!(retired("quick-check", "1.0.0").is_some());
        assert_eq!(builtin_with_digest("0000"), None);
    }

    #[test]
    fn digest_is_sha256_hex() {
        assert_eq!(
            digest(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn digest_ignores_crlf_line_ends_and_a_byte_order_mark() {
        // `printf 'a: 1\nb: 2\n' | sha256sum`: an LF file keeps the digest of its bytes.
        let lf = "d02b8bb58aa82e872f709035f39b734b9f28dde0c3d305698a95d04aec594cfa";
        assert_eq!(digest(b"a: 1\nb: 2\n"), lf);
        assert_eq!(digest(b"a: 1\r\nb: 2\r\n"), lf);
        assert_eq!(digest(b"\xEF\xBB\xBFa: 1\r\nb: 2\r\n"), lf);
        // A lone CR is content, not a line end.
        assert_ne!(digest(b"a: 1\rb: 2\n"), lf);
    }
}
