//! The plain wizard through the real binary, with answers piped into standard input as a
//! script would: the assessment completes, and `list --json` shows the same scores the
//! library computes.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Output, Stdio};

use ecoready::assessment::Response;
use ecoready::questionnaire::{Questionnaire, builtin};
use ecoready::scoring;
use serde_json::Value;
use tempfile::TempDir;

/// A data directory and an empty home, so nothing of the machine's own setup leaks in.
struct Sandbox {
    data: TempDir,
    home: TempDir,
}

impl Sandbox {
    fn new() -> Self {
        Self {
            data: TempDir::new().unwrap(),
            home: TempDir::new().unwrap(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ecoready"));
        command
            .env_remove("ECOREADY_DATA_DIR")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("NO_COLOR", "1")
            .arg("--data-dir")
            .arg(self.data.path())
            .args(args);
        command
    }

    /// Runs the binary with `input` piped into standard input.
    fn run_with_input(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .command(args)
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

    fn list_json(&self) -> Value {
        let output = self.command(&["list", "--json"]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        serde_json::from_slice(&output.stdout).unwrap()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The midpoint of every item's scale: level 3 on 1-5 (4 on a 1-7 scale).
fn middle(q: &Questionnaire) -> BTreeMap<String, Response> {
    q.items()
        .map(|r| {
            let (min, max) = q.value_range(r.item).unwrap();
            (r.item.id.clone(), Response::Value((min + max) / 2))
        })
        .collect()
}

/// One line per item in questionnaire order, then an empty line that finishes.
fn answer_file(q: &Questionnaire, responses: &BTreeMap<String, Response>) -> String {
    let mut lines: String = q
        .items()
        .map(|r| match responses[&r.item.id] {
            Response::Value(v) => format!("{v}\n"),
            Response::DontKnow => "0\n".to_string(),
        })
        .collect();
    lines.push('\n');
    lines
}

#[test]
fn a_scripted_assessment_completes_with_the_scores_the_library_computes() {
    let sandbox = Sandbox::new();
    let q = builtin("ecosystem-readiness").unwrap().questionnaire;
    let responses = middle(&q);
    let output = sandbox.run_with_input(
        &[
            "new",
            "--plain",
            "--org",
            "Alder Bakery",
            "--round",
            "baseline",
        ],
        &answer_file(&q, &responses),
    );
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(stdout.contains(&format!("Question {0} of {0}", q.item_count())));
    // The midpoint scores 100 * (mid - min) / (max - min) = 50 on every scale, reversed
    // or not, so every facet, dimension and the overall score is 50.
    assert!(stdout.contains("Overall readiness: 50.0"), "{stdout}");

    let expected = scoring::score(&q, &responses).overall.value.unwrap();
    assert!((expected - 50.0).abs() < 1e-9);
    let document = sandbox.list_json();
    let listed = document["assessments"].as_array().unwrap();
    assert_eq!(listed.len(), 1);
    let a = &listed[0];
    assert_eq!(a["status"], "complete");
    assert_eq!(a["organization"]["name"], "Alder Bakery");
    assert_eq!(a["round"], "baseline");
    let overall = a["scores"]["overall"]["score"].as_f64().unwrap();
    assert!((overall - expected).abs() < 1e-9, "{overall} != {expected}");
}

#[test]
fn without_a_terminal_plain_mode_is_chosen_and_a_bad_line_exits_2_with_its_number() {
    let sandbox = Sandbox::new();
    // No --plain: input and output are pipes, not a terminal, so the plain wizard runs. The first
    // line names the organization; line 4 is not a command.
    let output = sandbox.run_with_input(
        &["new", "--questionnaire", "quick-check"],
        "Birch Logistics\n4\n5\nperhaps\n4\n",
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("ecoready: line 4: \"perhaps\" is not a command"),
        "{stderr}"
    );
    let document = sandbox.list_json();
    let a = &document["assessments"][0];
    assert_eq!(a["status"], "draft");
    assert_eq!(a["organization"]["name"], "Birch Logistics");
    assert_eq!(a["answered"], 2);
    // `resume` takes the same kind of input and finishes the draft.
    let id = a["id"].as_str().unwrap();
    let q = builtin("quick-check").unwrap().questionnaire;
    let rest: String = q.items().skip(2).map(|_| "0\n").collect();
    // Every dimension left "don't know" would have no score, so finishing asks; y finishes.
    let output = sandbox.run_with_input(&["resume", id], &format!("{rest}\ny\n"));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(sandbox.list_json()["assessments"][0]["status"], "complete");
}

#[test]
fn without_new_or_resume_piped_input_is_refused() {
    let sandbox = Sandbox::new();
    let output = sandbox.run_with_input(&[], "1\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("`ecoready new --plain < answers.txt`"));
    assert_eq!(sandbox.list_json()["assessments"], Value::Array(Vec::new()));
}

#[test]
fn themes_are_checked_by_name() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .command(&["--theme", "high-contrast", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let output = sandbox
        .command(&["--theme", "sepia", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("[possible values: default, light, high-contrast]"),
        "{stderr}"
    );
}
