//! Loading assessments together with the exact questionnaires they used.

use color_eyre::eyre::{Result, WrapErr};

use super::reading::read_assessment;
use super::{LoadedQuestionnaires, Problem, Store, Summaries};
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
    /// An assessment by id or unique prefix, with the exact questionnaire it used, its
    /// texts in the language messages are shown in ([`Store::questionnaire_shown`]).
    pub fn assessment_with_questionnaire(
        &self,
        prefix: &str,
    ) -> Result<(Assessment, Questionnaire)> {
        let id = self.resolve(prefix)?;
        let assessment = self.load(&id)?;
        let reference = &assessment.questionnaire;
        let loaded = self.questionnaire_shown(reference).wrap_err_with(|| {
            format!(
                "the questionnaire {}@{} that assessment {id} used could not be loaded",
                reference.id, reference.version
            )
        })?;
        Ok((assessment, loaded.questionnaire))
    }

    /// Every assessment of an organization with the exact questionnaire it used. The
    /// index names each assessment's organization, so only this organization's files are
    /// read: a trend or round of one firm among thousands reads a handful of files.
    pub fn organization_assessments(&self, organization: &str) -> Result<OrganizationAssessments> {
        let listing = self.summaries().readable()?;
        Ok(self.organization_assessments_in(&listing, organization))
    }

    /// [`Store::organization_assessments`] with the listing already made, for callers
    /// that need it for more (a trend's peers): the index is read once per command. Its
    /// problems are the found ones'. Each questionnaire is loaded once however many
    /// assessments used it.
    pub fn organization_assessments_in(
        &self,
        listing: &Summaries,
        organization: &str,
    ) -> OrganizationAssessments {
        let mut found = OrganizationAssessments {
            problems: listing.problems.clone(),
            ..Default::default()
        };
        let mut questionnaires = LoadedQuestionnaires::default();
        let ids = listing
            .summaries
            .iter()
            .map(|s| &s.assessment)
            .filter(|a| same_name(&a.organization.name, organization))
            .map(|a| a.id.as_str());
        for id in ids {
            let path = self.assessments_dir().join(format!("{id}.yaml"));
            let assessment = match read_assessment(&path, id) {
                Ok(assessment) => assessment,
                // Changed since the index looked at it, and no longer readable.
                Err(e) => {
                    found.problems.push(Problem {
                        path,
                        message: e.describe(),
                    });
                    continue;
                }
            };
            match questionnaires.get(self, &assessment.questionnaire) {
                // One organization's few assessments: a copy each is cheap, and the
                // callers' computations take them owned beside their assessment.
                Ok(q) => found
                    .assessments
                    .push((assessment, Questionnaire::clone(&q))),
                Err(message) => found.problems.push(Problem { path, message }),
            }
        }
        found
    }
}
