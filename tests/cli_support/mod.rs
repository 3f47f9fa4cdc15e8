//! Helpers for the command-line tests: an isolated environment for the binary, assessments
//! answered in known patterns, and checks on the JSON scores.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use chrono::{DateTime, Duration};
use ecoready::assessment::{
    Assessment, Mode, Organization, Respondent, Response, Setup, Timestamp,
};
use ecoready::questionnaire::{Item, Loaded, Questionnaire, builtin};
use ecoready::store::Store;
use serde_json::Value;
use tempfile::TempDir;

/// A data directory plus an empty home, so no user questionnaire of the machine leaks in.
pub struct Sandbox {
    /// The data directory.
    pub data: TempDir,
    /// The home and config directories.
    pub home: TempDir,
}

impl Sandbox {
    /// Fresh, empty directories.
    pub fn new() -> Self {
        Self {
            data: TempDir::new().unwrap(),
            home: TempDir::new().unwrap(),
        }
    }

    /// The store on the data directory, for preparing assessments; its per-machine state
    /// is the one the binary run by [`Sandbox::bare_command`] uses.
    pub fn store(&self) -> Store {
        Store::open_with_state_dir(self.data.path(), &self.state_dir()).unwrap()
    }

    /// Where the binary and [`Sandbox::store`] keep per-machine state (never the real
    /// cache directory).
    pub fn state_dir(&self) -> std::path::PathBuf {
        self.home.path().join("state")
    }

    /// A command with an isolated environment but no data directory chosen yet.
    pub fn bare_command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ecoready"));
        command
            .env_remove("ECOREADY_DATA_DIR")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_CACHE_HOME", self.home.path().join("cache"))
            .env(ecoready::store::STATE_DIR_VAR, self.state_dir())
            .env("NO_COLOR", "1")
            // English whatever the machine's locale: tests that want another language
            // say so with --lang or these variables.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            // A failing run would otherwise spend seconds printing a backtrace.
            .env("RUST_BACKTRACE", "0");
        command
    }

    /// Runs the binary with `--data-dir` and `args`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.bare_command()
            .arg("--data-dir")
            .arg(self.data.path())
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs the binary with `--data-dir`, `args` and `input` piped into standard input, as
    /// a script would (no terminal: plain mode).
    #[allow(dead_code)] // Not every test binary including this module pipes input.
    pub fn run_with_input(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .bare_command()
            .arg("--data-dir")
            .arg(self.data.path())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // A run that refuses piped input may exit before reading any of it.
        if let Err(e) = stdin.write_all(input.as_bytes()) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        drop(stdin);
        child.wait_with_output().unwrap()
    }

    /// Runs a `--json` command that must succeed and parses its one document.
    pub fn json(&self, args: &[&str]) -> Value {
        let output = self.run(args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        serde_json::from_slice(&output.stdout).unwrap()
    }
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The built-in questionnaire `new` uses by default.
pub fn default_questionnaire() -> Loaded {
    builtin("ecosystem-readiness").unwrap()
}

/// A timestamp from RFC 3339 text.
pub fn time(rfc3339: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(rfc3339).unwrap()
}

/// Answers every item with the scale's highest value, reverse items too: a reverse item
/// then scores 0, every other item 100.
pub fn top(q: &Questionnaire, item: &Item) -> Option<Response> {
    q.value_range(item).map(|(_, max)| Response::Value(max))
}

/// The answer worth 100 on every item: the highest value, the lowest for reverse items.
pub fn favourable(q: &Questionnaire, item: &Item) -> Option<Response> {
    let (min, max) = q.value_range(item)?;
    Some(Response::Value(if item.reverse { min } else { max }))
}

/// The midpoint of every scale: 100 * (mid - min) / (max - min) = 50, reversed or not
/// (e.g. 4 on 1-7 and level 3 on 1-5).
pub fn middle(q: &Questionnaire, item: &Item) -> Option<Response> {
    let (min, max) = q.value_range(item)?;
    assert_eq!(
        (min + max) % 2,
        0,
        "scale of {} has no middle value",
        item.id
    );
    Some(Response::Value((min + max) / 2))
}

/// What plain mode reads to answer every item with `answer` (`0`: don't know), then the
/// empty line that finishes.
#[allow(dead_code)] // Not every test binary including this module pipes answers.
pub fn answer_lines(
    q: &Questionnaire,
    answer: fn(&Questionnaire, &Item) -> Option<Response>,
) -> String {
    let mut lines: String = q
        .items()
        .map(|r| match answer(q, r.item) {
            Some(Response::Value(v)) => format!("{v}\n"),
            _ => "0\n".to_string(),
        })
        .collect();
    lines.push('\n');
    lines
}

/// Stores an assessment of `org` started at `started`, answered by `answer`, completed ten
/// minutes later when `complete`; returns its id.
pub fn prepare(
    store: &Store,
    org: &str,
    started: &str,
    answer: fn(&Questionnaire, &Item) -> Option<Response>,
    complete: bool,
) -> String {
    let loaded = default_questionnaire();
    let q = &loaded.questionnaire;
    let start = time(started);
    let setup = Setup {
        organization: Organization {
            name: org.to_string(),
            sector: "food processing".to_string(),
        },
        respondent: Respondent {
            name: "Ana Ruiz".to_string(),
            role: "owner".to_string(),
        },
        mode: Mode::Interview,
        advisor: Some("Sam Lee".to_string()),
        round: Some("baseline".to_string()),
    };
    let mut assessment = Assessment::start(store.new_id(&start), setup, q, &loaded.digest, start);
    for r in q.items() {
        if let Some(response) = answer(q, r.item) {
            assessment.respond(q, &r.item.id, response, start + Duration::minutes(1));
        }
    }
    if complete {
        assessment.complete(q, start + Duration::minutes(10));
    }
    store.keep_questionnaire(q, &loaded.text).unwrap();
    store.save(&assessment).unwrap();
    assessment.id
}

/// Only the first item answered, with "don't know": no facet reaches two thirds.
pub fn first_dont_know(q: &Questionnaire, item: &Item) -> Option<Response> {
    (q.item_at(0).unwrap().item.id == item.id).then_some(Response::DontKnow)
}

/// The band holding `score`: `min <= score < max`, the last band including 100.
pub fn band_of(q: &Questionnaire, score: f64) -> String {
    let last = q.bands.len() - 1;
    q.bands
        .iter()
        .enumerate()
        .find(|(i, b)| score >= b.min && (score < b.max || (*i == last && score <= b.max)))
        .map(|(_, b)| b.name.clone())
        .unwrap()
}

/// Asserts a JSON number equals `expected` up to rounding in the last bits.
pub fn assert_close(actual: &Value, expected: f64, what: &str) {
    let actual = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {actual} is not a number"));
    assert!(
        (actual - expected).abs() < 1e-9,
        "{what}: {actual} != {expected}"
    );
}

/// Asserts every facet, dimension and the overall score in `scores` equals `expected`.
pub fn assert_all_scores(scores: &Value, q: &Questionnaire, expected: f64) {
    let band = band_of(q, expected);
    assert_close(&scores["overall"]["score"], expected, "overall");
    assert_eq!(scores["overall"]["band"], band.as_str());
    let dimensions = scores["dimensions"].as_array().unwrap();
    assert_eq!(dimensions.len(), q.dimensions.len());
    for (dimension, json) in q.dimensions.iter().zip(dimensions) {
        assert_eq!(json["id"], dimension.id.as_str());
        assert_close(&json["score"], expected, &dimension.id);
        assert_eq!(json["band"], band.as_str());
        for (facet, json) in dimension
            .facets
            .iter()
            .zip(json["facets"].as_array().unwrap())
        {
            assert_eq!(json["id"], facet.id.as_str());
            assert_close(&json["score"], expected, &facet.id);
        }
    }
}

/// Three assessments: Acme all 100 (January), Acme all 50 (April), a Beta draft (May).
pub fn three_assessments(sandbox: &Sandbox) -> [String; 3] {
    let store = sandbox.store();
    let all_100 = prepare(
        &store,
        "Acme",
        "2025-01-10T09:00:00+01:00",
        favourable,
        true,
    );
    let all_50 = prepare(&store, "Acme", "2025-04-10T09:00:00+02:00", middle, true);
    let draft = prepare(
        &store,
        "Beta",
        "2025-05-02T08:30:00+02:00",
        first_dont_know,
        false,
    );
    [all_100, all_50, draft]
}
