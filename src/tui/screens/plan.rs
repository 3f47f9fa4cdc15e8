//! The Plan screen, opened with `p` on Results: the facets weakest first with their
//! scores, the ones planned marked with owner and due date; Enter opens the priority form
//! (owner, due date, note) for the facet selected, `d` takes it out. Every change is saved
//! at once through the application layer's [`crate::app::plan::change_in`], the one
//! function `ecoready plan` uses too; the screen changes its plan only once saved.

mod form;

pub use form::{PlanField, PriorityForm};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::plan::Change;
use crate::assessment::Assessment;
use crate::i18n;
use crate::plan::{self, MAX_PRIORITIES, PlanError, Priority};
use crate::strings;
use crate::text::{sanitize, wrap};
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::outcome::Outcome;
use crate::tui::session::Session;
use crate::tui::widgets::chrome;

/// The Plan screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanScreen {
    /// The check-in whose plan this is.
    pub assessment: String,
    organization: String,
    /// `(facet id, title, score)`, weakest first.
    candidates: Vec<(String, String, f64)>,
    /// The plan as saved.
    plan: Vec<Priority>,
    /// Index into `candidates`.
    pub selected: usize,
    /// The priority being written, if the form is open.
    pub form: Option<PriorityForm>,
}

impl PlanScreen {
    /// The plan of the session's (complete, latest) check-in.
    pub fn new(session: &Session) -> Self {
        let a = &session.assessment;
        Self {
            assessment: a.id.clone(),
            organization: a.organization.name.clone(),
            candidates: plan::candidates(session.q(), &a.current_scores(session.q())),
            plan: a.plan.clone(),
            selected: 0,
            form: None,
        }
    }

    /// Whether the form is open (its fields take typed text).
    pub fn typing(&self) -> bool {
        self.form.is_some()
    }

    /// The saved assessment: its plan is now the screen's, and a form it came from closes.
    pub fn saved(&mut self, assessment: &Assessment) {
        self.plan = assessment.plan.clone();
        self.form = None;
    }

    fn planned(&self, facet: &str) -> Option<&Priority> {
        self.plan.iter().find(|p| p.facet == facet)
    }

    fn change(&self, change: Change) -> Outcome {
        Outcome::Effect(Effect::PlanChange(self.assessment.clone(), change))
    }

    /// The Plan screen's part of `update`.
    pub fn update(&mut self, action: &Action) -> Outcome {
        if let Some(form) = &mut self.form {
            return match form.update(action) {
                form::Step::Stay => Outcome::Nothing,
                form::Step::Close => {
                    self.form = None;
                    Outcome::Nothing
                }
                form::Step::Save(change) => self.change(change),
            };
        }
        let last = self.candidates.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Confirm => {
                let Some((facet, title, score)) = self.candidates.get(self.selected) else {
                    return Outcome::Nothing;
                };
                let planned = self.planned(facet);
                if planned.is_none() && self.plan.len() >= MAX_PRIORITIES {
                    return Outcome::Say(PlanError::TooMany.to_string(), true);
                }
                self.form = Some(PriorityForm::new(facet, title, *score, planned));
            }
            Action::Remove => {
                let Some((facet, _, _)) = self.candidates.get(self.selected) else {
                    return Outcome::Nothing;
                };
                if self.planned(facet).is_none() {
                    return Outcome::Say(strings::plan_not_planned().into(), false);
                }
                return self.change(Change::Remove(facet.clone()));
            }
            Action::ToggleHelp => return Outcome::Help,
            Action::Leave => return Outcome::Results,
            _ => {}
        }
        Outcome::Nothing
    }
}

/// Rows the priority form takes under the list.
const FORM_ROWS: u16 = 8;

/// Draws the Plan screen.
pub fn render(app: &App, screen: &PlanScreen, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = chrome::screen_block(
        theme,
        format!(
            "{} · {}",
            strings::plan_title(),
            sanitize(&screen.organization, false)
        ),
        Some(tr!(
            "tui-plan-planned",
            planned = screen.plan.len(),
            most = MAX_PRIORITIES
        )),
    );
    let inner = chrome::framed(frame, block, area);
    let form_rows = if screen.form.is_some() { FORM_ROWS } else { 0 };
    // Three rows, or what the hint needs in a longer language.
    let hint_rows = wrap(strings::plan_hint(), usize::from(inner.width))
        .len()
        .max(3);
    let [hint, list, form_area] = Layout::vertical([
        Constraint::Length(u16::try_from(hint_rows).unwrap_or(3)),
        Constraint::Min(2),
        Constraint::Length(form_rows),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(strings::plan_hint())
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        hint,
    );
    frame.render_widget(Paragraph::new(list_lines(app, screen, list)), list);
    if let Some(form) = &screen.form {
        form::render(theme, form, frame, form_area);
    }
}

/// The facets that fit in `area`, the selected one always among them; a last row says
/// how many more there are above and below instead of cutting them silently.
fn list_lines(app: &App, screen: &PlanScreen, area: Rect) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let total = screen.candidates.len();
    if total == 0 {
        return vec![Line::styled(
            tr!("tui-plan-nothing-to-plan").to_string(),
            theme.muted,
        )];
    }
    let height = usize::from(area.height);
    let cut = total > height;
    let rows = if cut {
        height.saturating_sub(1).max(1)
    } else {
        total
    };
    let first = screen.selected.saturating_sub(rows - 1).min(total - rows);
    let width = usize::from(area.width);
    let mut out: Vec<Line<'static>> = screen.candidates[first..first + rows]
        .iter()
        .enumerate()
        .map(|(n, (facet, title, score))| {
            let selected = first + n == screen.selected;
            let planned = screen.planned(facet);
            let mark = match (selected, planned.is_some()) {
                (true, true) => "›●",
                (true, false) => "› ",
                (false, true) => " ●",
                (false, false) => "  ",
            };
            let who = planned.map_or(String::new(), |p| {
                let due = p
                    .due
                    .map_or(String::new(), |d| format!(" {}", d.format("%Y-%m-%d")));
                format!("  {}{due}", sanitize(&p.owner, false))
            });
            let text = format!(
                "{mark} {:>5}  {}",
                i18n::decimal(*score, 1),
                sanitize(title, false)
            );
            let text = fitted(&text, width.saturating_sub(who.chars().count()));
            let style = if selected { theme.chosen } else { theme.text };
            Line::from(vec![
                Span::styled(text, style),
                Span::styled(who, theme.muted),
            ])
        })
        .collect();
    if cut {
        let below = total - first - rows;
        out.push(Line::styled(
            tr!("tui-plan-more", above = first, below = below),
            theme.muted,
        ));
    }
    out
}

/// `text` within `room` columns, a cut marked with "…".
fn fitted(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let kept: String = text.chars().take(room.saturating_sub(1)).collect();
    format!("{kept}…")
}
