//! Writing a report from the screens: the HTML page of a subject, into the data
//! directory's `reports/` folder.

use std::path::PathBuf;

use color_eyre::eyre::Result;

use crate::export::{Subject, render};
use crate::report::{DateStyle, Format, Options};
use crate::store::Store;

/// Writes the HTML report of `subject` into the data directory (dates as the environment
/// asks for them) and returns where it went.
pub fn write_report(store: &Store, subject: &Subject) -> Result<PathBuf> {
    let options = Options {
        dates: DateStyle::from_environment(|name| std::env::var(name).ok()),
        ..Default::default()
    };
    let rendered = render(store, subject, Format::Html, &options)?;
    store.write_report(&rendered.file_name, &rendered.text)
}
