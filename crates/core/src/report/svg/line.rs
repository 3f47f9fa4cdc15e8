//! The line chart of the trend report: overall readiness and every dimension over time.

use std::fmt::Write as _;

use super::{Series, escape, legend, marker, n, open, stroke};
use crate::text::{LongWords, wrap_within};

/// Characters of a series' name in its end label (then its last value).
const END_LABEL_CHARS: usize = 23;
/// Least vertical distance between two end labels.
const END_LABEL_GAP: f64 = 12.0;

/// A line chart on 0-100 over points at `x` (fractions 0-1 of the width, with a label
/// each); a missing value breaks its line. Each series has its own dash pattern and marker
/// shape and is named at its last value on the right, so the lines are told apart in
/// greyscale; a single point says that there is no change to show yet.
pub fn line_chart(title: &str, x: &[(f64, String)], series: &[Series]) -> String {
    // The plot ends at 540; the 180 units to its right hold the end labels.
    let (left, right, top, bottom) = (40.0, 540.0, 16.0, 236.0);
    let rotated = x.len() > 6;
    let legend_top = bottom + if rotated { 84.0 } else { 44.0 };
    let rows = series.len().div_ceil(2) as f64;
    let height = legend_top + rows * 18.0 + 8.0;
    let mut out = open(720.0, height, title);
    // Points keep clear of the axes so the first and last markers stay visible.
    let inset = 16.0;
    let px = |fraction: f64| left + inset + fraction.clamp(0.0, 1.0) * (right - left - 2.0 * inset);
    let py = |value: f64| bottom - value.clamp(0.0, 100.0) / 100.0 * (bottom - top);
    out.push_str("<g stroke=\"#8c8c8c\" stroke-width=\"0.8\">\n");
    for tick in [0.0, 20.0, 40.0, 60.0, 80.0, 100.0] {
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            n(left),
            n(py(tick)),
            n(right),
            n(py(tick))
        );
    }
    out.push_str("</g>\n<g font-size=\"10\" fill=\"#333333\">\n");
    for tick in [0.0, 20.0, 40.0, 60.0, 80.0, 100.0] {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{tick}</text>",
            n(left - 6.0),
            n(py(tick) + 3.5)
        );
    }
    for (fraction, label) in x {
        let (lx, ly) = (px(*fraction), bottom + 16.0);
        if rotated {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" transform=\"rotate(-35 {} {})\">{}</text>",
                n(lx),
                n(ly),
                n(lx),
                n(ly),
                escape(label)
            );
        } else {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                n(lx),
                n(ly),
                escape(label)
            );
        }
    }
    out.push_str("</g>\n");
    for s in series {
        let mut path = String::new();
        let mut drawing = false;
        for ((fraction, _), value) in x.iter().zip(&s.values) {
            match value {
                Some(v) => {
                    let command = if drawing { 'L' } else { 'M' };
                    let _ = write!(path, "{command}{},{} ", n(px(*fraction)), n(py(*v)));
                    drawing = true;
                }
                None => drawing = false,
            }
        }
        if !path.is_empty() {
            let _ = writeln!(
                out,
                "<path d=\"{}\" fill=\"none\" {} stroke-linejoin=\"round\"/>",
                path.trim_end(),
                stroke(s.pen)
            );
        }
        for ((fraction, _), value) in x.iter().zip(&s.values) {
            if let Some(v) = value {
                let _ = writeln!(out, "{}", marker(s.pen, px(*fraction), py(*v)));
            }
        }
    }
    out.push_str(&end_labels(x, series, right, &px, &py));
    if x.len() == 1 {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333333\">{}</text>",
            n((left + right) / 2.0),
            n(top + 12.0),
            crate::text::escape_xml(crate::tr!("report-chart-one-check-in"))
        );
    }
    out.push_str(&legend(series, left, legend_top, 290.0));
    out.push_str("</svg>\n");
    out
}

/// Each series' name and last value beside the chart's right edge, at the height of that
/// value (moved apart where they would overlap), with a thin leader from its last point.
fn end_labels(
    x: &[(f64, String)],
    series: &[Series],
    right: f64,
    px: &impl Fn(f64) -> f64,
    py: &impl Fn(f64) -> f64,
) -> String {
    let mut labels: Vec<(f64, f64, f64, String)> = series
        .iter()
        .filter_map(|s| {
            let (fraction, value) = x
                .iter()
                .zip(&s.values)
                .rev()
                .find_map(|((fraction, _), v)| v.map(|v| (*fraction, v)))?;
            let name = wrap_within(&s.label, END_LABEL_CHARS, 1, LongWords::Cut)
                .0
                .join("");
            let text = format!("{name} {}", super::one_decimal(value));
            Some((px(fraction), py(value), py(value), text))
        })
        .collect();
    labels.sort_by(|a, b| a.1.total_cmp(&b.1));
    for k in 1..labels.len() {
        let least = labels[k - 1].2 + END_LABEL_GAP;
        if labels[k].2 < least {
            labels[k].2 = least;
        }
    }
    let mut out = String::from("<g class=\"end-labels\" font-size=\"11\">\n");
    for (from_x, from_y, label_y, text) in labels {
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#8c8c8c\" \
             stroke-width=\"0.6\"/><text x=\"{}\" y=\"{}\">{}</text>",
            n(from_x + 5.0),
            n(from_y),
            n(right + 4.0),
            n(label_y),
            n(right + 6.0),
            n(label_y + 4.0),
            escape(&text)
        );
    }
    out.push_str("</g>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_value_breaks_the_line() {
        let x = [
            (0.0, "a".to_string()),
            (0.5, "b".to_string()),
            (1.0, "c".to_string()),
        ];
        let series = [Series {
            label: "s".to_string(),
            values: vec![Some(0.0), None, Some(100.0)],
            pen: 0,
        }];
        let svg = line_chart("t", &x, &series);
        // x: 40 + 16 + f * (500 - 32); y: 236 - v * 2.2. Two moves, no line between them.
        assert!(svg.contains("d=\"M56.0,236.0 M524.0,16.0\""), "{svg}");
    }

    fn series(label: &str, values: Vec<Option<f64>>, pen: usize) -> Series {
        Series {
            label: label.to_string(),
            values,
            pen,
        }
    }

    #[test]
    fn every_line_has_its_own_marker_shape_and_an_end_label() {
        let x = [(0.0, "a".to_string()), (1.0, "b".to_string())];
        let all: Vec<Series> = (0..7)
            .map(|pen| {
                series(
                    &format!("Area {pen}"),
                    vec![Some(10.0), Some(10.0 * pen as f64)],
                    pen,
                )
            })
            .collect();
        let svg = line_chart("t", &x, &all);
        // Seven pens, seven marker shapes: what each marker is drawn as, told apart by
        // element and fill, not by colour.
        let shapes: Vec<String> = (0..7)
            .map(|pen| {
                let m = marker(pen, 0.0, 0.0);
                let element = m.split_whitespace().next().unwrap().to_string();
                let points = m
                    .split("points=\"")
                    .nth(1)
                    .map(|p| p[..p.find('"').unwrap()].to_string());
                format!("{element} {} {points:?}", m.contains("#ffffff"))
            })
            .collect();
        let distinct: std::collections::BTreeSet<&String> = shapes.iter().collect();
        assert_eq!(distinct.len(), 7, "{shapes:?}");
        // Each line is named at its end, with its last value: "Area 3 30.0".
        for pen in 0..7 {
            let label = format!(">Area {pen} {}.0</text>", 10 * pen);
            assert!(svg.contains(&label), "{label} missing in {svg}");
        }
        // Labels of equal values are moved apart (0 and 1 end at 0 and 10: 2.2 units
        // apart on the chart, at least 12 in the labels).
        let group = svg.split("<g class=\"end-labels\"").nth(1).unwrap();
        let ys: Vec<f64> = group[..group.find("</g>").unwrap()]
            .split("<text x=\"")
            .skip(1)
            .map(|t| {
                let y = t.split("y=\"").nth(1).unwrap();
                y[..y.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        for pair in ys.windows(2) {
            assert!((pair[1] - pair[0]).abs() >= END_LABEL_GAP - 1e-9, "{ys:?}");
        }
    }

    #[test]
    fn a_single_point_is_a_marker_with_its_label_and_says_so() {
        let x = [(0.5, "2025-01-10".to_string())];
        let svg = line_chart("t", &x, &[series("Overall", vec![Some(54.2)], 0)]);
        // Centred: 40 + 16 + 0.5 * 468 = 290; 236 - 54.2 * 2.2 = 116.8.
        assert!(
            svg.contains("<circle class=\"marker\" cx=\"290.0\" cy=\"116.8\""),
            "{svg}"
        );
        assert!(svg.contains(">Overall 54.2</text>"), "{svg}");
        assert!(
            svg.contains("One check-in so far: no change to show yet."),
            "{svg}"
        );
    }
}
