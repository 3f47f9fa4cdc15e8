//! The real binary in a real terminal speaks the language asked for: `--lang de` (before
//! the subcommand) reaches the wizard in German, and without the flag the locale
//! (`LC_ALL`) chooses Spanish.

mod support;

use support::pty::Session;

const ENTER: &str = "\r";

#[test]
fn lang_de_reaches_the_wizard_in_german() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let mut app = Session::start(
        home.path(),
        &[
            "--lang",
            "de",
            "--data-dir",
            data.to_str().unwrap(),
            "new",
            "--org",
            "Fir Farm Co-op",
            "--respondent",
            "Lee",
        ],
        80,
        24,
    );
    let setup = app.wait_for("Neue Einschätzung");
    for german in ["Organisation", "Fragebogen", "Tab nächstes Feld"] {
        assert!(setup.contains(german), "{german}:\n{setup}");
    }
    assert!(!setup.contains("New assessment"), "{setup}");
    app.send(ENTER);
    let intro = app.wait_for("Teil 1 von 5");
    assert!(
        intro.contains("Drücken Sie Enter, um diesen Teil zu beginnen."),
        "{intro}"
    );
    app.send(ENTER);
    let question = app.wait_for("Frage 1 von");
    assert!(
        question.contains("Weiß nicht / trifft nicht zu"),
        "{question}"
    );
    // Leaving keeps the draft; Home says so in German, then q leaves ecoready.
    app.send("q");
    let home_screen = app.wait_for("Entwurf gespeichert.");
    assert!(
        home_screen.contains("Neue Einschätzung beginnen"),
        "{home_screen}"
    );
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn without_the_flag_the_locale_chooses_spanish() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let mut app = Session::start_with_env(
        home.path(),
        &["--data-dir", data.to_str().unwrap()],
        &[("LC_ALL", "es_ES.UTF-8")],
        80,
        24,
    );
    let screen = app.wait_for("Empezar una evaluación nueva");
    assert!(screen.contains("Mapas del ecosistema"), "{screen}");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
}
