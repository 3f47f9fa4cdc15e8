//! Reports in German and Spanish: golden files of one assessment (text, Markdown, HTML)
//! and one comparison in each language (`tests/golden/de/`, `tests/golden/es/`; rewrite
//! them with `UPDATE_GOLDEN=1 cargo test --test report_languages` and read the diff),
//! numbers with a decimal comma, machine formats left in English, and validation
//! messages that keep their file and line in every language.

#[path = "report_support/mod.rs"]
mod support;

use ecoready::compare::compare;
use ecoready::documents::CompareDocument;
use ecoready::i18n::{Lang, with_lang};
use ecoready::report::{self, AssessmentReport, DateStyle, Format, Options};
use support::*;

fn options() -> Options {
    Options {
        dates: DateStyle::DayMonthYear { separator: '.' },
        ..Options::default()
    }
}

/// The baseline's report in `format`, documents built and rendered in `lang` (as the
/// application does for `--lang`).
fn assessment_report(lang: Lang, format: Format) -> String {
    with_lang(lang, || {
        let (q, detail) = (questionnaire(), detail(&baseline()));
        let single = AssessmentReport {
            detail: &detail,
            questionnaire: &q,
        };
        report::assessment(&single, format, &options()).unwrap()
    })
}

fn assessment_text(lang: Lang) -> String {
    with_lang(lang, || {
        report::text::show(&detail(&baseline()), &questionnaire())
    })
}

fn comparison_document(lang: Lang) -> CompareDocument {
    with_lang(lang, || {
        let q = questionnaire();
        CompareDocument::new(&compare((&baseline(), &q), (&draft(), &q)))
    })
}

fn comparison_report(lang: Lang, format: Format) -> String {
    let document = comparison_document(lang);
    with_lang(lang, || {
        report::comparison(&document, format, &options()).unwrap()
    })
}

#[test]
fn one_assessment_and_one_comparison_in_german_and_spanish_match_their_golden_files() {
    for (lang, folder) in [(Lang::De, "de"), (Lang::Es, "es")] {
        let name = |file: &str| format!("{folder}/{file}");
        check(&name("assessment.txt"), &assessment_text(lang));
        check(
            &name("assessment.md"),
            &assessment_report(lang, Format::Markdown),
        );
        check(
            &name("assessment.html"),
            &assessment_report(lang, Format::Html),
        );
        let compare_text = with_lang(lang, || report::text::compare(&comparison_document(lang)));
        check(&name("comparison.txt"), &compare_text);
        check(
            &name("comparison.md"),
            &comparison_report(lang, Format::Markdown),
        );
        check(
            &name("comparison.html"),
            &comparison_report(lang, Format::Html),
        );
    }
}

#[test]
fn german_and_spanish_reports_write_numbers_with_a_decimal_comma() {
    // Shared vision: levels/agreement of the fixture give 70.8 (tests/report_golden.rs
    // checks the English figure by hand); 15 of 18 items answered = 83.3 %.
    let english = assessment_report(Lang::En, Format::Markdown);
    assert!(
        english.contains("| **Shared vision** | 70.8 |"),
        "{english}"
    );
    assert!(english.contains("(83.3%)"), "{english}");
    let german = assessment_report(Lang::De, Format::Markdown);
    assert!(german.contains("| **Shared vision** | 70,8 |"), "{german}");
    assert!(german.contains("(83,3\u{a0}%)"), "{german}");
    assert!(
        !german.contains("70.8") && !german.contains("83.3"),
        "{german}"
    );
    let spanish = assessment_report(Lang::Es, Format::Markdown);
    assert!(
        spanish.contains("| **Shared vision** | 70,8 |"),
        "{spanish}"
    );
    assert!(spanish.contains("(83,3\u{a0}%)"), "{spanish}");
    let html = assessment_report(Lang::De, Format::Html);
    assert!(html.contains("<html lang=\"de\">"), "{}", &html[..200]);
    assert!(
        assessment_report(Lang::Es, Format::Html).contains("<html lang=\"es\">"),
        "Spanish page language"
    );
}

#[test]
fn machine_formats_stay_english_whatever_the_language() {
    for format in [Format::Json, Format::Csv] {
        assert_eq!(
            assessment_report(Lang::De, format),
            assessment_report(Lang::En, format),
            "{format:?}"
        );
        assert_eq!(
            comparison_report(Lang::Es, format),
            comparison_report(Lang::En, format),
            "{format:?}"
        );
    }
    // The JSON document keeps its English sentence; the German report says it in German.
    let document = comparison_document(Lang::De);
    assert!(
        document
            .not_compared
            .note
            .starts_with("Both used the same questionnaire"),
        "{}",
        document.not_compared.note
    );
    assert!(
        document
            .not_compared
            .shown_note
            .starts_with("Beide verwenden denselben Fragebogen"),
        "{}",
        document.not_compared.shown_note
    );
}

#[test]
fn validation_messages_in_german_keep_their_file_and_line() {
    let text = FIXTURE.replacen("weight: 1", "weight: 0", 1);
    let line = text
        .lines()
        .position(|l| l.trim() == "weight: 0")
        .map(|i| i + 1);
    // Parsing validates: the refusal carries the messages, worded in German.
    let errors = match with_lang(Lang::De, || ecoready::questionnaire::parse(&text)) {
        Err(ecoready::questionnaire::LoadError::Invalid(errors)) => errors,
        other => panic!("expected the weight to be refused: {other:?}"),
    };
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, line);
    let described = errors[0].describe("q.yaml");
    let expected_start = format!("q.yaml:{}: {}: ", line.unwrap(), errors[0].field);
    assert!(described.starts_with(&expected_start), "{described}");
    assert!(
        described.contains("hat das Gewicht 0; Gewichte müssen Zahlen größer als 0 sein"),
        "{described}"
    );
}
