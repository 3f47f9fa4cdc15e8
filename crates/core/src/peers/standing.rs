//! Where one assessment's scores stand: among the other firms of the data directory and
//! against each imported norms file, overall and per dimension, in every sector and in
//! the firm's own. Local figures and norms are never mixed into one number.

use serde::Serialize;

use super::firms::Firm;
use super::norms::{Norms, NormsGroup};
use super::rank::{FromDeciles, from_deciles, mid_rank};
use super::{MIN_OTHER_FIRMS, OVERALL};
use crate::ecomap::sector_key;
use crate::text::same_name;

/// A group a score is placed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Every firm, whatever its sector.
    AllSectors,
    /// The firms of the assessment's sector (compared trimmed, ignoring case).
    Sector,
}

/// One score placed in one group, or why it is not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placement {
    /// Which group.
    pub group: Group,
    /// Firms in the group with a score in the area (the assessment's own firm not counted).
    pub firms: usize,
    /// The percentile, 0-100; null when not shown (see `says`) or beyond the norms'
    /// deciles.
    pub percentile: Option<f64>,
    /// With norms: `below_10th` or `above_90th` when the score lies beyond the deciles.
    pub beyond: Option<&'static str>,
    /// Whether the figure is shown; false when there are too few firms, no score, or no
    /// group.
    pub shown: bool,
    /// The placement in words, with what it rests on.
    pub says: String,
    /// The same under a heading that already names the source: "38th percentile of 20
    /// firms".
    #[serde(skip)]
    pub short: String,
}

/// One area (`overall` or a dimension) with its placements.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaStanding {
    /// `overall` or the dimension id.
    pub area: String,
    /// "Overall readiness" or the dimension's title.
    pub title: String,
    /// The assessment's score placed, or null when it has none.
    pub score: Option<f64>,
    /// Among every firm.
    pub all_sectors: Placement,
    /// Among the firms of its sector.
    pub sector: Placement,
}

/// The placements against one source of firms.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceStanding {
    /// `data_directory` or `norms`.
    pub kind: &'static str,
    /// "this data directory" or the norms' `source` label.
    pub source: String,
    /// The quarters the firms' check-ins fall in, for norms (`2026-Q1 to 2026-Q3`).
    pub period: Option<String>,
    /// Each area, overall first, then the dimensions in questionnaire order.
    pub areas: Vec<AreaStanding>,
}

/// Where an assessment stands among peers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeerStanding {
    /// `id@version` of the questionnaire compared on.
    pub questionnaire: String,
    /// The assessment's sector, trimmed; null when none was given.
    pub sector: Option<String>,
    /// Among the other firms of the data directory, then against each norms file that
    /// holds the questionnaire version.
    pub sources: Vec<SourceStanding>,
}

/// What the standing is computed for: the assessment's firm, sector, questionnaire and
/// scores per area, with each area's title.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    /// The organization's name as written.
    pub organization: String,
    /// Its sector as written.
    pub sector: String,
    /// Questionnaire id.
    pub questionnaire: String,
    /// Questionnaire version.
    pub version: String,
    /// `(area id, title, score)`, overall first.
    pub areas: Vec<(String, String, Option<f64>)>,
}

/// The heading every rendering gives a standing.
pub fn heading() -> &'static str {
    crate::tr!("report-peers-heading")
}

impl PeerStanding {
    /// The standing as sentences, one per source and area, each saying what it rests on:
    /// what Results, plain mode, `show` and the reports print under [`heading`].
    pub fn lines(&self) -> Vec<String> {
        let anything_shown = self.sources.iter().any(|source| {
            source
                .areas
                .iter()
                .any(|a| a.all_sectors.shown || a.sector.shown)
        });
        if !anything_shown {
            // One sentence instead of a row of refusals per area.
            let most = self
                .sources
                .iter()
                .filter(|s| s.kind == "data_directory")
                .flat_map(|s| &s.areas)
                .map(|a| a.all_sectors.firms)
                .max()
                .unwrap_or(0);
            return vec![crate::tr!(
                "report-peers-too-few-anywhere",
                firms = most,
                needed = MIN_OTHER_FIRMS,
                questionnaire = self.questionnaire.as_str()
            )];
        }
        let mut lines = vec![match &self.sector {
            Some(sector) => crate::tr!(
                "report-peers-basis-sector",
                questionnaire = self.questionnaire.as_str(),
                sector = sector.as_str()
            ),
            None => crate::tr!(
                "report-peers-basis-no-sector",
                questionnaire = self.questionnaire.as_str()
            ),
        }];
        for source in &self.sources {
            lines.push(match (&source.period, source.kind) {
                (Some(period), "norms") => crate::tr!(
                    "report-peers-in-norms",
                    norms = source.source.as_str(),
                    period = period.as_str()
                ),
                _ => crate::tr!("report-peers-in-data-directory").to_owned(),
            });
            for area in &source.areas {
                let line = if self.sector.is_some() {
                    crate::tr!(
                        "report-peers-area-with-sector",
                        area = area.title.as_str(),
                        all = area.all_sectors.short.as_str(),
                        sector = area.sector.short.as_str()
                    )
                } else {
                    crate::tr!(
                        "report-peers-area",
                        area = area.title.as_str(),
                        all = area.all_sectors.short.as_str()
                    )
                };
                lines.push(format!("  {line}"));
            }
        }
        lines
    }
}

/// "too few firms to compare (7 of 10)".
pub fn too_few_firms(firms: usize) -> String {
    crate::tr!(
        "report-peers-too-few",
        firms = firms,
        needed = MIN_OTHER_FIRMS
    )
}

/// `subject` among `firms` (each firm's latest check-in on its questionnaire version; its
/// own firm is left out here) and against every norms file in `norms` holding a group of
/// that version.
pub fn standing(subject: &Subject, firms: &[Firm], norms: &[Norms]) -> PeerStanding {
    let sector = sector_key(&subject.sector);
    let others: Vec<&Firm> = firms
        .iter()
        .filter(|f| !same_name(&f.firm, &subject.organization))
        .collect();
    let local = SourceStanding {
        kind: "data_directory",
        source: crate::tr!("core-peers-source-data-directory").into(),
        period: None,
        areas: subject
            .areas
            .iter()
            .map(|(area, title, score)| {
                let scores_in = |in_sector: bool| -> Vec<f64> {
                    others
                        .iter()
                        .filter(|f| !in_sector || f.sector == sector)
                        .filter_map(|f| f.score(area))
                        .collect()
                };
                AreaStanding {
                    area: area.clone(),
                    title: title.clone(),
                    score: *score,
                    all_sectors: local_placement(Group::AllSectors, *score, &scores_in(false)),
                    sector: if sector.is_empty() {
                        no_sector()
                    } else {
                        local_placement(Group::Sector, *score, &scores_in(true))
                    },
                }
            })
            .collect(),
    };
    let mut sources = vec![local];
    for file in norms {
        let groups: Vec<&NormsGroup> = file
            .groups
            .iter()
            .filter(|g| g.questionnaire == subject.questionnaire && g.version == subject.version)
            .collect();
        let all = groups.iter().find(|g| g.sector.is_none());
        let own = groups
            .iter()
            .find(|g| !sector.is_empty() && g.sector.as_deref() == Some(sector.as_str()));
        let Some(period) = all.or(own).map(|g| g.period.words()) else {
            continue;
        };
        let name = crate::tr!(
            "core-peers-imported-norms",
            source = file.source.as_str(),
            period = period.as_str()
        );
        let areas = subject
            .areas
            .iter()
            .map(|(area, title, score)| AreaStanding {
                area: area.clone(),
                title: title.clone(),
                score: *score,
                all_sectors: norms_placement(Group::AllSectors, *score, all.copied(), area, &name),
                sector: if sector.is_empty() {
                    no_sector()
                } else {
                    norms_placement(Group::Sector, *score, own.copied(), area, &name)
                },
            })
            .collect();
        sources.push(SourceStanding {
            kind: "norms",
            source: file.source.clone(),
            period: Some(period),
            areas,
        });
    }
    PeerStanding {
        questionnaire: format!("{}@{}", subject.questionnaire, subject.version),
        sector: (!sector.is_empty()).then(|| subject.sector.trim().to_string()),
        sources,
    }
}

fn not_shown(group: Group, firms: usize, says: String) -> Placement {
    Placement {
        group,
        firms,
        percentile: None,
        beyond: None,
        shown: false,
        short: says.clone(),
        says,
    }
}

fn no_sector() -> Placement {
    not_shown(
        Group::Sector,
        0,
        crate::tr!("report-peers-no-sector").into(),
    )
}

fn local_placement(group: Group, score: Option<f64>, others: &[f64]) -> Placement {
    let firms = others.len();
    let Some(score) = score else {
        return not_shown(group, firms, crate::tr!("report-peers-no-score").into());
    };
    if firms < MIN_OTHER_FIRMS {
        return not_shown(group, firms, too_few_firms(firms));
    }
    let Some(percentile) = mid_rank(score, others) else {
        return not_shown(group, firms, too_few_firms(firms));
    };
    Placement {
        group,
        firms,
        percentile: Some(percentile),
        beyond: None,
        shown: true,
        says: match group {
            Group::AllSectors => crate::tr!(
                "report-peers-among-local",
                place = ordinal(percentile),
                firms = firms
            ),
            Group::Sector => crate::tr!(
                "report-peers-among-local-sector",
                place = ordinal(percentile),
                firms = firms
            ),
        },
        short: crate::tr!(
            "report-peers-place-of",
            place = ordinal(percentile),
            firms = firms
        ),
    }
}

fn norms_placement(
    group: Group,
    score: Option<f64>,
    norms: Option<&NormsGroup>,
    area: &str,
    name: &str,
) -> Placement {
    let Some(found) = norms.and_then(|g| g.areas.iter().find(|a| a.area == area)) else {
        let (what, says) = match group {
            Group::AllSectors => (
                crate::tr!("report-peers-no-group-all"),
                crate::tr!("report-peers-no-group-all-in", norms = name),
            ),
            Group::Sector => (
                crate::tr!("report-peers-no-group-sector"),
                crate::tr!("report-peers-no-group-sector-in", norms = name),
            ),
        };
        let mut placement = not_shown(group, 0, says);
        placement.short = what.to_string();
        return placement;
    };
    let firms = found.firms;
    let Some(score) = score else {
        return not_shown(group, firms, crate::tr!("report-peers-no-score").into());
    };
    let (percentile, beyond, place) = match from_deciles(score, &found.deciles) {
        FromDeciles::Percentile(p) => (Some(p), None, ordinal(p)),
        FromDeciles::BelowTenth => (
            None,
            Some("below_10th"),
            crate::tr!("report-peers-below-tenth").to_owned(),
        ),
        FromDeciles::AboveNinetieth => (
            None,
            Some("above_90th"),
            crate::tr!("report-peers-above-ninetieth").to_owned(),
        ),
    };
    Placement {
        group,
        firms,
        percentile,
        beyond,
        shown: true,
        says: match group {
            Group::AllSectors => crate::tr!(
                "report-peers-among-norms",
                place = place.as_str(),
                firms = firms,
                norms = name
            ),
            Group::Sector => crate::tr!(
                "report-peers-among-norms-sector",
                place = place.as_str(),
                firms = firms,
                norms = name
            ),
        },
        short: crate::tr!(
            "report-peers-place-of",
            place = place.as_str(),
            firms = firms
        ),
    }
}

/// "62nd percentile", rounded to a whole percentile.
pub fn ordinal(percentile: f64) -> String {
    crate::tr!("report-peers-percentile", n = percentile.round() as i64)
}

/// The subject of an assessment's scores: overall and every dimension.
pub fn subject_areas(scores: &crate::scoring::Scores) -> Vec<(String, String, Option<f64>)> {
    std::iter::once((
        OVERALL.to_string(),
        crate::tr!("wizard-overall").to_string(),
        scores.overall.value,
    ))
    .chain(
        scores
            .dimensions
            .iter()
            .map(|d| (d.id.clone(), d.title.clone(), d.score.value)),
    )
    .collect()
}
