//! Keeping History's selection on the organization meant while the search, the filters or
//! the listing change.

use ratatui::crossterm::event::KeyCode;

use super::{Filter, HistoryState, MAX_QUERY, Pane, organizations, selected_organization, visible};
use crate::text::same_name;
use crate::tui::action::Action;
use crate::tui::outcome::Outcome;
use crate::tui::screens::home::Row;

impl HistoryState {
    /// A key while typing the search: the lists follow every key; Enter keeps the
    /// search, Esc drops it.
    pub(super) fn search(&mut self, action: &Action, rows: &[Row]) -> Outcome {
        let before = selected_organization(&visible(rows, &self.filter), self);
        match action {
            Action::Type(key) => {
                let query = &mut self.filter.query;
                match key.code {
                    KeyCode::Backspace => {
                        query.pop();
                    }
                    KeyCode::Char(c) if query.chars().count() < MAX_QUERY => query.push(c),
                    _ => return Outcome::Nothing,
                }
            }
            Action::FinishTyping => {
                self.searching = false;
                return Outcome::Nothing;
            }
            Action::Leave => {
                self.searching = false;
                self.filter.query.clear();
            }
            _ => return Outcome::Nothing,
        }
        self.select(rows, before);
        Outcome::Nothing
    }

    /// Changes the filter with `change`, keeping `before` selected if it is still listed.
    pub(super) fn refilter(
        &mut self,
        rows: &[Row],
        before: Option<String>,
        change: impl FnOnce(&mut Filter),
    ) {
        change(&mut self.filter);
        self.select(rows, before);
    }

    /// Selects the organization `name` if the filter lists it, else keeps the selection
    /// within the lists; an organization with nothing listed gives the cursor back to the
    /// organizations.
    pub(super) fn select(&mut self, rows: &[Row], name: Option<String>) {
        let shown = visible(rows, &self.filter);
        let listed = organizations(&shown);
        let found = name.and_then(|name| listed.iter().position(|(n, _)| same_name(n, &name)));
        match found {
            Some(at) if at == self.organization => {}
            Some(at) => {
                self.organization = at;
                self.assessment = 0;
            }
            None => {
                self.organization = self.organization.min(listed.len().saturating_sub(1));
                self.assessment = 0;
            }
        }
        let count = listed.get(self.organization).map_or(0, |(_, n)| *n);
        self.assessment = self.assessment.min(count.saturating_sub(1));
        if count == 0 {
            self.pane = Pane::Organizations;
        }
    }

    /// After the listing was read again (a removal, a restore, a rename): the renamed
    /// organization is selected, and the selection stays within the lists.
    pub fn relisted(&mut self, rows: &[Row]) {
        let name = self
            .select_organization_named
            .take()
            .or_else(|| selected_organization(&visible(rows, &self.filter), self));
        self.select(rows, name);
    }
}
