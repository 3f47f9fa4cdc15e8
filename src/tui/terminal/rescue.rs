//! Giving the terminal back from inside a signal handler.
//!
//! A second termination signal while the wizard is already leaving ends the process at
//! once (the first one may be stuck saving). Before it does, this restores the terminal
//! with async-signal-safe calls only: `tcsetattr(3)` with the settings saved before raw
//! mode, and `write(2)` of the bytes that switch mouse reporting off, leave the
//! alternate screen and show the cursor. Nothing here allocates or takes a lock, so it is
//! safe wherever the signal interrupts the program (even inside the allocator, or while
//! crossterm holds its own lock on the saved settings).

use std::os::fd::{AsRawFd, BorrowedFd, IntoRawFd, RawFd};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use rustix::termios::{self, OptionalActions, Termios};

/// Mouse reporting off (crossterm's `DisableMouseCapture`), the alternate screen left
/// (`LeaveAlternateScreen`) and the cursor shown: what leaving normally writes.
const RESTORE_BYTES: &[u8] =
    b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h";

/// Standard output, where the wizard draws.
const STDOUT: RawFd = 1;

/// The terminal whose settings raw mode changes, and its settings before.
struct Saved {
    fd: RawFd,
    termios: Termios,
}

/// Written once, before raw mode is first entered; only read afterwards.
static SAVED: OnceLock<Saved> = OnceLock::new();

/// Whether the wizard has the terminal (raw mode, alternate screen) right now.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Remembers the terminal's settings and marks it as taken; called before raw mode is
/// entered, so a signal at any later point finds what to restore.
pub fn arm() {
    if SAVED.get().is_none()
        && let Some(saved) = current_settings()
    {
        // Only this thread sets it; a failed set means it is already there.
        let _ = SAVED.set(saved);
    }
    ACTIVE.store(true, Ordering::SeqCst);
}

/// Marks the terminal as given back (after a normal restore): a later signal leaves it
/// alone.
pub fn disarm() {
    ACTIVE.store(false, Ordering::SeqCst);
}

/// The settings of the terminal crossterm switches to raw mode: standard input when it
/// is a terminal, otherwise `/dev/tty`, which is then kept open for the rest of the run
/// so the signal handler need not open it.
fn current_settings() -> Option<Saved> {
    let stdin = std::io::stdin();
    if termios::isatty(&stdin) {
        let termios = termios::tcgetattr(&stdin).ok()?;
        return Some(Saved {
            fd: stdin.as_raw_fd(),
            termios,
        });
    }
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .ok()?;
    let termios = termios::tcgetattr(&tty).ok()?;
    Some(Saved {
        fd: tty.into_raw_fd(),
        termios,
    })
}

/// Restores the terminal if the wizard has it; async-signal-safe (see the module
/// documentation). The settings go back first, as ratatui's own restore does.
pub fn restore_from_signal() {
    if !ACTIVE.load(Ordering::SeqCst) {
        return;
    }
    if let Some(saved) = SAVED.get() {
        // SAFETY: the descriptor is standard input or the `/dev/tty` opened for the run
        // and never closed, so it is open for as long as the process lives.
        let fd = unsafe { BorrowedFd::borrow_raw(saved.fd) };
        let _ = termios::tcsetattr(fd, OptionalActions::Now, &saved.termios);
    }
    // SAFETY: standard output stays open for as long as the process lives.
    let stdout = unsafe { BorrowedFd::borrow_raw(STDOUT) };
    let mut rest = RESTORE_BYTES;
    while !rest.is_empty() {
        match rustix::io::write(stdout, rest) {
            Ok(0) => break,
            Ok(written) => rest = &rest[written..],
            Err(rustix::io::Errno::INTR) => {}
            // Nowhere left to write to (a closed terminal): nothing more to do.
            Err(_) => break,
        }
    }
}
