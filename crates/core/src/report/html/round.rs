//! A round report as one self-contained HTML page: the respondents, each one's score per
//! area beside the mean, range and agreement, and the agenda of items answered far apart,
//! each respondent's answer and note side by side.

use std::fmt::Write as _;

use super::{escape, escape_multiline, footer, page};
use crate::documents::RoundDocument;
use crate::report::round::{
    agenda_empty, agenda_explained, agreement_cell, agreement_explained, answer_text, areas,
    contested_cell, range_cell, respondent_heading, summary, title,
};
use crate::report::{DateStyle, one_decimal};
use crate::tr;

/// The round report as an HTML page.
pub fn round(doc: &RoundDocument, dates: DateStyle) -> String {
    let title = title(doc);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<p>{}</p>\n</header>\n<section>\n<h2>{}</h2>\n\
         <table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(&title),
        escape(&summary(doc)),
        escape(tr!("report-trend-respondents")),
        escape(tr!("report-label-respondent")),
        escape(tr!("report-round-role")),
        escape(tr!("report-label-completed")),
        escape(tr!("report-round-overall")),
        escape(tr!("report-label-assessment")),
    );
    for r in &doc.respondents {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td><code>{}</code></td></tr>",
            escape(&r.respondent.name),
            escape(&r.respondent.role),
            escape(&dates.date_of(&r.date)),
            score(r.overall),
            escape(&r.id)
        );
    }
    body.push_str("</tbody>\n</table>\n");
    if !doc.left_out.is_empty() {
        let _ = write!(
            body,
            "<p>{}</p>\n<ul>\n",
            escape(tr!("report-round-left-out"))
        );
        for l in &doc.left_out {
            let _ = writeln!(
                body,
                "<li>{} (<code>{}</code>): {}</li>",
                escape(&l.respondent.name),
                escape(&l.id),
                escape(&l.reason)
            );
        }
        body.push_str("</ul>\n");
    }
    body.push_str("</section>\n");
    body.push_str(&scores(doc));
    body.push_str(&agenda(doc));
    body.push_str(&footer(""));
    page(&title, &body)
}

/// Each respondent's score per area, the mean, range and agreement.
fn scores(doc: &RoundDocument) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<table class=\"scores\">\n<thead><tr>\
         <th scope=\"col\">{}</th>",
        escape(tr!("report-round-scores-heading")),
        escape(tr!("report-column-area"))
    );
    for i in 0..doc.respondents.len() {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(&respondent_heading(doc, i))
        );
    }
    let _ = write!(
        out,
        "<th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\"></th></tr></thead>\n<tbody>\n",
        escape(tr!("report-round-mean")),
        escape(tr!("report-round-range")),
        escape(tr!("report-round-agreement")),
    );
    for area in areas(doc) {
        let class = if area.kind == "facet" {
            "facet"
        } else {
            "dimension"
        };
        let _ = write!(out, "<tr class=\"{class}\"><td>{}</td>", escape(area.title));
        for s in &area.spread.scores {
            let _ = write!(out, "<td class=\"num\">{}</td>", score(*s));
        }
        let _ = writeln!(
            out,
            "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            score(area.spread.mean),
            range_cell(area.spread),
            escape(&agreement_cell(area.spread)),
            contested_cell(area.spread)
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p class=\"caveat\">{}</p>\n</section>",
        escape(&agreement_explained(doc))
    );
    out
}

/// The agenda: every item answered far apart, the answers and notes side by side.
fn agenda(doc: &RoundDocument) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"caveat\">{}</p>\n",
        escape(tr!("report-round-agenda-heading")),
        escape(&agenda_explained(doc))
    );
    if doc.agenda.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(agenda_empty(doc)));
    }
    for item in &doc.agenda {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p class=\"caveat\">{}</p>\n<table class=\"notes\">\n\
             <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            escape(&item.text),
            escape(&tr!(
                "report-round-points-apart",
                facet = item.facet.as_str(),
                apart = crate::i18n::decimal(item.apart, 0)
            )),
            escape(tr!("report-label-respondent")),
            escape(tr!("report-round-answer")),
            escape(tr!("report-column-note")),
        );
        for (i, answer) in item.answers.iter().enumerate() {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"note\">{}</td></tr>",
                escape(&respondent_heading(doc, i)),
                escape(answer_text(answer.answer.as_deref())),
                escape_multiline(answer.note.trim())
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
    out
}

/// A score to one decimal, or `-`.
fn score(value: Option<f64>) -> String {
    value.map_or("-".to_string(), one_decimal)
}
