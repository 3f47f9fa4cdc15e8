//! `round` as plain text: respondents, and per dimension and facet the mean, range and
//! agreement.

use std::fmt::Write as _;

use super::*;
use crate::documents::{RoundDocument, SpreadSummary};

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
    push_section(&mut out, Some("Left out"), &left_out);
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

#[cfg(test)]
mod tests {
    use super::*;

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
