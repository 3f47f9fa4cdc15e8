use super::*;
use crate::evidence::{DimensionEvidence, FacetEvidence, Retest};
use crate::questionnaire::builtin;

fn with_default(value: f64, sd: f64) -> Questionnaire {
    let mut q = builtin("ecosystem-readiness").unwrap().questionnaire;
    q.dimensions[0].reliability = None;
    q.dimensions[0].facets[0].reliability = Some(DefaultReliability {
        value,
        sd,
        source: "test".into(),
    });
    q
}

fn measured(firms: usize, mdc95: Option<f64>) -> Reliability {
    Reliability {
        items: 3,
        firms,
        alpha: mdc95.map(|_| 0.8),
        alpha_ci95: None,
        omega: None,
        omega_not_shown: None,
        sd: None,
        sem: None,
        mdc95,
        not_shown: None,
        retest: Retest {
            pairs: 0,
            icc: None,
            not_shown: None,
        },
    }
}

#[test]
fn a_default_of_alpha_073_and_sd_22_needs_a_change_of_3169_points() {
    // SEM = 22 * sqrt(1 - 0.73) = 22 * 0.519615 = 11.4315;
    // MDC95 = 1.96 * sqrt(2) * 11.4315 = 2.771859 * 11.4315 = 31.687.
    let q = with_default(0.73, 22.0);
    let table = NoiseTable::resolve(&q, None);
    let facet = &q.dimensions[0].facets[0];
    let noise = table.facet(&q.dimensions[0].id, &facet.id).unwrap();
    assert!((noise.mdc95 - 31.687).abs() < 0.001, "{}", noise.mdc95);
    assert_eq!(noise.source, NoiseSource::QuestionnaireDefault);
    assert!(!noise.is_real(30.0));
    assert!(noise.is_real(32.0));
    assert!(noise.is_real(-32.0));
    assert_eq!(
        noise.words(),
        "smallest real change 31.7 points, published default in the questionnaire"
    );
    // The dimension's default was taken away: no estimate, not zero.
    assert_eq!(table.dimension(&q.dimensions[0].id), None);
}

#[test]
fn the_data_directory_wins_where_it_has_an_mdc95_and_only_there() {
    let q = with_default(0.73, 22.0);
    let d = &q.dimensions[0];
    let evidence = Evidence {
        questionnaire: crate::assessment::QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
            digest: "d".into(),
        },
        title: q.title.clone(),
        basis: crate::evidence::Basis {
            assessments: 40,
            check_ins: 40,
            averaged_check_ins: 0,
            firms: 40,
            retest_pairs: 0,
            drafts_left_out: 0,
            other_questionnaire_left_out: 0,
        },
        dimensions: vec![DimensionEvidence {
            id: d.id.clone(),
            title: d.title.clone(),
            reliability: measured(40, Some(15.9)),
            facets: vec![
                FacetEvidence {
                    id: d.facets[0].id.clone(),
                    title: String::new(),
                    // Too few firms with every item answered: the default stays.
                    reliability: measured(12, None),
                },
                FacetEvidence {
                    id: d.facets[1].id.clone(),
                    title: String::new(),
                    reliability: measured(38, Some(20.5)),
                },
            ],
        }],
        items: Vec::new(),
    };
    let table = NoiseTable::resolve(&q, Some(&evidence));
    let dimension = table.dimension(&d.id).unwrap();
    assert_eq!(dimension.mdc95, 15.9);
    assert_eq!(dimension.source, NoiseSource::DataDirectory { firms: 40 });
    assert_eq!(
        dimension.words(),
        "smallest real change 15.9 points, from 40 firms in this data directory"
    );
    let first = table.facet(&d.id, &d.facets[0].id).unwrap();
    assert_eq!(first.source, NoiseSource::QuestionnaireDefault);
    let second = table.facet(&d.id, &d.facets[1].id).unwrap();
    assert_eq!(second.source, NoiseSource::DataDirectory { firms: 38 });
    // Another dimension keeps its questionnaire default.
    let other = table.dimension(&q.dimensions[1].id).unwrap();
    assert_eq!(other.source, NoiseSource::QuestionnaireDefault);
}

#[test]
fn the_built_in_defaults_give_every_area_an_estimate() {
    // information_sharing: alpha .72, sd 20: SEM = 20 * sqrt(.28) = 10.583,
    // MDC95 = 2.771859 * 10.583 = 29.33.
    let q = builtin("ecosystem-readiness").unwrap().questionnaire;
    let table = NoiseTable::resolve(&q, None);
    for d in &q.dimensions {
        assert!(table.dimension(&d.id).is_some(), "{}", d.id);
        for f in &d.facets {
            assert!(table.facet(&d.id, &f.id).is_some(), "{}", f.id);
        }
    }
    let sharing = table.facet("communication", "information_sharing").unwrap();
    assert!((sharing.mdc95 - 29.33).abs() < 0.01, "{}", sharing.mdc95);
}

#[test]
fn json_names_the_source_and_its_firms() {
    let measured = Noise {
        mdc95: 15.9,
        source: NoiseSource::DataDirectory { firms: 40 },
    };
    assert_eq!(
        serde_json::to_value(measured).unwrap(),
        serde_json::json!({"mdc95": 15.9, "source": "data_directory", "firms": 40})
    );
    let default = Noise {
        mdc95: 31.7,
        source: NoiseSource::QuestionnaireDefault,
    };
    assert_eq!(
        serde_json::to_value(default).unwrap(),
        serde_json::json!({"mdc95": 31.7, "source": "questionnaire_default"})
    );
}
