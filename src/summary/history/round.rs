//! The `round --json` document.

use serde::Serialize;

use crate::agreement::{CONTESTED_BELOW, RoundView, Spread};
use crate::assessment::{Mode, Respondent};
use crate::summary::{JSON_SCHEMA_VERSION, rfc3339};

/// `ecoready round --org NAME [--round LABEL] --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundDocument {
    /// Always [`JSON_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The organization's name.
    pub organization: String,
    /// The round label.
    pub round: String,
    /// Agreement below this marks an area contested (0.5).
    pub contested_below: f64,
    /// Every complete assessment of the round, oldest first.
    pub respondents: Vec<RoundRespondentSummary>,
    /// Spread of the overall scores.
    pub overall: SpreadSummary,
    /// Every dimension, with its facets.
    pub dimensions: Vec<DimensionSpreadSummary>,
}

impl RoundDocument {
    /// The document of a round view.
    pub fn new(view: &RoundView) -> Self {
        Self {
            schema_version: JSON_SCHEMA_VERSION,
            organization: view.organization.clone(),
            round: view.round.clone(),
            contested_below: CONTESTED_BELOW,
            respondents: view
                .respondents
                .iter()
                .map(|r| RoundRespondentSummary {
                    id: r.id.clone(),
                    respondent: Respondent {
                        name: r.name.clone(),
                        role: r.role.clone(),
                    },
                    mode: r.mode,
                    date: rfc3339(&r.date),
                    overall: r.overall,
                })
                .collect(),
            overall: SpreadSummary::new(&view.overall),
            dimensions: view
                .dimensions
                .iter()
                .map(|d| DimensionSpreadSummary {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    spread: SpreadSummary::new(&d.spread),
                    facets: d
                        .facets
                        .iter()
                        .map(|f| FacetSpreadSummary {
                            id: f.id.clone(),
                            title: f.title.clone(),
                            spread: SpreadSummary::new(&f.spread),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// One respondent of a round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundRespondentSummary {
    /// The full assessment id.
    pub id: String,
    /// `name`, `role`.
    pub respondent: Respondent,
    /// `self` or `interview`.
    pub mode: Mode,
    /// Completion time, RFC 3339 with offset.
    pub date: String,
    /// Their overall score, or null.
    pub overall: Option<f64>,
}

/// How far the respondents' scores on one area lie apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpreadSummary {
    /// Respondents with a score on the area.
    pub respondents: usize,
    /// Mean score, or null.
    pub mean: Option<f64>,
    /// Lowest score, or null.
    pub min: Option<f64>,
    /// Highest score, or null.
    pub max: Option<f64>,
    /// rwg(j) agreement 0-1, or null with fewer than two answers on every item.
    pub rwg: Option<f64>,
    /// `rwg` is below `contested_below`.
    pub contested: bool,
}

impl SpreadSummary {
    fn new(spread: &Spread) -> Self {
        Self {
            respondents: spread.respondents,
            mean: spread.mean,
            min: spread.min,
            max: spread.max,
            rwg: spread.rwg,
            contested: spread.contested,
        }
    }
}

/// A dimension's spread, with its facets'.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionSpreadSummary {
    /// Dimension id.
    pub id: String,
    /// Dimension title.
    pub title: String,
    /// The spread fields, inline.
    #[serde(flatten)]
    pub spread: SpreadSummary,
    /// Its facets.
    pub facets: Vec<FacetSpreadSummary>,
}

/// A facet's spread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetSpreadSummary {
    /// Facet id.
    pub id: String,
    /// Facet title.
    pub title: String,
    /// The spread fields, inline.
    #[serde(flatten)]
    pub spread: SpreadSummary,
}
