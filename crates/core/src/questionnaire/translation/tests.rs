use super::*;
use crate::i18n::{Lang, with_lang};
use crate::questionnaire::{ValidationError, parse as parse_questionnaire};

const SOURCE: &str =
    include_str!("../../../../../tests/fixtures/questionnaires/valid-minimal.yaml");
const GERMAN: &str =
    include_str!("../../../../../tests/fixtures/translations/valid-minimal.de.yaml");

fn source() -> Questionnaire {
    parse_questionnaire(SOURCE).expect("the fixture questionnaire is valid")
}

/// The problems of the German fixture with `from` replaced by `to` (once), in English.
fn problems(from: &str, to: &str) -> Vec<ValidationError> {
    assert!(GERMAN.contains(from), "the fixture has no {from:?}");
    let text = GERMAN.replacen(from, to, 1);
    with_lang(Lang::En, || match parse_for(&text, &source()) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(errors)) => errors,
        Err(other) => panic!("not a validation problem: {other:?}"),
    })
}

/// The single problem of a broken fixture: its line and message.
fn one_problem(from: &str, to: &str) -> (Option<usize>, String) {
    let errors = problems(from, to);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    (errors[0].line, errors[0].message.clone())
}

/// The 1-based line of the first line of the fixture containing `needle`.
fn line_of(needle: &str) -> Option<usize> {
    GERMAN
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
}

#[test]
fn the_fixture_translation_is_valid_and_recognised() {
    assert_eq!(problems("language: de", "language: de"), Vec::new());
    assert!(is_translation(GERMAN));
    assert!(!is_translation(SOURCE));
    assert!(!is_translation("title: translates: nothing\n"));
}

#[test]
fn another_questionnaire_or_version_is_named() {
    let (line, message) = one_problem("translates: fixture-minimal", "translates: other");
    assert_eq!(line, line_of("translates:"));
    assert!(
        message.contains("`other`") && message.contains("`fixture-minimal`"),
        "{message}"
    );
    let (line, message) = one_problem("version: \"1.0.0\"", "version: \"0.9.0\"");
    assert_eq!(line, Some(4));
    assert!(
        message.contains("0.9.0") && message.contains("1.0.0"),
        "{message}"
    );
}

#[test]
fn a_language_ecoready_does_not_speak_or_the_source_language_is_refused() {
    let (line, message) = one_problem("language: de", "language: fr");
    assert_eq!(line, Some(5));
    assert!(
        message.contains("`fr`") && message.contains("en, de, es"),
        "{message}"
    );
    let (_, message) = one_problem("language: de", "language: en");
    assert!(message.contains("already in `en`"), "{message}");
}

#[test]
fn a_missing_item_and_an_unknown_item_are_reported_where_they_are() {
    let errors = problems("  sv_goal_2:\n", "  sv_goal_9:\n");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    // The missing one at the `items` line, the unknown one at its own line.
    assert_eq!(errors[0].line, line_of("items:"));
    assert!(
        errors[0]
            .message
            .contains("item `sv_goal_2` has no translation")
    );
    assert_eq!(errors[1].line, line_of("sv_goal_2:"));
    assert!(
        errors[1].message.contains("no item `sv_goal_9`"),
        "{}",
        errors[1].message
    );
}

#[test]
fn missing_and_unknown_dimensions_and_facets_are_reported() {
    let errors = problems("  ownership:\n", "  owners:\n");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].message.contains("facet `ownership`"),
        "{errors:#?}"
    );
    assert!(
        errors[1].message.contains("no facet `owners`"),
        "{errors:#?}"
    );
    let errors = problems("  data_governance:\n    title", "  data_gov:\n    title");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[1].message.contains("no dimension `data_gov`"),
        "{errors:#?}"
    );
    assert_eq!(errors[1].line, line_of("data_governance:"));
}

#[test]
fn a_missing_level_description_is_counted() {
    let (line, message) = one_problem(
        "      - Die Zuständigkeiten stehen in Vereinbarungen.\n",
        "",
    );
    assert_eq!(line, line_of("anchors:"));
    assert!(
        message.contains("describes 3 levels in the questionnaire but 2 here"),
        "{message}"
    );
}

#[test]
fn a_missing_band_is_counted() {
    let (line, message) = one_problem(
        "  - name: Hoch\n    meaning: Die Abläufe sind eine Stärke, auf die sich Partner verlassen.\n",
        "",
    );
    assert_eq!(line, line_of("bands:"));
    assert!(message.contains("3 bands but this file has 2"), "{message}");
}

#[test]
fn agreement_options_must_match_the_scale() {
    let errors = problems("      7: Stimme voll zu\n", "      8: Stimme voll zu\n");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].message.contains("option 7 of scale `agree7`"),
        "{errors:#?}"
    );
    assert_eq!(
        errors[1].line,
        line_of("8: Stimme voll zu").or(line_of("7: Stimme"))
    );
    assert!(errors[1].message.contains("no option 8"), "{errors:#?}");
}

#[test]
fn placeholders_must_be_kept() {
    let mut q = source();
    q.dimensions[0].facets[0].items[0].text = "We know what {partner} wants.".into();
    let text = GERMAN.replace(
        "    text: Wir wissen, was unsere wichtigsten Partner erreichen wollen.",
        "    text: Wir wissen, was {partnerin} will.",
    );
    let errors = with_lang(Lang::En, || {
        validate(&parse(&text).expect("well-formed"), &q, &text)
    });
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].line, Some(39));
    assert!(errors[0].message.contains("{partner}") && errors[0].message.contains("{partnerin}"));
    let kept = text.replace("{partnerin}", "{partner}");
    let errors = validate(&parse(&kept).expect("well-formed"), &q, &kept);
    assert_eq!(errors, Vec::new());
}

#[test]
fn a_results_note_or_facet_advice_the_source_lacks_is_refused_and_one_it_has_is_required() {
    let (line, message) = one_problem(
        "description: Zwei",
        "results_note: Nur ein erster Blick.\ndescription: Zwei",
    );
    assert_eq!(line, Some(7));
    assert!(message.contains("`results_note` is here"), "{message}");
    let mut q = source();
    q.dimensions[0].facets[0].advice = Some("Ask partners first.".into());
    let errors = with_lang(Lang::En, || {
        validate(&parse(GERMAN).expect("ok"), &q, GERMAN)
    });
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].field, "facets.goal_alignment.advice");
    assert_eq!(errors[0].line, line_of("goal_alignment:"));
    assert!(errors[0].message.contains("is missing"), "{errors:#?}");
}

#[test]
fn advice_follows_the_source_bands_and_empty_texts_are_refused() {
    let errors = problems("    Middle:\n", "    Mittel:\n");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    // The missing band at its dimension's line, the unknown one at its own.
    assert_eq!(errors[0].line, Some(55));
    assert!(
        errors[0]
            .message
            .contains("band `Middle` has no translation"),
        "{errors:#?}"
    );
    assert_eq!(errors[1].line, line_of("    Middle:"));
    assert!(errors[1].message.contains("band `Mittel`"), "{errors:#?}");
    let (line, message) = one_problem("title: Minimaler Fragebogen", "title: \" \"");
    assert_eq!(line, Some(6));
    assert!(message.contains("empty"), "{message}");
}

#[test]
fn unknown_fields_and_wrong_shapes_are_yaml_errors_with_a_line() {
    let text = GERMAN.replace("    help: Denken Sie", "    hint: x\n    help: Denken Sie");
    let Err(LoadError::Yaml(error)) = parse(&text) else {
        panic!("an unknown field must be refused");
    };
    assert_eq!(error.line, Some(40));
    assert!(error.message.contains("hint"), "{}", error.message);
}

#[test]
fn apply_replaces_every_text_and_keeps_ids_scoring_and_band_names() {
    let q = source();
    let translation = parse_for(GERMAN, &q).expect("valid");
    let de = apply(&q, &translation);
    assert_eq!(de.language, "de");
    assert_eq!(de.title, "Minimaler Fragebogen");
    assert_eq!(de.dimensions[1].title, "Datenverantwortung");
    assert_eq!(de.dimensions[0].facets[0].title, "Abgestimmte Ziele");
    let item = &de.dimensions[1].facets[0].items[0];
    assert_eq!(
        item.anchors[2],
        "Die Zuständigkeiten stehen in Vereinbarungen."
    );
    assert_eq!(
        item.probe,
        "Wen würden Sie anrufen, wenn geteilte Daten nach außen gelangen?"
    );
    assert_eq!(
        de.choices(&de.dimensions[0].facets[0].items[0])[6].label,
        "Stimme voll zu"
    );
    // Bands keep their source name (scores and advice find them by it) and show the
    // translated one.
    assert_eq!(de.bands[0].name, "Low");
    assert_eq!(de.bands[0].label(), "Niedrig");
    assert_eq!(de.band_label("Middle"), "Mittel");
    assert_eq!(q.band_label("Middle"), "Middle");
    assert_eq!(de.band_label("Unknown"), "Unknown");
    assert_eq!(de.bands[0].meaning, "Es ist noch wenig vorhanden.");
    assert_eq!(
        de.advice_for("shared_vision", "Middle"),
        ["Schreiben Sie die Ziele auf, die Sie mit jedem Partner teilen."]
    );
    // Nothing but texts changed: ids, scales' values, weights, bounds, reverse flags.
    let ids = |q: &Questionnaire| {
        q.items()
            .map(|r| (r.item.id.clone(), r.item.reverse, r.item.scale.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&de), ids(&q));
    assert_eq!(
        de.bands.iter().map(|b| (b.min, b.max)).collect::<Vec<_>>(),
        q.bands.iter().map(|b| (b.min, b.max)).collect::<Vec<_>>()
    );
    // Scores on both rest on these alone (tests/translation_cli.rs shows the same scores).
}

#[test]
fn a_translated_questionnaire_keeps_the_source_digest() {
    let loaded = Loaded::from_text(SOURCE.to_string(), "valid-minimal.yaml").expect("valid");
    let translation = parse_for(GERMAN, &loaded.questionnaire).expect("valid");
    let de = loaded.translated(&translation);
    assert_eq!(de.digest, loaded.digest);
    assert_eq!(de.digest, crate::questionnaire::digest(SOURCE.as_bytes()));
    assert_eq!(de.text, SOURCE);
    assert!(de.translated && !loaded.translated);
    assert_eq!(de.questionnaire.title, "Minimaler Fragebogen");
}

#[test]
fn pseudo_wraps_every_text_but_not_ids() {
    let p = pseudo(&source());
    assert_eq!(p.title, "[[Minimal fixture]]");
    assert_eq!(p.bands[2].label(), "[[High]]");
    assert_eq!(p.bands[2].name, "High");
    let item = &p.dimensions[1].facets[0].items[0];
    assert_eq!(item.id, "dg_owner_1");
    assert_eq!(item.anchors[0], "[[Nobody has been named.]]");
    assert_eq!(item.help, "[[Data such as customer lists or orders.]]");
    assert_eq!(
        p.choices(&p.dimensions[0].facets[0].items[0])[0].label,
        "[[Strongly disagree]]"
    );
    assert_eq!(
        p.advice_for("data_governance", "Low"),
        ["[[Name one person responsible for shared data.]]"]
    );
    assert_eq!(
        p.dimensions[0].summary,
        "[[Whether you and your partners pull in the same direction.]]"
    );
}

#[test]
fn every_builtin_translation_is_valid_for_its_builtin_questionnaire() {
    for file in BUILTIN_TRANSLATIONS {
        let header =
            parse(file.text).unwrap_or_else(|e| panic!("{}", e.describe(file.file).join("\n")));
        let questionnaire = crate::questionnaire::builtin(&header.translates)
            .unwrap_or_else(|| panic!("{}: no built-in `{}`", file.file, header.translates));
        let checked = with_lang(Lang::En, || {
            parse_for(file.text, &questionnaire.questionnaire)
        });
        if let Err(e) = checked {
            panic!("{}", e.describe(file.file).join("\n"));
        }
        let lang = language_of_file_name(file.file).map(Lang::code);
        assert_eq!(lang, Some(header.language.as_str()), "{}", file.file);
    }
}

#[test]
fn file_names_give_the_language() {
    assert_eq!(language_of_file_name("quick-check.de.yaml"), Some(Lang::De));
    assert_eq!(language_of_file_name("a.b.es.yaml"), Some(Lang::Es));
    assert_eq!(language_of_file_name("quick-check.yaml"), None);
    assert_eq!(language_of_file_name("quick-check.fr.yaml"), None);
}
