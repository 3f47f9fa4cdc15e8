//! `compare`, `trend`, `round` and `remove`: load through the store, compute with the pure
//! core ([`crate::compare`], [`crate::trend`], [`crate::agreement`]), print text or one
//! JSON document.

use std::collections::BTreeSet;
use std::io::{self, BufRead, IsTerminal, Write};

use color_eyre::eyre::{Result, WrapErr, eyre};

use super::output::{print, print_json, warn_line, warn_skipped};
use crate::assessment::Assessment;
use crate::documents::{CompareDocument, RoundDocument, TrendDocument};
use crate::error::InvalidInput;
use crate::questionnaire::Questionnaire;
use crate::report::text;
use crate::store::{Store, Summaries};
use crate::text::same_name;
use crate::text::sanitize;
use crate::tr;

/// `ecoready compare A B`: the earlier of the two is "before", whatever the order given.
/// Refuses two organizations or the same assessment twice unless `force`; warns (on
/// standard error, and in the document) of a draft or a forced comparison.
pub fn compare(store: &Store, a: &str, b: &str, force: bool, json: bool) -> Result<u8> {
    let (a, qa) = store.assessment_with_questionnaire(a)?;
    let (b, qb) = store.assessment_with_questionnaire(b)?;
    crate::app::export::check_comparable(&a, &b, force)?;
    let comparison = crate::app::noise::compared(store, (&a, &qa), (&b, &qb))?;
    for warning in &comparison.shown_warnings {
        warn_line(&sanitize(
            &tr!("cli-warning", message = warning.as_str()),
            false,
        ));
    }
    let document = CompareDocument::new(&comparison);
    if json {
        return print_json(&document);
    }
    print(&text::compare(&document))
}

/// `ecoready trend --org NAME`.
pub fn trend(store: &Store, org: &str, json: bool) -> Result<u8> {
    // One reading of the index serves both the firm's files and its peers.
    let listing = store.summaries().readable()?;
    let assessments = organization_assessments(store, &listing, org)?;
    let trend = crate::app::noise::trended(store, org, &assessments)?;
    let document = TrendDocument::new(&trend);
    let peers = crate::app::peers::trend_standing(store, &listing, &assessments, &document);
    warn_skipped(&peers.problems);
    let document = document.with_peers(peers.standing);
    if json {
        return print_json(&document);
    }
    if document.points.is_empty() {
        let org = sanitize(org.trim(), false);
        return print(&format!("{}\n", tr!("cli-trend-none-complete", org = org)));
    }
    print(&text::trend(&document))
}

/// `ecoready round --org NAME [--round LABEL]`: without a label, the organization's most
/// recent round.
pub fn round(store: &Store, org: &str, round: Option<&str>, json: bool) -> Result<u8> {
    let listing = store.summaries().readable()?;
    let assessments = organization_assessments(store, &listing, org)?;
    let view = crate::app::round::round_of(org, round, &assessments)?;
    let document = RoundDocument::new(&view);
    if json {
        return print_json(&document);
    }
    print(&text::round(&document))
}

/// `ecoready remove ID`: asks first (unless `yes`), then moves the file to the trash.
pub fn remove(store: &Store, id: &str, yes: bool) -> Result<u8> {
    let id = store.resolve(id)?;
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(InvalidInput(tr!("cli-remove-needs-yes", id = &id)).into());
        }
        let question = match store.load(&id) {
            Ok(a) => tr!(
                "cli-remove-confirm",
                id = &id,
                org = a.organization.name.trim(),
                date = a.recorded_at().format("%Y-%m-%d").to_string()
            ),
            Err(_) => tr!("cli-remove-confirm-unreadable", id = &id),
        };
        if !confirmed(&ask(&format!("{} ", sanitize(&question, false)))?) {
            warn_line(tr!("cli-remove-nothing-moved"));
            return Ok(0);
        }
    }
    let path = store.trash(&id)?;
    let path = sanitize(&path.display().to_string(), false);
    print(&format!("{}\n", tr!("cli-removed", id = &id, path = path)))
}

/// Whether an answer to a `[y/N]` question is yes: `y` or `yes`, or one of the words
/// the language's catalogue lists for yes (`j`, `ja`; `s`, `sí`).
pub(super) fn confirmed(answer: &str) -> bool {
    crate::plain::is_yes(answer)
}

/// Writes `question` on standard error and reads one line from standard input.
pub(super) fn ask(question: &str) -> Result<String> {
    let mut err = io::stderr().lock();
    write!(err, "{question}")
        .and_then(|()| err.flush())
        .wrap_err_with(|| tr!("cli-stderr-failed"))?;
    let mut answer = String::new();
    io::stdin()
        .lock()
        .read_line(&mut answer)
        .wrap_err_with(|| tr!("cli-stdin-failed"))?;
    Ok(answer)
}

/// Every assessment of `org` among `listing` with its questionnaire; an organization
/// without any is [`InvalidInput`] naming the organizations there are.
fn organization_assessments(
    store: &Store,
    listing: &Summaries,
    org: &str,
) -> Result<Vec<(Assessment, Questionnaire)>> {
    let found = store.organization_assessments_in(listing, org);
    warn_skipped(&found.problems);
    if !found.assessments.is_empty() {
        return Ok(found.assessments);
    }
    // The names the index has (reading every file for them took seconds).
    let names: BTreeSet<String> = listing
        .summaries
        .iter()
        .map(|s| s.assessment.organization.name.trim().to_string())
        .filter(|name| !name.is_empty())
        .collect();
    if names.iter().any(|name| same_name(name, org)) {
        let message = tr!("cli-org-none-loadable", org = org.trim());
        return Err(eyre!("{}", sanitize(&message, false)));
    }
    let message = if names.is_empty() {
        tr!("cli-org-unknown-none-yet", org = org.trim())
    } else {
        let names: Vec<String> = names.into_iter().map(|n| format!("\"{n}\"")).collect();
        tr!(
            "cli-org-unknown",
            org = org.trim(),
            organizations = names.join(", ")
        )
    };
    Err(InvalidInput(sanitize(&message, false)).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_yes_confirms() {
        assert!(confirmed("y\n"));
        assert!(confirmed(" YES \n"));
        assert!(!confirmed("\n"));
        assert!(!confirmed("n\n"));
        assert!(!confirmed("yep\n"));
    }
}
