//! What every format of the instrument report shares: the title, the sentence saying what
//! the figures rest on, and the cells of the reliability and item tables.

use crate::documents::EvidenceDocument;
use crate::evidence::{ItemEvidence, Reliability};
use crate::text::counted;

/// The reliability table's column headings.
pub(super) const RELIABILITY_HEADERS: [&str; 11] = [
    "Area", "Items", "Firms", "Alpha", "95% CI", "Omega", "SD", "SEM", "MDC95", "Retest", "Note",
];

/// The item table's column headings.
pub(super) const ITEM_HEADERS: [&str; 9] = [
    "Item",
    "Firms",
    "Mean",
    "SD",
    "r(it)",
    "DK",
    "Floor",
    "Ceil",
    "Flags / note",
];

/// The heading of the reliability table.
pub(super) const RELIABILITY_TITLE: &str = "Reliability of the scores (0-100)";

/// `Evidence on <title> (<id> <version>)`, unsanitised.
pub(super) fn title(document: &EvidenceDocument) -> String {
    format!(
        "Evidence on {} ({} {})",
        document.title, document.questionnaire.id, document.questionnaire.version
    )
}

/// What the figures rest on, what was left out, and the thresholds, in sentences.
pub fn basis(document: &EvidenceDocument) -> String {
    let basis = &document.basis;
    let rules = &document.rules;
    let averaged = match basis.averaged_check_ins {
        1 => "1 check-in had several".to_string(),
        n => format!("{n} check-ins had several"),
    };
    let mut text = format!(
        "Rests on {} (each once, with its latest check-in), from {} and {}. Several \
         respondents of one organization and round count as one check-in, the mean of their \
         item answers ({averaged}). Retest: {} with two check-ins less than {} days apart \
         (the first such pair of each).",
        counted(basis.firms, "organization"),
        counted(basis.check_ins, "check-in"),
        counted(basis.assessments, "complete assessment"),
        counted(basis.retest_pairs, "organization"),
        rules.retest_within_days
    );
    if basis.drafts_left_out + basis.other_questionnaire_left_out > 0 {
        text.push_str(&format!(
            " Left out: {} and {} of another questionnaire, version or content.",
            counted(basis.drafts_left_out, "draft"),
            counted(basis.other_questionnaire_left_out, "assessment")
        ));
    }
    text.push_str(&format!(
        " A figure needs {} organizations ({} pairs for retest); below that the note says \
         so instead of a number.",
        rules.min_firms, rules.min_retest_pairs
    ));
    text
}

/// The heading of the item table, with the flags' thresholds.
pub(super) fn items_title(document: &EvidenceDocument) -> String {
    let rules = &document.rules;
    format!(
        "Items (flagged: item-total r < {:.2}, don't know > {:.0}%, floor or ceiling > {:.0}%)",
        rules.item_total_below,
        rules.dont_know_above * 100.0,
        rules.floor_ceiling_above * 100.0
    )
}

/// Every area, each dimension followed by its facets: `(is a facet, title, figures)`.
pub(super) fn areas(document: &EvidenceDocument) -> Vec<(bool, &str, &Reliability)> {
    let mut out = Vec::new();
    for d in &document.dimensions {
        out.push((false, d.title.as_str(), &d.reliability));
        for f in &d.facets {
            out.push((true, f.title.as_str(), &f.reliability));
        }
    }
    out
}

/// A figure to two decimals, or `-`.
pub fn two(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{v:.2}"))
}

/// A score-sized figure to one decimal, or `-`.
pub fn one(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{v:.1}"))
}

/// A share as a whole percentage, or `-`.
fn percent(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{:.0}%", v * 100.0))
}

/// Why figures of an area are missing, in one note.
pub fn reliability_note(r: &Reliability) -> String {
    [
        r.not_shown.clone(),
        r.omega_not_shown
            .as_ref()
            .map(|why| format!("omega: {why}")),
        r.retest
            .not_shown
            .as_ref()
            .map(|why| format!("retest: {why}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("; ")
}

/// The retest cell: `0.91 (24 pairs)` or `-`.
pub(super) fn retest_cell(r: &Reliability) -> String {
    match r.retest.icc {
        Some(icc) => format!("{icc:.2} ({} pairs)", r.retest.pairs),
        None => "-".to_string(),
    }
}

/// The cells of an area's row after its title, unescaped, in [`RELIABILITY_HEADERS`] order.
pub(super) fn reliability_cells(r: &Reliability) -> Vec<String> {
    let interval = r
        .alpha_ci95
        .map_or("-".to_string(), |[lo, hi]| format!("{lo:.2}-{hi:.2}"));
    vec![
        r.items.to_string(),
        r.firms.to_string(),
        two(r.alpha),
        interval,
        two(r.omega),
        one(r.sd),
        one(r.sem),
        one(r.mdc95),
        retest_cell(r),
        reliability_note(r),
    ]
}

/// The flags and the reason a figure is missing, in one note.
pub fn item_note(item: &ItemEvidence) -> String {
    let mut notes: Vec<String> = item.flags.iter().map(|f| f.words().to_string()).collect();
    notes.extend(item.not_shown.clone());
    notes.join("; ")
}

/// An item's row, unescaped, in [`ITEM_HEADERS`] order.
pub(super) fn item_cells(item: &ItemEvidence) -> Vec<String> {
    vec![
        item.id.clone(),
        item.firms.to_string(),
        one(item.mean),
        one(item.sd),
        two(item.item_total),
        percent(item.dont_know),
        percent(item.floor),
        percent(item.ceiling),
        item_note(item),
    ]
}

/// `ecoready-evidence-<questionnaire id>-<version>.<ext>`.
pub(super) fn file_stem(document: &EvidenceDocument) -> String {
    format!(
        "evidence {} {}",
        document.questionnaire.id, document.questionnaire.version
    )
}
