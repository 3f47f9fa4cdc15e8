//! The one keymap table: it drives both key handling and every piece of help text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where the user is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The home screen.
    Home,
    /// The setup form, on a text field.
    Setup,
    /// The setup form, on a field with a fixed set of choices.
    SetupChoice,
    /// A dimension's intro.
    Intro,
    /// A question.
    Question,
    /// The review of unanswered and flagged items.
    Review,
    /// The results.
    Results,
    /// The list of all questions.
    GoTo,
    /// The key help overlay.
    Help,
    /// Typing into a text field.
    Typing,
    /// The ecosystem map.
    Map,
    /// The ecosystem map's list of organizations.
    MapPicker,
    /// Typing the name of an organization to map.
    MapName,
    /// The partner form, on a text field.
    MapForm,
    /// The partner form, on a choice or a toggle.
    MapFormChoice,
    /// Organizations and their assessments.
    History,
    /// A confirmation question (y or Enter: yes; anything else: no).
    Confirm,
    /// A scrolling report: trend, round.
    Report,
    /// The comparison of two assessments (a scrolling report with a chart).
    Compare,
    /// A save failed: the panel that says why, over the screen it stopped.
    SaveFailed,
    /// The terminal is too small to show anything but a message.
    TooSmall,
}

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

/// One row of the keymap: the keys, what they do, and in which contexts.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Keys that trigger it; the first is shown in the help bar.
    pub keys: &'static [Key],
    /// The action (for `Key::Digits`, `Choose(0)` stands for the digit pressed).
    pub action: ActionKind,
    /// Short help text.
    pub help: &'static str,
    /// Where it applies.
    pub contexts: &'static [Context],
    /// Shown in the one-line help bar (everything is shown in the `?` overlay).
    pub in_bar: bool,
}

/// Actions that bindings produce (data-free, so the table can be a constant).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// [`Action::Up`].
    Up,
    /// [`Action::Down`].
    Down,
    /// [`Action::PageUp`].
    PageUp,
    /// [`Action::PageDown`].
    PageDown,
    /// [`Action::First`].
    First,
    /// [`Action::Last`].
    Last,
    /// [`Action::Confirm`].
    Confirm,
    /// [`Action::Back`].
    Back,
    /// [`Action::Forward`].
    Forward,
    /// [`Action::Choose`] with the digit pressed.
    Choose,
    /// [`Action::DontKnow`].
    DontKnow,
    /// [`Action::EditNote`].
    EditNote,
    /// [`Action::ToggleFlag`].
    ToggleFlag,
    /// [`Action::GoTo`].
    GoTo,
    /// [`Action::ToggleHelp`].
    ToggleHelp,
    /// [`Action::New`].
    New,
    /// [`Action::ResumeLatest`].
    ResumeLatest,
    /// [`Action::Leave`].
    Leave,
    /// [`Action::Quit`].
    Quit,
    /// [`Action::FinishTyping`].
    FinishTyping,
    /// [`Action::AddPartner`].
    AddPartner,
    /// [`Action::CycleLayerFilter`].
    CycleLayerFilter,
    /// [`Action::CycleSectorFilter`].
    CycleSectorFilter,
    /// [`Action::Compare`].
    Compare,
    /// [`Action::Trend`].
    Trend,
    /// [`Action::Round`].
    Round,
    /// [`Action::AddRespondent`].
    AddRespondent,
    /// [`Action::OpenMap`].
    OpenMap,
    /// [`Action::OpenHistory`].
    OpenHistory,
    /// [`Action::Remove`].
    Remove,
    /// [`Action::Yes`].
    Yes,
    /// [`Action::Export`].
    Export,
    /// [`Action::Leave`], answering no to a confirmation.
    No,
    /// [`Action::Retry`].
    Retry,
}

use Context::*;
use Key::{Any, Char, Code, Ctrl, Digits};

const QUESTIONS: &[Context] = &[Question];
const SETUP: &[Context] = &[Setup, SetupChoice];
const LISTS: &[Context] = &[
    Home,
    Review,
    GoTo,
    Results,
    Setup,
    SetupChoice,
    Question,
    History,
    Report,
    Compare,
];
const SCROLLING: &[Context] = &[Home, Review, GoTo, Results, History, Report, Compare];
const WIZARD: &[Context] = &[Intro, Question];
const LEAVABLE: &[Context] = &[
    Home, Intro, Question, Review, Results, GoTo, Help, Map, MapPicker, History, Report, Compare,
];
/// Where `?` shows the keys: everywhere a letter is not text.
const WITH_HELP: &[Context] = &[
    Home, Intro, Question, Review, Results, GoTo, Help, Map, MapPicker, History, Report, Compare,
    SaveFailed, TooSmall,
];
const EVERYWHERE: &[Context] = &[
    Home,
    Setup,
    SetupChoice,
    Intro,
    Question,
    Review,
    Results,
    GoTo,
    Help,
    Typing,
    Map,
    MapPicker,
    MapName,
    MapForm,
    MapFormChoice,
    History,
    Confirm,
    Report,
    Compare,
];

/// The keymap. Order matters: the first binding that matches wins, and the help shows
/// bindings in this order.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    Binding { keys: &[Digits], action: ActionKind::Choose, help: "answer", contexts: QUESTIONS, in_bar: true },
    Binding { keys: &[Char('0')], action: ActionKind::DontKnow, help: "don't know", contexts: QUESTIONS, in_bar: true },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: ActionKind::Down, help: "scroll", contexts: &[Results, Report, Compare], in_bar: true },
    Binding { keys: &[Char('x')], action: ActionKind::Export, help: "report", contexts: &[Results, Report, Compare], in_bar: true },
    Binding { keys: &[Char('y'), Code(KeyCode::Enter)], action: ActionKind::Yes, help: "yes", contexts: &[Confirm], in_bar: true },
    Binding { keys: &[Char('n'), Code(KeyCode::Esc)], action: ActionKind::No, help: "no", contexts: &[Confirm], in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Code(KeyCode::Tab)], action: ActionKind::Forward, help: "assessments", contexts: &[History], in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Code(KeyCode::BackTab)], action: ActionKind::Back, help: "organizations", contexts: &[History], in_bar: false },
    Binding { keys: &[Char('c')], action: ActionKind::Compare, help: "compare", contexts: &[History], in_bar: true },
    Binding { keys: &[Char('t')], action: ActionKind::Trend, help: "trend", contexts: &[History], in_bar: true },
    Binding { keys: &[Char('r')], action: ActionKind::Round, help: "round", contexts: &[History], in_bar: true },
    Binding { keys: &[Char('a')], action: ActionKind::AddRespondent, help: "add respondent", contexts: &[History], in_bar: true },
    Binding { keys: &[Char('m')], action: ActionKind::OpenMap, help: "map", contexts: &[History], in_bar: false },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: ActionKind::Remove, help: "to trash", contexts: &[History], in_bar: false },
    Binding { keys: &[Code(KeyCode::Right), Code(KeyCode::Left)], action: ActionKind::Forward, help: "chart / report", contexts: &[Results, Compare], in_bar: true },
    Binding { keys: &[Code(KeyCode::Up), Char('k')], action: ActionKind::Up, help: "move up", contexts: LISTS, in_bar: false },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: ActionKind::Down, help: "move down", contexts: LISTS, in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: ActionKind::PageUp, help: "page up", contexts: SCROLLING, in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: ActionKind::PageDown, help: "page down", contexts: SCROLLING, in_bar: false },
    Binding { keys: &[Code(KeyCode::Home)], action: ActionKind::First, help: "first", contexts: SCROLLING, in_bar: false },
    Binding { keys: &[Code(KeyCode::End)], action: ActionKind::Last, help: "last", contexts: SCROLLING, in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: ActionKind::Confirm, help: "select", contexts: &[Home, Setup, SetupChoice, Intro, Review, GoTo, History], in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: ActionKind::Confirm, help: "confirm / next", contexts: QUESTIONS, in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('b')], action: ActionKind::Back, help: "back", contexts: WIZARD, in_bar: true },
    Binding { keys: &[Code(KeyCode::Right)], action: ActionKind::Forward, help: "next", contexts: WIZARD, in_bar: false },
    Binding { keys: &[Code(KeyCode::Tab)], action: ActionKind::Down, help: "next field", contexts: SETUP, in_bar: true },
    Binding { keys: &[Code(KeyCode::BackTab)], action: ActionKind::Up, help: "previous field", contexts: SETUP, in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: ActionKind::Back, help: "previous choice", contexts: &[SetupChoice], in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: ActionKind::Forward, help: "next choice", contexts: &[SetupChoice], in_bar: false },
    Binding { keys: &[Char('n')], action: ActionKind::EditNote, help: "note", contexts: QUESTIONS, in_bar: true },
    Binding { keys: &[Char('f')], action: ActionKind::ToggleFlag, help: "flag", contexts: QUESTIONS, in_bar: true },
    Binding { keys: &[Char('g')], action: ActionKind::GoTo, help: "go to", contexts: &[Intro, Question, Review], in_bar: true },
    Binding { keys: &[Char('n')], action: ActionKind::New, help: "new", contexts: &[Home], in_bar: true },
    Binding { keys: &[Char('r')], action: ActionKind::ResumeLatest, help: "resume", contexts: &[Home], in_bar: true },
    Binding { keys: &[Char('h')], action: ActionKind::OpenHistory, help: "history", contexts: &[Home], in_bar: true },
    Binding { keys: &[Char('m')], action: ActionKind::OpenMap, help: "maps", contexts: &[Home], in_bar: true },
    Binding { keys: &[Code(KeyCode::Up), Char('k')], action: ActionKind::Up, help: "move up", contexts: &[Map, MapPicker], in_bar: false },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: ActionKind::Down, help: "move down", contexts: &[Map, MapPicker], in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: ActionKind::PageUp, help: "page up", contexts: &[Map, MapPicker], in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: ActionKind::PageDown, help: "page down", contexts: &[Map, MapPicker], in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: ActionKind::Back, help: "layer to the left", contexts: &[Map], in_bar: false },
    Binding { keys: &[Code(KeyCode::Right), Char('l')], action: ActionKind::Forward, help: "layer to the right", contexts: &[Map], in_bar: false },
    Binding { keys: &[Char('a')], action: ActionKind::AddPartner, help: "add", contexts: &[Map], in_bar: true },
    Binding { keys: &[Char('e'), Code(KeyCode::Enter)], action: ActionKind::Confirm, help: "edit", contexts: &[Map], in_bar: true },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: ActionKind::Remove, help: "remove", contexts: &[Map], in_bar: true },
    Binding { keys: &[Char('f')], action: ActionKind::CycleLayerFilter, help: "by layer", contexts: &[Map], in_bar: true },
    Binding { keys: &[Char('s')], action: ActionKind::CycleSectorFilter, help: "by sector", contexts: &[Map], in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: ActionKind::Confirm, help: "open", contexts: &[MapPicker], in_bar: true },
    Binding { keys: &[Code(KeyCode::Tab), Code(KeyCode::Down)], action: ActionKind::Down, help: "next field", contexts: &[MapForm, MapFormChoice], in_bar: true },
    Binding { keys: &[Code(KeyCode::BackTab), Code(KeyCode::Up)], action: ActionKind::Up, help: "previous field", contexts: &[MapForm, MapFormChoice], in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: ActionKind::Back, help: "previous choice", contexts: &[MapFormChoice], in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: ActionKind::Forward, help: "next choice / toggle", contexts: &[MapFormChoice], in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: ActionKind::Confirm, help: "save", contexts: &[MapForm, MapFormChoice], in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: ActionKind::Confirm, help: "open the map", contexts: &[MapName], in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: ActionKind::Leave, help: "cancel", contexts: &[MapForm, MapFormChoice, MapName], in_bar: true },
    Binding { keys: &[Char('r'), Code(KeyCode::Enter)], action: ActionKind::Retry, help: "try saving again", contexts: &[SaveFailed], in_bar: true },
    Binding { keys: &[Char('?')], action: ActionKind::ToggleHelp, help: "help", contexts: WITH_HELP, in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc), Ctrl('c')], action: ActionKind::Quit, help: "leave (saving once more)", contexts: &[SaveFailed], in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc), Ctrl('c')], action: ActionKind::Quit, help: "leave ecoready (saved first)", contexts: &[TooSmall], in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc), Code(KeyCode::Enter)], action: ActionKind::FinishTyping, help: "done typing", contexts: &[Typing], in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc)], action: ActionKind::Leave, help: "leave", contexts: LEAVABLE, in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: ActionKind::Leave, help: "back to home", contexts: SETUP, in_bar: true },
    Binding { keys: &[Ctrl('c')], action: ActionKind::Quit, help: "quit now (saved)", contexts: EVERYWHERE, in_bar: false },
    // Last: while a save fails, every other key is a reason to try again.
    Binding { keys: &[Any], action: ActionKind::Retry, help: "try saving again", contexts: &[SaveFailed], in_bar: false },
];

/// Contexts in which printable keys are text, not commands.
fn types_text(context: Context) -> bool {
    matches!(context, Typing | Setup | MapName | MapForm)
}

/// The action a key press means in a context, if any.
pub fn action_for(context: Context, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    for binding in KEYMAP.iter().filter(|b| b.contexts.contains(&context)) {
        for pattern in binding.keys {
            let digit = match (pattern, key.code) {
                (Digits, KeyCode::Char(c @ '1'..='9')) if !ctrl => c.to_digit(10),
                (Char(c), KeyCode::Char(k)) if !ctrl && *c == k && !types_text(context) => Some(0),
                (Code(code), k) if !ctrl && *code == k => Some(0),
                (Ctrl(c), KeyCode::Char(k)) if ctrl && *c == k.to_ascii_lowercase() => Some(0),
                (Any, _) => Some(0),
                _ => None,
            };
            if let Some(digit) = digit {
                return Some(to_action(binding.action, digit as u8));
            }
        }
    }
    types_text(context).then_some(Action::Type(key))
}

fn to_action(kind: ActionKind, digit: u8) -> Action {
    match kind {
        ActionKind::Up => Action::Up,
        ActionKind::Down => Action::Down,
        ActionKind::PageUp => Action::PageUp,
        ActionKind::PageDown => Action::PageDown,
        ActionKind::First => Action::First,
        ActionKind::Last => Action::Last,
        ActionKind::Confirm => Action::Confirm,
        ActionKind::Back => Action::Back,
        ActionKind::Forward => Action::Forward,
        ActionKind::Choose => Action::Choose(digit),
        ActionKind::DontKnow => Action::DontKnow,
        ActionKind::EditNote => Action::EditNote,
        ActionKind::ToggleFlag => Action::ToggleFlag,
        ActionKind::GoTo => Action::GoTo,
        ActionKind::ToggleHelp => Action::ToggleHelp,
        ActionKind::New => Action::New,
        ActionKind::ResumeLatest => Action::ResumeLatest,
        ActionKind::Leave => Action::Leave,
        ActionKind::Quit => Action::Quit,
        ActionKind::FinishTyping => Action::FinishTyping,
        ActionKind::AddPartner => Action::AddPartner,
        ActionKind::CycleLayerFilter => Action::CycleLayerFilter,
        ActionKind::CycleSectorFilter => Action::CycleSectorFilter,
        ActionKind::Compare => Action::Compare,
        ActionKind::Trend => Action::Trend,
        ActionKind::Round => Action::Round,
        ActionKind::AddRespondent => Action::AddRespondent,
        ActionKind::OpenMap => Action::OpenMap,
        ActionKind::OpenHistory => Action::OpenHistory,
        ActionKind::Remove => Action::Remove,
        ActionKind::Yes => Action::Yes,
        ActionKind::Export => Action::Export,
        ActionKind::No => Action::Leave,
        ActionKind::Retry => Action::Retry,
    }
}

/// How a key is written in help text.
pub fn key_label(key: Key, digits_up_to: u8) -> String {
    match key {
        Char(c) => c.to_string(),
        Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Digits => format!("1-{digits_up_to}"),
        Any => "any other key".into(),
        Code(code) => match code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            other => format!("{other:?}"),
        },
    }
}

/// The bindings that apply in a context, in table order, for help text.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| b.contexts.contains(&context))
}

/// How the first key of `action` in `context` is written, for sentences that name the key.
pub fn key_for(context: Context, action: ActionKind) -> Option<String> {
    bindings(context)
        .find(|b| b.action == action)
        .map(|b| key_label(b.keys[0], 9))
}

/// `(keys, help)` pairs for the one-line help bar of a context.
pub fn help_bar(context: Context, digits_up_to: u8) -> Vec<(String, &'static str)> {
    bindings(context)
        .filter(|b| b.in_bar)
        .map(|b| (key_label(b.keys[0], digits_up_to), b.help))
        .collect()
}

/// `(all keys, help)` pairs for the `?` overlay of a context.
pub fn help_overlay(context: Context, digits_up_to: u8) -> Vec<(String, &'static str)> {
    bindings(context)
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| key_label(*k, digits_up_to)).collect();
            (keys.join(" / "), b.help)
        })
        .collect()
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
        for &context in EVERYWHERE {
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
        assert_eq!(key_for(SaveFailed, ActionKind::Retry).as_deref(), Some("r"));
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
}
