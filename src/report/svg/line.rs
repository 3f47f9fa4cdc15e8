//! The line chart of the trend report: overall readiness and every dimension over time.

use std::fmt::Write as _;

use super::{Series, escape, legend, n, open, pen, stroke};

/// A line chart on 0-100 over points at `x` (fractions 0-1 of the width, with a label
/// each); a missing value breaks its line.
pub fn line_chart(title: &str, x: &[(f64, String)], series: &[Series]) -> String {
    let (left, right, top, bottom) = (40.0, 600.0, 16.0, 236.0);
    let rotated = x.len() > 6;
    let legend_top = bottom + if rotated { 84.0 } else { 44.0 };
    let rows = series.len().div_ceil(2) as f64;
    let height = legend_top + rows * 18.0 + 8.0;
    let mut out = open(640.0, height, title);
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
                let _ = writeln!(
                    out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{}\"/>",
                    n(px(*fraction)),
                    n(py(*v)),
                    pen(s.pen).colour
                );
            }
        }
    }
    out.push_str(&legend(series, left, legend_top, 290.0));
    out.push_str("</svg>\n");
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
        // x: 40 + 16 + f * (560 - 32); y: 236 - v * 2.2. Two moves, no line between them.
        assert!(svg.contains("d=\"M56.0,236.0 M584.0,16.0\""), "{svg}");
    }
}
