//! The one keymap: which key means which command where. Its table (`table.rs`) drives key
//! handling, the help bar and the `?` overlay (`help.rs`), and is checked against plain
//! mode's commands in a test.

mod context;
mod help;
mod table;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

pub use context::Context;
pub use help::{help_bar, help_overlay, key_label};
pub use table::keymap;

/// A key, as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A plain character.
    Char(char),
    /// A special key.
    Code(KeyCode),
    /// Control plus a character.
    Ctrl(char),
    /// Any of the digits 1-9: answers with that option.
    Digits,
    /// Any key not matched by an earlier binding of the context.
    Any,
}

/// The contexts a binding applies in.
#[derive(Debug, Clone, Copy)]
pub enum Contexts {
    /// These contexts.
    Only(&'static [Context]),
    /// Every context but these.
    AllBut(&'static [Context]),
}

impl Contexts {
    /// Whether `context` is one of them.
    pub fn contains(&self, context: Context) -> bool {
        match self {
            Contexts::Only(listed) => listed.contains(&context),
            Contexts::AllBut(left_out) => !left_out.contains(&context),
        }
    }
}

/// One row of the keymap: the keys, the command they send, and in which contexts.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Keys that trigger it; the first is shown in the help bar.
    pub keys: &'static [Key],
    /// The command sent. For [`Key::Digits`] it is `Action::Choose(0)`, and the digit
    /// pressed takes the place of the 0.
    pub action: Action,
    /// Short help text.
    pub help: &'static str,
    /// Where it applies.
    pub contexts: Contexts,
    /// Shown in the one-line help bar (everything is shown in the `?` overlay).
    pub in_bar: bool,
}

use Context::*;
use Key::{Any, Char, Code, Ctrl, Digits};

/// Contexts in which printable keys are text, not commands.
fn types_text(context: Context) -> bool {
    matches!(
        context,
        Typing | Setup | MapName | MapForm | Search | NameField | PlanForm
    )
}

/// Whether `pattern` matches the key press in `context`; for [`Key::Digits`], the digit.
fn matches_key(pattern: Key, context: Context, key: KeyEvent) -> Option<Option<u8>> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (pattern, key.code) {
        (Digits, KeyCode::Char(c @ '1'..='9')) if !ctrl => Some(c.to_digit(10).map(|d| d as u8)),
        (Char(c), KeyCode::Char(k)) if !ctrl && c == k && !types_text(context) => Some(None),
        (Code(code), k) if !ctrl && code == k => Some(None),
        (Ctrl(c), KeyCode::Char(k)) if ctrl && c == k.to_ascii_lowercase() => Some(None),
        (Any, _) => Some(None),
        _ => None,
    }
}

/// The keys of `binding` that act in `context`: where letters are text, a letter key
/// types itself, so help never offers it.
pub(super) fn live_keys(binding: &Binding, context: Context) -> impl Iterator<Item = Key> + '_ {
    binding
        .keys
        .iter()
        .copied()
        .filter(move |key| !(matches!(key, Char(_)) && types_text(context)))
}

/// The action a key press means in a context, if any.
pub fn action_for(context: Context, key: KeyEvent) -> Option<Action> {
    for binding in bindings(context) {
        for pattern in binding.keys {
            match matches_key(*pattern, context, key) {
                Some(Some(digit)) => return Some(Action::Choose(digit)),
                Some(None) => return Some(binding.action.clone()),
                None => {}
            }
        }
    }
    types_text(context).then_some(Action::Type(key))
}

/// The bindings that apply in a context, in table order.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    keymap()
        .iter()
        .filter(move |b| b.contexts.contains(context))
}

/// How the first key of `action` in `context` is written, for sentences that name the key.
pub fn key_for(context: Context, action: &Action) -> Option<String> {
    bindings(context)
        .filter(|b| b.action == *action)
        .find_map(|b| live_keys(b, context).next())
        .map(|key| key_label(key, 9))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn digits_answer_and_zero_is_dont_know_on_questions() {
        assert_eq!(
            action_for(Question, press(KeyCode::Char('3'))),
            Some(Action::Choose(3))
        );
        assert_eq!(
            action_for(Question, press(KeyCode::Char('0'))),
            Some(Action::DontKnow)
        );
        assert_eq!(action_for(Home, press(KeyCode::Char('3'))), None);
    }

    #[test]
    fn design_keys_map_to_their_actions_on_questions() {
        let cases = [
            (KeyCode::Up, Action::Up),
            (KeyCode::Char('k'), Action::Up),
            (KeyCode::Down, Action::Down),
            (KeyCode::Char('j'), Action::Down),
            (KeyCode::Enter, Action::Confirm),
            (KeyCode::Left, Action::Back),
            (KeyCode::Char('b'), Action::Back),
            (KeyCode::Right, Action::Forward),
            (KeyCode::Char('n'), Action::EditNote),
            (KeyCode::Char('f'), Action::ToggleFlag),
            (KeyCode::Char('g'), Action::GoTo),
            (KeyCode::Char('?'), Action::ToggleHelp),
            (KeyCode::Char('q'), Action::Leave),
            (KeyCode::Esc, Action::Leave),
        ];
        for (code, action) in cases {
            assert_eq!(action_for(Question, press(code)), Some(action), "{code:?}");
        }
    }

    #[test]
    fn ctrl_c_quits_everywhere_even_while_typing() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for context in Context::ALL
            .into_iter()
            .filter(|c| ![SaveFailed, TooSmall].contains(c))
        {
            assert_eq!(
                action_for(context, ctrl_c),
                Some(Action::Quit),
                "{context:?}"
            );
        }
    }

    #[test]
    fn ctrl_c_quits_while_a_save_fails_and_while_the_terminal_is_too_small() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for context in [SaveFailed, TooSmall] {
            assert_eq!(
                action_for(context, ctrl_c),
                Some(Action::Quit),
                "{context:?}"
            );
        }
    }

    #[test]
    fn too_small_ignores_every_key_but_quit_and_help() {
        for code in [KeyCode::Char('q'), KeyCode::Esc] {
            assert_eq!(action_for(TooSmall, press(code)), Some(Action::Quit));
        }
        assert_eq!(
            action_for(TooSmall, press(KeyCode::Char('?'))),
            Some(Action::ToggleHelp)
        );
        for code in [
            KeyCode::Char('3'),
            KeyCode::Char('0'),
            KeyCode::Enter,
            KeyCode::Char('n'),
            KeyCode::Char('f'),
            KeyCode::Left,
            KeyCode::Down,
        ] {
            assert_eq!(action_for(TooSmall, press(code)), None, "{code:?}");
        }
    }

    #[test]
    fn while_a_save_fails_r_and_any_other_key_retry() {
        for code in [KeyCode::Char('r'), KeyCode::Enter, KeyCode::Char('3')] {
            assert_eq!(
                action_for(SaveFailed, press(code)),
                Some(Action::Retry),
                "{code:?}"
            );
        }
        assert_eq!(
            action_for(SaveFailed, press(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(SaveFailed, press(KeyCode::Char('?'))),
            Some(Action::ToggleHelp)
        );
        assert_eq!(key_for(SaveFailed, &Action::Retry).as_deref(), Some("r"));
        let bar = help_bar(SaveFailed, 9);
        assert!(
            bar.contains(&("r".to_string(), "try saving again")),
            "{bar:?}"
        );
    }

    #[test]
    fn letters_are_text_while_typing() {
        let q = press(KeyCode::Char('q'));
        assert_eq!(action_for(Typing, q), Some(Action::Type(q)));
        assert_eq!(action_for(Setup, q), Some(Action::Type(q)));
        assert_eq!(
            action_for(Typing, press(KeyCode::Esc)),
            Some(Action::FinishTyping)
        );
        assert_eq!(
            action_for(Typing, press(KeyCode::Enter)),
            Some(Action::FinishTyping)
        );
    }

    #[test]
    fn help_bar_comes_from_the_table() {
        let bar = help_bar(Question, 7);
        assert_eq!(bar[0], ("1-7".to_string(), "answer"));
        assert!(bar.contains(&("0".to_string(), "don't know")));
        assert!(bar.contains(&("n".to_string(), "note")));
        let overlay = help_overlay(Question, 7);
        assert!(overlay.contains(&("← / b".to_string(), "back")));
    }

    #[test]
    fn help_never_offers_a_letter_where_letters_are_text() {
        for context in [Setup, Typing, MapName, MapForm] {
            for (keys, help) in help_overlay(context, 7)
                .into_iter()
                .chain(help_bar(context, 7))
            {
                for key in keys.split(" / ") {
                    let letter = key.chars().count() == 1 && key.chars().all(char::is_alphabetic);
                    assert!(!letter, "{context:?} offers `{key}` for {help}");
                }
            }
        }
        let setup = help_overlay(Setup, 7);
        assert!(setup.contains(&("↑".to_string(), "move up")), "{setup:?}");
        assert!(help_overlay(Home, 7).contains(&("↑ / k".to_string(), "move up")));
    }
}
