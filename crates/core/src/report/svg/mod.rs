//! Inline SVG charts for the HTML reports: a radar of the dimensions (bars when there are
//! fewer than three) and a line chart over time. Series differ by dash pattern as well as
//! colour, strokes are dark, and nothing relies on a background, so charts stay readable
//! when printed in black and white.

mod line;
mod map;
mod radar;

use std::fmt::Write as _;

pub use line::line_chart;
pub use map::{Drawing, rings};
pub use radar::radar;

use super::one_decimal;
use crate::text::escape_html as escape;

/// One line or shape: a label for the legend and a value (0-100) per axis or point.
#[derive(Debug, Clone)]
pub struct Series {
    /// Shown in the legend.
    pub label: String,
    /// One value per axis or point; `None` where there is no score.
    pub values: Vec<Option<f64>>,
    /// Index into the pens: 0 is solid black, the others dashed.
    pub pen: usize,
}

/// A stroke style that survives black-and-white printing.
struct Pen {
    colour: &'static str,
    dash: &'static str,
    width: f64,
}

const PENS: [Pen; 7] = [
    Pen {
        colour: "#000000",
        dash: "",
        width: 2.5,
    },
    Pen {
        colour: "#1f3f8f",
        dash: "8 4",
        width: 2.0,
    },
    Pen {
        colour: "#8f1f1f",
        dash: "2 3",
        width: 2.0,
    },
    Pen {
        colour: "#1f6f3f",
        dash: "12 3 3 3",
        width: 2.0,
    },
    Pen {
        colour: "#5f2f7f",
        dash: "5 2",
        width: 2.0,
    },
    Pen {
        colour: "#6f5300",
        dash: "1 4",
        width: 2.5,
    },
    Pen {
        colour: "#3f3f3f",
        dash: "16 4",
        width: 1.5,
    },
];

fn pen(index: usize) -> &'static Pen {
    &PENS[index % PENS.len()]
}

/// `stroke=".." stroke-width=".." [stroke-dasharray=".."]` for a pen.
fn stroke(index: usize) -> String {
    let p = pen(index);
    let mut out = format!("stroke=\"{}\" stroke-width=\"{}\"", p.colour, p.width);
    if !p.dash.is_empty() {
        let _ = write!(out, " stroke-dasharray=\"{}\"", p.dash);
    }
    out
}

/// A coordinate to one decimal.
fn n(value: f64) -> String {
    format!("{value:.1}")
}

/// The opening tag and accessible title of a chart.
fn open(width: f64, height: f64, title: &str) -> String {
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" \
         font-size=\"12\" fill=\"#000000\">\n<title>{}</title>\n",
        n(width),
        n(height),
        n(width),
        n(height),
        escape(title)
    )
}
/// A marker of the series drawn with pen `index`, centred on (`x`, `y`): each pen has its
/// own shape (filled circle, square, triangle up, diamond, triangle down, open circle,
/// open square), so lines are told apart in greyscale and where they cross.
fn marker(index: usize, x: f64, y: f64) -> String {
    let colour = pen(index).colour;
    let filled = format!("fill=\"{colour}\"");
    let open = format!("fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"1.5\"");
    let polygon = |corners: &[(f64, f64)]| {
        let points: Vec<String> = corners
            .iter()
            .map(|(dx, dy)| format!("{},{}", n(x + dx), n(y + dy)))
            .collect();
        format!(
            "<polygon class=\"marker\" points=\"{}\" {filled}/>",
            points.join(" ")
        )
    };
    match index % PENS.len() {
        0 => format!(
            "<circle class=\"marker\" cx=\"{}\" cy=\"{}\" r=\"3.5\" {filled}/>",
            n(x),
            n(y)
        ),
        1 => format!(
            "<rect class=\"marker\" x=\"{}\" y=\"{}\" width=\"7\" height=\"7\" {filled}/>",
            n(x - 3.5),
            n(y - 3.5)
        ),
        2 => polygon(&[(0.0, -4.5), (4.5, 3.5), (-4.5, 3.5)]),
        3 => polygon(&[(0.0, -4.5), (4.5, 0.0), (0.0, 4.5), (-4.5, 0.0)]),
        4 => polygon(&[(0.0, 4.5), (4.5, -3.5), (-4.5, -3.5)]),
        5 => format!(
            "<circle class=\"marker\" cx=\"{}\" cy=\"{}\" r=\"3.5\" {open}/>",
            n(x),
            n(y)
        ),
        _ => format!(
            "<rect class=\"marker\" x=\"{}\" y=\"{}\" width=\"7\" height=\"7\" {open}/>",
            n(x - 3.5),
            n(y - 3.5)
        ),
    }
}

/// Line samples with labels, two to a row, starting at (`x`, `y`).
fn legend(series: &[Series], x: f64, y: f64, column: f64) -> String {
    let mut out = String::from("<g>\n");
    for (i, s) in series.iter().enumerate() {
        let lx = x + column * (i % 2) as f64;
        let ly = y + 18.0 * (i / 2) as f64;
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>{}<text x=\"{}\" y=\"{}\">{}</text>",
            n(lx),
            n(ly + 8.0),
            n(lx + 32.0),
            n(ly + 8.0),
            stroke(s.pen),
            marker(s.pen, lx + 16.0, ly + 8.0),
            n(lx + 40.0),
            n(ly + 12.0),
            escape(&s.label)
        );
    }
    out.push_str("</g>\n");
    out
}
