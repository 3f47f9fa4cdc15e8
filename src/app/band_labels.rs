//! The band of a listed assessment in the language messages are shown in. Lists (`ecoready
//! list`, Home, History) are served from the store's index, which keeps each band as the
//! questionnaire names it in its own language; the translated name comes from the
//! questionnaire's translation, loaded once per questionnaire however many rows use it.

use std::collections::HashMap;

use crate::assessment::QuestionnaireRef;
use crate::i18n::{self, Lang};
use crate::questionnaire::Loaded;
use crate::store::Store;

/// Band names already looked up, by questionnaire digest.
#[derive(Default)]
pub struct BandLabels {
    /// The questionnaire of each digest as shown in the current language; `None` when it
    /// cannot be loaded (the band is then shown as stored).
    shown: HashMap<String, Option<Loaded>>,
}

impl BandLabels {
    /// `band` of an assessment of `questionnaire`, in the current language.
    pub fn label(&mut self, store: &Store, questionnaire: &QuestionnaireRef, band: &str) -> String {
        // The built-in questionnaires are written in English, so an English list needs
        // no lookup (listing tens of thousands stays within its time). A user's own
        // questionnaire written in another language shows its own band names here.
        if i18n::current() == Lang::En {
            return band.to_owned();
        }
        let loaded = self
            .shown
            .entry(questionnaire.digest.clone())
            .or_insert_with(|| store.questionnaire_shown(questionnaire).ok());
        match loaded {
            Some(loaded) => loaded.questionnaire.band_label(band).to_owned(),
            None => band.to_owned(),
        }
    }
}
