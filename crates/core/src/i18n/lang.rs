//! The languages ecoready speaks.

use std::fmt;

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the source of every message.
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// The test language: English with every message wrapped in `[[` `]]`, so text that
    /// does not come from a catalogue stands out.
    Pseudo,
}

impl Lang {
    /// The languages offered to users, English first.
    pub const SHIPPED: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];

    /// The language's code: `en`, `de`, `es`, and `pseudo` for the test language.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Pseudo => "[[Pseudo]]",
        }
    }

    /// The language named by `tag`: a code (`de`), a BCP 47 tag (`de-AT`) or a POSIX
    /// locale (`de_DE.UTF-8`, `es_ES@euro`); case does not matter. `None` for a language
    /// ecoready does not speak, and for `C` and `POSIX`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            "pseudo" => Some(Lang::Pseudo),
            _ => None,
        }
    }

    /// The language of the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and
    /// not empty, as POSIX orders them (values given by the caller, which reads the
    /// environment). `None` when none is set or the first set one names a language
    /// ecoready does not speak (then English applies).
    pub fn from_locale_vars(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Option<Lang> {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.trim().is_empty())
            .and_then(Lang::from_tag)
    }

    pub(super) fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::De => 1,
            Lang::Es => 2,
            Lang::Pseudo => 3,
        }
    }

    pub(super) fn from_index(index: u8) -> Lang {
        match index {
            1 => Lang::De,
            2 => Lang::Es,
            3 => Lang::Pseudo,
            _ => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
