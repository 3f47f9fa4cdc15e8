//! Any bytes as an assessment file: parsed through the YAML module, and every text of an
//! accepted assessment sanitised as the screens do.
#![no_main]

use ecoready::assessment::Assessment;
use ecoready::text::sanitize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(assessment) = ecoready::yaml::from_slice::<Assessment>(data) {
        for text in [
            &assessment.organization.name,
            &assessment.organization.sector,
            &assessment.respondent.name,
        ] {
            let clean = sanitize(text, false);
            assert!(!clean.chars().any(char::is_control));
        }
        for answer in &assessment.answers {
            let clean = sanitize(&answer.note, true);
            assert!(!clean.chars().any(|c| c.is_control() && c != '\n'));
        }
    }
});
