//! The HTML reports parsed with an HTML parser: well-formed, complete pages that reference
//! nothing outside themselves, run no script, escape hostile text, and show the numbers
//! of `show --json`.

#[path = "report_support/mod.rs"]
mod support;

use ecoready::compare::compare;
use ecoready::documents::{CompareDocument, TrendDocument};
use ecoready::report::{self, AssessmentReport, DateStyle, Format, Options};
use ecoready::trend::trend;
use scraper::{ElementRef, Html, Selector};
use support::*;

fn options(dates: DateStyle) -> Options {
    Options {
        dates,
        ..Options::default()
    }
}

fn assessment_html(dates: DateStyle) -> String {
    let (q, detail) = (questionnaire(), detail(&baseline()));
    let single = AssessmentReport {
        detail: &detail,
        questionnaire: &q,
    };
    report::assessment(&single, Format::Html, &options(dates)).unwrap()
}

fn comparison_html() -> String {
    let q = questionnaire();
    let document = CompareDocument::new(&compare((&baseline(), &q), (&check_in(), &q)));
    report::comparison(&document, Format::Html, &options(DateStyle::Iso)).unwrap()
}

fn trend_html() -> String {
    let q = questionnaire();
    let document = TrendDocument::new(&trend(ORG, &[(baseline(), q.clone()), (check_in(), q)]));
    report::trend(&document, Format::Html, &options(DateStyle::MonthDayYear)).unwrap()
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect()
}

/// The structure every report page shares, and the absence of anything external.
fn assert_self_contained_page(raw: &str, title_contains: &str) {
    let html = Html::parse_document(raw);
    assert!(html.errors.is_empty(), "parse errors: {:?}", html.errors);
    assert!(raw.starts_with("<!DOCTYPE html>\n"));
    assert_eq!(select(&html, "meta[charset=\"utf-8\"]").len(), 1);
    let viewport = select(&html, "meta[name=\"viewport\"]");
    assert_eq!(viewport.len(), 1);
    let title = select(&html, "head > title");
    assert_eq!(title.len(), 1);
    assert!(
        text(&title[0]).contains(title_contains),
        "{}",
        text(&title[0])
    );
    assert_eq!(select(&html, "h1").len(), 1);
    assert!(!select(&html, "table").is_empty());
    assert_eq!(select(&html, "svg").len(), 1);
    let styles = select(&html, "style");
    assert_eq!(styles.len(), 1);
    let css = text(&styles[0]);
    assert!(css.contains("@media print {"));
    assert!(css.contains("@page { size: A4; margin: 15mm; }"));
    // Nothing that runs or loads anything.
    for tag in [
        "script", "link", "img", "iframe", "object", "embed", "a", "use", "image",
    ] {
        assert!(select(&html, tag).is_empty(), "a <{tag}> element");
    }
    for element in select(&html, "*") {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}");
            let value = value.to_lowercase();
            for reference in ["http", "//", "url(", "javascript:", "data:"] {
                assert!(!value.contains(reference), "{name}=\"{value}\"");
            }
        }
    }
    let lowered = raw.to_lowercase();
    for reference in ["http", "//", "url(", "@import", "<script"] {
        assert!(
            !lowered.contains(reference),
            "the page contains {reference}"
        );
    }
}

#[test]
fn every_report_is_a_self_contained_page_with_a_print_stylesheet() {
    assert_self_contained_page(&assessment_html(DateStyle::Iso), "Acme & Söhne <GmbH>");
    assert_self_contained_page(&comparison_html(), "Comparison: Acme & Söhne <GmbH>");
    assert_self_contained_page(&trend_html(), "Readiness over time: Acme & Söhne <GmbH>");
}

#[test]
fn hostile_notes_and_names_come_out_escaped_and_read_back_unchanged() {
    let raw = assessment_html(DateStyle::Iso);
    assert!(raw.contains(
        "&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
    ));
    let html = Html::parse_document(&raw);
    let notes: Vec<String> = select(&html, "td.note").iter().map(text).collect();
    // The parser turns the escapes back into exactly what the respondent typed.
    assert_eq!(notes[0], HOSTILE_NOTE);
    assert!(
        notes.contains(&"Ask IT,\nthen \"legal\"".to_string()),
        "{notes:?}"
    );
    assert_eq!(
        text(&select(&html, "h1")[0]),
        format!("Ecosystem readiness (fixture) report: {ORG}")
    );
    let comparison = Html::parse_document(&comparison_html());
    let before_notes: Vec<String> = select(&comparison, "td.note").iter().map(text).collect();
    assert_eq!(before_notes[0], HOSTILE_NOTE);
}

#[test]
fn the_score_table_shows_show_json_scores_rounded_to_one_decimal() {
    let shown = detail(&baseline());
    let html = Html::parse_document(&assessment_html(DateStyle::Iso));
    let rows = select(&html, "table.scores tbody tr");
    let mut expected = Vec::new();
    for d in &shown.summary.scores.dimensions {
        expected.push((d.title.clone(), d.score.clone()));
        expected.extend(d.facets.iter().map(|f| (f.title.clone(), f.score.clone())));
    }
    assert_eq!(rows.len(), expected.len());
    for (row, (title, score)) in rows.iter().zip(&expected) {
        let cells: Vec<String> = select_in(row, "td").iter().map(text).collect();
        assert_eq!(&cells[0], title);
        // Without a value: "not enough answers" and what is missing.
        let shown_score = score.score.map_or_else(
            || score.not_enough_answers().unwrap(),
            |v| format!("{v:.1}"),
        );
        assert_eq!(cells[1], shown_score, "{title}");
        assert_eq!(cells[2], score.band.clone().unwrap_or_default(), "{title}");
        assert!(cells[3].starts_with(&format!("{}/{} (", score.answered, score.total)));
    }
    // Communication has no score, so neither has the overall (the other four would
    // average (70.83 + 41.67 + 25 + 79.17) / 4 = 54.17).
    let overall = text(&select(&html, "p.overall")[0]);
    assert!(overall.starts_with("not enough answers"), "{overall}");
}

fn select_in<'a>(element: &ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    element.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn charts_draw_one_shape_per_assessment_and_one_line_per_series() {
    let single = Html::parse_document(&assessment_html(DateStyle::Iso));
    // Five rings, and the score shape broken at Communication (no score): an open line
    // through the four dimensions with a score, a marker on each.
    assert_eq!(select(&single, "svg polygon").len(), 5);
    assert_eq!(select(&single, "svg polyline").len(), 1);
    assert_eq!(select(&single, "svg circle").len(), 4);
    let labels: Vec<String> = select(&single, "svg text[text-anchor]:not(.no-score)")
        .iter()
        .map(text)
        .collect();
    assert_eq!(labels.len(), 5);
    assert!(
        labels[2].starts_with("Communication") && labels[2].ends_with("n/a"),
        "{labels:?}"
    );

    let comparison = Html::parse_document(&comparison_html());
    // Like for like, Communication is not comparable (the baseline has no score for it), so
    // both shapes are open lines broken there: before dashed, after solid, told apart
    // without colour, and no closed shape pretends to a score at that axis.
    let lines = select(&comparison, "svg polyline");
    let closed = select(&comparison, "svg polygon[fill-opacity]");
    assert_eq!((lines.len(), closed.len()), (2, 0));
    assert!(lines[0].value().attr("stroke-dasharray").is_some());
    assert!(lines[1].value().attr("stroke-dasharray").is_none());

    let trend = Html::parse_document(&trend_html());
    // Overall and five dimensions: one path each (communication is a single point).
    assert_eq!(select(&trend, "svg path").len(), 6);
    let svg_text: String = select(&trend, "svg").iter().map(text).collect();
    assert!(svg_text.contains("01/10/2025") && svg_text.contains("07/01/2025"));
}

#[test]
fn dates_follow_the_date_style_the_shell_chose() {
    let iso = assessment_html(DateStyle::Iso);
    assert!(iso.contains("<td>2025-01-10 09:20 (+01:00)</td>"));
    let us = assessment_html(DateStyle::MonthDayYear);
    assert!(us.contains("<td>01/10/2025 09:20 (+01:00)</td>"));
    let german = assessment_html(DateStyle::DayMonthYear { separator: '.' });
    assert!(german.contains("<td>10.01.2025 09:20 (+01:00)</td>"));
}

fn html_of(a: &ecoready::assessment::Assessment) -> String {
    let (q, detail) = (questionnaire(), detail(a));
    let single = AssessmentReport {
        detail: &detail,
        questionnaire: &q,
    };
    report::assessment(&single, Format::Html, &options(DateStyle::Iso)).unwrap()
}

#[test]
fn a_draft_and_a_partial_result_are_labelled_in_the_headline() {
    // The draft: 2 of 18 questions answered; the label sits right under the title.
    let raw = html_of(&draft());
    let html = Html::parse_document(&raw);
    let label = select(&html, "header > h1 + p.draft");
    assert_eq!(label.len(), 1, "{raw}");
    assert!(
        text(&label[0]).starts_with("Draft: not finished, 2 of 18 questions answered"),
        "{}",
        text(&label[0])
    );
    // The baseline is finished, but Communication has no score: partial.
    let html = Html::parse_document(&assessment_html(DateStyle::Iso));
    let label = select(&html, "header > h1 + p.draft");
    assert_eq!(
        text(&label[0]),
        "Partial: 1 dimension without a score (Communication)."
    );
    // The check-in has every dimension scored: no label.
    let html = Html::parse_document(&html_of(&check_in()));
    assert!(select(&html, "p.draft").is_empty());
}

#[test]
fn a_draft_is_labelled_in_markdown_json_and_show() {
    let (q, detail) = (questionnaire(), detail(&draft()));
    let single = AssessmentReport {
        detail: &detail,
        questionnaire: &q,
    };
    let markdown = report::assessment(&single, Format::Markdown, &options(DateStyle::Iso)).unwrap();
    let second = markdown.lines().nth(2).unwrap();
    assert!(
        second.starts_with("**Draft: not finished, 2 of 18 questions answered"),
        "{markdown}"
    );
    let json: serde_json::Value = serde_json::from_str(
        &report::assessment(&single, Format::Json, &options(DateStyle::Iso)).unwrap(),
    )
    .unwrap();
    assert!(
        json["assessment"]["caveat"]
            .as_str()
            .unwrap()
            .starts_with("Draft: not finished, 2 of 18 questions answered")
    );
    let shown = ecoready::report::text::show(&detail, &q);
    assert!(
        shown
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("Draft: not finished, 2 of 18 questions answered"),
        "{shown}"
    );
}

#[test]
fn the_radar_breaks_at_a_dimension_without_a_score_and_marks_it_n_a() {
    // The baseline's Communication has no score.
    let html = Html::parse_document(&assessment_html(DateStyle::Iso));
    let marks = select(&html, "svg.chart text.no-score");
    assert_eq!(marks.len(), 1);
    assert_eq!(text(&marks[0]), "n/a");
    // No closed, filled shape joins the neighbours across the gap: open lines instead.
    assert!(select(&html, "svg.chart polygon[fill-opacity]").is_empty());
    let lines = select(&html, "svg.chart polyline");
    assert_eq!(lines.len(), 1);
    // Five dimensions, one without a score: the line runs through the other four.
    let points = lines[0].value().attr("points").unwrap();
    assert_eq!(points.split_whitespace().count(), 4, "{points}");
    // With every dimension scored the shape stays closed and nothing says n/a.
    let html = Html::parse_document(&html_of(&check_in()));
    assert_eq!(select(&html, "svg.chart polygon[fill-opacity]").len(), 1);
    assert!(select(&html, "svg.chart text.no-score").is_empty());
}

#[test]
fn the_print_stylesheet_wraps_long_words_and_keeps_headings_with_their_text() {
    let html = Html::parse_document(&assessment_html(DateStyle::Iso));
    let style: String = text(&select(&html, "head > style")[0]);
    let rule = |selector: &str| -> String {
        let start = style
            .find(&format!("{selector} {{"))
            .unwrap_or_else(|| panic!("no rule for {selector}:\n{style}"));
        let end = style[start..].find('}').unwrap() + start;
        style[start..end].to_string()
    };
    // Long unbroken words (URLs, firm names) wrap in table cells and notes.
    let wrapping = rule("th, td, p, li, figcaption, .note");
    assert!(wrapping.contains("overflow-wrap: anywhere"), "{wrapping}");
    // A heading is never left alone at the bottom of a page, on screen-print or print.
    let headings = rule("h1, h2, h3");
    assert!(headings.contains("break-after: avoid"), "{headings}");
    let print = &style[style.find("@media print").unwrap()..];
    assert!(
        print.contains("h1, h2, h3 { break-after: avoid;"),
        "{print}"
    );
    // The map drawing keeps the page's full width (its labels are sized for it), while
    // other charts are capped in height.
    assert!(
        print.contains("svg.chart.map { max-height: none; }"),
        "{print}"
    );
    // Rows may not split in general, but a long note may run on to the next page.
    assert!(
        print.contains("table.notes tr, table.notes td, .note { break-inside: auto;"),
        "{print}"
    );
}
