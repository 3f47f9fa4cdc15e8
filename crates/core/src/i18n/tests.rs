use super::*;

#[test]
fn every_catalogue_parses_without_a_problem() {
    for lang in [Lang::En, Lang::De, Lang::Es, Lang::Pseudo] {
        assert_eq!(Catalog::get(lang).problems(), vec![], "{lang}");
    }
}

#[test]
fn every_message_id_starts_with_its_file_s_name() {
    // The catalogue reads a file when a message of it is first asked for, found by the
    // id's start; `common` holds the few shared words.
    for lang in [Lang::En, Lang::De, Lang::Es] {
        for (area, source) in catalog::sources(lang) {
            let resource = match fluent_bundle::FluentResource::try_new(source.to_owned()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let id = message.id.name;
                    assert!(
                        id.starts_with(&format!("{area}-")),
                        "{lang}/{area}.ftl: {id} does not start with {area}-"
                    );
                }
            }
        }
    }
}

#[test]
fn a_message_is_found_in_its_own_file() {
    let english = Catalog::get(Lang::En);
    assert_eq!(english.format("common-app-name", &[]), "ecoready");
    assert!(english.has("tui-round-rwg"));
    assert!(english.has("help-about"));
    assert!(!english.has("tui-no-such-message"));
    assert_eq!(
        english.format("tui-no-such-message", &[]),
        "tui-no-such-message"
    );
    // A message German lacked would come from English, in its own file there too.
    assert_eq!(
        Catalog::get(Lang::De).format("common-app-name", &[]),
        "ecoready"
    );
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let english = message_ids(Lang::En);
    assert!(english.len() > 2, "the English catalogue is read");
    for lang in [Lang::De, Lang::Es] {
        let translated = message_ids(lang);
        let missing: Vec<_> = english
            .iter()
            .filter(|(id, _)| !translated.iter().any(|(t, _)| t == id))
            .map(|(id, _)| id)
            .collect();
        let unknown: Vec<_> = translated
            .iter()
            .filter(|(id, _)| !english.iter().any(|(e, _)| e == id))
            .map(|(id, _)| id)
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            unknown.is_empty(),
            "{lang} has messages English does not: {unknown:?}"
        );
        for (id, variables) in &english {
            let (_, theirs) = translated
                .iter()
                .find(|(t, _)| t == id)
                .expect("checked above");
            assert_eq!(
                theirs, variables,
                "{lang} {id}: variables differ from English"
            );
        }
    }
}

#[test]
fn plural_forms_follow_each_language() {
    let shown =
        |lang, count: usize| with_lang(lang, || crate::tr!("common-answers-count", count = count));
    assert_eq!(shown(Lang::En, 1), "1 answer");
    assert_eq!(shown(Lang::En, 0), "0 answers");
    assert_eq!(shown(Lang::De, 1), "1 Antwort");
    assert_eq!(shown(Lang::De, 2), "2 Antworten");
    assert_eq!(shown(Lang::Es, 1), "1 respuesta");
    assert_eq!(shown(Lang::Es, 12), "12 respuestas");
    // Numbers inside messages follow the language's grouping.
    assert_eq!(shown(Lang::De, 40000), "40.000 Antworten");
    assert_eq!(shown(Lang::Es, 4000), "4000 respuestas");
}

#[test]
fn numbers_follow_cldr_rules_of_each_language() {
    let d = |lang, value, places| with_lang(lang, || decimal(value, places));
    assert_eq!(
        d(Lang::En, 3.25, 1),
        "3.2",
        "Rust rounds half to even on the binary value"
    );
    assert_eq!(d(Lang::De, 3.75, 1), "3,8");
    assert_eq!(d(Lang::En, 1234.5, 1), "1,234.5");
    assert_eq!(d(Lang::De, 1234.5, 1), "1.234,5");
    assert_eq!(d(Lang::Es, 1234.5, 1), "1234,5");
    assert_eq!(d(Lang::Es, 12345.5, 1), "12.345,5");
    assert_eq!(d(Lang::De, -0.04, 1), "0,0", "no minus sign on a zero");
    assert_eq!(d(Lang::De, -2.25, 2), "-2,25");
    assert_eq!(with_lang(Lang::De, || signed_decimal(0.4, 1)), "+0,4");
    assert_eq!(with_lang(Lang::Es, || signed_decimal(-1.0, 1)), "-1,0");
    assert_eq!(with_lang(Lang::En, || signed_decimal(0.01, 1)), "0.0");
    assert_eq!(with_lang(Lang::En, || integer(40000)), "40,000");
    assert_eq!(with_lang(Lang::De, || percent(45.0, 0)), "45\u{a0}%");
    assert_eq!(with_lang(Lang::En, || percent(45.0, 0)), "45%");
}

#[test]
fn the_pseudo_language_wraps_english() {
    assert_eq!(
        with_lang(Lang::Pseudo, || text("common-app-name")),
        "[[ecoready]]"
    );
    assert_eq!(
        with_lang(Lang::Pseudo, || crate::tr!(
            "common-answers-count",
            count = 2
        )),
        "[[2 answers]]"
    );
}

#[test]
fn an_override_is_undone_after_its_closure() {
    let outside = current();
    with_lang(Lang::De, || assert_eq!(current(), Lang::De));
    assert_eq!(current(), outside);
}

#[test]
fn languages_are_read_from_tags_and_locale_variables() {
    assert_eq!(Lang::from_tag("de_DE.UTF-8"), Some(Lang::De));
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(Lang::from_tag("C"), None);
    assert_eq!(Lang::from_tag("fr_FR"), None);
    // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; empty values are skipped.
    assert_eq!(
        Lang::from_locale_vars(Some(""), Some("es_ES"), Some("de_DE")),
        Some(Lang::Es)
    );
    assert_eq!(
        Lang::from_locale_vars(None, None, Some("de_AT.UTF-8")),
        Some(Lang::De)
    );
    // The first one set decides, even for a language ecoready does not speak.
    assert_eq!(
        Lang::from_locale_vars(Some("fr_FR"), None, Some("de_DE")),
        None
    );
    assert_eq!(Lang::from_locale_vars(None, None, None), None);
}
