//! The help pages of the real binary in the user's language (issue 19): `ecoready --help`,
//! `ecoready <command> --help`, `-h` and `ecoready help <command>` follow `--lang` (before
//! or after the command), `language:` in config.yaml and the locale, as every other text
//! does; in the pseudo-language no word of a help page is left outside the catalogues but
//! the command line's own names (commands, flags, values, placeholders).

use std::fs;
use std::process::Output;

use clap::{Command, CommandFactory};
use ecoready::cli::Cli;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;
mod pseudo;

use cli_support::{Sandbox, stderr, stdout};
use pseudo::{Allowed, assert_all_wrapped};

/// Runs the binary with `vars` set and `args`, no data directory given (help needs none).
fn run(sandbox: &Sandbox, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = sandbox.bare_command();
    for (name, value) in vars {
        command.env(name, value);
    }
    command.args(args).output().unwrap()
}

/// A help page: what `args` print on standard output, successfully.
fn page(sandbox: &Sandbox, vars: &[(&str, &str)], args: &[&str]) -> String {
    let output = run(sandbox, vars, args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    stdout(&output)
}

/// `text` with every run of white space one space: a page wraps where the terminal ends.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_says(page: &str, sentences: &[&str]) {
    let flat = words(page);
    for sentence in sentences {
        assert!(
            flat.contains(sentence),
            "{sentence:?} missing from:\n{page}"
        );
    }
}

/// Writes the sandbox's config.yaml (where `directories` puts it on Linux).
fn configure(sandbox: &Sandbox, yaml: &str) {
    let dir = sandbox.home.path().join("config").join("ecoready");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("config.yaml"), yaml).unwrap();
}

/// The path of every command, ecoready itself first (`[]`, `["list"]`, `["org", "rename"]`).
fn command_paths(command: &Command, path: &[String], out: &mut Vec<Vec<String>>) {
    out.push(path.to_vec());
    for sub in command.get_subcommands() {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name().to_owned());
        command_paths(sub, &sub_path, out);
    }
}

/// The command line's own names, shown as typed in every language: commands, flags,
/// placeholders (`<NAME>`), values, defaults, environment variables, and clap's usage
/// words `[OPTIONS]` and `[COMMAND]`.
fn names(command: &Command, out: &mut Vec<String>) {
    out.push(command.get_name().to_owned());
    for arg in command.get_arguments() {
        out.extend(arg.get_long().map(|long| format!("--{long}")));
        out.extend(arg.get_short().map(|short| format!("-{short}")));
        for name in arg.get_value_names().into_iter().flatten() {
            out.extend(name.split('|').map(str::to_owned));
        }
        out.extend(
            arg.get_possible_values()
                .iter()
                .map(|value| value.get_name().to_owned()),
        );
        out.extend(
            arg.get_default_values()
                .iter()
                .map(|value| value.to_string_lossy().into_owned()),
        );
        out.extend(
            arg.get_env()
                .map(|name| name.to_string_lossy().into_owned()),
        );
    }
    for sub in command.get_subcommands() {
        names(sub, out);
    }
}

fn allowed_names() -> Allowed {
    let mut command = Cli::command();
    // With what building adds: --help, --version, the command `help`.
    command.build();
    let mut typed = vec!["[OPTIONS]".to_owned(), "COMMAND".to_owned()];
    names(&command, &mut typed);
    typed.extend(["--help", "--version", "-h", "-V", "help"].map(String::from));
    // Longest first, so `--round` does not leave `-report` of `--round-report` behind.
    typed.sort_by_key(|name| std::cmp::Reverse(name.len()));
    typed.dedup();
    Allowed { typed }
}

#[test]
fn every_help_page_comes_from_the_catalogue() {
    let sandbox = Sandbox::new();
    let allowed = allowed_names();
    let mut paths = Vec::new();
    command_paths(&Cli::command(), &[], &mut paths);
    assert!(paths.len() > 30, "{paths:?}");
    for path in &paths {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        for flag in ["--help", "-h"] {
            let args: Vec<&str> = ["--lang", "pseudo"]
                .into_iter()
                .chain(path.iter().copied())
                .chain([flag])
                .collect();
            let shown = page(&sandbox, &[], &args);
            assert!(shown.contains("[[Usage:]]"), "{args:?}:\n{shown}");
            assert_all_wrapped(&format!("ecoready {}", args.join(" ")), &shown, &allowed);
        }
    }
    // The command `help` shows the same pages.
    for args in [
        ["--lang", "pseudo", "help", "export"].as_slice(),
        &["--lang", "pseudo", "help", "org", "merge"],
        &["--lang", "pseudo", "help"],
    ] {
        let shown = page(&sandbox, &[], args);
        assert_all_wrapped(&args.join(" "), &shown, &allowed);
    }
}

#[test]
fn lang_de_shows_the_help_in_german() {
    let sandbox = Sandbox::new();
    let shown = page(&sandbox, &[], &["--lang", "de", "--help"]);
    assert_says(
        &shown,
        &[
            "Assistent im Terminal, der einschätzt, wie bereit ein kleines oder mittleres Unternehmen",
            "Aufruf: ecoready [OPTIONS] [COMMAND]",
            "Befehle:",
            "list Gespeicherte Einschätzungen auflisten",
            "help Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen",
            "Optionen:",
            "Wo die Einschätzungen gespeichert werden (Standard: das Datenverzeichnis des Systems)",
            "[Umgebungsvariable: ECOREADY_DATA_DIR=]",
            "Mögliche Werte: - default: Farben für dunkle Terminal-Hintergründe",
            "Hilfe anzeigen (Kurzfassung mit „-h“)",
            "-V, --version Version anzeigen",
        ],
    );
    for english in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print help",
        "Possible values",
    ] {
        assert!(!shown.contains(english), "{english:?} in:\n{shown}");
    }
    let short = page(&sandbox, &[], &["--lang", "de", "-h"]);
    assert_says(
        &short,
        &[
            "Farbschema des Vollbild-Assistenten [mögliche Werte: default, light, high-contrast]",
            "Hilfe anzeigen (mehr mit „--help“)",
        ],
    );
}

#[test]
fn the_lang_after_the_command_counts_for_its_help_too() {
    let sandbox = Sandbox::new();
    let german = [
        "Gespeicherte Einschätzungen auflisten",
        "Aufruf: ecoready list [OPTIONS]",
        "--org <NAME> Nur diese Organisation (Groß- und Kleinschreibung egal)",
        "Ein JSON-Dokument statt einer Tabelle ausgeben",
    ];
    assert_says(
        &page(&sandbox, &[], &["list", "--lang", "de", "--help"]),
        &german,
    );
    assert_says(&page(&sandbox, &[], &["list", "--lang=de", "-h"]), &german);
    assert_says(
        &page(&sandbox, &[], &["--lang", "de", "help", "list"]),
        &german,
    );
    // The flag wins over the locale.
    let vars = [("LANG", "es_ES.UTF-8")];
    assert_says(
        &page(&sandbox, &vars, &["list", "--lang", "de", "--help"]),
        &german,
    );
}

#[test]
fn the_locale_and_the_config_choose_the_language_of_the_help() {
    let sandbox = Sandbox::new();
    let vars = [("LANG", "es_ES.UTF-8")];
    assert_says(
        &page(&sandbox, &vars, &["list", "--help"]),
        &[
            "Listar las evaluaciones guardadas",
            "Uso: ecoready list [OPTIONS]",
            "Opciones:",
            "--org <NAME> Solo esta organización (sin distinguir mayúsculas y minúsculas)",
            "--advisor <NAME> Solo las evaluaciones de este asesor",
            "Mostrar la ayuda (un resumen con «-h»)",
        ],
    );
    assert_says(
        &page(&sandbox, &vars, &["export", "--help"]),
        &[
            "Argumentos: [ID] Identificador de la evaluación (o comienzo único) del informe",
            "Valores posibles: - md: Markdown - html: Una página HTML autónoma con gráficos",
            "[por defecto: wide]",
        ],
    );
    configure(&sandbox, "language: de\n");
    assert_says(
        &page(&sandbox, &[], &["trash", "--help"]),
        &["Die Einschätzungen im Papierkorb auflisten (was `restore` zurückholen kann)"],
    );
}

#[test]
fn english_help_reads_as_it_always_did() {
    let sandbox = Sandbox::new();
    let shown = page(&sandbox, &[], &["--help"]);
    assert_says(
        &shown,
        &[
            "Terminal wizard that assesses how ready a small or medium business is to work in cross-sector business ecosystems",
            "Usage: ecoready [OPTIONS] [COMMAND]",
            "Commands: new Start a new assessment (flags prefill the setup screen)",
            "help Print this message or the help of the given subcommand(s)",
            "Options: --data-dir <DIR> Where assessments are kept (default: the platform's data directory) [env: ECOREADY_DATA_DIR=]",
            "Possible values: - default: Colours for dark terminal backgrounds",
            "-h, --help Print help (see a summary with '-h')",
            "-V, --version Print version",
        ],
    );
    assert_says(
        &page(&sandbox, &[], &["export", "-h"]),
        &[
            "Write a report: one assessment, a comparison, an organization's trend, or the evidence",
            "Arguments: [ID] Assessment id (or unique prefix) to report on",
            "not for --compare [default: wide] [possible values: wide, long]",
            "-h, --help Print help (see more with '--help')",
        ],
    );
    let version = page(&sandbox, &[], &["--lang", "de", "--version"]);
    assert!(version.starts_with("ecoready "), "{version}");
}

#[test]
fn an_unknown_lang_is_refused_as_before_and_clap_errors_stay_english() {
    let sandbox = Sandbox::new();
    let output = run(&sandbox, &[], &["--lang", "fr", "--help"]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
    let error = stderr(&output);
    assert!(
        error.contains("error: invalid value 'fr' for '--lang <LANG>'"),
        "{error}"
    );
    assert!(error.contains("en, de, es"), "{error}");
    // clap's own error sentences are not in the catalogues.
    let output = run(&sandbox, &[], &["--lang", "de", "list", "--bogus"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("error: unexpected argument '--bogus' found"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn completions_describe_the_commands_in_the_language() {
    let sandbox = Sandbox::new();
    let script = page(&sandbox, &[], &["--lang", "de", "completions", "fish"]);
    assert!(
        script.contains("Gespeicherte Einschätzungen auflisten"),
        "{script}"
    );
    assert!(
        script.contains("Kommagetrennte Werte für Tabellenkalkulationen"),
        "{script}"
    );
    let english = page(&sandbox, &[], &["completions", "fish"]);
    assert!(english.contains("List stored assessments"), "{english}");
}
