//! Results: overall score and band, every dimension and facet with score, band and
//! coverage, bars, the weakest areas, the next steps (or the advice for the bands
//! reached), notes and flags.

mod peers;
mod plan;
mod report;
mod score_row;
mod steps;

pub use report::{advice_lines, score_lines};
pub use score_row::value_text;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::scoring::Scores;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::outcome::Outcome;
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::radar::{Radar, Shape};
use crate::tui::widgets::{chrome, scroll};

/// The results screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsState {
    /// Lines scrolled off the top.
    pub scroll: u16,
    /// On narrow terminals: the radar chart instead of the report.
    pub chart: bool,
    /// The scores shown, computed once when the screen opens (a shown assessment does
    /// not change while it is shown).
    scores: Scores,
    /// How far the text can scroll, without and with the chart shown (see
    /// [`ResultsState::fit`]).
    limits: [u16; 2],
}

impl ResultsState {
    /// Results of the session's assessment, at the top.
    pub fn new(session: &Session) -> Self {
        Self {
            scroll: 0,
            chart: false,
            scores: session.assessment.current_scores(session.q()),
            limits: [0; 2],
        }
    }

    /// Computes how far the text scrolls in a screen body of this size (call when the
    /// terminal's size or what the screen shows changes).
    pub fn fit(&mut self, theme: &Theme, session: &Session, body: Rect) {
        let inner = chrome::inner(body);
        self.limits = [false, true]
            .map(|chart| scroll::limit(&columns(theme, session, &self.scores, inner, chart).1));
        self.scroll = self.scroll.min(self.limit());
    }

    fn limit(&self) -> u16 {
        self.limits[usize::from(self.chart)]
    }

    /// Results' part of `update`.
    pub fn update(&mut self, action: &Action) -> Outcome {
        if let Some(offset) = scroll::scrolled(self.scroll, action, self.limit()) {
            self.scroll = offset;
            return Outcome::Nothing;
        }
        match action {
            Action::Back | Action::Forward => {
                self.chart = !self.chart;
                self.scroll = 0;
                Outcome::Nothing
            }
            Action::ToggleHelp => Outcome::Help,
            Action::Leave => Outcome::CloseAssessment,
            _ => Outcome::Nothing,
        }
    }
}

/// Where the chart goes (if shown) and the texts with their areas. Wide terminals show
/// the scores beside the chart and the advice, scrolling together; narrow ones show the
/// report or, switched with ← →, the chart.
fn columns(
    theme: &Theme,
    session: &Session,
    scores: &Scores,
    inner: Rect,
    chart: bool,
) -> (Option<Rect>, Vec<(Rect, Vec<Line<'static>>)>) {
    if inner.width >= WIDE {
        let [left, _, right] = Layout::horizontal([
            Constraint::Length(SCORE_COLUMN),
            Constraint::Length(2),
            Constraint::Min(20),
        ])
        .areas(inner);
        let [chart, advice] =
            Layout::vertical([Constraint::Length(RADAR_HEIGHT), Constraint::Min(1)]).areas(right);
        let texts = vec![
            (left, score_lines(theme, session, scores, left.width)),
            (advice, advice_lines(theme, session, scores, advice.width)),
        ];
        (Some(chart), texts)
    } else if chart {
        (Some(inner), Vec::new())
    } else {
        let mut all = score_lines(theme, session, scores, inner.width);
        all.push(Line::from(""));
        all.extend(advice_lines(theme, session, scores, inner.width));
        (None, vec![(inner, all)])
    }
}

/// Draws Results.
pub fn render(app: &App, session: &Session, state: &ResultsState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let org = sanitize(&session.assessment.organization.name, false);
    let date = session
        .assessment
        .completed_at
        .unwrap_or(session.assessment.updated_at)
        .format("%Y-%m-%d");
    let block = chrome::screen_block(
        theme,
        tr!(
            "tui-results-title",
            results = strings::results_title(),
            organization = org
        ),
        Some(date.to_string()),
    );
    let inner = chrome::framed(frame, block, area);
    let (chart, texts) = columns(theme, session, &state.scores, inner, state.chart);
    if let Some(chart) = chart {
        frame.render_widget(radar(theme, &state.scores), chart);
    }
    let scroll = state.scroll.min(scroll::limit(&texts));
    for (area, lines) in texts {
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), area);
    }
}

/// Rows the radar chart takes beside the scores on wide terminals.
const RADAR_HEIGHT: u16 = 20;

/// A radar of the dimension scores.
pub fn radar<'a>(theme: &'a Theme, scores: &Scores) -> Radar<'a> {
    Radar {
        axes: scores
            .dimensions
            .iter()
            .map(|d| sanitize(&d.title, false))
            .collect(),
        shapes: vec![Shape {
            name: tr!("tui-results-scores").into(),
            values: scores.dimensions.iter().map(|d| d.score.value).collect(),
            dotted: false,
            style: theme.bar,
        }],
        theme,
    }
}

/// From this inner width on, scores and advice stand side by side.
const WIDE: u16 = 110;
/// Width of the scores column on wide terminals.
const SCORE_COLUMN: u16 = 74;
