//! The keymap table: every binding, where it applies, the command it sends, its help.

use ratatui::crossterm::event::KeyCode;

use super::Contexts::{AllBut, Only};
use super::{Binding, Context, Key};
use crate::app::underneath::Resolution;
use crate::tui::action::Action;

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
    Trash,
    Report,
    Round,
    Compare,
    Plan,
    PlanReview,
];
const SCROLLING: &[Context] = &[
    Home, Review, GoTo, Results, History, Trash, Report, Round, Compare,
];
const WIZARD: &[Context] = &[Intro, Question];
const LEAVABLE: &[Context] = &[
    Home, Intro, Question, Review, Results, GoTo, Help, Map, MapPicker, History, Trash, Report,
    Round, Compare, Plan,
];
/// Where `?` shows the keys: everywhere a letter is not text.
const WITH_HELP: &[Context] = &[
    Home, Intro, Question, Review, Results, GoTo, Help, Map, MapPicker, History, Trash, Report,
    Round, Compare, SaveFailed, TooSmall, Plan, PlanReview, Changed, Vanished,
];
/// The keymap. Order matters: the first binding that matches wins, and the help shows
/// bindings in this order.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    Binding { keys: &[Digits], action: Action::Choose(0), help: "answer", contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Char('0')], action: Action::DontKnow, help: "don't know", contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: Action::Down, help: "scroll", contexts: Only(&[Results, Report, Round, Compare]), in_bar: true },
    Binding { keys: &[Char('x')], action: Action::Export, help: "report", contexts: Only(&[Results, Report, Round, Compare]), in_bar: true },
    Binding { keys: &[Char('y'), Code(KeyCode::Enter)], action: Action::Yes, help: "yes", contexts: Only(&[Confirm]), in_bar: true },
    Binding { keys: &[Char('n'), Code(KeyCode::Esc)], action: Action::Leave, help: "no", contexts: Only(&[Confirm]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Code(KeyCode::Tab)], action: Action::Forward, help: "assessments", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Code(KeyCode::BackTab)], action: Action::Back, help: "organizations", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('c')], action: Action::Compare, help: "compare", contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('t')], action: Action::Trend, help: "trend", contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::Round, help: "round", contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('a')], action: Action::AddRespondent, help: "add respondent", contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('m')], action: Action::OpenMap, help: "map", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: Action::Remove, help: "to trash", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('/')], action: Action::Search, help: "search", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('s')], action: Action::CycleStatus, help: "by status", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('f')], action: Action::CycleRound, help: "by round", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('v')], action: Action::CycleAdvisor, help: "by advisor", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('n')], action: Action::RenameOrganization, help: "rename organization", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('M')], action: Action::MergeOrganization, help: "merge into another", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('u')], action: Action::ShowTrash, help: "trash (restore)", contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "restore", contexts: Only(&[Trash]), in_bar: true },
    Binding { keys: &[Char('u')], action: Action::ShowTrash, help: "back to the lists", contexts: Only(&[Trash]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::FinishTyping, help: "keep the search", contexts: Only(&[Search]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: "clear the search", contexts: Only(&[Search]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "go on", contexts: Only(&[NameField]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: "cancel", contexts: Only(&[NameField]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Code(KeyCode::Left)], action: Action::Forward, help: "chart / report", contexts: Only(&[Results, Compare]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::Round, help: "other round", contexts: Only(&[Round]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Up), Char('k')], action: Action::Up, help: "move up", contexts: Only(LISTS), in_bar: false },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: Action::Down, help: "move down", contexts: Only(LISTS), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: "page up", contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: "page down", contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: "scroll the explanation up", contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: "scroll the explanation down", contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Code(KeyCode::Home)], action: Action::First, help: "first", contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::End)], action: Action::Last, help: "last", contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "select", contexts: Only(&[Home, Setup, SetupChoice, Intro, Review, GoTo, History]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "confirm / next", contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('b')], action: Action::Back, help: "back", contexts: Only(WIZARD), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right)], action: Action::Forward, help: "next", contexts: Only(WIZARD), in_bar: false },
    Binding { keys: &[Code(KeyCode::Tab)], action: Action::Down, help: "next field", contexts: Only(SETUP), in_bar: true },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: "pick the organization's next round label", contexts: Only(SETUP), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: "pick the previous round label", contexts: Only(SETUP), in_bar: false },
    Binding { keys: &[Code(KeyCode::BackTab)], action: Action::Up, help: "previous field", contexts: Only(SETUP), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: "previous choice", contexts: Only(&[SetupChoice]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: Action::Forward, help: "next choice", contexts: Only(&[SetupChoice]), in_bar: false },
    Binding { keys: &[Char('n')], action: Action::EditNote, help: "note", contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Char('f')], action: Action::ToggleFlag, help: "flag", contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Char('u')], action: Action::UndoAnswer, help: "undo last answer", contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Char('e')], action: Action::EditSetup, help: "edit setup", contexts: Only(&[Results, History]), in_bar: false },
    Binding { keys: &[Char('p')], action: Action::OpenPlan, help: "improvement plan", contexts: Only(&[Results]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "plan or change the facet", contexts: Only(&[Plan]), in_bar: true },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: Action::Remove, help: "take out of the plan", contexts: Only(&[Plan]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: Action::Forward, help: "next status", contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: "previous status", contexts: Only(&[PlanReview]), in_bar: false },
    Binding { keys: &[Char('n')], action: Action::EditNote, help: "note", contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "go on to the questions", contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: "review later", contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Char('o')], action: Action::Reopen, help: "reopen to amend", contexts: Only(&[Results, History]), in_bar: false },
    Binding { keys: &[Char('g')], action: Action::GoTo, help: "go to", contexts: Only(&[Intro, Question, Review]), in_bar: true },
    Binding { keys: &[Char('n')], action: Action::New, help: "new", contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::ResumeLatest, help: "resume", contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('h')], action: Action::OpenHistory, help: "history", contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('m')], action: Action::OpenMap, help: "maps", contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('e')], action: Action::OpenEvidence, help: "evidence", contexts: Only(&[Home]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Up), Char('k')], action: Action::Up, help: "move up", contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: Action::Down, help: "move down", contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: "page up", contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: "page down", contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: "layer to the left", contexts: Only(&[Map]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Right), Char('l')], action: Action::Forward, help: "layer to the right", contexts: Only(&[Map]), in_bar: false },
    Binding { keys: &[Char('a')], action: Action::AddPartner, help: "add", contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('e'), Code(KeyCode::Enter)], action: Action::Confirm, help: "edit", contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: Action::Remove, help: "remove", contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('f')], action: Action::CycleLayerFilter, help: "by layer", contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('s')], action: Action::CycleSectorFilter, help: "by sector", contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "open", contexts: Only(&[MapPicker]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Tab), Code(KeyCode::Down)], action: Action::Down, help: "next field", contexts: Only(&[MapForm, MapFormChoice, PlanForm]), in_bar: true },
    Binding { keys: &[Code(KeyCode::BackTab), Code(KeyCode::Up)], action: Action::Up, help: "previous field", contexts: Only(&[MapForm, MapFormChoice, PlanForm]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: "previous choice", contexts: Only(&[MapFormChoice]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: Action::Forward, help: "next choice / toggle", contexts: Only(&[MapFormChoice]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "save", contexts: Only(&[MapForm, MapFormChoice, PlanForm]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: "open the map", contexts: Only(&[MapName]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: "cancel", contexts: Only(&[MapForm, MapFormChoice, MapName, PlanForm]), in_bar: true },
    Binding { keys: &[Char('m'), Code(KeyCode::Enter)], action: Action::Resolve(Resolution::Merge), help: "merge both (recommended)", contexts: Only(&[Changed]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::Resolve(Resolution::Reload), help: "reload theirs (yours to the trash)", contexts: Only(&[Changed]), in_bar: true },
    Binding { keys: &[Char('k')], action: Action::Resolve(Resolution::KeepBoth), help: "keep both (yours as a conflict copy)", contexts: Only(&[Changed]), in_bar: true },
    Binding { keys: &[Char('r'), Code(KeyCode::Enter)], action: Action::Resolve(Resolution::Restore), help: "restore with your answers", contexts: Only(&[Vanished]), in_bar: true },
    Binding { keys: &[Char('d')], action: Action::Resolve(Resolution::LeaveRemoved), help: "leave removed (yours to the trash)", contexts: Only(&[Vanished]), in_bar: true },
    Binding { keys: &[Char('r'), Code(KeyCode::Enter)], action: Action::Retry, help: "try saving again", contexts: Only(&[SaveFailed]), in_bar: true },
    Binding { keys: &[Char('?')], action: Action::ToggleHelp, help: "help", contexts: Only(WITH_HELP), in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc), Ctrl('c')], action: Action::Quit, help: "leave (saving once more)", contexts: Only(&[SaveFailed]), in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc), Ctrl('c')], action: Action::Quit, help: "leave ecoready (saved first)", contexts: Only(&[TooSmall]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc), Code(KeyCode::Enter)], action: Action::FinishTyping, help: "done typing", contexts: Only(&[Typing]), in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc)], action: Action::Leave, help: "leave", contexts: Only(LEAVABLE), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: "leave without saving", contexts: Only(SETUP), in_bar: true },
    Binding { keys: &[Ctrl('c')], action: Action::Quit, help: "quit now (saved)", contexts: AllBut(&[SaveFailed, TooSmall]), in_bar: false },
    // Last: while a save fails, every other key is a reason to try again.
    Binding { keys: &[Any], action: Action::Retry, help: "try saving again", contexts: Only(&[SaveFailed]), in_bar: false },
];
