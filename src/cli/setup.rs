//! `ecoready paths` and `ecoready init --shared`: where the shared data directory and this
//! machine's state for it are, and the files that let a team share the data directory.

use std::path::Path;

use color_eyre::eyre::Result;

use super::output::{print, print_json};
use crate::documents::{PathsDocument, SharedFileSummary, SharedSetupDocument};
use crate::report::text;
use crate::store::config::config_path;
use crate::store::{SharedFileChange, Store, write_shared_files};

/// The paths of `store`, for both commands.
fn paths_of(store: &Store) -> PathsDocument {
    let show = |path: &Path| path.display().to_string();
    let mut document = PathsDocument::new(
        show(store.root()),
        show(&store.state_dirs().cache),
        show(&store.state_dirs().locks),
    );
    document.config_file = config_path().as_deref().map(show);
    document
}

/// `ecoready paths`.
pub fn paths(store: &Store, json: bool) -> Result<u8> {
    let document = paths_of(store);
    if json {
        return print_json(&document);
    }
    print(&text::paths(&document))
}

/// `ecoready init --shared DIR`: opens (creating) the data directory at `dir` and writes
/// or completes its `.gitignore`, `.gitattributes` and `.stignore`.
pub fn init_shared(dir: &Path, json: bool) -> Result<u8> {
    let store = Store::open(dir)?;
    let files = write_shared_files(store.root())?
        .into_iter()
        .map(|file| {
            let (change, added) = match file.change {
                SharedFileChange::Created => ("created", Vec::new()),
                SharedFileChange::Unchanged => ("unchanged", Vec::new()),
                SharedFileChange::LinesAdded(lines) => ("lines_added", lines),
            };
            SharedFileSummary {
                path: file.path.display().to_string(),
                change,
                added,
            }
        })
        .collect();
    let document = SharedSetupDocument {
        schema_version: crate::documents::JSON_SCHEMA_VERSION,
        paths: paths_of(&store),
        files,
    };
    if json {
        return print_json(&document);
    }
    print(&text::shared_setup(&document))
}
