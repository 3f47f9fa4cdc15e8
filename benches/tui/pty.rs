//! A program in a pseudo-terminal, read through a terminal emulator, with the arrival time
//! of every chunk of output recorded as it is read (before any processing).

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// Terminal size of every measurement, the size ecoready is designed for.
pub const COLS: u16 = 80;
/// Terminal height of every measurement.
pub const ROWS: u16 = 24;

/// A running program and what it has drawn so far.
pub struct Program {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<(Instant, Vec<u8>)>,
    parser: vt100::Parser,
    /// When the program was started.
    pub started: Instant,
}

impl Program {
    /// Starts `path` with `args` and `env` in a fresh 80x24 pseudo-terminal.
    pub fn spawn(path: &Path, args: &[&OsStr], env: &[(&str, &OsStr)]) -> Program {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(path);
        command.args(args);
        command.env("TERM", "xterm-256color");
        for (key, value) in env {
            command.env(key, value);
        }
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (sender, output) = channel();
        let started = Instant::now();
        let child = pair
            .slave
            .spawn_command(command)
            .expect("start the program");
        drop(pair.slave);
        thread::spawn(move || {
            let _keep_master_open = pair.master;
            let mut buffer = [0u8; 65536];
            loop {
                let n = match reader.read(&mut buffer) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                if sender.send((Instant::now(), buffer[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        Program {
            child,
            writer,
            output,
            parser: vt100::Parser::new(ROWS, COLS, 0),
            started,
        }
    }

    /// The screen's text and attributes now.
    fn snapshot(&self) -> Vec<u8> {
        self.parser.screen().contents_formatted()
    }

    /// The screen's text now.
    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until `done` holds for the screen; returns when the chunk that made it
    /// hold arrived, or `None` after `timeout`.
    pub fn wait_until(
        &mut self,
        done: impl Fn(&Self) -> bool,
        timeout: Duration,
    ) -> Option<Instant> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.output.recv_timeout(left) {
                Ok((at, bytes)) => {
                    self.parser.process(&bytes);
                    if done(self) {
                        return Some(at);
                    }
                }
                Err(RecvTimeoutError::Timeout) => return None,
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Reads output until none has come for `quiet`.
    pub fn settle(&mut self, quiet: Duration) {
        while let Ok((_, bytes)) = self.output.recv_timeout(quiet) {
            self.parser.process(&bytes);
        }
    }

    /// Reads output until none has come for `quiet`; returns when the last chunk arrived.
    pub fn last_output_before_quiet(&mut self, quiet: Duration) -> Instant {
        let mut last = Instant::now();
        while let Ok((at, bytes)) = self.output.recv_timeout(quiet) {
            self.parser.process(&bytes);
            last = at;
        }
        last
    }

    /// Sends `keys` and returns how long until the screen changed.
    pub fn press(&mut self, keys: &[u8], timeout: Duration) -> Option<Duration> {
        self.settle(Duration::from_millis(30));
        let before = self.snapshot();
        let sent = Instant::now();
        self.writer.write_all(keys).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
        let changed = self.wait_until(|p| p.snapshot() != before, timeout)?;
        Some(changed.saturating_duration_since(sent))
    }

    /// Sends keys without timing them.
    pub fn send(&mut self, keys: &[u8]) {
        self.writer.write_all(keys).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// The peak resident memory of the running program (VmHWM), in KiB.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let pid = self.child.process_id()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// Waits for the program to exit (killing it after `timeout`); returns whether it
    /// exited by itself.
    pub fn wait_exit(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            self.settle(Duration::from_millis(5));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        false
    }
}

impl Drop for Program {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
