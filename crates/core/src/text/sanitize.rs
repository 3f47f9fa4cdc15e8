//! Making text from files and the keyboard safe to show: control characters, escape
//! sequences and invisible formatting characters removed.

/// Tab stops used when expanding tabs.
const TAB_WIDTH: usize = 4;

/// Whether `c` is an invisible formatting character that must not reach a terminal or a
/// report as it is: it can reorder what is shown (a right-to-left override makes
/// `txt.exe` read `exe.txt`), hide text, or make two different names look the same.
///
/// The list is Unicode's general category Cf (format) as of Unicode 16, plus the line and
/// paragraph separators U+2028/U+2029 (categories Zl/Zp, which terminals do not break
/// lines on), with four deliberate exceptions, kept because they are visible or needed
/// to write ordinary words:
/// - U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER: Persian and the Indic
///   scripts need them to spell words, and many emoji are sequences joined by them; they
///   neither reorder nor hide text.
/// - The prepended concatenation marks (U+0600-U+0605, U+06DD, U+070F, U+0890-U+0891,
///   U+08E2, U+110BD, U+110CD): visible signs drawn around the digits that follow.
///
/// So the list is: U+00AD soft hyphen; U+061C Arabic letter mark; U+180E Mongolian vowel
/// separator; U+200B zero width space; U+200E/U+200F left-to-right and right-to-left
/// marks; U+2028/U+2029; U+202A-U+202E bidirectional embeddings and overrides;
/// U+2060-U+2064 word joiner and invisible operators; U+2066-U+2069 bidirectional
/// isolates; U+206A-U+206F deprecated format characters; U+FEFF byte order mark (zero
/// width no-break space); U+FFF9-U+FFFB interlinear annotation; U+13430-U+1343F Egyptian
/// hieroglyph format controls; U+1BCA0-U+1BCA3 shorthand format controls;
/// U+1D173-U+1D17A musical symbol format controls; U+E0001 and U+E0020-U+E007F tags.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Whether `c` must never be shown as it is: a control character (C0, DEL, C1) or an
/// invisible formatting character ([`is_invisible_format`]). [`sanitize`] removes these
/// (expanding tabs and line breaks) and the JSON output escapes them as `\uXXXX`.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Removes control characters, escape-sequence remnants and invisible formatting
/// characters ([`is_hidden`]), expands tabs, and keeps newlines only where `multiline`
/// allows them (U+2028/U+2029 count as newlines).
pub fn sanitize(input: &str, multiline: bool) -> String {
    clean(input, Layout::Screen { multiline })
}

/// Removes what [`sanitize`] removes but keeps tabs, CR and LF as they are (U+2028/U+2029
/// become LF): for formats where they are part of the text, such as a CSV cell.
pub fn strip_hidden(input: &str) -> String {
    clean(input, Layout::Kept)
}

/// What becomes of tabs and line breaks.
#[derive(Clone, Copy)]
enum Layout {
    /// Drawn on a screen: tabs expanded, line breaks kept only when `multiline`.
    Screen { multiline: bool },
    /// Kept as they are.
    Kept,
}

fn clean(input: &str, layout: Layout) -> String {
    // Nearly every text is clean: one look suffices (listings sanitise thousands).
    if !input.chars().any(is_hidden) {
        return input.to_owned();
    }
    let multiline = match layout {
        Layout::Screen { multiline } => multiline,
        Layout::Kept => true,
    };
    let mut out = String::with_capacity(input.len());
    let mut column = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' | '\r' if matches!(layout, Layout::Kept) => out.push(c),
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            '\n' | '\u{2028}' | '\u{2029}' if multiline => {
                out.push('\n');
                column = 0;
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                    column += 1;
                }
            }
            '\u{1b}' => skip_escape_sequence(&mut chars),
            '\u{9b}' => skip_csi_body(&mut chars),
            c if is_hidden(c) => {}
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// After ESC: skips a CSI (`ESC [ ... final`), an OSC (`ESC ] ... BEL|ESC \`), or one
/// following character, so no printable remnant of the sequence is left.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi_body(chars);
        }
        Some(']' | 'P' | '_' | '^') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' || c == '\u{9c}' {
                    break;
                }
                if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                    chars.next();
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

fn skip_csi_body(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn escape_sequences_leave_no_remnant() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b", false), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;title\u{7}y", false), "xy");
        assert_eq!(sanitize("x\u{9b}2Jy", false), "xy");
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(sanitize("ab\tc", false), "ab  c");
        assert_eq!(sanitize("\tc", false), "    c");
    }

    #[test]
    fn newlines_are_kept_only_when_allowed() {
        assert_eq!(sanitize("one\ntwo", true), "one\ntwo");
        assert_eq!(sanitize("one\r\ntwo", false), "one two");
    }

    #[test]
    fn other_control_characters_are_dropped() {
        assert_eq!(sanitize("a\u{7}b\u{0}c\u{8}", false), "abc");
        // DEL and the C1 controls (U+0080-U+009F) too.
        assert_eq!(sanitize("a\u{7f}b\u{85}c\u{9f}", false), "abc");
    }

    #[test]
    fn bidirectional_and_invisible_format_characters_are_dropped() {
        // A right-to-left override would show "invoice\u{202e}fdp.exe" as "invoiceexe.pdf".
        assert_eq!(sanitize("invoice\u{202e}fdp.exe", false), "invoicefdp.exe");
        let hidden = [
            '\u{ad}',
            '\u{61c}',
            '\u{180e}',
            '\u{200b}',
            '\u{200e}',
            '\u{200f}',
            '\u{202a}',
            '\u{202b}',
            '\u{202c}',
            '\u{202d}',
            '\u{202e}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{206f}',
            '\u{feff}',
            '\u{fff9}',
            '\u{e0001}',
            '\u{e0041}',
            '\u{1d173}',
        ];
        for c in hidden {
            assert!(super::is_hidden(c), "U+{:04X}", u32::from(c));
            assert_eq!(
                sanitize(&format!("a{c}b"), false),
                "ab",
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn joiners_and_visible_format_signs_are_kept() {
        // Persian spelling needs the non-joiner; emoji sequences the joiner.
        for text in [
            "\u{645}\u{6cc}\u{200c}\u{62e}",
            "\u{1f469}\u{200d}\u{1f527}",
            "\u{600}12",
        ] {
            assert_eq!(sanitize(text, false), text);
        }
    }

    #[test]
    fn strip_hidden_keeps_tabs_and_line_breaks_as_they_are() {
        assert_eq!(
            super::strip_hidden("a\tb\r\nc\u{2028}d\u{1b}]0;owned\u{7}\u{202e}\u{9b}2Je"),
            "a\tb\r\nc\nde"
        );
    }

    #[test]
    fn line_and_paragraph_separators_are_line_breaks() {
        assert_eq!(
            sanitize("one\u{2028}two\u{2029}three", true),
            "one\ntwo\nthree"
        );
        assert_eq!(sanitize("one\u{2028}two", false), "one two");
    }
}
