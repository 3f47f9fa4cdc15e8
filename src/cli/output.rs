//! Writing command output: results on standard output, warnings on standard error.

use std::io::{self, Write};

use color_eyre::eyre::{Result, WrapErr};
use serde::Serialize;

use crate::store::Problem;
use crate::text::sanitize;
use crate::tr;

/// Writes text to standard output; a closed pipe (`| head`) is not an error.
pub fn print(text: &str) -> Result<u8> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(e).wrap_err_with(|| tr!("cli-stdout-failed"))
        }
        _ => Ok(0),
    }
}

/// Writes one JSON document, pretty-printed, to standard output: the one writer of every
/// `--json` command (control and invisible formatting characters escaped, see
/// [`crate::report::json::document`]).
pub fn print_json(document: &impl Serialize) -> Result<u8> {
    let text = crate::report::json::document(document).wrap_err_with(|| tr!("cli-json-failed"))?;
    print(&text)
}

/// Like [`print_json`], writing the document to standard output as it is made (for a
/// document of tens of thousands of entries, which is then never held whole).
pub fn stream_json(document: &impl Serialize) -> Result<u8> {
    let mut out = io::BufWriter::with_capacity(256 * 1024, io::stdout().lock());
    match crate::report::json::write_document(document, &mut out) {
        Err(e) if e.io_error_kind() == Some(io::ErrorKind::BrokenPipe) => Ok(0),
        Err(e) if e.is_io() => Err(e).wrap_err_with(|| tr!("cli-stdout-failed")),
        Err(e) => Err(e).wrap_err_with(|| tr!("cli-json-failed")),
        Ok(()) => Ok(0),
    }
}

/// Reports skipped files on standard error, never failing the command.
pub fn warn_skipped(problems: &[Problem]) {
    for problem in problems {
        let path = problem.path.display().to_string();
        for line in problem.message.lines() {
            if line.starts_with(&path) {
                warn(&tr!("cli-skipped", problem = line));
            } else {
                warn(&tr!("cli-skipped-file", path = &path, problem = line));
            }
        }
    }
}

/// `warning: <message>` on standard error, sanitised.
pub fn warn(message: &str) {
    warn_line(&tr!("cli-warning", message = message));
}

/// One line on standard error, sanitised (it may name files and quote them); if stderr
/// itself is gone there is nowhere left to report.
pub fn warn_line(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", sanitize(line, false));
}
