//! Hostile files through the release binary: every fixture of `tests/fixtures/hostile/`
//! and a 64 MB file, each under a 100 MB data limit. Each is refused with exit status 2,
//! except the fixtures of hostile text in valid files (escape sequences, invisible and
//! bidirectional characters), which load and are shown sanitised. The figure is the slowest run (the target: within a second).
//! `tests/hostile_input.rs` checks the messages; only the time is measured here, which a
//! parallel test suite cannot do reliably.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Data memory allowed to each run, in KiB (100 MB), as in `tests/hostile_input.rs`.
const MEMORY_LIMIT_KIB: u64 = 100 * 1024;
/// Parts of the names of fixtures that are valid files with hostile text: they load.
const VALID_WITH_HOSTILE_TEXT: [&str; 2] = ["escape-sequences", "hidden-text"];
/// The file name a hostile assessment is stored under (the id inside the fixtures).
const ID: &str = "20250602-101500-f1x7";

/// The slowest run, which file it was, and how many runs there were; panics when a file is not handled (a crash,
/// running out of memory, or a valid escape-sequence file refused).
pub fn slowest(ecoready: &Path, sandbox: &Path) -> (Duration, String, usize) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut files: Vec<_> = std::fs::read_dir(&fixtures)
        .expect("the hostile fixtures")
        .map(|entry| entry.expect("a fixture").path())
        .collect();
    files.sort();
    let big = sandbox.join("big.yaml");
    // 64 MiB of comment lines: far beyond the 4 MiB a file may have.
    let line = format!("# {}\n", "x".repeat(61));
    std::fs::write(&big, line.repeat(1 << 20)).expect("a 64 MB file");
    let mut slowest = (Duration::ZERO, String::new());
    let mut runs = Vec::new();
    for file in files.iter().chain([&big]) {
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into());
        if name.starts_with("a-") || file == &big {
            // As a stored assessment, opened by `show`.
            let data = sandbox.join(format!("data-{name}"));
            let dir = data.join("assessments");
            std::fs::create_dir_all(&dir).expect("a data directory");
            std::fs::copy(file, dir.join(format!("{ID}.yaml"))).expect("a stored file");
            runs.push((
                name.clone(),
                vec![
                    OsStr::new("--data-dir").to_owned(),
                    data.into_os_string(),
                    OsStr::new("show").to_owned(),
                    OsStr::new(ID).to_owned(),
                ],
            ));
        }
        if !name.starts_with("a-") {
            // As a questionnaire, checked by `validate`.
            runs.push((
                name,
                vec![
                    OsStr::new("validate").to_owned(),
                    file.clone().into_os_string(),
                ],
            ));
        }
    }
    let count = runs.len();
    for (name, args) in runs {
        let started = Instant::now();
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -d {MEMORY_LIMIT_KIB} && exec \"$0\" \"$@\""
            ))
            .arg(ecoready)
            .args(&args)
            .env("HOME", sandbox)
            .env("XDG_CONFIG_HOME", sandbox)
            .env("XDG_DATA_HOME", sandbox)
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("run ecoready");
        let elapsed = started.elapsed();
        let expected = if VALID_WITH_HOSTILE_TEXT.iter().any(|v| name.contains(v)) {
            0
        } else {
            2
        };
        assert_eq!(status.code(), Some(expected), "{name} {args:?}: {status}");
        if elapsed > slowest.0 {
            slowest = (elapsed, name);
        }
    }
    (slowest.0, slowest.1, count)
}
