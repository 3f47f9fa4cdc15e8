//! The one place YAML is read and written.
//!
//! serde_yaml is deprecated upstream, so this module is where a maintained fork would be
//! swapped in. It is also where input limits live: serde_yaml alone can be driven out of
//! memory by a small file full of aliases, so documents are size-checked and aliases are
//! refused before any parsing happens. ecoready's own files never use aliases.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Largest YAML document ecoready reads (questionnaires are ~60 KB, assessments ~10 KB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Deepest nesting of blocks and flow collections accepted.
pub const MAX_NESTING: usize = 32;

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
            (Some(line), Some(column)) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            (Some(line), None) => write!(f, "line {line}: {}", self.message),
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
            message: format!(
                "file is too large ({} bytes; the limit is {} bytes)",
                bytes.len(),
                MAX_DOCUMENT_BYTES
            ),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        YamlError::at(line, "the file is not valid UTF-8 text")
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

/// Serialises `value` as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|e| YamlError {
        line: None,
        column: None,
        message: e.to_string(),
    })
}

/// serde_yaml appends " at line L column C" to messages; the location is reported separately.
fn clean_message(message: &str) -> String {
    match message.find(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}

/// Scans the text line by line for what serde_yaml handles badly: aliases and anchors,
/// control characters, and nesting deeper than [`MAX_NESTING`].
fn precheck(text: &str) -> Result<(), YamlError> {
    let mut block_scalar_indent: Option<usize> = None;
    let mut keys = KeyTracker::default();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if let Some(c) = line
            .chars()
            .find(|&c| c.is_control() && c != '\t' && c != '\r')
        {
            return Err(YamlError::at(
                number,
                format!("control character U+{:04X} is not allowed", u32::from(c)),
            ));
        }
        let indent = line.len() - line.trim_start_matches(' ').len();
        let content = line.trim();
        if let Some(parent) = block_scalar_indent {
            if content.is_empty() || indent > parent {
                continue;
            }
            block_scalar_indent = None;
        }
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let scan = scan_line(content);
        if scan.alias {
            return Err(YamlError::at(
                number,
                "YAML anchors and aliases (&name, *name) are not allowed",
            ));
        }
        let depth = indent / 2 + scan.flow_depth;
        if depth > MAX_NESTING {
            return Err(YamlError::at(
                number,
                format!("nesting is deeper than {MAX_NESTING} levels"),
            ));
        }
        if scan.opens_block_scalar {
            block_scalar_indent = Some(indent);
        }
        if let Some(key) = keys.see(indent, content) {
            return Err(YamlError::at(number, format!("duplicate key `{key}`")));
        }
    }
    Ok(())
}

/// Remembers the keys of every open block mapping, by indentation, to catch a key given
/// twice: serde_yaml silently keeps the last value of a duplicate map key.
#[derive(Default)]
struct KeyTracker {
    open: Vec<(usize, Vec<String>)>,
}

impl KeyTracker {
    /// Records the key on this line, if any; returns it when its mapping already had it.
    fn see(&mut self, indent: usize, content: &str) -> Option<String> {
        let (indent, content) = match content.strip_prefix("- ") {
            Some(rest) => {
                // A sequence entry starts a fresh mapping one level in.
                let inner = indent + 2 + (rest.len() - rest.trim_start().len());
                self.open.retain(|(i, _)| *i < inner);
                (inner, rest.trim_start())
            }
            None => (indent, content),
        };
        let key = mapping_key(content)?;
        self.open.retain(|(i, _)| *i <= indent);
        match self.open.last_mut() {
            Some((i, seen)) if *i == indent => {
                if seen.contains(&key) {
                    return Some(key);
                }
                seen.push(key);
            }
            _ => self.open.push((indent, vec![key])),
        }
        None
    }
}

/// The key of a block mapping entry (`key: value` or `key:`), unquoted.
fn mapping_key(content: &str) -> Option<String> {
    let (key, rest) = match content.chars().next()? {
        q @ ('"' | '\'') => {
            let end = content[1..].find(q)? + 1;
            (content[1..end].to_string(), &content[end + 1..])
        }
        '[' | '{' | '#' | '&' | '*' | '!' | '|' | '>' => return None,
        _ => {
            let end = content
                .find(": ")
                .or_else(|| content.strip_suffix(':').map(str::len))?;
            (content[..end].trim_end().to_string(), &content[end..])
        }
    };
    (rest.starts_with(": ") || rest == ":").then_some(key)
}

struct LineScan {
    alias: bool,
    flow_depth: usize,
    opens_block_scalar: bool,
}

/// Looks at one line outside quotes: does a value start with `&` or `*`, how deep do
/// flow brackets go, and does the line open a `|` or `>` block scalar.
fn scan_line(content: &str) -> LineScan {
    let mut alias = false;
    let mut depth = 0usize;
    let mut max_depth = 0usize;
    let mut quote: Option<char> = None;
    let mut at_value_start = true;
    let mut previous = ' ';
    let mut last_significant = ' ';
    for c in content.chars() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            previous = c;
            continue;
        }
        match c {
            '#' if previous == ' ' => break,
            '"' | '\'' if at_value_start => quote = Some(c),
            '&' | '*' if at_value_start => alias = true,
            '[' | '{' => {
                depth += 1;
                max_depth = max_depth.max(depth);
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at_value_start = match c {
            ' ' => matches!(previous, ':' | '-' | ',' | '[' | '{' | '?') || at_value_start,
            '[' | '{' | ',' => true,
            _ => false,
        };
        if c != ' ' {
            last_significant = c;
        }
        previous = c;
    }
    let trimmed = content.split(" #").next().unwrap_or(content).trim_end();
    let opens_block_scalar = quote.is_none()
        && matches!(last_significant, '|' | '>' | '-' | '+' | '0'..='9')
        && (trimmed.ends_with(": |")
            || trimmed.ends_with(": >")
            || trimmed.ends_with("- |")
            || trimmed.ends_with("- >")
            || trimmed == "|"
            || trimmed == ">"
            || block_header(trimmed));
    LineScan {
        alias,
        flow_depth: max_depth,
        opens_block_scalar,
    }
}

/// `key: |-`, `key: >2+` and similar block scalar headers with indicators.
fn block_header(trimmed: &str) -> bool {
    let Some(pos) = trimmed.rfind(['|', '>']) else {
        return false;
    };
    let (before, indicators) = trimmed.split_at(pos);
    let indicators = &indicators[1..];
    (before.ends_with(": ") || before.ends_with("- ") || before.is_empty())
        && indicators.len() <= 2
        && indicators
            .chars()
            .all(|c| matches!(c, '-' | '+' | '1'..='9'))
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
}
