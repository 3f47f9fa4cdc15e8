//! What a listing shows, from the index and from the files themselves, for comparing
//! the two.

use ecoready::assessment::{Assessment, Status};
use ecoready::store::{Store, Summaries};

use super::fixtures::full;

/// What a listing shows of each assessment, in order: id, organization, status, overall
/// score, responses.
pub fn shown(summaries: &Summaries) -> Vec<(String, String, Status, Option<f64>, usize)> {
    summaries
        .summaries
        .iter()
        .map(|s| {
            let a = &s.assessment;
            let overall = s.overall().ok().and_then(|o| o.value);
            (
                a.id.clone(),
                a.organization.name.clone(),
                a.status,
                overall,
                s.responses,
            )
        })
        .collect()
}

/// The same, computed from the files with `Store::list` (which parses every file).
pub fn from_files(store: &Store) -> Vec<(String, String, Status, Option<f64>, usize)> {
    let q = full().questionnaire;
    store
        .list()
        .assessments
        .iter()
        .map(|a: &Assessment| {
            let responses = a.answers.iter().filter(|x| x.response.is_some()).count();
            let overall = a.current_scores(&q).overall.value;
            (
                a.id.clone(),
                a.organization.name.clone(),
                a.status,
                overall,
                responses,
            )
        })
        .collect()
}
