//! What Results says of the plans around a check-in, in sentences both wizards show (the
//! full screen styles and wraps them, plain mode prints them): the plan it reviewed with
//! each priority's review beside its facet's like-for-like change, and the plan made from
//! it. A change within measurement noise is said to be so, never shown as real.

use super::{CheckInPlans, JudgedPriority};
use crate::compare::Verdict;
use crate::plan::{PlanStage, Priority};
use crate::text::sanitize;
use crate::tr;

/// What a line is, which decides how it is indented and styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The section's heading.
    Heading,
    /// A sentence about a whole plan.
    Text,
    /// A priority.
    Priority,
    /// What belongs to the priority above (owner, due date, change).
    Detail,
    /// Something missing or not yet there.
    Muted,
    /// A detail not to be read as a result: a change within measurement noise or
    /// without an estimate of it.
    QuietDetail,
}

impl LineKind {
    /// Leading spaces of the first and the following wrapped lines.
    pub fn indent(self) -> (&'static str, &'static str) {
        match self {
            LineKind::Heading => ("", ""),
            LineKind::Text | LineKind::Muted => ("  ", "  "),
            LineKind::Priority => ("  ", "     "),
            LineKind::Detail | LineKind::QuietDetail => ("     ", "     "),
        }
    }
}

/// One line (before wrapping) of the plan section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanLine {
    /// What it is.
    pub kind: LineKind,
    /// Its text, made safe for the terminal.
    pub text: String,
}

fn line(kind: LineKind, text: impl Into<String>) -> PlanLine {
    PlanLine {
        kind,
        text: text.into(),
    }
}

/// The plan section of Results; `make_hint` says how a plan is made here (a key in the
/// full screen, a command in plain mode), shown when this check-in has none yet.
pub fn progress_lines(plans: &CheckInPlans, make_hint: &str) -> Vec<PlanLine> {
    let mut out = vec![line(LineKind::Heading, tr!("app-plan-heading"))];
    match &plans.reviewed {
        Some((stage, judged)) => {
            out.push(line(LineKind::Text, reviewed_here(stage)));
            for (n, judged) in judged.iter().enumerate() {
                push_reviewed(&mut out, n + 1, judged, plans.complete);
            }
        }
        None => {
            if let Some(open) = plans.open.as_ref().filter(|_| plans.complete) {
                out.push(line(
                    LineKind::Muted,
                    tr!(
                        "app-plan-not-reviewed",
                        date = open.date.format("%Y-%m-%d").to_string()
                    ),
                ));
            }
        }
    }
    match &plans.made {
        Some(stage) => {
            out.push(line(LineKind::Text, tr!("app-plan-made-here")));
            for (n, progress) in stage.priorities.iter().enumerate() {
                push_priority(&mut out, n + 1, &progress.priority, "");
                push_owner(&mut out, &progress.priority, true);
            }
        }
        None if plans.complete => {
            let where_made = if plans.makes_plans() && plans.scored_facets == 0 {
                tr!("app-plan-no-scored-facet")
            } else if plans.makes_plans() {
                make_hint
            } else {
                tr!("app-plan-latest-only")
            };
            out.push(line(
                LineKind::Muted,
                tr!("app-plan-none-yet", hint = where_made),
            ));
        }
        None => out.push(line(LineKind::Muted, tr!("app-plan-once-complete"))),
    }
    out
}

/// "The plan made at the check-in of 2026-01-05 (round baseline), reviewed here:", one
/// whole sentence with the round and one without.
fn reviewed_here(stage: &PlanStage) -> String {
    let date = stage.date.format("%Y-%m-%d").to_string();
    match stage.round.as_deref() {
        Some(round) => tr!(
            "app-plan-reviewed-here-round",
            date = date,
            round = sanitize(round, false)
        ),
        None => tr!("app-plan-reviewed-here", date = date),
    }
}

fn push_priority(out: &mut Vec<PlanLine>, n: usize, priority: &Priority, status: &str) {
    let title = sanitize(&priority.title, false);
    out.push(line(LineKind::Priority, format!("{n}. {title}{status}")));
}

/// Owner, due date and (for a plan made) its note.
fn push_owner(out: &mut Vec<PlanLine>, priority: &Priority, with_note: bool) {
    let mut parts = Vec::new();
    if !priority.owner.is_empty() {
        let owner = sanitize(&priority.owner, false);
        parts.push(tr!("app-plan-owner", owner = owner));
    }
    if let Some(due) = priority.due {
        parts.push(tr!(
            "app-plan-due",
            date = due.format("%Y-%m-%d").to_string()
        ));
    }
    if with_note && !priority.note.is_empty() {
        parts.push(sanitize(&priority.note, false));
    }
    if !parts.is_empty() {
        out.push(line(LineKind::Detail, parts.join("; ")));
    }
}

fn push_reviewed(out: &mut Vec<PlanLine>, n: usize, judged: &JudgedPriority, complete: bool) {
    let progress = &judged.progress;
    let status = match progress.status {
        Some(status) if progress.review_note.is_empty() => {
            tr!("app-plan-status", status = status.label())
        }
        Some(status) => tr!(
            "app-plan-status-note",
            status = status.label(),
            note = sanitize(&progress.review_note, false)
        ),
        None => tr!("app-plan-not-reviewed-status").to_string(),
    };
    push_priority(out, n, &progress.priority, &status);
    push_owner(out, &progress.priority, false);
    let delta = &judged.delta;
    let value = |v: f64| crate::i18n::decimal(v, 1);
    match (delta.before, delta.after, delta.change) {
        (Some(before), Some(after), Some(change)) => {
            let items = delta.items.map_or(String::new(), |n| {
                tr!("app-plan-items-both-times", count = n)
            });
            let verdict = delta.verdict();
            let noise = delta
                .noise
                .map_or(String::new(), |noise| format!(" ({})", noise.words()));
            let kind = if verdict == Verdict::Real {
                LineKind::Detail
            } else {
                LineKind::QuietDetail
            };
            out.push(PlanLine {
                kind,
                text: format!(
                    "{} -> {} ({}){items}: {}{noise}",
                    value(before),
                    value(after),
                    crate::i18n::signed_decimal(change, 1),
                    verdict.words()
                ),
            });
        }
        _ if !complete => out.push(line(LineKind::Detail, tr!("app-plan-no-change-incomplete"))),
        _ => out.push(line(LineKind::Detail, tr!("app-plan-no-change-unscored"))),
    }
}
