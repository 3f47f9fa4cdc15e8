//! How large a change must be to be more than measurement noise, per facet and dimension:
//! the smallest real change at 95% confidence, `MDC95 = 1.96 * sqrt(2) * SEM` with
//! `SEM = SD * sqrt(1 - reliability)`. Pure.
//!
//! Where it comes from, in order: the data directory's own evidence on the questionnaire
//! (an area whose reliability report has an MDC95, which needs 30 firms; the evidence
//! module lays it over the defaults with `Evidence::noise`), else the default the
//! questionnaire file gives for the area (`reliability: {value, sd, source}`), else
//! nothing: then a change is said to have no estimate of measurement noise, never called
//! real.
//!
//! The overall score has no estimate: no published figure covers the whole instrument and
//! the evidence report does not compute one. A score averaged over several respondents of
//! a firm (a trend's check-in) uses the same MDC95 as one firm's score: the evidence's SD
//! is of check-in scores already averaged that way, and respondents of one firm are not
//! independent measurements of it, so the noise is not divided by their number.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::questionnaire::{DefaultReliability, Questionnaire};

/// The standard error of measurement `SD * sqrt(1 - reliability)`; `None` unless the
/// reliability lies above 0 (below that the formula would claim more noise than spread).
pub fn sem(sd: f64, reliability: f64) -> Option<f64> {
    (reliability > 0.0 && reliability <= 1.0).then(|| sd * (1.0 - reliability).sqrt())
}

/// The smallest real change at 95% confidence: `1.96 * sqrt(2) * SEM`.
pub fn mdc95(sem: f64) -> f64 {
    1.96 * 2f64.sqrt() * sem
}

/// Where an MDC95 comes from; in JSON `"source": "data_directory"` with `firms`, or
/// `"source": "questionnaire_default"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum NoiseSource {
    /// The evidence of this many firms in the data directory.
    DataDirectory {
        /// Firms the reliability rests on.
        firms: usize,
    },
    /// The published default written in the questionnaire file.
    QuestionnaireDefault,
}

impl NoiseSource {
    /// The JSON value: `data_directory` or `questionnaire_default`.
    pub fn key(self) -> &'static str {
        match self {
            NoiseSource::DataDirectory { .. } => "data_directory",
            NoiseSource::QuestionnaireDefault => "questionnaire_default",
        }
    }

    /// The firms it rests on, for the data directory's.
    pub fn firms(self) -> Option<usize> {
        match self {
            NoiseSource::DataDirectory { firms } => Some(firms),
            NoiseSource::QuestionnaireDefault => None,
        }
    }

    /// "from 40 firms in this data directory", "published default in the questionnaire".
    pub fn words(self) -> String {
        match self {
            NoiseSource::DataDirectory { firms } => {
                crate::tr!("core-noise-source-measured", firms = firms)
            }
            NoiseSource::QuestionnaireDefault => crate::tr!("core-noise-source-default").into(),
        }
    }
}

/// The smallest real change of one area, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Noise {
    /// Points on 0-100: a change at least this large is real.
    pub mdc95: f64,
    /// Where it comes from.
    #[serde(flatten)]
    pub source: NoiseSource,
}

impl Noise {
    /// The MDC95 a questionnaire's default gives; `None` when it gives no SEM (a value
    /// outside (0, 1], which the validator refuses).
    pub fn from_default(default: &DefaultReliability) -> Option<Self> {
        Some(Self {
            mdc95: mdc95(sem(default.sd, default.value)?),
            source: NoiseSource::QuestionnaireDefault,
        })
    }

    /// `change` is at least the MDC95 (either way).
    pub fn is_real(&self, change: f64) -> bool {
        change.abs() >= self.mdc95
    }

    /// "smallest real change 31.7 points, published default in the questionnaire".
    pub fn words(&self) -> String {
        crate::tr!(
            "core-noise-smallest-real-change",
            mdc95 = crate::i18n::decimal(self.mdc95, 1),
            source = self.source.words()
        )
    }
}

/// Said of a change when no MDC95 exists for its area.
pub fn no_estimate() -> &'static str {
    crate::tr!("core-noise-no-estimate")
}
/// Said of a change smaller than its area's MDC95.
pub fn within_noise() -> &'static str {
    crate::tr!("core-noise-within")
}
/// Said of a change at least as large as its area's MDC95.
pub fn real_change() -> &'static str {
    crate::tr!("core-noise-real")
}

/// What a table of changes says once beneath it: the rule, and which MDC95 each area used
/// (`noises`: every dimension's and facet's, not the overall's, which has none).
pub fn sources_sentence(noises: impl IntoIterator<Item = Option<Noise>>) -> String {
    let (mut measured, mut defaults, mut none) = (0, 0, 0);
    let mut firms: Vec<usize> = Vec::new();
    for noise in noises {
        match noise.map(|n| n.source) {
            Some(NoiseSource::DataDirectory { firms: n }) => {
                measured += 1;
                firms.push(n);
            }
            Some(NoiseSource::QuestionnaireDefault) => defaults += 1,
            None => none += 1,
        }
    }
    let mut used = Vec::new();
    if let (Some(&least), Some(&most)) = (firms.iter().min(), firms.iter().max()) {
        used.push(if least == most {
            crate::tr!("core-noise-used-measured", firms = least, areas = measured)
        } else {
            crate::tr!(
                "core-noise-used-measured-range",
                least = least,
                most = most,
                areas = measured
            )
        });
    }
    if defaults > 0 {
        used.push(crate::tr!("core-noise-used-default", areas = defaults));
    }
    if none > 0 {
        used.push(crate::tr!("core-noise-used-none", areas = none));
    }
    if used.is_empty() {
        crate::tr!("core-noise-rule").to_string()
    } else {
        crate::tr!("core-noise-rule-used", used = used.join("; "))
    }
}

/// One area's MDC95 measured in the data directory: what the application caches per
/// questionnaire content, so that compare need not read every assessment each time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasuredNoise {
    /// Dimension id.
    pub dimension: String,
    /// Facet id; none for the dimension itself.
    pub facet: Option<String>,
    /// The smallest real change, points on 0-100.
    pub mdc95: f64,
    /// Firms it rests on.
    pub firms: usize,
}

/// The MDC95 of every facet and dimension of one questionnaire.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NoiseTable {
    dimensions: BTreeMap<String, Noise>,
    /// Keyed by (dimension id, facet id).
    facets: BTreeMap<(String, String), Noise>,
}

impl NoiseTable {
    /// Per area of `q`: its published default, else none.
    pub fn defaults(q: &Questionnaire) -> Self {
        let mut table = Self::default();
        for dimension in &q.dimensions {
            let default = dimension.reliability.as_ref().and_then(Noise::from_default);
            table.set(&dimension.id, None, default);
            for facet in &dimension.facets {
                let default = facet.reliability.as_ref().and_then(Noise::from_default);
                table.set(&dimension.id, Some(&facet.id), default);
            }
        }
        table
    }

    /// Per area of `q`: the data directory's MDC95 where `measured` has one, else `q`'s
    /// published default, else none.
    pub fn with_measured(q: &Questionnaire, measured: &[MeasuredNoise]) -> Self {
        let mut table = Self::defaults(q);
        for area in measured {
            let noise = Noise {
                mdc95: area.mdc95,
                source: NoiseSource::DataDirectory { firms: area.firms },
            };
            table.set(&area.dimension, area.facet.as_deref(), Some(noise));
        }
        table
    }

    /// Sets the MDC95 of a dimension (`facet` none) or of one of its facets; `None` keeps
    /// what the area had.
    pub fn set(&mut self, dimension: &str, facet: Option<&str>, noise: Option<Noise>) {
        let Some(noise) = noise else { return };
        match facet {
            Some(facet) => {
                let key = (dimension.to_string(), facet.to_string());
                self.facets.insert(key, noise);
            }
            None => {
                self.dimensions.insert(dimension.to_string(), noise);
            }
        }
    }

    /// The dimension's MDC95, if any.
    pub fn dimension(&self, id: &str) -> Option<Noise> {
        self.dimensions.get(id).copied()
    }

    /// The facet's MDC95, if any.
    pub fn facet(&self, dimension: &str, id: &str) -> Option<Noise> {
        self.facets
            .get(&(dimension.to_string(), id.to_string()))
            .copied()
    }
}

#[cfg(test)]
pub(crate) mod tests;
