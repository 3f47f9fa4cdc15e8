//! Fixture assessments for the report tests: fixed ids, timestamps and answers on a fixed
//! questionnaire, so every report is byte-for-byte reproducible. The scores each fixture
//! should have are worked out by hand next to its answers.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, Duration};
use ecoready::assessment::{
    Assessment, Mode, Organization, Respondent, Response, Setup, Timestamp,
};
use ecoready::documents::AssessmentDetail;
use ecoready::questionnaire::{Questionnaire, digest, parse};
use ecoready::store::Store;
use tempfile::TempDir;

mod plan;
// Not every test file uses the planned fixtures.
#[allow(unused_imports)]
pub use plan::*;

/// The fixture questionnaire's text.
pub const FIXTURE: &str = include_str!("questionnaire.yaml");

/// An organization name with characters every format must escape.
pub const ORG: &str = "Acme & Söhne <GmbH>";

/// A note trying to break out of an HTML table cell.
pub const HOSTILE_NOTE: &str = "</td><script>alert(\"x\")</script> & 'q'";

/// A sector a spreadsheet would run as a command if it were not neutralised.
pub const HOSTILE_SECTOR: &str = "=cmd|' /C calc'!A0";

/// Baseline of Acme, complete. Items (agree7: 100 * (v - 1) / 6; maturity5: 25 * (L - 1)):
/// - shared vision: goals 6 -> 83.33, 4 -> 50 => 66.67; value 5 -> 66.67, reverse 2 ->
///   v' = 6 -> 83.33 => 75; dimension (66.67 + 75) / 2 = 70.83 (Managed)
/// - complementary strengths: 3 -> 33.33, don't know, 4 -> 50 => 41.67 (Defined), one
///   "don't know" of three items (33% > 30%: a knowledge gap)
/// - communication: 7, don't know, unanswered: 1 of 3 answered < 2 => no score
/// - data governance: levels 2, 3 => 25, 50 => 37.5; levels 1, 2 => 0, 25 => 12.5;
///   dimension 25.0 (Repeatable)
/// - dynamic capabilities: 5, 5 => 66.67; 6, 7 => 83.33, 100 => 91.67; dimension 79.17
/// - overall (70.83 + 41.67 + 25 + 79.17) / 4 = 54.17 (Defined); weakest dimension data
///   governance, weakest facet security (12.5).
pub const BASELINE_ID: &str = "20250110-090000-a1b2";

/// Check-in of Acme, complete:
/// - shared vision: 7, 5 -> 100, 66.67 => 83.33; 5, reverse 2 => 75; dimension 79.17
/// - complementary strengths: 4, 4, 4 => 50
/// - communication: 6, 5, 6 => (83.33 + 66.67 + 83.33) / 3 = 77.78
/// - data governance: 3, 3 => 50; 2, 2 => 25; dimension 37.5
/// - dynamic capabilities: 4, 4 => 50; 5, 6 => 75; dimension 62.5
/// - overall (79.17 + 50 + 77.78 + 37.5 + 62.5) / 5 = 61.39 (Managed).
pub const CHECK_IN_ID: &str = "20250701-100000-c3d4";

/// A draft of another organization with two answers (5 and 5: goal alignment 66.67).
pub const DRAFT_ID: &str = "20250502-083000-e5f6";

/// The fixture questionnaire, parsed and validated.
pub fn questionnaire() -> Questionnaire {
    parse(FIXTURE).unwrap()
}

/// A timestamp from RFC 3339 text.
pub fn time(rfc3339: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(rfc3339).unwrap()
}

fn value(v: u8) -> Option<Response> {
    Some(Response::Value(v))
}

const DK: Option<Response> = Some(Response::DontKnow);

/// An assessment answered item by item one minute apart, then noted, flagged and (when
/// `completed` is given) completed.
fn build(
    id: &str,
    setup: Setup,
    started: &str,
    answers: &[(&str, Option<Response>)],
    notes: &[(&str, &str)],
    flags: &[&str],
    completed: Option<&str>,
) -> Assessment {
    let q = questionnaire();
    let start = time(started);
    let mut a = Assessment::start(
        id.to_string(),
        setup,
        &q,
        &digest(FIXTURE.as_bytes()),
        start,
    );
    let mut at = start;
    for (item, response) in answers {
        at += Duration::minutes(1);
        if let Some(response) = response {
            a.respond(&q, item, *response, at);
        }
    }
    for (item, note) in notes {
        a.set_note(&q, item, note.to_string(), at);
    }
    for item in flags {
        a.toggle_flag(&q, item, at);
    }
    if let Some(completed) = completed {
        a.complete(&q, time(completed));
    }
    a
}

/// See [`BASELINE_ID`].
pub fn baseline() -> Assessment {
    let setup = Setup {
        organization: Organization {
            name: ORG.to_string(),
            sector: HOSTILE_SECTOR.to_string(),
        },
        respondent: Respondent {
            name: "Ana Ruiz".to_string(),
            role: "@owner".to_string(),
        },
        mode: Mode::Interview,
        advisor: Some("Sam Lee".to_string()),
        round: Some("baseline".to_string()),
    };
    let answers = [
        ("sv_goal_1", value(6)),
        ("sv_goal_2", value(4)),
        ("sv_value_1", value(5)),
        ("sv_value_2", value(2)),
        ("cs_comp_1", value(3)),
        ("cs_comp_2", DK),
        ("cs_comp_3", value(4)),
        ("cm_quality_1", value(7)),
        ("cm_quality_2", DK),
        ("cm_quality_3", None),
        ("dg_steward", value(2)),
        ("dg_purpose", value(3)),
        ("dg_security", value(1)),
        ("dg_breach", value(2)),
        ("dc_sense_1", value(5)),
        ("dc_sense_2", value(5)),
        ("dc_seize_1", value(6)),
        ("dc_seize_2", value(7)),
    ];
    let notes = [
        ("sv_goal_1", HOSTILE_NOTE),
        ("cs_comp_1", "=1+2"),
        ("dg_steward", "Ask IT,\nthen \"legal\""),
        ("dc_sense_2", "\tindented"),
        ("dc_seize_2", "+49 30 1234"),
    ];
    build(
        BASELINE_ID,
        setup,
        "2025-01-10T09:00:00+01:00",
        &answers,
        &notes,
        &["sv_goal_1", "dc_seize_1"],
        Some("2025-01-10T09:20:00+01:00"),
    )
}

/// See [`CHECK_IN_ID`].
pub fn check_in() -> Assessment {
    let setup = Setup {
        organization: Organization {
            name: ORG.to_string(),
            sector: "food processing".to_string(),
        },
        respondent: Respondent {
            name: "Ana Ruiz".to_string(),
            role: "owner".to_string(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: Some("Q3 check-in".to_string()),
    };
    let answers = [
        ("sv_goal_1", value(7)),
        ("sv_goal_2", value(5)),
        ("sv_value_1", value(5)),
        ("sv_value_2", value(2)),
        ("cs_comp_1", value(4)),
        ("cs_comp_2", value(4)),
        ("cs_comp_3", value(4)),
        ("cm_quality_1", value(6)),
        ("cm_quality_2", value(5)),
        ("cm_quality_3", value(6)),
        ("dg_steward", value(3)),
        ("dg_purpose", value(3)),
        ("dg_security", value(2)),
        ("dg_breach", value(2)),
        ("dc_sense_1", value(4)),
        ("dc_sense_2", value(4)),
        ("dc_seize_1", value(5)),
        ("dc_seize_2", value(6)),
    ];
    let notes = [
        ("sv_goal_1", "Goals agreed with the co-op"),
        ("dc_sense_1", "Lost our market-watch person"),
    ];
    build(
        CHECK_IN_ID,
        setup,
        "2025-07-01T10:00:00+02:00",
        &answers,
        &notes,
        &[],
        Some("2025-07-01T10:30:00+02:00"),
    )
}

/// See [`DRAFT_ID`].
pub fn draft() -> Assessment {
    let setup = Setup {
        organization: Organization {
            name: "Beta Ltd".to_string(),
            sector: String::new(),
        },
        respondent: Respondent {
            name: "Bo".to_string(),
            role: String::new(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    };
    build(
        DRAFT_ID,
        setup,
        "2025-05-02T08:30:00+02:00",
        &[("sv_goal_1", value(5)), ("sv_goal_2", value(5))],
        &[],
        &[],
        None,
    )
}

/// What `show --json` holds for an assessment of the fixture questionnaire.
pub fn detail(a: &Assessment) -> AssessmentDetail {
    let q = questionnaire();
    AssessmentDetail::new(a, &q, &a.current_scores(&q))
}

/// A data directory holding the three fixtures, and an empty home for the binary.
pub struct Sandbox {
    /// The data directory.
    pub data: TempDir,
    /// Home and config directories.
    pub home: TempDir,
}

impl Sandbox {
    /// Fresh directories with the baseline, the check-in and the draft saved.
    pub fn with_fixtures() -> Self {
        let sandbox = Self {
            data: TempDir::new().unwrap(),
            home: TempDir::new().unwrap(),
        };
        let state = sandbox.home.path().join("state");
        let store = Store::open_with_state_dir(sandbox.data.path(), &state).unwrap();
        store.keep_questionnaire(&questionnaire(), FIXTURE).unwrap();
        for a in [baseline(), check_in(), draft()] {
            store.save(&a).unwrap();
        }
        sandbox
    }

    /// Runs the binary on the data directory with a fixed locale unless `env` says
    /// otherwise.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ecoready"));
        command
            .env_remove("ECOREADY_DATA_DIR")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_CACHE_HOME", self.home.path().join("cache"))
            .env(
                ecoready::store::STATE_DIR_VAR,
                self.home.path().join("state"),
            )
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C")
            .env_remove("LC_TIME")
            .env_remove("LANG");
        for (name, value) in env {
            command.env(name, value);
        }
        command
            .arg("--data-dir")
            .arg(self.data.path())
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs the binary in the C locale.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, &[])
    }

    /// Standard output of a run that must succeed.
    pub fn stdout(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// A path in a scratch directory next to the data.
    pub fn scratch(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }
}

/// The golden file `tests/golden/<name>`.
pub fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with the golden file `name`, or rewrites it under `UPDATE_GOLDEN=1`.
pub fn check(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).unwrap();
        }
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; create it with UPDATE_GOLDEN=1 cargo test --test report_golden",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .split('\n')
            .zip(actual.split('\n'))
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.split('\n').count().min(actual.split('\n').count()));
        panic!(
            "{name} differs from the golden file at line {}:\n expected: {:?}\n actual:   {:?}",
            line + 1,
            expected.split('\n').nth(line),
            actual.split('\n').nth(line)
        );
    }
}
