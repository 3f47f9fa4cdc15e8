//! What every format of a round report shares: its title, the areas with each
//! respondent's score, how agreement is written, and what the agenda and agreement mean.
//! The renderers are in the format folders.

use crate::documents::{RoundDocument, SpreadSummary};
use crate::text::counted;

/// What agreement means, said once under the table.
pub(super) fn agreement_explained(doc: &RoundDocument) -> String {
    format!(
        "Agreement is rwg(j): 1.00 when everyone answered alike, 0.00 when the answers are as \
         spread as random ones. Below {:.2} an area is CONTESTED: views differ, so it is a \
         good place to talk it through together. It is computed on one answer scale at a \
         time; an area that mixes scales shows its lowest, with the scale. Answers of \
         different scales are never pooled, so there is no overall agreement.",
        doc.contested_below
    )
}

/// What puts an item on the agenda.
pub(super) fn agenda_explained(doc: &RoundDocument) -> String {
    format!(
        "Items whose answers lie at least {:.0} points apart on 0-100 (half the scale: two \
         steps of a 5-point scale), widest first, with each respondent's answer and note. \
         A \"don't know\" beside an answer is shown but does not count as a difference.",
        doc.agenda_apart_at_least
    )
}

/// The agenda when no item is on it.
pub(super) fn agenda_empty(doc: &RoundDocument) -> &'static str {
    if doc.respondents.len() < 2 {
        "An agenda needs at least two respondents in the round."
    } else {
        "No item was answered that far apart."
    }
}

/// `Round report: <organization>, round "<label>"`, unescaped.
pub(super) fn title(doc: &RoundDocument) -> String {
    format!(
        "Round report: {}, round \"{}\"",
        doc.organization, doc.round
    )
}

/// `3 respondents` and the questionnaire they answered.
pub(super) fn summary(doc: &RoundDocument) -> String {
    let respondents = counted(doc.respondents.len(), "respondent");
    match &doc.questionnaire {
        Some(q) => format!("{respondents}, on {} {}.", q.id, q.version),
        None => format!("{respondents}."),
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
        title: "Overall readiness",
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
        (Some(min), Some(max)) => format!("{min:.1}-{max:.1}"),
        _ => "-".to_string(),
    }
}

/// `0.40`, `0.40 (agree5)` where the area mixes scales, or `-`.
pub(super) fn agreement_cell(spread: &SpreadSummary) -> String {
    let scales = spread.by_scale.iter().filter(|s| s.rwg.is_some()).count();
    match (spread.rwg, &spread.rwg_scale) {
        (Some(r), Some(scale)) if scales > 1 => format!("{r:.2} ({scale})"),
        (Some(r), _) => format!("{r:.2}"),
        (None, _) => "-".to_string(),
    }
}

/// `CONTESTED` or nothing.
pub(super) fn contested_cell(spread: &SpreadSummary) -> &'static str {
    if spread.contested { "CONTESTED" } else { "" }
}

/// A respondent's column heading: their name, or `Respondent N` without one.
pub(super) fn respondent_heading(doc: &RoundDocument, i: usize) -> String {
    let name = doc.respondents[i].respondent.name.trim();
    if name.is_empty() {
        format!("Respondent {}", i + 1)
    } else {
        name.to_string()
    }
}

/// An agenda answer in words: `Agree`, `level 2`, `don't know` or `not answered`.
pub(super) fn answer_text(answer: Option<&str>) -> &str {
    answer.unwrap_or("not answered")
}
