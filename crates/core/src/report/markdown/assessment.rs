//! One assessment as a Markdown report.

use std::fmt::Write as _;

use crate::documents::{AssessmentDetail, AssessmentSummary, ScoreSummary};
use crate::questionnaire::Questionnaire;
use crate::tr;

use super::{code, escape};
use crate::next_steps::{self, FacetSteps};
use crate::report::sentences::{
    amendment_lines, amendments_heading, facts, knowledge_gaps, weakest_items,
};
use crate::report::{
    AssessmentReport, DateStyle, answered_sentence, band_meaning, coverage_text, one_decimal,
    overall_caveat, shown_score,
};

/// The report of one assessment.
pub fn assessment(report: &AssessmentReport<'_>, dates: DateStyle) -> String {
    let (detail, q) = (report.detail, report.questionnaire);
    let s = &detail.summary;
    let title = crate::report::sentences::title(s, q);
    let mut out = format!("# {}\n\n", escape(&title));
    if let Some(caveat) = s.shown_caveat() {
        // The headline: a draft's or partial result's numbers never travel unlabelled.
        let _ = write!(out, "**{}**\n\n", escape(&caveat));
    }
    out.push_str(&facts_list(s, q, dates));
    // What the questionnaire is and is not (a quick check says it is a first look).
    if let Some(note) = &q.results_note {
        let _ = writeln!(out, "\n{}", escape(note));
    }
    out.push_str(&overall(s, q));
    out.push_str(&scores_table(s));
    out.push_str(&bands_table(q));
    out.push_str(&weakest(s));
    if let Some(facets) = &detail.next_steps {
        out.push_str(&facet_steps(facets));
    }
    out.push_str(&advice(detail));
    out.push_str(&super::peers_section(detail.peers.as_ref()));
    out.push_str(&super::plan_sections(detail.plan.as_ref(), dates));
    out.push_str(&flagged_and_notes(detail));
    out.push_str(&amendments(detail, dates));
    out
}

/// The amendment log, when it was changed after completion.
fn amendments(detail: &AssessmentDetail, dates: DateStyle) -> String {
    let completed = detail.summary.completed_at.as_ref();
    match amendment_lines(completed, &detail.amendments, dates, escape) {
        Some((opening, lines)) => {
            let lines: Vec<String> = lines.iter().map(|l| format!("- {l}")).collect();
            format!(
                "\n## {}\n\n{opening}\n\n{}\n",
                escape(amendments_heading()),
                lines.join("\n")
            )
        }
        None => String::new(),
    }
}

/// Who, how, which questionnaire and when, as a list of labelled lines.
fn facts_list(s: &AssessmentSummary, q: &Questionnaire, dates: DateStyle) -> String {
    let lines = facts(s, q, dates, escape, code);
    let mut out = String::new();
    for (label, value) in lines {
        let _ = writeln!(out, "- **{label}:** {value}");
    }
    out
}

/// The overall score with its band's meaning, how much was answered, and the caveat.
fn overall(s: &AssessmentSummary, q: &Questionnaire) -> String {
    let o = &s.scores.overall;
    let mut out = format!("\n## {}\n\n", escape(tr!("report-overall-heading")));
    match (o.score, &o.band) {
        (Some(score), Some(band)) => {
            let headline = tr!(
                "report-overall-score",
                score = one_decimal(score),
                band = band.as_str()
            );
            let _ = write!(out, "**{}**", escape(&headline));
            match band_meaning(q, band) {
                Some(meaning) => {
                    let _ = writeln!(out, ": {}", escape(meaning));
                }
                None => out.push('\n'),
            }
        }
        _ => {
            let _ = writeln!(out, "**{}**", escape(&shown_score(o)));
        }
    }
    let _ = writeln!(out, "\n{}", escape(&answered_sentence(o)));
    if let Some(caveat) = overall_caveat(q) {
        let _ = writeln!(out, "\n{}", escape(caveat));
    }
    out
}

/// Every dimension (bold) and its facets with score, band, coverage and don't-knows.
fn scores_table(s: &AssessmentSummary) -> String {
    let mut out = format!(
        "\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---:|---|---:|---:|\n",
        escape(tr!("report-scores-heading")),
        escape(tr!("report-column-area")),
        escape(tr!("report-column-score")),
        escape(tr!("report-column-band")),
        escape(tr!("report-column-answered")),
        escape(tr!("report-column-dont-know")),
    );
    for dimension in &s.scores.dimensions {
        let title = format!("**{}**", escape(&dimension.title));
        out.push_str(&score_row(&title, &dimension.score));
        for facet in &dimension.facets {
            out.push_str(&score_row(
                &format!("– {}", escape(&facet.title)),
                &facet.score,
            ));
        }
    }
    if let Some(gaps) = knowledge_gaps(s, escape, str::to_string) {
        let _ = writeln!(out, "\n{gaps}");
    }
    out
}

fn score_row(label: &str, score: &ScoreSummary) -> String {
    format!(
        "| {label} | {} | {} | {} | {} |\n",
        escape(&shown_score(score)),
        score.band.as_deref().map(escape).unwrap_or_default(),
        coverage_text(score),
        score.dont_know
    )
}

/// The questionnaire's bands: name, range and meaning.
fn bands_table(q: &Questionnaire) -> String {
    let mut out = format!(
        "\n| {} | {} | {} |\n|---|---|---|\n",
        escape(tr!("report-column-band")),
        escape(tr!("report-column-range")),
        escape(tr!("report-column-meaning")),
    );
    for band in &q.bands {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            escape(band.label()),
            escape(&crate::report::band_range(band)),
            escape(&band.meaning)
        );
    }
    out
}

/// The weakest dimension and facet, when any has a score.
fn weakest(s: &AssessmentSummary) -> String {
    let strong = |title: &str| format!("**{}**", escape(title));
    let lines: Vec<String> = weakest_items(s, escape, strong)
        .into_iter()
        .map(|item| format!("- {item}"))
        .collect();
    section(tr!("report-weakest-heading"), &lines)
}

/// Every facet's next steps, weakest first, each with its score, advice and questions.
fn facet_steps(facets: &[FacetSteps]) -> String {
    let mut out = format!(
        "\n## {}\n\n{}\n",
        escape(next_steps::heading()),
        escape(next_steps::intro())
    );
    for facet in facets {
        let _ = writeln!(
            out,
            "\n### {}: {}\n",
            escape(&facet.heading()),
            escape(&facet.standing())
        );
        if let Some(advice) = &facet.advice {
            let _ = writeln!(out, "{}\n", escape(advice));
        }
        for item in &facet.items {
            let _ = writeln!(
                out,
                "- {} {}\n  - {}",
                code(&item.item),
                escape(&item.text),
                escape(&item.step.sentence())
            );
        }
    }
    out
}

/// Each scored dimension's next steps at its band.
fn advice(detail: &AssessmentDetail) -> String {
    let mut out = String::new();
    for (title, advice) in detail.advice_with_titles() {
        let _ = writeln!(out, "\n### {} ({})\n", escape(title), escape(&advice.band));
        for step in &advice.steps {
            let _ = writeln!(out, "- {}", escape(step));
        }
    }
    if out.is_empty() {
        return out;
    }
    format!("\n## {}\n{out}", escape(tr!("report-next-steps-heading")))
}

/// Items flagged for review, then every note with its item.
fn flagged_and_notes(detail: &AssessmentDetail) -> String {
    let flagged: Vec<String> = detail
        .answers
        .iter()
        .filter(|a| a.flagged)
        .map(|a| format!("- {} {}", code(&a.item), escape(&a.text)))
        .collect();
    let notes: Vec<String> = detail
        .answers
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .map(|a| {
            format!(
                "- {} {}\n  - {}: {}",
                code(&a.item),
                escape(&a.text),
                escape(tr!("report-column-note")),
                escape(&a.note)
            )
        })
        .collect();
    section(tr!("report-flagged-heading"), &flagged) + &section(tr!("report-notes-heading"), &notes)
}

/// `## title` and the lines, or nothing without lines.
fn section(title: &str, lines: &[String]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    format!("\n## {}\n\n{}\n", escape(title), lines.join("\n"))
}
