//! `ecoready reid`: giving an assessment a new id, for the (now very unlikely) case that
//! two machines made the same id for different assessments, or to move an old local-time
//! id to the current form. Ids stored in other files (a plan review's `plan_of`) follow.

use std::path::PathBuf;

use color_eyre::eyre::Result;

use super::Store;
use crate::assessment::Assessment;

/// What `reid` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reided {
    /// The id the assessment had.
    pub old: String,
    /// Its new id.
    pub new: String,
    /// Ids of the assessments whose plan review named the old id and now names the new.
    pub references: Vec<String>,
    /// Where the file under the old id went in the trash.
    pub trashed: PathBuf,
}

impl Store {
    /// Gives assessment `id` (exact) a new id. The file under the new id is written first,
    /// then every reference, then the old file moves to the trash: a run stopped half way
    /// leaves both files, never none.
    pub fn reid(&self, id: &str) -> Result<Reided> {
        let _lock = self.lock_draft(id)?;
        let assessment = self.load(id)?;
        let new = self.new_id(&assessment.started_at);
        let renamed = Assessment {
            id: new.clone(),
            ..assessment
        };
        self.save(&renamed)?;
        let mut references = Vec::new();
        let listing = self.list().readable()?;
        for mut other in listing.assessments {
            let names_old = other
                .plan_review
                .as_ref()
                .is_some_and(|review| review.plan_of == id);
            if !names_old || other.id == new || other.id == id {
                continue;
            }
            // A draft open in a window would be saved back with the old reference.
            let _other_lock = self.lock_draft(&other.id)?;
            if let Some(review) = other.plan_review.as_mut() {
                review.plan_of = new.clone();
            }
            self.save(&other)?;
            references.push(other.id);
        }
        let trashed = self.move_to_trash(&self.assessment_path(id)?, id)?;
        Ok(Reided {
            old: id.to_string(),
            new,
            references,
            trashed,
        })
    }
}
