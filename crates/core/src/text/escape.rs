//! Escaping for the output formats: HTML and SVG (XML) markup, Markdown, and the hidden
//! characters in JSON. The HTML and Markdown forms sanitize first ([`super::sanitize`]),
//! so no control character or invisible formatting character reaches a report; JSON keeps
//! them, escaped, so a document reads back to the very same strings.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::{is_hidden, sanitize};

/// The five characters with a meaning in XML and HTML replaced by references, safe in
/// element content and in quoted attributes. For text already sanitized (e.g. the lines a
/// drawing wrapped); user text goes through [`escape_html`].
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// User text on one line, safe anywhere in HTML and SVG: in element content and in
/// quoted attributes.
pub fn escape_html(text: &str) -> String {
    escape_xml(&sanitize(text, false))
}

/// Like [`escape_html`] but keeping line breaks (shown by `white-space: pre-line`).
pub fn escape_html_multiline(text: &str) -> String {
    escape_xml(&sanitize(text, true))
}

/// Text on one line with Markdown's special characters backslash-escaped; `&` only where
/// it would start a character reference, so "R&D" stays readable.
pub fn escape_markdown(text: &str) -> String {
    let text = sanitize(text, false);
    let text = text.trim();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_character_reference(&text[i + 1..]) => out.push_str("\\&"),
            c => out.push(c),
        }
    }
    out
}

/// Whether text after `&` reads as `name;`, `#123;` or `#x1F;`.
fn starts_character_reference(rest: &str) -> bool {
    let body = rest.strip_prefix('#').unwrap_or(rest);
    let name_length = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    name_length > 0 && body[name_length..].starts_with(';')
}

/// An id as Markdown inline code; one with a backtick (never valid, but files can be
/// edited) is escaped as text instead.
pub fn markdown_code(id: &str) -> String {
    if id.contains('`') || id.chars().any(char::is_control) {
        escape_markdown(id)
    } else {
        format!("`{id}`")
    }
}

/// `json` (as serde_json writes it) with every character [`is_hidden`] written as a
/// `\uXXXX` escape (a surrogate pair above U+FFFF).
///
/// serde_json already escapes the C0 controls inside strings (the line breaks of the
/// pretty layout are its own), and it writes DEL and any non-ASCII character raw only
/// inside a string: structure, numbers and literals are ASCII. So every character
/// replaced here stands inside a string, where its escape means the same character.
pub fn escape_hidden_in_json(json: &str) -> Cow<'_, str> {
    let needs_escape = |c: char| c >= '\u{7f}' && is_hidden(c);
    // Every character that may need it is DEL or takes bytes from 0x80: a look at the
    // bytes passes over the usual all-ASCII document of thousands of entries quickly.
    if !json.bytes().any(|b| b >= 0x7f) || !json.chars().any(needs_escape) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs_escape(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                // Writing to a String cannot fail.
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_special_characters_are_escaped() {
        assert_eq!(
            escape_html("</td><script>alert(\"x\")</script> & 'q'"),
            "&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
        );
    }

    #[test]
    fn notes_keep_their_line_breaks_and_lose_control_characters() {
        assert_eq!(escape_html_multiline("a\u{1b}[2J\nb"), "a\nb");
    }

    #[test]
    fn markup_is_escaped_and_ampersands_only_before_references() {
        assert_eq!(
            escape_markdown("<b>*x*</b> | R&D &amp; #1"),
            "\\<b\\>\\*x\\*\\</b\\> \\| R&D \\&amp; \\#1"
        );
        assert_eq!(escape_markdown("line\nbreak"), "line break");
    }
}
