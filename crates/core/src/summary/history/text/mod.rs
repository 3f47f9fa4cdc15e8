//! `compare`, `trend` and `round` as plain text for the terminal, from the same documents
//! `--json` prints. Pure; every string from a file or the keyboard is sanitized first.

mod compare;
mod round;
mod trend;

use std::fmt::Write as _;

use chrono::DateTime;

pub use self::compare::{MOVED_ITEMS_SHOWN, REVERSE_WORDED, compare, moved_answers};
pub use self::round::round;
pub use self::trend::{NO_CONCERNS, POINT_SCORES, trend};
use super::DeltaSummary;
use crate::compare::Direction;
use crate::summary::text::readable_time as time;
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

fn clean(text: &str) -> String {
    sanitize(text, false)
}

/// `+12.5 ▲`, `  0.0 =`, or `? ` when one side has no score.
fn change_cell(delta: &DeltaSummary) -> String {
    match (delta.change, delta.direction) {
        (Some(_), Direction::Same) => format!("{:>6} {}", "0.0", Direction::Same.mark()),
        (Some(change), direction) => format!("{change:>+6.1} {}", direction.mark()),
        (None, direction) => format!("{:>6} {}", "-", direction.mark()),
    }
}
