//! The keymap table: every binding, where it applies, the command it sends, its help.

use std::sync::OnceLock;

use ratatui::crossterm::event::KeyCode;

use super::Contexts::{AllBut, Only};
use super::{Binding, Context, Key};
use crate::app::underneath::Resolution;
use crate::i18n::{self, Lang};
use crate::tr;
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
/// The keymap in the current language (its help texts come from the catalogue; the keys
/// are the same in every language). Order matters: the first binding that matches wins,
/// and the help shows bindings in this order.
pub fn keymap() -> &'static [Binding] {
    // One table per language, built once: the help texts are looked up when it is built.
    static TABLES: [OnceLock<Vec<Binding>>; 4] = [const { OnceLock::new() }; 4];
    let slot = match i18n::current() {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Es => 2,
        Lang::Pseudo => 3,
    };
    TABLES[slot].get_or_init(table)
}

/// The bindings, in the current language.
#[rustfmt::skip]
fn table() -> Vec<Binding> { vec![
    Binding { keys: &[Digits], action: Action::Choose(0), help: tr!("tui-key-answer"), contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Char('0')], action: Action::DontKnow, help: tr!("tui-key-dont-know"), contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: Action::Down, help: tr!("tui-key-scroll"), contexts: Only(&[Results, Report, Round, Compare]), in_bar: true },
    Binding { keys: &[Char('x')], action: Action::Export, help: tr!("tui-key-report"), contexts: Only(&[Results, Report, Round, Compare]), in_bar: true },
    Binding { keys: &[Char('y'), Code(KeyCode::Enter)], action: Action::Yes, help: tr!("tui-key-yes"), contexts: Only(&[Confirm]), in_bar: true },
    Binding { keys: &[Char('n'), Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-no"), contexts: Only(&[Confirm]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Code(KeyCode::Tab)], action: Action::Forward, help: tr!("tui-key-assessments"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Code(KeyCode::BackTab)], action: Action::Back, help: tr!("tui-key-organizations"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('c')], action: Action::Compare, help: tr!("tui-key-compare"), contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('t')], action: Action::Trend, help: tr!("tui-key-trend"), contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::Round, help: tr!("tui-key-round"), contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('a')], action: Action::AddRespondent, help: tr!("tui-key-add-respondent"), contexts: Only(&[History]), in_bar: true },
    Binding { keys: &[Char('m')], action: Action::OpenMap, help: tr!("tui-key-map"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: Action::Remove, help: tr!("tui-key-to-trash"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('/')], action: Action::Search, help: tr!("tui-key-search"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('s')], action: Action::CycleStatus, help: tr!("tui-key-by-status"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('f')], action: Action::CycleRound, help: tr!("tui-key-by-round"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('v')], action: Action::CycleAdvisor, help: tr!("tui-key-by-advisor"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('n')], action: Action::RenameOrganization, help: tr!("tui-key-rename-organization"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('M')], action: Action::MergeOrganization, help: tr!("tui-key-merge-into-another"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Char('u')], action: Action::ShowTrash, help: tr!("tui-key-trash-restore"), contexts: Only(&[History]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-restore"), contexts: Only(&[Trash]), in_bar: true },
    Binding { keys: &[Char('u')], action: Action::ShowTrash, help: tr!("tui-key-back-to-the-lists"), contexts: Only(&[Trash]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::FinishTyping, help: tr!("tui-key-keep-the-search"), contexts: Only(&[Search]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-clear-the-search"), contexts: Only(&[Search]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-go-on"), contexts: Only(&[NameField]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-cancel"), contexts: Only(&[NameField]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Code(KeyCode::Left)], action: Action::Forward, help: tr!("tui-key-chart-report"), contexts: Only(&[Results, Compare]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::Round, help: tr!("tui-key-other-round"), contexts: Only(&[Round]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Up), Char('k')], action: Action::Up, help: tr!("tui-key-move-up"), contexts: Only(LISTS), in_bar: false },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: Action::Down, help: tr!("tui-key-move-down"), contexts: Only(LISTS), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: tr!("tui-key-page-up"), contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: tr!("tui-key-page-down"), contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: tr!("tui-key-scroll-the-explanation-up"), contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: tr!("tui-key-scroll-the-explanation-down"), contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Code(KeyCode::Home)], action: Action::First, help: tr!("tui-key-first"), contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::End)], action: Action::Last, help: tr!("tui-key-last"), contexts: Only(SCROLLING), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-select"), contexts: Only(&[Home, Setup, SetupChoice, Intro, Review, GoTo, History]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-confirm-next"), contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('b')], action: Action::Back, help: tr!("tui-key-back"), contexts: Only(WIZARD), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right)], action: Action::Forward, help: tr!("tui-key-next"), contexts: Only(WIZARD), in_bar: false },
    Binding { keys: &[Code(KeyCode::Tab)], action: Action::Down, help: tr!("tui-key-next-field"), contexts: Only(SETUP), in_bar: true },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: tr!("tui-key-pick-the-organizations-next-round-label"), contexts: Only(SETUP), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: tr!("tui-key-pick-the-previous-round-label"), contexts: Only(SETUP), in_bar: false },
    Binding { keys: &[Code(KeyCode::BackTab)], action: Action::Up, help: tr!("tui-key-previous-field"), contexts: Only(SETUP), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: tr!("tui-key-previous-choice"), contexts: Only(&[SetupChoice]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: Action::Forward, help: tr!("tui-key-next-choice"), contexts: Only(&[SetupChoice]), in_bar: false },
    Binding { keys: &[Char('n')], action: Action::EditNote, help: tr!("tui-key-note"), contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Char('f')], action: Action::ToggleFlag, help: tr!("tui-key-flag"), contexts: Only(QUESTIONS), in_bar: true },
    Binding { keys: &[Char('u')], action: Action::UndoAnswer, help: tr!("tui-key-undo-last-answer"), contexts: Only(QUESTIONS), in_bar: false },
    Binding { keys: &[Char('e')], action: Action::EditSetup, help: tr!("tui-key-edit-setup"), contexts: Only(&[Results, History]), in_bar: false },
    Binding { keys: &[Char('p')], action: Action::OpenPlan, help: tr!("tui-key-improvement-plan"), contexts: Only(&[Results]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-plan-or-change-the-facet"), contexts: Only(&[Plan]), in_bar: true },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: Action::Remove, help: tr!("tui-key-take-out-of-the-plan"), contexts: Only(&[Plan]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: Action::Forward, help: tr!("tui-key-next-status"), contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: tr!("tui-key-previous-status"), contexts: Only(&[PlanReview]), in_bar: false },
    Binding { keys: &[Char('n')], action: Action::EditNote, help: tr!("tui-key-note"), contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-go-on-to-the-questions"), contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-review-later"), contexts: Only(&[PlanReview]), in_bar: true },
    Binding { keys: &[Char('o')], action: Action::Reopen, help: tr!("tui-key-reopen-to-amend"), contexts: Only(&[Results, History]), in_bar: false },
    Binding { keys: &[Char('g')], action: Action::GoTo, help: tr!("tui-key-go-to"), contexts: Only(&[Intro, Question, Review]), in_bar: true },
    Binding { keys: &[Char('n')], action: Action::New, help: tr!("tui-key-new"), contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::ResumeLatest, help: tr!("tui-key-resume"), contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('h')], action: Action::OpenHistory, help: tr!("tui-key-history"), contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('m')], action: Action::OpenMap, help: tr!("tui-key-maps"), contexts: Only(&[Home]), in_bar: true },
    Binding { keys: &[Char('e')], action: Action::OpenEvidence, help: tr!("tui-key-evidence"), contexts: Only(&[Home]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Up), Char('k')], action: Action::Up, help: tr!("tui-key-move-up"), contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Down), Char('j')], action: Action::Down, help: tr!("tui-key-move-down"), contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageUp)], action: Action::PageUp, help: tr!("tui-key-page-up"), contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::PageDown)], action: Action::PageDown, help: tr!("tui-key-page-down"), contexts: Only(&[Map, MapPicker]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: tr!("tui-key-layer-to-the-left"), contexts: Only(&[Map]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Right), Char('l')], action: Action::Forward, help: tr!("tui-key-layer-to-the-right"), contexts: Only(&[Map]), in_bar: false },
    Binding { keys: &[Char('a')], action: Action::AddPartner, help: tr!("tui-key-add"), contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('e'), Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-edit"), contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('d'), Code(KeyCode::Delete)], action: Action::Remove, help: tr!("tui-key-remove"), contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('f')], action: Action::CycleLayerFilter, help: tr!("tui-key-by-layer"), contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Char('s')], action: Action::CycleSectorFilter, help: tr!("tui-key-by-sector"), contexts: Only(&[Map]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-open"), contexts: Only(&[MapPicker]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Tab), Code(KeyCode::Down)], action: Action::Down, help: tr!("tui-key-next-field"), contexts: Only(&[MapForm, MapFormChoice, PlanForm]), in_bar: true },
    Binding { keys: &[Code(KeyCode::BackTab), Code(KeyCode::Up)], action: Action::Up, help: tr!("tui-key-previous-field"), contexts: Only(&[MapForm, MapFormChoice, PlanForm]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Left), Char('h')], action: Action::Back, help: tr!("tui-key-previous-choice"), contexts: Only(&[MapFormChoice]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Right), Char('l'), Char(' ')], action: Action::Forward, help: tr!("tui-key-next-choice-toggle"), contexts: Only(&[MapFormChoice]), in_bar: false },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-save"), contexts: Only(&[MapForm, MapFormChoice, PlanForm]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Enter)], action: Action::Confirm, help: tr!("tui-key-open-the-map"), contexts: Only(&[MapName]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-cancel"), contexts: Only(&[MapForm, MapFormChoice, MapName, PlanForm]), in_bar: true },
    Binding { keys: &[Char('m'), Code(KeyCode::Enter)], action: Action::Resolve(Resolution::Merge), help: tr!("tui-key-merge-both-recommended"), contexts: Only(&[Changed]), in_bar: true },
    Binding { keys: &[Char('r')], action: Action::Resolve(Resolution::Reload), help: tr!("tui-key-reload-theirs-yours-to-the-trash"), contexts: Only(&[Changed]), in_bar: true },
    Binding { keys: &[Char('k')], action: Action::Resolve(Resolution::KeepBoth), help: tr!("tui-key-keep-both-yours-as-a-conflict-copy"), contexts: Only(&[Changed]), in_bar: true },
    Binding { keys: &[Char('r'), Code(KeyCode::Enter)], action: Action::Resolve(Resolution::Restore), help: tr!("tui-key-restore-with-your-answers"), contexts: Only(&[Vanished]), in_bar: true },
    Binding { keys: &[Char('d')], action: Action::Resolve(Resolution::LeaveRemoved), help: tr!("tui-key-leave-removed-yours-to-the-trash"), contexts: Only(&[Vanished]), in_bar: true },
    Binding { keys: &[Char('r'), Code(KeyCode::Enter)], action: Action::Retry, help: tr!("tui-key-try-saving-again"), contexts: Only(&[SaveFailed]), in_bar: true },
    Binding { keys: &[Char('?')], action: Action::ToggleHelp, help: tr!("tui-key-help"), contexts: Only(WITH_HELP), in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc), Ctrl('c')], action: Action::Quit, help: tr!("tui-key-leave-saving-once-more"), contexts: Only(&[SaveFailed]), in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc), Ctrl('c')], action: Action::Quit, help: tr!("tui-key-leave-ecoready-saved-first"), contexts: Only(&[TooSmall]), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc), Code(KeyCode::Enter)], action: Action::FinishTyping, help: tr!("tui-key-done-typing"), contexts: Only(&[Typing]), in_bar: true },
    Binding { keys: &[Char('q'), Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-leave"), contexts: Only(LEAVABLE), in_bar: true },
    Binding { keys: &[Code(KeyCode::Esc)], action: Action::Leave, help: tr!("tui-key-leave-without-saving"), contexts: Only(SETUP), in_bar: true },
    Binding { keys: &[Ctrl('c')], action: Action::Quit, help: tr!("tui-key-quit-now-saved"), contexts: AllBut(&[SaveFailed, TooSmall]), in_bar: false },
    // Last: while a save fails, every other key is a reason to try again.
    Binding { keys: &[Any], action: Action::Retry, help: tr!("tui-key-try-saving-again"), contexts: Only(&[SaveFailed]), in_bar: false },
] }
