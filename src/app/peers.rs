//! Where an assessment stands among peers, and the norms a data directory exports: the
//! store gathers (every assessment's cached scores from the listing index, the imported
//! norms), the core computes ([`crate::peers`]). Results, `show`, trend and the reports
//! all ask here.

use crate::assessment::{Assessment, Status, now};
use crate::peers::{self, Entry, Norms, PeerStanding, Subject};
use crate::scoring::Scores;
use crate::store::{Problem, Store, Summaries};
use crate::tr;

/// A standing with the files skipped on the way (said as warnings, never blocking); the
/// default has neither (a draft is not placed).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Standing {
    /// Where the assessment stands; `None` for a draft (its scores may still change).
    pub standing: Option<PeerStanding>,
    /// Assessment and norms files that could not be read.
    pub problems: Vec<Problem>,
}

/// Every complete assessment's entry, from the listing index, which keeps the overall
/// and dimension scores peers compare (no assessment file is parsed for it unless the
/// index is out of date, and the index of every facet's score is not read).
fn entries(store: &Store) -> (Vec<Entry>, Vec<Problem>) {
    entries_of(&store.summaries())
}

/// [`entries`] of a listing already made.
fn entries_of(summaries: &Summaries) -> (Vec<Entry>, Vec<Problem>) {
    let entries = summaries
        .summaries
        .iter()
        .filter_map(|s| Entry::from_area_scores(&s.assessment, s.area_scores().ok()?))
        .collect();
    (entries, summaries.problems.clone())
}

/// Where `assessment` (with its `scores`) stands among the other firms of the data
/// directory on its questionnaire version and against the imported norms.
pub fn standing(store: &Store, assessment: &Assessment, scores: &Scores) -> Standing {
    if assessment.status != Status::Complete {
        return Standing::default();
    }
    let q = &assessment.questionnaire;
    place(
        store,
        Subject {
            organization: assessment.organization.name.clone(),
            sector: assessment.organization.sector.clone(),
            questionnaire: q.id.clone(),
            version: q.version.clone(),
            areas: peers::subject_areas(scores),
        },
    )
}

/// `subject` among the firms of the data directory on its questionnaire version and
/// against the imported norms.
fn place(store: &Store, subject: Subject) -> Standing {
    place_among(store, entries(store), subject)
}

/// [`place`] among `entries` (with the problems met making them).
fn place_among(store: &Store, entries: (Vec<Entry>, Vec<Problem>), subject: Subject) -> Standing {
    let (entries, mut problems) = entries;
    let firms = peers::latest_check_ins(&entries, &subject.questionnaire, &subject.version);
    let imported = store.imported_norms();
    problems.extend(imported.problems.iter().cloned());
    Standing {
        standing: Some(peers::standing(&subject, &firms, &imported.all())),
        problems,
    }
}

/// The anonymous norms of every questionnaire version in the data directory, under the
/// label `source`, and the files skipped. Nothing but counts, deciles and quarters.
pub fn export_norms(store: &Store, source: &str) -> (Norms, Vec<Problem>) {
    let (entries, problems) = entries(store);
    let mut versions: Vec<(String, String)> = Vec::new();
    let mut areas: Vec<Vec<String>> = Vec::new();
    for e in &entries {
        let at = match versions.iter().position(|v| *v == e.questionnaire) {
            Some(at) => at,
            None => {
                versions.push(e.questionnaire.clone());
                areas.push(Vec::new());
                versions.len() - 1
            }
        };
        for (area, _) in &e.scores {
            if !areas[at].contains(area) {
                areas[at].push(area.clone());
            }
        }
    }
    let groups = versions
        .iter()
        .zip(&areas)
        .flat_map(|((id, version), areas)| {
            let firms = peers::latest_check_ins(&entries, id, version);
            peers::group_norms(id, version, areas, &firms)
        })
        .collect();
    let norms = Norms {
        schema_version: peers::norms::NORMS_SCHEMA_VERSION,
        source: source.trim().to_string(),
        groups,
    };
    (norms, problems)
}

/// The label norms are exported under when none is given: the quarter they were made in.
pub fn default_source() -> String {
    tr!("app-norms-default-source", quarter = peers::quarter(&now()))
}

/// Where an organization's latest check-in (the trend's last point, `document`) stands:
/// on the questionnaire and sector of its latest complete assessment among `assessments`,
/// among the firms of `listing` (the listing the assessments were found through, so that
/// the index is read once).
pub fn trend_standing(
    store: &Store,
    listing: &Summaries,
    assessments: &[(Assessment, crate::questionnaire::Questionnaire)],
    document: &crate::documents::TrendDocument,
) -> Standing {
    let latest = assessments
        .iter()
        .map(|(a, _)| a)
        .filter(|a| a.status == Status::Complete)
        .filter(|a| crate::text::same_name(&a.organization.name, &document.organization))
        .max_by_key(|a| a.recorded_at());
    let Some(latest) = latest else {
        return Standing::default();
    };
    let q = &latest.questionnaire;
    place_among(
        store,
        entries_of(listing),
        Subject {
            organization: latest.organization.name.clone(),
            sector: latest.organization.sector.clone(),
            questionnaire: q.id.clone(),
            version: q.version.clone(),
            areas: document.latest_areas(),
        },
    )
}
