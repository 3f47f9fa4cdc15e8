//! Which language ecoready speaks in this run: `--lang`, else `language:` in the config
//! file, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order), else English.

use std::ffi::OsString;

use crate::i18n::Lang;
use crate::store;
use crate::tr;

/// Parses `--lang`: a language code or locale ecoready speaks.
pub fn parse_flag(value: &str) -> Result<Lang, String> {
    Lang::from_tag(value).ok_or_else(|| {
        crate::i18n::with_lang(Lang::En, || {
            // clap shows this before the language is chosen: English, as clap's own words.
            tr!(
                "cli-lang-unknown",
                value = format!("{value:?}"),
                codes = store::config::shipped_codes()
            )
        })
    })
}

/// The language `--lang X` or `--lang=X` names among the raw arguments (the program's
/// name first), before or after the command; the last one counts, and nothing after
/// `--`. Read before clap parses, so that the help pages speak the language: a value
/// ecoready does not speak counts as none here, and clap's parse refuses it as ever.
pub fn flag_in(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|word| word.to_str());
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => break,
            Some("--lang") => words.next().flatten().unwrap_or_default(),
            Some(word) => match word.strip_prefix("--lang=") {
                Some(value) => value,
                None => continue,
            },
            None => continue,
        };
        found = parse_flag(value).ok();
    }
    found
}

/// The language of this run (see the module's documentation).
pub fn resolve(flag: Option<Lang>) -> Lang {
    let configured = store::config::settings().0.language.as_deref();
    let variable = |name: &str| std::env::var(name).ok();
    choose(
        flag,
        configured,
        [
            variable("LC_ALL"),
            variable("LC_MESSAGES"),
            variable("LANG"),
        ],
    )
}

/// The first of: the flag, the configured language, the locale's; else English.
fn choose(flag: Option<Lang>, configured: Option<&str>, locale: [Option<String>; 3]) -> Lang {
    let [lc_all, lc_messages, lang] = locale;
    flag.or_else(|| configured.and_then(Lang::from_tag))
        .or_else(|| {
            Lang::from_locale_vars(lc_all.as_deref(), lc_messages.as_deref(), lang.as_deref())
        })
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(lc_all: &str, lc_messages: &str, lang: &str) -> [Option<String>; 3] {
        [lc_all, lc_messages, lang].map(|v| (!v.is_empty()).then(|| v.to_owned()))
    }

    #[test]
    fn the_flag_wins_then_the_config_then_the_locale_then_english() {
        let german = locale("", "", "de_DE.UTF-8");
        assert_eq!(choose(Some(Lang::Es), Some("en"), german.clone()), Lang::Es);
        assert_eq!(choose(None, Some("es"), german.clone()), Lang::Es);
        assert_eq!(choose(None, None, german), Lang::De);
        assert_eq!(choose(None, None, locale("es_ES", "", "de_DE")), Lang::Es);
        assert_eq!(choose(None, None, locale("", "", "")), Lang::En);
        assert_eq!(choose(None, None, locale("C.UTF-8", "", "de_DE")), Lang::En);
    }

    fn flag(args: &[&str]) -> Option<Lang> {
        let args: Vec<OsString> = ["ecoready"]
            .iter()
            .chain(args)
            .map(OsString::from)
            .collect();
        flag_in(&args)
    }

    #[test]
    fn the_flag_is_found_before_parsing_wherever_it_stands() {
        assert_eq!(flag(&["--lang", "de", "--help"]), Some(Lang::De));
        assert_eq!(flag(&["list", "--lang", "es", "--help"]), Some(Lang::Es));
        assert_eq!(flag(&["list", "--lang=es_ES.UTF-8"]), Some(Lang::Es));
        assert_eq!(
            flag(&["--lang", "de", "list", "--lang", "es"]),
            Some(Lang::Es)
        );
        assert_eq!(flag(&["list", "--help"]), None);
        // Not a language ecoready speaks, or no value: clap's parse will say so.
        assert_eq!(flag(&["--lang", "fr", "--help"]), None);
        assert_eq!(flag(&["--lang"]), None);
        assert_eq!(flag(&["--lang", "--help"]), None);
        // After `--` it is an argument, not the option.
        assert_eq!(flag(&["validate", "--", "--lang", "de"]), None);
        // The program's own name is not an argument.
        assert_eq!(flag_in(&[OsString::from("--lang=de")]), None);
    }

    #[test]
    fn the_flag_takes_codes_and_locales_and_names_what_it_speaks() {
        assert_eq!(parse_flag("de"), Ok(Lang::De));
        assert_eq!(parse_flag("es_ES.UTF-8"), Ok(Lang::Es));
        let error = parse_flag("fr").unwrap_err();
        assert!(error.contains("en, de, es"), "{error}");
    }
}
