//! History: organizations, then their assessments; from there open results, compare two,
//! see the trend or the round, add a respondent, open the map, or move one to the trash.

mod view;

pub use view::render;

use color_eyre::eyre::Result;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::agreement::{self, RoundView};
use crate::assessment::{Mode, Organization, Setup};
use crate::compare::{self, Comparison};
use crate::store::Store;
use crate::strings;
use crate::text::same_name;
use crate::trend::{self, Trend};
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Screen};
use crate::tui::outcome::Outcome;
use crate::tui::screens::home::Row;
use crate::tui::screens::{amend, compare_view, round_view, trend_view};
use crate::tui::widgets::{chrome, scroll};

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
    /// Selected organization.
    pub organization: usize,
    /// Selected assessment of that organization.
    pub assessment: usize,
    /// Which list has the cursor.
    pub pane: Pane,
    /// The assessment marked as "before" for a comparison.
    pub marked: Option<String>,
    /// The assessment waiting for confirmation of its removal.
    pub confirm_remove: Option<String>,
}

/// Store work the history screens ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryEffect {
    /// Compare two assessments (before, after).
    Compare(String, String),
    /// The trend of an organization.
    Trend(String),
    /// The round view of an organization's round.
    Round(String, String),
    /// Move an assessment to the trash.
    Trash(String),
}

/// Results of history effects.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryMsg {
    /// A comparison is ready.
    Compared(Box<Comparison>),
    /// A trend is ready.
    Trended(Box<Trend>),
    /// A round view is ready.
    Rounded(Box<RoundView>),
    /// An assessment went to the trash.
    Trashed(String),
}

/// The organizations in a listing with how many assessments each has, by name.
pub fn organizations(rows: &[Row]) -> Vec<(String, usize)> {
    // One pass with a map from the name as compared (see `text::same_name`), so History
    // stays quick with thousands of assessments.
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut position: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for row in rows {
        let key = row.organization.trim().to_lowercase();
        match position.get(&key) {
            Some(&at) => found[at].1 += 1,
            None => {
                position.insert(key, found.len());
                found.push((row.organization.clone(), 1));
            }
        }
    }
    found.sort_by_cached_key(|(name, _)| name.to_lowercase());
    found
}

/// The assessments of one organization, newest first.
pub fn rows_of<'a>(rows: &'a [Row], organization: &str) -> Vec<&'a Row> {
    rows.iter()
        .filter(|r| same_name(&r.organization, organization))
        .collect()
}

/// Opens History.
pub fn open(app: &mut App) {
    app.screen = Screen::History(Box::default());
    app.effect(Effect::Refresh);
}

/// The organization selected in the listing `rows`.
pub(super) fn selected_organization(rows: &[Row], state: &HistoryState) -> Option<String> {
    organizations(rows)
        .get(state.organization)
        .map(|(name, _)| name.clone())
}

fn selected_row<'a>(rows: &'a [Row], state: &HistoryState) -> Option<&'a Row> {
    let organization = selected_organization(rows, state)?;
    rows_of(rows, &organization).get(state.assessment).copied()
}

/// Rows one PageUp or PageDown moves.
const PAGE: usize = 10;

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
        let organization = selected_organization(rows, self);
        let count = organization
            .as_deref()
            .map_or(0, |o| rows_of(rows, o).len());
        let row = selected_row(rows, self).cloned();
        match self.pane {
            Pane::Organizations => {
                if let Some(to) = moved(self.organization, organizations(rows).len(), action) {
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
                Some(body) => self.click(rows, body, *column, *row),
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
                    .or_else(|| latest_round(rows, organization.as_deref()));
                match (organization, round) {
                    (Some(organization), Some(round)) => {
                        Outcome::Effect(Effect::History(HistoryEffect::Round(organization, round)))
                    }
                    _ => Outcome::Say(strings::NO_ROUND.into(), true),
                }
            }
            (Action::AddRespondent, _) => match organization {
                Some(organization) => {
                    let template =
                        row.or_else(|| rows_of(rows, &organization).first().copied().cloned());
                    Outcome::Setup(Box::new(another_respondent(organization, template)))
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
                Outcome::Say(strings::CHOOSE_ASSESSMENT_FIRST.into(), false)
            }
            (Action::EditSetup | Action::Reopen, Pane::Organizations) => {
                Outcome::Say(strings::CHOOSE_ASSESSMENT_TO_AMEND.into(), false)
            }
            (Action::ToggleHelp, _) => Outcome::Help,
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
                Outcome::Say(strings::COMPARE_SAME.into(), true)
            }
            // Two organizations are refused here (`ecoready compare --force` can do it):
            // a difference between two firms is not a change of either.
            (Some(before), Some(after)) if !same_organization(rows, &before, &after) => {
                Outcome::Say(strings::COMPARE_OTHER_ORGANIZATION.into(), true)
            }
            (Some(before), Some(after)) => {
                Outcome::Effect(Effect::History(HistoryEffect::Compare(before, after.id)))
            }
            (_, Some(row)) => {
                self.marked = Some(row.id);
                Outcome::Say(strings::COMPARE_MARKED.into(), false)
            }
            (marked, None) => {
                self.marked = marked;
                Outcome::Nothing
            }
        }
    }

    /// A click on an organization selects it; on an assessment, opens it.
    fn click(&mut self, rows: &[Row], body: Rect, column: u16, row: u16) -> Outcome {
        let [left, _, right] = panes(chrome::inner(body));
        let organizations = organizations(rows).len();
        if let Some(index) =
            chrome::list_row_at(left, self.organization, organizations, column, row)
        {
            if index != self.organization {
                self.assessment = 0;
            }
            self.organization = index;
            self.pane = Pane::Organizations;
            return Outcome::Nothing;
        }
        let count = selected_organization(rows, self).map_or(0, |o| rows_of(rows, &o).len());
        let selected = if self.pane == Pane::Assessments {
            self.assessment
        } else {
            0
        };
        match chrome::list_row_at(right, selected, count, column, row) {
            Some(index) => {
                self.assessment = index;
                self.pane = Pane::Assessments;
                match selected_row(rows, self) {
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

fn latest_round(rows: &[Row], organization: Option<&str>) -> Option<String> {
    rows_of(rows, organization?)
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

/// A result of a history effect.
pub fn on_message(message: HistoryMsg) -> Outcome {
    let show = |screen| Outcome::Show(Box::new(screen));
    match message {
        HistoryMsg::Compared(comparison) => show(Screen::Compare(Box::new(
            compare_view::CompareView::new(*comparison),
        ))),
        HistoryMsg::Trended(trend) => {
            show(Screen::Trend(Box::new(trend_view::TrendView::new(*trend))))
        }
        HistoryMsg::Rounded(round) => show(Screen::Round(Box::new(round_view::RoundScreen::new(
            *round,
        )))),
        HistoryMsg::Trashed(id) => Outcome::All(vec![
            Outcome::Say(format!("{} {id}", strings::MOVED_TO_TRASH), false),
            Outcome::Effect(Effect::Refresh),
        ]),
    }
}

/// Runs a history effect against the store.
pub fn perform(store: &Store, effect: HistoryEffect) -> Result<Option<Action>> {
    let message = match effect {
        HistoryEffect::Compare(before, after) => {
            let (a, qa) = store.assessment_with_questionnaire(&before)?;
            let (b, qb) = store.assessment_with_questionnaire(&after)?;
            HistoryMsg::Compared(Box::new(compare::compare_in_order((&a, &qa), (&b, &qb))))
        }
        HistoryEffect::Trend(organization) => {
            let found = store.organization_assessments(&organization)?;
            HistoryMsg::Trended(Box::new(trend::trend(&organization, &found.assessments)))
        }
        HistoryEffect::Round(organization, round) => {
            let found = store.organization_assessments(&organization)?;
            HistoryMsg::Rounded(Box::new(agreement::round_view(
                &organization,
                &round,
                &found.assessments,
            )))
        }
        HistoryEffect::Trash(id) => {
            store.trash(&id)?;
            HistoryMsg::Trashed(id)
        }
    };
    Ok(Some(Action::History(message)))
}

/// The organizations, a gap and the assessments inside History's frame.
fn panes(inner: Rect) -> [Rect; 3] {
    let left_width = (inner.width / 4).clamp(22, 36);
    Layout::horizontal([
        Constraint::Length(left_width),
        Constraint::Length(1),
        Constraint::Min(20),
    ])
    .areas(inner)
}
