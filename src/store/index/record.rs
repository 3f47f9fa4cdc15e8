//! How the index keeps one assessment: a JSON array of the fields listings show (no field
//! names to match, dates as numbers), made from and turned back into a [`Summary`].

use chrono::{FixedOffset, TimeZone};
use serde::{Deserialize, Serialize};

use super::cache_file::Made;
use crate::assessment::{
    Assessment, Mode, Organization, QuestionnaireRef, Respondent, Status, Timestamp,
};
use crate::scoring::Score;
use crate::store::Summary;

/// A timestamp as seconds and nanoseconds since 1970 and its offset from UTC in seconds.
type Time = (i64, u32, i32);

/// A score: value, band, answered, don't know, total.
type ScoreFields = (Option<f64>, Option<String>, usize, usize, usize);

/// One assessment in the index, with the identity of the file it was made from.
#[derive(Serialize, Deserialize)]
pub struct Record(
    Made,
    String,
    u32,
    Status,
    [String; 4],
    Mode,
    Option<String>,
    Option<String>,
    [String; 3],
    Time,
    Time,
    Option<Time>,
    usize,
    usize,
    ScoreFields,
    Vec<(String, Option<f64>)>,
);

impl Record {
    /// The record of a summary made from a file as `made` says.
    pub fn new(made: Made, summary: &Summary) -> Self {
        let a = &summary.assessment;
        let overall = summary.overall_unchecked();
        Self(
            made,
            a.id.clone(),
            a.schema_version,
            a.status,
            [
                a.organization.name.clone(),
                a.organization.sector.clone(),
                a.respondent.name.clone(),
                a.respondent.role.clone(),
            ],
            a.mode,
            a.advisor.clone(),
            a.round.clone(),
            [
                a.questionnaire.id.clone(),
                a.questionnaire.version.clone(),
                a.questionnaire.digest.clone(),
            ],
            time(&a.started_at),
            time(&a.updated_at),
            a.completed_at.as_ref().map(time),
            a.position,
            summary.responses,
            (
                overall.value,
                overall.band.clone(),
                overall.answered,
                overall.dont_know,
                overall.total,
            ),
            summary.dimensions_unchecked().to_vec(),
        )
    }

    /// The assessment id.
    pub fn id(&self) -> &str {
        &self.1
    }

    /// Which file content the record was made from.
    pub fn made(&self) -> Made {
        self.0
    }

    /// The summary again; `None` if a date cannot be represented (a damaged index).
    pub fn into_summary(self) -> Option<Summary> {
        let Self(
            _,
            id,
            schema_version,
            status,
            [name, sector, respondent, role],
            mode,
            advisor,
            round,
            [questionnaire, version, digest],
            started,
            updated,
            completed,
            position,
            responses,
            (value, band, answered, dont_know, total),
            dimensions,
        ) = self;
        let completed_at = match completed {
            Some(t) => Some(timestamp(t)?),
            None => None,
        };
        let assessment = Assessment {
            schema_version,
            id,
            organization: Organization { name, sector },
            respondent: Respondent {
                name: respondent,
                role,
            },
            mode,
            advisor,
            round,
            questionnaire: QuestionnaireRef {
                id: questionnaire,
                version,
                digest,
            },
            // Not indexed: listings do not show it, and nothing is saved from a listing.
            language: None,
            started_at: timestamp(started)?,
            updated_at: timestamp(updated)?,
            completed_at,
            status,
            position,
            answers: Vec::new(),
            scores: None,
            // A listing carries no answers, no plan and no amendments; `show` reads the
            // file for them.
            plan: Vec::new(),
            plan_review: None,
            amendments: Vec::new(),
        };
        let overall = Score {
            value,
            band,
            answered,
            dont_know,
            total,
        };
        Some(Summary::from_parts(
            assessment, responses, overall, dimensions,
        ))
    }
}

fn time(t: &Timestamp) -> Time {
    (
        t.timestamp(),
        t.timestamp_subsec_nanos(),
        t.offset().local_minus_utc(),
    )
}

fn timestamp((seconds, nanos, offset): Time) -> Option<Timestamp> {
    FixedOffset::east_opt(offset)?
        .timestamp_opt(seconds, nanos)
        .single()
}
