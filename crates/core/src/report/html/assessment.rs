//! The HTML report of one assessment.

use std::fmt::Write as _;

use crate::documents::{AssessmentDetail, AssessmentSummary, ScoreSummary};
use crate::questionnaire::Questionnaire;
use crate::text::sanitize;

use super::{escape, escape_multiline, footer, list_section, page};
use crate::next_steps::{self, FacetSteps};
use crate::report::sentences::{
    amendment_lines, amendments_heading, facts, knowledge_gaps, weakest_items,
};
use crate::report::svg::{self, Series};
use crate::report::{
    AssessmentReport, DateStyle, answered_sentence, band_meaning, band_range, coverage_text,
    one_decimal, overall_caveat, shown_score,
};
use crate::text::escape_xml;
use crate::tr;

/// The report of one assessment.
pub fn assessment(report: &AssessmentReport<'_>, dates: DateStyle) -> String {
    let (detail, q) = (report.detail, report.questionnaire);
    let s = &detail.summary;
    let title = crate::report::sentences::title(s, q);
    let mut body = format!("<header>\n<h1>{}</h1>\n", escape(&title));
    if let Some(caveat) = s.shown_caveat() {
        // The headline: a draft's or partial result's numbers never travel unlabelled.
        let _ = writeln!(
            body,
            "<p class=\"draft\"><strong>{}</strong></p>",
            escape(&caveat)
        );
    }
    body.push_str(&facts_table(s, q, dates));
    // What the questionnaire is and is not (a quick check says it is a first look).
    if let Some(note) = &q.results_note {
        let _ = writeln!(body, "<p class=\"about\">{}</p>", escape(note));
    }
    body.push_str("</header>\n");
    body.push_str(&overall(s, q));
    body.push_str(&scores(s, q));
    body.push_str(&weakest(s));
    if let Some(facets) = &detail.next_steps {
        body.push_str(&facet_steps(facets));
    }
    body.push_str(&advice(detail));
    body.push_str(&super::peers_section(detail.peers.as_ref()));
    body.push_str(&super::plan_sections(detail.plan.as_ref(), dates));
    body.push_str(&flagged_and_notes(detail));
    body.push_str(&amendments(detail, dates));
    body.push_str(&footer(&tr!(
        "report-footer-questionnaire",
        id = s.questionnaire.id.as_str(),
        version = s.questionnaire.version.as_str(),
        digest = s.questionnaire.digest.as_str()
    )));
    page(&title, &body)
}

/// Who, how, which questionnaire and when.
fn facts_table(s: &AssessmentSummary, q: &Questionnaire, dates: DateStyle) -> String {
    let code = |id: &str| format!("<code>{}</code>", escape(id));
    let rows = facts(s, q, dates, escape, code);
    let mut out = String::from("<table class=\"facts\">\n");
    for (label, value) in rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{label}</th><td>{value}</td></tr>"
        );
    }
    out.push_str("</table>\n");
    out
}

/// The overall score with its band's meaning, how much was answered, the radar of the
/// dimensions and the caveat: the first page of the printed report.
fn overall(s: &AssessmentSummary, q: &Questionnaire) -> String {
    let o = &s.scores.overall;
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"overall\">",
        escape(tr!("report-overall-heading"))
    );
    match (o.score, &o.band) {
        (Some(score), Some(band)) => {
            let headline = tr!(
                "report-overall-score",
                score = one_decimal(score),
                band = band.as_str()
            );
            out.push_str(&escape(&headline));
            if let Some(meaning) = band_meaning(q, band) {
                let _ = write!(out, ": <span class=\"meaning\">{}</span>", escape(meaning));
            }
        }
        _ => out.push_str(&escape(&shown_score(o))),
    }
    let _ = writeln!(out, "</p>\n<p>{}</p>", escape(&answered_sentence(o)));
    let dimensions = &s.scores.dimensions;
    let axes: Vec<String> = dimensions
        .iter()
        .map(|d| sanitize(&d.title, false))
        .collect();
    let series = [Series {
        label: tr!("report-column-score").to_string(),
        values: dimensions.iter().map(|d| d.score.score).collect(),
        pen: 0,
    }];
    out.push_str("<figure>\n");
    out.push_str(&svg::radar(tr!("report-radar-title"), &axes, &series));
    let _ = writeln!(
        out,
        "<figcaption>{}</figcaption>\n</figure>",
        escape(tr!("report-radar-caption"))
    );
    if let Some(caveat) = overall_caveat(q) {
        let _ = writeln!(out, "<p class=\"caveat\">{}</p>", escape(caveat));
    }
    out.push_str("</section>\n");
    out
}

/// The table of every dimension and facet, then the bands.
fn scores(s: &AssessmentSummary, q: &Questionnaire) -> String {
    let dimensions = &s.scores.dimensions;
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n",
        escape(tr!("report-scores-heading"))
    );
    out.push_str(&score_table_head(tr!("report-column-area")));
    for dimension in dimensions {
        out.push_str(&score_row("dimension", &dimension.title, &dimension.score));
        for facet in &dimension.facets {
            out.push_str(&score_row("facet", &facet.title, &facet.score));
        }
    }
    out.push_str("</tbody>\n</table>\n");
    if let Some(gaps) = knowledge_gaps(s, escape, escape_xml) {
        let _ = writeln!(out, "<p class=\"gap\">{gaps}</p>");
    }
    out.push_str(&bands_table(q));
    out.push_str("</section>\n");
    out
}

fn score_table_head(first: &str) -> String {
    format!(
        "<table class=\"scores\">\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        escape(first),
        escape(tr!("report-column-score")),
        escape(tr!("report-column-band")),
        escape(tr!("report-column-answered")),
        escape(tr!("report-column-dont-know")),
    )
}

fn score_row(class: &str, title: &str, score: &ScoreSummary) -> String {
    format!(
        "<tr class=\"{class}\"><td>{}</td><td class=\"num\">{}</td><td>{}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        escape(title),
        escape(&shown_score(score)),
        score.band.as_deref().map(escape).unwrap_or_default(),
        coverage_text(score),
        score.dont_know
    )
}

/// The questionnaire's bands: name, range and meaning.
pub fn bands_table(q: &Questionnaire) -> String {
    let mut out = format!(
        "<table class=\"bands\">\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(tr!("report-column-band")),
        escape(tr!("report-column-range")),
        escape(tr!("report-column-meaning")),
    );
    for band in &q.bands {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(band.label()),
            escape(&band_range(band)),
            escape(&band.meaning)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The weakest dimension and facet, when any has a score.
fn weakest(s: &AssessmentSummary) -> String {
    let strong = |title: &str| format!("<strong>{}</strong>", escape(title));
    list_section(
        tr!("report-weakest-heading"),
        &weakest_items(s, escape, strong),
    )
}

/// Every facet's next steps, weakest first, each with its score, advice and questions.
fn facet_steps(facets: &[FacetSteps]) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p>{}</p>\n",
        escape(next_steps::heading()),
        escape(next_steps::intro())
    );
    for facet in facets {
        let _ = writeln!(
            out,
            "<div class=\"advice\">\n<h3>{}: {}</h3>",
            escape(&facet.heading()),
            escape(&facet.standing())
        );
        if let Some(advice) = &facet.advice {
            let _ = writeln!(out, "<p class=\"context\">{}</p>", escape(advice));
        }
        out.push_str("<ul>\n");
        for item in &facet.items {
            let _ = writeln!(
                out,
                "<li><code>{}</code> {}<br>{}</li>",
                escape(&item.item),
                escape(&item.text),
                escape(&item.step.sentence())
            );
        }
        out.push_str("</ul>\n</div>\n");
    }
    out.push_str("</section>\n");
    out
}

/// Each scored dimension's next steps at its band.
fn advice(detail: &AssessmentDetail) -> String {
    let mut out = String::new();
    for (title, advice) in detail.advice_with_titles() {
        let _ = writeln!(
            out,
            "<div class=\"advice\">\n<h3>{} ({})</h3>\n<ul>",
            escape(title),
            escape(&advice.band)
        );
        for step in &advice.steps {
            let _ = writeln!(out, "<li>{}</li>", escape(step));
        }
        out.push_str("</ul>\n</div>\n");
    }
    if out.is_empty() {
        return out;
    }
    format!(
        "<section>\n<h2>{}</h2>\n{out}</section>\n",
        escape(tr!("report-next-steps-heading"))
    )
}

/// Items flagged for review, then every note with its item.
fn flagged_and_notes(detail: &AssessmentDetail) -> String {
    let flagged: Vec<String> = detail
        .answers
        .iter()
        .filter(|a| a.flagged)
        .map(|a| format!("<code>{}</code> {}", escape(&a.item), escape(&a.text)))
        .collect();
    let mut out = list_section(tr!("report-flagged-heading"), &flagged);
    let notes: Vec<_> = detail
        .answers
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .collect();
    if !notes.is_empty() {
        let _ = write!(
            out,
            "<section>\n<h2>{}</h2>\n<table class=\"notes\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            escape(tr!("report-notes-heading")),
            escape(tr!("report-column-item")),
            escape(tr!("report-column-note")),
        );
        for a in notes {
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code> {}</td><td class=\"note\">{}</td></tr>",
                escape(&a.item),
                escape(&a.text),
                escape_multiline(&a.note)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out
}

/// The amendment log, when it was changed after completion.
fn amendments(detail: &AssessmentDetail, dates: DateStyle) -> String {
    let completed = detail.summary.completed_at.as_ref();
    let Some((opening, lines)) = amendment_lines(completed, &detail.amendments, dates, escape)
    else {
        return String::new();
    };
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p>{opening}</p>\n<ul>\n",
        escape(amendments_heading())
    );
    for line in lines {
        let _ = writeln!(out, "<li>{line}</li>");
    }
    out.push_str("</ul>\n</section>\n");
    out
}
