//! The plain wizard: the same assessment as the full-screen wizard, as line-by-line
//! prompts on standard input and output, for screen readers, dumb terminals and scripts.
//!
//! The wizard runs over any `BufRead` and `Write`, so tests drive it with in-memory
//! buffers. Interactive (a person types), a mistake is explained and asked again; piped
//! (a script), a mistake ends the run with `line N: ...` and exit status 2. Either way
//! the draft is saved after every change, so nothing typed is lost.

mod command;
mod console;
mod language;
mod plan;
mod render;
mod setup;
mod underneath;
mod wizard;

use std::io::{self, BufRead, IsTerminal, Write};

use color_eyre::eyre::Result;

use crate::app::{DraftLocks, Start};
use crate::error::InvalidInput;
use crate::store::Store;

use console::Console;

/// Whether to use plain prompts: asked for, or the terminal cannot show the full screen.
/// Only the wizard commands (`new`, `resume`, none) ask.
pub fn wanted(asked: bool) -> bool {
    choose(
        asked,
        std::env::var("TERM").ok().as_deref(),
        io::stdin().is_terminal(),
        io::stdout().is_terminal(),
    )
}

/// The decision behind [`wanted`], from its inputs: `--plain`, the `TERM` variable, and
/// whether standard input and output are terminals.
pub fn choose(asked: bool, term: Option<&str>, stdin_tty: bool, stdout_tty: bool) -> bool {
    asked || term == Some("dumb") || !stdin_tty || !stdout_tty
}

/// Runs the plain wizard on standard input and output; it is interactive when standard
/// input is a terminal.
pub fn run(store: &Store, start: Start) -> Result<u8> {
    let interactive = io::stdin().is_terminal();
    run_with(
        io::stdin().lock(),
        io::stdout().lock(),
        store,
        start,
        interactive,
    )
}

/// Runs the plain wizard over `input` and `output`; `interactive` when a person types
/// the input. Returns the exit status; piped mistakes are [`InvalidInput`] errors.
pub fn run_with(
    input: impl BufRead,
    output: impl Write,
    store: &Store,
    start: Start,
    interactive: bool,
) -> Result<u8> {
    if !interactive && matches!(start, Start::Home) {
        return Err(InvalidInput(
            "with piped input, say what to do: `ecoready new --plain < answers.txt` or \
             `ecoready resume --plain < answers.txt`"
                .into(),
        )
        .into());
    }
    let mut console = Console::new(input, output, interactive);
    // The lock is held until the walk ends, however it ends.
    let mut locks = DraftLocks::enabled();
    match setup::begin(&mut console, store, start, &mut locks)? {
        Some(opened) => {
            match plan::offer_review(&mut console, store, &mut locks, opened) {
                Ok(opened) => wizard::walk(&mut console, store, &mut locks, opened),
                // The draft changed on disk and the user left it (their version kept).
                Err(e) if underneath::left(&e) => Ok(0),
                Err(e) => Err(e),
            }
        }
        None => Ok(0),
    }
}

#[cfg(test)]
mod tests {
    use super::choose;

    #[test]
    fn plain_when_asked_on_a_dumb_terminal_or_without_a_terminal() {
        // (asked, TERM, stdin is a tty, stdout is a tty) -> plain
        let cases = [
            (false, Some("xterm-256color"), true, true, false),
            (false, None, true, true, false),
            (true, Some("xterm-256color"), true, true, true),
            (false, Some("dumb"), true, true, true),
            (false, Some("xterm"), false, true, true),
            (false, Some("xterm"), true, false, true),
        ];
        for (asked, term, stdin_tty, stdout_tty, plain) in cases {
            assert_eq!(
                choose(asked, term, stdin_tty, stdout_tty),
                plain,
                "{asked} {term:?} {stdin_tty} {stdout_tty}"
            );
        }
    }
}
