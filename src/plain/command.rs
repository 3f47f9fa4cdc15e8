//! What a line typed on a question or on the review means. Pure: the wizard decides
//! whether a command fits where the user is (an option number must exist, and so on).

use crate::tr;

/// One command of the plain wizard. The words match the full-screen wizard's keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A number from 1: answer with that option and go on.
    Answer(usize),
    /// `0`: "don't know / not applicable", and go on.
    DontKnow,
    /// `?`: the item's help and the list of commands.
    Help,
    /// `n TEXT` sets the note; `n` alone asks for it on the next line.
    Note(Option<String>),
    /// `f`: flag the question for review, or remove the flag.
    Flag,
    /// `b`: the previous question.
    Back,
    /// `u`: undo the last answer of this run and return to its question.
    Undo,
    /// `g N` goes to question N; `g` alone lists the questions and asks which.
    GoTo(Option<usize>),
    /// `s`: the next question, leaving this one as it is.
    Skip,
    /// An empty line: next question (like `s`), or on the review, finish.
    Enter,
    /// `q`: leave; the draft is saved.
    Leave,
}

/// One row of the command help: how it is typed and what it does.
#[derive(Debug, Clone, Copy)]
pub struct CommandHelp {
    /// How it is typed (key names and placeholders in the current language).
    pub typed: fn() -> &'static str,
    /// What it does, in the full-screen wizard's words (in the current language).
    pub help: fn() -> &'static str,
}

/// The commands on a question, in the order the help lists them (`N` is the number of
/// options, filled in when shown).
pub const QUESTION_COMMANDS: &[CommandHelp] = &[
    CommandHelp {
        typed: || "1-N",
        help: || tr!("plain-cmd-answer"),
    },
    CommandHelp {
        typed: || "0",
        help: || tr!("plain-cmd-dont-know"),
    },
    CommandHelp {
        typed: || "?",
        help: || tr!("plain-cmd-help"),
    },
    CommandHelp {
        typed: || tr!("plain-key-note"),
        help: || tr!("plain-cmd-note"),
    },
    CommandHelp {
        typed: || "f",
        help: || tr!("plain-cmd-flag"),
    },
    CommandHelp {
        typed: || "b",
        help: || tr!("plain-cmd-back"),
    },
    CommandHelp {
        typed: || "u",
        help: || tr!("plain-cmd-undo"),
    },
    CommandHelp {
        typed: || tr!("plain-key-go-to"),
        help: || tr!("plain-cmd-go-to"),
    },
    CommandHelp {
        typed: || tr!("plain-key-skip"),
        help: || tr!("plain-cmd-skip"),
    },
    CommandHelp {
        typed: || "q",
        help: || tr!("plain-cmd-leave"),
    },
];

/// The commands on the review.
pub const REVIEW_COMMANDS: &[CommandHelp] = &[
    CommandHelp {
        typed: || tr!("plain-key-enter"),
        help: || tr!("plain-cmd-finish"),
    },
    CommandHelp {
        typed: || tr!("plain-key-go-to"),
        help: || tr!("plain-cmd-go-to"),
    },
    CommandHelp {
        typed: || "b",
        help: || tr!("plain-cmd-back-to-last"),
    },
    CommandHelp {
        typed: || "q",
        help: || tr!("plain-cmd-leave"),
    },
];

/// Parses one line (without its line ending). The error says what was wrong.
pub fn parse(line: &str) -> Result<Command, String> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(Command::Enter);
    }
    if line.bytes().all(|b| b.is_ascii_digit()) {
        return match line.parse::<usize>() {
            Ok(0) => Ok(Command::DontKnow),
            Ok(n) => Ok(Command::Answer(n)),
            Err(_) => Err(tr!("plain-not-an-option-number", text = line)),
        };
    }
    let (word, rest) = match line.split_once(char::is_whitespace) {
        Some((word, rest)) => (word, rest.trim()),
        None => (line, ""),
    };
    let word = word.to_lowercase();
    let alone = |command: Command| {
        if rest.is_empty() {
            Ok(command)
        } else {
            Err(tr!("plain-takes-nothing-after", word = word.as_str()))
        }
    };
    match word.as_str() {
        "?" | "h" | "help" => alone(Command::Help),
        "f" | "flag" => alone(Command::Flag),
        "b" | "back" => alone(Command::Back),
        "u" | "undo" => alone(Command::Undo),
        "s" | "skip" | "next" => alone(Command::Skip),
        "q" | "quit" | "leave" => alone(Command::Leave),
        "n" | "note" if rest.is_empty() => Ok(Command::Note(None)),
        "n" | "note" => Ok(Command::Note(Some(rest.to_string()))),
        "g" | "go" if rest.is_empty() => Ok(Command::GoTo(None)),
        "g" | "go" => match rest.parse::<usize>() {
            Ok(n) if n > 0 => Ok(Command::GoTo(Some(n))),
            _ => Err(tr!("plain-go-needs-number", text = rest)),
        },
        _ => Err(tr!("plain-not-a-command", text = shorten(line))),
    }
}

/// The commands as aligned lines for the help: `  1-7         answer and go on`.
pub fn help_lines(commands: &[CommandHelp], options: usize) -> Vec<String> {
    let typed: Vec<String> = commands
        .iter()
        .map(|c| (c.typed)().replace("1-N", &format!("1-{options}")))
        .collect();
    let width = typed.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    typed
        .iter()
        .zip(commands)
        .map(|(typed, c)| format!("  {typed:<width$}  {}", (c.help)()))
        .collect()
}

/// At most 40 characters of what was typed, for messages.
fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_answer_and_zero_is_dont_know() {
        assert_eq!(parse("3"), Ok(Command::Answer(3)));
        assert_eq!(parse(" 7 \r"), Ok(Command::Answer(7)));
        assert_eq!(parse("0"), Ok(Command::DontKnow));
        assert_eq!(parse("12"), Ok(Command::Answer(12)));
    }

    #[test]
    fn letters_match_the_full_screen_keys_and_their_words() {
        let cases = [
            ("?", Command::Help),
            ("f", Command::Flag),
            ("b", Command::Back),
            ("BACK", Command::Back),
            ("u", Command::Undo),
            ("undo", Command::Undo),
            ("s", Command::Skip),
            ("q", Command::Leave),
            ("", Command::Enter),
            ("   ", Command::Enter),
            ("n", Command::Note(None)),
            ("g", Command::GoTo(None)),
            ("g 12", Command::GoTo(Some(12))),
        ];
        for (line, command) in cases {
            assert_eq!(parse(line), Ok(command), "{line:?}");
        }
    }

    #[test]
    fn a_note_keeps_its_words_and_case() {
        assert_eq!(
            parse("n  Ask Maria about the harbour project "),
            Ok(Command::Note(Some(
                "Ask Maria about the harbour project".into()
            )))
        );
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(parse("yes"), Err("\"yes\" is not a command".to_string()));
        assert_eq!(
            parse("g x"),
            Err("`g` needs a question number, not \"x\"".to_string())
        );
        assert_eq!(
            parse("g 0"),
            Err("`g` needs a question number, not \"0\"".to_string())
        );
        assert_eq!(
            parse("f now"),
            Err("`f` takes nothing after it".to_string())
        );
        assert_eq!(
            parse("99999999999999999999999"),
            Err("\"99999999999999999999999\" is not an option number".to_string())
        );
        let long = "x".repeat(50);
        assert_eq!(
            parse(&long),
            Err(format!("\"{}…\" is not a command", "x".repeat(40)))
        );
    }

    #[test]
    fn the_help_comes_from_the_table_with_the_option_count() {
        let lines = help_lines(REVIEW_COMMANDS, 7);
        assert_eq!(lines[0], "  Enter  finish and see the results");
        assert_eq!(lines[3], "  q      leave (the draft is saved)");
        let lines = help_lines(QUESTION_COMMANDS, 5);
        // The widest key, "s or Enter", is 10 characters.
        assert_eq!(lines[0], "  1-5         answer and go on");
        assert_eq!(lines.len(), QUESTION_COMMANDS.len());
    }

    /// The full-screen command a plain command is (skipping a question is the wizard's
    /// "next"). Exhaustive, so a new plain command must say what it is there.
    fn full_screen(command: &Command) -> crate::tui::action::Action {
        use crate::tui::action::Action;
        match command {
            Command::Answer(n) => Action::Choose(*n as u8),
            Command::DontKnow => Action::DontKnow,
            Command::Help => Action::ToggleHelp,
            Command::Note(_) => Action::EditNote,
            Command::Flag => Action::ToggleFlag,
            Command::Back => Action::Back,
            Command::Undo => Action::UndoAnswer,
            Command::GoTo(_) => Action::GoTo,
            Command::Skip => Action::Forward,
            Command::Enter => Action::Confirm,
            Command::Leave => Action::Leave,
        }
    }

    /// How a command's first spelling is typed in full, for `parse` ("1-N" as "1").
    fn first_spelling(typed: &str) -> String {
        let word = typed.split_whitespace().next().unwrap_or_default();
        match word {
            "1-N" => "1".into(),
            "Enter" => String::new(),
            other => other.into(),
        }
    }

    /// Plain mode's commands are the full-screen keymap's: the same letter sends the same
    /// command, each command has a key there, and the help says the same thing first.
    #[test]
    fn the_commands_match_the_full_screen_keymap() {
        use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

        use crate::tui::action::Action;
        use crate::tui::keymap::{self, Context};
        for (commands, context) in [
            (QUESTION_COMMANDS, Context::Question),
            (REVIEW_COMMANDS, Context::Review),
        ] {
            for row in commands {
                let typed = first_spelling((row.typed)());
                let command = parse(&typed).unwrap_or_else(|e| panic!("{}: {e}", (row.typed)()));
                let action = full_screen(&command);
                let key = match typed.chars().next() {
                    Some(c) => KeyCode::Char(c),
                    None => KeyCode::Enter,
                };
                let sent = keymap::action_for(context, KeyEvent::new(key, KeyModifiers::NONE));
                // Plain mode's `s` has no key of its own on screen (→ goes on there), and
                // its `b` on the review has none (the review lists the questions instead).
                let no_key_on_screen = command == Command::Skip
                    || (context == Context::Review && command == Command::Back);
                if !no_key_on_screen {
                    assert_eq!(
                        sent.as_ref(),
                        Some(&action),
                        "{}: {context:?}",
                        (row.typed)()
                    );
                }
                if context == Context::Question {
                    // The table's answer row holds `Choose(0)` for any digit.
                    let listed = match action {
                        Action::Choose(_) => Action::Choose(0),
                        other => other,
                    };
                    let binding = keymap::bindings(context)
                        .find(|b| b.action == listed)
                        .unwrap_or_else(|| panic!("no key for {}", (row.typed)()));
                    assert!(
                        (row.help)().starts_with(binding.help),
                        "{:?} does not say what {:?} says",
                        (row.help)(),
                        binding.help
                    );
                }
            }
        }
    }
}
