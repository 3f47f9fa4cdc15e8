//! The texts the glossary check reads: catalogue messages paired with English by id,
//! questionnaire translation texts paired with their source by id and field.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

use super::{Pair, root};

/// The text a person reads in a Fluent message's source: variables, variant keys and
/// function names taken out (so `{ NUMBER($score) }` does not count as the word "score").
pub fn readable(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' => {
                while chars
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                {
                    chars.next();
                }
            }
            '[' => {
                let key: String = chars.clone().take_while(|c| *c != ']').collect();
                if !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    chars.nth(key.chars().count());
                } else {
                    out.push(c);
                }
            }
            c if c.is_ascii_uppercase() => {
                let name: String = std::iter::once(c)
                    .chain(chars.clone().take_while(|c| c.is_ascii_uppercase()))
                    .collect();
                let after = chars.clone().nth(name.len() - 1);
                if name.len() > 1 && after == Some('(') {
                    chars.nth(name.len() - 1);
                } else {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Every message and term of the `.ftl` files in `dir` by id: (file name, readable text).
/// A message runs from its `id =` line through its continuation lines (indented, or a
/// closing brace or variant at the line's start).
pub fn catalogue(dir: &Path) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let file = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        let text = fs::read_to_string(&path).unwrap();
        let mut current: Option<(String, String)> = None;
        for line in text.lines() {
            let starts_entry = line
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
            // Fluent lets a closing brace or a variant start at the line's start.
            let continues = line.is_empty()
                || line.starts_with(|c: char| c.is_whitespace() || "}[*.".contains(c));
            if continues {
                if let Some((_, body)) = &mut current {
                    body.push('\n');
                    body.push_str(line.trim());
                }
            } else if let (true, Some((id, value))) = (starts_entry, line.split_once('=')) {
                if let Some((id, body)) = current.take() {
                    out.insert(id, (file.clone(), readable(&body)));
                }
                current = Some((id.trim().to_owned(), value.trim().to_owned()));
            } else if let Some((id, body)) = current.take() {
                // A comment or anything else ends the message.
                out.insert(id, (file.clone(), readable(&body)));
            }
        }
        if let Some((id, body)) = current.take() {
            out.insert(id, (file.clone(), readable(&body)));
        }
    }
    out
}

pub fn catalogue_pairs(lang: &str) -> Vec<Pair> {
    let locales = root().join("crates/core/locales");
    let english = catalogue(&locales.join("en"));
    let translated = catalogue(&locales.join(lang));
    english
        .into_iter()
        .filter_map(|(id, (_, english))| {
            let (file, translated) = translated.get(&id)?.clone();
            Some(Pair {
                file,
                id,
                english,
                translated,
            })
        })
        .collect()
}

fn text(value: &Value) -> Option<&str> {
    value.as_str()
}

fn key(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => format!("{other:?}"),
    }
}

/// The source questionnaire's texts, by the place each has in a translation file
/// (`items.sv_joint_aims.anchors.2`, `bands.0.name`, `scales.agree7.options.3`).
fn source_texts(source: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut put = |place: String, value: &Value| {
        if let Some(t) = text(value) {
            out.insert(place, t.to_owned());
        }
    };
    for field in ["title", "description", "results_note"] {
        put(field.to_owned(), &source[field]);
    }
    if let Some(scales) = source["scales"].as_mapping() {
        for (scale, body) in scales {
            for option in body["options"].as_sequence().into_iter().flatten() {
                put(
                    format!("scales.{}.options.{}", key(scale), key(&option["value"])),
                    &option["label"],
                );
            }
        }
    }
    for (i, band) in source["bands"]
        .as_sequence()
        .into_iter()
        .flatten()
        .enumerate()
    {
        put(format!("bands.{i}.name"), &band["name"]);
        put(format!("bands.{i}.meaning"), &band["meaning"]);
    }
    for dimension in source["dimensions"].as_sequence().into_iter().flatten() {
        let id = key(&dimension["id"]);
        put(format!("dimensions.{id}.title"), &dimension["title"]);
        put(format!("dimensions.{id}.summary"), &dimension["summary"]);
        for facet in dimension["facets"].as_sequence().into_iter().flatten() {
            let id = key(&facet["id"]);
            put(format!("facets.{id}.title"), &facet["title"]);
            put(format!("facets.{id}.advice"), &facet["advice"]);
            for item in facet["items"].as_sequence().into_iter().flatten() {
                let id = key(&item["id"]);
                for field in ["text", "help", "probe"] {
                    put(format!("items.{id}.{field}"), &item[field]);
                }
                for (i, anchor) in item["anchors"]
                    .as_sequence()
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    put(format!("items.{id}.anchors.{i}"), anchor);
                }
            }
        }
    }
    if let Some(advice) = source["advice"].as_mapping() {
        for (dimension, bands) in advice {
            for (band, steps) in bands.as_mapping().into_iter().flatten() {
                for (i, step) in steps.as_sequence().into_iter().flatten().enumerate() {
                    put(format!("advice.{}.{}.{i}", key(dimension), key(band)), step);
                }
            }
        }
    }
    out
}

/// Every text of a translation file by its place (the same places as [`source_texts`]).
fn translated_texts(place: &str, value: &Value, out: &mut BTreeMap<String, String>) {
    let join = |child: String| {
        if place.is_empty() {
            child
        } else {
            format!("{place}.{child}")
        }
    };
    match value {
        Value::String(s) => {
            out.insert(place.to_owned(), s.clone());
        }
        Value::Mapping(map) => {
            for (k, v) in map {
                translated_texts(&join(key(k)), v, out);
            }
        }
        Value::Sequence(list) => {
            for (i, v) in list.iter().enumerate() {
                translated_texts(&join(i.to_string()), v, out);
            }
        }
        _ => {}
    }
}

pub fn questionnaire_pairs(lang: &str) -> Vec<Pair> {
    let dir = root().join("questionnaires");
    let suffix = format!(".{lang}.yaml");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(&suffix))
        .collect();
    files.sort();
    let mut pairs = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = name.strip_suffix(&suffix).unwrap();
        let read = |path: &Path| -> Value {
            serde_yaml::from_str(&fs::read_to_string(path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let source = source_texts(&read(&dir.join(format!("{stem}.yaml"))));
        let mut translated = BTreeMap::new();
        translated_texts("", &read(&path), &mut translated);
        for (place, translated) in translated {
            if let Some(english) = source.get(&place) {
                pairs.push(Pair {
                    file: format!("questionnaires/{name}"),
                    id: place,
                    english: english.clone(),
                    translated,
                });
            }
        }
    }
    pairs
}
