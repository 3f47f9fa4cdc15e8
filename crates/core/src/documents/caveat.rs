//! The label that goes wherever one assessment's numbers appear when they are not the
//! numbers of a finished assessment with every dimension scored: "Draft: not finished, 12
//! of 50 questions answered" or "Partial: 3 dimensions without a score". A dimension "has
//! no score" when scoring gave it none, so the label follows whatever coverage rule
//! [`crate::scoring::score`] applies.

use crate::assessment::Status;
use crate::scoring::Scores;

/// The label for an assessment in `status` with these `scores`, or `None` for a complete
/// assessment whose every dimension has a score.
pub fn caveat(status: Status, scores: &Scores) -> Option<String> {
    let unscored: Vec<&str> = scores
        .dimensions
        .iter()
        .filter(|d| d.score.value.is_none())
        .map(|d| d.title.as_str())
        .collect();
    caveat_text(
        status,
        scores.overall.responded(),
        scores.overall.total,
        &unscored,
    )
}

/// The label from its parts: the status, how many questions have a response (a value or
/// "don't know") out of how many, and the titles of the dimensions without a score.
pub fn caveat_text(
    status: Status,
    responded: usize,
    total: usize,
    unscored: &[&str],
) -> Option<String> {
    let unscored_text = (!unscored.is_empty()).then(|| {
        crate::tr!(
            "core-caveat-unscored",
            count = unscored.len(),
            titles = unscored.join(", ")
        )
    });
    match (status, unscored_text) {
        (Status::Draft, None) => Some(crate::tr!(
            "core-caveat-draft",
            responded = responded,
            total = total
        )),
        (Status::Draft, Some(unscored)) => Some(crate::tr!(
            "core-caveat-draft-unscored",
            responded = responded,
            total = total,
            unscored = unscored
        )),
        (Status::Complete, Some(unscored)) => {
            Some(crate::tr!("core-caveat-partial", unscored = unscored))
        }
        (Status::Complete, None) => None,
    }
}

/// The questions without any response and the dimensions that would have no score if the
/// assessment were finished now: what Finish names before it asks to go ahead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    /// Questions with neither a value nor "don't know".
    pub unanswered: usize,
    /// Titles of the dimensions without a score.
    pub unscored: Vec<String>,
}

impl Unfinished {
    /// What is missing from `scores`, or `None` when every question has a response and
    /// every dimension a score (finishing needs no question then).
    pub fn of(scores: &Scores) -> Option<Self> {
        let unanswered = scores
            .overall
            .total
            .saturating_sub(scores.overall.responded());
        let unscored: Vec<String> = scores
            .dimensions
            .iter()
            .filter(|d| d.score.value.is_none())
            .map(|d| d.title.clone())
            .collect();
        (unanswered > 0 || !unscored.is_empty()).then_some(Self {
            unanswered,
            unscored,
        })
    }

    /// "3 questions are unanswered. Shared vision and Governance will have no score." (the
    /// titles as given: callers clean them for their screen).
    pub fn sentence(&self) -> String {
        let questions = match self.unanswered {
            0 => crate::tr!("core-unfinished-all-answered").to_string(),
            n => crate::tr!("core-unfinished-unanswered", count = n),
        };
        let dimensions = match self.unscored.as_slice() {
            [] => crate::tr!("core-unfinished-all-scored").to_string(),
            titles => crate::tr!(
                "core-unfinished-unscored",
                count = titles.len(),
                titles = crate::text::and_list(titles)
            ),
        };
        format!("{questions} {dimensions}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finished_assessment_with_every_dimension_scored_has_no_label() {
        assert_eq!(caveat_text(Status::Complete, 50, 50, &[]), None);
    }

    #[test]
    fn a_draft_says_how_far_it_got() {
        assert_eq!(
            caveat_text(Status::Draft, 12, 50, &[]).unwrap(),
            "Draft: not finished, 12 of 50 questions answered; the scores may still change."
        );
        assert_eq!(
            caveat_text(Status::Draft, 12, 50, &["Shared vision"]).unwrap(),
            "Draft: not finished, 12 of 50 questions answered; 1 dimension without a score \
             (Shared vision)."
        );
    }

    #[test]
    fn a_finished_assessment_with_unscored_dimensions_is_partial() {
        assert_eq!(
            caveat_text(Status::Complete, 40, 50, &["A", "B", "C"]).unwrap(),
            "Partial: 3 dimensions without a score (A, B, C)."
        );
    }

    #[test]
    fn unfinished_names_the_questions_and_dimensions() {
        let unfinished = Unfinished {
            unanswered: 7,
            unscored: vec!["A".into(), "B".into(), "C".into()],
        };
        assert_eq!(
            unfinished.sentence(),
            "7 questions are unanswered. A, B and C will have no score."
        );
        let one = Unfinished {
            unanswered: 1,
            unscored: Vec::new(),
        };
        assert_eq!(
            one.sentence(),
            "1 question is unanswered. Every dimension will have a score."
        );
    }
}
