//! What every format of one assessment's report says alike: who, how and when, the
//! weakest areas, the dimensions with many "don't know" answers, a score with its band.
//! Each format passes its own escaping (and emphasis), so the words are written once.

use std::fmt::Write as _;

use super::{DateStyle, mode_words, score_text, status_word};
use crate::documents::{AmendmentsSummary, AssessmentSummary, ScoreSummary};
use crate::questionnaire::Questionnaire;
use crate::tr;

/// The title of one assessment's report: "Ecosystem readiness report: Acme" (unescaped).
pub(super) fn title(s: &AssessmentSummary, q: &Questionnaire) -> String {
    tr!(
        "report-assessment-title",
        questionnaire = q.title.as_str(),
        organization = s.organization.name.as_str()
    )
}

/// Who, how, which questionnaire and when, as (label, value) with every value through
/// `escape` and the assessment id through `code`.
pub(super) fn facts(
    s: &AssessmentSummary,
    q: &Questionnaire,
    dates: DateStyle,
    escape: fn(&str) -> String,
    code: fn(&str) -> String,
) -> Vec<(&'static str, String)> {
    let mut organization = escape(&s.organization.name);
    if !s.organization.sector.trim().is_empty() {
        let _ = write!(organization, " ({})", escape(&s.organization.sector));
    }
    let respondent = [&s.respondent.name, &s.respondent.role]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| escape(t))
        .collect::<Vec<_>>()
        .join(", ");
    let mut rows = vec![(tr!("report-label-organization"), organization)];
    if !respondent.is_empty() {
        rows.push((tr!("report-label-respondent"), respondent));
    }
    rows.push((tr!("report-label-mode"), mode_words(s.mode).to_string()));
    if let Some(advisor) = &s.advisor {
        rows.push((tr!("report-label-advisor"), escape(advisor)));
    }
    if let Some(round) = &s.round {
        rows.push((tr!("report-label-round"), escape(round)));
    }
    let questionnaire = format!(
        "{} ({} {})",
        escape(&q.title),
        escape(&s.questionnaire.id),
        escape(&s.questionnaire.version)
    );
    rows.push((tr!("report-label-questionnaire"), questionnaire));
    rows.push((
        tr!("report-label-started"),
        escape(&dates.date_time_of(&s.started_at)),
    ));
    if let Some(completed) = &s.completed_at {
        rows.push((
            tr!("report-label-completed"),
            escape(&dates.date_time_of(completed)),
        ));
    }
    rows.push((
        tr!("report-label-status"),
        status_word(s.status).to_string(),
    ));
    rows.push((tr!("report-label-assessment-id"), code(&s.id)));
    rows
}

/// A score to one decimal with its band in brackets, "61.0 (Managed)", the band through
/// `escape`; "not enough answers" without a score.
pub(super) fn with_band(score: &ScoreSummary, escape: fn(&str) -> String) -> String {
    match &score.band {
        Some(band) => format!("{} ({})", score_text(score.score), escape(band)),
        None => score_text(score.score),
    }
}

/// The weakest dimension and facet, when any has a score, as list items:
/// "Dimension: {title}, 41.7 (Emerging)" and "Facet: {title} in {dimension}, ...", the
/// area's own title through `strong` (which escapes it too), the rest through `escape`.
pub(super) fn weakest_items(
    s: &AssessmentSummary,
    escape: fn(&str) -> String,
    strong: fn(&str) -> String,
) -> Vec<String> {
    let mut items = Vec::new();
    if let Some(d) = s.scores.weakest_dimension_summary() {
        items.push(tr!(
            "report-weakest-dimension-item",
            title = strong(&d.title),
            score = with_band(&d.score, escape)
        ));
    }
    if let Some((d, f)) = s.scores.weakest_facet_summary() {
        items.push(tr!(
            "report-weakest-facet-item",
            title = strong(&f.title),
            dimension = escape(&d.title),
            score = with_band(&f.score, escape)
        ));
    }
    items
}

/// "Many "don't know" answers in: A, B. Finding out is a first step." for the dimensions
/// with a knowledge gap, their titles through `escape_title` and the sentence's own words
/// through `escape_words`; `None` when no dimension has one.
pub(crate) fn knowledge_gaps(
    s: &AssessmentSummary,
    escape_title: impl Fn(&str) -> String,
    escape_words: impl Fn(&str) -> String,
) -> Option<String> {
    let gaps: Vec<String> = s
        .scores
        .dimensions
        .iter()
        .filter(|d| d.score.knowledge_gap)
        .map(|d| escape_title(&d.title))
        .collect();
    (!gaps.is_empty()).then(|| {
        // The sentence's words and the titles are escaped differently: the titles go in
        // after the words are escaped, through a mark no catalogue text holds.
        const TITLES: &str = "\u{e000}";
        escape_words(&tr!("report-knowledge-gaps", titles = TITLES))
            .replace(TITLES, &gaps.join(", "))
    })
}

/// The heading every format gives the amendment log.
pub(super) fn amendments_heading() -> &'static str {
    tr!("report-amendments-heading")
}

/// The amendment log as every format words it: a sentence saying the first completion
/// date stands, then one line per change (its date and time, what changed), every
/// piece through `escape`; `None` when nothing was changed after completion.
pub(super) fn amendment_lines(
    completed_at: Option<&crate::assessment::Timestamp>,
    log: &AmendmentsSummary,
    dates: DateStyle,
    escape: fn(&str) -> String,
) -> Option<(String, Vec<String>)> {
    if log.is_empty() {
        return None;
    }
    let first = completed_at.map_or_else(
        || tr!("report-amendments-earlier-date").to_string(),
        |at| dates.date_of(at),
    );
    let opening = match &log.amended_at {
        Some(again) => tr!(
            "report-amendments-completed-again",
            first = first,
            again = dates.date_of(again)
        ),
        None => tr!("report-amendments-reopened", first = first),
    };
    let lines = log
        .entries
        .iter()
        .map(|e| format!("{}: {}", dates.date_time_of(&e.at), escape(&e.description)))
        .collect();
    Some((escape(&opening), lines))
}
