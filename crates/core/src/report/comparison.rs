//! The comparison of two assessments as Markdown, HTML and CSV, from the same document
//! `compare --json` prints.

use std::fmt::Write as _;

use super::text::{REVERSE_WORDED, moved_answers};
use crate::documents::{CompareDocument, DeltaSummary, SideSummary};

use super::csv::{self, Cell};
use super::html::{self, escape, escape_multiline};
use super::markdown::{self, code};
use super::svg::{self, Series};
use super::{DateStyle, OVERALL_CAVEAT, change_text, one_decimal, score_text, status_word};

/// How many of the items that moved most the Markdown and HTML reports list (CSV has all).
pub const MOVED_ITEMS_SHOWN: usize = 10;

/// What the change marks mean, said once under each table.
const MARKS: &str = "▲ improved, ▼ declined, = unchanged (less than 0.05 points), \
     ? not comparable (the items both sides answered are too few for a score). Every score \
     here is computed on the items both sides answered with a value (like for like), so it \
     can differ from the assessment's own score.";

/// A like-for-like score to one decimal, "n/a" where the items both sides answered are
/// too few (the assessment's own score may exist: it is not this one).
fn compared_score(value: Option<f64>) -> String {
    value.map_or_else(|| "n/a".to_string(), one_decimal)
}

/// "Acme" when both sides name the same organization, "Acme / Acme Ltd" otherwise.
fn organization(doc: &CompareDocument) -> String {
    let (b, a) = (&doc.before.organization.name, &doc.after.organization.name);
    if b.trim().eq_ignore_ascii_case(a.trim()) {
        a.trim().to_string()
    } else {
        format!("{} / {}", b.trim(), a.trim())
    }
}

/// The report title: organization and both dates.
fn title(doc: &CompareDocument, dates: DateStyle) -> String {
    format!(
        "Comparison: {}, {} → {}",
        organization(doc),
        dates.date_of(&doc.before.date),
        dates.date_of(&doc.after.date)
    )
}

/// Label and the before/after values of the table describing both sides (unescaped).
fn side_rows(doc: &CompareDocument, dates: DateStyle) -> Vec<(&'static str, String, String)> {
    let who = |s: &SideSummary| {
        [s.respondent.name.trim(), s.respondent.role.trim()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let row = |label, f: &dyn Fn(&SideSummary) -> String| (label, f(&doc.before), f(&doc.after));
    vec![
        row("Assessment", &|s| s.id.clone()),
        row("Respondent", &who),
        row("Round", &|s| s.round.clone().unwrap_or_default()),
        row("Date", &|s| dates.date_time_of(&s.date)),
        row("Questionnaire", &|s| {
            format!("{} {}", s.questionnaire.id, s.questionnaire.version)
        }),
        row("Status", &|s| status_word(s.status).to_string()),
    ]
}

/// Every area compared, as (row kind, dimension id, facet id, title, delta).
fn areas(doc: &CompareDocument) -> Vec<(&'static str, &str, &str, &str, &DeltaSummary)> {
    let mut rows = vec![("overall", "", "", "Overall readiness", &doc.overall)];
    for d in &doc.dimensions {
        rows.push(("dimension", d.id.as_str(), "", d.title.as_str(), &d.delta));
        for f in &d.facets {
            rows.push((
                "facet",
                d.id.as_str(),
                f.id.as_str(),
                f.title.as_str(),
                &f.delta,
            ));
        }
    }
    rows
}

/// The comparison in Markdown.
pub fn markdown(doc: &CompareDocument, dates: DateStyle) -> String {
    let e = markdown::escape;
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
    out.push_str(
        "\n## Scores\n\n| Area | Before | After | Change | Like for like |\n\
         |---|---:|---:|---:|---|\n",
    );
    for (kind, _, _, title, delta) in areas(doc) {
        let label = match kind {
            "facet" => format!("– {}", e(title)),
            _ => format!("**{}**", e(title)),
        };
        let _ = writeln!(
            out,
            "| {label} | {} | {} | {} | {} |",
            compared_score(delta.before),
            compared_score(delta.after),
            change_text(delta),
            delta.like_for_like()
        );
    }
    let _ = writeln!(out, "\nChange: {MARKS}\n\n{OVERALL_CAVEAT}");
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

/// The comparison as one HTML page with both radar shapes overlaid.
pub fn html(doc: &CompareDocument, dates: DateStyle) -> String {
    let title = title(doc, dates);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<table class=\"facts\">\n<thead><tr><th scope=\"col\"></th>\
         <th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n",
        escape(&title)
    );
    for (label, before, after) in side_rows(doc, dates) {
        let _ = writeln!(
            body,
            "<tr><th scope=\"row\">{label}</th><td>{}</td><td>{}</td></tr>",
            escape(&before),
            escape(&after)
        );
    }
    body.push_str("</tbody>\n</table>\n");
    for warning in &doc.warnings {
        let _ = writeln!(
            body,
            "<p class=\"warning\"><strong>Warning:</strong> {}</p>",
            escape(warning)
        );
    }
    let _ = write!(
        body,
        "<p>{}</p>\n</header>\n<section>\n<h2>Scores</h2>\n<figure>\n",
        escape(&doc.not_compared.note)
    );
    let axes: Vec<String> = doc.dimensions.iter().map(|d| d.title.clone()).collect();
    let series = [
        Series {
            label: format!("Before ({})", dates.date_of(&doc.before.date)),
            values: doc.dimensions.iter().map(|d| d.delta.before).collect(),
            pen: 1,
        },
        Series {
            label: format!("After ({})", dates.date_of(&doc.after.date)),
            values: doc.dimensions.iter().map(|d| d.delta.after).collect(),
            pen: 0,
        },
    ];
    body.push_str(&svg::radar(
        "Dimension scores before and after, 0 to 100",
        &axes,
        &series,
    ));
    body.push_str(
        "<figcaption>Before dashed, after solid; each dimension on 0 to 100, rings every 20 \
         points.</figcaption>\n</figure>\n<table class=\"scores\">\n<thead><tr>\
         <th scope=\"col\">Area</th><th scope=\"col\" class=\"num\">Before</th>\
         <th scope=\"col\" class=\"num\">After</th><th scope=\"col\" class=\"num\">Change</th>\
         <th scope=\"col\">Like for like</th></tr></thead>\n<tbody>\n",
    );
    for (kind, _, _, title, delta) in areas(doc) {
        let _ = writeln!(
            body,
            "<tr class=\"{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td>{}</td></tr>",
            if kind == "facet" {
                "facet"
            } else {
                "dimension"
            },
            escape(title),
            compared_score(delta.before),
            compared_score(delta.after),
            change_text(delta),
            escape(&delta.like_for_like())
        );
    }
    let _ = writeln!(
        body,
        "</tbody>\n</table>\n<p class=\"caveat\">Change: {}</p>\n<p class=\"caveat\">{}</p>\n</section>",
        escape(MARKS),
        escape(OVERALL_CAVEAT)
    );
    let moved: Vec<String> = doc
        .moved_items
        .iter()
        .take(MOVED_ITEMS_SHOWN)
        .map(|m| {
            format!(
                "{}: <code>{}</code> {} ({})",
                change_text(&item_delta(m.before, m.after, m.change)),
                escape(&m.item),
                escape(&m.text),
                escape(&moved_answers(m))
            )
        })
        .collect();
    body.push_str(&html::list_section("Items that moved most", &moved));
    if !doc.notes.is_empty() {
        body.push_str(
            "<section>\n<h2>Notes</h2>\n<table class=\"notes\">\n<thead><tr>\
             <th scope=\"col\">Item</th><th scope=\"col\">Before</th><th scope=\"col\">After</th>\
             </tr></thead>\n<tbody>\n",
        );
        for pair in &doc.notes {
            let _ = writeln!(
                body,
                "<tr><td><code>{}</code> {}</td><td class=\"note\">{}</td><td class=\"note\">{}</td></tr>",
                escape(&pair.item),
                escape(&pair.text),
                note_or_none(&pair.before, escape_multiline),
                note_or_none(&pair.after, escape_multiline)
            );
        }
        body.push_str("</tbody>\n</table>\n</section>\n");
    }
    body.push_str(&html::footer(""));
    html::page("en", &title, &body)
}

/// One row per area (overall, each dimension and facet) and per moved item: before,
/// after, change and direction.
pub fn csv(doc: &CompareDocument) -> String {
    let header = [
        "kind",
        "dimension",
        "facet",
        "item",
        "title",
        "before",
        "after",
        "change",
        "direction",
        "items",
        "shared_items",
        "answer_before",
        "answer_after",
    ]
    .map(str::to_string);
    let direction = |d: &DeltaSummary| Cell::text(direction_value(d));
    let mut rows: Vec<Vec<Cell>> = areas(doc)
        .into_iter()
        .map(|(kind, dimension, facet, title, delta)| {
            vec![
                Cell::text(kind),
                Cell::text(dimension),
                Cell::text(facet),
                Cell::text(""),
                Cell::text(title),
                Cell::Number(delta.before),
                Cell::Number(delta.after),
                Cell::Number(delta.change),
                direction(delta),
                count(delta.items),
                count(delta.shared_items),
                Cell::text(""),
                Cell::text(""),
            ]
        })
        .collect();
    for m in &doc.moved_items {
        let delta = item_delta(m.before, m.after, m.change);
        rows.push(vec![
            Cell::text("item"),
            Cell::text(&m.dimension),
            Cell::text(""),
            Cell::text(&m.item),
            Cell::text(&m.text),
            Cell::Number(m.before),
            Cell::Number(m.after),
            Cell::Number(Some(m.change)),
            direction(&delta),
            Cell::text(""),
            Cell::text(""),
            Cell::text(&m.answer_before),
            Cell::text(&m.answer_after),
        ]);
    }
    csv::document(&header, &rows)
}

/// A count, or an empty cell without one.
fn count(value: Option<usize>) -> Cell {
    value.map_or_else(|| Cell::text(""), Cell::Count)
}

/// A moved item's change as a delta, so it is marked like the areas.
fn item_delta(before: Option<f64>, after: Option<f64>, change: f64) -> DeltaSummary {
    let delta = crate::compare::Delta::new(before, after);
    DeltaSummary {
        change: Some(change),
        ..DeltaSummary::new(&delta)
    }
}

/// `up`, `down`, `same` or `unknown`, as in the JSON document.
fn direction_value(delta: &DeltaSummary) -> &'static str {
    use crate::compare::Direction;
    match delta.direction {
        Direction::Up => "up",
        Direction::Down => "down",
        Direction::Same => "same",
        Direction::Unknown => "unknown",
    }
}

fn note_or_none(note: &str, escape: impl Fn(&str) -> String) -> String {
    if note.trim().is_empty() {
        "(none)".to_string()
    } else {
        escape(note)
    }
}
