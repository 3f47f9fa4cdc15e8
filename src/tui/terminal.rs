//! The real terminal as an event source, and the signals that end a session.
//!
//! SIGTERM, SIGHUP (the terminal was closed) and SIGINT do not kill the wizard outright:
//! they end its event stream, and the shell then leaves the way Ctrl-C does (the draft
//! saved, the terminal restored). A second signal while that is under way exits at once,
//! restoring the terminal from the signal handler first ([`rescue`]).

#[cfg(unix)]
mod rescue;

use std::io::{self, BufWriter, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use color_eyre::eyre::{Result, WrapErr};
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::Events;
use crate::tr;

/// How often a wait for input looks for a received signal; input itself is not delayed.
const SIGNAL_CHECK_INTERVAL: Duration = Duration::from_millis(100);

/// Room for most frames of output (80x24 in colour is under 16 KB; larger ones are
/// written in a few pieces).
const OUTPUT_BUFFER: usize = 32 * 1024;

/// Test builds only (compiled out of release builds): when this variable is set, the first
/// key press panics, so a test can check that a panic inside the loop restores the terminal.
#[cfg(debug_assertions)]
pub const TEST_PANIC_VAR: &str = "ECOREADY_TEST_PANIC";

/// The real terminal: crossterm over a buffered standard output.
pub type Tty = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Prepares the terminal as `ratatui::try_init` does (raw mode, the alternate screen, and
/// a panic hook that restores both) with two differences. The viewport has the
/// terminal's size and is fixed: ratatui would otherwise ask the terminal for its size
/// before every frame (opening `/dev/tty` each time), while the size only changes with a
/// resize event, which the loop follows. And output is buffered: a frame is written in
/// one go at its end, instead of locking standard output and looking for line ends
/// once per cell drawn.
pub fn open() -> io::Result<Tty> {
    let (width, height) = terminal::size()?;
    // Mouse reporting is not part of ratatui's restore: the hook switches it off too.
    let earlier_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
        earlier_hook(info);
    }));
    // Armed before raw mode, so a second signal at any point from here restores it.
    #[cfg(unix)]
    rescue::arm();
    if let Err(e) = terminal::enable_raw_mode() {
        // Nothing was changed, so nothing is left for a signal to restore.
        #[cfg(unix)]
        rescue::disarm();
        return Err(e);
    }
    let backend = CrosstermBackend::new(BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout()));
    let opened = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
    .and_then(|mut terminal| {
        execute!(
            terminal.backend_mut(),
            EnterAlternateScreen,
            EnableMouseCapture
        )?;
        Ok(terminal)
    });
    if opened.is_err() {
        close();
    }
    opened
}

/// Gives the terminal back as it was: mouse reporting off, then raw mode and the
/// alternate screen left.
pub fn close() {
    let _ = execute!(io::stdout(), DisableMouseCapture);
    if let Err(e) = ratatui::try_restore() {
        // When the terminal itself is gone (a closed window) there is nowhere to say it.
        let _ = writeln!(
            io::stderr(),
            "{}",
            tr!("tui-error-restore-terminal", reason = e.to_string())
        );
    }
    #[cfg(unix)]
    rescue::disarm();
}

/// Remembers the first termination signal received.
#[derive(Debug, Clone)]
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    /// Catches SIGTERM, SIGHUP and SIGINT from now on.
    pub fn install() -> Result<Self> {
        let received = Arc::new(AtomicUsize::new(0));
        let leaving = Arc::new(AtomicBool::new(false));
        for &signal in TERMINATION_SIGNALS {
            let number = usize::try_from(signal).unwrap_or(usize::MAX);
            let context = tr!("tui-error-signals");
            // Registered first, so it sees the flag as the previous signal left it: only a
            // second signal finds it set and exits at once (status 1).
            register_second_signal_exit(signal, Arc::clone(&leaving)).wrap_err(context)?;
            signal_hook::flag::register(signal, Arc::clone(&leaving)).wrap_err(context)?;
            signal_hook::flag::register_usize(signal, Arc::clone(&received), number)
                .wrap_err(context)?;
        }
        Ok(Self { received })
    }

    /// The signal received, if any.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            number => i32::try_from(number).ok(),
        }
    }

    /// The exit status after leaving: 0, or 128 + the signal's number as shells report it.
    pub fn exit_status(&self) -> u8 {
        self.received()
            .and_then(|signal| u8::try_from(128 + signal).ok())
            .unwrap_or(0)
    }
}

/// Exit status when a second signal ends the wizard at once.
const SECOND_SIGNAL_STATUS: i32 = 1;

/// On `signal`, when `leaving` is already set (an earlier signal set it): restore the
/// terminal from the handler and exit at once.
#[cfg(unix)]
fn register_second_signal_exit(
    signal: i32,
    leaving: Arc<AtomicBool>,
) -> io::Result<signal_hook::SigId> {
    let action = move || {
        if leaving.load(Ordering::SeqCst) {
            rescue::restore_from_signal();
            signal_hook::low_level::exit(SECOND_SIGNAL_STATUS);
        }
    };
    // SAFETY: the action only loads an atomic, then makes async-signal-safe calls
    // (`rescue::restore_from_signal`, and `_exit` through signal-hook's `exit`).
    unsafe { signal_hook::low_level::register(signal, action) }
}

#[cfg(not(unix))]
fn register_second_signal_exit(
    signal: i32,
    leaving: Arc<AtomicBool>,
) -> io::Result<signal_hook::SigId> {
    signal_hook::flag::register_conditional_shutdown(signal, SECOND_SIGNAL_STATUS, leaving)
}

/// The signals that end a session.
#[cfg(unix)]
const TERMINATION_SIGNALS: &[i32] = &[
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
];

#[cfg(not(unix))]
const TERMINATION_SIGNALS: &[i32] = &[signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// Events from the real terminal; they end when a termination signal arrives or the
/// terminal is closed.
///
/// The wizard waits for input itself and lets crossterm read only what is there: once
/// the terminal is gone (a closed window) crossterm's reader would spin on end-of-file
/// forever, while the wizard must notice, save and leave.
pub struct TerminalEvents {
    signals: Signals,
}

impl TerminalEvents {
    /// Terminal events that end on any signal `signals` catches.
    pub fn new(signals: Signals) -> Self {
        Self { signals }
    }
}

impl Events for TerminalEvents {
    fn next(&mut self) -> Result<Option<Event>> {
        loop {
            match self.next_or_tick(Duration::MAX)? {
                Some(super::Input::Event(event)) => return Ok(Some(event)),
                Some(super::Input::Tick) => {}
                None => return Ok(None),
            }
        }
    }

    fn next_or_tick(&mut self, every: Duration) -> Result<Option<super::Input>> {
        let context = tr!("tui-error-read-terminal");
        // Every look at crossterm's input follows a wait that found the terminal there:
        // the first one does not wait (events crossterm already read, several can come in
        // one read, are returned at once), the later ones wait for input. A key press
        // thus costs one wait, one look and one read.
        let mut wait = Duration::ZERO;
        let started = std::time::Instant::now();
        loop {
            if self.signals.received().is_some() || input::wait(wait)? == Input::Gone {
                return Ok(None);
            }
            // A zero timeout also picks up resizes, which crossterm learns by a signal.
            if event::poll(Duration::ZERO).wrap_err(context)? {
                let event = event::read().wrap_err(context)?;
                #[cfg(debug_assertions)]
                if matches!(event, Event::Key(_)) && std::env::var_os(TEST_PANIC_VAR).is_some() {
                    panic!("{TEST_PANIC_VAR} is set: a key press panics, as a test asked");
                }
                return Ok(Some(super::Input::Event(event)));
            }
            if started.elapsed() >= every {
                return Ok(Some(super::Input::Tick));
            }
            wait = SIGNAL_CHECK_INTERVAL;
        }
    }
}

/// What waiting for terminal input found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input {
    /// Input is there, or the wait ended without any.
    Maybe,
    /// The terminal was closed.
    Gone,
}

#[cfg(unix)]
mod input {
    use std::time::Duration;

    use color_eyre::eyre::{Result, WrapErr};
    use rustix::event::{PollFd, PollFlags, Timespec, poll};

    use super::Input;
    use crate::tr;

    /// Waits up to `timeout` for input on standard input, the terminal crossterm reads.
    pub fn wait(timeout: Duration) -> Result<Input> {
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout = Timespec {
            tv_sec: i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX),
            tv_nsec: i64::from(timeout.subsec_nanos()),
        };
        match poll(&mut fds, Some(&timeout)) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e).wrap_err_with(|| tr!("tui-error-wait-terminal")),
        }
        let gone = fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL);
        Ok(if gone { Input::Gone } else { Input::Maybe })
    }
}

#[cfg(not(unix))]
mod input {
    use std::time::Duration;

    use color_eyre::eyre::{Result, WrapErr};
    use ratatui::crossterm::event;

    use super::Input;
    use crate::tr;

    /// Waits up to `timeout` for an event (a closed console ends the process there).
    pub fn wait(timeout: Duration) -> Result<Input> {
        event::poll(timeout).wrap_err_with(|| tr!("tui-error-read-terminal"))?;
        Ok(Input::Maybe)
    }
}
