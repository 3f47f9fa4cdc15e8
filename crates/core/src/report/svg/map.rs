//! The map drawn as rings in SVG: the firm at the centre, one ring per layer, one dot per
//! partner sized by the strength of the tie. Every piece of user text is escaped.

use std::f64::consts::PI;
use std::fmt::Write;

use crate::ecomap::{EcosystemMap, Layer, MAX_TIE, tie_dots};
use crate::text::{LongWords, escape_xml as escape, sanitize, wrap_within};
use crate::tr;

/// Width of the drawing, in SVG user units: wider than high, so labels beside the dots
/// on the outer ring stay inside it.
const WIDTH: f64 = 980.0;
/// Height of the drawing, in SVG user units.
const HEIGHT: f64 = 760.0;
/// Radius of the firm's circle at the centre.
const CENTRE_RADIUS: f64 = 72.0;
/// Width of an A4 page between the reports' 15 mm margins, in millimetres: the drawing
/// prints at this width (the stylesheet lets it).
const PRINTED_WIDTH_MM: f64 = 180.0;
/// Smallest font size in the drawing, in SVG user units: printed at
/// [`PRINTED_WIDTH_MM`] it is 16 × 180 / 980 = 2.94 mm = 8.3 pt, at least 8 pt.
const FONT_SIZE: f64 = 16.0;
/// Printed labels are at least 8 pt (8 / 72 inch = 2.82 mm) at A4 width.
const _: () = assert!(FONT_SIZE * PRINTED_WIDTH_MM / WIDTH >= 8.0 * 25.4 / 72.0);
/// Font size of the ring titles.
const RING_FONT_SIZE: f64 = 17.0;
/// Height of one line of a label.
const LINE_HEIGHT: f64 = 18.0;
/// Characters per line of a partner's label: about as many as fit between the outer ring
/// and the edge at [`FONT_SIZE`].
const LABEL_CHARS: usize = 15;
/// Lines of a partner's label; a name needing more is shortened and given in full in the
/// legend under the drawing.
const LABEL_LINES: usize = 2;
/// Characters per line of the organization's name at the centre.
const CENTRE_CHARS: usize = 13;
/// Lines of the organization's name at the centre.
const CENTRE_LINES: usize = 3;

/// Radius of a layer's ring.
fn ring_radius(layer: Layer) -> f64 {
    match layer {
        Layer::Immediate => 150.0,
        Layer::Extended => 240.0,
        Layer::Enabling => 325.0,
    }
}

/// Colour of a layer's ring and dots (readable on white, distinct in greyscale by size).
fn colour(layer: Layer) -> &'static str {
    match layer {
        Layer::Immediate => "#1f7a5a",
        Layer::Extended => "#2f5f9e",
        Layer::Enabling => "#8a5a14",
    }
}

/// The map drawn as rings, and the names too long to draw in full, numbered from 1 in
/// the order their labels carry the numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    /// The SVG element.
    pub svg: String,
    /// Full names of the labels shortened on the drawing; label `(n)` is entry `n - 1`.
    pub shortened: Vec<String>,
}

/// `text` as `<tspan>` lines centred on `y` at `x`.
fn lines_at(x: f64, y: f64, lines: &[String]) -> String {
    let first = y + FONT_SIZE / 3.0 - LINE_HEIGHT * (lines.len() as f64 - 1.0) / 2.0;
    lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            format!(
                "<tspan x=\"{x:.1}\" y=\"{:.1}\">{}</tspan>",
                first + LINE_HEIGHT * k as f64,
                escape(line)
            )
        })
        .collect()
}

/// The drawing of `map` as rings.
pub fn rings(map: &EcosystemMap) -> Drawing {
    let (centre_x, centre_y) = (WIDTH / 2.0, HEIGHT / 2.0);
    let mut shortened = Vec::new();
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"{WIDTH}\" height=\"{HEIGHT}\" class=\"chart map\" role=\"img\" \
         font-family=\"sans-serif\" font-size=\"{FONT_SIZE}\">\
         <title>{}</title>",
        escape(&tr!(
            "report-map-text-title",
            org = sanitize(&map.organization, false)
        ))
    );
    for layer in Layer::ALL.iter().rev() {
        let count = map.partners.iter().filter(|p| p.layer == *layer).count();
        let r = ring_radius(*layer);
        let _ = write!(
            svg,
            "<circle cx=\"{centre_x}\" cy=\"{centre_y}\" r=\"{r}\" fill=\"none\" stroke=\"{}\" \
             stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{centre_x}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{RING_FONT_SIZE}\" \
             fill=\"{}\">{} ({count})</text>",
            colour(*layer),
            centre_y - r - 8.0,
            colour(*layer),
            layer.title()
        );
    }
    let (centre_lines, centre_cut) = wrap_within(
        &sanitize(&map.organization, false),
        CENTRE_CHARS,
        CENTRE_LINES,
        LongWords::Cut,
    );
    if centre_cut {
        // The full name also heads the map's section; the legend repeats it.
        shortened.push(sanitize(&map.organization, false).trim().to_string());
    }
    let _ = write!(
        svg,
        "<circle cx=\"{centre_x}\" cy=\"{centre_y}\" r=\"{CENTRE_RADIUS}\" fill=\"#f2f2f2\" \
         stroke=\"#333\" stroke-width=\"2\"/>\
         <text text-anchor=\"middle\" font-weight=\"bold\">{}</text>",
        lines_at(
            centre_x,
            centre_y,
            &numbered(centre_lines, centre_cut, shortened.len())
        )
    );
    for layer in Layer::ALL {
        let partners = map.in_layer(layer);
        let r = ring_radius(layer);
        for (index, partner) in partners.iter().enumerate() {
            // Half a step off the top keeps dots away from the ring's label.
            let angle = -PI / 2.0 + (index as f64 + 0.5) * 2.0 * PI / partners.len() as f64;
            let (x, y) = (centre_x + r * angle.cos(), centre_y + r * angle.sin());
            let dot = 3.0 + 1.6 * f64::from(partner.tie.min(MAX_TIE));
            let name = sanitize(&partner.name, false);
            let sector = sanitize(&partner.sector, false);
            let anchor = if angle.cos() >= 0.0 { "start" } else { "end" };
            let label_x = x + (dot + 4.0) * if anchor == "start" { 1.0 } else { -1.0 };
            let (lines, cut) = wrap_within(&name, LABEL_CHARS, LABEL_LINES, LongWords::Cut);
            if cut {
                shortened.push(name.trim().to_string());
            }
            let lines = numbered(lines, cut, shortened.len());
            let _ = write!(
                svg,
                "<g><title>{} ({}) {} {}/{MAX_TIE}</title>\
                 <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{dot:.1}\" fill=\"{}\"/>\
                 <text text-anchor=\"{anchor}\">{}</text></g>",
                escape(&name),
                escape(&sector),
                tie_dots(partner.tie),
                partner.tie,
                colour(layer),
                lines_at(label_x, y, &lines)
            );
        }
    }
    let _ = write!(
        svg,
        "<text x=\"10\" y=\"{:.1}\" fill=\"#555\">{}</text></svg>",
        HEIGHT - 10.0,
        escape(&tr!("report-map-dot-size", max = MAX_TIE))
    );
    Drawing { svg, shortened }
}

/// The label's lines, the last one followed by ` (n)` when the name was shortened and is
/// entry `n` of the legend.
fn numbered(mut lines: Vec<String>, cut: bool, n: usize) -> Vec<String> {
    if cut && let Some(last) = lines.last_mut() {
        let _ = write!(last, " ({n})");
    }
    lines
}
