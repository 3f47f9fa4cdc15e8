use std::collections::BTreeSet;

use super::*;
use crate::i18n::{Catalog, Lang, message_ids, with_lang};

/// The ids of the messages the help pages use besides those of commands and arguments.
const PAGE_IDS: [&str; 13] = [
    "help-heading-usage",
    "help-heading-commands",
    "help-heading-arguments",
    "help-heading-options",
    "help-flag-help-more",
    "help-flag-help-summary",
    "help-flag-help",
    "help-flag-version",
    "help-help-about",
    "help-possible-values",
    "help-possible-values-heading",
    "help-default",
    "help-env",
];

/// Every id the help pages of `command` (as defined, not built) look up, once per
/// command, argument and value with a meaning.
fn ids_of(command: &Command, path: &[String], out: &mut Vec<String>) {
    out.push(about_id(path));
    for arg in command.get_arguments() {
        let id = arg_id(path, arg);
        for (value, meaning) in values(arg, &id) {
            if meaning.is_some() {
                out.push(value_id(&id, value.get_name()));
            }
        }
        out.push(id);
    }
    for sub in command.get_subcommands() {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name().to_owned());
        ids_of(sub, &sub_path, out);
    }
}

fn all_ids() -> Vec<String> {
    let mut ids = Vec::new();
    ids_of(&Cli::command(), &[], &mut ids);
    ids
}

/// What in a built command has no text: `ecoready list --org`, `ecoready norms`.
fn blanks(command: &Command, name: &str, out: &mut Vec<String>) {
    let blank = |text: Option<&clap::builder::StyledStr>| {
        text.is_none_or(|text| text.to_string().trim().is_empty())
    };
    if blank(command.get_about()) {
        out.push(name.to_owned());
    }
    for arg in command.get_arguments().filter(|arg| !arg.is_hide_set()) {
        if blank(arg.get_help()) {
            out.push(format!("{name} {}", arg.get_id()));
        }
    }
    for sub in command.get_subcommands() {
        blanks(sub, &format!("{name} {}", sub.get_name()), out);
    }
}

#[test]
fn every_command_and_argument_has_a_help_text_in_every_language() {
    let ids = all_ids();
    assert!(ids.len() > 100, "only {} ids", ids.len());
    for lang in [Lang::En, Lang::De, Lang::Es] {
        let catalog = Catalog::get(lang);
        for id in ids.iter().map(String::as_str).chain(PAGE_IDS) {
            assert!(catalog.has(id), "{lang:?} has no {id}");
            let shown = with_lang(lang, || text(id));
            assert!(!shown.trim().is_empty(), "{lang:?}: {id} is blank");
        }
        // Built, with what clap adds (--help, --version, the command `help`).
        let mut missing = Vec::new();
        blanks(&with_lang(lang, command), "ecoready", &mut missing);
        assert!(missing.is_empty(), "{lang:?}: no help text for {missing:?}");
    }
}

#[test]
fn each_command_argument_and_value_has_its_own_id() {
    let ids = all_ids();
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "an id is made twice: {ids:?}");
    assert!(ids.contains(&String::from("help-about")));
    assert!(ids.contains(&String::from("help-list-org")));
    assert!(ids.contains(&String::from("help-global-data-dir")));
    assert!(ids.contains(&String::from("help-org-rename-about")));
    assert!(ids.contains(&String::from("help-export-format-md")));
}

#[test]
fn the_catalogue_has_no_help_text_for_what_does_not_exist() {
    let used: BTreeSet<String> = all_ids()
        .into_iter()
        .chain(PAGE_IDS.map(String::from))
        .collect();
    let stale: Vec<String> = message_ids(Lang::En)
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| id.starts_with("help-") && !id.starts_with("help-shared-"))
        .filter(|id| !used.contains(id))
        .collect();
    assert!(stale.is_empty(), "help texts of nothing: {stale:?}");
}

#[test]
fn english_pages_read_as_clap_writes_them() {
    let mut command = with_lang(Lang::En, command);
    let Some(export) = command.find_subcommand_mut("export") else {
        panic!("no export command");
    };
    let short = export.render_help().to_string();
    assert!(
        short.starts_with("Write a report: one assessment"),
        "{short}"
    );
    assert!(
        short.contains("\nUsage: ecoready export [OPTIONS]"),
        "{short}"
    );
    assert!(
        short.contains("\nArguments:\n  [ID]  Assessment id"),
        "{short}"
    );
    // Wrapped where the terminal ends.
    let words = short.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("(long); not for --compare [default: wide] [possible values: wide, long]"),
        "{short}"
    );
    assert!(short.contains("-h, --help"), "{short}");
    assert!(
        short.contains("Print help (see more with '--help')"),
        "{short}"
    );
    let long = export.render_long_help().to_string();
    assert!(long.contains("Possible values:\n"), "{long}");
    assert!(long.contains("- md:   Markdown\n"), "{long}");
    assert!(long.contains("[env: ECOREADY_DATA_DIR="), "{long}");
    assert!(
        long.contains("Print help (see a summary with '-h')"),
        "{long}"
    );
}

#[test]
fn the_generators_read_the_meanings_of_values_in_the_language() {
    let command = with_lang(Lang::De, for_generators);
    let Some(export) = command.find_subcommand("export") else {
        panic!("no export command");
    };
    let format = export.get_arguments().find(|arg| arg.get_id() == "format");
    let meanings: Vec<String> = format
        .map(|arg| arg.get_possible_values())
        .unwrap_or_default()
        .iter()
        .filter_map(|value| value.get_help().map(ToString::to_string))
        .collect();
    assert!(
        meanings.contains(&String::from(
            "Kommagetrennte Werte für Tabellenkalkulationen"
        )),
        "{meanings:?}"
    );
}

#[test]
fn the_command_line_is_read_alike_with_and_without_its_texts() {
    // `parse` reads without the texts first: both must accept and refuse the same lines,
    // and refuse for the same reason.
    let lines: [&[&str]; 14] = [
        &["list", "--org", "Acme", "--json"],
        &["--lang", "de", "list"],
        &["list", "--lang=es"],
        &["new", "--plain", "--org", "Acme", "--mode", "interview"],
        &["export", "--org", "Acme", "--format", "md"],
        &["export", "--org", "Acme", "--format", "docx"],
        &["compare", "a", "b", "--force"],
        &["plan", "--org", "Acme", "--review", "x=done"],
        &["norms", "import", "file.yaml"],
        &["bogus"],
        &["list", "--bogus"],
        &["--help"],
        &["help", "list"],
        &["-V"],
    ];
    for line in lines {
        let args = std::iter::once("ecoready").chain(line.iter().copied());
        let bare = Cli::command().try_get_matches_from(args.clone());
        let texts = with_lang(Lang::De, command).try_get_matches_from(args);
        match (bare, texts) {
            (Ok(_), Ok(_)) => {}
            (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind(), "{line:?}"),
            (a, b) => panic!("{line:?}: without texts {a:?}, with texts {b:?}"),
        }
    }
}
