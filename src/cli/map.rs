//! `map`: an organization's ecosystem map, by layer, with what it shows.

use std::io::{self, Write};

use color_eyre::eyre::{Report, Result, WrapErr};

use crate::ecomap::{self, report, text};
use crate::error::InvalidInput;
use crate::store::Store;
use crate::text::sanitize;

/// `ecoready map --org NAME [--json]`: the latest map of the organization (matched
/// ignoring case) with its insights and the changes since the map of an earlier day.
/// No map is [`InvalidInput`].
pub fn map(store: &Store, org: &str, json: bool) -> Result<u8> {
    let (history, problems) = store.map_versions(org);
    for problem in &problems {
        let _ = writeln!(
            io::stderr().lock(),
            "warning: skipped {}: {}",
            problem.path.display(),
            sanitize(&problem.message, false)
        );
    }
    let Some((latest, insights)) = ecomap::latest_insights(&history) else {
        return Err(Report::new(InvalidInput(format!(
            "no ecosystem map of \"{}\" yet; draw one in the wizard (`ecoready`, then \
             Ecosystem maps)",
            sanitize(org.trim(), false)
        ))));
    };
    let output = if json {
        let mut text = serde_json::to_string_pretty(&report::json_document(latest, &insights))
            .wrap_err("could not turn the map into JSON")?;
        text.push('\n');
        text
    } else {
        text::text_report(latest, &insights, history.len())
    };
    let mut out = io::stdout().lock();
    match out.write_all(output.as_bytes()).and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(e).wrap_err("could not write to standard output")
        }
        _ => Ok(0),
    }
}
