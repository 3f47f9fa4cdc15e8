//! Shell completions and the manual page through the real binary: generated from the
//! clap definitions, so every subcommand appears in them.

use std::process::{Command, Output};

use clap::CommandFactory;
use ecoready::cli::Cli;

fn ecoready(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecoready"))
        .env_remove("ECOREADY_DATA_DIR")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Every subcommand's name, read from the definitions the binary is built from.
fn subcommands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

#[test]
fn every_shell_gets_a_script_naming_every_subcommand() {
    let names = subcommands();
    assert!(names.len() >= 10, "{names:?}");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&ecoready(&["completions", shell]));
        for name in &names {
            assert!(script.contains(name.as_str()), "{shell}: `{name}` missing");
        }
    }
    let bash = stdout(&ecoready(&["completions", "bash"]));
    assert!(
        bash.contains("complete -F _ecoready"),
        "bash registers the function"
    );
    assert!(bash.contains("--data-dir"));
}

#[test]
fn an_unknown_shell_is_bad_usage() {
    let output = ecoready(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn the_manual_page_is_roff_listing_every_subcommand_and_global_flag() {
    let page = stdout(&ecoready(&["man"]));
    assert!(page.contains(".TH ecoready 1"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"));
    for name in subcommands() {
        // roff escapes every hyphen: `ecoready\-new`.
        let entry = format!("ecoready\\-{}", name.replace('-', "\\-"));
        assert!(page.contains(&entry), "`{entry}` missing");
    }
    for flag in ["\\-\\-data\\-dir", "\\-\\-plain", "\\-\\-theme"] {
        assert!(page.contains(flag), "`{flag}` missing");
    }
}
