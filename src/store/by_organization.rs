//! Loading assessments together with the exact questionnaires they used.

use color_eyre::eyre::{Result, WrapErr};

use super::{Problem, Store};
use crate::assessment::Assessment;
use crate::questionnaire::Questionnaire;
use crate::text::same_name;

/// An organization's assessments, each with its questionnaire.
#[derive(Debug, Clone, Default)]
pub struct OrganizationAssessments {
    /// Assessments whose organization name matches, newest first.
    pub assessments: Vec<(Assessment, Questionnaire)>,
    /// Files skipped: unreadable assessments, or ones whose questionnaire is missing.
    pub problems: Vec<Problem>,
}

impl Store {
    /// An assessment by id or unique prefix, with the exact questionnaire it used.
    pub fn assessment_with_questionnaire(
        &self,
        prefix: &str,
    ) -> Result<(Assessment, Questionnaire)> {
        let id = self.resolve(prefix)?;
        let assessment = self.load(&id)?;
        let reference = &assessment.questionnaire;
        let loaded = self.questionnaire_for(reference).wrap_err_with(|| {
            format!(
                "the questionnaire {}@{} that assessment {id} used could not be loaded",
                reference.id, reference.version
            )
        })?;
        Ok((assessment, loaded.questionnaire))
    }

    /// Every assessment of an organization with the exact questionnaire it used.
    pub fn organization_assessments(&self, organization: &str) -> Result<OrganizationAssessments> {
        let listing = self.list().readable()?;
        let mut found = OrganizationAssessments {
            problems: listing.problems,
            ..Default::default()
        };
        for assessment in listing.assessments {
            if !same_name(&assessment.organization.name, organization) {
                continue;
            }
            match self.questionnaire_for(&assessment.questionnaire) {
                Ok(loaded) => found.assessments.push((assessment, loaded.questionnaire)),
                Err(e) => found.problems.push(Problem {
                    path: self
                        .assessments_dir()
                        .join(format!("{}.yaml", assessment.id)),
                    message: format!("{e:#}"),
                }),
            }
        }
        Ok(found)
    }
}
