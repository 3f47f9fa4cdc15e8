//! What a listing gives: a summary of each assessment (what listings show of it, with
//! its scores or why there are none) and the files that could not be read. Made by the
//! index (`index.rs`), from its caches or from the files.

use super::{Problem, StoreError};
use crate::assessment::{Assessment, Status, Timestamp};
use crate::scoring::{Score, Scores};
use crate::text::same_name;
use crate::tr;

/// What listings show of one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The assessment as stored, without its answers and score snapshot (both empty).
    pub assessment: Assessment,
    /// Items with a response (a value or "don't know").
    pub responses: usize,
    /// The overall score listings show.
    overall: Score,
    /// Every dimension's score `(id, value)`: what peer standings compare, kept in the
    /// index so they need no file and no other score.
    dimensions: Vec<(String, Option<f64>)>,
    /// Every score listings show, when they were asked for.
    pub(super) scores: Option<Scores>,
    /// Why there are no scores (the questionnaire it used cannot be loaded).
    pub(super) unscored: Option<String>,
}

impl Summary {
    /// A summary made from an assessment file (its answers already taken out) and its
    /// scores, or why there are none.
    pub(super) fn from_file(
        assessment: Assessment,
        responses: usize,
        scores: &Result<Scores, String>,
    ) -> Self {
        let (overall, unscored) = match scores {
            Ok(scores) => (scores.overall.clone(), None),
            Err(why) => {
                let nothing = Score {
                    value: None,
                    band: None,
                    answered: 0,
                    dont_know: 0,
                    total: 0,
                };
                (nothing, Some(why.clone()))
            }
        };
        let dimensions = match scores {
            Ok(scores) => scores
                .dimensions
                .iter()
                .map(|d| (d.id.clone(), d.score.value))
                .collect(),
            Err(_) => Vec::new(),
        };
        Self {
            assessment,
            responses,
            overall,
            dimensions,
            scores: None,
            unscored,
        }
    }

    /// A summary read back from the index.
    pub(super) fn from_parts(
        assessment: Assessment,
        responses: usize,
        overall: Score,
        dimensions: Vec<(String, Option<f64>)>,
    ) -> Self {
        Self {
            assessment,
            responses,
            overall,
            dimensions,
            scores: None,
            unscored: None,
        }
    }

    /// The overall score as kept, whether or not there are scores (for the index, which
    /// keeps only summaries that have them).
    pub(super) fn overall_unchecked(&self) -> &Score {
        &self.overall
    }

    /// The overall score listings show: the completion snapshot's, or computed from the
    /// answers for a draft.
    pub fn overall(&self) -> Result<&Score, &str> {
        match &self.unscored {
            Some(why) => Err(why),
            None => Ok(&self.overall),
        }
    }

    /// The dimensions' scores as the index keeps them (for the index).
    pub(super) fn dimensions_unchecked(&self) -> &[(String, Option<f64>)] {
        &self.dimensions
    }

    /// The overall score and every dimension's, keyed by area id
    /// ([`crate::peers::area_scores`]), in any listing: what peer standings compare.
    pub fn area_scores(&self) -> Result<Vec<(String, Option<f64>)>, &str> {
        let overall = self.overall()?;
        Ok(crate::peers::area_scores_of(
            overall.value,
            &self.dimensions,
        ))
    }

    /// Every score listings show; a listing made with [`Store::summaries`] has only the
    /// overall score, one made with [`Store::summaries_with_scores`] has them all.
    ///
    /// [`Store::summaries`]: super::Store::summaries
    /// [`Store::summaries_with_scores`]: super::Store::summaries_with_scores
    pub fn scores(&self) -> Result<&Scores, &str> {
        match (&self.unscored, &self.scores) {
            (Some(why), _) => Err(why),
            (None, Some(scores)) => Ok(scores),
            (None, None) => Err(tr!("store-listing-without-scores")),
        }
    }
}

/// Every assessment that could be read, summarised, and the files that could not.
#[derive(Debug, Clone, Default)]
pub struct Summaries {
    /// Summaries, newest `started_at` first (as [`super::Listing`] orders assessments).
    pub summaries: Vec<Summary>,
    /// Files that were skipped.
    pub problems: Vec<Problem>,
    /// Why the directory of assessments could not be listed at all (then there are no
    /// summaries, which says nothing about what it holds).
    pub unreadable: Option<StoreError>,
}

impl Summaries {
    /// The summaries, or why the directory of assessments could not be listed.
    pub fn readable(self) -> Result<Self, StoreError> {
        match self.unreadable {
            Some(error) => Err(error),
            None => Ok(self),
        }
    }

    /// The draft saved last, if any.
    pub fn latest_draft(&self) -> Option<&Assessment> {
        self.draft_to_resume(None)
    }

    /// What `resume` without an id continues: see [`draft_to_resume`].
    pub fn draft_to_resume(&self, me: Option<&str>) -> Option<&Assessment> {
        let drafts = self
            .summaries
            .iter()
            .map(|s| &s.assessment)
            .filter(|a| a.status == Status::Draft)
            .map(|a| (a, a.advisor.as_deref(), a.updated_at));
        draft_to_resume(drafts, me)
    }
}

/// Among drafts (each with its advisor and when it was saved), the one to resume: the one
/// saved last among `me`'s own when an advisor is configured and has any, else the one
/// saved last (a colleague's, which the caller then says).
pub fn draft_to_resume<'a, T>(
    drafts: impl Iterator<Item = (&'a T, Option<&'a str>, Timestamp)> + Clone,
    me: Option<&str>,
) -> Option<&'a T> {
    let latest = |drafts: &mut dyn Iterator<Item = (&'a T, Option<&'a str>, Timestamp)>| {
        drafts
            .max_by_key(|(_, _, at)| *at)
            .map(|(draft, _, _)| draft)
    };
    let mine = me.and_then(|me| {
        latest(
            &mut drafts
                .clone()
                .filter(|(_, advisor, _)| advisor.is_some_and(|a| same_name(a, me))),
        )
    });
    mine.or_else(|| latest(&mut drafts.clone()))
}
