//! A radar chart of dimension scores on 0-100, with one or two shapes (e.g. before and
//! after). The second shape is drawn dotted so the two stay apart without colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Context, Line, Points};

use crate::i18n;
use crate::tr;
use crate::tui::theme::Theme;

/// One shape: a score (or none) per axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// Name shown in the legend.
    pub name: String,
    /// Scores on 0-100, one per axis; `None` (no score) breaks the shape at that axis.
    pub values: Vec<Option<f64>>,
    /// Drawn dotted rather than solid.
    pub dotted: bool,
    /// Its style.
    pub style: Style,
}

/// The radar chart.
#[derive(Debug, Clone)]
pub struct Radar<'a> {
    /// Axis labels, clockwise from the top.
    pub axes: Vec<String>,
    /// One or two shapes.
    pub shapes: Vec<Shape>,
    /// Styles.
    pub theme: &'a Theme,
}

/// Where a value on an axis sits, in canvas coordinates (-1..1 on both axes).
pub fn point(axis: usize, axes: usize, value: f64) -> (f64, f64) {
    let angle =
        std::f64::consts::FRAC_PI_2 - axis as f64 * std::f64::consts::TAU / axes.max(1) as f64;
    let r = value.clamp(0.0, 100.0) / 100.0;
    (r * angle.cos(), r * angle.sin())
}

impl Widget for Radar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let axes = self.axes.len();
        // Axes are numbered on the chart and named in a key below it, one per line,
        // with their values: long dimension names never collide with the shape.
        let key_rows = axes as u16 + 1;
        if axes < 3 || area.width < 24 || area.height < key_rows + 6 {
            return;
        }
        let chart = Rect {
            height: area.height - key_rows,
            ..area
        };
        // Terminal cells are about twice as tall as wide: widen the x range to keep the
        // shape round.
        let aspect = f64::from(chart.width) / (f64::from(chart.height) * 2.0);
        let x_range = 1.25 * aspect.max(1.0);
        let theme = self.theme;
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([-x_range, x_range])
            .y_bounds([-0.95, 1.15])
            .paint(|ctx| {
                for ring in [50.0, 100.0] {
                    polygon(ctx, &vec![Some(ring); axes], theme.border, false);
                }
                for axis in 0..axes {
                    let (x, y) = point(axis, axes, 100.0);
                    ctx.draw(&Line::new(
                        0.0,
                        0.0,
                        x,
                        y,
                        theme.border.fg.unwrap_or_default(),
                    ));
                }
                ctx.layer();
                for shape in &self.shapes {
                    polygon(ctx, &shape.values, shape.style, shape.dotted);
                }
                ctx.layer();
                for axis in 0..axes {
                    let (x, y) = point(axis, axes, 112.0);
                    // Where a shape has no score the axis says so, beside the break.
                    let missing = self
                        .shapes
                        .iter()
                        .any(|s| s.values.get(axis).copied().flatten().is_none());
                    let label = if missing {
                        format!("{} {}", axis + 1, tr!("tui-not-available"))
                    } else {
                        (axis + 1).to_string()
                    };
                    ctx.print(x, y, TextLine::from(Span::styled(label, theme.key)));
                }
            })
            .render(chart, buf);
        let mut y = chart.y + chart.height;
        for (axis, name) in self.axes.iter().enumerate() {
            let mut spans = vec![
                Span::styled(format!("{} ", axis + 1), theme.key),
                Span::styled(format!("{name:<26.26}"), theme.text),
            ];
            for (n, shape) in self.shapes.iter().enumerate() {
                let value = shape.values.get(axis).copied().flatten();
                let text = value.map_or_else(
                    || tr!("tui-not-available").to_string(),
                    |v| i18n::decimal(v, 1),
                );
                let lead = if n == 0 { " " } else { " → " };
                spans.push(Span::styled(format!("{lead}{text:>5}"), shape.style));
            }
            TextLine::from(spans).render(
                Rect {
                    y,
                    height: 1,
                    ..area
                },
                buf,
            );
            y += 1;
        }
        let mut legend = Vec::new();
        for shape in &self.shapes {
            let mark = if shape.dotted { "┄┄ " } else { "━━ " };
            legend.push(Span::styled(mark, shape.style));
            legend.push(Span::styled(format!("{}   ", shape.name), theme.muted));
        }
        TextLine::from(legend).render(
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

/// Draws a closed shape through the values, solid or dotted. An axis without a value
/// breaks the shape: no side leads to it, so no score is drawn where none was given (a
/// side through the centre, or straight across, would read as a low score).
fn polygon(ctx: &mut Context<'_>, values: &[Option<f64>], style: Style, dotted: bool) {
    let n = values.len();
    let color = style.fg.unwrap_or_default();
    let corners: Vec<(f64, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(axis, v)| v.map(|v| point(axis, n, v)))
        .collect();
    // Each corner as a dot too, so a score between two axes without one still shows.
    ctx.draw(&Points {
        coords: &corners,
        color,
    });
    for axis in 0..n {
        let (Some(from), Some(to)) = (values[axis], values[(axis + 1) % n]) else {
            continue;
        };
        let from = point(axis, n, from);
        let to = point((axis + 1) % n, n, to);
        if dotted {
            let steps = 24;
            let coords: Vec<(f64, f64)> = (0..=steps)
                .step_by(2)
                .map(|s| {
                    let t = f64::from(s) / f64::from(steps);
                    (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t)
                })
                .collect();
            ctx.draw(&Points {
                coords: &coords,
                color,
            });
        } else {
            ctx.draw(&Line::new(from.0, from.1, to.0, to.1, color));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    /// A radar of four axes, the second without a score, drawn into a buffer.
    fn drawn_with_a_gap() -> Buffer {
        let theme = Theme::COLOR;
        let radar = Radar {
            axes: ["A", "B", "C", "D"].map(String::from).to_vec(),
            shapes: vec![Shape {
                name: "scores".into(),
                values: vec![Some(80.0), None, Some(80.0), Some(80.0)],
                dotted: false,
                style: Style::default().fg(Color::Magenta),
            }],
            theme: &theme,
        };
        let area = Rect::new(0, 0, 48, 30);
        let mut buf = Buffer::empty(area);
        radar.render(area, &mut buf);
        buf
    }

    #[test]
    fn an_axis_without_a_score_breaks_the_shape_and_says_n_a() {
        let buf = drawn_with_a_gap();
        let text: String = buf.content().iter().map(|c| c.symbol()).collect();
        assert!(text.contains("2 n/a"), "{text}");
        // The chart is 30 - 5 key rows = 25 rows; the centre (0, 0) of y -0.95..1.15 sits
        // at row 25 * 1.15 / 2.1 = 13.7, column 24. Drawing "no score" as 0 would run the
        // shape through it; with the gap, only the scores of 80 (far from it) are drawn.
        for y in 11..=15 {
            for x in 20..=28 {
                assert_ne!(
                    buf[(x, y)].fg,
                    Color::Magenta,
                    "shape drawn near the centre at {x},{y}:\n{text}"
                );
            }
        }
        // The shape itself is drawn.
        assert!(buf.content().iter().any(|c| c.fg == Color::Magenta));
    }

    #[test]
    fn first_axis_points_up_and_the_rest_go_clockwise() {
        let (x, y) = point(0, 4, 100.0);
        assert!(x.abs() < 1e-12 && (y - 1.0).abs() < 1e-12);
        let (x, y) = point(1, 4, 50.0);
        assert!((x - 0.5).abs() < 1e-12 && y.abs() < 1e-12);
    }

    #[test]
    fn values_are_clamped_to_the_chart() {
        assert_eq!(point(0, 5, 150.0), point(0, 5, 100.0));
        assert_eq!(point(2, 5, -3.0), (0.0, 0.0));
    }
}
