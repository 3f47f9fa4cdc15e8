//! The Review step a new check-in opens with when its organization has an open plan: for
//! each priority, done, in progress or dropped, and a note. Each change is recorded in the
//! draft through [`crate::app::plan::review_into`] and saved at once, like an answer;
//! Esc reviews later (the plan stays open, and resuming the draft offers the step again).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::plan::{OpenPlan, review_into};
use crate::assessment::now;
use crate::limits;
use crate::plan::Status;
use crate::strings;
use crate::text::{sanitize, wrap};
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::outcome::Outcome;
use crate::tui::session::{Session, Step};
use crate::tui::widgets::chrome;
use crate::tui::widgets::form_field::{self, FieldValue, Form, FormRow, TextField};

/// The Review step's state.
#[derive(Debug, Clone)]
pub struct PlanReviewStep {
    /// The plan reviewed.
    pub open: OpenPlan,
    /// Index of the priority selected.
    pub selected: usize,
    /// The note of the selected priority, while it is typed.
    pub note: Option<TextField>,
    /// Where the wizard goes on to.
    pub then: Step,
}

impl PlanReviewStep {
    /// The step for `open`, going on to `then`.
    pub fn new(open: OpenPlan, then: Step) -> Self {
        Self {
            open,
            selected: 0,
            note: None,
            then,
        }
    }

    /// Whether a note is being typed.
    pub fn typing(&self) -> bool {
        self.note.is_some()
    }

    /// The Review step's part of `update`: changes are made in `session`'s draft.
    pub fn update(&mut self, session: &mut Session, action: &Action) -> Outcome {
        let Some(facet) = self
            .open
            .priorities
            .get(self.selected)
            .map(|p| p.facet.clone())
        else {
            return Outcome::Go(self.then);
        };
        let current = self
            .open
            .review_of(&session.assessment, &facet)
            .map(|r| (r.status, r.note.clone()));
        if let Some(field) = &mut self.note {
            return match action {
                Action::Type(key) => match field.input(*key) {
                    Some(problem) => Outcome::Say(problem, true),
                    None => Outcome::Nothing,
                },
                Action::FinishTyping => {
                    let text = field.text();
                    self.note = None;
                    match current {
                        Some((status, _)) => self.record(session, &facet, status, &text),
                        None => Outcome::Nothing,
                    }
                }
                _ => Outcome::Nothing,
            };
        }
        let last = self.open.priorities.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Back | Action::Forward => {
                let forward = *action == Action::Forward;
                let status = next_status(current.as_ref().map(|(s, _)| *s), forward);
                let note = current.map(|(_, n)| n).unwrap_or_default();
                return self.record(session, &facet, status, &note);
            }
            Action::EditNote => match current {
                Some((_, note)) => self.note = Some(TextField::new(&note, limits::NOTE)),
                None => return Outcome::Say(strings::plan_review_status_first().into(), false),
            },
            Action::Confirm | Action::Leave => {
                let said = if self.open.reviewed_by(&session.assessment) {
                    strings::plan_review_done()
                } else {
                    strings::plan_review_later()
                };
                return Outcome::All(vec![
                    Outcome::Go(self.then),
                    Outcome::Say(said.into(), false),
                ]);
            }
            Action::ToggleHelp => return Outcome::Help,
            _ => {}
        }
        Outcome::Nothing
    }

    /// Records a review of `facet` in the draft and saves it.
    fn record(&self, session: &mut Session, facet: &str, status: Status, note: &str) -> Outcome {
        match review_into(
            &self.open,
            &mut session.assessment,
            facet,
            status,
            note,
            now(),
        ) {
            Ok(()) => Outcome::Effect(Effect::Save),
            Err(e) => Outcome::Say(crate::error::message(&e), true),
        }
    }
}

/// The status after `current` one step either way; unreviewed starts at either end.
fn next_status(current: Option<Status>, forward: bool) -> Status {
    let all = Status::ALL;
    let at = current.and_then(|s| all.iter().position(|a| *a == s));
    let next = match (at, forward) {
        (None, true) => 0,
        (None, false) => all.len() - 1,
        (Some(i), true) => (i + 1) % all.len(),
        (Some(i), false) => (i + all.len() - 1) % all.len(),
    };
    all[next]
}

/// Draws the Review step.
pub fn render(app: &App, session: &Session, step: &PlanReviewStep, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = chrome::screen_block(
        theme,
        format!(
            "{} · {}",
            strings::plan_review_title(),
            sanitize(&session.assessment.organization.name, false)
        ),
        Some(tr!(
            "tui-plan-review-plan-of",
            date = step.open.date.format("%Y-%m-%d").to_string()
        )),
    );
    let inner = chrome::framed(frame, block, area);
    let hint_rows = wrap(strings::plan_review_hint(), usize::from(inner.width))
        .len()
        // Four rows at most in English; a longer language may need more.
        .min(6) as u16;
    let note_rows = if step.note.is_some() { 2 } else { 0 };
    let [hint, _, list, note] = Layout::vertical([
        Constraint::Length(hint_rows),
        Constraint::Length(1),
        Constraint::Min(2),
        Constraint::Length(note_rows),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(strings::plan_review_hint())
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        hint,
    );
    let (lines, selected_at) = priority_lines(app, session, step, list.width);
    // The selected priority stays in view; a marker says what lies below.
    let height = usize::from(list.height);
    let room = height.saturating_sub(1).max(1);
    let offset = (selected_at.1 + 1).saturating_sub(room).min(selected_at.0);
    let below = lines.len().saturating_sub(offset + room);
    let mut shown: Vec<Line<'static>> = lines.into_iter().skip(offset).take(room).collect();
    if below > 0 || offset > 0 {
        shown.push(Line::styled(
            tr!("tui-plan-review-more", above = offset, below = below),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(shown), list);
    if let Some(field) = &step.note {
        form_note(app, field, frame, note);
    }
}

/// Every priority's lines, and the first and last line of the selected one.
fn priority_lines(
    app: &App,
    session: &Session,
    step: &PlanReviewStep,
    width: u16,
) -> (Vec<Line<'static>>, (usize, usize)) {
    let theme = &app.theme;
    let width = usize::from(width);
    let mut out = Vec::new();
    let mut selected_at = (0, 0);
    for (n, priority) in step.open.priorities.iter().enumerate() {
        let selected = n == step.selected;
        let start = out.len();
        let review = step.open.review_of(&session.assessment, &priority.facet);
        let status = review.map_or(tr!("tui-plan-review-not-yet"), |r| r.status.label());
        let marker = if selected { "›" } else { " " };
        let style = if selected { theme.chosen } else { theme.text };
        out.push(Line::from(vec![
            Span::styled(
                format!("{marker} {}. {}  ", n + 1, sanitize(&priority.title, false)),
                style,
            ),
            Span::styled(format!("◂ {status} ▸"), theme.key),
        ]));
        let mut planned = Vec::new();
        if !priority.owner.is_empty() {
            planned.push(tr!(
                "tui-plan-review-owner",
                owner = sanitize(&priority.owner, false)
            ));
        }
        if let Some(due) = priority.due {
            planned.push(tr!(
                "tui-plan-review-due",
                date = due.format("%Y-%m-%d").to_string()
            ));
        }
        if !priority.note.is_empty() {
            planned.push(sanitize(&priority.note, false));
        }
        let details = [
            planned.join("; "),
            review
                .filter(|r| !r.note.is_empty())
                .map_or(String::new(), |r| {
                    tr!("tui-plan-review-note", note = sanitize(&r.note, false))
                }),
        ];
        for detail in details.iter().filter(|d| !d.is_empty()) {
            for piece in wrap(detail, width.saturating_sub(5)) {
                out.push(Line::styled(format!("     {piece}"), theme.muted));
            }
        }
        if selected {
            selected_at = (start, out.len() - 1);
        }
    }
    (out, selected_at)
}

/// The note being typed, under the list, drawn as a one-field form.
fn form_note(app: &App, field: &TextField, frame: &mut Frame, area: Rect) {
    let shown = Form {
        hint: "",
        hint_rows: 0,
        gap: 0,
        label_width: 8,
        rows: vec![FormRow {
            label: strings::note_label(),
            focused: true,
            value: FieldValue::Text(field, tr!("tui-plan-review-note-placeholder")),
        }],
        error: None,
        note: None,
    };
    form_field::render(&app.theme, shown, frame, area);
}
