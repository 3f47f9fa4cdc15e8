//! The user's settings file, `config.yaml` in the ecoready config directory. A missing
//! file means the defaults; a broken one is reported and ignored, never fatal.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::files::{self, Links};
use super::{Problem, config_dir};
use crate::tr;
use crate::yaml;

/// The themes a user can choose, by `--theme` or in the config file. What each looks like
/// is said to users by the help catalogue (`help-global-theme-<name>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    #[default]
    Default,
    Light,
    HighContrast,
}

/// The settings file's name inside the config directory.
pub const CONFIG_FILE: &str = "config.yaml";

/// Largest settings file read (it holds a few lines).
const MAX_CONFIG_BYTES: usize = 64 * 1024;

/// The user's settings; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The full-screen wizard's theme (`--theme` overrides it).
    #[serde(default)]
    pub theme: Option<ThemeName>,
    /// The advisor using this account: new assessments get this advisor unless told
    /// otherwise, and `resume` without an id prefers this advisor's own drafts. Per user,
    /// never in the shared data directory: colleagues sharing one are different people.
    #[serde(default)]
    pub advisor: Option<String>,
    /// The language ecoready speaks (`de`, `es`, `en`); `--lang` overrides it, and it
    /// overrides the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    #[serde(default)]
    pub language: Option<String>,
}

impl Config {
    /// The configured advisor, trimmed; none when empty.
    pub fn advisor(&self) -> Option<&str> {
        self.advisor
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
    }
}

/// Where the settings file is, if the platform has a config directory.
pub fn config_path() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join(CONFIG_FILE))
}

/// The user's settings, and the problem with the file if it could not be used (then
/// the defaults apply).
pub fn load_config() -> (Config, Option<Problem>) {
    match config_path() {
        Some(path) => load_config_from(&path),
        None => (Config::default(), None),
    }
}

/// The user's settings, read once per run (see [`load_config`]).
pub fn settings() -> &'static (Config, Option<Problem>) {
    static SETTINGS: std::sync::OnceLock<(Config, Option<Problem>)> = std::sync::OnceLock::new();
    SETTINGS.get_or_init(load_config)
}

/// The configured advisor (see [`Config::advisor`]), if any.
pub fn configured_advisor() -> Option<&'static str> {
    settings().0.advisor()
}

/// The settings in the file at `path` (the defaults when there is no such file).
pub fn load_config_from(path: &Path) -> (Config, Option<Problem>) {
    let problem = |message: String| Problem {
        path: path.to_path_buf(),
        message,
    };
    // Followed if a link: dotfile managers link the config files they keep.
    let bytes = match files::read_limited(path, MAX_CONFIG_BYTES, Links::Follow) {
        Ok(bytes) => bytes,
        Err(e) if e.is_not_found() => return (Config::default(), None),
        Err(e) => {
            let message = tr!("store-config-defaults", problem = e.describe());
            return (Config::default(), Some(problem(message)));
        }
    };
    match parse_config(&bytes) {
        Ok(config) => (config, None),
        Err(message) => (
            Config::default(),
            Some(problem(tr!("store-config-defaults", problem = message))),
        ),
    }
}

/// Parses the settings file's bytes; an empty file is the defaults.
pub fn parse_config(bytes: &[u8]) -> Result<Config, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Config::default());
    }
    let config: Config = yaml::from_slice(bytes).map_err(|e| e.to_string())?;
    crate::limits::ADVISOR
        .check(config.advisor().unwrap_or(""))
        .map_err(|message| format!("advisor: {message}"))?;
    if let Some(language) = config.language.as_deref()
        && crate::i18n::Lang::from_tag(language).is_none()
    {
        return Err(tr!(
            "store-config-language",
            value = format!("{language:?}"),
            codes = shipped_codes()
        ));
    }
    Ok(config)
}

/// The codes of the languages offered, `en, de, es`.
pub fn shipped_codes() -> String {
    crate::i18n::Lang::SHIPPED
        .map(|lang| lang.code())
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_is_read_by_its_kebab_case_name() {
        let config = parse_config(b"theme: high-contrast\n").unwrap();
        assert_eq!(config.theme, Some(ThemeName::HighContrast));
        assert_eq!(parse_config(b"\n").unwrap(), Config::default());
    }

    #[test]
    fn the_advisor_is_read_trimmed_and_an_empty_one_is_none() {
        let config = parse_config(b"advisor: '  Ana Rossi '\n").unwrap();
        assert_eq!(config.advisor(), Some("Ana Rossi"));
        assert_eq!(parse_config(b"advisor: ''\n").unwrap().advisor(), None);
        let long = format!("advisor: {}\n", "x".repeat(101));
        let error = parse_config(long.as_bytes()).unwrap_err();
        assert!(error.starts_with("advisor:"), "{error}");
    }

    #[test]
    fn a_language_is_read_and_an_unknown_one_is_a_problem() {
        let config = parse_config(b"language: de\n").unwrap();
        assert_eq!(config.language.as_deref(), Some("de"));
        let error = parse_config(b"language: fr\n").unwrap_err();
        assert!(
            error.starts_with("language:") && error.contains("en, de, es"),
            "{error}"
        );
    }

    #[test]
    fn unknown_settings_and_themes_are_problems_with_their_line() {
        let unknown = parse_config(b"theme: light\ncolour: red\n").unwrap_err();
        assert!(unknown.contains("line 2"), "{unknown}");
        assert!(unknown.contains("colour"), "{unknown}");
        let theme = parse_config(b"theme: sepia\n").unwrap_err();
        assert!(theme.contains("sepia"), "{theme}");
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_a_broken_one_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        assert_eq!(load_config_from(&path), (Config::default(), None));

        std::fs::write(&path, "theme: [light\n").unwrap();
        let (config, problem) = load_config_from(&path);
        assert_eq!(config, Config::default());
        let problem = problem.unwrap();
        assert_eq!(problem.path, path);
        assert!(problem.message.ends_with("using the default settings"));

        std::fs::write(&path, "theme: light\n").unwrap();
        let (config, problem) = load_config_from(&path);
        assert_eq!((config.theme, problem), (Some(ThemeName::Light), None));
    }
}
