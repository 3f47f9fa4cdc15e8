//! Runs the ecoready binary in a real pseudo-terminal and reads its screen through a
//! terminal emulator, as a person would see it.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long to wait for a screen before failing; generous for slow CI machines and
/// overridable with `ECOREADY_TEST_TIMEOUT_SECS`.
pub fn timeout() -> Duration {
    let secs = std::env::var("ECOREADY_TEST_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    Duration::from_secs(secs)
}

/// The binary running in a pseudo-terminal.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// Every byte the program wrote, for checks on escape sequences.
    pub raw: Vec<u8>,
    /// The terminal's side; open as long as the session, so its settings can be read.
    master: Box<dyn MasterPty + Send>,
    /// The terminal's settings before the program started.
    initial_modes: Modes,
}

/// The mode flags of a terminal's settings (raw mode clears echo, line editing, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modes {
    input: rustix::termios::InputModes,
    output: rustix::termios::OutputModes,
    control: rustix::termios::ControlModes,
    local: rustix::termios::LocalModes,
}

/// The mode flags of the pseudo-terminal `master` belongs to (Linux reads the terminal's
/// settings through either side).
fn modes(master: &dyn MasterPty) -> Modes {
    let fd = master.as_raw_fd().expect("the pty has a file descriptor");
    // SAFETY: the descriptor belongs to `master`, open for the duration of this call.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let termios = rustix::termios::tcgetattr(fd).expect("read the terminal's settings");
    Modes {
        input: termios.input_modes,
        output: termios.output_modes,
        control: termios.control_modes,
        local: termios.local_modes,
    }
}

impl Session {
    /// Starts `ecoready` with `args`, a private data directory and config directory.
    pub fn start(home: &Path, args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with_env(home, args, &[], cols, rows)
    }

    /// Like [`Session::start`], with extra environment variables.
    pub fn start_with_env(
        home: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        Session::start_program(home, env!("CARGO_BIN_EXE_ecoready"), args, env, cols, rows)
    }

    /// Starts `ecoready` through a POSIX shell `script` that ends with
    /// `exec "$0" "$@"` (the binary and `args`), so a test can set limits first (as
    /// `ulimit -f` for a disk that refuses writes) or redirect stderr to a file.
    pub fn start_in_shell(
        home: &Path,
        script: &str,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let mut shell_args = vec!["-c", script, env!("CARGO_BIN_EXE_ecoready")];
        shell_args.extend_from_slice(args);
        Session::start_program(home, "/bin/sh", &shell_args, env, cols, rows)
    }

    fn start_program(
        home: &Path,
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("NO_COLOR", "1");
        command.env("HOME", home);
        command.env("XDG_CONFIG_HOME", home.join("config"));
        command.env("XDG_DATA_HOME", home.join("data-home"));
        // Per-machine state in the sandbox, where `Sandbox::store` (cli_support) keeps it
        // too: never the real cache directory.
        command.env("XDG_CACHE_HOME", home.join("cache"));
        command.env("ECOREADY_STATE_DIR", home.join("state"));
        command.env_remove("ECOREADY_DATA_DIR");
        for (key, value) in env {
            command.env(key, value);
        }
        let initial_modes = modes(pair.master.as_ref());
        let child = pair.slave.spawn_command(command).expect("start ecoready");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (sender, output) = channel();
        thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            loop {
                match reader.read(&mut buffer) {
                    // A signal to this process may interrupt the read: the rest of the
                    // output (the terminal being restored) is still to come.
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if sender.send(buffer[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Session {
            child,
            writer,
            output,
            parser: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
            master: pair.master,
            initial_modes,
        }
    }

    /// The terminal's mode flags now and before the program started.
    pub fn modes_now_and_before(&self) -> (Modes, Modes) {
        (modes(self.master.as_ref()), self.initial_modes.clone())
    }

    fn pump(&mut self, wait: Duration) -> bool {
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
                true
            }
            Err(RecvTimeoutError::Timeout) => true,
            Err(RecvTimeoutError::Disconnected) => false,
        }
    }

    /// The screen's text now.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen contains `text`; panics with the screen after the timeout.
    pub fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + timeout();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if Instant::now() > deadline || !self.pump(Duration::from_millis(50)) {
                let screen = self.screen();
                assert!(
                    screen.contains(text),
                    "waited for {text:?}; the screen shows:\n{screen}"
                );
                return screen;
            }
        }
    }

    /// Waits until `done` holds for the screen; panics with the screen after the timeout.
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + timeout();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if Instant::now() > deadline || !self.pump(Duration::from_millis(50)) {
                let screen = self.screen();
                assert!(
                    done(&screen),
                    "waited for {what}; the screen shows:\n{screen}"
                );
                return screen;
            }
        }
    }

    /// Waits until the screen contains one of `texts`.
    pub fn wait_for_any(&mut self, texts: &[&str]) -> String {
        self.wait_until(&format!("one of {texts:?}"), |screen| {
            texts.iter().any(|t| screen.contains(t))
        })
    }

    /// Types bytes (keys) into the terminal.
    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// The process id of the program.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("ecoready has a process id")
    }

    /// Sends a signal (`KILL`, `TERM`, `HUP`, ...) to the program with kill(1).
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} failed");
    }

    /// Reads output for `wait` (to let the program get somewhere before a signal).
    pub fn read_for(&mut self, wait: Duration) {
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline && self.pump(Duration::from_millis(1).min(wait)) {}
    }

    /// Waits for the program to end and returns its exit code, draining its output.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + timeout();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for ecoready") {
                // The last bytes (the terminal being restored) can still be in the pty
                // after the process is gone: read until the reader sees the end.
                let drain_until = Instant::now() + timeout();
                while Instant::now() < drain_until && self.pump(Duration::from_millis(20)) {}
                return status.exit_code();
            }
            assert!(
                Instant::now() < deadline,
                "ecoready did not exit; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(20));
        }
    }

    fn output_drained(&mut self) -> bool {
        match self.output.try_recv() {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
                false
            }
            Err(_) => true,
        }
    }
}

/// The escape sequence that leaves the alternate screen: its presence at the end of the
/// output shows the terminal was restored.
pub const LEAVE_ALTERNATE_SCREEN: &str = "\u{1b}[?1049l";
/// The escape sequence that shows the cursor again.
pub const SHOW_CURSOR: &str = "\u{1b}[?25h";

/// From the setup screen of a new assessment of `q` to its Results: Enter on Setup and on
/// every part's introduction, `answer(session, item index, scale maximum)` on every
/// question (it must answer it, which moves to the next), Enter on Review.
pub fn answer_from_setup_to_results(
    app: &mut Session,
    q: &ecoready::questionnaire::Questionnaire,
    answer: impl Fn(&mut Session, usize, u8),
) {
    let count = q.item_count();
    app.wait_for("New assessment");
    app.send("\r");
    let mut dimension = usize::MAX;
    for r in q.items() {
        if r.dimension_index != dimension {
            dimension = r.dimension_index;
            app.wait_for(&format!("Part {} of", dimension + 1));
            app.send("\r");
        }
        app.wait_for(&format!("Question {} of {count}", r.index + 1));
        let (_, max) = q.value_range(r.item).expect("every item has a scale");
        answer(app, r.index, max);
    }
    app.wait_for("Review");
    app.send("\r");
    app.wait_for("Results");
}
