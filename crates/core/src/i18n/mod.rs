//! The message catalogues: every sentence, label and heading ecoready shows, in every
//! language it speaks.
//!
//! The catalogues are Fluent files (`crates/core/locales/<lang>/<area>.ftl`), compiled
//! into the program. English is the source; German and Spanish are complete translations;
//! a pseudo-language wraps every English message in `[[` `]]` so a test can find any text
//! that does not come from a catalogue. Plural forms come from Fluent's CLDR plural rules
//! (`{ $count -> [one] … *[other] … }`), numbers from [`number`]'s per-language rules, never
//! from string concatenation.
//!
//! Use [`tr!`](crate::tr) to look a message up:
//! `tr!("home-title")` gives a `&'static str`, `tr!("answers-given", count = 3)` a `String`.
//! The language is the process's [`current`] one, set once at start by the application
//! ([`set_current`]); [`with_lang`] overrides it on one thread (tests, one report in
//! another language).

mod catalog;
mod lang;
mod number;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalog::{Catalog, CatalogProblem, message_ids};
pub use lang::Lang;
pub use number::{decimal, integer, percent, signed_decimal};

/// The process's language, as [`Lang::index`].
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// This thread's override of the process's language (see [`with_lang`]).
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language messages are shown in on this thread.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(CURRENT.load(Ordering::Relaxed)))
}

/// Sets the process's language (once, at start).
pub fn set_current(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// Runs `f` with this thread's messages in `lang`, whatever the process's language.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|cell| cell.replace(Some(lang))));
    f()
}

/// One value given to a message (`{ $name }` in the catalogue).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text shown as it is (a name, an already formatted figure).
    Text(Cow<'a, str>),
    /// A number: chooses plural forms and is shown by the language's number rules.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

/// The message `id` without arguments, in the current language.
pub fn text(id: &'static str) -> &'static str {
    Catalog::get(current()).text(id)
}

/// The message `id` with `args`, in the current language.
pub fn format(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    Catalog::get(current()).format(id, args)
}

/// Looks a message up in the catalogue of the current language.
///
/// `tr!("id")` is a `&'static str`; `tr!("id", name = value, …)` a `String`, where every
/// value converts [`Into`] an [`Arg`] (text or a number).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::format($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
