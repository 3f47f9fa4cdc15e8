//! The HTML report of one assessment.

use std::fmt::Write as _;

use crate::documents::{AssessmentDetail, AssessmentSummary, ScoreSummary};
use crate::questionnaire::Questionnaire;
use crate::text::sanitize;

use super::{escape, escape_multiline, footer, list_section, page};
use crate::next_steps::{self, FacetSteps};
use crate::report::sentences::{
    AMENDMENTS_HEADING, amendment_lines, facts, knowledge_gaps, weakest_items,
};
use crate::report::svg::{self, Series};
use crate::report::{
    AssessmentReport, DateStyle, band_meaning, coverage_text, one_decimal, overall_caveat,
    shown_score,
};
use crate::text::escape_xml;

/// The report of one assessment.
pub fn assessment(report: &AssessmentReport<'_>, dates: DateStyle) -> String {
    let (detail, q) = (report.detail, report.questionnaire);
    let s = &detail.summary;
    let title = format!("{} report: {}", q.title, s.organization.name);
    let mut body = format!("<header>\n<h1>{}</h1>\n", escape(&title));
    if let Some(caveat) = &s.caveat {
        // The headline: a draft's or partial result's numbers never travel unlabelled.
        let _ = writeln!(
            body,
            "<p class=\"draft\"><strong>{}</strong></p>",
            escape(caveat)
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
    body.push_str(&footer(&format!(
        "Questionnaire {} {}, digest {}.",
        s.questionnaire.id, s.questionnaire.version, s.questionnaire.digest
    )));
    page(&q.language, &title, &body)
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
    let mut out = String::from("<section>\n<h2>Overall readiness</h2>\n<p class=\"overall\">");
    match (o.score, &o.band) {
        (Some(score), Some(band)) => {
            let _ = write!(out, "{} of 100, {}", one_decimal(score), escape(band));
            if let Some(meaning) = band_meaning(q, band) {
                let _ = write!(out, ": <span class=\"meaning\">{}</span>", escape(meaning));
            }
        }
        _ => out.push_str(&escape(&shown_score(o))),
    }
    let _ = writeln!(
        out,
        "</p>\n<p>{} of {} items answered with a value ({}%); {} answered \
         &quot;don&#39;t know&quot;.</p>",
        o.answered,
        o.total,
        one_decimal(o.coverage * 100.0),
        o.dont_know,
    );
    let dimensions = &s.scores.dimensions;
    let axes: Vec<String> = dimensions
        .iter()
        .map(|d| sanitize(&d.title, false))
        .collect();
    let series = [Series {
        label: "Score".to_string(),
        values: dimensions.iter().map(|d| d.score.score).collect(),
        pen: 0,
    }];
    out.push_str("<figure>\n");
    out.push_str(&svg::radar("Dimension scores, 0 to 100", &axes, &series));
    out.push_str(
        "<figcaption>Each dimension on 0 to 100, rings every 20 points; n/a: not enough \
         answers.</figcaption>\n</figure>\n",
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
    let mut out = String::from("<section>\n<h2>Scores by dimension and facet</h2>\n");
    out.push_str(&score_table_head("Area"));
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
        "<table class=\"scores\">\n<thead><tr><th scope=\"col\">{first}</th>\
         <th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th>\
         <th scope=\"col\" class=\"num\">Answered</th>\
         <th scope=\"col\" class=\"num\">Don&#39;t know</th></tr></thead>\n<tbody>\n"
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
    let mut out = String::from(
        "<table class=\"bands\">\n<thead><tr><th scope=\"col\">Band</th>\
         <th scope=\"col\">Range</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n",
    );
    for band in &q.bands {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{} to {}</td><td>{}</td></tr>",
            escape(&band.name),
            band.min,
            band.max,
            escape(&band.meaning)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The weakest dimension and facet, when any has a score.
fn weakest(s: &AssessmentSummary) -> String {
    let strong = |title: &str| format!("<strong>{}</strong>", escape(title));
    list_section("Weakest areas", &weakest_items(s, escape, strong))
}

/// Every facet's next steps, weakest first, each with its score, advice and questions.
fn facet_steps(facets: &[FacetSteps]) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p>{}</p>\n",
        escape(next_steps::HEADING),
        escape(next_steps::INTRO)
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
    format!("<section>\n<h2>Next steps</h2>\n{out}</section>\n")
}

/// Items flagged for review, then every note with its item.
fn flagged_and_notes(detail: &AssessmentDetail) -> String {
    let flagged: Vec<String> = detail
        .answers
        .iter()
        .filter(|a| a.flagged)
        .map(|a| format!("<code>{}</code> {}", escape(&a.item), escape(&a.text)))
        .collect();
    let mut out = list_section("Flagged for review", &flagged);
    let notes: Vec<_> = detail
        .answers
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .collect();
    if !notes.is_empty() {
        out.push_str(
            "<section>\n<h2>Notes</h2>\n<table class=\"notes\">\n<thead><tr>\
             <th scope=\"col\">Item</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n",
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
        escape(AMENDMENTS_HEADING)
    );
    for line in lines {
        let _ = writeln!(out, "<li>{line}</li>");
    }
    out.push_str("</ul>\n</section>\n");
    out
}
