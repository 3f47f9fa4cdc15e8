//! One language's catalogue: the Fluent files of every area, compiled in, and the lookups.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::number::decimal_in;
use super::{Arg, Lang};

/// The catalogue files of every language, one per area of the program, in this order.
macro_rules! area_files {
    ($lang:literal) => {
        [
            (
                "common",
                include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            ),
            (
                "wizard",
                include_str!(concat!("../../locales/", $lang, "/wizard.ftl")),
            ),
            (
                "tui",
                include_str!(concat!("../../locales/", $lang, "/tui.ftl")),
            ),
            (
                "plain",
                include_str!(concat!("../../locales/", $lang, "/plain.ftl")),
            ),
            (
                "cli",
                include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            ),
            (
                "help",
                include_str!(concat!("../../locales/", $lang, "/help.ftl")),
            ),
            (
                "app",
                include_str!(concat!("../../locales/", $lang, "/app.ftl")),
            ),
            (
                "store",
                include_str!(concat!("../../locales/", $lang, "/store.ftl")),
            ),
            (
                "report",
                include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            ),
            (
                "core",
                include_str!(concat!("../../locales/", $lang, "/core.ftl")),
            ),
            (
                "language",
                include_str!(concat!("../../locales/", $lang, "/language.ftl")),
            ),
        ]
    };
}

/// How many catalogue files (areas) each language has.
const AREAS: usize = 11;

/// `(area, Fluent source)` of every catalogue file of `lang`.
pub(super) fn sources(lang: Lang) -> [(&'static str, &'static str); AREAS] {
    match lang {
        Lang::En | Lang::Pseudo => area_files!("en"),
        Lang::De => area_files!("de"),
        Lang::Es => area_files!("es"),
    }
}

/// What is wrong with a catalogue file (found by the catalogue tests; at run time a
/// broken message falls back to English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProblem {
    /// `de/tui.ftl`.
    pub file: String,
    /// What is wrong.
    pub problem: String,
}

/// One language's messages.
pub struct Catalog {
    lang: Lang,
    /// Each area's messages, parsed on first use: parsing every file took about 3.5 ms
    /// at each start, and a run shows the messages of a few areas only (the wizard's
    /// Home never needs the help pages or the reports).
    areas: [OnceLock<Area>; AREAS],
    /// Messages without arguments, formatted once and kept for the life of the process
    /// (a few hundred short strings), so callers get a `&'static str`.
    texts: Mutex<HashMap<&'static str, &'static str>>,
}

/// The messages of one catalogue file, and what is wrong with it.
struct Area {
    bundle: FluentBundle<FluentResource>,
    problems: Vec<CatalogProblem>,
}

impl Catalog {
    /// The catalogue of `lang`, made on first use (its areas are read when first asked).
    pub fn get(lang: Lang) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; 4] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        CATALOGS[usize::from(lang.index())].get_or_init(|| Catalog {
            lang,
            areas: [const { OnceLock::new() }; AREAS],
            texts: Mutex::new(HashMap::new()),
        })
    }

    /// Area `index` of [`sources`], parsed the first time it is asked for.
    fn area(&self, index: usize) -> &Area {
        self.areas[index].get_or_init(|| Area::parse(self.lang, sources(self.lang)[index]))
    }

    /// The message `id` and the area that holds it: every id starts with its file's name
    /// (`tui-…`, `common-…`; the catalogue tests hold every file to it).
    fn message(&self, id: &str) -> Option<(&Area, &ast::Pattern<&str>)> {
        let prefix = id.split('-').next().unwrap_or_default();
        let index = sources(Lang::En)
            .iter()
            .position(|(name, _)| *name == prefix)?;
        let area = self.area(index);
        let pattern = area.bundle.get_message(id).and_then(|m| m.value())?;
        Some((area, pattern))
    }

    /// What is wrong with this language's files (empty when they are sound); reads every
    /// area.
    pub fn problems(&self) -> Vec<CatalogProblem> {
        (0..AREAS)
            .flat_map(|index| self.area(index).problems.clone())
            .collect()
    }

    /// Whether the catalogue has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.message(id).is_some()
    }

    /// The message `id` without arguments.
    pub fn text(&'static self, id: &'static str) -> &'static str {
        let mut texts = self
            .texts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(text) = texts.get(id) {
            return text;
        }
        let text: &'static str = Box::leak(self.format(id, &[]).into_boxed_str());
        texts.insert(id, text);
        text
    }

    /// The message `id` with `args`. A message this language lacks comes from English;
    /// one English lacks shows its id (the catalogue tests make sure neither happens).
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some((area, pattern)) = self.message(id) else {
            return if self.lang == Lang::En {
                id.to_owned()
            } else {
                Catalog::get(Lang::En).format(id, args)
            };
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
                Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
            }
        }
        let mut errors = Vec::new();
        let shown = area
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if self.lang == Lang::Pseudo {
            format!("[[{shown}]]")
        } else {
            shown.into_owned()
        }
    }
}

impl Area {
    /// The bundle of one catalogue file of `lang`, with the language's number rules.
    fn parse(lang: Lang, (area, source): (&'static str, &'static str)) -> Area {
        let code = if lang == Lang::Pseudo {
            "en"
        } else {
            lang.code()
        };
        let file = format!("{code}/{area}.ftl");
        let tag: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Isolation marks around arguments would reach terminals and files as invisible
        // characters; every argument here is plain text.
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        // NUMBER() in messages: plural and ordinal selection on a number's options.
        if let Err(error) = bundle.add_builtins() {
            problems.push(CatalogProblem {
                file: file.clone(),
                problem: error.to_string(),
            });
        }
        bundle.set_formatter(Some(match lang {
            Lang::En | Lang::Pseudo => format_number_en,
            Lang::De => format_number_de,
            Lang::Es => format_number_es,
        }));
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.into_iter().map(|error| CatalogProblem {
                    file: file.clone(),
                    problem: error.to_string(),
                }));
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.into_iter().map(|error| CatalogProblem {
                file: file.clone(),
                problem: error.to_string(),
            }));
        }
        Area { bundle, problems }
    }
}

fn format_number_en(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    format_number(Lang::En, value)
}
fn format_number_de(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    format_number(Lang::De, value)
}
fn format_number_es(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    format_number(Lang::Es, value)
}

/// A number in a message, by the language's rules: as many decimals as the message asks
/// (`NUMBER($score, minimumFractionDigits: 1)`), else none for a whole number.
fn format_number(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, options }) = value else {
        return None;
    };
    let places = options
        .minimum_fraction_digits
        .or(options.maximum_fraction_digits)
        .unwrap_or(if value.fract() == 0.0 { 0 } else { 2 });
    Some(decimal_in(lang, *value, places))
}

/// Every message of `lang` with the variables it uses, sorted by id (for the catalogue
/// tests: the same ids and variables in every language).
pub fn message_ids(lang: Lang) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for (_, source) in sources(lang) {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                out.push((message.id.name.to_owned(), variables));
            }
        }
    }
    out.sort();
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}
