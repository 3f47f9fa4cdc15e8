//! Compare: two assessments side by side, per dimension and facet before, after and the
//! change with a direction mark, the radar with both shapes, the items that moved most,
//! the notes side by side, and what could not be compared.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::compare::{Comparison, Delta, Direction, Verdict};
use crate::i18n;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::outcome::Outcome;
use crate::tui::screens::history;
use crate::tui::theme::Theme;
use crate::tui::widgets::area_table::{area_lines, area_rows};
use crate::tui::widgets::option_list::wrap;
use crate::tui::widgets::radar::{Radar, Shape};
use crate::tui::widgets::{chrome, scroll};
use unicode_width::UnicodeWidthStr;

/// How many moved items the screen lists.
const MOVED_SHOWN: usize = 10;

/// The compare screen: the comparison and the scroll position.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    /// The comparison shown.
    pub comparison: Comparison,
    /// Lines scrolled off the top.
    pub scroll: u16,
    /// On narrow terminals: the radar chart instead of the text.
    pub chart: bool,
    /// How far the text can scroll, without and with the chart shown (see
    /// [`CompareView::fit`]).
    limits: [u16; 2],
}

impl CompareView {
    /// A view of a comparison, at the top.
    pub fn new(comparison: Comparison) -> Self {
        Self {
            comparison,
            scroll: 0,
            chart: false,
            limits: [0; 2],
        }
    }

    /// Computes how far the text scrolls in a screen body of this size (call when the
    /// terminal's size changes).
    pub fn fit(&mut self, theme: &Theme, body: Rect) {
        let inner = chrome::inner(body);
        let (area, chart_beside) = areas(inner);
        let text = scroll::limit(&[(area, lines(theme, &self.comparison, area.width))]);
        // On a narrow terminal the chart, when shown, takes the whole screen.
        let with_chart = if chart_beside.is_some() { text } else { 0 };
        self.limits = [text, with_chart];
        self.scroll = self.scroll.min(self.limits[usize::from(self.chart)]);
    }

    /// Compare's part of `update`.
    pub fn update(&mut self, action: &Action) -> Outcome {
        if let Action::Back | Action::Forward = action {
            self.chart = !self.chart;
            self.scroll = 0;
            return Outcome::Nothing;
        }
        let limit = self.limits[usize::from(self.chart)];
        history::update_report(&mut self.scroll, limit, action)
    }
}

/// The text area and, on wide terminals, the chart beside it.
fn areas(inner: Rect) -> (Rect, Option<Rect>) {
    if inner.width >= 110 {
        let [text, _, chart] = Layout::horizontal([
            Constraint::Min(60),
            Constraint::Length(2),
            Constraint::Length(44),
        ])
        .areas(inner);
        (text, Some(chart))
    } else {
        (inner, None)
    }
}

fn delta_spans(theme: &Theme, delta: &Delta) -> Vec<Span<'static>> {
    let value = |v: Option<f64>| {
        v.map_or_else(
            || tr!("tui-not-available").to_string(),
            |v| i18n::decimal(v, 1),
        )
    };
    let change = delta.change.map_or("   ".to_string(), chrome::signed);
    // Only a change beyond measurement noise is coloured as a gain or a loss.
    let style = match (delta.direction, delta.verdict()) {
        (_, Verdict::WithinNoise) => theme.muted,
        (Direction::Up, _) => theme.good,
        (Direction::Down, _) => theme.error,
        (Direction::Same | Direction::Unknown, _) => theme.muted,
    };
    // What the change rests on: items both answered, of the items both questionnaires have.
    let items = match delta.items.zip(delta.shared) {
        Some((items, shared)) => format!("{items}/{shared}"),
        None => String::new(),
    };
    vec![
        Span::styled(format!("{:>6} ", value(delta.before)), theme.muted),
        Span::styled(format!("{:>6} ", value(delta.after)), theme.text),
        Span::styled(format!("{:>6} {}", change, delta.direction.mark()), style),
        Span::styled(format!(" {items:>7}"), theme.muted),
        Span::styled(format!(" {}", noise_tag(delta.verdict())), theme.muted),
    ]
}

/// The change against measurement noise in a short column (the note under the table says
/// which MDC95 each area used).
fn noise_tag(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Real => tr!("tui-compare-real"),
        Verdict::WithinNoise => tr!("tui-compare-noise"),
        Verdict::NoEstimate => tr!("tui-compare-no-estimate"),
        Verdict::NotComparable => "",
    }
}

/// Every line of the comparison for a width.
pub fn lines(theme: &Theme, c: &Comparison, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let name_width = width.saturating_sub(42).clamp(16, 44);
    let mut out = Vec::new();
    // The two labels padded to one width, so the dates under each other line up.
    let (before_label, after_label) = (
        tr!("tui-compare-before-label"),
        tr!("tui-compare-after-label"),
    );
    let label_width = before_label.width().max(after_label.width());
    let pad = |label: &str| format!("{label}{}", " ".repeat(label_width - label.width()));
    let (before_label, after_label) = (pad(before_label), pad(after_label));
    let side = |label: &str, s: &crate::compare::Side| {
        let round = s
            .round
            .as_deref()
            .map_or(String::new(), |r| format!(", {}", sanitize(r, false)));
        format!(
            "{label}: {} · {}{round} · {}",
            s.date.format("%Y-%m-%d"),
            sanitize(&s.respondent, false),
            s.questionnaire.id
        )
    };
    out.push(Line::from(Span::styled(
        side(&before_label, &c.before),
        theme.muted,
    )));
    out.push(Line::from(Span::styled(
        side(&after_label, &c.after),
        theme.text,
    )));
    for warning in &c.shown_warnings {
        for piece in wrap(&sanitize(warning, false), width) {
            out.push(Line::from(Span::styled(piece, theme.warning)));
        }
    }
    // What the changes rest on (always: even one questionnaire can be answered unevenly).
    let note_style = if c.same_questionnaire && c.overall.change.is_some() {
        theme.muted
    } else {
        theme.warning
    };
    for piece in wrap(&sanitize(&c.not_compared.shown_note, false), width) {
        out.push(Line::from(Span::styled(piece, note_style)));
    }
    // With no question in common the note says nothing can be compared; a table of
    // empty changes would only leave the reader guessing why.
    if c.not_compared.shared_items > 0 {
        out.push(Line::from(""));
        out.push(Line::from(vec![
            Span::styled(format!("{:<name_width$} ", ""), theme.muted),
            Span::styled(
                format!(
                    " {:>6} {:>7} {:>7} {:>8} {}",
                    tr!("tui-compare-before"),
                    tr!("tui-compare-after"),
                    tr!("tui-compare-change"),
                    tr!("tui-compare-items"),
                    tr!("tui-compare-noise-column")
                ),
                theme.muted,
            ),
        ]));
        let rows = area_rows(&c.overall, &c.dimensions, |d| {
            let facets = d.facets.iter().map(|f| (f.title.as_str(), &f.delta));
            (d.title.as_str(), &d.delta, facets.collect())
        });
        out.extend(area_lines(theme, name_width, &rows, |delta| {
            delta_spans(theme, delta)
        }));
        out.push(Line::from(""));
        for piece in wrap(&c.noise_note(), width) {
            out.push(Line::from(Span::styled(piece, theme.muted)));
        }
    }
    if !c.moved_items.is_empty() {
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(strings::moved_most(), theme.title)));
        for item in c.moved_items.iter().take(MOVED_SHOWN) {
            let text = chrome::ellipsize(&sanitize(&item.text, false), width.saturating_sub(12));
            out.push(Line::from(vec![
                Span::styled(
                    format!("  {:+6.1} ", item.change),
                    if item.change > 0.0 {
                        theme.good
                    } else {
                        theme.error
                    },
                ),
                Span::styled(text, theme.text),
            ]));
            // The answers themselves, so a reverse-worded item does not read backwards.
            let mut answers = format!(
                "{} → {}",
                sanitize(&item.answer_before, false),
                sanitize(&item.answer_after, false)
            );
            if item.reverse {
                answers = format!("{answers} ({})", crate::report::text::reverse_worded());
            }
            for piece in wrap(&answers, width.saturating_sub(10)) {
                out.push(Line::from(Span::styled(
                    format!("          {piece}"),
                    theme.muted,
                )));
            }
        }
    }
    if !c.notes.is_empty() {
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            strings::notes_heading(),
            theme.title,
        )));
        for note in &c.notes {
            out.push(Line::from(Span::styled(
                format!(
                    "  {}",
                    chrome::ellipsize(&sanitize(&note.text, false), width.saturating_sub(2))
                ),
                theme.text,
            )));
            let (before, after) = (tr!("tui-compare-before"), tr!("tui-compare-after"));
            let note_width = before.width().max(after.width());
            for (label, text) in [(before, &note.before), (after, &note.after)] {
                if text.is_empty() {
                    continue;
                }
                for (n, piece) in wrap(&sanitize(text, false), width.saturating_sub(note_width + 6))
                    .into_iter()
                    .enumerate()
                {
                    let lead = if n == 0 {
                        format!("    {label}{}: ", " ".repeat(note_width - label.width()))
                    } else {
                        " ".repeat(note_width + 6)
                    };
                    out.push(Line::from(Span::styled(
                        format!("{lead}{piece}"),
                        theme.muted,
                    )));
                }
            }
        }
    }
    out
}

/// The radar with the earlier scores dotted and the later solid.
pub fn radar<'a>(theme: &'a Theme, c: &Comparison) -> Radar<'a> {
    let values = |after: bool| -> Vec<Option<f64>> {
        c.dimensions
            .iter()
            .map(|d| if after { d.delta.after } else { d.delta.before })
            .collect()
    };
    Radar {
        axes: c
            .dimensions
            .iter()
            .map(|d| sanitize(&d.title, false))
            .collect(),
        shapes: vec![
            Shape {
                name: tr!(
                    "tui-compare-before-on",
                    date = c.before.date.format("%Y-%m-%d").to_string()
                ),
                values: values(false),
                dotted: true,
                style: theme.muted,
            },
            Shape {
                name: tr!(
                    "tui-compare-after-on",
                    date = c.after.date.format("%Y-%m-%d").to_string()
                ),
                values: values(true),
                dotted: false,
                style: theme.bar,
            },
        ],
        theme,
    }
}

/// Draws Compare.
pub fn render(app: &App, view: &CompareView, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let c = &view.comparison;
    let title = format!(
        "{} · {}",
        strings::compare_title(),
        sanitize(&c.after.organization, false)
    );
    let inner = chrome::framed(frame, chrome::screen_block(theme, title, None), area);
    let (text_area, chart_area) = areas(inner);
    if chart_area.is_none() && view.chart {
        frame.render_widget(radar(theme, c), inner);
        return;
    }
    scroll::render(
        frame,
        lines(theme, c, text_area.width),
        view.scroll,
        text_area,
    );
    if let Some(chart) = chart_area {
        let [chart, _] =
            Layout::vertical([Constraint::Length(20), Constraint::Min(0)]).areas(chart);
        frame.render_widget(radar(theme, c), chart);
    }
}
