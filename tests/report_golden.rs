//! Golden files: every report of the fixtures in every format, compared byte for byte with
//! `tests/golden/`. After an intended change, `UPDATE_GOLDEN=1 cargo test --test
//! report_golden` rewrites them; review the diff before committing. Separate tests check
//! that the hand-computed numbers of the fixtures are the ones printed.

#[path = "report_support/mod.rs"]
mod support;

use ecoready::compare::compare;
use ecoready::documents::{CheckInPlanSummary, CompareDocument, TrendDocument};
use ecoready::report::{
    self, AssessmentReport, CsvLayout, DateStyle, Format, Options, assessment_file_name,
    assessments_csv, comparison_file_name, trend_file_name,
};
use ecoready::trend::trend;
use support::*;

fn options(dates: DateStyle) -> Options {
    Options {
        dates,
        csv_layout: CsvLayout::Wide,
    }
}

fn baseline_report(format: Format, options: &Options) -> String {
    let (q, detail) = (questionnaire(), detail(&baseline()));
    let single = AssessmentReport {
        detail: &detail,
        questionnaire: &q,
    };
    report::assessment(&single, format, options).unwrap()
}

fn comparison_document() -> CompareDocument {
    let q = questionnaire();
    CompareDocument::new(&compare((&baseline(), &q), (&check_in(), &q)))
}

fn trend_document() -> TrendDocument {
    let q = questionnaire();
    let all = [
        (baseline(), q.clone()),
        (check_in(), q.clone()),
        (draft(), q),
    ];
    TrendDocument::new(&trend(ORG, &all))
}

#[test]
fn one_assessment_in_every_format_matches_its_golden_file() {
    let slashes = options(DateStyle::DayMonthYear { separator: '/' });
    check(
        "assessment.md",
        &baseline_report(Format::Markdown, &slashes),
    );
    let dots = options(DateStyle::DayMonthYear { separator: '.' });
    check("assessment.html", &baseline_report(Format::Html, &dots));
    check("assessment.json", &baseline_report(Format::Json, &dots));
    check("assessment-wide.csv", &baseline_report(Format::Csv, &dots));
    let long = Options {
        csv_layout: CsvLayout::Long,
        ..dots
    };
    check("assessment-long.csv", &baseline_report(Format::Csv, &long));
}

#[test]
fn a_comparison_in_every_format_matches_its_golden_file() {
    let document = comparison_document();
    let render = |format, dates| report::comparison(&document, format, &options(dates)).unwrap();
    check("comparison.md", &render(Format::Markdown, DateStyle::Iso));
    check(
        "comparison.html",
        &render(Format::Html, DateStyle::MonthDayYear),
    );
    check("comparison.csv", &render(Format::Csv, DateStyle::Iso));
    check("comparison.json", &render(Format::Json, DateStyle::Iso));
}

#[test]
fn a_trend_in_every_format_matches_its_golden_file() {
    let document = trend_document();
    let render = |format| {
        let dates = DateStyle::DayMonthYear { separator: '/' };
        report::trend(&document, format, &options(dates)).unwrap()
    };
    check("trend.md", &render(Format::Markdown));
    check("trend.html", &render(Format::Html));
    check("trend.csv", &render(Format::Csv));
    check("trend.json", &render(Format::Json));
}

#[test]
fn the_portfolio_of_every_client_matches_its_golden_file() {
    let details = [detail(&baseline()), detail(&check_in()), detail(&draft())];
    check("portfolio.csv", &assessments_csv(&details, CsvLayout::Wide));
}

#[test]
fn the_markdown_report_prints_the_hand_computed_scores() {
    let md = baseline_report(Format::Markdown, &options(DateStyle::Iso));
    // Communication has no score (1 of 3 answered), so the overall has none: the mean of
    // the other four, (70.83 + 41.67 + 25 + 79.17) / 4 = 54.17, is not the whole firm.
    assert!(
        md.contains("**not enough answers: Communication has no score**"),
        "{md}"
    );
    assert!(!md.contains("54.2"));
    // 15 of 18 items answered with a value: 83.3%; 2 "don't know".
    assert!(md.contains("15 of 18 items answered with a value (83.3%); 2 answered"));
    assert!(md.contains("| **Data governance** | 25.0 | Repeatable | 4/4 (100.0%) | 0 |"));
    // Communication: 1 of 3 answered, below two thirds.
    assert!(
        md.contains(
            "| **Communication** | not enough answers: 0 of 1 facet scored (needs 1) |  \
             | 1/3 (33.3%) | 1 |"
        ),
        "{md}"
    );
    // The reverse item: 2 -> 8 - 2 = 6 -> 83.33; with 5 -> 66.67 the facet is 75.0.
    assert!(md.contains("| – Shared value & fair shares | 75.0 | Managed | 2/2 (100.0%) | 0 |"));
    assert!(
        md.contains("- Facet: **Security and breach response** in Data governance, 12.5 (Initial)")
    );
    assert!(md.contains("Many \"don't know\" answers in: Complementary strengths, Communication."));
    assert!(md.contains("### Data governance (Repeatable)\n\n- Name one person responsible"));
}

#[test]
fn the_comparison_prints_hand_computed_changes_with_marks() {
    let md = report::comparison(
        &comparison_document(),
        Format::Markdown,
        &options(DateStyle::Iso),
    )
    .unwrap();
    // Like for like, on the 15 items both answered: communication rests on cm_quality_1
    // alone (1 of 3), so neither it nor the overall is comparable. Shared vision
    // 70.83 -> 79.17: +8.33 on 4 items; complementary strengths on cs_comp_1 and cs_comp_3
    // (cs_comp_2 was "don't know" before): (33.33 + 50) / 2 -> 50, +8.33; data governance
    // +12.5; dynamic capabilities 79.17 -> 62.5: -16.67. Across those four (equal weights):
    // (8.33 + 8.33 + 12.5 - 16.67) / 4 = 3.125.
    assert!(
        md.contains(
            "| **Overall readiness** | n/a | n/a | n/a ? | not comparable (on 15 of 18 items) |"
        ),
        "{md}"
    );
    assert!(md.contains("| **Shared vision** | 70.8 | 79.2 | +8.3 ▲ | on 4 of 4 items |"));
    assert!(
        md.contains("| **Complementary strengths** | 41.7 | 50.0 | +8.3 ▲ | on 2 of 3 items |")
    );
    assert!(md.contains("| **Dynamic capabilities** | 79.2 | 62.5 | -16.7 ▼ |"));
    assert!(
        md.contains("| **Communication** | n/a | n/a | n/a ? | not comparable (on 1 of 3 items) |")
    );
    assert!(md.contains("both answered 15 of its 18 questions with a value"));
    assert!(md.contains("Across the 4 dimensions that can be compared the change is +3.1"));
    assert!(!md.contains("were compared"));
    // Value sharing is 75 on both sides.
    assert!(md.contains("| – Shared value & fair shares | 75.0 | 75.0 | 0.0 = |"));
    // The answers behind the items that moved, not only their scores.
    assert!(md.contains("| `sv_goal_1` We know what our main partners want to achieve. | Agree | Strongly agree | 83.3 | 100.0 |"), "{md}");
    let csv = report::comparison(
        &comparison_document(),
        Format::Csv,
        &options(DateStyle::Iso),
    )
    .unwrap();
    // No default for dynamic capabilities: no estimate. Data governance's default 0.80 and
    // SD 20: SEM = 20 * sqrt(0.2) = 8.944, MDC95 = 2.771859 * 8.944 = 24.79 > 12.5.
    assert!(csv.contains(
        "\r\ndimension,dynamic_capabilities,,,Dynamic capabilities,79.2,62.5,-16.7,down,4,4,,,no estimate,,,\r\n"
    ));
    assert!(csv.contains(
        "\r\ndimension,data_governance,,,Data governance,25.0,37.5,12.5,up,4,4,,,within noise,24.8,questionnaire_default,\r\n"
    ));
}

#[test]
fn the_trend_has_one_point_per_round_and_ignores_drafts() {
    let md = report::trend(
        &trend_document(),
        Format::Markdown,
        &options(DateStyle::Iso),
    )
    .unwrap();
    // Two complete assessments in two rounds; Beta's draft is another organization.
    assert!(md.contains("2 check-ins, 2025-01-10 to 2025-07-01."));
    assert!(md.contains("| Round | baseline | Q3 check-in | |"));
    // The baseline has no overall score (communication had none): not comparable.
    assert!(md.contains("| **Overall readiness** | not enough answers | 61.4 | not comparable |"));
    assert!(md.contains("| Questionnaire | report-fixture@2.1.0 | report-fixture@2.1.0 | |"));
    // Data governance 25 -> 37.5 (+12.5) is within its MDC95 of 24.8: not most improved.
    // Goals (66.7 -> 83.3, +16.7) reaches its 12.4 (0.95, SD 20: SEM 4.472, MDC95 12.40).
    assert!(
        md.contains("## Most improved\n\n- Goals you share with partners (Shared vision): 66.7 → 83.3, +16.7 ▲ (like for like: 1 resp. · 2 items; smallest real change 12.4 points, published default in the questionnaire)\n\n"),
        "{md}"
    );
    assert!(md.contains("| **Data governance** | 25.0 | 37.5 | +12.5 ▲ (1 resp. · 4 items; within noise (< 24.8)) |"), "{md}");
}

#[test]
fn suggested_file_names_name_the_organization_and_the_days() {
    // "Acme & Söhne <GmbH>": "ö" is spelt "o", every run of other characters is one hyphen.
    assert_eq!(
        assessment_file_name(&detail(&baseline()), Format::Html),
        "ecoready-acme-sohne-gmbh-2025-01-10.html"
    );
    assert_eq!(
        comparison_file_name(&comparison_document(), Format::Markdown),
        "ecoready-acme-sohne-gmbh-2025-01-10-to-2025-07-01.md"
    );
    assert_eq!(
        trend_file_name(&trend_document(), Format::Json),
        "ecoready-acme-sohne-gmbh-trend.json"
    );
    // A draft is named by the day it was started.
    assert_eq!(
        assessment_file_name(&detail(&draft()), Format::Csv),
        "ecoready-beta-ltd-2025-05-02.csv"
    );
}

/// The planned baseline, the reviewing check-in and the draft, as the store reads them.
fn planned() -> Vec<(
    ecoready::assessment::Assessment,
    ecoready::questionnaire::Questionnaire,
)> {
    let q = questionnaire();
    vec![
        (planned_baseline(), q.clone()),
        (reviewing_check_in(), q.clone()),
        (draft(), q),
    ]
}

/// The check-in that reviewed the baseline's plan and made its own, with both.
fn planned_check_in_report(format: Format, options: &Options) -> String {
    let all = planned();
    let history = ecoready::plan::history(&all);
    let plan = CheckInPlanSummary::new(&history.of_check_in(CHECK_IN_ID));
    let q = questionnaire();
    let detail = detail(&reviewing_check_in()).with_plan(plan);
    let single = AssessmentReport {
        detail: &detail,
        questionnaire: &q,
    };
    report::assessment(&single, format, options).unwrap()
}

#[test]
fn a_check_in_with_a_plan_in_every_format_matches_its_golden_file() {
    let dots = options(DateStyle::DayMonthYear { separator: '.' });
    check(
        "assessment-plan.md",
        &planned_check_in_report(Format::Markdown, &dots),
    );
    check(
        "assessment-plan.html",
        &planned_check_in_report(Format::Html, &dots),
    );
    check(
        "assessment-plan.json",
        &planned_check_in_report(Format::Json, &dots),
    );
    check(
        "assessment-plan-wide.csv",
        &planned_check_in_report(Format::Csv, &dots),
    );
}

#[test]
fn a_trend_with_a_plan_in_every_format_matches_its_golden_file() {
    let all = planned();
    let trend = trend(ORG, &all).with_plans(&ecoready::plan::history(&all));
    let document = TrendDocument::new(&trend);
    let render = |format| report::trend(&document, format, &options(DateStyle::Iso)).unwrap();
    check("trend-plan.md", &render(Format::Markdown));
    check("trend-plan.html", &render(Format::Html));
    check("trend-plan.json", &render(Format::Json));
}

#[test]
fn the_plan_sections_print_the_hand_computed_changes_and_verdicts() {
    let md = planned_check_in_report(Format::Markdown, &options(DateStyle::Iso));
    // Goal alignment 66.67 -> 83.33, +16.67 on 2 items, at least its MDC95 of 12.40.
    assert!(
        md.contains(
            "| Goals you share with partners | Ana Ruiz | 2025-06-30 | done | 66.7 → 83.3 | \
             +16.7 ▲ on 2 items | real (≥ 12.4) | Agreed in March |"
        ),
        "{md}"
    );
    // Responsibility 37.5 -> 50, +12.5 on 2 items; the facet has no MDC95 of its own.
    assert!(
        md.contains("| 37.5 → 50.0 | +12.5 ▲ on 2 items | no estimate |"),
        "{md}"
    );
    assert!(md.contains("## Plan made from this check-in"), "{md}");
    assert!(
        md.contains("| Security and breach response | IT | 2025-12-31 | Write the breach plan |"),
        "{md}"
    );
    // The baseline made the plan and reviewed none; the draft has nothing to show.
    let all = planned();
    let history = ecoready::plan::history(&all);
    let baseline = history.of_check_in(BASELINE_ID);
    assert!(baseline.reviewed.is_none() && baseline.made.is_some());
    assert!(history.of_check_in(DRAFT_ID).is_empty());
    assert!(CheckInPlanSummary::new(&history.of_check_in(DRAFT_ID)).is_none());
}
