//! `compare`, `trend` and `round` as plain text for the terminal, from the same documents
//! `--json` prints. Pure; every string from a file or the keyboard is sanitized first.

use crate::text::same_name;
use std::fmt::Write as _;

use chrono::DateTime;

use super::{
    AreaChangeSummary, CompareDocument, DeltaSummary, RoundDocument, SpreadSummary,
    TrendDeltaSummary, TrendDocument,
};
use crate::compare::Direction;
use crate::summary::text::table;
use crate::text::sanitize;
use crate::text::wrap;
use crate::trend::AreaReason;

/// Width the notes under the trend table are wrapped to.
const NOTE_WIDTH: usize = 86;
/// Said of a reverse-worded item, so its falling score does not read as a worse answer.
pub const REVERSE_WORDED: &str = "reverse-worded: agreeing scores lower";

/// How many moved items `compare` lists.
pub const MOVED_ITEMS_SHOWN: usize = 10;

/// Who and when on both sides, the score changes, the items that moved most, the notes
/// side by side, and what could not be compared.
pub fn compare(doc: &CompareDocument) -> String {
    let (b, a) = (&doc.before, &doc.after);
    let mut out = String::new();
    let organization = if same_name(&b.organization.name, &a.organization.name) {
        clean(&a.organization.name)
    } else {
        format!(
            "{} / {}",
            clean(&b.organization.name),
            clean(&a.organization.name)
        )
    };
    let _ = writeln!(out, "{organization}: {} → {}\n", day(&b.date), day(&a.date));
    let questionnaire =
        |q: &crate::assessment::QuestionnaireRef| clean(&format!("{}@{}", q.id, q.version));
    let rows = vec![
        vec!["Assessment".to_string(), clean(&b.id), clean(&a.id)],
        vec![
            "Respondent".to_string(),
            who(&b.respondent.name, &b.respondent.role),
            who(&a.respondent.name, &a.respondent.role),
        ],
        vec![
            "Round".to_string(),
            round_label(b.round.as_deref()),
            round_label(a.round.as_deref()),
        ],
        vec!["Date".to_string(), time(&b.date), time(&a.date)],
        vec![
            "Questionnaire".to_string(),
            questionnaire(&b.questionnaire),
            questionnaire(&a.questionnaire),
        ],
    ];
    out.push_str(&indent(&table(&["", "Before", "After"], &rows)));
    let mut rows = vec![compared_row("Overall readiness".to_string(), &doc.overall)];
    for dimension in &doc.dimensions {
        rows.push(compared_row(clean(&dimension.title), &dimension.delta));
        for facet in &dimension.facets {
            rows.push(compared_row(
                format!("  {}", clean(&facet.title)),
                &facet.delta,
            ));
        }
    }
    out.push('\n');
    out.push_str(&table(
        &["", "Before", "After", "Change", "Like for like"],
        &rows,
    ));
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
                "  {mark} {:+6.1}  [{}] {}  ({})",
                m.change,
                clean(&m.item),
                clean(&m.text),
                clean(&moved_answers(m))
            )
        })
        .collect();
    push_section(&mut out, "Items that moved most", &moved);
    let mut notes = Vec::new();
    for pair in &doc.notes {
        notes.push(format!("  [{}] {}", clean(&pair.item), clean(&pair.text)));
        notes.push(format!("    before: {}", note(&pair.before)));
        notes.push(format!("    after:  {}", note(&pair.after)));
    }
    push_section(&mut out, "Notes", &notes);
    let _ = writeln!(out, "\n{}", clean(&doc.not_compared.note));
    out
}

/// A table with a column per point (date, round, respondents, overall and each
/// dimension) and the change from first to last, then the most improved areas and the
/// areas of concern.
pub fn trend(doc: &TrendDocument) -> String {
    let mut out = String::new();
    let count = doc.points.len();
    let word = if count == 1 { "check-in" } else { "check-ins" };
    let _ = writeln!(
        out,
        "{}: readiness over {count} {word}\n",
        clean(&doc.organization)
    );
    let with_change = count > 1;
    let mut header: Vec<String> = vec![String::new()];
    header.extend(doc.points.iter().map(|p| day(&p.date)));
    if with_change {
        header.push("Change".to_string());
        header.push("Rests on".to_string());
    }
    let row = |label: String, cells: Vec<String>, change: Option<&TrendDeltaSummary>| {
        let mut row = vec![label];
        row.extend(cells);
        if with_change {
            row.push(change.map(trend_change_cell).unwrap_or_default());
            row.push(change.map(TrendDeltaSummary::rests_on).unwrap_or_default());
        }
        row
    };
    // A star beside a figure that holds other respondents or another questionnaire than
    // the check-in before.
    let starred = |text: String, changed: bool| if changed { format!("{text} *") } else { text };
    let mut rows = vec![
        row(
            "Round".to_string(),
            doc.points
                .iter()
                .map(|p| round_label(p.round.as_deref()))
                .collect(),
            None,
        ),
        row(
            "Respondents".to_string(),
            doc.points
                .iter()
                .enumerate()
                .map(|(i, p)| starred(p.respondents.to_string(), doc.respondents_changed(i)))
                .collect(),
            None,
        ),
        row(
            "Questionnaire".to_string(),
            doc.points
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    starred(
                        clean(&p.questionnaires.join(", ")),
                        doc.questionnaire_changed(i),
                    )
                })
                .collect(),
            None,
        ),
        row(
            "Overall readiness".to_string(),
            doc.points.iter().map(|p| plain_score(p.overall)).collect(),
            Some(&doc.change.overall),
        ),
    ];
    for (d, dimension) in doc.dimensions.iter().enumerate() {
        let cells = doc
            .points
            .iter()
            .map(|p| plain_score(p.dimensions.get(d).and_then(|s| s.score)))
            .collect();
        let change = doc.change.dimensions.get(d).map(|c| &c.delta);
        rows.push(row(clean(&dimension.title), cells, change));
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    out.push_str(&table(&header, &rows));
    let improved: Vec<String> = doc.most_improved.iter().map(area_line).collect();
    push_section(&mut out, "Most improved", &improved);
    let mut concerns: Vec<String> = doc.concerns.iter().map(area_line).collect();
    if concerns.is_empty() && with_change {
        concerns.push(format!("  {NO_CONCERNS}"));
    }
    let title = match doc.concerns.first().map(|c| c.reason) {
        Some(AreaReason::LowestNow) if with_change => {
            "Areas of concern (nothing declined; lowest now)"
        }
        Some(AreaReason::LowestNow) => "Areas of concern (lowest now)",
        _ => "Areas of concern",
    };
    push_section(&mut out, title, &concerns);
    let mut notes = Vec::new();
    if doc.anything_changed() {
        notes.push(
            "* other respondents or another questionnaire than the check-in before.".to_string(),
        );
    }
    notes.extend(doc.change.basis().iter().map(|line| clean(line)));
    if doc.points.iter().any(|p| p.respondents > 1) {
        notes.push(POINT_SCORES.to_string());
    }
    // Wrapped like a paragraph (the same wrapping as the screens), indented under the title.
    let notes: Vec<String> = notes
        .iter()
        .flat_map(|note| wrap(note, NOTE_WIDTH))
        .map(|line| format!("  {line}"))
        .collect();
    push_section(&mut out, "How to read this", &notes);
    out
}

/// Under "Areas of concern" when every area with a score at the last check-in improved.
pub const NO_CONCERNS: &str = "None: every area scored at the last check-in improved.";

/// How a check-in's scores are made from its respondents', said wherever they appear.
pub const POINT_SCORES: &str = "A check-in's facet score is the mean of its respondents'; \
    dimensions and overall are made from those by the usual rules.";

/// A like-for-like change: `+12.5 ▲`, `0.0 =`, or `not comparable`.
fn trend_change_cell(change: &TrendDeltaSummary) -> String {
    match change.delta.change {
        Some(_) => change_cell(&change.delta),
        None => "not comparable".to_string(),
    }
}

/// The respondents, then per dimension and facet the mean, range and agreement, with a
/// CONTESTED mark where agreement is low.
pub fn round(doc: &RoundDocument) -> String {
    let mut out = String::new();
    let count = doc.respondents.len();
    let word = if count == 1 {
        "respondent"
    } else {
        "respondents"
    };
    let _ = writeln!(
        out,
        "{}, round \"{}\": {count} {word}\n",
        clean(&doc.organization),
        clean(&doc.round)
    );
    let respondents: Vec<Vec<String>> = doc
        .respondents
        .iter()
        .map(|r| {
            vec![
                clean(&r.id),
                clean(&r.respondent.name),
                clean(&r.respondent.role),
                day(&r.date),
                score(r.overall),
            ]
        })
        .collect();
    out.push_str(&table(
        &["Assessment", "Respondent", "Role", "Completed", "Overall"],
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
    push_section(&mut out, "Left out", &left_out);
    let mut rows = vec![spread_row("Overall readiness".to_string(), &doc.overall)];
    for dimension in &doc.dimensions {
        rows.push(spread_row(clean(&dimension.title), &dimension.spread));
        for facet in &dimension.facets {
            rows.push(spread_row(
                format!("  {}", clean(&facet.title)),
                &facet.spread,
            ));
        }
    }
    out.push('\n');
    out.push_str(&table(&["", "Mean", "Range", "Agreement", ""], &rows));
    if let Some(lowest) = &doc.lowest_agreement {
        let _ = writeln!(
            out,
            "\nLowest agreement: {} {:.2} (answers on the {} scale){}",
            clean(&lowest.title),
            lowest.rwg,
            clean(&lowest.scale),
            if lowest.contested { " CONTESTED" } else { "" }
        );
    }
    let _ = writeln!(
        out,
        "\nAgreement is rwg(j): 1.00 when everyone answered alike, 0.00 when the answers\n\
         are as spread as random ones. Below {:.2} an area is CONTESTED: views differ,\n\
         so it is a good place to talk it through together. It is computed on one answer\n\
         scale at a time; an area that mixes scales shows its lowest, with the scale.\n\
         Answers of different scales are never pooled, so there is no overall agreement.",
        doc.contested_below
    );
    if count < 2 {
        out.push_str("Agreement needs at least two respondents in the round.\n");
    }
    out
}

/// `name, role`, either alone, or `-`.
fn who(name: &str, role: &str) -> String {
    match (name.trim(), role.trim()) {
        ("", "") => "-".to_string(),
        (name, "") | ("", name) => clean(name),
        (name, role) => format!("{}, {}", clean(name), clean(role)),
    }
}

/// A row of the comparison: before, after, change, and what the change rests on.
fn compared_row(label: String, delta: &DeltaSummary) -> Vec<String> {
    let mut row = delta_row(label, delta);
    row.push(delta.like_for_like());
    row
}

/// The answers given and the item scores: "Disagree → Agree, score 16.7 → 83.3", with a
/// word on reverse-worded items, where agreeing more scores lower.
pub fn moved_answers(m: &super::ItemMoveSummary) -> String {
    let reverse = if m.reverse {
        format!("; {REVERSE_WORDED}")
    } else {
        String::new()
    };
    format!(
        "{} → {}, score {} → {}{reverse}",
        m.answer_before,
        m.answer_after,
        plain_score(m.before),
        plain_score(m.after)
    )
}

fn delta_row(label: String, delta: &DeltaSummary) -> Vec<String> {
    vec![
        label,
        score(delta.before),
        score(delta.after),
        change_cell(delta),
    ]
}

/// `+12.5 ▲`, `  0.0 =`, or `? ` when one side has no score.
fn change_cell(delta: &DeltaSummary) -> String {
    match (delta.change, delta.direction) {
        (Some(_), Direction::Same) => format!("{:>6} {}", "0.0", Direction::Same.mark()),
        (Some(change), direction) => format!("{change:>+6.1} {}", direction.mark()),
        (None, direction) => format!("{:>6} {}", "-", direction.mark()),
    }
}

fn spread_row(label: String, spread: &SpreadSummary) -> Vec<String> {
    let range = match (spread.min, spread.max) {
        (Some(min), Some(max)) => format!("{min:.1}-{max:.1}"),
        _ => "-".to_string(),
    };
    let scales = spread.by_scale.iter().filter(|s| s.rwg.is_some()).count();
    let agreement = match (spread.rwg, &spread.rwg_scale) {
        (Some(r), Some(scale)) if scales > 1 => format!("{r:.2} ({})", clean(scale)),
        (Some(r), _) => format!("{r:.2}"),
        (None, _) => "-".to_string(),
    };
    vec![
        label,
        score(spread.mean),
        range,
        agreement,
        if spread.contested {
            "CONTESTED".to_string()
        } else {
            String::new()
        },
    ]
}

/// `▲ +25.0  Title (Dimension)  50.0 → 75.0`, or for "lowest now" just the last score.
fn area_line(area: &AreaChangeSummary) -> String {
    let title = match &area.facet {
        Some(_) => format!("{} ({})", clean(&area.title), clean(&area.dimension_title)),
        None => clean(&area.title),
    };
    match area.reason {
        AreaReason::LowestNow => format!("  {:>6.1}  {title}", area.last),
        AreaReason::Improved | AreaReason::Declined => {
            let change = area.change.unwrap_or(0.0);
            let mark = if change > 0.0 {
                Direction::Up
            } else {
                Direction::Down
            }
            .mark();
            format!(
                "  {mark} {change:+6.1}  {title}  ({} → {:.1}; {})",
                plain_score(area.first),
                area.last,
                area.rests_on()
            )
        }
    }
}

/// A score to one decimal, or `-` without one.
fn plain_score(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| format!("{v:.1}"))
}

/// A score to one decimal, right-aligned, or `-` without one.
fn score(value: Option<f64>) -> String {
    match value {
        Some(v) => format!("{v:>6.1}"),
        None => format!("{:>6}", "-"),
    }
}

fn round_label(label: Option<&str>) -> String {
    label.map_or("-".to_string(), clean)
}

fn note(text: &str) -> String {
    if text.trim().is_empty() {
        "(none)".to_string()
    } else {
        clean(text)
    }
}

/// A blank line, the title, then the lines; nothing at all without lines.
fn push_section(out: &mut String, title: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title}");
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("  {line}\n")).collect()
}

/// `2025-03-01` from RFC 3339, in the offset it was recorded with.
fn day(rfc3339: &str) -> String {
    DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|_| clean(rfc3339))
}

/// `2025-03-01 14:05 +01:00` from RFC 3339.
fn time(rfc3339: &str) -> String {
    DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.format("%Y-%m-%d %H:%M %:z").to_string())
        .unwrap_or_else(|_| clean(rfc3339))
}

fn clean(text: &str) -> String {
    sanitize(text, false)
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

    #[test]
    fn contested_areas_are_marked_in_words() {
        let spread = SpreadSummary {
            respondents: 3,
            mean: Some(50.0),
            min: Some(25.0),
            max: Some(75.0),
            rwg: Some(0.4),
            rwg_scale: Some("agree5".to_string()),
            by_scale: Vec::new(),
            contested: true,
        };
        assert_eq!(
            spread_row("Data".to_string(), &spread),
            ["Data", "  50.0", "25.0-75.0", "0.40", "CONTESTED"]
        );
    }
}
