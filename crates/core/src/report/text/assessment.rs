//! One assessment as plain text for the terminal: the `list` and `questionnaires` tables
//! and the results `show` prints.

use std::fmt::Write as _;

use super::{clean, push_section, table, time};
use crate::assessment::{Assessment, Status};
use crate::documents::{AssessmentDetail, AssessmentSummary, QuestionnaireSummary, ScoreSummary};
use crate::next_steps::{self, FacetSteps};
use crate::questionnaire::Questionnaire;
use crate::report::DateStyle;
use crate::report::sentences::{amendment_lines, amendments_heading, knowledge_gaps};
use crate::report::{band_meaning, mode_words, status_word};
use crate::scoring::Score;
use crate::tr;
use unicode_width::UnicodeWidthStr;

/// One row of the `list` table, borrowed from the listing: `list` prints thousands of
/// rows, and copying each assessment into an [`AssessmentSummary`] first cost a tenth of
/// its time.
#[derive(Debug, Clone, Copy)]
pub struct ListRow<'a> {
    /// The assessment.
    pub assessment: &'a Assessment,
    /// Its overall score.
    pub overall: &'a Score,
    /// The local day it was started, `YYYY-MM-DD`.
    pub started: &'a str,
}

/// The `list` table.
pub fn list_table(rows: &[ListRow<'_>]) -> String {
    let header = [
        tr!("report-list-column-id"),
        tr!("report-label-started"),
        tr!("report-label-organization"),
        tr!("report-label-respondent"),
        tr!("report-label-round"),
        tr!("report-label-status"),
        tr!("report-column-score"),
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let (assessment, overall) = (row.assessment, row.overall);
            let score = match assessment.status {
                Status::Draft => {
                    tr!(
                        "report-list-draft-answered",
                        responded = overall.responded(),
                        total = overall.total
                    )
                }
                Status::Complete => value_with_band(overall.value, overall.band.as_deref()),
            };
            vec![
                clean(&assessment.id),
                row.started.to_string(),
                clean(&assessment.organization.name),
                clean(&assessment.respondent.name),
                assessment.round.as_deref().map(clean).unwrap_or_default(),
                status_word(assessment.status).to_string(),
                score,
            ]
        })
        .collect();
    table(&header, &cells)
}

/// The `questionnaires` table.
pub fn questionnaires_table(summaries: &[QuestionnaireSummary]) -> String {
    let header = [
        tr!("report-list-column-id"),
        tr!("report-questionnaires-column-version"),
        tr!("report-questionnaires-column-title"),
        tr!("report-questionnaires-column-items"),
        tr!("report-questionnaires-column-minutes"),
        tr!("report-questionnaires-column-origin"),
    ];
    let cells: Vec<Vec<String>> = summaries
        .iter()
        .map(|s| {
            vec![
                clean(&s.id),
                clean(&s.version),
                clean(&s.title),
                s.items.to_string(),
                s.minutes.map(|m| m.to_string()).unwrap_or_default(),
                if s.origin == crate::questionnaire::BUILTIN_ORIGIN {
                    tr!("report-questionnaires-origin-builtin").to_string()
                } else {
                    clean(&s.origin)
                },
            ]
        })
        .collect();
    table(&header, &cells)
}

/// The results of one assessment: who and when, scores with bands, weakest areas, advice,
/// flagged items and notes. `q` supplies the bands' meanings.
pub fn show(detail: &AssessmentDetail, q: &Questionnaire) -> String {
    let detail = &detail.with_band_labels(q);
    let s = &detail.summary;
    let mut out = header(s);
    // What the questionnaire is and is not (a quick check says it is a first look).
    if let Some(note) = &q.results_note {
        push_section(&mut out, None, &[clean(note)]);
    }
    out.push_str(&scores_section(s, q));
    push_section(&mut out, None, &weakest_lines(s));
    if let Some(facets) = &detail.next_steps {
        push_section(
            &mut out,
            Some(next_steps::heading()),
            &next_steps_lines(facets),
        );
    }
    push_section(
        &mut out,
        Some(tr!("report-next-steps-heading")),
        &advice_lines(detail),
    );
    super::push_peers(&mut out, detail.peers.as_ref());
    if let Some(plan) = &detail.plan {
        out.push_str(&super::plan::of_check_in(plan));
    }
    let flagged: Vec<String> = detail
        .answers
        .iter()
        .filter(|a| a.flagged)
        .map(|a| format!("  - [{}] {}", clean(&a.item), clean(&a.text)))
        .collect();
    push_section(&mut out, Some(tr!("report-flagged-heading")), &flagged);
    let notes: Vec<String> = detail
        .answers
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .map(|a| format!("  - [{}] {}", clean(&a.item), clean(&a.note)))
        .collect();
    push_section(&mut out, Some(tr!("report-notes-heading")), &notes);
    let completed = s.completed_at.as_ref();
    if let Some((opening, lines)) =
        amendment_lines(completed, &detail.amendments, DateStyle::Iso, clean)
    {
        let lines: Vec<String> = std::iter::once(format!("  {opening}"))
            .chain(lines.iter().map(|l| format!("  - {l}")))
            .collect();
        push_section(&mut out, Some(amendments_heading()), &lines);
    }
    out
}

/// The organization, then who, how, which questionnaire, when and how far, aligned.
fn header(s: &AssessmentSummary) -> String {
    let org = clean(&s.organization.name);
    let mut out = match s.organization.sector.trim() {
        "" => format!("{org}\n"),
        sector => format!("{org} ({})\n", clean(sector)),
    };
    if let Some(caveat) = s.shown_caveat() {
        // Right under the name: a draft's or partial result's numbers never go unlabelled.
        let _ = writeln!(out, "{}", clean(&caveat));
    }
    let respondent = [s.respondent.name.as_str(), s.respondent.role.as_str()]
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| clean(t))
        .collect::<Vec<_>>()
        .join(", ");
    let mut fields = vec![
        (tr!("report-label-assessment"), clean(&s.id)),
        (tr!("report-label-respondent"), respondent),
        (tr!("report-label-mode"), mode_words(s.mode).to_string()),
    ];
    if let Some(advisor) = &s.advisor {
        fields.push((tr!("report-label-advisor"), clean(advisor)));
    }
    fields.push((
        tr!("report-label-round"),
        s.round.as_deref().map_or("-".to_string(), clean),
    ));
    let questionnaire = format!("{}@{}", s.questionnaire.id, s.questionnaire.version);
    fields.push((tr!("report-label-questionnaire"), clean(&questionnaire)));
    fields.push((tr!("report-label-started"), time(&s.started_at)));
    match &s.completed_at {
        Some(completed) => fields.push((tr!("report-label-completed"), time(completed))),
        None => fields.push((tr!("report-label-last-change"), time(&s.updated_at))),
    }
    let status = match s.status {
        Status::Draft => tr!(
            "report-status-draft-answered",
            answered = s.answered,
            total = s.total_items
        ),
        Status::Complete => status_word(Status::Complete).to_string(),
    };
    fields.push((tr!("report-label-status"), status));
    // Padded by display width: translated labels have letters wider than a byte.
    let label_width = fields
        .iter()
        .map(|(label, _)| label.width())
        .max()
        .unwrap_or(0);
    for (label, value) in &fields {
        let padding = " ".repeat(label_width - label.width());
        let _ = writeln!(out, "  {label}{padding}  {value}");
    }
    out
}

/// The overall score with its band's meaning and coverage, then every dimension and facet.
fn scores_section(s: &AssessmentSummary, q: &Questionnaire) -> String {
    let overall = &s.scores.overall;
    let mut out = format!(
        "\n{}",
        tr!("report-text-overall", score = score_with_band(overall))
    );
    if let Some(meaning) = overall.band.as_deref().and_then(|b| band_meaning(q, b)) {
        let _ = write!(out, " - {}", clean(meaning));
    }
    let coverage = tr!(
        "report-text-coverage",
        answered = overall.answered,
        total = overall.total,
        dont_know = overall.dont_know,
        percent = crate::i18n::percent(overall.coverage * 100.0, 0)
    );
    let _ = writeln!(out, "\n  {coverage}\n");
    let header = [
        tr!("report-text-column-dimension-facet"),
        tr!("report-column-score"),
        tr!("report-column-band"),
        tr!("report-column-answered"),
        tr!("report-column-dont-know"),
    ];
    let mut rows = Vec::new();
    for dimension in &s.scores.dimensions {
        rows.push(score_row(clean(&dimension.title), &dimension.score));
        for facet in &dimension.facets {
            rows.push(score_row(
                format!("  {}", clean(&facet.title)),
                &facet.score,
            ));
        }
    }
    out.push_str(&table(&header, &rows));
    if let Some(gaps) = knowledge_gaps(s, clean, str::to_string) {
        let _ = writeln!(out, "\n{gaps}");
    }
    out
}

/// The weakest dimension and facet, when any has a score.
fn weakest_lines(s: &AssessmentSummary) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(d) = s.scores.weakest_dimension_summary() {
        let score = score_with_band(&d.score);
        lines.push(tr!(
            "report-text-weakest-dimension",
            title = clean(&d.title),
            score = score
        ));
    }
    if let Some((d, f)) = s.scores.weakest_facet_summary() {
        let (facet, dimension) = (clean(&f.title), clean(&d.title));
        let score = score_with_band(&f.score);
        lines.push(tr!(
            "report-text-weakest-facet",
            title = facet,
            dimension = dimension,
            score = score
        ));
    }
    lines
}

/// Every facet's next steps, weakest first: title, score or what it lacks, advice, then
/// each question with its step.
fn next_steps_lines(facets: &[FacetSteps]) -> Vec<String> {
    let mut lines = vec![format!("  {}", next_steps::intro())];
    for facet in facets {
        lines.push(String::new());
        lines.push(format!(
            "  {}: {}",
            clean(&facet.heading()),
            clean(&facet.standing())
        ));
        if let Some(advice) = &facet.advice {
            lines.push(format!("    {}", clean(advice)));
        }
        for item in &facet.items {
            lines.push(format!("    - {}", clean(&item.text)));
            lines.push(format!("      {}", clean(&item.step.sentence())));
        }
    }
    lines
}

/// Each scored dimension's next steps at its band, under the dimension's title.
fn advice_lines(detail: &AssessmentDetail) -> Vec<String> {
    let mut lines = Vec::new();
    for (title, advice) in detail.advice_with_titles() {
        lines.push(format!("  {} ({})", clean(title), clean(&advice.band)));
        lines.extend(
            advice
                .steps
                .iter()
                .map(|step| format!("    - {}", clean(step))),
        );
    }
    lines
}

/// A score to one decimal with its band, or "not enough answers" and what is missing.
pub fn score_with_band(score: &ScoreSummary) -> String {
    match score.not_enough_answers() {
        Some(missing) => clean(&missing),
        None => value_with_band(score.score, score.band.as_deref()),
    }
}

fn value_with_band(value: Option<f64>, band: Option<&str>) -> String {
    match (value, band) {
        (Some(value), Some(band)) => format!("{} {}", crate::i18n::decimal(value, 1), clean(band)),
        (Some(value), None) => crate::i18n::decimal(value, 1),
        (None, _) => tr!("report-not-enough-answers").to_string(),
    }
}

fn score_row(label: String, score: &ScoreSummary) -> Vec<String> {
    vec![
        label,
        match (score.score, score.not_enough_answers()) {
            (Some(value), _) => crate::i18n::decimal(value, 1),
            (None, missing) => clean(&missing.unwrap_or_default()),
        },
        score.band.as_deref().map(clean).unwrap_or_default(),
        format!("{}/{}", score.answered, score.total),
        score.dont_know.to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(value: Option<f64>, band: Option<&str>) -> ScoreSummary {
        ScoreSummary {
            score: value,
            band: band.map(str::to_string),
            answered: 2,
            dont_know: 1,
            total: 3,
            coverage: 2.0 / 3.0,
            knowledge_gap: true,
            missing: None,
        }
    }

    #[test]
    fn scores_round_to_one_decimal_or_say_not_enough_answers() {
        // 200/3 = 66.666.. shows as 66.7.
        assert_eq!(
            score_with_band(&score(Some(200.0 / 3.0), Some("Managed"))),
            "66.7 Managed"
        );
        assert_eq!(score_with_band(&score(None, None)), "not enough answers");
    }
}
