//! JSON reports: exactly the documents the `--json` commands print, so a script reading
//! one reads the other.
//!
//! Every JSON document ecoready writes comes from [`document`]. Text in it is text from
//! files and the keyboard, so besides what JSON itself requires (quotes, backslashes and
//! C0 control characters), DEL, the C1 controls and the invisible formatting characters of
//! [`crate::text::is_invisible_format`] are written as `\uXXXX` escapes: the document
//! parses to the very same strings, but none of those characters reaches a terminal that
//! shows the output (U+009B alone starts an escape sequence on many terminals).

use crate::documents::{AssessmentDetail, MapDocument, ShowDocument};
use crate::ecomap::{EcosystemMap, Insights};
use crate::text::escape_hidden_in_json;

/// The `show --json` document of one assessment, pretty-printed, ending in a newline.
pub fn assessment(detail: &AssessmentDetail) -> serde_json::Result<String> {
    document(&ShowDocument::new(detail.clone()))
}

/// Any document, pretty-printed as the `--json` commands print it, ending in a newline.
pub fn document(document: &impl serde::Serialize) -> serde_json::Result<String> {
    let mut bytes = Vec::new();
    write_document(document, &mut bytes)?;
    // The writer wrote serde_json's output, which is UTF-8, escaped char by char.
    String::from_utf8(bytes)
        .map_err(|e| serde_json::Error::io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

/// [`document`] written to `out` as it is made: a document of tens of thousands of
/// assessments ([`crate::documents::ListDocumentStream`]) is never held whole.
pub fn write_document(
    document: &impl serde::Serialize,
    out: &mut dyn std::io::Write,
) -> serde_json::Result<()> {
    let mut escaped = HiddenEscaped {
        out,
        pending: Vec::new(),
    };
    serde_json::to_writer_pretty(&mut escaped, document)?;
    escaped.pending.push(b'\n');
    escaped.pass_on(true).map_err(serde_json::Error::io)
}

/// Pending output passed on from this many bytes.
const PASS_ON_FROM_BYTES: usize = 64 * 1024;

/// A writer that escapes hidden characters ([`escape_hidden_in_json`]) in what passes
/// through it: that escaping looks at one character at a time, so it may be done on
/// every stretch of whole characters.
struct HiddenEscaped<'a> {
    out: &'a mut dyn std::io::Write,
    /// Written but not passed on yet (it may end inside a character).
    pending: Vec<u8>,
}

impl HiddenEscaped<'_> {
    /// Passes on the pending whole characters (`all`: everything, which must be whole).
    fn pass_on(&mut self, all: bool) -> std::io::Result<()> {
        let whole = match std::str::from_utf8(&self.pending) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() && !all => e.valid_up_to(),
            Err(e) => return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, e)),
        };
        // Whole characters, as just checked: borrowed, not copied.
        let text = String::from_utf8_lossy(&self.pending[..whole]);
        self.out
            .write_all(escape_hidden_in_json(&text).as_bytes())?;
        self.pending.drain(..whole);
        if all {
            self.out.flush()?;
        }
        Ok(())
    }
}

impl std::io::Write for HiddenEscaped<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= PASS_ON_FROM_BYTES {
            self.pass_on(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.pass_on(false)
    }
}

/// Name of the field a JSON report carries the map in.
pub const MAP_FIELD: &str = "ecosystem_map";

/// A JSON report (one object) with the map's [`MapDocument`] added as its last field,
/// [`MAP_FIELD`]. The report's own text is kept as it is, field order included.
pub fn add_map(
    report: &str,
    map: &EcosystemMap,
    insights: &Insights,
) -> serde_json::Result<String> {
    let document = document(&MapDocument::new(map, insights))?;
    add_json_field(report, &document)
}

/// A JSON report with [`MAP_FIELD`] set to `null`: the organization has a map, but none
/// had been saved by the assessment's date.
pub fn add_no_map(report: &str) -> serde_json::Result<String> {
    add_json_field(report, "null")
}

/// `report` (one JSON object) with [`MAP_FIELD`] holding `value` (pretty JSON text) as
/// its last field.
fn add_json_field(report: &str, value: &str) -> serde_json::Result<String> {
    let fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(report)?;
    let indented: Vec<String> = value
        .lines()
        .enumerate()
        .map(|(n, line)| {
            if n == 0 {
                line.to_string()
            } else {
                format!("  {line}")
            }
        })
        .collect();
    // The object parsed, so after trimming it ends with its closing brace.
    let trimmed = report.trim_end();
    let body = trimmed.strip_suffix('}').unwrap_or(trimmed).trim_end();
    let separator = if fields.is_empty() { "" } else { "," };
    Ok(format!(
        "{body}{separator}\n  \"{MAP_FIELD}\": {}\n}}\n",
        indented.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::document;
    use crate::text::escape_hidden_in_json;

    #[test]
    fn hidden_characters_are_escaped_and_read_back_unchanged() {
        let original = "a\u{1b}[2J\u{7f}\u{9b}\u{85}\u{202e}\u{2028}\u{feff}\u{e0041}\t\"\\z";
        let text = document(&std::collections::BTreeMap::from([("note", original)])).unwrap();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(
            !text.chars().any(crate::text::is_invisible_format),
            "{text:?}"
        );
        assert!(text.contains("\\u007f\\u009b\\u0085\\u202e\\u2028\\ufeff\\udb40\\udc41"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["note"], original);
    }

    #[test]
    fn hidden_characters_across_the_writers_stretches_are_escaped_alike() {
        // Far more than one stretch passed on at a time, with a two-unit hidden character
        // (4 bytes in UTF-8) and a one-unit one at every possible offset of a stretch's end.
        let notes: Vec<String> = (0..40_000)
            .map(|n| format!("{}\u{e0041}{}\u{202e}é", "x".repeat(n % 7), n))
            .collect();
        let pretty = serde_json::to_string_pretty(&notes).unwrap();
        let expected = escape_hidden_in_json(&pretty).into_owned() + "\n";
        assert!(expected.len() > 4 * super::PASS_ON_FROM_BYTES);
        assert_eq!(document(&notes).unwrap(), expected);
    }

    #[test]
    fn the_streamed_list_is_the_list_document() {
        use crate::assessment::{Assessment, Response, Setup, Timestamp};
        use crate::documents::{AssessmentSummary, ListDocument, ListDocumentStream};
        let loaded = crate::questionnaire::builtin("quick-check").unwrap();
        let q = &loaded.questionnaire;
        let at = Timestamp::parse_from_rfc3339("2025-01-10T09:00:00+01:00").unwrap();
        let summaries: Vec<AssessmentSummary> = (0..3)
            .map(|n| {
                let mut a = Assessment::start(format!("a{n}"), Setup::default(), q, "d", at);
                // Hidden characters in what the list shows are escaped in either.
                a.organization.name = format!("Firm \u{9b}{n}");
                for item in q.items().take(n * 3) {
                    a.respond(q, &item.item.id, Response::Value(2), at);
                }
                AssessmentSummary::new(&a, &a.current_scores(q))
            })
            .collect();
        for count in [0, 1, 3] {
            let kept = summaries[..count].to_vec();
            assert_eq!(
                document(&ListDocumentStream::new(kept.clone().into_iter())).unwrap(),
                document(&ListDocument::new(kept)).unwrap(),
                "{count}"
            );
        }
    }

    #[test]
    fn clean_documents_are_serde_jsons_own_output() {
        let value = std::collections::BTreeMap::from([("name", "Café \u{200d} Ørsted")]);
        let text = document(&value).unwrap();
        assert_eq!(text, serde_json::to_string_pretty(&value).unwrap() + "\n");
    }
}
