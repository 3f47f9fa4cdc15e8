//! What every format of the instrument report shares: the title, the sentence saying what
//! the figures rest on, and the cells of the reliability and item tables.

use crate::documents::EvidenceDocument;
use crate::evidence::{ItemEvidence, Reliability};
use crate::i18n::decimal;
use crate::tr;

/// The reliability table's column headings.
pub(super) fn reliability_headers() -> [&'static str; 11] {
    [
        tr!("report-evidence-column-area"),
        tr!("report-evidence-column-items"),
        tr!("report-evidence-column-firms"),
        tr!("report-evidence-column-alpha"),
        tr!("report-evidence-column-ci95"),
        tr!("report-evidence-column-omega"),
        tr!("report-evidence-column-sd"),
        tr!("report-evidence-column-sem"),
        tr!("report-evidence-column-mdc95"),
        tr!("report-evidence-column-retest"),
        tr!("report-evidence-column-note"),
    ]
}

/// The item table's column headings.
pub(super) fn item_headers() -> [&'static str; 9] {
    [
        tr!("report-evidence-column-item"),
        tr!("report-evidence-column-firms"),
        tr!("report-evidence-column-mean"),
        tr!("report-evidence-column-sd"),
        tr!("report-evidence-column-item-total"),
        tr!("report-evidence-column-dont-know"),
        tr!("report-evidence-column-floor"),
        tr!("report-evidence-column-ceiling"),
        tr!("report-evidence-column-flags"),
    ]
}

/// The heading of the reliability table.
pub(super) fn reliability_title() -> &'static str {
    tr!("report-evidence-reliability-title")
}

/// `Evidence on <title> (<id> <version>)`, unsanitised.
pub(super) fn title(document: &EvidenceDocument) -> String {
    tr!(
        "report-evidence-title",
        title = document.title.as_str(),
        id = document.questionnaire.id.as_str(),
        version = document.questionnaire.version.to_string()
    )
}

/// What the figures rest on, what was left out, and the thresholds, in sentences.
pub fn basis(document: &EvidenceDocument) -> String {
    let basis = &document.basis;
    let rules = &document.rules;
    let mut sentences = vec![
        tr!(
            "report-evidence-basis-rests-on",
            firms = basis.firms,
            check_ins = basis.check_ins,
            assessments = basis.assessments
        ),
        tr!(
            "report-evidence-basis-averaged",
            count = basis.averaged_check_ins
        ),
        tr!(
            "report-evidence-basis-retest",
            firms = basis.retest_pairs,
            days = rules.retest_within_days
        ),
    ];
    if basis.drafts_left_out + basis.other_questionnaire_left_out > 0 {
        sentences.push(tr!(
            "report-evidence-basis-left-out",
            drafts = basis.drafts_left_out,
            others = basis.other_questionnaire_left_out
        ));
    }
    sentences.push(tr!(
        "report-evidence-basis-needs",
        firms = rules.min_firms,
        pairs = rules.min_retest_pairs
    ));
    sentences.join(" ")
}

/// The heading of the item table, with the flags' thresholds.
pub(super) fn items_title(document: &EvidenceDocument) -> String {
    let rules = &document.rules;
    tr!(
        "report-evidence-items-title",
        item_total = decimal(rules.item_total_below, 2),
        dont_know = crate::i18n::percent(rules.dont_know_above * 100.0, 0),
        floor_ceiling = crate::i18n::percent(rules.floor_ceiling_above * 100.0, 0)
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
    value.map_or("-".to_string(), |v| decimal(v, 2))
}

/// A score-sized figure to one decimal, or `-`.
pub fn one(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| decimal(v, 1))
}

/// A share as a whole percentage, or `-`.
fn percent(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| crate::i18n::percent(v * 100.0, 0))
}

/// Why figures of an area are missing, in one note.
pub fn reliability_note(r: &Reliability) -> String {
    [
        r.not_shown.clone(),
        r.omega_not_shown
            .as_ref()
            .map(|why| tr!("report-evidence-note-omega", why = why.as_str())),
        r.retest
            .not_shown
            .as_ref()
            .map(|why| tr!("report-evidence-note-retest", why = why.as_str())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("; ")
}

/// The retest cell: `0.91 (24 pairs)` or `-`.
pub(super) fn retest_cell(r: &Reliability) -> String {
    match r.retest.icc {
        Some(icc) => tr!(
            "report-evidence-retest-cell",
            icc = decimal(icc, 2),
            pairs = r.retest.pairs
        ),
        None => "-".to_string(),
    }
}

/// The cells of an area's row after its title, unescaped, in [`reliability_headers`] order.
pub(super) fn reliability_cells(r: &Reliability) -> Vec<String> {
    let interval = r.alpha_ci95.map_or("-".to_string(), |[lo, hi]| {
        format!("{}-{}", decimal(lo, 2), decimal(hi, 2))
    });
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

/// An item's row, unescaped, in [`item_headers`] order.
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

/// `ecoready-evidence-<questionnaire id>-<version>.<ext>`: a file name, never translated.
pub(super) fn file_stem(document: &EvidenceDocument) -> String {
    format!(
        "evidence {} {}",
        document.questionnaire.id, document.questionnaire.version
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{Retest, too_few_pairs};
    use crate::i18n::{Lang, with_lang};

    /// An area with alpha and its interval, an SD, a retest with 24 pairs and no omega.
    fn area() -> Reliability {
        Reliability {
            items: 4,
            firms: 31,
            alpha: Some(0.8123),
            alpha_ci95: Some([0.71, 0.88]),
            omega: None,
            omega_not_shown: Some("the one-factor fit did not settle".to_string()),
            sd: Some(12.34),
            sem: None,
            mdc95: None,
            not_shown: None,
            retest: Retest {
                pairs: 24,
                icc: Some(0.9),
                not_shown: None,
            },
        }
    }

    #[test]
    fn cells_keep_the_english_figures_and_words() {
        let cells = with_lang(Lang::En, || reliability_cells(&area()));
        assert_eq!(
            cells,
            [
                "4",
                "31",
                "0.81",
                "0.71-0.88",
                "-",
                "12.3",
                "-",
                "-",
                "0.90 (24 pairs)",
                "omega: the one-factor fit did not settle"
            ]
        );
    }

    #[test]
    fn german_cells_use_the_decimal_comma_and_german_words() {
        let cells = with_lang(Lang::De, || reliability_cells(&area()));
        assert_eq!(cells[2], "0,81");
        assert_eq!(cells[3], "0,71-0,88");
        assert_eq!(cells[5], "12,3");
        assert_eq!(cells[8], "0,90 (24 Paare)");
        assert!(cells[9].starts_with("Omega: "), "{}", cells[9]);
    }

    #[test]
    fn a_missing_retest_says_why_in_the_reports_language() {
        let mut r = area();
        r.retest.icc = None;
        let note = with_lang(Lang::Es, || {
            r.retest.not_shown = Some(too_few_pairs(7));
            r.omega_not_shown = None;
            reliability_note(&r)
        });
        assert_eq!(note, "retest: muy pocos pares (7 de 20)");
        let pseudo = with_lang(Lang::Pseudo, || reliability_headers().join(" "));
        assert!(pseudo.starts_with("[[Area]] [[Items]]"), "{pseudo}");
    }
}
