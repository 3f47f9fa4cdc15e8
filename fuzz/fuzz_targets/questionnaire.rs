//! Any bytes as a questionnaire file: the YAML module and the questionnaire loader with
//! its validation must refuse or accept them, never panic or run away.
#![no_main]

use ecoready::questionnaire::{self, Questionnaire};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ecoready::yaml::from_slice::<Questionnaire>(data);
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(error) = questionnaire::parse(text) {
            assert!(!error.describe("fuzzed.yaml").is_empty());
        }
    }
});
