//! `ecoready plan`: an organization's improvement plan, printed (text or JSON) or changed
//! (a priority added, replaced or removed; a priority of the previous plan reviewed).

use clap::Args;
use color_eyre::eyre::Result;

use super::output::{print, print_json, warn_line};
use crate::app::plan::{self, Change};
use crate::documents::PlanDocument;
use crate::error::InvalidInput;
use crate::plan::Status;
use crate::report::text;
use crate::store::Store;
use crate::text::sanitize;
use crate::tr;

/// Flags of `ecoready plan`.
#[derive(Debug, Args, Clone)]
pub struct PlanArgs {
    #[arg(long, value_name = "NAME", required = true)]
    pub org: String,
    #[arg(long, value_name = "FACET", conflicts_with_all = ["remove", "review"])]
    pub add: Option<String>,
    #[arg(long, requires = "add")]
    pub replace: bool,
    #[arg(long, value_name = "NAME", requires = "add")]
    pub owner: Option<String>,
    #[arg(long, value_name = "DATE", requires = "add", value_parser = parse_date)]
    pub due: Option<chrono::NaiveDate>,
    #[arg(long, value_name = "FACET", conflicts_with_all = ["add", "review"])]
    pub remove: Option<String>,
    #[arg(long, value_name = "FACET", requires = "status", conflicts_with_all = ["add", "remove"])]
    pub review: Option<String>,
    #[arg(long, value_name = "STATUS", requires = "review", value_parser = parse_status)]
    pub status: Option<Status>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// The wizard's Plan form reads the due date the same way.
fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    plan::parse_due(text)?.ok_or_else(|| tr!("cli-plan-due-needs-date").to_string())
}

fn parse_status(text: &str) -> Result<Status, String> {
    Status::parse(text).ok_or_else(|| tr!("cli-plan-bad-status", text = text))
}

/// `ecoready plan --org NAME [...]`.
pub fn plan(store: &Store, args: &PlanArgs) -> Result<u8> {
    let note = args.note.clone().unwrap_or_default();
    let change = if let Some(facet) = &args.add {
        Some(Change::Add {
            facet: facet.trim().to_string(),
            owner: args.owner.clone().unwrap_or_default(),
            due: args.due,
            note,
            replace: args.replace,
        })
    } else if let Some(facet) = &args.remove {
        Some(Change::Remove(facet.trim().to_string()))
    } else if let Some(facet) = &args.review {
        let status = args
            .status
            .ok_or_else(|| InvalidInput(tr!("cli-plan-review-needs-status").to_string()))?;
        Some(Change::Review {
            facet: facet.trim().to_string(),
            status,
            note,
        })
    } else {
        None
    };
    if let Some(change) = change {
        let id = plan::change(store, &args.org, &change)?;
        warn_line(&sanitize(&tr!("cli-plan-saved", id = &id), false));
    }
    let view = plan::view(store, &args.org)?;
    let document = PlanDocument::new(&view.organization, &view.history, &view.candidates);
    if args.json {
        return print_json(&document);
    }
    print(&text::plan(&document))
}
