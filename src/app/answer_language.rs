//! The language a new assessment is answered in: the languages a questionnaire is
//! offered in, which one a setup starts from, and the questionnaire in it. The full-screen
//! setup, the plain-mode prompt and `ecoready new --answer-lang` all choose through these.

use crate::assessment::{Assessment, Status};
use crate::i18n::{self, Lang};
use crate::questionnaire::Loaded;
use crate::store;

/// The languages `loaded` can be answered in: its own first, then those with a valid
/// translation (a broken translation file is left out; `ecoready validate` says why).
/// Shown in the pseudo-language, the pseudo-language is offered too (and so chosen by
/// default): its end-to-end test runs a whole wizard in it.
pub fn offered_languages(loaded: &Loaded) -> Vec<Lang> {
    let mut offered = store::languages_of(loaded).0;
    if i18n::current() == Lang::Pseudo {
        offered.push(Lang::Pseudo);
    }
    offered
}

/// The language a setup offers first: `wanted` (a flag) when offered, else the language
/// messages are shown in when offered, else the questionnaire's own.
pub fn default_answer_language(offered: &[Lang], wanted: Option<Lang>) -> Lang {
    [wanted, Some(i18n::current())]
        .into_iter()
        .flatten()
        .find(|lang| offered.contains(lang))
        .or_else(|| offered.first().copied())
        .unwrap_or(Lang::En)
}

/// `loaded` with its texts in `lang` (its own when it has no valid translation into it):
/// what [`super::create`] takes to start a draft answered in `lang`.
pub fn in_answer_language(loaded: &Loaded, lang: Lang) -> Loaded {
    store::in_language(loaded, lang).loaded
}

/// `source` as the wizard shows it with `assessment`: a draft, being answered, in the
/// language its answers are given in; a complete one, only looked at, in the language
/// messages are shown in (as reports are). Either falls back to `source`'s own texts.
pub fn as_opened(source: &Loaded, assessment: &Assessment) -> Loaded {
    let lang = match assessment.status {
        Status::Draft => Lang::from_tag(assessment.answer_language()).unwrap_or(Lang::En),
        Status::Complete => i18n::current(),
    };
    in_answer_language(source, lang)
}

/// The language `loaded`'s texts are in, when it is a translated copy (the language a
/// flag asked for before the setup opened).
pub fn translated_into(loaded: &Loaded) -> Option<Lang> {
    loaded
        .translated
        .then(|| Lang::from_tag(&loaded.questionnaire.language))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_language_is_offered_only_when_messages_are_shown_in_it() {
        let Some(quick) = crate::questionnaire::builtin("quick-check") else {
            panic!("quick-check is built in");
        };
        let offered = i18n::with_lang(Lang::Pseudo, || offered_languages(&quick));
        assert_eq!(offered.last(), Some(&Lang::Pseudo));
        let pseudo = i18n::with_lang(Lang::Pseudo, || default_answer_language(&offered, None));
        assert_eq!(pseudo, Lang::Pseudo);
        let shown = in_answer_language(&quick, pseudo);
        assert!(
            shown.questionnaire.title.starts_with("[["),
            "{}",
            shown.questionnaire.title
        );
        assert_eq!(shown.digest, quick.digest);
        let offered = i18n::with_lang(Lang::En, || offered_languages(&quick));
        assert!(!offered.contains(&Lang::Pseudo));
        assert_eq!(offered[0], Lang::En);
    }

    #[test]
    fn the_flag_then_the_shown_language_then_the_questionnaires_own() {
        let offered = [Lang::En, Lang::Es];
        i18n::with_lang(Lang::Es, || {
            assert_eq!(default_answer_language(&offered, Some(Lang::En)), Lang::En);
            assert_eq!(default_answer_language(&offered, None), Lang::Es);
            assert_eq!(default_answer_language(&offered, Some(Lang::De)), Lang::Es);
        });
        i18n::with_lang(Lang::De, || {
            assert_eq!(default_answer_language(&offered, None), Lang::En);
            assert_eq!(default_answer_language(&[Lang::De], None), Lang::De);
        });
    }
}
