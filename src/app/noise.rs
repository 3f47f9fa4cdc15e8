//! Compare and trend judged against the data directory's own measurement noise: the
//! evidence report ([`crate::evidence`]) over every assessment on the later side's
//! questionnaire gives each area's MDC95 where it has enough firms; elsewhere the
//! questionnaire's published default stands ([`crate::noise`]). Shared by the command line,
//! the screens and reports.

use color_eyre::eyre::Result;

use crate::assessment::{Assessment, QuestionnaireRef};
use crate::compare::{self, Comparison};
use crate::noise::NoiseTable;
use crate::questionnaire::Questionnaire;
use crate::store::Store;
use crate::trend::{self, Trend};

/// Each area's MDC95 for `q`: the data directory's where it has enough firms, else the
/// questionnaire's default. The measured ones are cached per questionnaire content and
/// folder state ([`Store::cached_noise`]): only the first comparison after a change reads
/// every assessment.
pub fn noise(store: &Store, q: &Questionnaire, reference: &QuestionnaireRef) -> Result<NoiseTable> {
    // Taken before reading, so that a file changed meanwhile makes the entry stale.
    let state = store.folder_state();
    if let Some(measured) = state.and_then(|s| store.cached_noise(s, &reference.digest)) {
        return Ok(NoiseTable::with_measured(q, &measured));
    }
    let (evidence, _) = super::evidence::evidence(store, q, reference)?;
    let measured = evidence.measured_noise();
    if let Some(state) = state {
        store.keep_noise(state, &reference.digest, &measured);
    }
    Ok(NoiseTable::with_measured(q, &measured))
}

/// Two assessments compared (the earlier as "before"), each change judged against the
/// noise of the later one's questionnaire.
pub fn compared(
    store: &Store,
    a: (&Assessment, &Questionnaire),
    b: (&Assessment, &Questionnaire),
) -> Result<Comparison> {
    let comparison = compare::compare_in_order(a, b);
    let (later, q) = if comparison.after.id == a.0.id { a } else { b };
    Ok(comparison.judged_by(&noise(store, q, &later.questionnaire)?))
}

/// The trend of `organization` over `assessments` (its own, each with its
/// questionnaire), each change judged against the noise of its latest questionnaire, with
/// its plans beside the check-ins they span (each judged as `show` judges it).
pub fn trended(
    store: &Store,
    organization: &str,
    assessments: &[(Assessment, Questionnaire)],
) -> Result<Trend> {
    let plans = super::plan::judged_history(store, assessments)?;
    let trend = trend::trend(organization, assessments).with_plans(&plans);
    let latest = trend.questionnaire.as_ref().and_then(|reference| {
        assessments
            .iter()
            .find(|(a, _)| a.questionnaire == *reference)
            .map(|(_, q)| (reference.clone(), q))
    });
    match latest {
        Some((reference, q)) => {
            let noise = noise(store, q, &reference)?;
            Ok(trend.judged_by(&noise))
        }
        None => Ok(trend),
    }
}
