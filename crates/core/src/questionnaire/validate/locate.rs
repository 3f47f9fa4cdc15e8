//! Finds the line of a field in questionnaire text, so validation errors can point at it.
//!
//! The serde types carry no positions, so this reads the block structure of the YAML text
//! on its own: every mapping key and every block list entry gets a path like
//! `dimensions[1].facets[0].items[2].scale` and the line it starts on. Flow collections
//! (`{ ... }`, `[ ... ]`) are not looked into: a field inside one is found at the line of
//! the nearest enclosing key or list entry, which is the line a person needs to look at.

use std::collections::HashMap;

/// Field paths of a YAML text mapped to their 1-based line numbers.
#[derive(Debug, Default)]
pub(in crate::questionnaire) struct Locator {
    lines: HashMap<String, usize>,
}

/// A key or list entry whose children may follow on later lines.
struct Open {
    /// Column of the key's first character or of the `-`.
    column: usize,
    path: String,
    /// `Some(index)` for a list entry, `None` for a mapping key.
    entry: Option<usize>,
}

impl Locator {
    /// Reads the block structure of `source`.
    pub(in crate::questionnaire) fn new(source: &str) -> Self {
        let mut locator = Self::default();
        let mut open: Vec<Open> = Vec::new();
        // Lines indented deeper than this column continue a scalar or flow value that
        // started on an earlier line (multi-line text, block scalars `|` and `>`).
        let mut value_column: Option<usize> = None;
        for (index, raw) in source.lines().enumerate() {
            let number = index + 1;
            let line = raw.trim_end();
            let indent = line.len() - line.trim_start_matches(' ').len();
            let mut rest = &line[indent..];
            if let Some(column) = value_column {
                if rest.is_empty() || indent > column {
                    continue;
                }
                value_column = None;
            }
            if rest.is_empty() || rest.starts_with('#') || rest == "---" || rest == "..." {
                continue;
            }
            let mut column = indent;
            while rest == "-" || rest.starts_with("- ") {
                locator.entry(&mut open, column, number);
                let after = &rest[1..];
                let inner = after.trim_start();
                if inner.is_empty() || inner.starts_with('#') {
                    rest = "";
                    break;
                }
                if split_key(inner).is_none() {
                    // A scalar or flow entry such as `- { value: 1, label: Agree }`.
                    value_column = Some(column);
                }
                column += 1 + after.len() - inner.len();
                rest = inner;
            }
            if let Some((key, value)) = split_key(rest) {
                locator.key(&mut open, column, key, number);
                if !value.is_empty() && !value.starts_with('#') {
                    value_column = Some(column);
                }
            }
        }
        locator
    }

    /// The line of `path`, or of its nearest ancestor that starts a line of its own.
    pub(in crate::questionnaire) fn line(&self, path: &str) -> Option<usize> {
        let mut path = path;
        loop {
            if let Some(&line) = self.lines.get(path) {
                return Some(line);
            }
            path = parent(path)?;
        }
    }

    fn entry(&mut self, open: &mut Vec<Open>, column: usize, number: usize) {
        while open.last().is_some_and(|o| o.column > column) {
            open.pop();
        }
        let mut index = 0;
        if let Some(sibling) = open
            .last()
            .filter(|o| o.column == column && o.entry.is_some())
        {
            index = sibling.entry.map_or(0, |i| i + 1);
            open.pop();
        }
        let path = format!("{}[{index}]", open.last().map_or("", |o| o.path.as_str()));
        self.lines.entry(path.clone()).or_insert(number);
        open.push(Open {
            column,
            path,
            entry: Some(index),
        });
    }

    fn key(&mut self, open: &mut Vec<Open>, column: usize, key: &str, number: usize) {
        while open.last().is_some_and(|o| o.column >= column) {
            open.pop();
        }
        let path = match open.last() {
            Some(parent) => format!("{}.{key}", parent.path),
            None => key.to_string(),
        };
        self.lines.entry(path.clone()).or_insert(number);
        open.push(Open {
            column,
            path,
            entry: None,
        });
    }
}

/// `a.b[2]` -> `a.b`, `a.b` -> `a`, `a` -> none.
fn parent(path: &str) -> Option<&str> {
    if let Some(stripped) = path.strip_suffix(']') {
        return stripped.rfind('[').map(|open| &path[..open]);
    }
    path.rfind('.').map(|dot| &path[..dot])
}

/// Splits `key: value` (or `key:`) into the unquoted key and the trimmed value.
fn split_key(content: &str) -> Option<(&str, &str)> {
    let (key, rest) = match content.chars().next()? {
        quote @ ('"' | '\'') => {
            let end = content[1..].find(quote)? + 1;
            (&content[1..end], &content[end + 1..])
        }
        '[' | '{' | '#' | '&' | '*' | '!' | '|' | '>' | '%' | '@' | '`' => return None,
        _ => {
            let end = content
                .find(": ")
                .or_else(|| content.strip_suffix(':').map(str::len))?;
            (content[..end].trim_end(), &content[end..])
        }
    };
    let value = rest.strip_prefix(':')?;
    (value.is_empty() || value.starts_with(' ')).then(|| (key, value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# comment: not a key
id: demo
scales:
  agree:
    kind: agreement
    options:
      - { value: 1, label: No }
      - { value: 2, label: Yes }
bands:
  - name: Low
    min: 0
  -   name: High
      min: 50
dimensions:
- id: first
  summary: >
    folded text: with a colon
    id: still text
  facets:
    - id: f
      items:
        - id: i1
          text: \"a quoted text
            that goes on: here\"
          scale: agree
        - id: i2
          anchors:
            - One.
            - Two.
advice:
  first:
    'Low': [Call a partner.]
";

    #[test]
    fn keys_and_entries_get_their_own_lines() {
        let l = Locator::new(TEXT);
        assert_eq!(l.line("id"), Some(2));
        assert_eq!(l.line("scales.agree.kind"), Some(5));
        assert_eq!(l.line("scales.agree.options[1]"), Some(8));
        assert_eq!(l.line("bands[1].name"), Some(12));
        assert_eq!(l.line("bands[1].min"), Some(13));
        assert_eq!(l.line("dimensions[0].facets"), Some(19));
        assert_eq!(l.line("dimensions[0].facets[0].items[0].scale"), Some(25));
        assert_eq!(l.line("dimensions[0].facets[0].items[1].id"), Some(26));
        assert_eq!(
            l.line("dimensions[0].facets[0].items[1].anchors[1]"),
            Some(29)
        );
        assert_eq!(l.line("advice.first.Low"), Some(32));
    }

    #[test]
    fn fields_inside_flow_collections_fall_back_to_their_entry() {
        let l = Locator::new(TEXT);
        assert_eq!(l.line("scales.agree.options[1].label"), Some(8));
        assert_eq!(l.line("advice.first.Low[0]"), Some(32));
        assert_eq!(l.line("dimensions[0].weight"), Some(15));
        assert_eq!(l.line("nowhere"), None);
    }

    #[test]
    fn text_that_continues_on_later_lines_is_not_read_as_keys() {
        let l = Locator::new(TEXT);
        // `id: still text` on line 18 belongs to the folded summary, not to the dimension.
        assert_eq!(l.line("dimensions[0].id"), Some(15));
        assert_eq!(l.line("dimensions[0].summary"), Some(16));
        assert_eq!(
            l.line("dimensions[0].facets[0].items[0].that goes on"),
            Some(22)
        );
    }

    #[test]
    fn a_key_at_the_column_of_a_dash_closes_the_list() {
        let l = Locator::new("list:\n- a\n- b\nnext: 1\n");
        assert_eq!(l.line("list[1]"), Some(3));
        assert_eq!(l.line("next"), Some(4));
    }
}
