//! History: organizations, then their assessments; from there open results, compare two,
//! see the trend or the round, add a respondent, open the map, or move one to the trash.
//! `/` searches, `s` and `f` filter by status and round (`filter`), `n` and `M` rename
//! and merge organizations (`name_form`), `u` shows the trash and restores (`trash`).

mod effects;
mod filter;
mod layout;
mod name_form;
mod selection;
mod trash;
mod view;

pub use effects::{HistoryEffect, HistoryMsg, on_message, perform};
pub use filter::{Filter, organizations, rows_of, visible};
pub use name_form::{ChangeKind, NameForm};
pub use trash::{TrashRow, TrashView};
pub use view::render;

use layout::{Areas, layout};

use ratatui::layout::Rect;

use crate::assessment::{Mode, Organization, Setup};
use crate::strings;
use crate::text::same_name;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Screen};
use crate::tui::keymap::Context;
use crate::tui::outcome::Outcome;
use crate::tui::screens::amend;
use crate::tui::screens::home::Row;
use crate::tui::screens::setup::Field;
use crate::tui::widgets::{chrome, scroll};
use name_form::FormStep;

/// Which list has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The organizations.
    #[default]
    Organizations,
    /// The selected organization's assessments.
    Assessments,
}

/// The history screen's state; the rows themselves are Home's listing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HistoryState {
    /// Selected organization (among those the filter leaves).
    pub organization: usize,
    /// Selected assessment of that organization.
    pub assessment: usize,
    /// Which list has the cursor.
    pub pane: Pane,
    /// The assessment marked as "before" for a comparison.
    pub marked: Option<String>,
    /// The assessment waiting for confirmation of its removal.
    pub confirm_remove: Option<String>,
    /// The search and the filters.
    pub filter: Filter,
    /// Keys type into the search line.
    pub searching: bool,
    /// A rename or merge being set up.
    pub name_form: Option<NameForm>,
    /// The trash, while it is shown instead of the lists.
    pub trash: Option<TrashView>,
    /// The organization to select once the listing is read again (after a rename).
    pub select_organization_named: Option<String>,
}

/// Opens History.
pub fn open(app: &mut App) {
    app.screen = Screen::History(Box::default());
    app.effect(Effect::Refresh);
}

/// The organization selected among the rows `shown`.
pub(super) fn selected_organization(shown: &[&Row], state: &HistoryState) -> Option<String> {
    organizations(shown)
        .get(state.organization)
        .map(|(name, _)| name.clone())
}

fn selected_row<'a>(shown: &[&'a Row], state: &HistoryState) -> Option<&'a Row> {
    let organization = selected_organization(shown, state)?;
    rows_of(shown, &organization).get(state.assessment).copied()
}

/// Rows one PageUp or PageDown moves.
const PAGE: usize = 10;

/// Longest search, in characters (longer than any field searched can be).
const MAX_QUERY: usize = 200;

/// The selection after a move in a list of `len` rows; `None` for actions that do not move.
fn moved(selected: usize, len: usize, action: &Action) -> Option<usize> {
    let last = len.saturating_sub(1);
    let to = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => selected + 1,
        Action::PageUp => selected.saturating_sub(PAGE),
        Action::PageDown => selected + PAGE,
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    };
    Some(to.min(last))
}

impl HistoryState {
    /// What keys mean on History now.
    pub fn context(&self) -> Context {
        match (&self.name_form, &self.trash) {
            _ if self.confirm_remove.is_some() => Context::Confirm,
            (Some(form), _) if form.asking => Context::Confirm,
            (Some(_), _) => Context::NameField,
            _ if self.searching => Context::Search,
            (None, Some(trash)) if trash.confirm_restore => Context::Confirm,
            (None, Some(_)) => Context::Trash,
            (None, None) => Context::History,
        }
    }

    /// History's part of `update`, over Home's listing `rows`; `body` is where the screen
    /// is drawn, for clicks.
    pub fn update(&mut self, action: &Action, rows: &[Row], body: Option<Rect>) -> Outcome {
        if let Some(id) = self.confirm_remove.take() {
            return match action {
                Action::Confirm | Action::Yes => {
                    Outcome::Effect(Effect::History(HistoryEffect::Trash(id)))
                }
                _ => Outcome::Nothing,
            };
        }
        if let Some(form) = &mut self.name_form {
            return match form.update(action) {
                FormStep::Open => Outcome::Nothing,
                FormStep::Closed(outcome) => {
                    self.name_form = None;
                    outcome
                }
            };
        }
        if self.searching {
            return self.search(action, rows);
        }
        if let Some(trash) = &mut self.trash {
            return match action {
                Action::Leave | Action::ShowTrash if !trash.confirm_restore => {
                    self.trash = None;
                    Outcome::Nothing
                }
                _ => trash.update(action),
            };
        }
        let shown = visible(rows, &self.filter);
        let organization = selected_organization(&shown, self);
        let count = organization
            .as_deref()
            .map_or(0, |o| rows_of(&shown, o).len());
        let row = selected_row(&shown, self).cloned();
        match self.pane {
            Pane::Organizations => {
                if let Some(to) = moved(self.organization, organizations(&shown).len(), action) {
                    self.organization = to;
                    self.assessment = 0;
                    return Outcome::Nothing;
                }
            }
            Pane::Assessments => {
                if let Some(to) = moved(self.assessment, count, action) {
                    self.assessment = to;
                    return Outcome::Nothing;
                }
            }
        }
        match (action, self.pane) {
            (Action::Click { column, row }, _) => match body {
                Some(body) => self.click(&shown, body, *column, *row),
                None => Outcome::Nothing,
            },
            (Action::Forward | Action::Confirm, Pane::Organizations) if count > 0 => {
                self.pane = Pane::Assessments;
                Outcome::Nothing
            }
            (Action::Back, Pane::Assessments) => {
                self.pane = Pane::Organizations;
                Outcome::Nothing
            }
            (Action::Confirm, Pane::Assessments) => match row {
                Some(row) => Outcome::Effect(Effect::Open(row.id)),
                None => Outcome::Nothing,
            },
            (Action::Compare, Pane::Assessments) => self.compare(rows, row),
            (Action::Trend, _) => match organization {
                Some(organization) => {
                    Outcome::Effect(Effect::History(HistoryEffect::Trend(organization)))
                }
                None => Outcome::Nothing,
            },
            (Action::Round, _) => {
                let round = row
                    .as_ref()
                    .and_then(|r| r.round.clone())
                    .or_else(|| latest_round(&shown, organization.as_deref()));
                match (organization, round) {
                    (Some(organization), Some(round)) => {
                        Outcome::Effect(Effect::History(HistoryEffect::Round(organization, round)))
                    }
                    _ => Outcome::Say(strings::no_round().into(), true),
                }
            }
            (Action::AddRespondent, _) => match organization {
                Some(organization) => {
                    let template =
                        row.or_else(|| rows_of(&shown, &organization).first().copied().cloned());
                    Outcome::SetupAt(
                        Box::new(another_respondent(organization, template)),
                        Field::Respondent,
                    )
                }
                None => Outcome::Nothing,
            },
            (Action::OpenMap, _) => Outcome::Map(organization),
            (Action::EditSetup | Action::Reopen, Pane::Assessments) => {
                amend::on_listed(action, row)
            }
            (Action::Remove, Pane::Assessments) => {
                self.confirm_remove = row.map(|row| row.id);
                Outcome::Nothing
            }
            // Both act on one assessment: say how to get to one instead of doing nothing.
            (Action::Compare | Action::Remove, Pane::Organizations) => {
                Outcome::Say(strings::choose_assessment_first().into(), false)
            }
            (Action::Search, _) => {
                self.searching = true;
                Outcome::Nothing
            }
            (Action::CycleStatus, _) => {
                self.refilter(rows, organization, |filter| filter.cycle_status());
                Outcome::Nothing
            }
            (Action::CycleRound, _) => {
                let mut any = true;
                self.refilter(rows, organization, |filter| any = filter.cycle_round(rows));
                if any {
                    Outcome::Nothing
                } else {
                    Outcome::Say(strings::no_rounds_to_filter().into(), false)
                }
            }
            (Action::CycleAdvisor, _) => {
                let mut any = true;
                self.refilter(rows, organization, |filter| {
                    any = filter.cycle_advisor(rows)
                });
                if any {
                    Outcome::Nothing
                } else {
                    Outcome::Say(strings::no_advisors_to_filter().into(), false)
                }
            }
            (Action::RenameOrganization | Action::MergeOrganization, _) => {
                let kind = match action {
                    Action::MergeOrganization => ChangeKind::Merge,
                    _ => ChangeKind::Rename,
                };
                if let Some(organization) = organization {
                    self.name_form = Some(NameForm::new(kind, organization));
                }
                Outcome::Nothing
            }
            (Action::ShowTrash, _) => {
                self.trash = Some(TrashView::default());
                Outcome::Effect(Effect::History(HistoryEffect::ListTrash))
            }
            (Action::EditSetup | Action::Reopen, Pane::Organizations) => {
                Outcome::Say(strings::choose_assessment_to_amend().into(), false)
            }
            (Action::ToggleHelp, _) => Outcome::Help,
            // Leaving first drops the search and the filters, then leaves History.
            (Action::Leave, _) if self.filter.is_active() => {
                self.refilter(rows, organization, |filter| *filter = Filter::default());
                Outcome::Nothing
            }
            (Action::Leave, _) => Outcome::Home,
            _ => Outcome::Nothing,
        }
    }

    /// `c`: marks the selected assessment as "before", or compares the marked one with it.
    fn compare(&mut self, rows: &[Row], row: Option<Row>) -> Outcome {
        match (self.marked.take(), row) {
            // The same assessment twice: nothing changed; keep it marked for another.
            (Some(before), Some(after)) if before == after.id => {
                self.marked = Some(before);
                Outcome::Say(strings::compare_same().into(), true)
            }
            // Two organizations are refused here (`ecoready compare --force` can do it):
            // a difference between two firms is not a change of either.
            (Some(before), Some(after)) if !same_organization(rows, &before, &after) => {
                Outcome::Say(strings::compare_other_organization().into(), true)
            }
            (Some(before), Some(after)) => {
                Outcome::Effect(Effect::History(HistoryEffect::Compare(before, after.id)))
            }
            (_, Some(row)) => {
                self.marked = Some(row.id);
                Outcome::Say(strings::compare_marked().into(), false)
            }
            (marked, None) => {
                self.marked = marked;
                Outcome::Nothing
            }
        }
    }

    /// A click on an organization selects it; on an assessment, opens it.
    fn click(&mut self, shown: &[&Row], body: Rect, column: u16, row: u16) -> Outcome {
        let areas = layout(chrome::inner(body));
        let organizations = organizations(shown).len();
        if let Some(index) = chrome::list_row_at(
            areas.organizations,
            self.organization,
            organizations,
            column,
            row,
        ) {
            if index != self.organization {
                self.assessment = 0;
            }
            self.organization = index;
            self.pane = Pane::Organizations;
            return Outcome::Nothing;
        }
        let count = selected_organization(shown, self).map_or(0, |o| rows_of(shown, &o).len());
        let selected = if self.pane == Pane::Assessments {
            self.assessment
        } else {
            0
        };
        match chrome::list_row_at(areas.assessments, selected, count, column, row) {
            Some(index) => {
                self.assessment = index;
                self.pane = Pane::Assessments;
                match selected_row(shown, self) {
                    Some(row) => Outcome::Effect(Effect::Open(row.id.clone())),
                    None => Outcome::Nothing,
                }
            }
            None => Outcome::Nothing,
        }
    }
}

/// The setup of another respondent of `organization`, from one of its assessments.
fn another_respondent(organization: String, template: Option<Row>) -> Setup {
    Setup {
        organization: Organization {
            name: organization,
            sector: template
                .as_ref()
                .map(|r| r.sector.clone())
                .unwrap_or_default(),
        },
        mode: template.as_ref().map_or(Mode::Interview, |r| r.mode),
        advisor: template.as_ref().and_then(|r| r.advisor.clone()),
        round: template.as_ref().and_then(|r| r.round.clone()),
        ..Setup::default()
    }
}

/// Whether the listed assessment `id` is of the same organization as `row`.
fn same_organization(rows: &[Row], id: &str, row: &Row) -> bool {
    rows.iter()
        .find(|r| r.id == id)
        .is_some_and(|r| same_name(&r.organization, &row.organization))
}

fn latest_round(shown: &[&Row], organization: Option<&str>) -> Option<String> {
    rows_of(shown, organization?)
        .into_iter()
        .find_map(|r| r.round.clone())
}

/// What the report screens opened from History (compare, trend, round) do with a key:
/// scroll `offset` within `limit`, show help, or go back to History.
pub fn update_report(offset: &mut u16, limit: u16, action: &Action) -> Outcome {
    if let Some(moved) = scroll::scrolled(*offset, action, limit) {
        *offset = moved;
        return Outcome::Nothing;
    }
    match action {
        Action::ToggleHelp => Outcome::Help,
        Action::Leave => Outcome::History,
        _ => Outcome::Nothing,
    }
}
