//! `compare` as plain text: both sides, the like-for-like changes, the items that moved
//! and the notes.

use std::fmt::Write as _;

use super::*;
use crate::documents::{CompareDocument, ItemMoveSummary};
use crate::report::MOVED_ITEMS_SHOWN;
use crate::text::same_name;

/// Said of a reverse-worded item, so its falling score does not read as a worse answer.
pub fn reverse_worded() -> &'static str {
    crate::tr!("report-compare-reverse-worded")
}

/// Who and when on both sides, the score changes, the items that moved most, the notes
/// side by side, and what could not be compared.
pub fn compare(doc: &CompareDocument) -> String {
    let (b, a) = (&doc.before, &doc.after);
    let mut out = String::new();
    let organization = if same_name(&b.organization.name, &a.organization.name) {
        clean(&a.organization.name)
    } else {
        crate::tr!(
            "report-compare-two-organizations",
            before = clean(&b.organization.name),
            after = clean(&a.organization.name)
        )
    };
    let _ = writeln!(out, "{organization}: {} → {}\n", day(&b.date), day(&a.date));
    let questionnaire =
        |q: &crate::assessment::QuestionnaireRef| clean(&format!("{}@{}", q.id, q.version));
    let rows = vec![
        vec![
            crate::tr!("report-label-assessment").to_string(),
            clean(&b.id),
            clean(&a.id),
        ],
        vec![
            crate::tr!("report-label-respondent").to_string(),
            who(&b.respondent.name, &b.respondent.role),
            who(&a.respondent.name, &a.respondent.role),
        ],
        vec![
            crate::tr!("report-label-round").to_string(),
            round_label(b.round.as_deref()),
            round_label(a.round.as_deref()),
        ],
        vec![
            crate::tr!("report-label-date").to_string(),
            time(&b.date),
            time(&a.date),
        ],
        vec![
            crate::tr!("report-label-questionnaire").to_string(),
            questionnaire(&b.questionnaire),
            questionnaire(&a.questionnaire),
        ],
    ];
    let (before, after) = (
        crate::tr!("report-compare-before"),
        crate::tr!("report-compare-after"),
    );
    out.push_str(&indent(&table(&["", before, after], &rows)));
    let overall = crate::tr!("report-overall-heading").to_string();
    let mut rows = vec![compared_row(overall, &doc.overall)];
    for dimension in &doc.dimensions {
        rows.push(compared_row(clean(&dimension.title), &dimension.delta));
        for facet in &dimension.facets {
            rows.push(compared_row(
                format!("  {}", clean(&facet.title)),
                &facet.delta,
            ));
        }
    }
    // With no question in common the closing note says nothing can be compared, in place
    // of a table of empty changes.
    if doc.not_compared.shared_items > 0 {
        out.push('\n');
        out.push_str(&table(
            &[
                "",
                before,
                after,
                crate::tr!("report-compare-change"),
                crate::tr!("report-compare-like-for-like"),
                crate::tr!("report-compare-noise"),
            ],
            &rows,
        ));
        let _ = writeln!(out, "\n{}", clean(&doc.shown_noise_note()));
    }
    let moved: Vec<String> = doc
        .moved_items
        .iter()
        .take(MOVED_ITEMS_SHOWN)
        .map(|m| {
            let mark = if m.change > 0.0 {
                Direction::Up
            } else {
                Direction::Down
            }
            .mark();
            format!(
                "  {mark} {:>6}  [{}] {}  ({})",
                crate::i18n::signed_decimal(m.change, 1),
                clean(&m.item),
                clean(&m.text),
                clean(&moved_answers(m))
            )
        })
        .collect();
    push_section(
        &mut out,
        Some(crate::tr!("report-compare-moved-heading")),
        &moved,
    );
    let mut notes = Vec::new();
    for pair in &doc.notes {
        notes.push(format!("  [{}] {}", clean(&pair.item), clean(&pair.text)));
        notes.push(format!(
            "    {}",
            crate::tr!("report-text-note-before", note = note(&pair.before))
        ));
        notes.push(format!(
            "    {}",
            crate::tr!("report-text-note-after", note = note(&pair.after))
        ));
    }
    push_section(&mut out, Some(crate::tr!("report-notes-heading")), &notes);
    let _ = writeln!(out, "\n{}", clean(&doc.not_compared.shown_note));
    out
}

/// A row of the comparison: before, after, change, what the change rests on, and whether
/// it is more than measurement noise.
fn compared_row(label: String, delta: &DeltaSummary) -> Vec<String> {
    let mut row = delta_row(label, delta);
    row.push(delta.like_for_like());
    row.push(delta.noise_cell());
    row
}

/// The answers given and the item scores: "Disagree → Agree, score 16.7 → 83.3", with a
/// word on reverse-worded items, where agreeing more scores lower.
pub fn moved_answers(m: &ItemMoveSummary) -> String {
    let reverse = if m.reverse {
        format!("; {}", reverse_worded())
    } else {
        String::new()
    };
    let moved = crate::tr!(
        "report-moved-answers",
        answer_before = m.answer_before.as_str(),
        answer_after = m.answer_after.as_str(),
        before = plain_score(m.before),
        after = plain_score(m.after)
    );
    format!("{moved}{reverse}")
}

fn delta_row(label: String, delta: &DeltaSummary) -> Vec<String> {
    vec![
        label,
        score(delta.before),
        score(delta.after),
        change_cell(delta),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delta(before: Option<f64>, after: Option<f64>) -> DeltaSummary {
        DeltaSummary::new(&crate::compare::Delta::new(before, after))
    }

    #[test]
    fn change_cells_carry_a_mark_and_a_sign() {
        // 62.5 - 50 = +12.5; 50.02 - 50 = 0.02 < 0.05 shows as unchanged.
        assert_eq!(change_cell(&delta(Some(50.0), Some(62.5))), " +12.5 ▲");
        assert_eq!(change_cell(&delta(Some(50.0), Some(25.0))), " -25.0 ▼");
        assert_eq!(change_cell(&delta(Some(50.0), Some(50.02))), "   0.0 =");
        assert_eq!(change_cell(&delta(None, Some(50.0))), "     - ?");
    }

    #[test]
    fn a_compared_row_says_what_the_change_rests_on() {
        let score = |value: Option<f64>, answered| crate::scoring::Score {
            value,
            band: None,
            answered,
            dont_know: 0,
            total: 4,
        };
        let comparable = DeltaSummary::new(&crate::compare::Delta::like_for_like(
            &score(Some(50.0), 3),
            &score(Some(75.0), 3),
        ));
        assert_eq!(compared_row("A".into(), &comparable)[4], "on 3 of 4 items");
        let not = DeltaSummary::new(&crate::compare::Delta::like_for_like(
            &score(None, 1),
            &score(None, 1),
        ));
        assert_eq!(
            compared_row("A".into(), &not)[4],
            "not comparable (on 1 of 4 items)"
        );
        // A facet only one side has: nothing it could rest on.
        assert_eq!(
            compared_row("A".into(), &delta(None, Some(50.0)))[4],
            "not comparable"
        );
    }
}
