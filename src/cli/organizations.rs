//! `org rename`, `org merge`, `trash` and `restore`: the store does the work
//! ([`Store::rename_organization`], [`Store::merge_organizations`], [`Store::restore`]);
//! this prints what it did, as text or one JSON document.

use std::io::{self, IsTerminal};

use clap::Subcommand;
use color_eyre::eyre::Result;

use super::history::{ask, confirmed};
use super::output::{print, print_json, warn_line, warn_skipped};
use crate::documents::{OrganizationChangeDocument, RestoreDocument, TrashDocument};
use crate::error::InvalidInput;
use crate::report::text;
use crate::store::Store;
use crate::text::sanitize;
use crate::tr;

/// `ecoready org ...`.
#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    Rename {
        old: String,
        new: String,
        #[arg(long)]
        json: bool,
    },
    Merge {
        // A is merged into B.
        a: String,
        b: String,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
}

/// Runs an `org` command.
pub fn org(store: &Store, command: &OrgCommand) -> Result<u8> {
    match command {
        OrgCommand::Rename { old, new, json } => {
            let renamed = store.rename_organization(old, new)?;
            let document = OrganizationChangeDocument::new(
                false,
                old,
                &renamed.to,
                renamed.assessments,
                renamed.maps,
            );
            finish(&document, *json)
        }
        OrgCommand::Merge { a, b, yes, json } => {
            if !yes && !agreed_to_merge(a, b)? {
                warn_line(tr!("cli-merge-nothing-merged"));
                return Ok(0);
            }
            let merged = store.merge_organizations(a, b)?;
            let document = OrganizationChangeDocument::new(
                true,
                a,
                &merged.to,
                merged.assessments,
                merged.maps,
            );
            finish(&document, *json)
        }
    }
}

fn finish(document: &OrganizationChangeDocument, json: bool) -> Result<u8> {
    if json {
        return print_json(document);
    }
    print(&text::organization_change(document))
}

/// A merge cannot be undone by another merge (the two firms' files are one from then
/// on): it is asked for on a terminal, and needs `--yes` elsewhere.
fn agreed_to_merge(a: &str, b: &str) -> Result<bool> {
    if !io::stdin().is_terminal() {
        return Err(InvalidInput(sanitize(
            &tr!("cli-merge-needs-yes", a = a.trim(), b = b.trim()),
            false,
        ))
        .into());
    }
    let question = tr!("cli-merge-confirm", a = a.trim(), b = b.trim());
    Ok(confirmed(&ask(&format!(
        "{} ",
        sanitize(&question, false)
    ))?))
}

/// `ecoready trash [--json]`.
pub fn trash(store: &Store, json: bool) -> Result<u8> {
    let listing = store.trashed()?;
    warn_skipped(&listing.problems);
    let document = TrashDocument::new(
        listing
            .trashed
            .iter()
            .map(|t| (t.trash_id.as_str(), &t.assessment)),
    );
    if json {
        return print_json(&document);
    }
    print(&text::trash(&document))
}

/// `ecoready restore TRASH-ID [--json]`.
pub fn restore(store: &Store, wanted: &str, json: bool) -> Result<u8> {
    let id = store.restore(wanted)?;
    if json {
        return print_json(&RestoreDocument::new(&id));
    }
    print(&format!("{}\n", tr!("cli-restored", id = &id)))
}
