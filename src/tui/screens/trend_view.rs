//! Trend: an organization's overall and dimension scores over time as a chart, the same
//! numbers as a table, and the most improved areas and the areas of concern.

mod plans;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};

use crate::documents::TrendDocument;
use crate::i18n;
use crate::report::text::{no_concerns, no_real_rise};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::trend::{AreaChange, Trend};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::outcome::Outcome;
use crate::tui::screens::history;
use crate::tui::theme::Theme;
use crate::tui::widgets::option_list::wrap;
use crate::tui::widgets::{chrome, scroll};

/// The trend screen: the trend and the scroll position of the text below the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendView {
    /// The trend shown.
    pub trend: Trend,
    /// How far the text can scroll (see [`TrendView::fit`]).
    limit: u16,
    /// Lines scrolled off the top of the text.
    pub scroll: u16,
}

impl TrendView {
    /// A view of a trend, at the top.
    pub fn new(trend: Trend) -> Self {
        Self {
            trend,
            scroll: 0,
            limit: 0,
        }
    }

    /// Computes how far the text scrolls in a screen body of this size (call when the
    /// terminal's size changes).
    pub fn fit(&mut self, theme: &Theme, body: Rect) {
        let [_, area] = areas(chrome::inner(body));
        self.limit = scroll::limit(&[(area, lines(theme, &self.trend, area.width))]);
        self.scroll = self.scroll.min(self.limit);
    }

    /// The screen's part of `update`.
    pub fn update(&mut self, action: &Action) -> Outcome {
        history::update_report(&mut self.scroll, self.limit, action)
    }
}

/// The chart above, the text below.
fn areas(inner: Rect) -> [Rect; 2] {
    let chart_height = (inner.height / 2).max(8);
    Layout::vertical([Constraint::Length(chart_height), Constraint::Min(1)]).areas(inner)
}

/// Colours for the dimension series; the overall series uses the theme's bar style.
const SERIES: [Color; 6] = [
    Color::Green,
    Color::Yellow,
    Color::Magenta,
    Color::Blue,
    Color::Red,
    Color::LightCyan,
];

/// One line of the chart.
struct Series {
    name: String,
    points: Vec<(f64, f64)>,
    style: Style,
}

/// The days since the first point, as chart x values.
fn days(trend: &Trend) -> Vec<f64> {
    let Some(first) = trend.points.first() else {
        return Vec::new();
    };
    trend
        .points
        .iter()
        .map(|p| (p.date - first.date).num_seconds() as f64 / 86_400.0)
        .collect()
}

/// The style of a dimension's series (the overall series uses the theme's bar style).
fn series_style(theme: &Theme, n: usize) -> Style {
    if theme.bar.fg.is_some() {
        Style::new().fg(SERIES[n % SERIES.len()])
    } else {
        theme.muted
    }
}

/// The text under the chart: the key to the series, the table of points, most improved
/// and concerns.
pub fn lines(theme: &Theme, trend: &Trend, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut out = Vec::new();
    let mut key = vec![
        Span::styled("█ ", theme.bar),
        Span::styled(format!("{}  ", strings::overall()), theme.text),
    ];
    for (n, (_, title)) in trend.dimensions.iter().enumerate() {
        key.push(Span::styled("⣿ ", series_style(theme, n)));
        key.push(Span::styled(
            format!("D{} {}  ", n + 1, sanitize(title, false)),
            theme.text,
        ));
    }
    out.push(Line::from(key));
    let mut header = format!(
        "{:<10} {:<12} {:>2} {:>7}",
        tr!("tui-trend-date"),
        tr!("tui-trend-round"),
        "n",
        tr!("tui-trend-overall")
    );
    for (n, _) in trend.dimensions.iter().enumerate() {
        header.push_str(&format!(" {:>6}", format!("D{}", n + 1)));
    }
    out.push(Line::from(Span::styled(
        chrome::ellipsize(&header, width),
        theme.muted,
    )));
    let number = |v: Option<f64>| {
        v.map_or_else(
            || tr!("tui-not-available").to_string(),
            |v| i18n::decimal(v, 1),
        )
    };
    // The same document `trend --json` prints says what changed between points.
    let doc = TrendDocument::new(trend);
    for (i, point) in trend.points.iter().enumerate() {
        let round = point
            .round
            .as_deref()
            .map_or("-".to_string(), |r| sanitize(r, false));
        let changed = doc.respondents_changed(i) || doc.questionnaire_changed(i);
        let mut row = format!(
            "{:<10} {:<12} {:>2}{} {:>6}",
            point.date.format("%Y-%m-%d"),
            chrome::ellipsize(&round, 12),
            point.respondents,
            if changed { "*" } else { " " },
            number(point.overall)
        );
        for value in &point.dimensions {
            row.push_str(&format!(" {:>6}", number(*value)));
        }
        out.push(Line::from(chrome::ellipsize(&row, width)));
    }
    let muted = |out: &mut Vec<Line<'static>>, notes: &[String]| {
        for note in notes {
            for piece in wrap(note, width) {
                out.push(Line::from(Span::styled(piece, theme.muted)));
            }
        }
    };
    let mut notes: Vec<String> = Vec::new();
    if trend.points.iter().any(|p| p.respondents > 1) {
        notes.push(strings::trend_means().to_string());
    }
    if !doc.anything_changed() {
        if let Some(last) = trend.points.last() {
            notes.push(format!(
                "{} {}",
                strings::trend_questionnaire(),
                sanitize(&last.questionnaires.join(", "), false)
            ));
        }
    } else {
        notes.push(strings::trend_changed().to_string());
        for point in &trend.points {
            notes.push(tr!(
                "tui-trend-point-answered",
                date = point.date.format("%Y-%m-%d").to_string(),
                respondents = sanitize(&point.respondent_names.join(", "), false),
                questionnaires = sanitize(&point.questionnaires.join(", "), false)
            ));
        }
    }
    if trend.change.is_some() {
        let overall = &doc.change.overall;
        let change = overall
            .delta
            .change
            .map_or(String::new(), |c| format!("{} ", chrome::signed(c)));
        notes.push(format!(
            "{} {change}({})",
            strings::trend_overall_change(),
            overall.rests_on()
        ));
    }
    muted(&mut out, &notes);
    let areas = |out: &mut Vec<Line<'static>>, heading: &str, list: &[AreaChange], empty: &str| {
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(heading.to_string(), theme.title)));
        if list.is_empty() {
            out.push(Line::from(Span::styled(
                format!("  {}", empty),
                theme.muted,
            )));
        }
        for area in list {
            let title = match &area.facet {
                Some(_) => format!(
                    "{} › {}",
                    sanitize(&area.dimension_title, false),
                    sanitize(&area.title, false)
                ),
                None => sanitize(&area.title, false),
            };
            let (change, first) = match (area.change, area.first) {
                (Some(change), Some(first)) => (
                    format!("{:>6}", chrome::signed(change)),
                    format!("{:>5}", i18n::decimal(first, 1)),
                ),
                _ => (format!("{:>6}", ""), format!("{:>5}", "")),
            };
            let style = if area.change.is_some_and(|c| c > 0.0) {
                theme.good
            } else {
                theme.error
            };
            let arrow = if area.first.is_some() { "→" } else { " " };
            let reason = match area.reason {
                crate::trend::AreaReason::LowestNow => format!(" ({})", area.reason.label()),
                _ => format!(
                    " ({}; {}; {})",
                    area.reason.label(),
                    crate::documents::rests_on(area.respondents, area.items),
                    area.noise.map_or_else(
                        || crate::noise::no_estimate().to_string(),
                        |n| tr!("tui-trend-real-from", mdc = i18n::decimal(n.mdc95, 1))
                    )
                ),
            };
            let room = width.saturating_sub(23 + reason.chars().count());
            out.push(Line::from(vec![
                Span::styled(format!("  {change} "), style),
                Span::styled(
                    format!("{first} {arrow} {:>5} ", i18n::decimal(area.last, 1)),
                    theme.muted,
                ),
                Span::styled(chrome::ellipsize(&title, room), theme.text),
                Span::styled(reason, theme.muted),
            ]));
        }
    };
    let (no_rise, no_concern) = if trend.points.len() > 1 {
        (no_real_rise(), no_concerns())
    } else {
        (strings::nothing_yet(), strings::nothing_yet())
    };
    areas(
        &mut out,
        strings::most_improved(),
        &trend.most_improved,
        no_rise,
    );
    areas(&mut out, strings::concerns(), &trend.concerns, no_concern);
    plans::lines(&mut out, theme, &doc, width);
    let mut basis: Vec<String> = doc
        .change
        .basis()
        .iter()
        .map(|line| sanitize(line, false))
        .collect();
    if trend.change.is_some() {
        basis.push(trend.noise_note());
    }
    if !basis.is_empty() {
        out.push(Line::from(""));
        muted(&mut out, &basis);
    }
    out
}

/// Draws Trend.
pub fn render(app: &App, view: &TrendView, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let trend = &view.trend;
    let title = format!(
        "{} · {}",
        strings::trend_title(),
        sanitize(&trend.organization, false)
    );
    let inner = chrome::framed(frame, chrome::screen_block(theme, title, None), area);
    if trend.points.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::no_complete()).style(theme.muted),
            inner,
        );
        return;
    }
    let [chart_area, text_area] = areas(inner);
    let x = days(trend);
    let last_day = x.last().copied().unwrap_or(0.0).max(1.0);
    let series = |values: Vec<Option<f64>>| -> Vec<(f64, f64)> {
        x.iter()
            .zip(values)
            .filter_map(|(x, v)| v.map(|v| (*x, v)))
            .collect()
    };
    let mut data = vec![Series {
        name: strings::overall().to_string(),
        points: series(trend.points.iter().map(|p| p.overall).collect()),
        style: theme.bar,
    }];
    for n in 0..trend.dimensions.len() {
        data.push(Series {
            name: format!("D{}", n + 1),
            points: series(
                trend
                    .points
                    .iter()
                    .map(|p| p.dimensions.get(n).copied().flatten())
                    .collect(),
            ),
            style: series_style(theme, n),
        });
    }
    let datasets: Vec<Dataset> = data
        .iter()
        .enumerate()
        .map(|(n, line)| {
            Dataset::default()
                .name(line.name.clone())
                .marker(if n == 0 {
                    Marker::Block
                } else {
                    Marker::Braille
                })
                .graph_type(GraphType::Line)
                .style(line.style)
                .data(&line.points)
        })
        .collect();
    let first = trend
        .points
        .first()
        .map(|p| p.date.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let last = trend
        .points
        .last()
        .map(|p| p.date.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds([0.0, last_day])
                .labels([
                    Span::styled(first, theme.muted),
                    Span::styled(last, theme.muted),
                ])
                .style(theme.border),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, 100.0])
                .labels([Span::raw("0"), Span::raw("50"), Span::raw("100")])
                .style(theme.border),
        )
        .legend_position(None);
    frame.render_widget(chart, chart_area);
    scroll::render(
        frame,
        lines(theme, trend, text_area.width),
        view.scroll,
        text_area,
    );
}
