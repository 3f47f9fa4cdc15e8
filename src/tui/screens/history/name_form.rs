//! The name typed for renaming an organization (`n`) or for the organization another is
//! merged into (`M`), and the question asked before either is done.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::effects::HistoryEffect;
use crate::limits;
use crate::strings;
use crate::text::{same_name, sanitize};
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::Effect;
use crate::tui::outcome::Outcome;
use crate::tui::overlays::confirm;
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;
use crate::tui::widgets::limited_input::full_message;

/// Rename or merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Give the organization another name.
    Rename,
    /// Make the organization part of another.
    Merge,
}

/// A rename or merge being set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameForm {
    /// Rename or merge.
    pub kind: ChangeKind,
    /// The organization renamed or merged away, as listed.
    pub organization: String,
    /// The name typed: the new name, or the organization merged into.
    pub text: String,
    /// Why it cannot be done yet.
    pub error: Option<String>,
    /// The name is typed; the question waits for a yes.
    pub asking: bool,
}

/// What a key in the form leads to.
pub enum FormStep {
    /// Still open.
    Open,
    /// Closed: cancelled, or the work asked for.
    Closed(Outcome),
}

impl NameForm {
    /// A rename of `organization` starts from its name; a merge from nothing.
    pub fn new(kind: ChangeKind, organization: String) -> Self {
        let text = match kind {
            ChangeKind::Rename => organization.trim().to_string(),
            ChangeKind::Merge => String::new(),
        };
        Self {
            kind,
            organization,
            text,
            error: None,
            asking: false,
        }
    }

    /// A key while typing the name or answering the question.
    pub fn update(&mut self, action: &Action) -> FormStep {
        if self.asking {
            return FormStep::Closed(match action {
                Action::Yes | Action::Confirm => {
                    let (from, to) = (self.organization.clone(), self.name());
                    Outcome::Effect(Effect::History(match self.kind {
                        ChangeKind::Rename => HistoryEffect::Rename(from, to),
                        ChangeKind::Merge => HistoryEffect::Merge(from, to),
                    }))
                }
                _ => Outcome::Nothing,
            });
        }
        match action {
            Action::Type(key) => {
                self.error = self.typed(*key);
                FormStep::Open
            }
            Action::Confirm => {
                let name = self.name();
                if name.is_empty() {
                    self.error = Some(strings::name_needed().into());
                } else if self.kind == ChangeKind::Rename && name == self.organization.trim() {
                    self.error = Some(strings::name_unchanged().into());
                } else if self.kind == ChangeKind::Merge && same_name(&name, &self.organization) {
                    self.error = Some(strings::merge_itself().into());
                } else {
                    self.error = None;
                    self.asking = true;
                }
                FormStep::Open
            }
            Action::Leave => FormStep::Closed(Outcome::Nothing),
            _ => FormStep::Open,
        }
    }

    /// The name as typed, without surrounding spaces or hidden characters.
    fn name(&self) -> String {
        sanitize(self.text.trim(), false)
    }

    /// Applies a typed key; the message when the name is full.
    fn typed(&mut self, key: KeyEvent) -> Option<String> {
        match key.code {
            KeyCode::Backspace => {
                self.text.pop();
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                if self.text.chars().count() >= limits::ORGANIZATION.max_chars {
                    return Some(full_message(&limits::ORGANIZATION.message()));
                }
                self.text.push(c);
            }
            _ => {}
        }
        None
    }

    /// Draws the form, or the question, over History's `area`.
    pub fn render(&self, theme: &Theme, frame: &mut Frame, area: Rect) {
        let from = self.organization.trim();
        let (title, prompt) = match self.kind {
            ChangeKind::Rename => (
                strings::rename_title(),
                tr!("tui-rename-prompt", organization = from),
            ),
            ChangeKind::Merge => (
                strings::merge_title(),
                tr!("tui-merge-prompt", organization = from),
            ),
        };
        if self.asking {
            let to = self.name();
            let text = match self.kind {
                ChangeKind::Rename => format!(
                    "{}\n\n{}",
                    tr!(
                        "tui-rename-question",
                        organization = from,
                        new_name = to.as_str()
                    ),
                    strings::confirm_change_keys()
                ),
                ChangeKind::Merge => format!(
                    "{}\n\n{}",
                    tr!(
                        "tui-merge-question",
                        organization = from,
                        into = to.as_str()
                    ),
                    strings::confirm_change_keys()
                ),
            };
            confirm::render(theme, title, text, (60, 8), frame, area);
            return;
        }
        let popup = chrome::centered(area, 60, 7);
        frame.render_widget(Clear, popup);
        let mut lines = vec![
            Line::from(prompt),
            Line::from(vec![Span::styled(format!("{}▏", self.text), theme.text)]),
            Line::from(""),
        ];
        match &self.error {
            Some(error) => lines.push(Line::styled(error.clone(), theme.error)),
            None => lines.push(Line::styled(strings::name_form_keys(), theme.muted)),
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(chrome::screen_block(theme, title, None)),
            popup,
        );
    }
}
