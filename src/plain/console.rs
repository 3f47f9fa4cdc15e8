//! Numbered lines in, text out: the one place the plain wizard reads and writes.
//!
//! Interactive, a mistake is explained and the question asked again. Piped, there is no
//! one to ask, so a mistake ends the run with `line N: ...` and exit status 2; the input
//! lines are echoed after their prompts so the output reads like a session transcript.

use std::io::{BufRead, Read, Write};

use color_eyre::eyre::{Result, WrapErr};

use crate::error::InvalidInput;
use crate::text::sanitize;
use crate::tr;

/// Longest input line accepted; a longer one is refused (and skipped) as a whole.
const MAX_LINE_BYTES: usize = 64 * 1024;

/// Input and output of one plain session.
pub struct Console<R, W> {
    input: R,
    output: W,
    /// Number of the last line read, from 1.
    line: usize,
    interactive: bool,
    /// Said after a piped mistake: where the work so far is kept.
    saved_note: Option<String>,
}

impl<R: BufRead, W: Write> Console<R, W> {
    /// A console over `input` and `output`; `interactive` when a person types the input.
    pub fn new(input: R, output: W, interactive: bool) -> Self {
        Self {
            input,
            output,
            line: 0,
            interactive,
            saved_note: None,
        }
    }

    /// Whether a person types the input (otherwise it is piped in).
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Number of the last line read (0 before any).
    pub fn line(&self) -> usize {
        self.line
    }

    /// From now on, a piped mistake also says this (where the draft is kept).
    pub fn note_saved_work(&mut self, note: String) {
        self.saved_note = Some(note);
    }

    /// Writes text and a line break, sanitised here once for everything the plain wizard
    /// says (questions, answers read back, messages naming files).
    pub fn say(&mut self, text: &str) -> Result<()> {
        writeln!(self.output, "{}", sanitize(text, true)).wrap_err_with(|| tr!("cli-stdout-failed"))
    }

    /// Writes each line.
    pub fn say_lines(&mut self, lines: &[String]) -> Result<()> {
        lines.iter().try_for_each(|line| self.say(line))
    }

    /// Writes the prompt and reads one line; `None` when the input has ended.
    pub fn ask(&mut self, prompt: &str) -> Result<Option<String>> {
        loop {
            write!(self.output, "{} ", sanitize(prompt, false))
                .and_then(|()| self.output.flush())
                .wrap_err_with(|| tr!("cli-stdout-failed"))?;
            match self.read_line()? {
                Input::Line(text) => {
                    if !self.interactive {
                        self.say(&sanitize(&text, false))?;
                    }
                    return Ok(Some(text));
                }
                Input::End => {
                    if !self.interactive {
                        self.say("")?;
                    }
                    return Ok(None);
                }
                Input::Unreadable(problem) => self.reject(&problem)?,
            }
        }
    }

    /// A mistake in the last line read: interactive, explained (ask again); piped, the
    /// end of the run as [`InvalidInput`] naming the line.
    pub fn reject(&mut self, problem: &str) -> Result<()> {
        if self.interactive {
            return self.say(&sanitize(problem, false));
        }
        let mut message = tr!(
            "plain-line-mistake",
            line = self.line.to_string(),
            problem = sanitize(problem, false)
        );
        if let Some(note) = &self.saved_note {
            message.push('\n');
            message.push_str(note);
        }
        Err(InvalidInput(message).into())
    }

    fn read_line(&mut self) -> Result<Input> {
        let mut bytes = Vec::new();
        let read = (&mut self.input)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', &mut bytes)
            .wrap_err_with(|| tr!("plain-stdin-failed"))?;
        if read == 0 {
            return Ok(Input::End);
        }
        self.line += 1;
        if bytes.len() > MAX_LINE_BYTES && !bytes.ends_with(b"\n") {
            self.skip_rest_of_line()?;
            return Ok(Input::Unreadable(tr!(
                "plain-line-too-long",
                max = MAX_LINE_BYTES.to_string()
            )));
        }
        while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            bytes.pop();
        }
        Ok(match String::from_utf8(bytes) {
            Ok(text) => Input::Line(text),
            Err(_) => Input::Unreadable(tr!("plain-line-not-utf8").into()),
        })
    }

    fn skip_rest_of_line(&mut self) -> Result<()> {
        let mut discard = Vec::new();
        loop {
            discard.clear();
            let read = (&mut self.input)
                .take(MAX_LINE_BYTES as u64)
                .read_until(b'\n', &mut discard)
                .wrap_err_with(|| tr!("plain-stdin-failed"))?;
            if read == 0 || discard.ends_with(b"\n") {
                return Ok(());
            }
        }
    }
}

/// What reading a line gave.
enum Input {
    Line(String),
    End,
    Unreadable(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::exit_code;

    #[test]
    fn piped_lines_are_numbered_echoed_and_a_mistake_names_its_line() {
        let mut out = Vec::new();
        let mut console = Console::new("5\r\nbad\n".as_bytes(), &mut out, false);
        assert_eq!(console.ask("Answer:").unwrap().as_deref(), Some("5"));
        assert_eq!(console.ask("Answer:").unwrap().as_deref(), Some("bad"));
        console.note_saved_work("The draft is saved.".into());
        let report = console.reject("\"bad\" is not a command").unwrap_err();
        assert_eq!(exit_code(&report), 2);
        assert_eq!(
            report.to_string(),
            "line 2: \"bad\" is not a command\nThe draft is saved."
        );
        assert_eq!(console.ask("Answer:").unwrap(), None);
        drop(console);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Answer: 5\nAnswer: bad\nAnswer: \n"
        );
    }

    #[test]
    fn interactive_mistakes_are_explained_and_asked_again() {
        let mut out = Vec::new();
        let mut console = Console::new(b"\xff\xfe\nok\n".as_slice(), &mut out, true);
        assert_eq!(console.ask("Name:").unwrap().as_deref(), Some("ok"));
        assert_eq!(console.line(), 2);
        drop(console);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Name: the line is not valid UTF-8 text\nName: "
        );
    }

    #[test]
    fn an_overlong_line_is_refused_whole_and_reading_goes_on() {
        let mut input = vec![b'x'; MAX_LINE_BYTES + 10];
        input.extend_from_slice(b"\nnext\n");
        let mut out = Vec::new();
        let mut console = Console::new(input.as_slice(), &mut out, true);
        assert_eq!(console.ask(">").unwrap().as_deref(), Some("next"));
        assert_eq!(console.line(), 2);
    }
}
