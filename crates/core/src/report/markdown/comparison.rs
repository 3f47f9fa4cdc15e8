//! The comparison of two assessments as a Markdown report, from the document
//! `compare --json` prints.

use std::fmt::Write as _;

use super::{code, escape};
use crate::documents::CompareDocument;
use crate::report::comparison::{
    areas, compared_score, item_delta, marks, note_or_none, side_rows, title,
};
use crate::report::text::reverse_worded;
use crate::report::{DateStyle, MOVED_ITEMS_SHOWN, change_text, overall_caveat_text, score_text};
use crate::tr;

/// The comparison in Markdown.
pub fn comparison(doc: &CompareDocument, dates: DateStyle) -> String {
    let e = escape;
    let mut out = format!(
        "# {}\n\n| | {} | {} |\n|---|---|---|\n",
        e(&title(doc, dates)),
        e(tr!("report-compare-before")),
        e(tr!("report-compare-after")),
    );
    let assessment_label = tr!("report-label-assessment");
    for (label, before, after) in side_rows(doc, dates) {
        let cell = |text: &str| {
            if label == assessment_label {
                code(text)
            } else {
                e(text)
            }
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            e(label),
            cell(&before),
            cell(&after)
        );
    }
    for warning in &doc.shown_warnings {
        let _ = writeln!(
            out,
            "\n**{}** {}",
            e(tr!("report-compare-warning")),
            e(warning)
        );
    }
    let _ = writeln!(out, "\n{}", e(&doc.not_compared.shown_note));
    // With no question in common the note above says nothing can be compared.
    if doc.not_compared.shared_items > 0 {
        let _ = write!(
            out,
            "\n## {}\n\n| {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---|---|\n",
            e(tr!("report-compare-scores-heading")),
            e(tr!("report-column-area")),
            e(tr!("report-compare-before")),
            e(tr!("report-compare-after")),
            e(tr!("report-compare-change")),
            e(tr!("report-compare-like-for-like")),
            e(tr!("report-compare-noise")),
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
        let _ = writeln!(out, "\n{}", e(marks()));
        let noise = tr!("report-compare-noise-note", note = doc.shown_noise_note());
        let _ = writeln!(out, "\n{}", e(&noise));
        if doc.mixes_scale_kinds {
            let _ = writeln!(out, "\n{}", overall_caveat_text());
        }
    }
    if !doc.moved_items.is_empty() {
        let _ = write!(
            out,
            "\n## {}\n\n| {} | {} | {} | {} | {} | {} |\n|---:|---|---|---|---:|---:|\n",
            e(tr!("report-compare-moved-heading")),
            e(tr!("report-compare-change")),
            e(tr!("report-column-item")),
            e(tr!("report-compare-answer-before")),
            e(tr!("report-compare-answer-after")),
            e(tr!("report-compare-before")),
            e(tr!("report-compare-after")),
        );
        for m in doc.moved_items.iter().take(MOVED_ITEMS_SHOWN) {
            let _ = writeln!(
                out,
                "| {} | {} {}{} | {} | {} | {} | {} |",
                change_text(&item_delta(m.before, m.after, m.change)),
                code(&m.item),
                e(&m.text),
                if m.reverse {
                    format!(" ({})", e(reverse_worded()))
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
        let _ = write!(out, "\n## {}\n\n", e(tr!("report-notes-heading")));
        for pair in &doc.notes {
            let _ = writeln!(
                out,
                "- {} {}\n  - {}: {}\n  - {}: {}",
                code(&pair.item),
                e(&pair.text),
                e(tr!("report-compare-before")),
                note_or_none(&pair.before, e),
                e(tr!("report-compare-after")),
                note_or_none(&pair.after, e)
            );
        }
    }
    out
}
