//! Which round of an organization to show: the one asked for, or its latest labelled one,
//! with a message naming the rounds there are when neither exists. Shared by
//! `ecoready round` and `export --round-report`.

use color_eyre::eyre::Result;

use crate::agreement::{self, RoundView};
use crate::assessment::Assessment;
use crate::error::InvalidInput;
use crate::questionnaire::Questionnaire;
use crate::text::{same_name, sanitize};
use crate::tr;

/// The round view of `org`'s round `label`, or of its latest labelled round without one;
/// a label it has no complete assessment in, or no labelled round, is [`InvalidInput`].
pub fn round_of(
    org: &str,
    label: Option<&str>,
    assessments: &[(Assessment, Questionnaire)],
) -> Result<RoundView> {
    let rounds = agreement::round_labels(org, assessments);
    let label = match label {
        Some(label) if rounds.iter().any(|r| same_name(r, label)) => label.to_string(),
        Some(label) => {
            let message = if rounds.is_empty() {
                tr!(
                    "app-round-unknown-no-rounds",
                    org = org.trim(),
                    round = label.trim()
                )
            } else {
                let quoted: Vec<String> = rounds.iter().map(|r| format!("\"{r}\"")).collect();
                tr!(
                    "app-round-unknown",
                    org = org.trim(),
                    round = label.trim(),
                    rounds = quoted.join(", ")
                )
            };
            return Err(InvalidInput(sanitize(&message, false)).into());
        }
        None => agreement::latest_round(org, assessments).ok_or_else(|| {
            let message = tr!("app-round-none-labelled", org = org.trim());
            InvalidInput(sanitize(&message, false))
        })?,
    };
    Ok(agreement::round_view(org, &label, assessments))
}
