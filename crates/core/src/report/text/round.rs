//! `round` as plain text: respondents, per dimension and facet each respondent's score, the
//! mean, range and agreement, and the agenda of items answered far apart.

use std::fmt::Write as _;

use super::*;
use crate::documents::{RoundDocument, SpreadSummary};
use crate::report::round::{
    agenda_empty, agenda_explained, agreement_cell, agreement_explained, answer_text, areas,
    contested_cell, range_cell,
};
use crate::text::wrap;
use crate::tr;

/// The width the sentences are wrapped to.
const WIDTH: usize = 88;

/// The respondents (R1, R2, ...), then per dimension and facet their scores, the mean,
/// range and agreement, with a CONTESTED mark where agreement is low, then the agenda.
pub fn round(doc: &RoundDocument) -> String {
    let mut out = String::new();
    let count = doc.respondents.len();
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "report-round-text-title",
            organization = clean(&doc.organization),
            round = clean(&doc.round),
            count = count
        )
    );
    let respondents: Vec<Vec<String>> = doc
        .respondents
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                respondent_number(i + 1),
                clean(&r.id),
                clean(&r.respondent.name),
                clean(&r.respondent.role),
                day(&r.date),
                score(r.overall),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "",
            tr!("report-label-assessment"),
            tr!("report-label-respondent"),
            tr!("report-round-role"),
            tr!("report-label-completed"),
            tr!("report-round-overall"),
        ],
        &respondents,
    ));
    let left_out: Vec<String> = doc
        .left_out
        .iter()
        .map(|l| {
            format!(
                "  {}  {}: {}",
                clean(&l.id),
                who(&l.respondent.name, &l.respondent.role),
                clean(&l.reason)
            )
        })
        .collect();
    push_section(&mut out, Some(tr!("report-round-text-left-out")), &left_out);
    let rows: Vec<Vec<String>> = areas(doc)
        .into_iter()
        .map(|area| {
            let label = if area.kind == "facet" {
                format!("  {}", clean(area.title))
            } else {
                clean(area.title)
            };
            spread_row(label, area.spread)
        })
        .collect();
    let mut header: Vec<String> = vec![String::new()];
    header.extend((1..=count).map(respondent_number));
    header.extend(
        [
            tr!("report-round-mean"),
            tr!("report-round-range"),
            tr!("report-round-agreement"),
            "",
        ]
        .map(str::to_string),
    );
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    out.push('\n');
    out.push_str(&table(&header, &rows));
    if let Some(lowest) = &doc.lowest_agreement {
        let title = clean(&lowest.title);
        let rwg = crate::i18n::decimal(lowest.rwg, 2);
        let scale = clean(&lowest.scale);
        let sentence = if lowest.contested {
            tr!(
                "report-round-text-lowest-contested",
                area = title,
                rwg = rwg,
                scale = scale
            )
        } else {
            tr!(
                "report-round-text-lowest",
                area = title,
                rwg = rwg,
                scale = scale
            )
        };
        let _ = writeln!(out, "\n{sentence}");
    }
    out.push('\n');
    for line in wrap(&agreement_explained(doc), WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    if count < 2 {
        let _ = writeln!(out, "{}", tr!("report-round-text-agreement-too-few"));
    }
    agenda(&mut out, doc);
    out
}

/// The agenda: each item answered far apart, then every respondent's answer and note.
fn agenda(out: &mut String, doc: &RoundDocument) {
    let _ = writeln!(out, "\n{}", tr!("report-round-agenda-heading"));
    for line in wrap(&agenda_explained(doc), WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    if doc.agenda.is_empty() {
        let _ = writeln!(out, "  {}", agenda_empty(doc));
    }
    for item in &doc.agenda {
        let _ = writeln!(
            out,
            "\n{}",
            tr!(
                "report-round-text-agenda-item",
                item = clean(&item.text),
                facet = clean(&item.facet),
                apart = crate::i18n::decimal(item.apart, 0)
            )
        );
        for (i, answer) in item.answers.iter().enumerate() {
            let who = doc
                .respondents
                .get(i)
                .map_or(String::new(), |r| clean(&r.respondent.name));
            let _ = writeln!(
                out,
                "  {} {who}: {}",
                respondent_number(i + 1),
                clean(answer_text(answer.answer.as_deref()))
            );
            if !answer.note.trim().is_empty() {
                out.push_str(&indent(&indent(&note(&answer.note))));
            }
        }
    }
}

/// `R1`, `R2`, ...: a respondent's short label in the tables and the agenda.
fn respondent_number(number: usize) -> String {
    tr!("report-round-text-respondent-short", number = number)
}

fn spread_row(label: String, spread: &SpreadSummary) -> Vec<String> {
    let mut row = vec![label];
    row.extend(spread.scores.iter().map(|s| score(*s)));
    row.extend([
        score(spread.mean),
        range_cell(spread),
        clean(&agreement_cell(spread)),
        contested_cell(spread).to_string(),
    ]);
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contested_areas_are_marked_in_words_beside_each_score() {
        let spread = SpreadSummary {
            respondents: 3,
            mean: Some(50.0),
            min: Some(25.0),
            max: Some(75.0),
            rwg: Some(0.4),
            rwg_scale: Some("agree5".to_string()),
            by_scale: Vec::new(),
            contested: true,
            scores: vec![Some(25.0), None, Some(75.0)],
        };
        assert_eq!(
            spread_row("Data".to_string(), &spread),
            [
                "Data",
                "  25.0",
                "     -",
                "  75.0",
                "  50.0",
                "25.0-75.0",
                "0.40",
                "CONTESTED"
            ]
        );
    }
}
