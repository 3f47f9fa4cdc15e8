//! A questionnaire with a translation's texts, and the pseudo-language's wrapped copy.

use super::model::Translation;
use crate::questionnaire::{Questionnaire, Scale};

/// A copy of `questionnaire` with the texts `translation` gives; texts it lacks stay the
/// source's (the store applies only translations that passed [`super::validate`]). Ids,
/// scales, weights, band bounds and band names stay the source's: scores, advice and
/// comparisons find them by those. The translated band names are `translated_name`.
pub fn apply(questionnaire: &Questionnaire, translation: &Translation) -> Questionnaire {
    let mut q = questionnaire.clone();
    q.language = translation.language.clone();
    q.title = translation.title.clone();
    q.description = translation.description.clone();
    if let (Some(note), Some(text)) = (&mut q.results_note, &translation.results_note) {
        *note = text.clone();
    }
    for (name, scale) in &mut q.scales {
        let (Scale::Agreement { options }, Some(texts)) = (scale, translation.scales.get(name))
        else {
            continue;
        };
        for option in options {
            if let Some(label) = texts.options.get(&option.value) {
                option.label = label.clone();
            }
        }
    }
    for (band, texts) in q.bands.iter_mut().zip(&translation.bands) {
        band.translated_name = Some(texts.name.clone());
        band.meaning = texts.meaning.clone();
    }
    for dimension in &mut q.dimensions {
        if let Some(texts) = translation.dimensions.get(&dimension.id) {
            dimension.title = texts.title.clone();
            dimension.summary = texts.summary.clone();
        }
        for facet in &mut dimension.facets {
            if let Some(texts) = translation.facets.get(&facet.id) {
                facet.title = texts.title.clone();
                if let (Some(advice), Some(text)) = (&mut facet.advice, &texts.advice) {
                    *advice = text.clone();
                }
            }
            for item in &mut facet.items {
                let Some(texts) = translation.items.get(&item.id) else {
                    continue;
                };
                item.text = texts.text.clone();
                item.help = texts.help.clone();
                item.probe = texts.probe.clone();
                if texts.anchors.len() == item.anchors.len() {
                    item.anchors = texts.anchors.clone();
                }
            }
        }
    }
    for (dimension, by_band) in &mut q.advice {
        for (band, steps) in by_band {
            if let Some(texts) = translation.advice.get(dimension).and_then(|b| b.get(band)) {
                *steps = texts.clone();
            }
        }
    }
    q
}

/// A copy of `questionnaire` with every text a person reads wrapped in `[[ ]]`, for the
/// pseudo-language: a test running the wizard in it finds any questionnaire text that
/// escaped translation. Ids and the advisors' reliability sources are not wrapped.
pub fn pseudo(questionnaire: &Questionnaire) -> Questionnaire {
    fn bracket(text: &mut String) {
        *text = format!("[[{text}]]");
    }
    let mut q = questionnaire.clone();
    q.language = crate::i18n::Lang::Pseudo.code().to_string();
    bracket(&mut q.title);
    bracket(&mut q.description);
    q.results_note.iter_mut().for_each(bracket);
    for scale in q.scales.values_mut() {
        if let Scale::Agreement { options } = scale {
            options.iter_mut().for_each(|o| bracket(&mut o.label));
        }
    }
    for band in &mut q.bands {
        band.translated_name = Some(format!("[[{}]]", band.name));
        bracket(&mut band.meaning);
    }
    for dimension in &mut q.dimensions {
        bracket(&mut dimension.title);
        bracket(&mut dimension.summary);
        for facet in &mut dimension.facets {
            bracket(&mut facet.title);
            facet.advice.iter_mut().for_each(bracket);
            for item in &mut facet.items {
                bracket(&mut item.text);
                bracket(&mut item.help);
                bracket(&mut item.probe);
                item.anchors.iter_mut().for_each(bracket);
            }
        }
    }
    q.advice
        .values_mut()
        .flat_map(|by_band| by_band.values_mut())
        .flatten()
        .for_each(bracket);
    q
}
