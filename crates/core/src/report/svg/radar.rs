//! The radar of the dimensions (bars when there are fewer than three), for the reports of
//! one assessment and of a comparison.

use std::fmt::Write as _;

use super::{Series, escape, legend, marker, n, open, pen, stroke};
use crate::report::one_decimal;
use crate::text::{LongWords, wrap_within};

/// A radar of `axes` (dimension titles) with one closed shape per series; with fewer than
/// three axes a radar means nothing, so horizontal bars are drawn instead. Axis labels
/// carry the values, so the chart reads without the table.
pub fn radar(title: &str, axes: &[String], series: &[Series]) -> String {
    if axes.len() < 3 {
        return bars(title, axes, series);
    }
    let count = axes.len();
    let angle =
        |i: usize| -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / count as f64;
    let labels: Vec<Vec<String>> = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let values: Vec<String> = series
                .iter()
                .map(|s| {
                    let value = s.values.get(i).copied().flatten();
                    value.map_or(crate::tr!("report-not-available").to_string(), one_decimal)
                })
                .collect();
            let (mut lines, _) = wrap_within(axis, 18, 3, LongWords::Keep);
            lines.push(values.join(" → "));
            lines
        })
        .collect();
    // The chart is as tall as its shape and labels need, with a small margin.
    let (cx, radius, distance) = (280.0, 140.0, 156.0);
    let extents = labels
        .iter()
        .enumerate()
        .map(|(i, lines)| label_extent(angle(i), distance, lines.len()));
    let (top, bottom) = extents.fold((-radius, radius), |(top, bottom), (t, b)| {
        (f64::min(top, t), f64::max(bottom, b))
    });
    let cy = 8.0 - top;
    let chart_height = cy + bottom + 8.0;
    let legend_height = if series.len() > 1 { 34.0 } else { 0.0 };
    let mut out = open(560.0, chart_height + legend_height, title);
    let point = |i: usize, value: f64| {
        let a = angle(i);
        (
            cx + radius * value / 100.0 * a.cos(),
            cy + radius * value / 100.0 * a.sin(),
        )
    };
    out.push_str("<g fill=\"none\" stroke=\"#8c8c8c\" stroke-width=\"0.8\">\n");
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let corners: Vec<String> = (0..count)
            .map(|i| {
                let (x, y) = point(i, ring);
                format!("{},{}", n(x), n(y))
            })
            .collect();
        let _ = writeln!(out, "<polygon points=\"{}\"/>", corners.join(" "));
    }
    for i in 0..count {
        let (x, y) = point(i, 100.0);
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            n(cx),
            n(cy),
            n(x),
            n(y)
        );
    }
    out.push_str("</g>\n<g font-size=\"10\" fill=\"#333333\">\n");
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\">{ring}</text>",
            n(cx + 4.0),
            n(cy - radius * ring / 100.0 - 2.0)
        );
    }
    out.push_str("</g>\n");
    for s in series {
        let value = |i: usize| s.values.get(i).copied().flatten();
        let corners: Vec<String> = (0..count)
            .filter_map(|i| value(i).map(|v| point(i, v.clamp(0.0, 100.0))))
            .map(|(x, y)| format!("{},{}", n(x), n(y)))
            .collect();
        if corners.len() == count {
            let _ = writeln!(
                out,
                "<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"0.08\" {} stroke-linejoin=\"round\"/>",
                corners.join(" "),
                pen(s.pen).colour,
                stroke(s.pen)
            );
        } else {
            // A dimension without a score breaks the shape: joining its neighbours straight
            // across would draw a score of about a quarter that nobody gave.
            for run in present_runs(count, |i| value(i).is_some()) {
                let points: Vec<String> = run
                    .iter()
                    .filter_map(|&i| value(i).map(|v| point(i, v.clamp(0.0, 100.0))))
                    .map(|(x, y)| format!("{},{}", n(x), n(y)))
                    .collect();
                if points.len() >= 2 {
                    let _ = writeln!(
                        out,
                        "<polyline points=\"{}\" fill=\"none\" {} stroke-linejoin=\"round\"/>",
                        points.join(" "),
                        stroke(s.pen)
                    );
                }
            }
        }
        for (x, y) in (0..count).filter_map(|i| value(i).map(|v| point(i, v.clamp(0.0, 100.0)))) {
            let _ = writeln!(out, "{}", marker(s.pen, x, y));
        }
    }
    // "n/a" on every axis some series has no score for, where the shape breaks.
    for i in (0..count).filter(|&i| {
        series
            .iter()
            .any(|s| s.values.get(i).copied().flatten().is_none())
    }) {
        let (x, y) = point(i, 50.0);
        let _ = writeln!(
            out,
            "<text class=\"no-score\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" \
             font-style=\"italic\" fill=\"#333333\">n/a</text>",
            n(x),
            n(y + 4.0)
        );
    }
    for (i, lines) in labels.iter().enumerate() {
        out.push_str(&axis_label(angle(i), (cx, cy), distance, lines));
    }
    if series.len() > 1 {
        out.push_str(&legend(series, 20.0, chart_height + 4.0, 260.0));
    }
    out.push_str("</svg>\n");
    out
}

/// The runs of consecutive axes (going round, so the last axis neighbours the first) for
/// which `present` holds, each in drawing order; an axis without a value ends a run.
fn present_runs(count: usize, present: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let Some(gap) = (0..count).find(|&i| !present(i)) else {
        return vec![(0..count).collect()];
    };
    let mut runs = Vec::new();
    let mut run = Vec::new();
    // Start just after a gap so no run is split by the wrap from the last axis to the first.
    for step in 1..=count {
        let i = (gap + step) % count;
        if present(i) {
            run.push(i);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Height of one line of an axis label.
const LABEL_LINE: f64 = 14.0;

/// Top and bottom, relative to the centre, of a block of `lines` label lines at `angle`:
/// above the axis end at the top, below it at the bottom, centred on the sides.
fn label_extent(angle: f64, distance: f64, lines: usize) -> (f64, f64) {
    let sin = angle.sin();
    let block = LABEL_LINE * lines as f64;
    let top = distance * sin - block / 2.0 + sin * block / 2.0;
    (top, top + block)
}

/// A block of label lines placed outside the radar at `angle`, anchored away from it.
fn axis_label(angle: f64, (cx, cy): (f64, f64), distance: f64, lines: &[String]) -> String {
    let cos = angle.cos();
    let x = cx + distance * cos;
    let anchor = if cos > 0.3 {
        "start"
    } else if cos < -0.3 {
        "end"
    } else {
        "middle"
    };
    let (top, _) = label_extent(angle, distance, lines.len());
    let mut out = format!("<text text-anchor=\"{anchor}\">");
    for (k, line) in lines.iter().enumerate() {
        let weight = if k + 1 == lines.len() {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tspan x=\"{}\" y=\"{}\"{weight}>{}</tspan>",
            n(x),
            n(cy + top + 11.0 + LABEL_LINE * k as f64),
            escape(line)
        );
    }
    out.push_str("</text>\n");
    out
}

/// Horizontal bars, one group per axis, one bar per series, with the value at the end.
fn bars(title: &str, axes: &[String], series: &[Series]) -> String {
    let row = 16.0 * series.len().max(1) as f64 + 14.0;
    let legend_height = if series.len() > 1 { 34.0 } else { 0.0 };
    let height = 24.0 + row * axes.len() as f64 + legend_height;
    let (left, scale) = (180.0, 3.3);
    let mut out = open(560.0, height, title);
    out.push_str("<g stroke=\"#8c8c8c\" stroke-width=\"0.8\">\n");
    for tick in [0.0, 20.0, 40.0, 60.0, 80.0, 100.0] {
        let x = left + tick * scale;
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"8\" x2=\"{}\" y2=\"{}\"/>",
            n(x),
            n(x),
            n(12.0 + row * axes.len() as f64)
        );
    }
    out.push_str("</g>\n");
    for (i, axis) in axes.iter().enumerate() {
        let top = 16.0 + row * i as f64;
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            n(left - 8.0),
            n(top + 12.0),
            escape(axis)
        );
        for (k, s) in series.iter().enumerate() {
            let y = top + 16.0 * k as f64;
            let value = s.values.get(i).copied().flatten();
            let width = value.map_or(0.0, |v| v.clamp(0.0, 100.0) * scale);
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" fill=\"{}\" fill-opacity=\"0.15\" {}/>",
                n(left),
                n(y),
                n(width),
                pen(s.pen).colour,
                stroke(s.pen)
            );
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\">{}</text>",
                n(left + width + 6.0),
                n(y + 10.0),
                value.map_or(crate::tr!("report-not-available").to_string(), one_decimal)
            );
        }
    }
    if series.len() > 1 {
        out.push_str(&legend(series, 20.0, height - legend_height + 8.0, 260.0));
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_go_round_and_stop_at_gaps() {
        let values = [true, true, false, true, true];
        // Axis 2 has no value: the run starts after it and wraps from 4 to 0 and 1.
        assert_eq!(present_runs(5, |i| values[i]), vec![vec![3, 4, 0, 1]]);
        let two_gaps = [true, false, true, false, true];
        assert_eq!(present_runs(5, |i| two_gaps[i]), vec![vec![2], vec![4, 0]]);
        assert_eq!(present_runs(3, |_| true), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn fewer_than_three_dimensions_are_drawn_as_bars() {
        let series = [Series {
            label: "s".to_string(),
            values: vec![Some(50.0), None],
            pen: 0,
        }];
        let svg = radar("t", &["A".to_string(), "B".to_string()], &series);
        assert!(!svg.contains("<polygon"));
        // width = 50 * 3.3 = 165; a missing value is an empty bar marked n/a.
        assert!(svg.contains("width=\"165.0\""));
        assert!(svg.contains(">n/a</text>"));
    }
}
