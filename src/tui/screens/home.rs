//! Home: start, resume, open a recent assessment, or quit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use crate::assessment::{Assessment, Mode, Status};
use crate::store::Listing;
use crate::text::sanitize;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::strings;
use crate::tui::widgets::chrome;

/// A stored assessment as Home lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Assessment id.
    pub id: String,
    /// Organization name.
    pub organization: String,
    /// Respondent name.
    pub respondent: String,
    /// Round label.
    pub round: Option<String>,
    /// Day it was started, `YYYY-MM-DD`.
    pub started: String,
    /// Draft or complete.
    pub status: Status,
    /// Overall score of a complete assessment.
    pub overall: Option<f64>,
    /// Its band.
    pub band: Option<String>,
    /// Responses given so far.
    pub answered: usize,
    /// Self-assessment or interview.
    pub mode: Mode,
}

impl Row {
    /// The row for an assessment.
    pub fn from_assessment(a: &Assessment) -> Self {
        let overall = a.scores.as_ref().map(|s| &s.overall);
        Self {
            id: a.id.clone(),
            organization: sanitize(&a.organization.name, false),
            respondent: sanitize(&a.respondent.name, false),
            round: a.round.as_deref().map(|r| sanitize(r, false)),
            started: a.started_at.format("%Y-%m-%d").to_string(),
            status: a.status,
            overall: overall.and_then(|o| o.value),
            band: overall.and_then(|o| o.band.clone()),
            answered: a.answers.iter().filter(|x| x.response.is_some()).count(),
            mode: a.mode,
        }
    }
}

/// What Home shows of the store.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HomeData {
    /// Assessments, newest first.
    pub rows: Vec<Row>,
    /// Files that could not be read, as `path: message`.
    pub skipped: Vec<String>,
}

impl HomeData {
    /// Home's view of a store listing.
    pub fn from_listing(listing: &Listing) -> Self {
        Self {
            rows: listing
                .assessments
                .iter()
                .map(Row::from_assessment)
                .collect(),
            skipped: listing
                .problems
                .iter()
                .map(|p| format!("{}: {}", p.path.display(), p.message))
                .collect(),
        }
    }
}

/// Home's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HomeState {
    /// What the store holds.
    pub data: HomeData,
    /// The selected entry (menu entries first, then assessments).
    pub selected: usize,
}

/// A selectable entry of Home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    New,
    Resume,
    Quit,
    Assessment(usize),
}

impl HomeState {
    /// Replaces the listing, keeping the selection in range.
    pub fn set_rows(&mut self, data: HomeData) {
        self.data = data;
        self.selected = self.selected.min(self.entries().len().saturating_sub(1));
    }

    /// The newest draft, if any.
    pub fn latest_draft(&self) -> Option<&Row> {
        self.data.rows.iter().find(|r| r.status == Status::Draft)
    }

    fn entries(&self) -> Vec<Entry> {
        let mut entries = vec![Entry::New];
        if self.latest_draft().is_some() {
            entries.push(Entry::Resume);
        }
        entries.push(Entry::Quit);
        entries.extend((0..self.data.rows.len()).map(Entry::Assessment));
        entries
    }
}

/// Home's part of `update`.
pub fn update(app: &mut App, action: Action) {
    let entries = app.home.entries();
    let last = entries.len().saturating_sub(1);
    match action {
        Action::Up => app.home.selected = app.home.selected.saturating_sub(1),
        Action::Down => app.home.selected = (app.home.selected + 1).min(last),
        Action::PageUp => app.home.selected = app.home.selected.saturating_sub(10),
        Action::PageDown => app.home.selected = (app.home.selected + 10).min(last),
        Action::New => app.start_setup(&Default::default(), None),
        Action::ResumeLatest => resume_latest(app),
        Action::Leave => app.running = false,
        Action::ToggleHelp => app.overlay = Some(crate::tui::app::Overlay::Help),
        Action::Confirm => match entries.get(app.home.selected) {
            Some(Entry::New) => app.start_setup(&Default::default(), None),
            Some(Entry::Resume) => resume_latest(app),
            Some(Entry::Quit) => app.running = false,
            Some(Entry::Assessment(i)) => {
                let id = app.home.data.rows[*i].id.clone();
                app.effect(Effect::Open(id));
            }
            None => {}
        },
        _ => {}
    }
}

fn resume_latest(app: &mut App) {
    match app.home.latest_draft() {
        Some(row) => {
            let id = row.id.clone();
            app.effect(Effect::Open(id));
        }
        None => app.say(strings::NO_DRAFT, false),
    }
}

/// Draws Home.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = chrome::screen_block(theme, strings::HOME_TITLE, None);
    let inner = chrome::framed(frame, block, area);
    let [intro, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(inner);
    frame.render_widget(
        Paragraph::new(strings::HOME_INTRO)
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        intro,
    );
    let mut items = Vec::new();
    for entry in app.home.entries() {
        let item = match entry {
            Entry::New => ListItem::new(format!("+ {}", strings::MENU_NEW)),
            Entry::Resume => {
                let draft = app.home.latest_draft().map_or(String::new(), |r| {
                    format!(" ({}, {} answered)", r.organization, r.answered)
                });
                ListItem::new(format!("↻ {}{draft}", strings::MENU_RESUME))
            }
            Entry::Quit => ListItem::new(format!("× {}", strings::MENU_QUIT)),
            Entry::Assessment(i) => {
                ListItem::new(assessment_line(app, &app.home.data.rows[i], list.width))
            }
        };
        if entry == Entry::Quit {
            items.push(item);
            items.push(ListItem::new(""));
            let heading = if app.home.data.rows.is_empty() {
                strings::NO_ASSESSMENTS
            } else {
                strings::RECENT
            };
            items.push(ListItem::new(Line::from(Span::styled(
                heading,
                theme.title,
            ))));
            continue;
        }
        items.push(item);
    }
    if !app.home.data.skipped.is_empty() {
        items.push(ListItem::new(Line::from(Span::styled(
            format!(
                "{} file(s) could not be read and were skipped",
                app.home.data.skipped.len()
            ),
            theme.warning,
        ))));
    }
    let selected = visual_index(app);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(theme.cursor)
            .highlight_symbol("› "),
        list,
        &mut state,
    );
}

/// Index of the selected entry among the drawn rows (which include the heading rows).
fn visual_index(app: &App) -> usize {
    let entries = app.home.entries();
    let quit_at = entries.iter().position(|e| *e == Entry::Quit).unwrap_or(0);
    let selected = app.home.selected;
    if selected > quit_at {
        selected + 2
    } else {
        selected
    }
}

fn assessment_line(app: &App, row: &Row, width: u16) -> Line<'static> {
    let theme = &app.theme;
    let score = match (row.status, row.overall) {
        (Status::Complete, Some(value)) => {
            format!("{value:5.1} {}", row.band.clone().unwrap_or_default())
        }
        (Status::Complete, None) => strings::NOT_ENOUGH.to_string(),
        (Status::Draft, _) => format!("draft, {} answered", row.answered),
    };
    let who = match &row.round {
        Some(round) => format!("{} · {round}", row.respondent),
        None => row.respondent.clone(),
    };
    let (org_width, who_width) = if width >= 110 { (32, 32) } else { (22, 18) };
    Line::from(vec![
        Span::styled(format!("{}  ", row.started), theme.muted),
        Span::styled(
            format!(
                "{:<org_width$} ",
                chrome::ellipsize(&row.organization, org_width)
            ),
            theme.text,
        ),
        Span::styled(
            format!("{:<who_width$} ", chrome::ellipsize(&who, who_width)),
            theme.muted,
        ),
        Span::styled(score, theme.text),
    ])
}
