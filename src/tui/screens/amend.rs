//! Correcting an assessment from the screens: the setup editor (the Setup form over an
//! existing assessment, from Results or History, saved through the application layer's
//! [`crate::app::edit_setup`]) and reopening from Results ([`crate::app::reopen`]); once
//! the assessment was completed, the application layer logs every change.

use color_eyre::eyre::Result;

use super::setup::SetupForm;
use super::{history, results};
use crate::app::{DraftLocks, SetupEdited};
use crate::assessment::{Setup, Status};
use crate::store::Store;
use crate::strings;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Screen};
use crate::tui::outcome::Outcome;
use crate::tui::screens::home::Row;

/// Where the editor returns once saved or left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// The Results of the open assessment.
    Results,
    /// History.
    History,
}

/// The assessment whose setup the form edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editing {
    /// Its id.
    pub id: String,
    /// Where to return.
    pub back: Back,
}

/// Store work of the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum EditEffect {
    /// Read the setup of this assessment, to edit it from History.
    Load(String),
    /// Save this setup into the assessment being edited.
    Save(Editing, Box<Setup>),
}

/// What the store work found.
#[derive(Debug, Clone, PartialEq)]
pub enum EditMsg {
    /// The setup of an assessment to edit from History.
    Loaded(String, Box<Setup>),
    /// Saved (or nothing changed).
    Saved(Back, Box<SetupEdited>),
}

/// `e` on Results: the form over the open assessment's setup.
pub fn open_from_results(app: &mut App) {
    let Some(session) = &app.session else {
        return;
    };
    let editing = Editing {
        id: session.assessment.id.clone(),
        back: Back::Results,
    };
    app.screen = Screen::Setup(SetupForm::editing(&session.assessment.setup(), editing));
}

/// Runs the editor's store work.
pub fn perform(
    store: &Store,
    effect: EditEffect,
    locks: &mut DraftLocks,
) -> Result<Option<Action>> {
    match effect {
        EditEffect::Load(id) => {
            let setup = store.load(&id)?.setup();
            Ok(Some(Action::SetupEdit(EditMsg::Loaded(
                id,
                Box::new(setup),
            ))))
        }
        EditEffect::Save(editing, setup) => {
            let edited = crate::app::edit_setup(store, &editing.id, |_| *setup, None, locks)?;
            Ok(Some(Action::SetupEdit(EditMsg::Saved(
                editing.back,
                Box::new(edited),
            ))))
        }
    }
}

/// Shows what the store work found.
pub fn on_message(app: &mut App, message: EditMsg) {
    match message {
        EditMsg::Loaded(id, setup) => {
            let editing = Editing {
                id,
                back: Back::History,
            };
            app.screen = Screen::Setup(SetupForm::editing(&setup, editing));
        }
        EditMsg::Saved(back, edited) => {
            let said = match edited.changed.as_slice() {
                [] => strings::setup_unchanged().to_string(),
                fields => {
                    let names: Vec<&str> = fields.iter().map(|f| f.shown_label()).collect();
                    tr!(
                        "tui-setup-saved",
                        saved = strings::setup_saved(),
                        fields = names.join(tr!("tui-list-separator"))
                    )
                }
            };
            if let Some(session) = app.session.as_mut()
                && session.assessment.id == edited.assessment.id
            {
                session.on_disk = edited.assessment.clone();
                session.assessment = edited.assessment;
            }
            leave(app, back);
            app.say(said, false);
        }
    }
}

/// Back where the editor was opened from.
pub fn leave(app: &mut App, back: Back) {
    match (back, &app.session) {
        (Back::Results, Some(session)) => {
            app.screen = Screen::Results(results::ResultsState::new(session));
        }
        _ => history::open(app),
    }
}

/// `o` on Results: asks to reopen the complete assessment shown.
pub fn reopen(app: &mut App) {
    if let (Screen::Results(_), Some(session)) = (&app.screen, &app.session) {
        match session.assessment.status {
            Status::Complete => app.effect(Effect::Reopen(session.assessment.id.clone())),
            Status::Draft => app.say(strings::not_complete_to_reopen(), false),
        }
    }
}

/// `e` or `o` on an assessment listed in History.
pub fn on_listed(action: &Action, row: Option<Row>) -> Outcome {
    let Some(row) = row else {
        return Outcome::Nothing;
    };
    match action {
        Action::EditSetup => Outcome::Effect(Effect::SetupEdit(EditEffect::Load(row.id))),
        Action::Reopen if row.status == Status::Complete => Outcome::Effect(Effect::Reopen(row.id)),
        Action::Reopen => Outcome::Say(strings::not_complete_to_reopen().into(), false),
        _ => Outcome::Nothing,
    }
}
