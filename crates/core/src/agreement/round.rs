//! The round view: the respondents of one organization in one round side by side, per
//! dimension and facet their mean, range and agreement (see [`super`] for the rules).

use super::agenda::{AgendaItem, agenda};
use super::{CONTESTED_BELOW, DimensionSpread, FacetSpread, ScaleAgreement, Spread, rwg_j};
use crate::assessment::{Assessment, Mode, QuestionnaireRef, Response, Status, Timestamp};
use crate::questionnaire::{Dimension, Item, Questionnaire};
use crate::scoring::{self, Scores};
use crate::text::same_name;

/// The least agreed dimension of a round.
#[derive(Debug, Clone, PartialEq)]
pub struct LowestAgreement {
    /// Dimension id.
    pub dimension: String,
    /// Dimension title.
    pub title: String,
    /// Its agreement.
    pub rwg: f64,
    /// The scale that agreement was computed on.
    pub scale: String,
    /// Below [`CONTESTED_BELOW`].
    pub contested: bool,
}

/// An assessment of the round that takes no part in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOutAssessment {
    /// Assessment id.
    pub id: String,
    /// Respondent's name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// Draft or complete.
    pub status: Status,
    /// Why it is left out, in plain words.
    pub reason: String,
}

/// One respondent of the round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundRespondent {
    /// Assessment id.
    pub id: String,
    /// Respondent's name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// Self-assessment or interview.
    pub mode: Mode,
    /// When they finished.
    pub date: Timestamp,
    /// Their overall score.
    pub overall: Option<f64>,
}

/// The respondents of one organization in one round, side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundView {
    /// The organization's name as written in the latest assessment.
    pub organization: String,
    /// The round label as written in the latest assessment.
    pub round: String,
    /// The questionnaire the round is read on (see the module notes), if any respondent.
    pub questionnaire: Option<QuestionnaireRef>,
    /// Every complete assessment of the round on its questionnaire, oldest first.
    pub respondents: Vec<RoundRespondent>,
    /// Drafts and assessments of another questionnaire in the round, oldest first.
    pub left_out: Vec<LeftOutAssessment>,
    /// The overall scores' spread; never an agreement (`rwg` is `None`): items of
    /// different scales are not pooled.
    pub overall: Spread,
    /// The dimension with the lowest agreement, instead of an overall one.
    pub lowest: Option<LowestAgreement>,
    /// Every dimension of the latest questionnaire, in its order.
    pub dimensions: Vec<DimensionSpread>,
    /// The items the respondents answered far apart: the follow-up meeting's agenda.
    pub agenda: Vec<AgendaItem>,
    /// Every round label of the organization, newest first (see [`round_labels`]).
    pub rounds: Vec<String>,
}

/// A respondent of the round: the assessment, the questionnaire it used, its scores.
pub(super) struct Member<'a> {
    pub(super) assessment: &'a Assessment,
    pub(super) questionnaire: &'a Questionnaire,
    scores: Scores,
}

/// The round view of `organization`'s complete assessments labelled `round` (both matched
/// ignoring case and surrounding spaces). Structure and titles come from the latest
/// assessment's questionnaire; other respondents are matched by dimension, facet and item id.
pub fn round_view(
    organization: &str,
    round: &str,
    assessments: &[(Assessment, Questionnaire)],
) -> RoundView {
    let mut in_round: Vec<(&Assessment, &Questionnaire)> = assessments
        .iter()
        .filter(|(a, _)| same_name(&a.organization.name, organization))
        .filter(|(a, _)| a.round.as_deref().is_some_and(|r| same_name(r, round)))
        .map(|(a, q)| (a, q))
        .collect();
    in_round.sort_by(|(a, _), (b, _)| a.recorded_at().cmp(&b.recorded_at()).then(a.id.cmp(&b.id)));
    let used = round_questionnaire(&in_round);
    let mut members = Vec::new();
    let mut left_out = Vec::new();
    for &(a, q) in &in_round {
        let reason = match (a.status, &used) {
            (Status::Draft, _) => Some(crate::tr!("core-round-left-draft").to_string()),
            (Status::Complete, Some(used)) if a.questionnaire != *used => Some(crate::tr!(
                "core-round-left-other-questionnaire",
                answered = questionnaire_name(&a.questionnaire, used),
                used = questionnaire_name(used, &a.questionnaire)
            )),
            _ => None,
        };
        match reason {
            Some(reason) => left_out.push(LeftOutAssessment {
                id: a.id.clone(),
                name: a.respondent.name.clone(),
                role: a.respondent.role.clone(),
                status: a.status,
                reason,
            }),
            None => members.push(Member {
                assessment: a,
                questionnaire: q,
                scores: a.current_scores(q),
            }),
        }
    }
    let respondents = members
        .iter()
        .map(|m| RoundRespondent {
            id: m.assessment.id.clone(),
            name: m.assessment.respondent.name.clone(),
            role: m.assessment.respondent.role.clone(),
            mode: m.assessment.mode,
            date: m.assessment.recorded_at(),
            overall: m.scores.overall.value,
        })
        .collect();
    let Some(latest) = members.last() else {
        return RoundView {
            organization: organization.trim().to_string(),
            round: round.trim().to_string(),
            questionnaire: used,
            respondents,
            left_out,
            overall: spread(Vec::new(), Agreement::default()),
            lowest: None,
            dimensions: Vec::new(),
            agenda: Vec::new(),
            rounds: round_labels(organization, assessments),
        };
    };
    let structure = latest.questionnaire;
    let overall_scores = members.iter().map(|m| m.scores.overall.value).collect();
    let dimensions: Vec<DimensionSpread> = structure
        .dimensions
        .iter()
        .map(|dimension| dimension_spread(structure, dimension, &members))
        .collect();
    let lowest = dimensions
        .iter()
        .filter_map(|d| {
            Some(LowestAgreement {
                dimension: d.id.clone(),
                title: d.title.clone(),
                rwg: d.spread.rwg?,
                scale: d.spread.rwg_scale.clone()?,
                contested: d.spread.contested,
            })
        })
        .reduce(|lowest, d| if d.rwg < lowest.rwg { d } else { lowest });
    RoundView {
        organization: latest.assessment.organization.name.trim().to_string(),
        round: latest.assessment.round.clone().unwrap_or_default(),
        questionnaire: used,
        respondents,
        left_out,
        overall: spread(overall_scores, Agreement::default()),
        lowest,
        dimensions,
        agenda: agenda(structure, &members),
        rounds: round_labels(organization, assessments),
    }
}

/// The distinct round labels of `organization`'s complete assessments, newest first, as
/// first written (labels matched ignoring case and surrounding spaces).
pub fn round_labels(
    organization: &str,
    assessments: &[(Assessment, Questionnaire)],
) -> Vec<String> {
    let mut complete: Vec<&Assessment> = assessments
        .iter()
        .map(|(a, _)| a)
        .filter(|a| a.status == Status::Complete && same_name(&a.organization.name, organization))
        .collect();
    complete.sort_by_key(|a| std::cmp::Reverse(a.recorded_at()));
    let mut labels: Vec<String> = Vec::new();
    for label in complete.iter().filter_map(|a| a.round.as_deref()) {
        if !label.trim().is_empty() && !labels.iter().any(|l| same_name(l, label)) {
            labels.push(label.trim().to_string());
        }
    }
    labels
}

/// The questionnaire content most complete assessments of the round answered; on a tie,
/// the latest one's (assessments are oldest first).
fn round_questionnaire(in_round: &[(&Assessment, &Questionnaire)]) -> Option<QuestionnaireRef> {
    let complete: Vec<&QuestionnaireRef> = in_round
        .iter()
        .filter(|(a, _)| a.status == Status::Complete)
        .map(|(a, _)| &a.questionnaire)
        .collect();
    // `max_by_key` keeps the last of equals: the latest, as members are oldest first.
    complete
        .iter()
        .max_by_key(|used| complete.iter().filter(|other| other == used).count())
        .map(|used| (*used).clone())
}

/// `id@version`, with the start of the digest when `other` has the same id and version.
fn questionnaire_name(used: &QuestionnaireRef, other: &QuestionnaireRef) -> String {
    let name = format!("{}@{}", used.id, used.version);
    if used.id == other.id && used.version == other.version {
        let digest: String = used.digest.chars().take(12).collect();
        crate::tr!(
            "core-round-questionnaire-content",
            name = name.as_str(),
            digest = digest.as_str()
        )
    } else {
        name
    }
}

/// The spread of one dimension of the structure questionnaire and of each of its facets.
fn dimension_spread(
    structure: &Questionnaire,
    dimension: &Dimension,
    members: &[Member],
) -> DimensionSpread {
    let facets = dimension
        .facets
        .iter()
        .map(|facet| {
            let scores = members
                .iter()
                .map(|m| {
                    let d = m.scores.dimension(&dimension.id)?;
                    d.facets.iter().find(|f| f.id == facet.id)?.score.value
                })
                .collect();
            let items: Vec<&Item> = facet.items.iter().collect();
            FacetSpread {
                id: facet.id.clone(),
                title: facet.title.clone(),
                spread: spread(scores, agreement(structure, &items, members)),
            }
        })
        .collect();
    let scores = members
        .iter()
        .map(|m| m.scores.dimension(&dimension.id)?.score.value)
        .collect();
    let items: Vec<&Item> = dimension.facets.iter().flat_map(|f| &f.items).collect();
    DimensionSpread {
        id: dimension.id.clone(),
        title: dimension.title.clone(),
        spread: spread(scores, agreement(structure, &items, members)),
        facets,
    }
}

/// The round label of `organization`'s most recent complete assessment that has one.
pub fn latest_round(
    organization: &str,
    assessments: &[(Assessment, Questionnaire)],
) -> Option<String> {
    assessments
        .iter()
        .map(|(a, _)| a)
        .filter(|a| a.status == Status::Complete && same_name(&a.organization.name, organization))
        .filter(|a| a.round.as_deref().is_some_and(|r| !r.trim().is_empty()))
        .max_by(|a, b| a.recorded_at().cmp(&b.recorded_at()).then(a.id.cmp(&b.id)))
        .and_then(|a| a.round.clone())
}

/// Agreement on an area: one value per answer scale, and the lowest of them.
#[derive(Debug, Clone, PartialEq, Default)]
struct Agreement {
    by_scale: Vec<ScaleAgreement>,
}

impl Agreement {
    /// The lowest value over the scales, with its scale (the first on a tie).
    fn lowest(&self) -> Option<(f64, &str)> {
        self.by_scale
            .iter()
            .filter_map(|s| Some((s.rwg?, s.scale.as_str())))
            .reduce(|low, next| if next.0 < low.0 { next } else { low })
    }
}

/// rwg(j) over `items` (of the structure questionnaire) from every member's raw values, on
/// each answer scale separately. A member's value counts only if their own questionnaire
/// has the item and the value lies on its scale.
fn agreement(structure: &Questionnaire, items: &[&Item], members: &[Member]) -> Agreement {
    let mut scales: Vec<&str> = Vec::new();
    for item in items {
        if !scales.contains(&item.scale.as_str()) {
            scales.push(&item.scale);
        }
    }
    let by_scale = scales
        .into_iter()
        .filter_map(|scale| {
            let on_scale: Vec<&&Item> = items.iter().filter(|i| i.scale == scale).collect();
            let points = structure.scale_points(on_scale.first()?)?;
            let values: Vec<Vec<f64>> = on_scale
                .iter()
                .map(|item| {
                    members
                        .iter()
                        .filter_map(|m| raw_value(m.assessment, m.questionnaire, &item.id))
                        .collect::<Vec<f64>>()
                })
                .filter(|values| values.len() >= 2)
                .collect();
            Some(ScaleAgreement {
                scale: scale.to_string(),
                points,
                items: values.len(),
                rwg: rwg_j(&values, points),
            })
        })
        .collect();
    Agreement { by_scale }
}

/// The value given on an item, if it is a value on the item's scale (not "don't know").
fn raw_value(assessment: &Assessment, q: &Questionnaire, item_id: &str) -> Option<f64> {
    let item = q.find_item(item_id)?.item;
    let response = assessment.response(item_id)?;
    scoring::item_score(q, item, response)?;
    match response {
        Response::Value(v) => Some(f64::from(v)),
        Response::DontKnow => None,
    }
}

/// Mean, min and max of the scores present, with the agreement index.
fn spread(scores: Vec<Option<f64>>, agreement: Agreement) -> Spread {
    let present: Vec<f64> = scores.iter().copied().flatten().collect();
    let mean = (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64);
    let lowest = agreement
        .lowest()
        .map(|(rwg, scale)| (rwg, scale.to_string()));
    let rwg = lowest.as_ref().map(|(rwg, _)| *rwg);
    Spread {
        respondents: present.len(),
        mean,
        min: present.iter().copied().reduce(f64::min),
        max: present.iter().copied().reduce(f64::max),
        rwg,
        rwg_scale: lowest.map(|(_, scale)| scale),
        by_scale: agreement.by_scale,
        contested: rwg.is_some_and(|r| r < CONTESTED_BELOW),
        scores,
    }
}
