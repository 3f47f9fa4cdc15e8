//! Setup's choice of the language the questions are asked and answered in, among those
//! the chosen questionnaire is offered in ([`crate::app::offered_languages`]).

use crate::app::default_answer_language;
use crate::i18n::Lang;

/// The languages each questionnaire of the catalog is offered in, and the one chosen.
#[derive(Debug, Clone, Default)]
pub struct LanguageChoice {
    /// Per catalog entry, its languages, its own first.
    offered: Vec<Vec<Lang>>,
    /// The language asked for (a flag, or the last one picked); shown when the chosen
    /// questionnaire offers it.
    wanted: Option<Lang>,
}

impl LanguageChoice {
    /// A choice over `offered` (one list per catalog entry), starting from `wanted`.
    pub fn new(offered: Vec<Vec<Lang>>, wanted: Option<Lang>) -> Self {
        Self { offered, wanted }
    }

    /// The languages questionnaire `index` is offered in.
    pub fn offered(&self, index: usize) -> &[Lang] {
        self.offered.get(index).map_or(&[], Vec::as_slice)
    }

    /// Whether there is a choice to make for questionnaire `index`.
    pub fn has_choice(&self, index: usize) -> bool {
        self.offered(index).len() > 1
    }

    /// The language questionnaire `index` is answered in as things stand.
    pub fn chosen(&self, index: usize) -> Lang {
        default_answer_language(self.offered(index), self.wanted)
    }

    /// Moves to the next (or previous) language questionnaire `index` offers.
    pub fn step(&mut self, index: usize, forward: bool) {
        let offered = self.offered(index);
        if offered.is_empty() {
            return;
        }
        let at = offered
            .iter()
            .position(|l| *l == self.chosen(index))
            .unwrap_or(0);
        let next = if forward {
            (at + 1) % offered.len()
        } else {
            (at + offered.len() - 1) % offered.len()
        };
        self.wanted = Some(offered[next]);
    }
}
