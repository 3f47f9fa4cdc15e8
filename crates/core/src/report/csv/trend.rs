//! An organization's trend as CSV: one row per check-in.

use super::{Cell, document};
use crate::documents::TrendDocument;
use crate::report::DateStyle;
use crate::report::trend::facet_score;

/// One row per check-in: date, round, respondents, the assessments, the questionnaires
/// (`id@version`), overall, every dimension and every facet.
pub fn trend(doc: &TrendDocument) -> String {
    let mut header: Vec<String> = [
        "date",
        "round",
        "respondents",
        "assessment_ids",
        "questionnaires",
        "overall",
    ]
    .map(str::to_string)
    .to_vec();
    header.extend(doc.dimensions.iter().map(|d| d.id.clone()));
    for d in &doc.dimensions {
        header.extend(d.facets.iter().map(|f| format!("{}.{}", d.id, f.id)));
    }
    let rows: Vec<Vec<Cell>> = doc
        .points
        .iter()
        .map(|p| {
            let mut row = vec![
                Cell::text(DateStyle::Iso.date_of(&p.date)),
                Cell::text(p.round.clone().unwrap_or_default()),
                Cell::Count(p.respondents),
                Cell::text(p.assessment_ids.join(" ")),
                Cell::text(p.questionnaires.join(" ")),
                Cell::Number(p.overall),
            ];
            row.extend(
                doc.dimensions
                    .iter()
                    .enumerate()
                    .map(|(i, _)| Cell::Number(p.dimensions.get(i).and_then(|s| s.score))),
            );
            for d in &doc.dimensions {
                row.extend(
                    d.facets
                        .iter()
                        .map(|f| Cell::Number(facet_score(p, &d.id, &f.id))),
                );
            }
            row
        })
        .collect();
    document(&header, &rows)
}
