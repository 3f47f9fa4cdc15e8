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
    let mut command = Cli::command();
    command.build();
    let about = |name: &str| {
        command
            .find_subcommand(name)
            .and_then(|sub| sub.get_about())
            .map(|about| about.to_string())
    };
    assert_eq!(about("new").as_deref(), Some(NEW_ABOUT));
    assert_eq!(about("export").as_deref(), Some(export::ABOUT));
    assert_eq!(about("list").as_deref(), Some("List stored assessments"));
}
