//! `remove` asks on a terminal in the locale's language and takes that language's yes
//! (issue 19): the question, the answer and what was done, as a person sees them.

mod support;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;

use cli_support::{Sandbox, favourable, prepare};
use support::pty::Session;

/// Starts `ecoready remove ID` on a terminal with the German locale.
fn remove_in_german(sandbox: &Sandbox, id: &str) -> Session {
    let data = sandbox.data.path().to_str().unwrap();
    Session::start_with_env(
        sandbox.home.path(),
        &["--data-dir", data, "remove", id],
        &[("LC_ALL", "de_DE.UTF-8")],
        120,
        20,
    )
}

#[test]
fn remove_asks_in_german_and_takes_j_for_yes() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(
        &store,
        "Alder Bakery",
        "2026-01-05T09:00:00Z",
        favourable,
        true,
    );

    // Anything but yes keeps the assessment.
    let mut session = remove_in_german(&sandbox, &id);
    session.wait_for(&format!(
        "Einschätzung {id} (Alder Bakery, 2026-01-05) in den Papierkorb verschieben? [j/N]"
    ));
    session.send("nein\r");
    session.wait_for("Nichts wurde verschoben.");
    assert_eq!(session.wait_exit(), 0);
    assert!(store.load(&id).is_ok(), "kept after no");

    // j is yes in German.
    let mut session = remove_in_german(&sandbox, &id);
    session.wait_for("in den Papierkorb verschieben? [j/N]");
    session.send("j\r");
    session.wait_for(&format!("Einschätzung {id} nach "));
    session.wait_for("verschoben");
    assert_eq!(session.wait_exit(), 0);
    assert!(store.load(&id).is_err(), "moved to the trash after j");
}
