//! `trend` as plain text: a column per check-in, like-for-like changes, the most
//! improved areas and the areas of concern.

use std::fmt::Write as _;

use super::*;
use crate::documents::{AreaChangeSummary, TrendDeltaSummary, TrendDocument};
use crate::text::wrap;
use crate::tr;
use crate::trend::AreaReason;

/// Width the notes under the trend table are wrapped to.
pub(super) const NOTE_WIDTH: usize = 86;

/// A table with a column per point (date, round, respondents, overall and each
/// dimension) and the change from first to last, then the most improved areas and the
/// areas of concern.
pub fn trend(doc: &TrendDocument) -> String {
    let mut out = String::new();
    let count = doc.points.len();
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "report-trend-text-title",
            organization = clean(&doc.organization),
            count = count
        )
    );
    let with_change = count > 1;
    let mut header: Vec<String> = vec![String::new()];
    header.extend(doc.points.iter().map(|p| day(&p.date)));
    if with_change {
        header.push(tr!("report-compare-change").to_string());
        header.push(tr!("report-trend-rests-on").to_string());
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
            tr!("report-label-round").to_string(),
            doc.points
                .iter()
                .map(|p| round_label(p.round.as_deref()))
                .collect(),
            None,
        ),
        row(
            tr!("report-trend-respondents").to_string(),
            doc.points
                .iter()
                .enumerate()
                .map(|(i, p)| starred(p.respondents.to_string(), doc.respondents_changed(i)))
                .collect(),
            None,
        ),
        row(
            tr!("report-label-questionnaire").to_string(),
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
            tr!("report-overall-heading").to_string(),
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
    let mut improved: Vec<String> = doc.most_improved.iter().map(area_line).collect();
    if improved.is_empty() && with_change {
        improved.push(format!("  {}", no_real_rise()));
    }
    push_section(&mut out, Some(tr!("report-trend-most-improved")), &improved);
    let mut concerns: Vec<String> = doc.concerns.iter().map(area_line).collect();
    if concerns.is_empty() && with_change {
        concerns.push(format!("  {}", no_concerns()));
    }
    let title = crate::report::trend::concerns_title(doc);
    push_section(&mut out, Some(title), &concerns);
    super::push_peers(&mut out, doc.peers.as_ref());
    out.push_str(&super::plan::trend_plans(doc));
    let mut notes = Vec::new();
    if doc.anything_changed() {
        notes.push(tr!("report-trend-changed-note").to_string());
    }
    notes.extend(doc.change.basis().iter().map(|line| clean(line)));
    if doc.points.iter().any(|p| p.respondents > 1) {
        notes.push(point_scores().to_string());
    }
    if with_change {
        notes.push(clean(&doc.shown_noise_note()));
    }
    // Wrapped like a paragraph (the same wrapping as the screens), indented under the title.
    let notes: Vec<String> = notes
        .iter()
        .flat_map(|note| wrap(note, NOTE_WIDTH))
        .map(|line| format!("  {line}"))
        .collect();
    push_section(&mut out, Some(tr!("report-trend-how-to-read")), &notes);
    out
}

/// Under "Areas of concern" when every area with a like-for-like change improved.
pub fn no_concerns() -> &'static str {
    tr!("report-trend-no-concerns")
}

/// Under "Most improved" when no area rose by at least its MDC95.
pub fn no_real_rise() -> &'static str {
    tr!("report-trend-no-real-rise")
}

/// How a check-in's scores are made from its respondents', said wherever they appear.
pub fn point_scores() -> &'static str {
    tr!("report-trend-point-scores")
}

/// A like-for-like change: `+12.5 ▲`, `0.0 =`, or `not comparable`.
fn trend_change_cell(change: &TrendDeltaSummary) -> String {
    match change.delta.change {
        Some(_) => format!(
            "{} {}",
            change_cell(&change.delta),
            change.delta.noise_cell()
        ),
        None => tr!("report-not-comparable").to_string(),
    }
}

/// `▲ +25.0  Title (Dimension)  50.0 → 75.0`, or for "lowest now" just the last score.
fn area_line(area: &AreaChangeSummary) -> String {
    let title = match &area.facet {
        Some(_) => format!("{} ({})", clean(&area.title), clean(&area.dimension_title)),
        None => clean(&area.title),
    };
    match area.reason {
        AreaReason::LowestNow => {
            format!("  {:>6}  {title}", crate::i18n::decimal(area.last, 1))
        }
        AreaReason::Improved | AreaReason::Declined => {
            let change = area.change.unwrap_or(0.0);
            let mark = if change > 0.0 {
                Direction::Up
            } else {
                Direction::Down
            }
            .mark();
            format!(
                "  {mark} {:>6}  {title}  ({} → {}; {}; {})",
                crate::i18n::signed_decimal(change, 1),
                plain_score(area.first),
                crate::i18n::decimal(area.last, 1),
                area.rests_on(),
                area.noise_words()
            )
        }
    }
}
