//! The comparison of two assessments as one HTML page with both radar shapes overlaid,
//! from the document `compare --json` prints.

use std::fmt::Write as _;

use super::{escape, escape_multiline, footer, list_section, page};
use crate::documents::CompareDocument;
use crate::report::comparison::{
    areas, compared_score, item_delta, marks, note_or_none, side_rows, title,
};
use crate::report::svg::{self, Series};
use crate::report::text::moved_answers;
use crate::report::{DateStyle, MOVED_ITEMS_SHOWN, change_text, overall_caveat_text};
use crate::tr;

/// The comparison as one HTML page with both radar shapes overlaid.
pub fn comparison(doc: &CompareDocument, dates: DateStyle) -> String {
    let title = title(doc, dates);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<table class=\"facts\">\n<thead><tr><th scope=\"col\"></th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(&title),
        escape(tr!("report-compare-before")),
        escape(tr!("report-compare-after")),
    );
    for (label, before, after) in side_rows(doc, dates) {
        let _ = writeln!(
            body,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(label),
            escape(&before),
            escape(&after)
        );
    }
    body.push_str("</tbody>\n</table>\n");
    for warning in &doc.shown_warnings {
        let _ = writeln!(
            body,
            "<p class=\"warning\"><strong>{}</strong> {}</p>",
            escape(tr!("report-compare-warning")),
            escape(warning)
        );
    }
    let _ = writeln!(
        body,
        "<p>{}</p>\n</header>",
        escape(&doc.not_compared.shown_note)
    );
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
    body.push_str(&list_section(tr!("report-compare-moved-heading"), &moved));
    if !doc.notes.is_empty() {
        let _ = write!(
            body,
            "<section>\n<h2>{}</h2>\n<table class=\"notes\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead>\n<tbody>\n",
            escape(tr!("report-notes-heading")),
            escape(tr!("report-column-item")),
            escape(tr!("report-compare-before")),
            escape(tr!("report-compare-after")),
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
    let mut body = format!(
        "<section>\n<h2>{}</h2>\n<figure>\n",
        escape(tr!("report-compare-scores-heading"))
    );
    let axes: Vec<String> = doc.dimensions.iter().map(|d| d.title.clone()).collect();
    let series = [
        Series {
            label: tr!(
                "report-compare-series-before",
                date = dates.date_of(&doc.before.date)
            ),
            values: doc.dimensions.iter().map(|d| d.delta.before).collect(),
            pen: 1,
        },
        Series {
            label: tr!(
                "report-compare-series-after",
                date = dates.date_of(&doc.after.date)
            ),
            values: doc.dimensions.iter().map(|d| d.delta.after).collect(),
            pen: 0,
        },
    ];
    body.push_str(&svg::radar(
        tr!("report-compare-radar-title"),
        &axes,
        &series,
    ));
    let _ = write!(
        body,
        "<figcaption>{}</figcaption>\n</figure>\n<table class=\"scores\">\n<thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n\
         <tbody>\n",
        escape(tr!("report-compare-radar-caption")),
        escape(tr!("report-column-area")),
        escape(tr!("report-compare-before")),
        escape(tr!("report-compare-after")),
        escape(tr!("report-compare-change")),
        escape(tr!("report-compare-like-for-like")),
        escape(tr!("report-compare-noise")),
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
        "</tbody>\n</table>\n<p class=\"caveat\">{}</p>\n<p class=\"caveat\">{}</p>",
        escape(marks()),
        escape(&tr!(
            "report-compare-noise-note",
            note = doc.shown_noise_note()
        ))
    );
    if doc.mixes_scale_kinds {
        let _ = writeln!(
            body,
            "<p class=\"caveat\">{}</p>",
            escape(overall_caveat_text())
        );
    }
    let _ = writeln!(body, "</section>");
    body
}
