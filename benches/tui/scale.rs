//! Issue 18's targets at 40,000 assessments (50 advisors x 200 clients x 4 rounds, see
//! `data::teams`): the index built from the files (cold), warm `list`, Home's first frame,
//! History, `list --json` with its peak memory, `trend` and `round` of one organization,
//! `export --all --format csv` with its peak memory, and the Ecosystem maps screen.
//!
//! Peak memory of a command is GNU time's maximum resident set size (`/usr/bin/time -f
//! %M`); without it the memory figures are left out. A command this build does not have
//! (another engineer's work not merged yet) is reported as not measured, not failed.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::data::{self, Teams};
use crate::{Report, Subject, WAIT, after_key, measure_history, median, ms, start_at_home};

/// Timed warm runs of each command.
const RUNS: usize = 5;

/// Where the generated set is kept between runs (`ECOREADY_BENCH_DATA` to choose).
fn data_dir(shape: Teams) -> PathBuf {
    std::env::var_os("ECOREADY_BENCH_DATA").map_or_else(
        || Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-teams-{}", shape.count())),
        PathBuf::from,
    )
}

/// Measures every issue-18 target on the teams set.
pub fn run(ecoready: &Path, sandbox: &Path, env: &[(&str, &OsStr)], report: &mut Report) {
    let shape = data::ISSUE_18;
    let count = shape.count();
    let root = data_dir(shape);
    let started = Instant::now();
    if data::cached_teams(&root, shape) {
        println!(
            "{count} assessments ({} advisors x {} clients x {} rounds) generated in {:.1} s \
             into {} (kept for the next run)",
            shape.advisors,
            shape.clients,
            shape.rounds,
            started.elapsed().as_secs_f64(),
            root.display()
        );
        // Files changed within the last two seconds are not trusted by the index yet.
        std::thread::sleep(Duration::from_secs(3));
    } else {
        println!(
            "{count} assessments (issue 18's firm) reused from {}",
            root.display()
        );
    }
    // The per-machine state of this run only: removed for the cold build.
    let state = sandbox.join("state-teams");
    let mut env = env.to_vec();
    env.push(("ECOREADY_STATE_DIR", state.as_os_str()));
    let run = |args: &[&str]| {
        let mut command = Command::new(ecoready);
        command.arg("--data-dir").arg(&root).args(args);
        command.envs(env.iter().copied());
        timed(&mut command)
    };
    let warm = |args: &[&str]| -> Option<Duration> {
        run(args)?;
        let times: Option<Vec<Duration>> = (0..RUNS).map(|_| run(args)).collect();
        Some(median(times?))
    };
    let peak = |args: &[&str]| {
        let mut command = Command::new(ecoready);
        command.arg("--data-dir").arg(&root).args(args);
        command.envs(env.iter().copied());
        peak_mib(&mut command, sandbox)
    };

    let _ = std::fs::remove_dir_all(&state);
    let cold = run(&["list"]);
    report.limit_opt(
        "index built from the files (cold)",
        cold.map(ms),
        "ms",
        10_000.0,
    );
    report.limit_opt("ecoready list (warm)", warm(&["list"]).map(ms), "ms", 300.0);
    let json = ["list", "--json"];
    report.limit_opt(
        "ecoready list --json (warm)",
        warm(&json).map(ms),
        "ms",
        1000.0,
    );
    report.limit_opt(
        "ecoready list --json, peak memory",
        peak(&json),
        "MiB",
        200.0,
    );
    let org = Teams::organization(7, 42);
    let trend = ["trend", "--org", org.as_str()];
    report.limit_opt(
        "ecoready trend --org (warm)",
        warm(&trend).map(ms),
        "ms",
        200.0,
    );
    let round = ["round", "--org", org.as_str()];
    report.limit_opt(
        "ecoready round --org (warm)",
        warm(&round).map(ms),
        "ms",
        200.0,
    );
    let export = ["export", "--all", "--format", "csv"];
    // One run after a warm-up: the export is long, and the index is warm already.
    let exported = run(&export).and_then(|_| run(&export));
    report.limit_opt("export --all --format csv", exported.map(ms), "ms", 5000.0);
    report.limit_opt(
        "export --all --format csv, peak memory",
        peak(&export),
        "MiB",
        200.0,
    );

    let wizard = Subject {
        path: ecoready,
        args: vec![OsStr::new("--data-dir"), root.as_os_str()],
        env: env.clone(),
        ready: "Recent assessments",
    };
    let (mut home, mut history, mut maps) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..=RUNS {
        let (first, shown, _) = measure_history(&wizard);
        let picker = measure_maps(&wizard);
        if round > 0 {
            home.push(first);
            history.push(shown);
            maps.push(picker);
        }
    }
    for (what, times) in [
        ("home screen first frame (warm)", home),
        ("History screen, key -> frame drawn", history),
        ("Ecosystem maps screen, key -> frame", maps),
    ] {
        report.limit(what, ms(median(times)), "ms", 300.0);
    }
}

/// Home, then `m`: how long until the maps screen (every organization to pick from) is
/// drawn.
fn measure_maps(subject: &Subject<'_>) -> Duration {
    let (mut program, _) = start_at_home(subject);
    let sent = Instant::now();
    let done = after_key(&mut program, b"m", "Who works with whom?");
    program.send(b"\x03");
    program.wait_exit(WAIT);
    done.saturating_duration_since(sent)
}

/// Wall time of a command, its output discarded; `None` when it fails (a command or
/// option this build does not have).
pub fn timed(command: &mut Command) -> Option<Duration> {
    let started = Instant::now();
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run ecoready");
    let elapsed = started.elapsed();
    if !status.success() {
        println!("  ({command:?} failed: {status}; not measured)");
        return None;
    }
    Some(elapsed)
}

/// Peak resident memory of a command in MiB, from GNU time.
fn peak_mib(command: &mut Command, scratch: &Path) -> Option<f64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let out = scratch.join("peak.txt");
    let mut wrapped = Command::new(time);
    wrapped
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&out)
        .arg(command.get_program())
        .args(command.get_args());
    for (key, value) in command.get_envs() {
        if let Some(value) = value {
            wrapped.env(key, value);
        }
    }
    timed(&mut wrapped)?;
    let kib: f64 = std::fs::read_to_string(&out).ok()?.trim().parse().ok()?;
    Some(kib / 1024.0)
}
