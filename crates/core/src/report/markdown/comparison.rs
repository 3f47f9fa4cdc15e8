//! The comparison of two assessments as a Markdown report, from the document
//! `compare --json` prints.

use std::fmt::Write as _;

use super::{code, escape};
use crate::documents::CompareDocument;
use crate::report::comparison::{
    MARKS, areas, compared_score, item_delta, note_or_none, side_rows, title,
};
use crate::report::text::REVERSE_WORDED;
use crate::report::{DateStyle, MOVED_ITEMS_SHOWN, overall_caveat_text, change_text, score_text};

/// The comparison in Markdown.
pub fn comparison(doc: &CompareDocument, dates: DateStyle) -> String {
    let e = escape;
    let mut out = format!(
        "# {}\n\n| | Before | After |\n|---|---|---|\n",
        e(&title(doc, dates))
    );
    for (label, before, after) in side_rows(doc, dates) {
        let cell = |text: &str| {
            if label == "Assessment" {
                code(text)
            } else {
                e(text)
            }
        };
        let _ = writeln!(out, "| {label} | {} | {} |", cell(&before), cell(&after));
    }
    for warning in &doc.warnings {
        let _ = writeln!(out, "\n**Warning:** {}", e(warning));
    }
    let _ = writeln!(out, "\n{}", e(&doc.not_compared.note));
    // With no question in common the note above says nothing can be compared.
    if doc.not_compared.shared_items > 0 {
        out.push_str(
            "\n## Scores\n\n| Area | Before | After | Change | Like for like | Noise |\n\
             |---|---:|---:|---:|---|---|\n",
        );
        for (kind, _, _, title, delta) in areas(doc) {
            let label = match kind {
                "facet" => format!("– {}", e(title)),
                _ => format!("**{}**", e(title)),
            };
            let _ = writeln!(
                out,
                "| {label} | {} | {} | {} | {} | {} |",
                compared_score(delta.before),
                compared_score(delta.after),
                change_text(delta),
                delta.like_for_like(),
                delta.noise_cell()
            );
        }
        let _ = writeln!(out, "\nChange: {MARKS}");
        let _ = writeln!(out, "\nNoise: {}", e(&doc.noise_note));
        if doc.mixes_scale_kinds {
            let _ = writeln!(out, "\n{}", overall_caveat_text());
        }
    }
    if !doc.moved_items.is_empty() {
        out.push_str(
            "\n## Items that moved most\n\n| Change | Item | Answer before | Answer after | \
             Before | After |\n|---:|---|---|---|---:|---:|\n",
        );
        for m in doc.moved_items.iter().take(MOVED_ITEMS_SHOWN) {
            let _ = writeln!(
                out,
                "| {} | {} {}{} | {} | {} | {} | {} |",
                change_text(&item_delta(m.before, m.after, m.change)),
                code(&m.item),
                e(&m.text),
                if m.reverse {
                    format!(" ({})", e(REVERSE_WORDED))
                } else {
                    String::new()
                },
                e(&m.answer_before),
                e(&m.answer_after),
                score_text(m.before),
                score_text(m.after)
            );
        }
    }
    if !doc.notes.is_empty() {
        out.push_str("\n## Notes\n\n");
        for pair in &doc.notes {
            let _ = writeln!(
                out,
                "- {} {}\n  - Before: {}\n  - After: {}",
                code(&pair.item),
                e(&pair.text),
                note_or_none(&pair.before, e),
                note_or_none(&pair.after, e)
            );
        }
    }
    out
}
