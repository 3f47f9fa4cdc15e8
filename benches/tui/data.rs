//! A data directory with thousands of assessments, written through the library (without
//! the per-file fsync of `Store::save`, which only makes generating slow).

use std::path::Path;

use chrono::Duration;
use ecoready::assessment::{
    Assessment, Mode, Organization, Respondent, Response, Setup, Timestamp,
};
use ecoready::questionnaire;
use ecoready::store::Store;

/// The id of the `n`th generated assessment: recorded `n` hours after the first.
pub fn id(n: usize) -> String {
    let start = Timestamp::parse_from_rfc3339("2020-01-06T09:00:00+01:00").expect("a date");
    let at = start + Duration::hours(n as i64);
    format!("{}-{:05}", at.format("%Y%m%d-%H%M%S"), n)
}

/// Writes `count` assessments of `count / 10` organizations: every fifth one a draft
/// answered half way, the others complete.
pub fn generate(root: &Path, count: usize) {
    let store = Store::open(root).expect("open the data directory");
    let loaded = questionnaire::builtin("ecosystem-readiness").expect("built-in questionnaire");
    let q = &loaded.questionnaire;
    let start = Timestamp::parse_from_rfc3339("2020-01-06T09:00:00+01:00").expect("a date");
    for n in 0..count {
        let at = start + Duration::hours(n as i64);
        let id = id(n);
        let setup = Setup {
            organization: Organization {
                name: format!("Firm {:04}", n % (count / 10).max(1)),
                sector: "food processing".into(),
            },
            respondent: Respondent {
                name: format!("Respondent {}", n % 7),
                role: "owner".into(),
            },
            mode: Mode::SelfAssessment,
            advisor: None,
            round: Some(format!("round {}", n / (count / 10).max(1))),
        };
        let mut assessment = Assessment::start(id, setup, q, &loaded.digest, at);
        let draft = n % 5 == 0;
        for r in q.items() {
            if draft && r.index * 2 >= q.item_count() {
                break;
            }
            let (min, max) = q.value_range(r.item).expect("a scale");
            let value = min + ((n + r.index) % usize::from(max - min + 1)) as u8;
            assessment.respond(q, &r.item.id, Response::Value(value), at);
        }
        if !draft {
            assessment.complete(q, at + Duration::minutes(12));
        }
        let text = ecoready::yaml::to_string(&assessment).expect("YAML");
        let path = store
            .assessments_dir()
            .join(format!("{}.yaml", assessment.id));
        // Sealed as the store seals every file: an unsealed one would be refused as cut.
        std::fs::write(path, ecoready::integrity::seal(&text)).expect("write an assessment");
    }
}
