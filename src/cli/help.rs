//! The help pages in the user's language: `ecoready --help`, `ecoready <command> --help`
//! and `ecoready help <command>`.
//!
//! The clap definitions hold no help text. [`command`] builds the command line, then sets
//! the about of every command and the help of every argument from the catalogue area
//! `help` (`crates/core/locales/<lang>/help.ftl`), by ids made from the command's path
//! and the argument's id ([`about_id`], [`arg_id`], [`value_id`]). It also puts the
//! catalogue's words in place of those clap writes itself on a help page: the headings,
//! `-h, --help`, `-V, --version`, the command `help`, and the notes after an option's
//! help (`[default: …]`, `[env: …]`, the values it takes). Clap's error sentences
//! ("unexpected argument …") cannot be reached this way and stay English.

use std::fmt::Write as _;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::tr;

/// The command line, every help text in the current language (set it first).
pub fn command() -> Command {
    built(Notes::Written)
}

/// [`command`] for the shell completions and the manual page: the generators write an
/// option's values, default and variable themselves, in their own way.
pub fn for_generators() -> Command {
    built(Notes::Clap)
}

/// Who writes the notes after an option's help (`[default: wide]`, its values).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Notes {
    /// This module, in the current language.
    Written,
    /// clap (or a generator), in English.
    Clap,
}

fn built(notes: Notes) -> Command {
    let mut command = with_texts(Cli::command(), &[], notes);
    // Only building adds `--help`, `--version` and the command `help`, and copies the
    // global options into every subcommand (with the texts just set).
    command.build();
    with_clap_texts(command)
}

/// Parses `args` (the program's name first) with [`command`]; on a mistake, or for
/// `--help` and `--version`, prints what clap says and exits, as [`clap::Parser::parse`]
/// does.
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    // Putting every text in place costs about two milliseconds at each start, and most
    // runs show no help page: the command line is read without its texts first, and read
    // again with them only when clap has something to show (a help page, the version, a
    // mistake). Both accept exactly the same command lines.
    if let Ok(cli) = Cli::command()
        .try_get_matches_from(args.iter())
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        return cli;
    }
    let mut command = command();
    command
        .try_get_matches_from_mut(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|error| error.format(&mut command))
        .unwrap_or_else(|error| error.exit())
}

/// The id of a command's about: `help-about` for ecoready itself, `help-list-about`,
/// `help-org-rename-about`.
pub fn about_id(path: &[String]) -> String {
    id(path, "about")
}

/// The id of an argument's help: `help-list-org` for `list --org`, `help-global-data-dir`
/// for a global option (the same text under every command).
pub fn arg_id(path: &[String], arg: &Arg) -> String {
    let name = arg.get_id().as_str().replace('_', "-");
    if arg.is_global_set() {
        format!("help-global-{name}")
    } else {
        id(path, &name)
    }
}

/// The id of what one value of an option means (`help-export-format-md`); an option whose
/// values have no such message lists just their names.
pub fn value_id(arg_id: &str, value: &str) -> String {
    format!("{arg_id}-{value}")
}

fn id(path: &[String], last: &str) -> String {
    let mut id = String::from("help");
    for part in path.iter().map(String::as_str).chain([last]) {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// The message `id` (made at run time, so not through `tr!`).
fn text(id: &str) -> String {
    crate::i18n::format(id, &[])
}

/// Whether English has the message `id` (English is the source: every language has what
/// it has, as the catalogue tests check).
fn exists(id: &str) -> bool {
    crate::i18n::Catalog::get(crate::i18n::Lang::En).has(id)
}

/// `command` at `path` and its subcommands with the catalogue's abouts and helps.
fn with_texts(command: Command, path: &[String], notes: Notes) -> Command {
    command
        .about(text(&about_id(path)))
        // A longer text in a doc comment would otherwise stay, in English.
        .long_about(None::<&str>)
        .mut_args(|arg| match notes {
            Notes::Written => with_help(arg, path),
            Notes::Clap => with_help_alone(arg, path),
        })
        .mut_subcommands(|sub| {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_owned());
            with_texts(sub, &sub_path, notes)
        })
}

/// The values `arg` takes (hidden ones too), each with what it means where the catalogue
/// says it.
fn values(arg: &Arg, id: &str) -> Vec<(PossibleValue, Option<String>)> {
    // Flags take no value (clap would list `true` and `false` for them otherwise).
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    let Some(values) = arg.get_value_parser().possible_values() else {
        return Vec::new();
    };
    values
        .map(|value: PossibleValue| {
            let meaning = value_id(id, value.get_name());
            let meaning = exists(&meaning).then(|| text(&meaning));
            (value, meaning)
        })
        .collect()
}

/// `arg` with its help from the catalogue, and the meanings of its values.
fn with_help_alone(arg: Arg, path: &[String]) -> Arg {
    let id = arg_id(path, &arg);
    let values = values(&arg, &id);
    let arg = arg.help(text(&id)).long_help(None::<&str>);
    if values.iter().all(|(_, meaning)| meaning.is_none()) {
        return arg;
    }
    // A value's meaning lives in its parser; this one parses strings, not the option's
    // type, which is fine for a command that generators read and nothing parses with.
    arg.value_parser(PossibleValuesParser::new(values.into_iter().map(
        |(value, meaning)| match meaning {
            Some(meaning) => value.help(meaning),
            None => value,
        },
    )))
}

/// `arg` with its help from the catalogue, and clap's notes after it in the catalogue's
/// words: clap is told to hide its own, and they are written into the help as clap would
/// (after a space with `-h`, on lines of their own with `--help`).
fn with_help(arg: Arg, path: &[String]) -> Arg {
    let id = arg_id(path, &arg);
    let help = text(&id);
    let mut values = values(&arg, &id);
    values.retain(|(value, _)| !value.is_hide_set());
    let mut notes = Vec::new();
    if let Some(variable) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let mut variable = variable.to_string_lossy().into_owned();
        if !arg.is_hide_env_values_set() {
            let value = std::env::var_os(&variable).unwrap_or_default();
            let _ = write!(variable, "={}", value.to_string_lossy());
        }
        notes.push(tr!("help-env", variable = variable));
    }
    let defaults = arg.get_default_values();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults
            .iter()
            .map(|value| value.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ");
        notes.push(tr!("help-default", value = value));
    }
    let named = (!values.is_empty() && !arg.is_hide_possible_values_set()).then(|| {
        let names: Vec<&str> = values.iter().map(|(value, _)| value.get_name()).collect();
        tr!("help-possible-values", values = names.join(", "))
    });
    let explained = values.iter().any(|(_, meaning)| meaning.is_some());

    let short_notes = notes.iter().cloned().chain(named.clone());
    let short = [help.clone()]
        .into_iter()
        .chain(short_notes)
        .collect::<Vec<_>>()
        .join(" ");
    // `--help` lists the values with their meanings, when they have any.
    let mut long = help;
    if explained && named.is_some() {
        let width = values
            .iter()
            .map(|(value, _)| value.get_name().chars().count())
            .max();
        let _ = write!(long, "\n\n{}", tr!("help-possible-values-heading"));
        for (value, meaning) in &values {
            let name = value.get_name();
            let _ = match meaning {
                Some(meaning) => {
                    let pad = width.unwrap_or(0) - name.chars().count();
                    write!(long, "\n- {name}: {:pad$}{meaning}", "")
                }
                None => write!(long, "\n- {name}"),
            };
        }
    }
    let long_notes: Vec<String> = notes
        .into_iter()
        .chain(named.filter(|_| !explained))
        .collect();
    if !long_notes.is_empty() {
        let _ = write!(long, "\n\n{}", long_notes.join("\n"));
    }

    // clap's own notes would say it again, in English (and refuses to hide what an
    // argument does not have).
    let (has_env, has_default) = (arg.get_env().is_some(), !defaults.is_empty());
    let arg = arg
        .hide_env(has_env)
        .hide_default_value(has_default)
        .hide_possible_values(!values.is_empty());
    if long == short {
        arg.help(short).long_help(None::<&str>)
    } else {
        arg.help(short).long_help(long)
    }
}

/// `command` (built) and its subcommands with the catalogue's words where clap writes
/// its own: the page's layout, `--help`, `--version` and the command `help`.
fn with_clap_texts(command: Command) -> Command {
    let layout = layout(&command);
    command
        .help_template(layout)
        .mut_args(|arg| match arg.get_action() {
            // clap gives `--help` a longer text for `--help` when that shows more than -h.
            ArgAction::Help if arg.get_long_help().is_some() => arg
                .help(tr!("help-flag-help-more"))
                .long_help(tr!("help-flag-help-summary")),
            ArgAction::Help => arg.help(tr!("help-flag-help")),
            ArgAction::Version => arg.help(tr!("help-flag-version")),
            _ => arg,
        })
        .mut_subcommands(|sub| {
            // The command `help` clap adds (ecoready has none of its own).
            let sub = if sub.get_name() == "help" {
                sub.about(tr!("help-help-about"))
            } else {
                sub
            };
            with_clap_texts(sub)
        })
}

/// clap's layout of a help page (its default template) with the catalogue's headings:
/// about, usage, then the commands, arguments and options that `command` has.
fn layout(command: &Command) -> String {
    let styles = command.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let mut layout = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        tr!("help-heading-usage")
    );
    let mut section = |heading: &str, tag: &str| {
        let _ = write!(layout, "\n\n{header}{heading}{header:#}\n{{{tag}}}");
    };
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        section(tr!("help-heading-commands"), "subcommands");
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        section(tr!("help-heading-arguments"), "positionals");
    }
    if command
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        section(tr!("help-heading-options"), "options");
    }
    layout.push_str("{after-help}");
    layout
}

#[cfg(test)]
mod tests;
