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
use crate::tui::app::{App, Effect, Overlay, Screen};
use crate::tui::outcome::Outcome;
use crate::tui::screens::home::Row;
use crate::tui::screens::{compare_view, map, round_view, trend_view};
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

fn selected_organization(app: &App, state: &HistoryState) -> Option<String> {
    organizations(&app.home.data.rows)
        .get(state.organization)
        .map(|(name, _)| name.clone())
}

fn selected_row<'a>(app: &'a App, state: &HistoryState) -> Option<&'a Row> {
    let organization = selected_organization(app, state)?;
    rows_of(&app.home.data.rows, &organization)
        .get(state.assessment)
        .copied()
}

/// History's part of `update`.
pub fn update(app: &mut App, action: Action) {
    let Screen::History(state) = &app.screen else {
        return;
    };
    let mut state = (**state).clone();
    if let Some(id) = state.confirm_remove.take() {
        if action == Action::Confirm || action == Action::Yes {
            app.effect(Effect::History(HistoryEffect::Trash(id)));
        }
        app.screen = Screen::History(Box::new(state));
        return;
    }
    let organizations = organizations(&app.home.data.rows);
    let organization = selected_organization(app, &state);
    let count = organization
        .as_deref()
        .map_or(0, |o| rows_of(&app.home.data.rows, o).len());
    let row = selected_row(app, &state).cloned();
    match (action, state.pane) {
        (Action::Click { column, row }, _) => click(app, &mut state, column, row),
        (Action::Up, Pane::Organizations) => {
            state.organization = state.organization.saturating_sub(1);
            state.assessment = 0;
        }
        (Action::Down, Pane::Organizations) => {
            state.organization =
                (state.organization + 1).min(organizations.len().saturating_sub(1));
            state.assessment = 0;
        }
        (Action::Up, Pane::Assessments) => state.assessment = state.assessment.saturating_sub(1),
        (Action::Down, Pane::Assessments) => {
            state.assessment = (state.assessment + 1).min(count.saturating_sub(1));
        }
        (Action::Forward | Action::Confirm, Pane::Organizations) if count > 0 => {
            state.pane = Pane::Assessments
        }
        (Action::Back, Pane::Assessments) => state.pane = Pane::Organizations,
        (Action::Confirm, Pane::Assessments) => {
            if let Some(row) = row {
                app.effect(Effect::Open(row.id));
            }
        }
        (Action::Compare, Pane::Assessments) => match (state.marked.take(), row) {
            // The same assessment twice: nothing changed; keep it marked for another.
            (Some(before), Some(after)) if before == after.id => {
                app.say(strings::COMPARE_SAME, true);
                state.marked = Some(before);
            }
            // Two organizations are refused here (`ecoready compare --force` can do it):
            // a difference between two firms is not a change of either.
            (Some(before), Some(after)) if !same_organization(app, &before, &after) => {
                app.say(strings::COMPARE_OTHER_ORGANIZATION, true);
            }
            (Some(before), Some(after)) => {
                app.effect(Effect::History(HistoryEffect::Compare(before, after.id)));
            }
            (_, Some(row)) => {
                app.say(strings::COMPARE_MARKED, false);
                state.marked = Some(row.id);
            }
            _ => {}
        },
        (Action::Trend, _) => {
            if let Some(organization) = organization {
                app.effect(Effect::History(HistoryEffect::Trend(organization)));
            }
        }
        (Action::Round, _) => {
            let round = row
                .as_ref()
                .and_then(|r| r.round.clone())
                .or_else(|| latest_round(app, organization.as_deref()));
            match (organization, round) {
                (Some(organization), Some(round)) => {
                    app.effect(Effect::History(HistoryEffect::Round(organization, round)));
                }
                _ => app.say(strings::NO_ROUND, true),
            }
        }
        (Action::AddRespondent, _) => {
            if let Some(organization) = organization {
                let template = row.or_else(|| {
                    rows_of(&app.home.data.rows, &organization)
                        .first()
                        .copied()
                        .cloned()
                });
                let setup = Setup {
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
                };
                app.start_setup(&setup, None);
                return;
            }
        }
        (Action::OpenMap, _) => {
            map::open(app, organization);
            return;
        }
        (Action::Remove, Pane::Assessments) => {
            if let Some(row) = row {
                state.confirm_remove = Some(row.id);
            }
        }
        (Action::ToggleHelp, _) => app.overlay = Some(Overlay::Help),
        (Action::Leave, _) => return app.go_home(),
        _ => {}
    }
    app.screen = Screen::History(Box::new(state));
}

/// Whether the listed assessment `id` is of the same organization as `row`.
fn same_organization(app: &App, id: &str, row: &Row) -> bool {
    app.home
        .data
        .rows
        .iter()
        .find(|r| r.id == id)
        .is_some_and(|r| same_name(&r.organization, &row.organization))
}

fn latest_round(app: &App, organization: Option<&str>) -> Option<String> {
    rows_of(&app.home.data.rows, organization?)
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
pub fn on_message(app: &mut App, message: HistoryMsg) {
    match message {
        HistoryMsg::Compared(comparison) => {
            app.screen = Screen::Compare(Box::new(compare_view::CompareView::new(*comparison)));
        }
        HistoryMsg::Trended(trend) => {
            app.screen = Screen::Trend(Box::new(trend_view::TrendView::new(*trend)));
        }
        HistoryMsg::Rounded(round) => {
            app.screen = Screen::Round(Box::new(round_view::RoundScreen::new(*round)));
        }
        HistoryMsg::Trashed(id) => {
            app.say(format!("{} {id}", strings::MOVED_TO_TRASH), false);
            app.effect(Effect::Refresh);
        }
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

/// A click on an organization selects it; on an assessment, opens it.
fn click(app: &mut App, state: &mut HistoryState, column: u16, row: u16) {
    let Some(body) = crate::tui::view::body(app.viewport) else {
        return;
    };
    let [left, _, right] = panes(chrome::inner(body));
    let organizations = organizations(&app.home.data.rows).len();
    if let Some(index) = chrome::list_row_at(left, state.organization, organizations, column, row) {
        if index != state.organization {
            state.assessment = 0;
        }
        state.organization = index;
        state.pane = Pane::Organizations;
        return;
    }
    let count =
        selected_organization(app, state).map_or(0, |o| rows_of(&app.home.data.rows, &o).len());
    let selected = if state.pane == Pane::Assessments {
        state.assessment
    } else {
        0
    };
    if let Some(index) = chrome::list_row_at(right, selected, count, column, row) {
        state.assessment = index;
        state.pane = Pane::Assessments;
        if let Some(row) = selected_row(app, state) {
            let id = row.id.clone();
            app.effect(Effect::Open(id));
        }
    }
}
