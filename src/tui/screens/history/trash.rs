//! History's view of the trash: what was removed, and restoring one after a question.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{ListItem, Paragraph};

use super::effects::HistoryEffect;
use super::moved;
use crate::assessment::Status;
use crate::report::status_word;
use crate::store::Trashed;
use crate::strings;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::Effect;
use crate::tui::outcome::Outcome;
use crate::tui::overlays::confirm;
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// One assessment in the trash, as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashRow {
    /// What restoring takes.
    pub trash_id: String,
    /// Organization name.
    pub organization: String,
    /// Respondent name.
    pub respondent: String,
    /// Round label, or `-`.
    pub round: String,
    /// Draft or complete.
    pub status: Status,
    /// Day it was started, `YYYY-MM-DD`.
    pub started: String,
}

impl TrashRow {
    /// The row of a trashed assessment.
    pub fn new(trashed: &Trashed) -> Self {
        let a = &trashed.assessment;
        Self {
            trash_id: trashed.trash_id.clone(),
            organization: a.organization.name.clone(),
            respondent: a.respondent.name.clone(),
            round: a.round.clone().unwrap_or_else(|| "-".into()),
            status: a.status,
            started: a.started_at.format("%Y-%m-%d").to_string(),
        }
    }
}

/// The trash as History shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrashView {
    /// Everything in the trash, most recently started first.
    pub rows: Vec<TrashRow>,
    /// The selected row.
    pub selected: usize,
    /// The restore of the selected row waits for a yes.
    pub confirm_restore: bool,
}

impl TrashView {
    /// The trash holding `rows`, keeping the selection near `selected`.
    pub fn new(rows: Vec<TrashRow>, selected: usize) -> Self {
        let selected = selected.min(rows.len().saturating_sub(1));
        Self {
            rows,
            selected,
            confirm_restore: false,
        }
    }

    /// A key in the trash view (leaving it is History's).
    pub fn update(&mut self, action: &Action) -> Outcome {
        if self.confirm_restore {
            self.confirm_restore = false;
            return match (action, self.rows.get(self.selected)) {
                (Action::Yes | Action::Confirm, Some(row)) => Outcome::Effect(Effect::History(
                    HistoryEffect::Restore(row.trash_id.clone()),
                )),
                _ => Outcome::Nothing,
            };
        }
        if let Some(to) = moved(self.selected, self.rows.len(), action) {
            self.selected = to;
            return Outcome::Nothing;
        }
        match action {
            Action::Confirm if self.rows.is_empty() => {
                Outcome::Say(strings::trash_empty().into(), false)
            }
            Action::Confirm => {
                self.confirm_restore = true;
                Outcome::Nothing
            }
            Action::ToggleHelp => Outcome::Help,
            _ => Outcome::Nothing,
        }
    }

    /// Draws the trash in `area` (inside History's frame).
    pub fn render(&self, theme: &Theme, frame: &mut Frame, area: Rect) {
        let [head, list] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
        // The id begins with the day and time started, so no column repeats them.
        let organization_width = usize::from(area.width)
            .saturating_sub(2 + FIXED_COLUMNS)
            .clamp(8, 30);
        let columns = Columns { organization_width };
        let title = format!("{} ({})", strings::trash_title(), self.rows.len());
        let header = columns.text(
            tr!("tui-trash-id-column"),
            tr!("tui-trash-organization-column"),
            tr!("tui-history-respondent-column"),
            tr!("tui-history-round-column"),
            tr!("tui-trash-status-column"),
        );
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(title, theme.title),
                Line::styled(format!("  {header}"), theme.muted),
            ]),
            head,
        );
        if self.rows.is_empty() {
            frame.render_widget(
                Paragraph::new(strings::trash_empty()).style(theme.muted),
                list,
            );
            return;
        }
        let items: Vec<ListItem> = self
            .rows
            .iter()
            .map(|row| {
                ListItem::new(columns.text(
                    &row.trash_id,
                    &row.organization,
                    &row.respondent,
                    &row.round,
                    status_word(row.status),
                ))
            })
            .collect();
        chrome::cursor_list(frame, theme, items, self.selected, list);
        if let Some(row) = self
            .rows
            .get(self.selected)
            .filter(|_| self.confirm_restore)
        {
            let text = format!(
                "{}\n\n{}",
                tr!(
                    "tui-trash-restore-question",
                    question = strings::confirm_restore(),
                    id = row.trash_id.as_str(),
                    organization = row.organization.trim(),
                    started = row.started.as_str()
                ),
                strings::confirm_restore_keys()
            );
            confirm::render(
                theme,
                strings::confirm_restore_title(),
                text,
                (60, 7),
                frame,
                area,
            );
        }
    }
}

/// Columns but the organization's: the id (20), respondent (10), round (8), status
/// (8), and two spaces between each two columns.
const FIXED_COLUMNS: usize = 20 + 10 + 8 + 8 + 4 * 2;

/// The trash list's columns, the organization's as wide as the screen allows.
struct Columns {
    organization_width: usize,
}

impl Columns {
    /// One row's text, each column cut to its width.
    fn text(
        &self,
        trash_id: &str,
        organization: &str,
        who: &str,
        round: &str,
        status: &str,
    ) -> String {
        let width = self.organization_width;
        let line = format!(
            "{:<20}  {:<width$}  {:<10}  {:<8}  {status}",
            chrome::ellipsize(trash_id, 20),
            chrome::ellipsize(organization, width),
            chrome::ellipsize(who, 10),
            chrome::ellipsize(round, 8),
        );
        line.trim_end().to_string()
    }
}
