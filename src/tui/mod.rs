//! The full-screen wizard (The Elm Architecture: keys -> Action -> update -> render).
//!
//! `app` holds the state and `update`, `view` renders it, `keymap` turns keys into
//! actions; this module is the thin shell that runs effects against the store and
//! feeds terminal events in.

pub mod action;
pub mod app;
pub mod keymap;
pub mod outcome;
pub mod overlays;
pub mod saving;
pub mod screens;
pub mod session;
mod underneath_shell;

mod terminal;
pub mod theme;
pub mod view;
pub mod widgets;

use color_eyre::eyre::{Result, WrapErr, eyre};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use self::action::Action;
use self::app::{App, Effect, Screen};
use self::saving::SaveProblem;
use self::theme::Theme;
use crate::app::DraftLocks;
use crate::app::underneath;
use crate::questionnaire::Loaded;
use crate::store::{self, ProgressSink, SaveConflict, Store};
use crate::tr;

pub use self::terminal::{Signals, TerminalEvents};
pub use crate::app::Start;

/// A source of terminal events; `None` means there will be no more.
pub trait Events {
    /// Waits for the next event.
    fn next(&mut self) -> Result<Option<Event>>;

    /// Waits for the next event, or until `every` has passed without one (then
    /// [`Input::Tick`]). Sources that never wait (scripted tests) never tick.
    fn next_or_tick(&mut self, every: std::time::Duration) -> Result<Option<Input>> {
        let _ = every;
        Ok(self.next()?.map(Input::Event))
    }
}

/// What the main loop gets from its [`Events`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A terminal event.
    Event(Event),
    /// Time passed without one.
    Tick,
}

/// How long without a key before the wizard looks whether files changed underneath Home
/// or History (a sync client, a pull): one cheap look at the folder each time.
const TICK: std::time::Duration = std::time::Duration::from_secs(1);

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

/// Runs the wizard until the user leaves; returns the exit status (128 + the signal's
/// number when a signal ended it). Leaving while a save fails (after one last try) is an
/// error that says what could not be saved, printed once the terminal is restored.
///
/// The terminal is restored on every way out: leaving, Ctrl-C, a signal (SIGTERM, SIGHUP,
/// SIGINT: the draft is saved first), an error, and a panic (ratatui's panic hook).
pub fn run(store: &Store, start: Start, theme: Option<theme::ThemeName>) -> Result<u8> {
    let theme = theme::choose(theme);
    let mut locks = DraftLocks::enabled();
    if let Start::Resume(id) = &start {
        // Refused before the screen changes, so the message stays readable in the shell.
        locks.acquire(store, id)?;
    }
    // Parsing the questionnaires costs time and memory the home screen does not use: a
    // wizard that starts there loads them when it first opens the Setup screen.
    let offered = match &start {
        Start::Home => Vec::new(),
        _ => store::questionnaire_catalog(),
    };
    let mut app = initial_app(start, offered, theme);
    app.home.me = store::config::configured_advisor().map(str::to_string);
    let signals = Signals::install()?;
    let mut events = TerminalEvents::new(signals.clone());
    let mut terminal = terminal::open().wrap_err_with(|| tr!("tui-error-prepare-terminal"))?;
    let mut outcome = run_loop_locked(&mut terminal, &mut app, store, &mut events, &mut locks);
    if app.running {
        // The events ended (a signal, or the terminal went away) or the loop failed:
        // leave as Ctrl-C does, saving the draft.
        app.update(Action::Quit);
        perform_all(&mut app, store, &mut locks, &mut |_, _| {});
        // What could not be saved matters more to the user than how the loop ended.
        if let Err(unsaved) = left_unsaved(&app) {
            outcome = Err(unsaved);
        }
    }
    // The cursor is shown here, where a failure can be ignored, and ratatui's drop is
    // skipped: on a terminal that is gone (a closed window) it would report the same
    // failure on that terminal, and the failed report would abort the program.
    let _ = terminal.show_cursor();
    std::mem::forget(terminal);
    terminal::close();
    outcome.map(|()| signals.exit_status())
}

/// The main loop, generic over the backend so tests drive it headless (without draft
/// locks: those are the real wizard's, see [`run`]).
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    store: &Store,
    events: &mut impl Events,
) -> Result<()>
where
    B::Error: Send + Sync + 'static,
{
    run_loop_locked(terminal, app, store, events, &mut DraftLocks::disabled())
}

fn run_loop_locked<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    store: &Store,
    events: &mut impl Events,
    locks: &mut DraftLocks,
) -> Result<()>
where
    B::Error: Send + Sync + 'static,
{
    // The viewport's size, known since the terminal was opened: asking the terminal
    // again would cost a round of system calls before the first frame.
    let size = terminal.get_frame().area();
    app.update(Action::Resize(size.width, size.height));
    loop {
        // A long rebuild of the index (Home's listing, cold) is drawn as it goes.
        let theme = app.theme;
        perform_all(app, store, locks, &mut |done, total| {
            // A failed drawing only loses one step of the progress.
            let _ = terminal.draw(|frame| {
                widgets::loading::render_rebuild(frame, &theme, done, total);
            });
        });
        if !app.running {
            return left_unsaved(app);
        }
        terminal
            .draw(|frame| view::render(app, frame))
            .map_err(|e| eyre!(e))
            .wrap_err_with(|| tr!("tui-error-draw"))?;
        let event = match events.next_or_tick(TICK)? {
            None => return Ok(()),
            Some(Input::Tick) => {
                app.update(Action::Tick);
                continue;
            }
            Some(Input::Event(event)) => event,
        };
        if let Event::Resize(width, height) = event {
            // The real terminal's viewport is fixed (see `terminal::open`): it follows
            // the resize events instead of asking the terminal its size every frame.
            terminal
                .resize(Rect::new(0, 0, width, height))
                .map_err(|e| eyre!(e))
                .wrap_err_with(|| tr!("tui-error-resize"))?;
        }
        if let Some(action) = translate(app, &event) {
            app.update(action);
        }
    }
}

/// The user left while a save was failing (its last try failed too): what could not
/// be saved, as the error the program ends with.
fn left_unsaved(app: &App) -> Result<()> {
    match saving::unsaved_report(app).or_else(|| app.kept_on_leaving.clone()) {
        Some(report) => Err(eyre!(report)),
        None => Ok(()),
    }
}

/// The action a terminal event means right now, if any (key presses only; repeats and
/// releases are ignored so a key never counts twice).
pub fn translate(app: &App, event: &Event) -> Option<Action> {
    let context = app.context();
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => keymap::action_for(context, *key),
        Event::Resize(width, height) => Some(Action::Resize(*width, *height)),
        // Nothing is drawn to click or scroll.
        Event::Mouse(_) if context == keymap::Context::TooSmall => None,
        // A click is "the next action" that tries the save again; scrolling is not.
        Event::Mouse(mouse) if context == keymap::Context::SaveFailed => {
            matches!(mouse.kind, MouseEventKind::Down(MouseButton::Left)).then_some(Action::Retry)
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::Up),
            MouseEventKind::ScrollDown => Some(Action::Down),
            _ => None,
        },
        _ => None,
    }
}

/// Runs every effect `update` asked for, feeding results back as actions (without draft
/// locks, as [`run_loop`]).
pub fn perform_effects(app: &mut App, store: &Store) {
    perform_all(app, store, &mut DraftLocks::disabled(), &mut |_, _| {});
}

/// [`perform_effects`] with `locks` kept from one call to the next, so that what the
/// window read or wrote is remembered and a file changed underneath it is noticed (tests
/// of that pass [`DraftLocks::disabled`], which remembers without locking).
pub fn perform_effects_with(app: &mut App, store: &Store, locks: &mut DraftLocks) {
    perform_all(app, store, locks, &mut |_, _| {});
}

fn perform_all(app: &mut App, store: &Store, locks: &mut DraftLocks, progress: ProgressSink<'_>) {
    if matches!(app.screen, Screen::Setup(_)) && app.catalog.is_empty() {
        app.catalog = store::questionnaire_catalog();
        // The form opened before the questionnaires were loaded, so it could not yet
        // offer the languages they are available in.
        let offered = app
            .catalog
            .iter()
            .map(crate::app::offered_languages)
            .collect();
        if let Screen::Setup(form) = &mut app.screen {
            form.language = screens::setup::LanguageChoice::new(offered, None);
        }
    }
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            break;
        }
        for effect in effects {
            // A save is run again on retry, so it is kept until it has succeeded.
            let save = retry_of(app, &effect, locks);
            match perform(app, store, effect, locks, progress) {
                Ok(action) => {
                    if let Some(action) = action {
                        app.update(action);
                    }
                    if let Some(save) = save {
                        app.update(Action::Saved(Box::new(save)));
                    }
                }
                Err(e) if e.downcast_ref::<SaveConflict>().is_some() => {
                    if let Ok(conflict) = e.downcast::<SaveConflict>() {
                        underneath_shell::found_underneath(app, (store, locks), &conflict, save);
                    }
                }
                Err(e) => app.update(match save {
                    Some(retry) => Action::SaveFailed(Box::new(SaveProblem {
                        retry,
                        message: crate::error::message(&e),
                    })),
                    None => Action::Failed(crate::error::message(&e)),
                }),
            }
        }
    }
    locks.keep_only(editing(app));
}

/// The draft the user is still on (its questions, review or results), whose lock is kept.
fn editing(app: &App) -> Option<&str> {
    let on_it = matches!(
        app.screen,
        Screen::Wizard(_) | Screen::Results(_) | Screen::PlanReview(_)
    );
    app.session
        .as_ref()
        .filter(|_| on_it)
        .map(|s| s.assessment.id.as_str())
}

/// The save to run again if `effect` fails, if it is one: a save of the open assessment
/// counts only when this window may write it (otherwise it is skipped, not failed).
fn retry_of(app: &App, effect: &Effect, locks: &DraftLocks) -> Option<Effect> {
    match effect {
        Effect::Save => app
            .session
            .as_ref()
            .filter(|s| locks.may_save(&s.assessment.id))
            .map(|_| Effect::Save),
        other => other.is_save().then(|| other.clone()),
    }
}

fn perform(
    app: &App,
    store: &Store,
    effect: Effect,
    locks: &mut DraftLocks,
    progress: ProgressSink<'_>,
) -> Result<Option<Action>> {
    let opened = |opened| Action::Opened(Box::new(opened));
    match effect {
        Effect::Save => match &app.session {
            Some(session) => locks.save(store, &session.assessment).map(|()| None),
            None => Ok(None),
        },
        Effect::Create(setup, questionnaire) => {
            crate::app::create(store, setup, *questionnaire, locks).map(|o| Some(opened(o)))
        }
        Effect::Open(id) => crate::app::open(store, &id, locks).map(|o| Some(opened(o))),
        Effect::Reopen(id) => crate::app::reopen(store, &id, None, locks).map(|o| Some(opened(o))),
        Effect::Refresh => Ok(Some(underneath_shell::listed(store, progress))),
        Effect::RefreshIfChanged(known) => {
            let now = store.folder_stamp();
            Ok((now != known && now.or(known).is_some())
                .then(|| underneath_shell::listed(store, progress)))
        }
        Effect::Resolve(choice) => match &app.session {
            Some(session) => {
                let mine = &session.assessment;
                let resolved = underneath::resolve(store, locks, mine, session.q(), choice)?;
                Ok(Some(Action::Resolved(Box::new((choice, resolved)))))
            }
            None => Ok(None),
        },
        Effect::Map(effect) => screens::map::perform(store, effect),
        Effect::History(effect) => screens::history::perform(store, effect),
        Effect::SetupEdit(effect) => screens::amend::perform(store, effect, locks),
        Effect::Plans => Ok(match &app.session {
            Some(session) => Some(Action::Plans(Box::new(crate::app::plan::around_check_in(
                store,
                &session.assessment,
                session.q(),
            )?))),
            None => None,
        }),
        Effect::PlanChange(id, change) => {
            let saved = crate::app::plan::change_in(store, &id, &change)?;
            // This window wrote it: its next save of the open assessment checks against
            // what it holds now, not what it held before the change.
            if locks.known_version(&saved.id).is_some() {
                locks.remember(&saved.id, store.version_of(&saved.id)?);
            }
            // The Plan screen shows the open assessment: its questionnaire is the session's.
            let Some(session) = &app.session else {
                return Ok(None);
            };
            let plans = crate::app::plan::around_check_in(store, &saved, session.q())?;
            Ok(Some(Action::PlanSaved(Box::new((saved, plans)))))
        }
        Effect::MapNotes(organization, moment) => Ok(Some(Action::MapNotes(Box::new(
            crate::app::map_notes(store, &organization, moment.as_ref()),
        )))),
        Effect::Peers => Ok(app.session.as_ref().map(|session| {
            let scores = session.assessment.current_scores(session.q());
            let standing = crate::app::peers::standing(store, &session.assessment, &scores);
            Action::Peers(Box::new(standing.standing))
        })),
        Effect::Evidence => {
            let Some((gathered, loaded)) =
                // A wizard started on Home loads the questionnaires only when first needed.
                crate::app::evidence::gather_busiest(store, &questionnaires_of(app))?
            else {
                return Ok(Some(Action::Failed(
                    crate::strings::evidence_no_questionnaire().to_string(),
                )));
            };
            Ok(Some(Action::Evidence(Box::new(
                screens::evidence_view::EvidenceView::new(gathered.document, Box::new(loaded)),
            ))))
        }
        Effect::Export(subject) => {
            let path = crate::app::write_report(store, &subject)?;
            // The data directory's path is the user's, and may hold anything a file name can.
            let path = crate::text::sanitize(&path.display().to_string(), false);
            Ok(Some(Action::Notice(tr!(
                "tui-said-with-id",
                said = crate::strings::report_written(),
                id = path
            ))))
        }
    }
}

/// The questionnaires the wizard offers: its catalog, or (not loaded yet, as when it
/// started on Home) the store's.
fn questionnaires_of(app: &App) -> Vec<crate::questionnaire::Loaded> {
    if app.catalog.is_empty() {
        store::questionnaire_catalog()
    } else {
        app.catalog.clone()
    }
}
