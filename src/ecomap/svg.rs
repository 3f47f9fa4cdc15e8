//! The map drawn as rings in SVG: the firm at the centre, one ring per layer, one dot per
//! partner sized by the strength of the tie. Every piece of user text is escaped.

use std::f64::consts::PI;
use std::fmt::Write;

use super::model::{EcosystemMap, Layer, MAX_TIE};
use super::sentences::tie_dots;
use crate::text::sanitize;
use crate::trig;

/// Width of the drawing, in SVG user units: wider than high, so labels beside the dots
/// on the outer ring stay inside it.
const WIDTH: f64 = 980.0;
/// Height of the drawing, in SVG user units.
const HEIGHT: f64 = 760.0;
/// Radius of the firm's circle at the centre.
const CENTRE_RADIUS: f64 = 58.0;
/// Longest partner label drawn; the full name is in the dot's tooltip and the tables.
const LABEL_CHARS: usize = 18;
/// Longest organization name drawn at the centre.
const CENTRE_CHARS: usize = 16;

/// Radius of a layer's ring.
fn ring_radius(layer: Layer) -> f64 {
    match layer {
        Layer::Immediate => 140.0,
        Layer::Extended => 235.0,
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

/// The SVG element drawing `map` as rings.
pub fn rings(map: &EcosystemMap) -> String {
    let (centre_x, centre_y) = (WIDTH / 2.0, HEIGHT / 2.0);
    let org = escape(&sanitize(&map.organization, false));
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"{WIDTH}\" height=\"{HEIGHT}\" class=\"chart\" role=\"img\" font-family=\"sans-serif\">\
         <title>Ecosystem map of {org}</title>"
    );
    for layer in Layer::ALL.iter().rev() {
        let count = map.partners.iter().filter(|p| p.layer == *layer).count();
        let r = ring_radius(*layer);
        let _ = write!(
            svg,
            "<circle cx=\"{centre_x}\" cy=\"{centre_y}\" r=\"{r}\" fill=\"none\" stroke=\"{}\" \
             stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{centre_x}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" \
             fill=\"{}\">{} ({count})</text>",
            colour(*layer),
            centre_y - r - 8.0,
            colour(*layer),
            layer.title()
        );
    }
    let _ = write!(
        svg,
        "<circle cx=\"{centre_x}\" cy=\"{centre_y}\" r=\"{CENTRE_RADIUS}\" fill=\"#f2f2f2\" \
         stroke=\"#333\" stroke-width=\"2\"/>\
         <text x=\"{centre_x}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\" \
         font-weight=\"bold\">{}</text>",
        centre_y + 5.0,
        escape(&truncate(&sanitize(&map.organization, false), CENTRE_CHARS))
    );
    for layer in Layer::ALL {
        let partners = map.in_layer(layer);
        let r = ring_radius(layer);
        for (index, partner) in partners.iter().enumerate() {
            // Half a step off the top keeps dots away from the ring's label.
            let angle = -PI / 2.0 + (index as f64 + 0.5) * 2.0 * PI / partners.len() as f64;
            let (x, y) = (
                centre_x + r * trig::cos(angle),
                centre_y + r * trig::sin(angle),
            );
            let dot = 3.0 + 1.6 * f64::from(partner.tie.min(MAX_TIE));
            let name = sanitize(&partner.name, false);
            let sector = sanitize(&partner.sector, false);
            let anchor = if trig::cos(angle) >= 0.0 {
                "start"
            } else {
                "end"
            };
            let label_x = x + (dot + 4.0) * if anchor == "start" { 1.0 } else { -1.0 };
            let _ = write!(
                svg,
                "<g><title>{} ({}) {} {}/{MAX_TIE}</title>\
                 <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{dot:.1}\" fill=\"{}\"/>\
                 <text x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" \
                 font-size=\"11\">{}</text></g>",
                escape(&name),
                escape(&sector),
                tie_dots(partner.tie),
                partner.tie,
                colour(layer),
                y + 4.0,
                escape(&truncate(&name, LABEL_CHARS))
            );
        }
    }
    let _ = write!(
        svg,
        "<text x=\"10\" y=\"{:.1}\" font-size=\"11\" fill=\"#555\">Dot size: strength of \
         the tie, 1 (occasional contact) to {MAX_TIE} (deep, trusted).</text></svg>",
        HEIGHT - 10.0
    );
    svg
}

/// Escapes text for HTML and SVG element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// At most `chars` characters, a cut marked with an ellipsis.
fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}
