//! What a trend rests on, in words: which check-ins hold other respondents or another
//! questionnaire than the one before, and what each like-for-like change rests on.

use super::*;

impl TrendDocument {
    /// Point `index` holds other respondents (by name, ignoring case) than the point before.
    pub fn respondents_changed(&self, index: usize) -> bool {
        let names = |p: &TrendPointSummary| {
            let mut names: Vec<String> = p
                .respondent_names
                .iter()
                .map(|n| n.trim().to_lowercase())
                .collect();
            names.sort();
            names
        };
        index > 0
            && match (self.points.get(index - 1), self.points.get(index)) {
                (Some(before), Some(now)) => names(before) != names(now),
                _ => false,
            }
    }

    /// Point `index` used other questionnaires than the point before.
    pub fn questionnaire_changed(&self, index: usize) -> bool {
        index > 0
            && match (self.points.get(index - 1), self.points.get(index)) {
                (Some(before), Some(now)) => before.questionnaires != now.questionnaires,
                _ => false,
            }
    }

    /// Any point holds other respondents or questionnaires than the point before.
    pub fn anything_changed(&self) -> bool {
        (1..self.points.len()).any(|i| self.respondents_changed(i) || self.questionnaire_changed(i))
    }
}

impl TrendChangeSummary {
    /// What the first-to-last change rests on, in plain sentences (none without a change).
    pub fn basis(&self) -> Vec<String> {
        if self.from_point.is_none() {
            return Vec::new();
        }
        if let Some(sentence) = &self.no_common_questions {
            return vec![sentence.clone()];
        }
        let mut lines = vec![crate::tr!(
            "core-trend-basis-like-for-like",
            count = self.respondents.len()
        )];
        for left in &self.left_out {
            let name = if left.name.is_empty() {
                crate::tr!("core-trend-no-name")
            } else {
                &left.name
            };
            lines.push(crate::tr!(
                "core-trend-left-out",
                name = name,
                id = left.assessment_id.as_str(),
                reason = left.reason.as_str()
            ));
        }
        if !self.same_questionnaire {
            lines.push(crate::tr!("core-trend-questionnaire-differs").to_owned());
        }
        lines
    }
}

impl TrendDeltaSummary {
    /// `2 resp. · 10 items`, or `not comparable` when no respondent's answers cover the
    /// area at both points.
    pub fn rests_on(&self) -> String {
        if self.delta.change.is_none() {
            crate::tr!("core-not-comparable").to_owned()
        } else {
            rests_on(self.respondents, self.items)
        }
    }
}

impl AreaChangeSummary {
    /// `2 resp. · 10 items`: what an improved or declined area's change rests on.
    pub fn rests_on(&self) -> String {
        rests_on(self.respondents, self.items)
    }

    /// "smallest real change 31.7 points, published default in the questionnaire", or
    /// that there is no estimate.
    pub fn noise_words(&self) -> String {
        self.noise
            .map_or_else(|| crate::noise::no_estimate().to_string(), |n| n.words())
    }
}

/// `2 resp. · 10 items`, `1 resp. · 1 item`.
pub fn rests_on(respondents: usize, items: usize) -> String {
    crate::tr!(
        "core-rests-on",
        respondents = respondents.to_string(),
        items = items
    )
}
