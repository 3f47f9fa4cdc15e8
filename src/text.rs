//! Making text from files and the keyboard safe to draw on a terminal.

/// Whether two names (organizations, round labels) are the same to a person: case and
/// surrounding spaces do not matter.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Names in a sentence: "A", "A and B", "A, B and C".
pub fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    }
}

/// Tab stops used when expanding tabs.
const TAB_WIDTH: usize = 4;

/// Removes control characters and escape-sequence remnants, expands tabs, and keeps
/// newlines only where `multiline` allows them.
pub fn sanitize(input: &str, multiline: bool) -> String {
    // Nearly every text is clean: one look suffices (listings sanitise thousands).
    if !input.chars().any(char::is_control) {
        return input.to_owned();
    }
    let mut out = String::with_capacity(input.len());
    let mut column = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            '\n' if multiline => {
                out.push('\n');
                column = 0;
            }
            '\n' | '\r' => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                    column += 1;
                }
            }
            '\u{1b}' => skip_escape_sequence(&mut chars),
            '\u{9b}' => skip_csi_body(&mut chars),
            c if c.is_control() => {}
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
    fn names_match_ignoring_case_and_surrounding_spaces() {
        assert!(super::same_name(" Alder Bakery ", "alder bakery"));
        assert!(!super::same_name("Alder Bakery", "Alder  Bakery"));
    }

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
    }
}
