//! What every format of a round report shares: its title, the areas with each
//! respondent's score, how agreement is written, and what the agenda and agreement mean.
//! The renderers are in the format folders.

use crate::documents::{RoundDocument, SpreadSummary};
use crate::tr;

/// What agreement means, said once under the table.
pub(super) fn agreement_explained(doc: &RoundDocument) -> String {
    tr!(
        "report-round-agreement-explained",
        below = crate::i18n::decimal(doc.contested_below, 2),
        alike = crate::i18n::decimal(1.0, 2),
        random = crate::i18n::decimal(0.0, 2)
    )
}

/// What puts an item on the agenda.
pub(super) fn agenda_explained(doc: &RoundDocument) -> String {
    tr!(
        "report-round-agenda-explained",
        apart = crate::i18n::decimal(doc.agenda_apart_at_least, 0)
    )
}

/// The agenda when no item is on it.
pub(super) fn agenda_empty(doc: &RoundDocument) -> &'static str {
    if doc.respondents.len() < 2 {
        tr!("report-round-agenda-too-few")
    } else {
        tr!("report-round-agenda-empty")
    }
}

/// `Round report: <organization>, round "<label>"`, unescaped.
pub(super) fn title(doc: &RoundDocument) -> String {
    tr!(
        "report-round-title",
        organization = doc.organization.as_str(),
        round = doc.round.as_str()
    )
}

/// `3 respondents` and the questionnaire they answered.
pub(super) fn summary(doc: &RoundDocument) -> String {
    let count = doc.respondents.len();
    match &doc.questionnaire {
        Some(q) => tr!(
            "report-round-summary",
            count = count,
            questionnaire = format!("{} {}", q.id, q.version)
        ),
        None => tr!("report-round-summary-no-questionnaire", count = count),
    }
}

/// One area of the table: its kind (`overall`, `dimension`, `facet`), id, title, spread.
pub(super) struct Area<'a> {
    pub kind: &'static str,
    pub id: &'a str,
    pub title: &'a str,
    pub spread: &'a SpreadSummary,
}

/// Overall, then every dimension followed by its facets.
pub(super) fn areas(doc: &RoundDocument) -> Vec<Area<'_>> {
    let mut out = vec![Area {
        kind: "overall",
        id: "",
        title: tr!("report-overall-heading"),
        spread: &doc.overall,
    }];
    for d in &doc.dimensions {
        out.push(Area {
            kind: "dimension",
            id: &d.id,
            title: &d.title,
            spread: &d.spread,
        });
        for f in &d.facets {
            out.push(Area {
                kind: "facet",
                id: &f.id,
                title: &f.title,
                spread: &f.spread,
            });
        }
    }
    out
}

/// `25.0-75.0`, or `-`.
pub(super) fn range_cell(spread: &SpreadSummary) -> String {
    match (spread.min, spread.max) {
        (Some(min), Some(max)) => format!(
            "{}-{}",
            crate::i18n::decimal(min, 1),
            crate::i18n::decimal(max, 1)
        ),
        _ => "-".to_string(),
    }
}

/// `0.40`, `0.40 (agree5)` where the area mixes scales, or `-`.
pub(super) fn agreement_cell(spread: &SpreadSummary) -> String {
    let scales = spread.by_scale.iter().filter(|s| s.rwg.is_some()).count();
    match (spread.rwg, &spread.rwg_scale) {
        (Some(r), Some(scale)) if scales > 1 => {
            format!("{} ({scale})", crate::i18n::decimal(r, 2))
        }
        (Some(r), _) => crate::i18n::decimal(r, 2),
        (None, _) => "-".to_string(),
    }
}

/// `CONTESTED` or nothing.
pub(super) fn contested_cell(spread: &SpreadSummary) -> &'static str {
    if spread.contested {
        tr!("report-round-contested")
    } else {
        ""
    }
}

/// A respondent's column heading: their name, or `Respondent N` without one.
pub(super) fn respondent_heading(doc: &RoundDocument, i: usize) -> String {
    let name = doc.respondents[i].respondent.name.trim();
    if name.is_empty() {
        tr!("report-round-respondent-number", number = i + 1)
    } else {
        name.to_string()
    }
}

/// An agenda answer in words: `Agree`, `level 2`, `don't know` or `not answered`.
pub(super) fn answer_text(answer: Option<&str>) -> &str {
    answer.unwrap_or(tr!("report-round-not-answered"))
}
