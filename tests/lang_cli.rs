//! The language of the real binary's output (issue 19): `--lang` before or after the
//! subcommand, then `language:` in config.yaml, then LC_ALL, LC_MESSAGES and LANG, else
//! English; and what the commands and the plain wizard then say (messages, an error naming
//! file and line, confirmations, prompts, numbers with a decimal comma).

use std::fs;
use std::process::Output;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;

use cli_support::{Sandbox, favourable, prepare, stderr, stdout};

const GERMAN_NONE: &str = "Noch keine Einschätzungen. Beginnen Sie eine mit `ecoready new`.\n";
const SPANISH_NONE: &str = "Todavía no hay evaluaciones. Empiece una con `ecoready new`.\n";
const ENGLISH_NONE: &str = "No assessments yet. Start one with `ecoready new`.\n";

/// `ecoready list` on an empty data directory with `vars` set and `args` given.
fn list_with(sandbox: &Sandbox, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = sandbox.bare_command();
    command.arg("--data-dir").arg(sandbox.data.path());
    for (name, value) in vars {
        command.env(name, value);
    }
    command.args(args).output().unwrap()
}

fn listed(sandbox: &Sandbox, vars: &[(&str, &str)], args: &[&str]) -> String {
    let output = list_with(sandbox, vars, args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

/// Writes the sandbox's config.yaml (where `directories` puts it on Linux).
fn configure(sandbox: &Sandbox, yaml: &str) {
    let dir = sandbox.home.path().join("config").join("ecoready");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("config.yaml"), yaml).unwrap();
}

#[test]
fn lang_works_before_and_after_the_subcommand() {
    let sandbox = Sandbox::new();
    assert_eq!(listed(&sandbox, &[], &["list"]), ENGLISH_NONE);
    assert_eq!(
        listed(&sandbox, &[], &["--lang", "de", "list"]),
        GERMAN_NONE
    );
    assert_eq!(
        listed(&sandbox, &[], &["list", "--lang", "de"]),
        GERMAN_NONE
    );
    assert_eq!(
        listed(&sandbox, &[], &["--lang", "es", "list"]),
        SPANISH_NONE
    );
    assert_eq!(listed(&sandbox, &[], &["list", "--lang=es"]), SPANISH_NONE);
    // A locale as the flag's value names its language too.
    assert_eq!(
        listed(&sandbox, &[], &["list", "--lang", "de_AT.UTF-8"]),
        GERMAN_NONE
    );
}

#[test]
fn the_filters_are_named_in_one_sentence_in_each_language() {
    let sandbox = Sandbox::new();
    let args = ["list", "--org", "Alder", "--round", "baseline"];
    assert_eq!(
        listed(&sandbox, &[], &args),
        "No assessments of \"Alder\" in round \"baseline\" yet. Start one with `ecoready new`.\n"
    );
    let german: Vec<&str> = args.iter().copied().chain(["--lang", "de"]).collect();
    assert_eq!(
        listed(&sandbox, &[], &german),
        "Noch keine Einschätzungen von „Alder“ in der Runde „baseline“. Beginnen Sie eine mit \
         `ecoready new`.\n"
    );
}

#[test]
fn an_unknown_language_is_refused_naming_those_spoken() {
    let sandbox = Sandbox::new();
    let output = list_with(&sandbox, &[], &["list", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("ecoready does not speak \"fr\"; it speaks en, de, es"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_flag_wins_over_the_config_which_wins_over_the_locale() {
    let sandbox = Sandbox::new();
    configure(&sandbox, "language: es\n");
    let german_locale = [("LC_ALL", "de_DE.UTF-8")];
    assert_eq!(listed(&sandbox, &german_locale, &["list"]), SPANISH_NONE);
    assert_eq!(
        listed(&sandbox, &german_locale, &["list", "--lang", "en"]),
        ENGLISH_NONE
    );
    // English in the config is a choice too: it beats a German locale.
    configure(&sandbox, "language: en\n");
    assert_eq!(listed(&sandbox, &german_locale, &["list"]), ENGLISH_NONE);
}

#[test]
fn the_locale_variables_choose_in_posix_order() {
    let sandbox = Sandbox::new();
    let cases: [(&[(&str, &str)], &str); 6] = [
        (&[("LANG", "de_DE.UTF-8")], GERMAN_NONE),
        (&[("LANG", "es_ES.UTF-8")], SPANISH_NONE),
        (
            &[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "de_DE.UTF-8")],
            SPANISH_NONE,
        ),
        (
            &[
                ("LC_ALL", "de_DE.UTF-8"),
                ("LC_MESSAGES", "es_ES.UTF-8"),
                ("LANG", "es_ES.UTF-8"),
            ],
            GERMAN_NONE,
        ),
        // A language ecoready does not speak, set first, means English.
        (
            &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")],
            ENGLISH_NONE,
        ),
        (&[("LANG", "C.UTF-8")], ENGLISH_NONE),
    ];
    for (vars, expected) in cases {
        assert_eq!(listed(&sandbox, vars, &["list"]), expected, "{vars:?}");
    }
}

#[test]
fn a_broken_questionnaire_is_named_with_file_and_line_in_german() {
    let sandbox = Sandbox::new();
    let file = sandbox.home.path().join("broken.yaml");
    fs::write(&file, b"id: broken\ntitle: \xff\xfe\n").unwrap();
    let file_arg = file.to_str().unwrap();
    let output = sandbox.run(&["validate", file_arg, "--lang", "de"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains(&format!(
            "{file_arg}:2: Die Datei ist kein gültiger UTF-8-Text"
        )),
        "{err}"
    );
    // The count of files, in the language's plural form.
    assert!(
        err.contains("ecoready: 1 von 1 Fragebogendatei ungültig"),
        "{err}"
    );
    let output = sandbox.run(&["validate", file_arg, "--lang", "es"]);
    let err = stderr(&output);
    assert!(
        err.contains(&format!(
            "{file_arg}:2: el archivo no es texto UTF-8 válido"
        )),
        "{err}"
    );
    assert!(
        err.contains("1 de 1 archivo de cuestionario no es válido"),
        "{err}"
    );
}

#[test]
fn remove_refuses_confirms_and_reports_in_the_language_asked_for() {
    let sandbox = Sandbox::new();
    let id = prepare(
        &sandbox.store(),
        "Alder Bakery",
        "2026-01-05T09:00:00Z",
        favourable,
        true,
    );
    // Without a terminal to ask on, --yes is needed: said in German.
    let output = sandbox.run(&["--lang", "de", "remove", &id]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(&format!(
            "Die Einschätzung {id} wird ohne Bestätigung nicht entfernt; mit --yes kommt sie \
             in den Papierkorb"
        )),
        "{}",
        stderr(&output)
    );
    // An id that names nothing, in Spanish.
    let output = sandbox.run(&["remove", "zz-nothing", "--lang", "es"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(
            "no hay ninguna evaluación con un identificador que empiece por `zz-nothing`"
        ),
        "{}",
        stderr(&output)
    );
    let output = sandbox.run(&["remove", &id, "--yes", "--lang", "es"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with(&format!("Evaluación {id} movida a ")),
        "{}",
        stdout(&output)
    );
    let output = sandbox.run(&["restore", &id, "--lang", "de"]);
    // The trash id is the assessment's id when nothing else of that name is in the trash.
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("Einschätzung {id} wiederhergestellt.\n")
    );
}

#[test]
fn the_pseudo_language_wraps_every_message() {
    let sandbox = Sandbox::new();
    assert_eq!(
        listed(&sandbox, &[], &["list", "--lang", "pseudo"]),
        format!("[[{}]]\n", ENGLISH_NONE.trim_end())
    );
}

/// The quick check answered with the middle level (3 of 1-5, a score of 50) throughout,
/// then the review finished, then one priority picked for the plan.
fn quick_check_walk(yes: &str) -> String {
    let mut input = "3\n".repeat(15);
    // Enter on the review finishes; then: pick priorities? yes; the first area; owner;
    // no date; no note; Enter: done.
    input.push_str(&format!("\n{yes}\n1\nAna\n\n\n\n"));
    input
}

/// A new quick check for Alder Bakery in plain mode with `input` piped in; `--lang LANG`
/// before the subcommand when `lang_first`, else after it. Returns the output and stdout.
fn plain_quick_check(lang: &str, lang_first: bool, input: &str) -> (Output, String) {
    let sandbox = Sandbox::new();
    let new = [
        "new",
        "--plain",
        "--questionnaire",
        "quick-check",
        "--org",
        "Alder Bakery",
    ];
    let args: Vec<&str> = if lang_first {
        ["--lang", lang].into_iter().chain(new).collect()
    } else {
        new.into_iter().chain(["--lang", lang]).collect()
    };
    let output = sandbox.run_with_input(&args, input);
    let out = stdout(&output);
    (output, out)
}

#[test]
fn a_plain_wizard_run_in_german_asks_and_answers_in_german_with_decimal_commas() {
    let (output, out) = plain_quick_check("de", true, &quick_check_walk("j"));
    assert_eq!(output.status.code(), Some(0), "{}\n{out}", stderr(&output));
    for said in [
        "Einschätzung ",
        "Frage 1 von 15 · ",
        "Antwort (1-5, 0 weiß nicht, ? Hilfe): 3",
        "Tippen Sie die Nummer Ihrer Antwort und drücken Sie Enter",
        "15 von 15 beantwortet, davon 0 mit „weiß nicht“.",
        "Drücken Sie Enter, um abzuschließen und die Auswertung zu sehen",
        "Gespeichert als Einschätzung ",
        "Bis zu 5 Handlungsfelder für die Zeit bis zur nächsten Folgeeinschätzung wählen? (j/N): j",
        "Handlungsfelder dieser Folgeeinschätzung, das schwächste zuerst:",
        "Im Plan: ",
    ] {
        assert!(out.contains(said), "{said:?} missing:\n{out}");
    }
    // Every area scores 50 on the middle level: shown with the German decimal comma.
    assert!(out.contains("1. ") && out.contains(" (50,0)"), "{out}");
    assert!(!out.contains("(50.0)"), "{out}");
    // No English prompt of plain mode is left.
    for english in ["Answer (1-5", "Question 1 of", "Press Enter to finish"] {
        assert!(!out.contains(english), "{english:?} in:\n{out}");
    }
}

#[test]
fn a_plain_wizard_run_in_spanish_takes_si_for_yes() {
    let (output, out) = plain_quick_check("es", false, &quick_check_walk("sí"));
    assert_eq!(output.status.code(), Some(0), "{}\n{out}", stderr(&output));
    assert!(out.contains("Pregunta 15 de 15 · "), "{out}");
    assert!(
        out.contains("Respuesta (1-5, 0 no sé, ? ayuda): 3"),
        "{out}"
    );
    assert!(out.contains(" (50,0)"), "{out}");
    assert!(out.contains("En el plan: "), "{out}");
}

#[test]
fn a_piped_mistake_names_its_line_in_german() {
    let (output, _) = plain_quick_check("de", true, "3\nvielleicht\n");
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("Zeile 2: „vielleicht“ ist kein Befehl; tippen Sie ? für Hilfe"),
        "{err}"
    );
    assert!(
        err.contains("Die Antworten davor sind im Entwurf "),
        "{err}"
    );
}

#[test]
fn a_conflict_copy_is_counted_as_a_conflict_in_every_language() {
    // The count finds conflicts by the hint their problem ends with: the hint must be
    // looked for in the language it was written in.
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(
        &store,
        "Alder Bakery",
        "2026-01-05T09:00:00Z",
        favourable,
        true,
    );
    let own = store.assessments_dir().join(format!("{id}.yaml"));
    let copy = store
        .assessments_dir()
        .join(format!("{id}.sync-conflict-20260110-091500-ABCDEFG.yaml"));
    fs::copy(&own, &copy).unwrap();
    for (lang, said) in [
        (
            "en",
            "warning: 1 conflict(s): `ecoready conflicts` lists them and merges each",
        ),
        (
            "de",
            "Warnung: 1 Konflikt: `ecoready conflicts` listet ihn auf und führt die Versionen \
             zusammen",
        ),
        (
            "es",
            "aviso: 1 conflicto: `ecoready conflicts` lo muestra y fusiona sus versiones",
        ),
    ] {
        let output = sandbox.run(&["list", "--lang", lang]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(
            stderr(&output).contains(said),
            "{lang}: {}",
            stderr(&output)
        );
    }
}
