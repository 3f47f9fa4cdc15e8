//! The one place YAML is read and written.
//!
//! serde_yaml is deprecated upstream, so this module is where a maintained fork would be
//! swapped in. It is also where input limits live: serde_yaml alone can be driven out of
//! memory by a small file full of aliases, and silently keeps the last of two equal keys,
//! so every document is size-checked and then walked with a streaming YAML parser
//! (saphyr-parser) that refuses aliases, deep nesting, too many values, duplicate keys and
//! extra documents before serde_yaml sees it. ecoready's own files never use aliases.

mod precheck;

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::tr;
use precheck::precheck;

/// Largest YAML document ecoready reads (questionnaires are ~60 KB, assessments ~10 KB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Deepest nesting of blocks and flow collections accepted.
pub const MAX_NESTING: usize = 32;

/// Most values (scalars, sequences and mappings) in one document. serde_yaml holds every
/// event of a document in memory before building anything, about 100 bytes each, so this
/// bounds what reading a file can cost (docs/performance.md).
pub const MAX_NODES: usize = 50_000;

/// Why a YAML document could not be read, with the line where it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line, when the parser knows it.
    pub line: Option<usize>,
    /// 1-based column, when the parser knows it.
    pub column: Option<usize>,
    /// What is wrong, in words a person understands.
    pub message: String,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => f.write_str(&tr!(
                "core-yaml-at-line-column",
                line = line.to_string(),
                column = column.to_string(),
                message = self.message.as_str()
            )),
            (Some(line), None) => f.write_str(&tr!(
                "core-yaml-at-line",
                line = line.to_string(),
                message = self.message.as_str()
            )),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for YamlError {}

impl YamlError {
    fn at(line: usize, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            column: None,
            message: message.into(),
        }
    }
}

/// Parses raw bytes (checked for size and UTF-8 first) into `T`.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, YamlError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(YamlError {
            line: None,
            column: None,
            message: tr!(
                "core-yaml-file-too-large",
                size = bytes.len(),
                max = MAX_DOCUMENT_BYTES
            ),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        YamlError::at(line, tr!("core-yaml-not-utf8"))
    })?;
    from_str(text)
}

/// Parses text into `T`, refusing aliases, deep nesting and oversized documents.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return from_slice(text.as_bytes());
    }
    precheck(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let location = e.location();
        YamlError {
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            message: clean_message(&e.to_string()),
        }
    })
}

/// Serialises `value` as YAML, refusing a document [`from_slice`] would refuse as too
/// large: ecoready never writes a file it cannot read back.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    let text = serde_yaml::to_string(value).map_err(|e| YamlError {
        line: None,
        column: None,
        message: e.to_string(),
    })?;
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(YamlError {
            line: None,
            column: None,
            message: tr!(
                "core-yaml-would-be-too-large",
                size = text.len(),
                max = MAX_DOCUMENT_BYTES
            ),
        });
    }
    Ok(text)
}

/// serde_yaml appends " at line L column C" to messages; the location is reported separately.
fn clean_message(message: &str) -> String {
    match message.find(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    type Map = BTreeMap<String, serde_yaml::Value>;

    #[test]
    fn aliases_are_refused_with_the_line() {
        let text = "a: &x [1, 2]\nb: *x\n";
        let err = from_str::<Map>(text).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("aliases"), "{err}");
    }

    #[test]
    fn ampersand_inside_words_and_quotes_is_text() {
        let text = "a: R&D partners\nb: \"*starred*\"\nc: 'x & y'\n";
        let map: Map = from_str(text).unwrap();
        assert_eq!(map["a"], serde_yaml::Value::from("R&D partners"));
        assert_eq!(map["b"], serde_yaml::Value::from("*starred*"));
    }

    #[test]
    fn block_scalar_content_is_not_scanned_for_aliases() {
        let text = "a: |\n  - *not an alias\n  & neither\nb: 1\n";
        let map: Map = from_str(text).unwrap();
        assert_eq!(
            map["a"],
            serde_yaml::Value::from("- *not an alias\n& neither\n")
        );
    }

    #[test]
    fn where_and_what_is_said_in_the_current_language() {
        use crate::i18n::{Lang, with_lang};
        let err = from_str::<BTreeMap<String, u8>>("a: 1\na: 2\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        let shown = |lang| {
            with_lang(lang, || {
                from_str::<BTreeMap<String, u8>>("a: 1\na: 2\n")
                    .unwrap_err()
                    .to_string()
            })
        };
        assert_eq!(
            shown(Lang::De),
            "Zeile 2, Spalte 1: doppelter Schlüssel `a`"
        );
        assert_eq!(shown(Lang::Es), "línea 2, columna 1: clave repetida `a`");
    }

    #[test]
    fn deep_flow_nesting_is_refused() {
        let text = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        let err = from_str::<Map>(&text).unwrap_err();
        assert!(err.message.contains("nesting"), "{err}");
    }

    #[test]
    fn control_characters_are_refused_with_the_line() {
        let err = from_str::<Map>("a: 1\nb: \"x\u{1b}[31m\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("U+001B"), "{err}");
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = from_slice::<Map>(b"a: 1\nb: \xff\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("UTF-8"));
    }

    #[test]
    fn oversized_documents_are_refused_before_parsing() {
        let big = vec![b'#'; MAX_DOCUMENT_BYTES + 1];
        let err = from_slice::<Map>(&big).unwrap_err();
        assert!(err.message.contains("too large"));
    }

    #[test]
    fn parser_errors_carry_line_and_column() {
        let err = from_str::<BTreeMap<String, u8>>("a: 1\nb: [\n").unwrap_err();
        assert!(err.line.is_some());
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }

    #[test]
    fn duplicate_keys_are_refused_with_the_line() {
        let err = from_str::<BTreeMap<String, u8>>("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("duplicate key `a`"), "{err}");
        let nested = "m:\n  x: 1\n  y:\n    x: 2\n  'x': 3\n";
        let err = from_str::<Map>(nested).unwrap_err();
        assert_eq!(err.line, Some(5));
    }

    #[test]
    fn same_keys_in_different_list_entries_are_fine() {
        let text = "l:\n  - id: a\n    text: x\n  - id: b\n    text: y\nm:\n  id: c\n";
        assert!(from_str::<Map>(text).is_ok());
    }

    /// Text users write every day, which the old line scanner took for aliases or nesting.
    const ORDINARY_NOTES: [&str; 8] = [
        "Follow-up - *urgent*",
        "See items 3, *5* and 7",
        "Partner's view: *mixed*",
        "O'Brien's, *firm*",
        "x, &y",
        "- *starred* item\n? &odd\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ many brackets",
        "it's 'quoted' and ''doubled'' here, *still* text",
        "#hash, !bang, | pipe, > greater, {braces}: ok",
    ];

    #[test]
    fn ordinary_text_in_any_scalar_style_reads_back() {
        for note in ORDINARY_NOTES {
            let mut map = Map::new();
            map.insert("note".to_string(), serde_yaml::Value::from(note));
            let written = to_string(&map).unwrap();
            let read: Map = from_str(&written).unwrap_or_else(|e| panic!("{note:?}: {e}"));
            assert_eq!(read, map, "{written}");
        }
    }

    #[test]
    fn hand_written_plain_and_quoted_text_is_not_an_alias() {
        let text = "a: Follow-up - *urgent*\nb: See items 3, *5* and 7\nc: x, &y\n\
                    d: 'O''Brien''s, *firm*'\ne: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['\n";
        let map: Map = from_str(text).unwrap();
        assert_eq!(map["b"], serde_yaml::Value::from("See items 3, *5* and 7"));
        assert_eq!(map["d"], serde_yaml::Value::from("O'Brien's, *firm*"));
    }

    #[test]
    fn anchors_without_aliases_are_refused_with_line_and_column() {
        let err = from_str::<Map>("a: 1\nb: &anchor 2\n").unwrap_err();
        assert_eq!((err.line, err.column), (Some(2), Some(4)));
        assert!(err.message.contains("anchors"), "{err}");
    }

    #[test]
    fn deep_block_nesting_is_refused() {
        let mut text = String::new();
        for depth in 0..40 {
            text.push_str(&format!("{}k:\n", "  ".repeat(depth)));
        }
        let err = from_str::<Map>(&text).unwrap_err();
        assert!(err.message.contains("nesting"), "{err}");
        // Line 1 opens the top-level mapping (level 0); line 34 opens level 33.
        assert_eq!(err.line, Some(MAX_NESTING + 2));
    }

    #[test]
    fn a_second_document_is_named_as_such() {
        let err = from_str::<Map>("id: a\n---\nid: b\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.message, "the file holds more than one YAML document");
    }

    #[test]
    fn duplicate_keys_in_flow_mappings_and_lists_are_refused() {
        let err = from_str::<Map>("l:\n  - {a: 1, b: 2, a: 3}\n").unwrap_err();
        assert!(err.message.contains("duplicate key `a`"), "{err}");
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn too_many_values_are_refused() {
        let text = format!("a: [{}]\n", "1,".repeat(MAX_NODES));
        let err = from_str::<Map>(&text).unwrap_err();
        assert!(err.message.contains("values"), "{err}");
    }

    #[test]
    fn an_unclosed_list_names_where_it_opens() {
        let err = from_str::<Map>("schema_version: 1\nid: [unclosed\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(
            err.message
                .ends_with("(in the list that opens at line 2, column 5)"),
            "{err}"
        );
    }

    #[test]
    fn line_and_paragraph_separators_read_back_in_any_place() {
        for note in [
            "a\u{2028}b: c",
            "\u{2028}- x",
            "x\u{2029}  y: [z",
            "\u{2028}\u{8f}-<",
            "k: v\u{2028}\u{2029}\n#",
            // A block scalar whose only line is a separator (found by the property test).
            "\u{2029}",
            "\u{2028}\u{2028}",
            "\n\u{2029}\n",
        ] {
            let mut map = Map::new();
            map.insert("note".to_string(), serde_yaml::Value::from(note));
            let written = to_string(&map).unwrap();
            let read: Map =
                from_str(&written).unwrap_or_else(|e| panic!("{note:?}: {e}\n{written}"));
            assert_eq!(read, map);
        }
    }
}
