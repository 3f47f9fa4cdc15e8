use clap::CommandFactory;

use super::*;

#[test]
fn every_subcommand_is_well_defined_once_built() {
    // clap's own checks of every argument run only on a built command.
    let mut command = Cli::command();
    command.build();
    command.debug_assert();
}

#[test]
fn subcommands_keep_their_descriptions() {
    // The help texts come from the catalogue (src/cli/help.rs), the same in the list of
    // commands and on each command's own page.
    let command = crate::i18n::with_lang(crate::i18n::Lang::En, help::command);
    let about = |name: &str| {
        command
            .find_subcommand(name)
            .and_then(|sub| sub.get_about())
            .map(|about| about.to_string())
    };
    assert_eq!(
        about("new").as_deref(),
        Some("Start a new assessment (flags prefill the setup screen)")
    );
    assert_eq!(
        about("export").as_deref(),
        Some(
            "Write a report: one assessment, a comparison, an organization's trend, or the evidence"
        )
    );
    assert_eq!(about("list").as_deref(), Some("List stored assessments"));
}
