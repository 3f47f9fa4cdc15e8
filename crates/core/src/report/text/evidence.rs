//! `ecoready evidence`: what the figures rest on, the reliability of every dimension and
//! facet, and every item's figures, from the `evidence --json` document.

use std::fmt::Write as _;

use super::{clean, table};
use crate::documents::EvidenceDocument;
use crate::evidence::{ItemEvidence, Reliability};
use crate::text::{counted, wrap};

/// The width the sentences above the tables are wrapped to.
const WIDTH: usize = 88;

/// The whole report as text.
pub fn evidence(document: &EvidenceDocument) -> String {
    let mut out = String::new();
    let q = &document.questionnaire;
    let basis = &document.basis;
    let rules = &document.rules;
    let _ = writeln!(
        out,
        "Evidence on {} ({} {})",
        clean(&document.title),
        clean(&q.id),
        clean(&q.version)
    );
    let averaged = match basis.averaged_check_ins {
        1 => "1 check-in had several".to_string(),
        n => format!("{n} check-ins had several"),
    };
    let mut intro = format!(
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
        let _ = write!(
            intro,
            " Left out: {} and {} of another questionnaire, version or content.",
            counted(basis.drafts_left_out, "draft"),
            counted(basis.other_questionnaire_left_out, "assessment")
        );
    }
    let _ = write!(
        intro,
        " A figure needs {} organizations ({} pairs for retest); below that the note says \
         so instead of a number.",
        rules.min_firms, rules.min_retest_pairs
    );
    for line in wrap(&intro, WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    out.push_str("\nReliability of the scores (0-100)\n");
    let mut rows = Vec::new();
    for d in &document.dimensions {
        rows.push(reliability_row(&clean(&d.title), &d.reliability));
        for f in &d.facets {
            rows.push(reliability_row(
                &format!("  {}", clean(&f.title)),
                &f.reliability,
            ));
        }
    }
    out.push_str(&table(
        &[
            "Area", "Items", "Firms", "Alpha", "95% CI", "Omega", "SD", "SEM", "MDC95", "Retest",
            "Note",
        ],
        &rows,
    ));
    let _ = writeln!(
        out,
        "\nItems (flagged: item-total r < {:.2}, don't know > {:.0}%, floor or ceiling > {:.0}%)",
        rules.item_total_below,
        rules.dont_know_above * 100.0,
        rules.floor_ceiling_above * 100.0
    );
    let rows: Vec<Vec<String>> = document.items.iter().map(item_row).collect();
    out.push_str(&table(
        &[
            "Item",
            "Firms",
            "Mean",
            "SD",
            "r(it)",
            "DK",
            "Floor",
            "Ceil",
            "Flags / note",
        ],
        &rows,
    ));
    out
}

/// A figure to two decimals, or `-`.
fn two(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{v:.2}"))
}

/// A score-sized figure to one decimal, or `-`.
fn one(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{v:.1}"))
}

/// A share as a whole percentage, or `-`.
fn percent(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{:.0}%", v * 100.0))
}

fn reliability_row(title: &str, r: &Reliability) -> Vec<String> {
    let interval = r
        .alpha_ci95
        .map_or("-".to_string(), |[lo, hi]| format!("{lo:.2}-{hi:.2}"));
    let retest = match r.retest.icc {
        Some(icc) => format!("{icc:.2} ({} pairs)", r.retest.pairs),
        None => "-".to_string(),
    };
    let notes: Vec<String> = [
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
    .collect();
    vec![
        title.to_string(),
        r.items.to_string(),
        r.firms.to_string(),
        two(r.alpha),
        interval,
        two(r.omega),
        one(r.sd),
        one(r.sem),
        one(r.mdc95),
        retest,
        notes.join("; "),
    ]
}

fn item_row(item: &ItemEvidence) -> Vec<String> {
    let mut notes: Vec<String> = item.flags.iter().map(|f| f.words().to_string()).collect();
    notes.extend(item.not_shown.clone());
    vec![
        clean(&item.id),
        item.firms.to_string(),
        one(item.mean),
        one(item.sd),
        two(item.item_total),
        percent(item.dont_know),
        percent(item.floor),
        percent(item.ceiling),
        notes.join("; "),
    ]
}
