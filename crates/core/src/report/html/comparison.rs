//! The comparison of two assessments as one HTML page with both radar shapes overlaid,
//! from the document `compare --json` prints.

use std::fmt::Write as _;

use super::{escape, escape_multiline, footer, list_section, page};
use crate::documents::CompareDocument;
use crate::report::comparison::{
    MARKS, areas, compared_score, item_delta, note_or_none, side_rows, title,
};
use crate::report::svg::{self, Series};
use crate::report::text::moved_answers;
use crate::report::{DateStyle, MOVED_ITEMS_SHOWN, overall_caveat_text, change_text};

/// The comparison as one HTML page with both radar shapes overlaid.
pub fn comparison(doc: &CompareDocument, dates: DateStyle) -> String {
    let title = title(doc, dates);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<table class=\"facts\">\n<thead><tr><th scope=\"col\"></th>\
         <th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n",
        escape(&title)
    );
    for (label, before, after) in side_rows(doc, dates) {
        let _ = writeln!(
            body,
            "<tr><th scope=\"row\">{label}</th><td>{}</td><td>{}</td></tr>",
            escape(&before),
            escape(&after)
        );
    }
    body.push_str("</tbody>\n</table>\n");
    for warning in &doc.warnings {
        let _ = writeln!(
            body,
            "<p class=\"warning\"><strong>Warning:</strong> {}</p>",
            escape(warning)
        );
    }
    let _ = writeln!(body, "<p>{}</p>\n</header>", escape(&doc.not_compared.note));
    // With no question in common the note above says nothing can be compared.
    if doc.not_compared.shared_items > 0 {
        body.push_str(&scores_section(doc, dates));
    }
    let moved: Vec<String> = doc
        .moved_items
        .iter()
        .take(MOVED_ITEMS_SHOWN)
        .map(|m| {
            format!(
                "{}: <code>{}</code> {} ({})",
                change_text(&item_delta(m.before, m.after, m.change)),
                escape(&m.item),
                escape(&m.text),
                escape(&moved_answers(m))
            )
        })
        .collect();
    body.push_str(&list_section("Items that moved most", &moved));
    if !doc.notes.is_empty() {
        body.push_str(
            "<section>\n<h2>Notes</h2>\n<table class=\"notes\">\n<thead><tr>\
             <th scope=\"col\">Item</th><th scope=\"col\">Before</th><th scope=\"col\">After</th>\
             </tr></thead>\n<tbody>\n",
        );
        for pair in &doc.notes {
            let _ = writeln!(
                body,
                "<tr><td><code>{}</code> {}</td><td class=\"note\">{}</td><td class=\"note\">{}</td></tr>",
                escape(&pair.item),
                escape(&pair.text),
                note_or_none(&pair.before, escape_multiline),
                note_or_none(&pair.after, escape_multiline)
            );
        }
        body.push_str("</tbody>\n</table>\n</section>\n");
    }
    body.push_str(&footer(""));
    page(&title, &body)
}

/// The radar of both sides and the table of changes.
fn scores_section(doc: &CompareDocument, dates: DateStyle) -> String {
    let mut body = String::from("<section>\n<h2>Scores</h2>\n<figure>\n");
    let axes: Vec<String> = doc.dimensions.iter().map(|d| d.title.clone()).collect();
    let series = [
        Series {
            label: format!("Before ({})", dates.date_of(&doc.before.date)),
            values: doc.dimensions.iter().map(|d| d.delta.before).collect(),
            pen: 1,
        },
        Series {
            label: format!("After ({})", dates.date_of(&doc.after.date)),
            values: doc.dimensions.iter().map(|d| d.delta.after).collect(),
            pen: 0,
        },
    ];
    body.push_str(&svg::radar(
        "Dimension scores before and after, 0 to 100",
        &axes,
        &series,
    ));
    body.push_str(
        "<figcaption>Before dashed, after solid; each dimension on 0 to 100, rings every 20 \
         points.</figcaption>\n</figure>\n<table class=\"scores\">\n<thead><tr>\
         <th scope=\"col\">Area</th><th scope=\"col\" class=\"num\">Before</th>\
         <th scope=\"col\" class=\"num\">After</th><th scope=\"col\" class=\"num\">Change</th>\
         <th scope=\"col\">Like for like</th><th scope=\"col\">Noise</th></tr></thead>\n\
         <tbody>\n",
    );
    for (kind, _, _, title, delta) in areas(doc) {
        let _ = writeln!(
            body,
            "<tr class=\"{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
            if kind == "facet" {
                "facet"
            } else {
                "dimension"
            },
            escape(title),
            compared_score(delta.before),
            compared_score(delta.after),
            change_text(delta),
            escape(&delta.like_for_like()),
            escape(&delta.noise_cell())
        );
    }
    let _ = writeln!(
        body,
        "</tbody>\n</table>\n<p class=\"caveat\">Change: {}</p>\n<p class=\"caveat\">Noise: {}</p>",
        escape(MARKS),
        escape(&doc.noise_note)
    );
    if doc.mixes_scale_kinds {
        let _ = writeln!(body, "<p class=\"caveat\">{}</p>", escape(overall_caveat_text()));
    }
    let _ = writeln!(body, "</section>");
    body
}
