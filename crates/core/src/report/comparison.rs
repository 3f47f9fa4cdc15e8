//! What every report format of a comparison shares: its title, the rows describing both
//! sides, the areas compared and how a like-for-like score is written. The renderers are
//! in the format folders.

use crate::documents::{CompareDocument, DeltaSummary, SideSummary};

use super::{DateStyle, one_decimal, status_word};
use crate::tr;

/// What the change marks mean, said once under each table ("Change: ▲ higher, …").
pub(super) fn marks() -> &'static str {
    tr!("report-compare-marks")
}

/// A like-for-like score to one decimal, "n/a" where the items both sides answered are
/// too few (the assessment's own score may exist: it is not this one).
pub(super) fn compared_score(value: Option<f64>) -> String {
    value.map_or_else(|| tr!("report-not-available").to_string(), one_decimal)
}

/// "Acme" when both sides name the same organization, "Acme / Acme Ltd" otherwise.
fn organization(doc: &CompareDocument) -> String {
    let (b, a) = (&doc.before.organization.name, &doc.after.organization.name);
    if b.trim().eq_ignore_ascii_case(a.trim()) {
        a.trim().to_string()
    } else {
        tr!(
            "report-compare-two-organizations",
            before = b.trim(),
            after = a.trim()
        )
    }
}

/// The report title: organization and both dates.
pub(super) fn title(doc: &CompareDocument, dates: DateStyle) -> String {
    tr!(
        "report-compare-title",
        organization = organization(doc),
        before = dates.date_of(&doc.before.date),
        after = dates.date_of(&doc.after.date)
    )
}

/// Label and the before/after values of the table describing both sides (unescaped).
pub(super) fn side_rows(
    doc: &CompareDocument,
    dates: DateStyle,
) -> Vec<(&'static str, String, String)> {
    let who = |s: &SideSummary| {
        [s.respondent.name.trim(), s.respondent.role.trim()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let row = |label, f: &dyn Fn(&SideSummary) -> String| (label, f(&doc.before), f(&doc.after));
    vec![
        row(tr!("report-label-assessment"), &|s| s.id.clone()),
        row(tr!("report-label-respondent"), &who),
        row(tr!("report-label-round"), &|s| {
            s.round.clone().unwrap_or_default()
        }),
        row(tr!("report-label-date"), &|s| dates.date_time_of(&s.date)),
        row(tr!("report-label-questionnaire"), &|s| {
            format!("{} {}", s.questionnaire.id, s.questionnaire.version)
        }),
        row(tr!("report-label-status"), &|s| {
            status_word(s.status).to_string()
        }),
    ]
}

/// Every area compared, as (row kind, dimension id, facet id, title, delta).
pub(super) fn areas(doc: &CompareDocument) -> Vec<(&'static str, &str, &str, &str, &DeltaSummary)> {
    let overall = tr!("report-overall-heading");
    let mut rows = vec![("overall", "", "", overall, &doc.overall)];
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

/// A moved item's change as a delta, so it is marked like the areas.
pub(super) fn item_delta(before: Option<f64>, after: Option<f64>, change: f64) -> DeltaSummary {
    let delta = crate::compare::Delta::new(before, after);
    DeltaSummary {
        change: Some(change),
        ..DeltaSummary::new(&delta)
    }
}

pub(super) fn note_or_none(note: &str, escape: impl Fn(&str) -> String) -> String {
    if note.trim().is_empty() {
        tr!("report-compare-no-note").to_string()
    } else {
        escape(note)
    }
}
