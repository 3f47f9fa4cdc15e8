//! The data directory's MDC95 laid over a questionnaire's defaults, area by area.

use super::super::*;
use crate::noise::NoiseSource;
use crate::noise::tests::with_default;

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
    let table = evidence.noise(&q);
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
