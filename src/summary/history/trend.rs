//! The `trend --json` document.

use serde::Serialize;

use super::{AreaDeltaSummary, DeltaSummary};
use crate::summary::{JSON_SCHEMA_VERSION, rfc3339};
use crate::trend::{AreaChange, AreaReason, Trend};

/// `ecoready trend --org NAME --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The organization's name as written in its latest assessment.
    pub organization: String,
    /// Every dimension of the latest questionnaire.
    pub dimensions: Vec<AreaTitle>,
    /// One point per round, oldest first.
    pub points: Vec<TrendPointSummary>,
    /// From the first point to the last: `overall` and every dimension.
    pub change: TrendChangeSummary,
    /// Areas that rose most from the first point to the last.
    pub most_improved: Vec<AreaChangeSummary>,
    /// Areas that fell most, or if none fell the lowest at the last point.
    pub concerns: Vec<AreaChangeSummary>,
}

impl TrendDocument {
    /// The document of a trend.
    pub fn new(trend: &Trend) -> Self {
        let points = trend
            .points
            .iter()
            .map(|p| TrendPointSummary {
                date: rfc3339(&p.date),
                round: p.round.clone(),
                assessment_ids: p.assessment_ids.clone(),
                respondents: p.respondents,
                overall: p.overall,
                dimensions: trend
                    .dimensions
                    .iter()
                    .zip(&p.dimensions)
                    .map(|((id, _), score)| AreaScore {
                        dimension: id.clone(),
                        facet: None,
                        score: *score,
                    })
                    .collect(),
                facets: trend
                    .facets
                    .iter()
                    .zip(&p.facets)
                    .map(|(facet, score)| AreaScore {
                        dimension: facet.dimension.clone(),
                        facet: Some(facet.id.clone()),
                        score: *score,
                    })
                    .collect(),
            })
            .collect();
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            organization: trend.organization.clone(),
            dimensions: trend
                .dimensions
                .iter()
                .map(|(id, title)| AreaTitle {
                    id: id.clone(),
                    title: title.clone(),
                    facets: trend
                        .facets
                        .iter()
                        .filter(|f| &f.dimension == id)
                        .map(|f| AreaTitle {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            facets: Vec::new(),
                        })
                        .collect(),
                })
                .collect(),
            points,
            change: TrendChangeSummary {
                overall: DeltaSummary::new(&trend.overall_change),
                dimensions: trend
                    .dimensions
                    .iter()
                    .zip(&trend.dimension_changes)
                    .map(|((id, title), delta)| AreaDeltaSummary {
                        id: id.clone(),
                        title: title.clone(),
                        delta: DeltaSummary::new(delta),
                    })
                    .collect(),
            },
            most_improved: trend
                .most_improved
                .iter()
                .map(AreaChangeSummary::new)
                .collect(),
            concerns: trend.concerns.iter().map(AreaChangeSummary::new).collect(),
        }
    }
}

/// The change from the first point of a trend to the last.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendChangeSummary {
    /// Overall readiness.
    pub overall: DeltaSummary,
    /// Every dimension, in the order of `dimensions`.
    pub dimensions: Vec<AreaDeltaSummary>,
}

/// A dimension (with its facets) or a facet, by id and title.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaTitle {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// A dimension's facets; absent for a facet.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facets: Vec<AreaTitle>,
}

/// One point of the trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPointSummary {
    /// The latest completion time in the group, RFC 3339 with offset.
    pub date: String,
    /// The round label, or null for assessments without one (grouped by day).
    pub round: Option<String>,
    /// The assessments averaged into this point, oldest first.
    pub assessment_ids: Vec<String>,
    /// How many assessments were averaged.
    pub respondents: usize,
    /// Mean overall score, or null.
    pub overall: Option<f64>,
    /// Mean score of every dimension, in the order of `dimensions`.
    pub dimensions: Vec<AreaScore>,
    /// Mean score of every facet.
    pub facets: Vec<AreaScore>,
}

/// One area's score at one point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaScore {
    /// Dimension id.
    pub dimension: String,
    /// Facet id; absent for a dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facet: Option<String>,
    /// 0-100, or null.
    pub score: Option<f64>,
}

/// An area's change from the first point to the last.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaChangeSummary {
    /// Dimension id.
    pub dimension: String,
    /// Facet id, or null for a dimension.
    pub facet: Option<String>,
    /// The area's title.
    pub title: String,
    /// Its dimension's title.
    pub dimension_title: String,
    /// Score at the first point.
    pub first: f64,
    /// Score at the last point.
    pub last: f64,
    /// `last - first`.
    pub change: f64,
    /// `improved`, `declined` or `lowest now`.
    pub reason: AreaReason,
}

impl AreaChangeSummary {
    fn new(area: &AreaChange) -> Self {
        Self {
            dimension: area.dimension.clone(),
            facet: area.facet.clone(),
            title: area.title.clone(),
            dimension_title: area.dimension_title.clone(),
            first: area.first,
            last: area.last,
            change: area.change,
            reason: area.reason,
        }
    }
}
