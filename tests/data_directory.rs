//! The data directory is ecoready's alone: nothing outside it is read or written through
//! a planted symbolic link, a FIFO never makes a command wait, only ecoready's own left-
//! overs are cleaned up, and a directory that cannot be used is an error that says why.
#![cfg(unix)]

#[path = "support/pty.rs"]
#[allow(dead_code)]
mod pty;
#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

#[path = "data_directory/fifos.rs"]
mod fifos;
#[path = "data_directory/leftovers.rs"]
mod leftovers;
#[path = "data_directory/links.rs"]
mod links;
#[path = "data_directory/refusals.rs"]
mod refusals;

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use ecoready::app::export::{self, Subject};
use ecoready::ecomap::EcosystemMap;
use ecoready::error::EXIT_INVALID;
use ecoready::report::{Format, Options};
use ecoready::store::{AssessmentError, Store, StoreError};
use support::*;

/// Longest any command here may take before the test calls it hung (a FIFO opened for
/// reading waits forever; the limit only turns that into a failure).
const HANG_LIMIT: Duration = Duration::from_secs(60);

/// Runs `command` and returns its output, failing the test if it has not ended within
/// [`HANG_LIMIT`].
fn run_or_fail_if_hung(mut command: Command) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + HANG_LIMIT;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("{command:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Runs ecoready on the sandbox's data directory, failing if it hangs.
fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    let mut command = sandbox.bare_command();
    command
        .arg("--data-dir")
        .arg(sandbox.data.path())
        .args(args);
    run_or_fail_if_hung(command)
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

/// A file outside the data directory with a line that must never be printed.
const SECRET: &str = "root:x:0:0:SECRET-MARKER:/root:/bin/bash\n";

fn secret_file(dir: &Path) -> PathBuf {
    let path = dir.join("passwd");
    fs::write(&path, SECRET).unwrap();
    path
}

fn outside_is_untouched(outside: &Path, names: &[&str]) {
    let mut found: Vec<String> = fs::read_dir(outside)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(
        found, names,
        "nothing was written outside the data directory"
    );
}

fn set_modified(path: &Path, at: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(at)
        .unwrap();
}

/// The pid of a process that has ended.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

const NOBODY: u32 = 65534;

fn running_as_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// Gives `path` and everything under it to `nobody`.
fn give_to_nobody(path: &Path) {
    let status = Command::new("chown")
        .arg("-R")
        .arg(format!("{NOBODY}:{NOBODY}"))
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs ecoready on `data` without the privilege to read what mode 000 forbids: as
/// itself when not root, else as `nobody` (root reads everything, so running as root
/// would not exercise the failure at all).
fn run_unprivileged(sandbox: &Sandbox, data: &Path, args: &[&str]) -> Output {
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_ecoready"));
    let program = if running_as_root() {
        // The build may sit under a directory only root may enter (a checkout in /root):
        // `nobody` runs a copy kept beside the data, in a directory everyone may enter.
        let copy = sandbox.home.path().join("ecoready-unprivileged");
        if !copy.exists() {
            fs::copy(&binary, &copy).unwrap();
            fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).unwrap();
        }
        Some(copy)
    } else {
        None
    };
    // Per-machine state where the runner may write (not the build's target/).
    let state = sandbox.home.path().join("unprivileged-state");
    if !state.exists() {
        fs::create_dir(&state).unwrap();
        if running_as_root() {
            give_to_nobody(&state);
        }
    }
    let command = || {
        let mut command = match &program {
            Some(copy) => {
                let mut command = Command::new("setpriv");
                command
                    .args([
                        "--reuid",
                        &NOBODY.to_string(),
                        "--regid",
                        &NOBODY.to_string(),
                    ])
                    .args(["--clear-groups", "--"])
                    .arg(copy);
                command
            }
            None => Command::new(&binary),
        };
        command
            .env_remove("ECOREADY_DATA_DIR")
            .env("HOME", sandbox.home.path())
            .env("XDG_CACHE_HOME", sandbox.home.path().join("cache"))
            .env(ecoready::store::STATE_DIR_VAR, &state)
            .env("XDG_CONFIG_HOME", sandbox.home.path().join("config"))
            .env("XDG_DATA_HOME", sandbox.home.path().join("data"))
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "0")
            .arg("--data-dir")
            .arg(data)
            .args(args);
        command
    };
    // A test thread that forks while the copy is being written hands the child the open
    // file until the child execs, and running the copy in that moment fails with "Text
    // file busy" (ETXTBSY). That is the test harness racing itself, not ecoready: try again.
    for _ in 0..50 {
        let output = run_or_fail_if_hung(command());
        let busy = String::from_utf8_lossy(&output.stderr).contains("Text file busy");
        if !(busy && output.status.code() == Some(126)) {
            return output;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!(
        "the copy of ecoready stayed busy: {}",
        program.map(|p| p.display().to_string()).unwrap_or_default()
    );
}
