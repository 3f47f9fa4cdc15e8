//! The `trend --json` document.

mod basis;

pub use basis::rests_on;

use serde::Serialize;

use super::{DeltaSummary, JSON_SCHEMA_VERSION, PlanStageSummary, serialize_rfc3339};
use crate::assessment::Timestamp;
use crate::trend::{AreaChange, AreaDelta, PointChange, Trend};

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
    /// Some check-in's questionnaire averages agreement items with described-level items,
    /// so an overall score is a summary of two kinds of number (reports say so).
    pub mixes_scale_kinds: bool,
    /// From the first point to the last, like for like: `overall`, every dimension and
    /// facet, and whom it rests on. Not comparable throughout with fewer than two points.
    pub change: TrendChangeSummary,
    /// From each point to the next, like for like.
    pub steps: Vec<TrendChangeSummary>,
    /// Areas that rose most from the first point to the last, by at least their MDC95.
    pub most_improved: Vec<AreaChangeSummary>,
    /// Areas that fell most by at least their MDC95, or if none did the lowest at the last
    /// point.
    pub concerns: Vec<AreaChangeSummary>,
    /// One sentence: when a change counts as real, and which MDC95 the areas of `change`
    /// used (the data directory's evidence, the questionnaire's default, or none).
    pub noise_note: String,
    /// Where the latest point stands among the other firms and imported norms
    /// (`docs/norms.md`); absent where it was not asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peers: Option<crate::peers::PeerStanding>,
    /// The organization's improvement plans, oldest first, each beside the points it
    /// spans; absent when it has none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<TrendPlanSummary>,
}

impl TrendDocument {
    /// [`Self::noise_note`] in the current language, from the first-to-last changes.
    pub fn shown_noise_note(&self) -> String {
        crate::noise::sources_sentence(
            self.change
                .dimensions
                .iter()
                .chain(&self.change.facets)
                .map(|a| a.delta.delta.noise),
        )
    }
    /// The document of a trend.
    pub fn new(trend: &Trend) -> Self {
        let points = trend
            .points
            .iter()
            .map(|p| TrendPointSummary {
                date: p.date,
                round: p.round.clone(),
                assessment_ids: p.assessment_ids.clone(),
                respondents: p.respondents,
                respondent_names: p.respondent_names.clone(),
                questionnaires: p.questionnaires.clone(),
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
            mixes_scale_kinds: trend.mixes_scale_kinds,
            change: trend.change.as_ref().map_or_else(
                || TrendChangeSummary::not_comparable(trend),
                |c| TrendChangeSummary::new(trend, c),
            ),
            steps: trend
                .steps
                .iter()
                .map(|c| TrendChangeSummary::new(trend, c))
                .collect(),
            most_improved: trend.most_improved.clone(),
            concerns: trend.concerns.clone(),
            // JSON keeps English words; reports use `shown_noise_note`.
            noise_note: crate::i18n::with_lang(crate::i18n::Lang::En, || trend.noise_note()),
            peers: None,
            plans: trend
                .plans
                .iter()
                .map(|p| TrendPlanSummary {
                    made_point: p.made_point,
                    reviewed_point: p.reviewed_point,
                    stage: PlanStageSummary::new(&p.stage),
                })
                .collect(),
        }
    }

    /// The same document with where its latest point stands among peers.
    pub fn with_peers(mut self, peers: Option<crate::peers::PeerStanding>) -> Self {
        self.peers = peers;
        self
    }

    /// The latest point's overall and dimension scores, as the peers place them.
    pub fn latest_areas(&self) -> Vec<(String, String, Option<f64>)> {
        let Some(latest) = self.points.last() else {
            return Vec::new();
        };
        std::iter::once((
            crate::peers::OVERALL.to_string(),
            crate::tr!("wizard-overall").to_string(),
            latest.overall,
        ))
        .chain(self.dimensions.iter().map(|d| {
            let score = latest
                .dimensions
                .iter()
                .find(|s| s.dimension == d.id && s.facet.is_none())
                .and_then(|s| s.score);
            (d.id.clone(), d.title.clone(), score)
        }))
        .collect()
    }
}

/// One improvement plan in a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPlanSummary {
    /// Index in `points` of the check-in that made the plan, or null when it is not in
    /// the trend (a draft).
    pub made_point: Option<usize>,
    /// Index in `points` of the check-in that reviewed it, or null while the plan is open
    /// or reviewed in a draft.
    pub reviewed_point: Option<usize>,
    /// The plan, inline: `assessment`, `round`, `date`, `reviewed_in` and `priorities`
    /// with each one's `status`, `review_note` and the facet's `before`, `after`,
    /// `change`, `items`, `verdict`, `noise`, as in `plan --json`.
    #[serde(flatten)]
    pub stage: PlanStageSummary,
}

/// A like-for-like change between two points of a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendChangeSummary {
    /// Index of the earlier point in `points`, or null without two points.
    pub from_point: Option<usize>,
    /// Index of the later point, or null.
    pub to_point: Option<usize>,
    /// Names of the respondents present at both points: the change rests on them alone.
    pub respondents: Vec<String>,
    /// Respondents at either point not compared, with the reason.
    pub left_out: Vec<LeftOutSummary>,
    /// Every assessment at both points used the same questionnaire content.
    pub same_questionnaire: bool,
    /// When the two points' questionnaires share no question: the sentence saying nothing
    /// can be compared (every change is then null); otherwise null.
    pub no_common_questions: Option<String>,
    /// Overall readiness.
    pub overall: TrendDeltaSummary,
    /// Every dimension, in the order of `dimensions`.
    pub dimensions: Vec<TrendAreaDeltaSummary>,
    /// Every facet, dimension by dimension.
    pub facets: Vec<TrendAreaDeltaSummary>,
}

impl TrendChangeSummary {
    fn new(trend: &Trend, change: &PointChange) -> Self {
        Self {
            from_point: Some(change.from),
            to_point: Some(change.to),
            respondents: change.respondents.clone(),
            left_out: change
                .left_out
                .iter()
                .map(|l| LeftOutSummary {
                    name: l.name.clone(),
                    assessment_id: l.assessment_id.clone(),
                    reason: l.reason.clone(),
                })
                .collect(),
            same_questionnaire: change.same_questionnaire,
            no_common_questions: change.no_common_questions.clone(),
            overall: TrendDeltaSummary::new(&change.overall),
            dimensions: trend
                .dimensions
                .iter()
                .zip(&change.dimensions)
                .map(|((id, title), delta)| TrendAreaDeltaSummary {
                    dimension: None,
                    id: id.clone(),
                    title: title.clone(),
                    delta: TrendDeltaSummary::new(delta),
                })
                .collect(),
            facets: trend
                .facets
                .iter()
                .zip(&change.facets)
                .map(|(facet, delta)| TrendAreaDeltaSummary {
                    dimension: Some(facet.dimension.clone()),
                    id: facet.id.clone(),
                    title: facet.title.clone(),
                    delta: TrendDeltaSummary::new(delta),
                })
                .collect(),
        }
    }

    /// With fewer than two points: every area not comparable, nobody compared.
    fn not_comparable(trend: &Trend) -> Self {
        let none = AreaDelta {
            delta: crate::compare::Delta::new(None, None),
            respondents: 0,
            items: 0,
        };
        let change = PointChange {
            from: 0,
            to: 0,
            respondents: Vec::new(),
            left_out: Vec::new(),
            same_questionnaire: true,
            no_common_questions: None,
            overall: none,
            dimensions: vec![none; trend.dimensions.len()],
            facets: vec![none; trend.facets.len()],
        };
        Self {
            from_point: None,
            to_point: None,
            ..Self::new(trend, &change)
        }
    }
}

/// A respondent a change leaves out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOutSummary {
    /// The respondent's name.
    pub name: String,
    /// Their assessment.
    pub assessment_id: String,
    /// Why, in plain words.
    pub reason: String,
}

/// A like-for-like change and what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendDeltaSummary {
    /// `before` and `after` (means over the respondents compared), `change`, `direction`
    /// (`unknown` when not comparable), inline.
    #[serde(flatten)]
    pub delta: DeltaSummary,
    /// Respondents the change rests on.
    pub respondents: usize,
    /// Items compared, summed over those respondents.
    pub items: usize,
}

impl TrendDeltaSummary {
    fn new(area: &AreaDelta) -> Self {
        Self {
            delta: DeltaSummary::new(&area.delta),
            respondents: area.respondents,
            items: area.items,
        }
    }
}

/// One dimension's or facet's like-for-like change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendAreaDeltaSummary {
    /// A facet's dimension id; absent for a dimension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    /// Dimension or facet id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The change, inline.
    #[serde(flatten)]
    pub delta: TrendDeltaSummary,
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
    #[serde(serialize_with = "serialize_rfc3339")]
    pub date: Timestamp,
    /// The round label, or null for assessments without one (grouped by day).
    pub round: Option<String>,
    /// The assessments averaged into this point, oldest first.
    pub assessment_ids: Vec<String>,
    /// How many assessments were averaged.
    pub respondents: usize,
    /// Their respondents' names, in the order of `assessment_ids`.
    pub respondent_names: Vec<String>,
    /// The questionnaires they answered, `id@version`, each once.
    pub questionnaires: Vec<String>,
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

/// An area's change from the first point to the last, as the trend holds it: `dimension`,
/// `facet` (null for a dimension), `title`, `dimension_title`, `first` and `change` (null
/// for `lowest now`), `last`, `respondents` and `items` it rests on (0 for `lowest now`),
/// and `reason` (`improved`, `declined` or `lowest now`).
pub type AreaChangeSummary = AreaChange;
