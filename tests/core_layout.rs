//! The domain core's folders hold what their names say, read from the source text:
//! every renderer (anything writing HTML, SVG or a Markdown table) is under `report/`,
//! every escaping and wrapping of text is in `text/`, and the JSON documents in
//! `documents/` hold times as timestamps, not as strings made from them. A file's unit
//! tests (from `#[cfg(test)]` on) are not read: they may quote markup.

use std::fs;
use std::path::{Path, PathBuf};

fn core_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/core/src")
}

/// Every `.rs` file below the core's `src/`, as (path relative to it, code before its
/// unit tests).
fn core_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = core_src();
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let relative = path.strip_prefix(&src).unwrap().to_string_lossy();
            (relative.replace('\\', "/"), code.to_string())
        })
        .collect()
}

/// The files outside `folder` whose code contains any of `needles`, with the needle.
fn outside(folder: &str, needles: &[&str]) -> Vec<String> {
    core_files()
        .into_iter()
        .filter(|(path, _)| !path.starts_with(folder))
        .flat_map(|(path, code)| {
            needles
                .iter()
                .filter(|needle| code.contains(*needle))
                .map(|needle| format!("{path}: {needle}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_renderer_is_under_report() {
    // Markup only a renderer writes: an HTML section or table, an SVG drawing, the
    // separator line of a Markdown table.
    let found = outside("report/", &["<section", "<table", "<svg", "|---"]);
    assert!(
        found.is_empty(),
        "markup outside report/:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_escaping_and_wrapping_is_in_text() {
    // `&amp;` is written only by an escaping function; a function named for escaping or
    // wrapping belongs with the others.
    let found = outside(
        "text/",
        &["\"&amp;\"", "fn escape", "fn wrap", "fn escape_raw"],
    );
    assert!(
        found.is_empty(),
        "escaping or wrapping outside text/:\n{}",
        found.join("\n")
    );
}

#[test]
fn documents_hold_times_as_timestamps() {
    // A time field of a document is a `Timestamp`, serialised as RFC 3339 by one
    // function, never a `String` made from one.
    let time_fields: Vec<(String, String)> = core_files()
        .into_iter()
        .filter(|(path, _)| path.starts_with("documents/"))
        .flat_map(|(path, code)| {
            code.lines()
                .map(str::trim)
                .filter(|line| {
                    line.starts_with("pub date:")
                        || (line.starts_with("pub ") && line.contains("_at:"))
                })
                .map(|line| (path.clone(), line.to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    // list/show (started, updated, completed, answered), compare, round, trend, map.
    assert!(time_fields.len() >= 8, "{time_fields:?}");
    let as_strings: Vec<String> = time_fields
        .iter()
        .filter(|(_, line)| !line.contains("Timestamp"))
        .map(|(path, line)| format!("{path}: {line}"))
        .collect();
    assert!(
        as_strings.is_empty(),
        "time fields not held as timestamps:\n{}",
        as_strings.join("\n")
    );
}
