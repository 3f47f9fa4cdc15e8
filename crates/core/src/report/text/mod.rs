//! Plain text for the terminal, from the same documents `--json` prints: the `list` and
//! `questionnaires` tables, one assessment's results, `compare`, `trend`, `round` and the
//! ecosystem map. Pure; every string from a file or the keyboard is sanitized first.

mod assessment;
mod compare;
mod conflicts;
mod evidence;
mod map;
mod organizations;
pub mod plan;
mod round;
mod setup;
mod trend;

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

pub use self::assessment::{ListRow, list_table, questionnaires_table, score_with_band, show};
pub use self::compare::{compare, moved_answers, reverse_worded};
pub use self::conflicts::{conflicts, merge, reid, repair};
pub use self::evidence::evidence;
pub use self::map::map;
pub use self::organizations::{organization_change, trash};
pub use self::plan::{of_check_in as plan_of_check_in, plan};
pub use self::round::round;
pub use self::setup::{paths, shared_setup};
pub use self::trend::{no_concerns, no_real_rise, point_scores, trend};
use crate::assessment::Timestamp;
use crate::compare::Direction;
use crate::documents::DeltaSummary;
use crate::text::sanitize;

/// `name, role`, either alone, or `-`.
fn who(name: &str, role: &str) -> String {
    match (name.trim(), role.trim()) {
        ("", "") => "-".to_string(),
        (name, "") | ("", name) => clean(name),
        (name, role) => format!("{}, {}", clean(name), clean(role)),
    }
}

/// A score to one decimal, or `-` without one.
fn plain_score(value: Option<f64>) -> String {
    value.map_or("-".to_string(), |v| crate::i18n::decimal(v, 1))
}

/// A score to one decimal, right-aligned, or `-` without one.
fn score(value: Option<f64>) -> String {
    match value {
        Some(v) => format!("{:>6}", crate::i18n::decimal(v, 1)),
        None => format!("{:>6}", "-"),
    }
}

fn round_label(label: Option<&str>) -> String {
    label.map_or("-".to_string(), clean)
}

fn note(text: &str) -> String {
    if text.trim().is_empty() {
        crate::tr!("report-compare-no-note").to_string()
    } else {
        clean(text)
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("  {line}\n")).collect()
}

/// `2025-03-01`, in the offset it was recorded with.
fn day(at: &Timestamp) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// `+12.5 ▲`, `  0.0 =`, or `? ` when one side has no score.
fn change_cell(delta: &DeltaSummary) -> String {
    match (delta.change, delta.direction) {
        (Some(_), Direction::Same) => format!(
            "{:>6} {}",
            crate::i18n::decimal(0.0, 1),
            Direction::Same.mark()
        ),
        (Some(change), direction) => format!(
            "{:>6} {}",
            crate::i18n::signed_decimal(change, 1),
            direction.mark()
        ),
        (None, direction) => format!("{:>6} {}", "-", direction.mark()),
    }
}

/// Columns padded to their widest cell (by display width), two spaces apart, no trailing
/// spaces.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    // Written straight into one string of about the final size: `list` prints tables of
    // thousands of rows.
    let line_width: usize = widths.iter().map(|w| w + 2).sum::<usize>() + 1;
    let mut out = String::with_capacity(line_width * (rows.len() + 1));
    for row in std::iter::once(&header).chain(rows) {
        let start = out.len();
        for (cell, width) in row.iter().zip(&widths) {
            out.push_str(cell);
            let padding = width.saturating_sub(cell.width()) + 2;
            out.extend(std::iter::repeat_n(' ', padding));
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    }
    out
}

/// A blank line, the title if any, then the lines; nothing at all without lines.
fn push_section(out: &mut String, title: Option<&str>, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    out.push('\n');
    if let Some(title) = title {
        let _ = writeln!(out, "{title}");
    }
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
}

/// Where the assessment stands among peers, under its heading; nothing without a standing.
fn push_peers(out: &mut String, peers: Option<&crate::peers::PeerStanding>) {
    if let Some(peers) = peers {
        let lines: Vec<String> = peers
            .lines()
            .iter()
            .map(|l| format!("  {}", clean(l)))
            .collect();
        push_section(out, Some(crate::peers::heading()), &lines);
    }
}

/// `2025-03-01 14:05 +01:00`: a time with the offset it was recorded with.
pub(crate) fn time(at: &Timestamp) -> String {
    at.format("%Y-%m-%d %H:%M %:z").to_string()
}

fn clean(text: &str) -> String {
    sanitize(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_pads_by_display_width_and_trims_line_ends() {
        let rows = vec![
            vec!["Müller".to_string(), "1".to_string()],
            vec!["日本".to_string(), "22".to_string()],
        ];
        // Widths: column 1 = max(4, 6, 4) = 6 ("日本" is 4 columns wide), then two spaces.
        assert_eq!(
            table(&["Name", "N"], &rows),
            "Name    N\nMüller  1\n日本    22\n"
        );
    }

    #[test]
    fn times_are_shown_with_their_offset() {
        let at = chrono::DateTime::parse_from_rfc3339("2025-03-01T14:05:09+01:00").unwrap();
        assert_eq!(time(&at), "2025-03-01 14:05 +01:00");
    }
}
