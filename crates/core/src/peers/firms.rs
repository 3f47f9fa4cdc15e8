//! The firms a score is placed among: each organization once, with its latest complete
//! check-in on one questionnaire version. A check-in is grouped as the trend and the
//! evidence group them ([`check_in_key`]); its score in an area is the mean of its
//! respondents' scores there (each respondent weighs the same, a respondent without a
//! score in the area is left out of that area's mean).

use std::collections::BTreeMap;

use crate::assessment::{Assessment, Status, Timestamp};
use crate::ecomap::sector_key;
use crate::scoring::Scores;
use crate::trend::check_in_key;

use super::OVERALL;

/// What the peers read of one complete assessment: who, when, which questionnaire, and
/// its scores per area. Made from an assessment without its answers (as the listing index
/// keeps it) and its score snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The organization's name, trimmed and lowercased: firms are told apart by it.
    pub firm: String,
    /// The sector, trimmed and lowercased (empty when none was given).
    pub sector: String,
    /// `id` and `version` of the questionnaire answered.
    pub questionnaire: (String, String),
    /// Which check-in of the firm it belongs to.
    pub check_in: String,
    /// When it was completed.
    pub date: Timestamp,
    /// Each area's score (`overall` and every dimension id), `None` when not scored.
    pub scores: Vec<(String, Option<f64>)>,
}

impl Entry {
    /// The entry of a complete assessment; `None` for a draft.
    pub fn new(assessment: &Assessment, scores: &Scores) -> Option<Self> {
        Self::from_area_scores(assessment, area_scores(scores))
    }

    /// The entry of a complete assessment from its area scores as [`area_scores`] gives
    /// them (a listing index keeps them without every facet's score); `None` for a draft.
    pub fn from_area_scores(
        assessment: &Assessment,
        scores: Vec<(String, Option<f64>)>,
    ) -> Option<Self> {
        if assessment.status != Status::Complete {
            return None;
        }
        Some(Self {
            firm: assessment.organization.name.trim().to_lowercase(),
            sector: sector_key(&assessment.organization.sector),
            questionnaire: (
                assessment.questionnaire.id.clone(),
                assessment.questionnaire.version.clone(),
            ),
            check_in: check_in_key(assessment),
            date: assessment.recorded_at(),
            scores,
        })
    }

    /// This entry's score in `area`.
    pub fn score(&self, area: &str) -> Option<f64> {
        self.scores
            .iter()
            .find(|(id, _)| id == area)
            .and_then(|(_, v)| *v)
    }
}

/// The overall score and every dimension's, keyed by area id.
pub fn area_scores(scores: &Scores) -> Vec<(String, Option<f64>)> {
    let dimensions: Vec<(String, Option<f64>)> = scores
        .dimensions
        .iter()
        .map(|d| (d.id.clone(), d.score.value))
        .collect();
    area_scores_of(scores.overall.value, &dimensions)
}

/// The overall score and every dimension's `(id, score)`, keyed by area id, as
/// [`area_scores`] gives them.
pub fn area_scores_of(
    overall: Option<f64>,
    dimensions: &[(String, Option<f64>)],
) -> Vec<(String, Option<f64>)> {
    std::iter::once((OVERALL.to_string(), overall))
        .chain(dimensions.iter().cloned())
        .collect()
}

/// One firm's latest check-in.
#[derive(Debug, Clone, PartialEq)]
pub struct Firm {
    /// Its name, trimmed and lowercased.
    pub firm: String,
    /// Its sector as the latest assessment of the check-in gives it, trimmed, lowercased.
    pub sector: String,
    /// The latest completion in the check-in.
    pub date: Timestamp,
    /// Respondents in the check-in.
    pub respondents: usize,
    /// Each area's mean over the respondents with a score there.
    pub scores: BTreeMap<String, f64>,
}

impl Firm {
    /// The firm's score in `area`.
    pub fn score(&self, area: &str) -> Option<f64> {
        self.scores.get(area).copied()
    }
}

/// Each firm's latest check-in on questionnaire `id`@`version`, in firm order.
pub fn latest_check_ins(entries: &[Entry], id: &str, version: &str) -> Vec<Firm> {
    let mut check_ins: BTreeMap<(&str, &str), Vec<&Entry>> = BTreeMap::new();
    for e in entries
        .iter()
        .filter(|e| e.questionnaire.0 == id && e.questionnaire.1 == version)
    {
        check_ins.entry((&e.firm, &e.check_in)).or_default().push(e);
    }
    let mut latest: BTreeMap<&str, (Timestamp, Vec<&Entry>)> = BTreeMap::new();
    for ((firm, _), members) in check_ins {
        let Some(date) = members.iter().map(|e| e.date).max() else {
            continue;
        };
        let newer = latest.get(firm).is_none_or(|(seen, _)| date > *seen);
        if newer {
            latest.insert(firm, (date, members));
        }
    }
    latest
        .into_iter()
        .filter_map(|(firm, (date, members))| {
            let newest = members.iter().max_by_key(|e| e.date)?;
            let mut sums: BTreeMap<String, (f64, usize)> = BTreeMap::new();
            for e in &members {
                for (area, value) in &e.scores {
                    if let Some(v) = value {
                        let sum = sums.entry(area.clone()).or_default();
                        sum.0 += v;
                        sum.1 += 1;
                    }
                }
            }
            Some(Firm {
                firm: firm.to_string(),
                sector: newest.sector.clone(),
                date,
                respondents: members.len(),
                scores: sums
                    .into_iter()
                    .map(|(area, (sum, n))| (area, sum / n as f64))
                    .collect(),
            })
        })
        .collect()
}
