//! The data the statistics read: complete assessments of one questionnaire content grouped
//! into check-ins (one organization, one round, as [`crate::trend`] groups them), each
//! with one value per item: the mean of its respondents' item scores.

use std::collections::BTreeMap;

use crate::assessment::{Assessment, QuestionnaireRef, Response, Status, Timestamp};
use crate::questionnaire::Questionnaire;
use crate::scoring::{item_score, needed, weighted_mean};
use crate::trend::check_in_key;

/// What a check-in holds for one item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ItemValue {
    /// The mean of the item scores (0-100) of the respondents who gave a value.
    Value(f64),
    /// Every respondent who answered said "don't know".
    DontKnow,
    /// No respondent answered.
    Missing,
}

impl ItemValue {
    /// The value, if there is one.
    pub fn value(self) -> Option<f64> {
        match self {
            ItemValue::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// One organization's assessments of one round on the questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    /// The organization's name, trimmed and lowercased: firms are told apart by it.
    pub firm: String,
    /// The latest completion in the group.
    pub date: Timestamp,
    /// How many complete assessments it holds.
    pub respondents: usize,
    /// One entry per item, in the questionnaire's order.
    pub items: Vec<ItemValue>,
}

/// What the statistics rest on and what was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sample {
    /// Every check-in on the questionnaire, oldest first.
    pub check_ins: Vec<CheckIn>,
    /// Complete assessments on the questionnaire.
    pub assessments: usize,
    /// Drafts on the questionnaire, left out.
    pub drafts: usize,
    /// Complete assessments of another questionnaire, version or content, left out.
    pub other_questionnaire: usize,
}

/// The complete assessments on exactly `reference`'s content, grouped into check-ins.
pub fn sample(
    q: &Questionnaire,
    reference: &QuestionnaireRef,
    assessments: &[Assessment],
) -> Sample {
    let mut sample = Sample::default();
    let mut groups: BTreeMap<(String, String), Vec<&Assessment>> = BTreeMap::new();
    for a in assessments {
        match (a.status, a.questionnaire == *reference) {
            (Status::Draft, true) => sample.drafts += 1,
            (Status::Draft, false) => {}
            (Status::Complete, false) => sample.other_questionnaire += 1,
            (Status::Complete, true) => {
                sample.assessments += 1;
                let firm = a.organization.name.trim().to_lowercase();
                groups.entry((firm, check_in_key(a))).or_default().push(a);
            }
        }
    }
    sample.check_ins = groups
        .into_iter()
        .filter_map(|((firm, _), members)| {
            let date = members.iter().map(|a| a.recorded_at()).max()?;
            let items = q
                .items()
                .map(|r| {
                    let responses: Vec<Response> = members
                        .iter()
                        .filter_map(|a| a.response(&r.item.id))
                        .collect();
                    let values: Vec<f64> = responses
                        .iter()
                        .filter_map(|&response| item_score(q, r.item, response))
                        .collect();
                    if !values.is_empty() {
                        ItemValue::Value(values.iter().sum::<f64>() / values.len() as f64)
                    } else if responses.contains(&Response::DontKnow) {
                        ItemValue::DontKnow
                    } else {
                        ItemValue::Missing
                    }
                })
                .collect();
            Some(CheckIn {
                firm,
                date,
                respondents: members.len(),
                items,
            })
        })
        .collect();
    sample
        .check_ins
        .sort_by(|a, b| a.date.cmp(&b.date).then(a.firm.cmp(&b.firm)));
    sample
}

/// Each firm's latest check-in, in first-seen order of the firms' latest check-ins.
pub fn latest_per_firm(check_ins: &[CheckIn]) -> Vec<&CheckIn> {
    let mut latest: BTreeMap<&str, &CheckIn> = BTreeMap::new();
    for c in check_ins {
        latest.insert(&c.firm, c);
    }
    let mut firms: Vec<&CheckIn> = latest.into_values().collect();
    firms.sort_by(|a, b| a.date.cmp(&b.date).then(a.firm.cmp(&b.firm)));
    firms
}

/// An area of the questionnaire: the positions (in [`CheckIn::items`]) of its items, grouped
/// by facet with the facet's weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Each facet's weight and item positions.
    pub facets: Vec<(f64, Vec<usize>)>,
}

impl Area {
    /// Every item position of the area.
    pub fn items(&self) -> Vec<usize> {
        self.facets
            .iter()
            .flat_map(|(_, items)| items.clone())
            .collect()
    }

    /// The area's score at a check-in under the scoring rules: a facet's score is the mean
    /// of its item values when at least two thirds of its items have one; an area of
    /// several facets is their weighted mean when two thirds of them have a score.
    pub fn score(&self, check_in: &CheckIn) -> Option<f64> {
        let scored: Vec<(f64, f64)> = self
            .facets
            .iter()
            .filter_map(|(weight, items)| {
                let values: Vec<f64> = items
                    .iter()
                    .filter_map(|&i| check_in.items[i].value())
                    .collect();
                let enough = !items.is_empty() && values.len() >= needed(items.len());
                enough.then(|| (values.iter().sum::<f64>() / values.len() as f64, *weight))
            })
            .collect();
        if scored.len() < needed(self.facets.len()) || scored.is_empty() {
            return None;
        }
        weighted_mean(scored.into_iter())
    }
}
