use super::*;
use crate::questionnaire::builtin;

/// The full built-in with only its first facet's default, `(value, sd)`, and none on its
/// first dimension.
pub(crate) fn with_default(value: f64, sd: f64) -> Questionnaire {
    let mut q = builtin("ecosystem-readiness").unwrap().questionnaire;
    q.dimensions[0].reliability = None;
    q.dimensions[0].facets[0].reliability = Some(DefaultReliability {
        value,
        sd,
        source: "test".into(),
    });
    q
}

#[test]
fn a_default_of_alpha_073_and_sd_22_needs_a_change_of_3169_points() {
    // SEM = 22 * sqrt(1 - 0.73) = 22 * 0.519615 = 11.4315;
    // MDC95 = 1.96 * sqrt(2) * 11.4315 = 2.771859 * 11.4315 = 31.687.
    let q = with_default(0.73, 22.0);
    let table = NoiseTable::defaults(&q);
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
fn the_built_in_defaults_give_every_area_an_estimate() {
    // information_sharing: alpha .72, sd 20: SEM = 20 * sqrt(.28) = 10.583,
    // MDC95 = 2.771859 * 10.583 = 29.33.
    let q = builtin("ecosystem-readiness").unwrap().questionnaire;
    let table = NoiseTable::defaults(&q);
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
