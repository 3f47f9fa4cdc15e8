//! The full-screen wizard (The Elm Architecture: keys -> Action -> update -> render).
//!
//! `app` holds the state and `update`, `view` renders it, `keymap` turns keys into
//! actions; this module is the thin shell that runs effects against the store and
//! feeds terminal events in.

pub mod action;
pub mod app;
pub mod keymap;
pub mod screens;
pub mod session;
pub mod strings;
pub mod theme;
pub mod view;
pub mod widgets;

use color_eyre::eyre::{Result, WrapErr, eyre};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use self::action::{Action, Opened};
use self::app::{App, Effect};
use self::screens::home::HomeData;
use self::theme::Theme;
use crate::assessment::{Assessment, Setup, now};
use crate::questionnaire::{self, Loaded};
use crate::store::{self, Store};

pub use crate::wizard::Start;

/// A source of terminal events; `None` means there will be no more.
pub trait Events {
    /// Waits for the next event.
    fn next(&mut self) -> Result<Option<Event>>;
}

/// Events from the real terminal.
pub struct TerminalEvents;

impl Events for TerminalEvents {
    fn next(&mut self) -> Result<Option<Event>> {
        event::read()
            .map(Some)
            .wrap_err("could not read from the terminal")
    }
}

/// The questionnaires offered for new assessments: the built-ins, then the user's own.
pub fn catalog() -> Vec<Loaded> {
    let mut catalog = questionnaire::builtins();
    catalog.extend(store::user_questionnaires().0);
    catalog
}

/// The wizard's state for a start, before any event.
pub fn initial_app(start: Start, catalog: Vec<Loaded>, theme: Theme) -> App {
    let mut app = App::new(catalog, theme);
    match start {
        Start::Home => {}
        Start::New {
            setup,
            questionnaire,
        } => app.start_setup(&setup, Some(*questionnaire)),
        Start::Resume(id) => app.effect(Effect::Open(id)),
    }
    app
}

/// Runs the wizard until the user leaves; returns the exit status.
pub fn run(store: &Store, start: Start, theme: Option<&str>) -> Result<u8> {
    let _ = theme;
    let theme = Theme::from_no_color(std::env::var("NO_COLOR").ok().as_deref());
    let mut app = initial_app(start, catalog(), theme);
    let mut terminal = ratatui::try_init().wrap_err("could not prepare the terminal")?;
    let outcome = run_loop(&mut terminal, &mut app, store, &mut TerminalEvents);
    ratatui::restore();
    outcome.map(|()| 0)
}

/// The main loop, generic over the backend so tests drive it headless.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    store: &Store,
    events: &mut impl Events,
) -> Result<()>
where
    B::Error: Send + Sync + 'static,
{
    loop {
        perform_effects(app, store);
        if !app.running {
            return Ok(());
        }
        terminal
            .draw(|frame| view::render(app, frame))
            .map_err(|e| eyre!(e))
            .wrap_err("could not draw the screen")?;
        let Some(event) = events.next()? else {
            return Ok(());
        };
        if let Some(action) = translate(app, &event) {
            app.update(action);
        }
    }
}

/// The action a terminal event means right now, if any (key presses only; repeats and
/// releases are ignored so a key never counts twice).
pub fn translate(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::action_for(app.context(), *key)
        }
        Event::Resize(_, _) => Some(Action::Resize),
        _ => None,
    }
}

/// Runs every effect `update` asked for, feeding results back as actions.
pub fn perform_effects(app: &mut App, store: &Store) {
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return;
        }
        for effect in effects {
            if let Some(action) = perform(app, store, effect) {
                app.update(action);
            }
        }
    }
}

fn perform(app: &App, store: &Store, effect: Effect) -> Option<Action> {
    let outcome = match effect {
        Effect::Save => match &app.session {
            Some(session) => store
                .save(&session.assessment)
                .map(|()| None)
                .map_err(|e| eyre!("{}: {e:#}", strings::SAVE_FAILED)),
            None => Ok(None),
        },
        Effect::Create(setup, questionnaire) => create(store, setup, *questionnaire).map(Some),
        Effect::Open(id) => open(store, &id).map(Some),
        Effect::Refresh => Ok(Some(Action::Listed(HomeData::from_listing(&store.list())))),
        Effect::Map(effect) => screens::map::perform(store, effect),
    };
    outcome.unwrap_or_else(|e| Some(Action::Failed(format!("{e:#}"))))
}

fn create(store: &Store, setup: Setup, questionnaire: Loaded) -> Result<Action> {
    let at = now();
    let id = store.new_id(&at);
    let assessment = Assessment::start(
        id,
        setup,
        &questionnaire.questionnaire,
        &questionnaire.digest,
        at,
    );
    store.keep_questionnaire(&questionnaire.questionnaire, &questionnaire.text)?;
    store.save(&assessment)?;
    Ok(Action::Opened(Box::new(Opened {
        assessment,
        questionnaire,
    })))
}

fn open(store: &Store, id: &str) -> Result<Action> {
    let assessment = store.load(id)?;
    let questionnaire = store.questionnaire_for(&assessment.questionnaire)?;
    Ok(Action::Opened(Box::new(Opened {
        assessment,
        questionnaire,
    })))
}
