//! The glossary check's matcher (tests/glossary.rs): when an English text uses a
//! glossary term, whether its translation does too, and nothing the glossary avoids.

pub mod texts;

use std::fs;
use std::path::Path;

use serde::Deserialize;

/// One glossary entry (the file's header explains the fields).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub term: String,
    /// Other English spellings of the term ("organisation"), matched like it.
    #[serde(default)]
    pub spellings: Vec<String>,
    pub forms: Vec<String>,
    pub avoid: Vec<String>,
    /// English words that are rightly translated by an avoided word ("firm" is
    /// "Unternehmen"): when the English text has one, the avoid check is left out.
    #[serde(default)]
    pub avoid_unless: Vec<String>,
}

/// One English text and its translation, with where they come from.
pub struct Pair {
    pub file: String,
    pub id: String,
    pub english: String,
    pub translated: String,
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn glossary(lang: &str) -> Vec<Entry> {
    let path = root().join(format!("crates/core/locales/{lang}/glossary.yaml"));
    let text = fs::read_to_string(&path).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether `text` has `word` as a whole word (a plural `s` allowed), ignoring case. A
/// hyphen counts as a word boundary, so "self-assessment" mentions "assessment".
fn mentions(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    let word = word.to_lowercase();
    let is_word_char = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(&word).any(|(at, _)| {
        let before_ok = !text[..at].chars().next_back().is_some_and(is_word_char);
        let rest = &text[at + word.len()..];
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        before_ok && !rest.chars().next().is_some_and(is_word_char)
    })
}

/// Whether `text` has a word starting with `word` (inflected endings allowed:
/// "Umfragen" for "Umfrage"), ignoring case.
fn has_word_starting(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    let word = word.to_lowercase();
    text.match_indices(&word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

/// What is wrong with `translated` as a translation of `english` under `entry`, if
/// anything.
pub fn violation(entry: &Entry, english: &str, translated: &str) -> Option<String> {
    let mentioned = std::iter::once(&entry.term)
        .chain(&entry.spellings)
        .any(|term| mentions(english, term));
    if !mentioned {
        return None;
    }
    let lower = translated.to_lowercase();
    if !entry
        .forms
        .iter()
        .any(|form| lower.contains(&form.to_lowercase()))
    {
        return Some(format!(
            "\"{}\" is not translated as {}",
            entry.term,
            entry.forms.join(" / ")
        ));
    }
    if entry
        .avoid_unless
        .iter()
        .any(|word| mentions(english, word))
    {
        return None;
    }
    let avoided: Vec<&str> = entry
        .avoid
        .iter()
        .filter(|word| has_word_starting(translated, word))
        .map(String::as_str)
        .collect();
    (!avoided.is_empty()).then(|| {
        format!(
            "\"{}\" is also translated as {}",
            entry.term,
            avoided.join(", ")
        )
    })
}

/// Every problem of `pairs` under `glossary`, one line each with file, id and both texts.
pub fn problems(glossary: &[Entry], pairs: &[Pair]) -> Vec<String> {
    let mut out = Vec::new();
    for pair in pairs {
        for entry in glossary {
            if let Some(problem) = violation(entry, &pair.english, &pair.translated) {
                out.push(format!(
                    "{} {}: {problem}\n    en: {}\n    tr: {}",
                    pair.file, pair.id, pair.english, pair.translated
                ));
            }
        }
    }
    out
}
