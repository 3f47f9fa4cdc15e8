//! The checks every document passes before serde_yaml reads it: control characters, then
//! (from the events of saphyr-parser, with line and column) anchors and aliases, nesting,
//! the number of values, duplicate keys and extra documents.

use std::borrow::Cow;
use std::collections::HashSet;

use saphyr_parser::{Event, Parser};

use super::{MAX_NESTING, MAX_NODES, YamlError};
use crate::tr;

/// Refuses what serde_yaml handles badly or silently: control characters, then (from the
/// events of a real YAML parser) anchors and aliases, nesting deeper than [`MAX_NESTING`],
/// more than [`MAX_NODES`] values, duplicate mapping keys and more than one document.
pub(super) fn precheck(text: &str) -> Result<(), YamlError> {
    refuse_control_characters(text)?;
    let lines = as_serde_yaml_reads_lines(text);
    let mut structure = Structure::default();
    for event in Parser::new_from_str(&lines) {
        let (event, span) = event.map_err(|e| YamlError {
            line: Some(e.marker().line()),
            column: Some(e.marker().col() + 1),
            message: structure.explain(e.info()),
        })?;
        let opened = (span.start.line(), span.start.col() + 1);
        structure.see(event, opened).map_err(|message| YamlError {
            line: Some(span.start.line()),
            column: Some(span.start.col() + 1),
            message,
        })?;
    }
    Ok(())
}

/// The text with every line break as serde_yaml sees it written as `\n`. serde_yaml
/// follows YAML 1.1, where U+2028 and U+2029 also end a line (it writes a note of one
/// U+2029 as a block scalar whose line is just that character); saphyr-parser follows
/// YAML 1.2, where they are ordinary characters. Both parsers must see the same lines.
/// (U+0085, the third such break, is a control character and refused before this.)
fn as_serde_yaml_reads_lines(text: &str) -> Cow<'_, str> {
    if text.contains(['\u{2028}', '\u{2029}']) {
        Cow::Owned(text.replace(['\u{2028}', '\u{2029}'], "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Control characters (other than tab and carriage return) are refused with their line:
/// ecoready never writes them, and a terminal would act on them when the text is shown.
fn refuse_control_characters(text: &str) -> Result<(), YamlError> {
    for (index, line) in text.lines().enumerate() {
        if let Some(c) = line
            .chars()
            .find(|&c| c.is_control() && c != '\t' && c != '\r')
        {
            return Err(YamlError::at(
                index + 1,
                tr!(
                    "core-yaml-control-character",
                    code = format!("U+{:04X}", u32::from(c))
                ),
            ));
        }
    }
    Ok(())
}

/// What the event stream has shown so far: the open collections and how many documents
/// and values there were. Keys are kept as the parser gives them, borrowed from the text
/// where they can be: copying every key of every mapping was a good part of the check's
/// cost when the index reads thousands of files.
#[derive(Default)]
struct Structure<'a> {
    open: Vec<Collection<'a>>,
    documents: usize,
    nodes: usize,
}

/// An open collection and the line and column where it opened.
struct Collection<'a> {
    opened: (usize, usize),
    kind: Kind<'a>,
}

/// A sequence, or a mapping with the keys it has had so far.
enum Kind<'a> {
    Sequence,
    Mapping {
        keys: HashSet<Cow<'a, str>>,
        /// Whether the next value in this mapping is a key (keys and values alternate).
        at_key: bool,
    },
}

impl<'a> Structure<'a> {
    /// The parser's message for a syntax error, in words, with where the unfinished list
    /// or mapping it concerns opened: the parser notices only where it expected the end.
    fn explain(&self, info: &str) -> String {
        if info == SCANNER_TOO_DEEP {
            return too_deep();
        }
        let innermost = |sequence: bool| {
            self.open
                .iter()
                .rev()
                .find(|c| matches!(c.kind, Kind::Sequence) == sequence)
        };
        let (in_list, open) = if info.contains("flow sequence") {
            (true, innermost(true))
        } else if info.contains("flow mapping") {
            (false, innermost(false))
        } else {
            return info.to_string();
        };
        match open {
            Some(Collection {
                opened: (line, column),
                ..
            }) => {
                let (line, column) = (line.to_string(), column.to_string());
                if in_list {
                    tr!(
                        "core-yaml-in-list",
                        info = info,
                        line = line,
                        column = column
                    )
                } else {
                    tr!(
                        "core-yaml-in-mapping",
                        info = info,
                        line = line,
                        column = column
                    )
                }
            }
            None => info.to_string(),
        }
    }

    /// Checks one event that starts at `opened` (line, column); the error says what is
    /// wrong (the caller adds where).
    fn see(&mut self, event: Event<'a>, opened: (usize, usize)) -> Result<(), String> {
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(tr!("core-yaml-several-documents").to_string());
                }
            }
            Event::Alias(_) => return Err(anchors_refused()),
            Event::Scalar(value, _, anchor, _) => {
                self.node(anchor, Some(value))?;
            }
            Event::SequenceStart(anchor, _) => {
                self.node(anchor, None)?;
                self.open(Collection {
                    opened,
                    kind: Kind::Sequence,
                })?;
            }
            Event::MappingStart(anchor, _) => {
                self.node(anchor, None)?;
                self.open(Collection {
                    opened,
                    kind: Kind::Mapping {
                        keys: HashSet::new(),
                        at_key: true,
                    },
                })?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.open.pop();
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
        }
        Ok(())
    }

    /// A value starts (a scalar, or a collection whose content follows); `scalar` is its
    /// text when it is a scalar.
    fn node(&mut self, anchor: usize, scalar: Option<Cow<'a, str>>) -> Result<(), String> {
        // The parser numbers anchors from 1; 0 means the value has none.
        if anchor != 0 {
            return Err(anchors_refused());
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(tr!("core-yaml-too-many-values", max = MAX_NODES));
        }
        if let Some(Collection {
            kind: Kind::Mapping { keys, at_key },
            ..
        }) = self.open.last_mut()
        {
            let is_key = *at_key;
            *at_key = !is_key;
            if let (true, Some(key)) = (is_key, scalar)
                && let Some(key) = keys.replace(key)
            {
                return Err(tr!(
                    "core-yaml-duplicate-key",
                    key = key.escape_debug().to_string()
                ));
            }
        }
        Ok(())
    }

    /// A collection opens inside the open ones. The document's top-level collection is
    /// level 0, as indentation counts it, so [`MAX_NESTING`] levels sit below it.
    fn open(&mut self, collection: Collection<'a>) -> Result<(), String> {
        if self.open.len() > MAX_NESTING {
            return Err(too_deep());
        }
        self.open.push(collection);
        Ok(())
    }
}

fn too_deep() -> String {
    tr!("core-yaml-too-deep", max = MAX_NESTING)
}

/// What saphyr-parser's scanner says when flow brackets nest past its own limit (255),
/// which it can meet while reading ahead, before the 33rd level reaches [`Structure`].
const SCANNER_TOO_DEEP: &str = "recursion limit exceeded";

fn anchors_refused() -> String {
    tr!("core-yaml-anchors-refused").to_string()
}
