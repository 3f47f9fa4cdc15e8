//! Home: start, resume, open a recent assessment, or quit.

mod view;

pub use view::render;

use ratatui::layout::Rect;

use self::view::entry_at;
use crate::assessment::{Assessment, Mode, Setup, Status, Timestamp};
use crate::i18n;
use crate::store::Summaries;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::Effect;
use crate::tui::outcome::Outcome;

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
    /// The organization's sector.
    pub sector: String,
    /// The advisor of an interview.
    pub advisor: Option<String>,
    /// When it was last saved.
    pub updated_at: Timestamp,
}

impl Row {
    /// What lists show of the row's standing: its overall score and band, why there is
    /// none, or how far a draft is.
    pub fn standing(&self) -> String {
        match (self.status, self.overall) {
            (Status::Complete, Some(value)) => {
                let value = i18n::decimal(value, 1);
                format!("{value:>5} {}", self.band.clone().unwrap_or_default())
            }
            (Status::Complete, None) => strings::not_enough().to_string(),
            (Status::Draft, _) => tr!("tui-home-draft-answered", answered = self.answered),
        }
    }

    /// The row for an assessment.
    pub fn from_assessment(a: &Assessment) -> Self {
        let overall = a.scores.as_ref().map(|s| &s.overall);
        Self {
            id: a.id.clone(),
            organization: sanitize(&a.organization.name, false),
            respondent: sanitize(&a.respondent.name, false),
            round: a.round.as_deref().map(|r| sanitize(r, false)),
            // The day as written (`YYYY-MM-DD`), without parsing a format string per row.
            started: a.started_at.date_naive().to_string(),
            status: a.status,
            overall: overall.and_then(|o| o.value),
            band: overall.and_then(|o| o.band.clone()),
            answered: a.answers.iter().filter(|x| x.response.is_some()).count(),
            mode: a.mode,
            sector: sanitize(&a.organization.sector, false),
            advisor: a.advisor.as_deref().map(|x| sanitize(x, false)),
            updated_at: a.updated_at,
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
    /// How many of them are versions of an assessment in conflict (from another machine).
    pub conflicts: usize,
    /// Why the assessments could not be listed at all (shown instead of "No assessments
    /// yet", which would not be true).
    pub unavailable: Option<String>,
    /// The state of the folder of assessments when they were listed (none: unknown), so
    /// a tick can tell whether files arrived or left since.
    pub folder: Option<crate::store::FolderStamp>,
}

impl HomeData {
    /// Home's view of the store's summaries (served from its index, so thousands of
    /// assessments list quickly), each band named by `band_label` (the assessment, the
    /// band as stored).
    pub fn from_summaries(
        listing: &Summaries,
        mut band_label: impl FnMut(&Assessment, &str) -> String,
    ) -> Self {
        Self {
            unavailable: listing
                .unreadable
                .as_ref()
                .map(|e| sanitize(&e.to_string(), false)),
            rows: listing
                .summaries
                .iter()
                .map(|summary| {
                    // A summary's assessment carries no answers or scores: the count and
                    // the overall score are kept aside (shown, as before, for complete ones).
                    let complete = summary.assessment.status == Status::Complete;
                    let overall = summary.overall().ok().filter(|_| complete);
                    Row {
                        answered: summary.responses,
                        overall: overall.and_then(|o| o.value),
                        band: overall
                            .and_then(|o| o.band.as_deref())
                            .map(|band| band_label(&summary.assessment, band)),
                        ..Row::from_assessment(&summary.assessment)
                    }
                })
                .collect(),
            skipped: listing
                .problems
                .iter()
                .map(|p| format!("{}: {}", p.path.display(), p.message))
                .collect(),
            conflicts: crate::store::conflict_count(&listing.problems),
            folder: None,
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
    /// The advisor of the user's settings: new assessments start with it, and resuming
    /// prefers its drafts.
    pub me: Option<String>,
}

/// A selectable entry of Home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    New,
    Resume,
    Map,
    History,
    Evidence,
    Quit,
    Assessment(usize),
}

impl HomeState {
    /// Replaces the listing, keeping the selection in range.
    pub fn set_rows(&mut self, data: HomeData) {
        self.data = data;
        self.selected = self.selected.min(self.entries().len().saturating_sub(1));
    }

    /// The draft resuming continues, as `ecoready resume` chooses it: the configured
    /// advisor's saved last, else anyone's saved last.
    pub fn draft_to_resume(&self) -> Option<&Row> {
        let drafts = self
            .data
            .rows
            .iter()
            .filter(|r| r.status == Status::Draft)
            .map(|r| (r, r.advisor.as_deref(), r.updated_at));
        crate::store::draft_to_resume(drafts, self.me.as_deref())
    }

    /// What a new assessment starts with: the configured advisor, interviewing.
    fn new_setup(&self) -> Box<Setup> {
        Box::new(crate::app::new_setup(self.me.as_deref()))
    }

    fn entries(&self) -> Vec<Entry> {
        let mut entries = vec![Entry::New];
        if self.draft_to_resume().is_some() {
            entries.push(Entry::Resume);
        }
        entries.push(Entry::Map);
        if !self.data.rows.is_empty() {
            entries.push(Entry::History);
            entries.push(Entry::Evidence);
        }
        entries.push(Entry::Quit);
        entries.extend((0..self.data.rows.len()).map(Entry::Assessment));
        entries
    }
}

impl HomeState {
    /// Home's part of `update`; `body` is where the screen is drawn, for clicks.
    pub fn update(&mut self, action: &Action, body: Option<Rect>) -> Outcome {
        let entries = self.entries();
        let last = entries.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::PageDown => self.selected = (self.selected + 10).min(last),
            Action::First => self.selected = 0,
            Action::Last => self.selected = last,
            Action::New => return Outcome::Setup(self.new_setup()),
            Action::ResumeLatest => return self.resume_latest(),
            Action::OpenHistory => return Outcome::History,
            Action::OpenMap => return Outcome::Map(None),
            Action::OpenEvidence => return Outcome::Effect(Effect::Evidence),
            Action::Leave => return Outcome::Quit,
            Action::ToggleHelp => return Outcome::Help,
            Action::Click { column, row } => {
                let clicked = body.and_then(|body| entry_at(self, body, *column, *row));
                if let Some(entry) = clicked {
                    self.selected = entry;
                    return self.update(&Action::Confirm, body);
                }
            }
            Action::Confirm => {
                return match entries.get(self.selected) {
                    Some(Entry::New) => Outcome::Setup(self.new_setup()),
                    Some(Entry::Resume) => self.resume_latest(),
                    Some(Entry::Map) => Outcome::Map(None),
                    Some(Entry::History) => Outcome::History,
                    Some(Entry::Evidence) => Outcome::Effect(Effect::Evidence),
                    Some(Entry::Quit) => Outcome::Quit,
                    Some(Entry::Assessment(i)) => {
                        Outcome::Effect(Effect::Open(self.data.rows[*i].id.clone()))
                    }
                    None => Outcome::Nothing,
                };
            }
            _ => {}
        }
        Outcome::Nothing
    }

    fn resume_latest(&self) -> Outcome {
        match self.draft_to_resume() {
            Some(row) => Outcome::Effect(Effect::Open(row.id.clone())),
            None => Outcome::Say(strings::no_draft().into(), false),
        }
    }
}
