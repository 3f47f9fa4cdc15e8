//! The instrument report's data: every assessment in the data directory, read through the
//! store, and the evidence the core computes over those of one questionnaire. Shared by
//! `ecoready evidence`, `export --evidence` and the wizard's Evidence screen.

use color_eyre::eyre::Result;

use crate::assessment::{Assessment, QuestionnaireRef, Status};
use crate::documents::EvidenceDocument;
use crate::evidence::Evidence;
use crate::questionnaire::{Loaded, Questionnaire};
use crate::store::{Problem, Store, shown};

/// The evidence document over one questionnaire, and the files that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Gathered {
    /// The report's document.
    pub document: EvidenceDocument,
    /// Files left out because they could not be read.
    pub skipped: Vec<Problem>,
}

/// The evidence on `loaded` (its exact content, by digest) over the data directory.
pub fn gather(store: &Store, loaded: &Loaded) -> Result<Gathered> {
    let (evidence, skipped) = evidence(store, &shown(loaded).questionnaire, &reference(loaded))?;
    Ok(Gathered {
        document: EvidenceDocument::new(&evidence),
        skipped,
    })
}

/// The evidence on `q` (whose exact content is `reference`) over every readable
/// assessment in the data directory, and the files that could not be read: what
/// compare and trend judge measurement noise by (`super::noise`).
pub fn evidence(
    store: &Store,
    q: &Questionnaire,
    reference: &QuestionnaireRef,
) -> Result<(Evidence, Vec<Problem>)> {
    let listing = store.list().readable()?;
    let evidence = crate::evidence::evidence(q, reference, &listing.assessments);
    Ok((evidence, listing.problems))
}

/// What identifies `loaded`'s exact content.
fn reference(loaded: &Loaded) -> QuestionnaireRef {
    QuestionnaireRef {
        id: loaded.questionnaire.id.clone(),
        version: loaded.questionnaire.version.clone(),
        digest: loaded.digest.clone(),
    }
}

/// The evidence document on `loaded` over `assessments`.
fn document(loaded: &Loaded, assessments: &[Assessment]) -> EvidenceDocument {
    EvidenceDocument::new(&crate::evidence::evidence(
        &shown(loaded).questionnaire,
        &reference(loaded),
        assessments,
    ))
}

/// The evidence on whichever of `catalog` (the questionnaires the wizard offers, default
/// first) most complete assessments in the data directory used, the default on a tie or
/// when none did: the wizard's Evidence screen opens on the figures that exist.
pub fn gather_busiest(store: &Store, catalog: &[Loaded]) -> Result<Option<(Gathered, Loaded)>> {
    let listing = store.list().readable()?;
    let used = |loaded: &Loaded| {
        listing
            .assessments
            .iter()
            .filter(|a| a.status == Status::Complete && a.questionnaire.digest == loaded.digest)
            .count()
    };
    let mut busiest: Option<(&Loaded, usize)> = None;
    for loaded in catalog {
        let count = used(loaded);
        if busiest.is_none_or(|(_, most)| count > most) {
            busiest = Some((loaded, count));
        }
    }
    Ok(busiest.map(|(loaded, _)| {
        let gathered = Gathered {
            document: document(loaded, &listing.assessments),
            skipped: listing.problems.clone(),
        };
        (gathered, loaded.clone())
    }))
}
