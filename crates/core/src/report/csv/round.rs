//! A round report as CSV: one row per area and respondent (their score beside the area's
//! mean, range and agreement), then one row per agenda item and respondent (their answer
//! and note).

use super::{Cell, document};
use crate::documents::RoundDocument;
use crate::report::round::{answer_text, areas};

/// Rows of areas, then of agenda items; one per respondent each.
pub fn round(doc: &RoundDocument) -> String {
    let header = [
        "kind",
        "id",
        "title",
        "assessment",
        "respondent",
        "role",
        "score",
        "mean",
        "min",
        "max",
        "agreement",
        "contested",
        "answer",
        "note",
    ]
    .map(str::to_string);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    // CSV is read by programs: the overall row keeps its English title.
    let areas = crate::i18n::with_lang(crate::i18n::Lang::En, || areas(doc));
    for area in areas {
        for (i, r) in doc.respondents.iter().enumerate() {
            let s = area.spread;
            rows.push(vec![
                Cell::text(area.kind),
                Cell::text(area.id),
                Cell::text(area.title),
                Cell::text(&r.id),
                Cell::text(&r.respondent.name),
                Cell::text(&r.respondent.role),
                Cell::Number(s.scores.get(i).copied().flatten()),
                Cell::Number(s.mean),
                Cell::Number(s.min),
                Cell::Number(s.max),
                s.rwg
                    .map_or_else(|| Cell::text(""), |r| Cell::text(format!("{r:.2}"))),
                Cell::text(if s.contested { "yes" } else { "no" }),
                Cell::text(""),
                Cell::text(""),
            ]);
        }
    }
    for item in &doc.agenda {
        for (answer, r) in item.answers.iter().zip(&doc.respondents) {
            rows.push(vec![
                Cell::text("agenda"),
                Cell::text(&item.item),
                Cell::text(&item.text),
                Cell::text(&r.id),
                Cell::text(&r.respondent.name),
                Cell::text(&r.respondent.role),
                Cell::Number(answer.score),
                Cell::text(""),
                Cell::text(""),
                Cell::text(""),
                Cell::text(""),
                Cell::text(""),
                Cell::text(crate::i18n::with_lang(crate::i18n::Lang::En, || {
                    answer_text(answer.answer.as_deref())
                })),
                Cell::text(&answer.note),
            ]);
        }
    }
    document(&header, &rows)
}
