//! Each ecoready term is translated one way (issue 19): wherever an English text uses a
//! term of a language's glossary (`crates/core/locales/<lang>/glossary.yaml`), its
//! translation uses one of the glossary's forms and none of the words the glossary says
//! to avoid. Checked for every catalogue message (paired with English by message id) and
//! every questionnaire translation text (`questionnaires/*.<lang>.yaml`, paired with the
//! source questionnaire's text by id and field).

mod glossary_support;

use std::collections::BTreeSet;
use std::fs;

use ecoready::i18n::{Lang, message_ids};

use glossary_support::texts::{catalogue, catalogue_pairs, questionnaire_pairs, readable};
use glossary_support::{Entry, Pair, glossary, problems, root, violation};

fn assert_glossary_kept(lang: &str) {
    let glossary = glossary(lang);
    let mut pairs = catalogue_pairs(lang);
    pairs.extend(questionnaire_pairs(lang));
    let found = problems(&glossary, &pairs);
    assert!(
        found.is_empty(),
        "{} text(s) in {lang} break the glossary (crates/core/locales/{lang}/glossary.yaml):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn german_translations_use_the_glossary_terms() {
    assert_glossary_kept("de");
}

#[test]
fn spanish_translations_use_the_glossary_terms() {
    assert_glossary_kept("es");
}

#[test]
fn the_german_questionnaires_are_paired_text_by_text() {
    // Not a vacuous pass: every text of both German questionnaires finds its English.
    // Full: title, description, 5 bands x 2, 5 dimensions x 2, 18 facets x 2,
    // 55 items x (3 + 5 anchors). Quick check: those of its 15 items, 5 one-title facets,
    // and a results note.
    let pairs = questionnaire_pairs("de");
    let count = |file: &str| pairs.iter().filter(|p| p.file.ends_with(file)).count();
    assert_eq!(
        count("ecosystem-readiness.de.yaml"),
        2 + 10 + 10 + 36 + 55 * 8
    );
    assert_eq!(count("quick-check.de.yaml"), 3 + 10 + 10 + 5 + 15 * 8);
}

#[test]
fn the_catalogue_reader_finds_every_message_the_core_knows() {
    // The simple reader above must pair every message: it finds the same ids as the
    // core's Fluent parser, in English and in both translations.
    for (lang, code) in [(Lang::En, "en"), (Lang::De, "de"), (Lang::Es, "es")] {
        let read: BTreeSet<String> = catalogue(&root().join("crates/core/locales").join(code))
            .into_keys()
            .filter(|id| !id.starts_with('-'))
            .collect();
        let known: BTreeSet<String> = message_ids(lang).into_iter().map(|(id, _)| id).collect();
        assert_eq!(read, known, "{code}");
    }
}

#[test]
fn a_multi_line_message_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("area.ftl"),
        "## Section\n\n# A note.\nplain-one = One questionnaire\nplain-two = { $count ->\n    [one] one score\n   *[other] { $count } scores\n}\n# Next.\nplain-three =\n    Three\n    lines\n",
    )
    .unwrap();
    let read = catalogue(dir.path());
    let texts: Vec<(&str, &str)> = read
        .iter()
        .map(|(id, (_, text))| (id.as_str(), text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            ("plain-one", "One questionnaire"),
            ("plain-three", "\nThree\nlines"),
            ("plain-two", "{  ->\n one score\n* {  } scores\n}"),
        ]
    );
}

fn entry(term: &str, forms: &[&str], avoid: &[&str]) -> Entry {
    Entry {
        term: term.to_owned(),
        spellings: Vec::new(),
        forms: forms.iter().map(|s| s.to_string()).collect(),
        avoid: avoid.iter().map(|s| s.to_string()).collect(),
        avoid_unless: Vec::new(),
    }
}

#[test]
fn a_term_translated_another_way_is_flagged() {
    let questionnaire = entry("questionnaire", &["Fragebogen", "Fragebögen"], &["Umfrage"]);
    // Missing the glossary form.
    assert!(
        violation(
            &questionnaire,
            "Pick a questionnaire.",
            "Wählen Sie eine Umfrage."
        )
        .is_some()
    );
    // The form is there, but the term is also translated a second way (inflected).
    assert!(
        violation(
            &questionnaire,
            "Two questionnaires.",
            "Zwei Fragebögen und drei Umfragen."
        )
        .is_some()
    );
    // Kept: plural, capital letters and compounds all count.
    assert_eq!(
        violation(&questionnaire, "QUESTIONNAIRES", "Alle Fragebögen"),
        None
    );
    assert_eq!(
        violation(
            &questionnaire,
            "Pick a questionnaire.",
            "Wählen Sie einen Fragebogen."
        ),
        None
    );
    // Only whole words of the English count: no term, nothing to check.
    assert_eq!(
        violation(&questionnaire, "questionnaired stuff", "Umfrage"),
        None
    );
    // A hyphen is a word boundary: "self-assessment" mentions "assessment".
    let assessment = entry("assessment", &["Einschätzung"], &["Bewertung"]);
    assert!(violation(&assessment, "Your self-assessment", "Ihre Selbstbewertung").is_some());
    assert_eq!(
        violation(
            &assessment,
            "Your self-assessment",
            "Ihre Selbsteinschätzung"
        ),
        None
    );
    // An avoided word only counts at the start of a word: "Verband" is no "Band".
    let band = entry("band", &["Stufe"], &["Band"]);
    assert_eq!(violation(&band, "Band: Starting", "Stufe im Verband"), None);
    assert!(violation(&band, "Band: Starting", "Stufe, Band").is_some());
}

#[test]
fn other_spellings_and_rightly_avoided_words_are_understood() {
    let mut organization = entry("organization", &["Organisation"], &["Firma", "Unternehmen"]);
    organization.spellings = vec!["organisation".to_owned()];
    organization.avoid_unless = vec!["firm".to_owned()];
    // The British spelling is the same term.
    assert!(violation(&organization, "Other organisations.", "Andere Firmen.").is_some());
    // "firms" in the English is rightly "Unternehmen" beside "Organisationen".
    assert_eq!(
        violation(
            &organization,
            "Organisations and firms.",
            "Organisationen und Unternehmen."
        ),
        None
    );
    // Without such a word, the second translation is flagged.
    assert!(
        violation(
            &organization,
            "Your organization.",
            "Ihre Organisation (Ihr Unternehmen)."
        )
        .is_some()
    );
}

#[test]
fn fluent_syntax_is_not_read_as_words() {
    assert_eq!(
        readable(
            "Score { NUMBER($score, minimumFractionDigits: 1) } of { $count ->\n[one] one band\n*[other] bands\n}"
        ),
        "Score { , minimumFractionDigits: 1) } of {  ->\n one band\n* bands\n}"
    );
    let score = entry("score", &["Punktwert"], &[]);
    assert_eq!(
        violation(&score, &readable("Level { $score }"), "Niveau { $score }"),
        None
    );
}

#[test]
fn failures_name_file_id_and_both_texts() {
    let glossary = vec![entry("questionnaire", &["Fragebogen"], &["Umfrage"])];
    let pairs = vec![Pair {
        file: "crates/core/locales/de/wizard.ftl".to_owned(),
        id: "wizard-pick".to_owned(),
        english: "Pick a questionnaire".to_owned(),
        translated: "Wählen Sie eine Umfrage".to_owned(),
    }];
    let found = problems(&glossary, &pairs);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("crates/core/locales/de/wizard.ftl wizard-pick"));
    assert!(found[0].contains("en: Pick a questionnaire"));
    assert!(found[0].contains("tr: Wählen Sie eine Umfrage"));
}
