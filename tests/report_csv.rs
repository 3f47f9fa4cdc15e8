//! The CSV reports read back with the `csv` crate: a constant column count, formula text
//! neutralised, numbers that parse, and the hand-computed scores of the fixtures.

#[path = "report_support/mod.rs"]
mod support;

use csv::StringRecord;
use ecoready::assessment::{Assessment, Organization, Respondent, Response, Setup};
use ecoready::documents::AssessmentDetail;
use ecoready::questionnaire::{Questionnaire, builtin};
use ecoready::report::{CsvLayout, assessments_csv};
use support::*;

/// The header and the records, read strictly: every record must have the header's length.
fn read(text: &str) -> (StringRecord, Vec<StringRecord>) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let records: Vec<StringRecord> = reader.records().map(Result::unwrap).collect();
    for record in &records {
        assert_eq!(record.len(), header.len());
    }
    (header, records)
}

fn column(header: &StringRecord, name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn portfolio() -> (StringRecord, Vec<StringRecord>) {
    let details = [detail(&baseline()), detail(&check_in()), detail(&draft())];
    read(&assessments_csv(&details, CsvLayout::Wide))
}

/// Columns written as numbers: scores, coverage and item scores.
fn numeric(name: &str) -> bool {
    let text_columns = [
        "id",
        "organization",
        "sector",
        "respondent",
        "role",
        "mode",
        "advisor",
        "round",
        "questionnaire",
        "version",
        "status",
        "caveat",
        "started_at",
        "completed_at",
    ];
    !text_columns.contains(&name) && !name.ends_with("_band")
}

#[test]
fn the_wide_form_has_one_row_per_assessment_and_a_column_per_area() {
    let (header, records) = portfolio();
    // The byte order mark does not end up in the first column's name.
    assert_eq!(&header[0], "id");
    // 17 fixed columns, 3 per dimension (5 x 3 = 15) and one per facet
    // (2 + 1 + 1 + 2 + 2 = 8): 17 + 15 + 8 = 40.
    assert_eq!(header.len(), 40);
    assert_eq!(&header[10], "status");
    assert_eq!(&header[11], "caveat");
    assert_eq!(&header[17], "shared_vision");
    assert_eq!(&header[18], "shared_vision_band");
    assert_eq!(&header[19], "shared_vision_coverage");
    assert_eq!(&header[32], "shared_vision.goal_alignment");
    assert_eq!(&header[39], "dynamic_capabilities.seize");
    assert_eq!(records.len(), 3);
    let baseline = &records[0];
    let at = |record: &StringRecord, name: &str| record[column(&header, name)].to_string();
    // Hand-computed in report_support: data governance 25, communication without a
    // score, so no overall score; 15 of 18 items answered with a value = 83.3%.
    assert_eq!(at(baseline, "overall"), "");
    assert_eq!(
        at(baseline, "overall_band"),
        "not enough answers: Communication has no score"
    );
    assert_eq!(at(baseline, "overall_coverage"), "83.3");
    assert_eq!(at(baseline, "data_governance"), "25.0");
    assert_eq!(at(baseline, "communication"), "");
    assert_eq!(
        at(baseline, "communication_band"),
        "not enough answers: 0 of 1 facet scored (needs 1)"
    );
    assert_eq!(at(baseline, "communication_coverage"), "33.3");
    assert_eq!(at(baseline, "data_governance.security"), "12.5");
    assert_eq!(at(baseline, "organization"), ORG);
    assert_eq!(at(baseline, "started_at"), "2025-01-10T09:00:00+01:00");
    // Communication has no score: the finished baseline is labelled partial.
    assert_eq!(
        at(baseline, "caveat"),
        "Partial: 1 dimension without a score (Communication)."
    );
    let draft = &records[2];
    assert_eq!(at(draft, "status"), "draft");
    assert!(
        at(draft, "caveat").starts_with("Draft: not finished, 2 of 18 questions answered"),
        "{}",
        at(draft, "caveat")
    );
    assert_eq!(at(draft, "completed_at"), "");
    // Two answers of 5: 66.67 each, the only scored facet: 1 of shared vision's 2 facets
    // is too few for the dimension, so neither it nor the overall has a score.
    assert_eq!(at(draft, "shared_vision.goal_alignment"), "66.7");
    assert_eq!(at(draft, "shared_vision"), "");
    assert_eq!(at(draft, "overall"), "");
}

#[test]
fn formula_text_is_neutralised_and_every_number_parses() {
    let (header, records) = portfolio();
    let sector = column(&header, "sector");
    assert_eq!(&records[0][sector], format!("'{HOSTILE_SECTOR}"));
    assert_eq!(&records[0][column(&header, "role")], "'@owner");
    for record in &records {
        for (name, cell) in header.iter().zip(record.iter()) {
            if numeric(name) {
                assert!(
                    cell.is_empty() || cell.parse::<f64>().is_ok(),
                    "{name}: {cell:?}"
                );
            } else {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: {cell:?}"
                );
            }
        }
    }
}

#[test]
fn the_long_form_has_one_row_per_item_with_notes_read_back_intact() {
    let details = [detail(&baseline()), detail(&check_in())];
    let (header, records) = read(&assessments_csv(&details, CsvLayout::Long));
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "assessment_id",
            "organization",
            "round",
            "date",
            "dimension",
            "facet",
            "item",
            "item_text",
            "response",
            "item_score",
            "note",
            "flagged"
        ]
    );
    // 18 items each.
    assert_eq!(records.len(), 36);
    let row = |item: &str| {
        records
            .iter()
            .find(|r| &r[0] == BASELINE_ID && &r[6] == item)
            .unwrap()
    };
    // 6 on 1-7: 100 * 5 / 6 = 83.3; the hostile note survives quoting unchanged.
    let first = row("sv_goal_1");
    assert_eq!(
        (&first[8], &first[9], &first[10], &first[11]),
        ("6", "83.3", HOSTILE_NOTE, "true")
    );
    // Reverse: 2 -> 8 - 2 = 6 -> 83.3.
    assert_eq!(&row("sv_value_2")[9], "83.3");
    assert_eq!(
        (&row("cs_comp_2")[8], &row("cs_comp_2")[9]),
        ("dont_know", "")
    );
    assert_eq!((&row("cm_quality_3")[8], &row("cm_quality_3")[9]), ("", ""));
    // Anchored level 1: 25 * (1 - 1) = 0.
    assert_eq!(&row("dg_security")[9], "0.0");
    assert_eq!(&row("dg_steward")[10], "Ask IT,\nthen \"legal\"");
    assert_eq!(&row("cs_comp_1")[10], "'=1+2");
    assert_eq!(&row("dc_sense_2")[10], "'\tindented");
    assert_eq!(&row("dc_seize_2")[10], "'+49 30 1234");
    assert_eq!(&row("sv_goal_1")[3], "2025-01-10");
}

#[test]
fn columns_are_the_union_of_every_questionnaire_in_first_seen_order() {
    let quick = builtin("quick-check").unwrap();
    let q = &quick.questionnaire;
    let setup = Setup {
        organization: Organization {
            name: "Gamma".to_string(),
            sector: String::new(),
        },
        respondent: Respondent::default(),
        ..Setup::default()
    };
    let at = time("2025-03-03T12:00:00+00:00");
    let mut other = Assessment::start("q".to_string(), setup, q, &quick.digest, at);
    let first_item = q.item_at(0).unwrap().item.id.clone();
    other.respond(q, &first_item, Response::DontKnow, at);
    let details = [
        detail(&baseline()),
        AssessmentDetail::new(&other, q, &other.current_scores(q)),
    ];
    let (header, records) = read(&assessments_csv(&details, CsvLayout::Wide));
    let expected = expected_facet_columns(&[questionnaire(), q.clone()]);
    let facets: Vec<&str> = header.iter().filter(|h| h.contains('.')).collect();
    assert_eq!(facets, expected);
    // A facet only the fixture has is empty in the quick check's row.
    if let Some(only_fixture) = expected
        .iter()
        .find(|c| !expected_facet_columns(std::slice::from_ref(q)).contains(c))
    {
        assert_eq!(&records[1][column(&header, only_fixture)], "");
    }
}

/// `dimension.facet` for every facet, dimensions in first-seen order, each dimension's
/// facets in first-seen order.
fn expected_facet_columns(questionnaires: &[Questionnaire]) -> Vec<String> {
    let mut dimensions: Vec<(String, Vec<String>)> = Vec::new();
    for q in questionnaires {
        for d in &q.dimensions {
            if !dimensions.iter().any(|(id, _)| *id == d.id) {
                dimensions.push((d.id.clone(), Vec::new()));
            }
            let facets = &mut dimensions.iter_mut().find(|(id, _)| *id == d.id).unwrap().1;
            for f in &d.facets {
                if !facets.contains(&f.id) {
                    facets.push(f.id.clone());
                }
            }
        }
    }
    dimensions
        .iter()
        .flat_map(|(d, facets)| facets.iter().map(move |f| format!("{d}.{f}")))
        .collect()
}
