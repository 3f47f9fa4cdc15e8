//! The stable JSON documents printed by `--json` (and embedded in reports), built from the
//! core types: `list`, `show`, `questionnaires`, `compare`, `trend`, `round`, the
//! ecosystem map, the instrument's evidence, renamed organizations, the trash, and
//! conflicts between machines. Pure: no terminal and no disk; the
//! renderers (the report module) read the same documents, so a report never says more
//! than `--json` does.
//!
//! The shapes are a public contract documented in the README: fields may be added, but
//! none is renamed, removed or changes type without raising [`JSON_SCHEMA_VERSION`].
//! Times are [`Timestamp`]s, written as RFC 3339 with the offset they were recorded in.

mod amendments;
mod assessment;
pub mod caveat;
mod compare;
mod conflicts;
mod evidence;
mod map;
mod organizations;
mod plan;
mod questionnaires;
mod round;
mod scores;
mod setup;
mod trend;

pub use amendments::{AmendmentEntry, AmendmentsSummary};
pub use assessment::{
    AdviceSummary, AnswerSummary, AssessmentDetail, AssessmentSummary, EditDocument, ListDocument,
    ListDocumentStream, ShowDocument,
};
pub use caveat::{Unfinished, caveat};
pub use compare::{
    AreaDeltaSummary, CompareDocument, DeltaSummary, DimensionDeltaSummary, ItemMoveSummary,
    NotComparedSummary, NotePairSummary, SideSummary,
};
pub use conflicts::{
    ConflictSummary, ConflictsDocument, DifferenceSummary, MergeDocument, ReidDocument,
    RepairDocument, ValueSummary, VersionSummary,
};
pub use evidence::{
    DimensionEvidenceSummary, EvidenceDocument, EvidenceRules, FacetEvidenceSummary, firms_rule,
    respondents_rule,
};
pub use map::MapDocument;
pub use organizations::{
    OrganizationChangeDocument, RestoreDocument, TrashDocument, TrashedSummary,
};
pub use plan::{CheckInPlanSummary, PlanCandidate, PlanDocument, PlanStageSummary};
pub use questionnaires::{QuestionnaireSummary, QuestionnairesDocument};
pub use round::{
    DimensionSpreadSummary, FacetSpreadSummary, LeftOutRespondentSummary, LowestAgreementSummary,
    RoundDocument, RoundRespondentSummary, ScaleAgreementSummary, SpreadSummary,
};
pub use scores::{DimensionSummary, FacetSummary, MissingSummary, ScoreSummary, ScoresSummary};
pub use setup::{PathsDocument, SharedFileSummary, SharedSetupDocument};
pub use trend::{
    AreaChangeSummary, AreaScore, AreaTitle, LeftOutSummary, TrendAreaDeltaSummary,
    TrendChangeSummary, TrendDeltaSummary, TrendDocument, TrendPlanSummary, TrendPointSummary,
    rests_on,
};

use chrono::SecondsFormat;
use serde::Serializer;

use crate::assessment::Timestamp;

/// Version of the JSON documents' shape; every document carries it as `schema_version`.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// A timestamp as RFC 3339 with its offset (never shortened to `Z`): how every document
/// writes a time, so a reader sees the local time the person saw.
pub fn rfc3339(at: &Timestamp) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// Serialises a document's time as [`rfc3339`] writes it.
fn serialize_rfc3339<S: Serializer>(at: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&rfc3339(at))
}

/// Serialises a document's optional time as [`rfc3339`] writes it, or `null`.
fn serialize_rfc3339_option<S: Serializer>(
    at: &Option<Timestamp>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => serialize_rfc3339(at, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_keep_their_offset_even_at_utc() {
        let at = chrono::DateTime::parse_from_rfc3339("2025-06-01T12:00:00Z").unwrap();
        assert_eq!(rfc3339(&at), "2025-06-01T12:00:00+00:00");
        // A document's time field is written the same way, as a JSON string.
        #[derive(serde::Serialize)]
        struct Stamped {
            #[serde(serialize_with = "serialize_rfc3339")]
            at: Timestamp,
            #[serde(serialize_with = "serialize_rfc3339_option")]
            maybe: Option<Timestamp>,
        }
        let stamped = Stamped { at, maybe: None };
        assert_eq!(
            serde_json::to_string(&stamped).unwrap(),
            r#"{"at":"2025-06-01T12:00:00+00:00","maybe":null}"#
        );
    }
}
