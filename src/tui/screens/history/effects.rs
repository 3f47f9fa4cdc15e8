//! History's store work (compare, trend, round, trash, restore, rename, merge) and what
//! its results do.

use color_eyre::eyre::Result;

use super::HistoryState;
use super::trash::{TrashRow, TrashView};
use crate::agreement::{self, RoundView};
use crate::compare::Comparison;
use crate::documents::OrganizationChangeDocument;
use crate::report::text;
use crate::store::{Renamed, Store};
use crate::strings;
use crate::tr;
use crate::trend::Trend;
use crate::tui::action::Action;
use crate::tui::app::{Effect, Screen};
use crate::tui::outcome::Outcome;
use crate::tui::screens::{compare_view, round_view, trend_view};

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
    /// List the trash.
    ListTrash,
    /// Move an assessment back from the trash (by its trash id).
    Restore(String),
    /// Rename an organization (from, to).
    Rename(String, String),
    /// Merge an organization into another (from, into).
    Merge(String, String),
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
    /// What the trash holds.
    TrashListed(Vec<TrashRow>),
    /// An assessment came back from the trash (its id).
    Restored(String),
    /// An organization was renamed or merged: what the status line says, and its name now.
    OrganizationChanged(String, String),
}

/// A result of a history effect; `state` is History's, when it is the screen shown.
pub fn on_message(message: HistoryMsg, state: Option<&mut HistoryState>) -> Outcome {
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
            Outcome::Say(
                tr!(
                    "tui-said-with-id",
                    said = strings::moved_to_trash(),
                    id = id.as_str()
                ),
                false,
            ),
            Outcome::Effect(Effect::Refresh),
        ]),
        HistoryMsg::TrashListed(rows) => {
            if let Some(state) = state {
                let selected = state.trash.as_ref().map_or(0, |t| t.selected);
                state.trash = Some(TrashView::new(rows, selected));
            }
            Outcome::Nothing
        }
        HistoryMsg::Restored(id) => Outcome::All(vec![
            Outcome::Say(
                tr!(
                    "tui-said-with-id",
                    said = strings::restored(),
                    id = id.as_str()
                ),
                false,
            ),
            Outcome::Effect(Effect::Refresh),
            Outcome::Effect(Effect::History(HistoryEffect::ListTrash)),
        ]),
        HistoryMsg::OrganizationChanged(said, name) => {
            if let Some(state) = state {
                state.select_organization_named = Some(name);
            }
            Outcome::All(vec![
                Outcome::Say(said, false),
                Outcome::Effect(Effect::Refresh),
            ])
        }
    }
}

/// Runs a history effect against the store.
pub fn perform(store: &Store, effect: HistoryEffect) -> Result<Option<Action>> {
    let message = match effect {
        HistoryEffect::Compare(before, after) => {
            let (a, qa) = store.assessment_with_questionnaire(&before)?;
            let (b, qb) = store.assessment_with_questionnaire(&after)?;
            HistoryMsg::Compared(Box::new(crate::app::noise::compared(
                store,
                (&a, &qa),
                (&b, &qb),
            )?))
        }
        HistoryEffect::Trend(organization) => {
            let found = store.organization_assessments(&organization)?;
            let trend = crate::app::noise::trended(store, &organization, &found.assessments)?;
            HistoryMsg::Trended(Box::new(trend))
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
        HistoryEffect::ListTrash => {
            let listing = store.trashed()?;
            HistoryMsg::TrashListed(listing.trashed.iter().map(TrashRow::new).collect())
        }
        HistoryEffect::Restore(trash_id) => HistoryMsg::Restored(store.restore(&trash_id)?),
        HistoryEffect::Rename(from, to) => {
            let renamed = store.rename_organization(&from, &to)?;
            changed(false, &from, renamed)
        }
        HistoryEffect::Merge(from, into) => {
            let merged = store.merge_organizations(&from, &into)?;
            changed(true, &from, merged)
        }
    };
    Ok(Some(Action::History(message)))
}

/// The message of a rename or merge: the command line's sentence, and the name now.
fn changed(merge: bool, from: &str, done: Renamed) -> HistoryMsg {
    let document =
        OrganizationChangeDocument::new(merge, from, &done.to, done.assessments, done.maps);
    let said = text::organization_change(&document).trim_end().to_string();
    HistoryMsg::OrganizationChanged(said, done.to)
}
