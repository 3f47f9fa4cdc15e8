//! Every style the wizard uses, in one place: the default colour theme, a light one, a
//! high-contrast one, and the monochrome theme `NO_COLOR` forces. In every theme the
//! option list marks the recorded answer with a symbol, so selection never rests on
//! colour alone.

use crate::tr;
use ratatui::style::{Color, Modifier, Style};

pub use crate::store::config::ThemeName;

/// The styles of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Screen and block titles.
    pub title: Style,
    /// Block borders.
    pub border: Style,
    /// Ordinary text.
    pub text: Style,
    /// Secondary text: help, hints, labels.
    pub muted: Style,
    /// The highlighted row or option under the cursor.
    pub cursor: Style,
    /// The option that is recorded as the answer.
    pub chosen: Style,
    /// Keys in the help bar.
    pub key: Style,
    /// Good news and scores in the upper bands.
    pub good: Style,
    /// Warnings: flags, unanswered items, middle bands.
    pub warning: Style,
    /// Errors and the lowest bands.
    pub error: Style,
    /// Gauges and bars.
    pub bar: Style,
    /// The advisor's interview prompt.
    pub probe: Style,
}

impl Theme {
    /// The default colour theme, for dark backgrounds.
    pub const COLOR: Theme = Theme {
        title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        border: Style::new().fg(Color::DarkGray),
        text: Style::new(),
        muted: Style::new().fg(Color::Gray),
        cursor: Style::new().fg(Color::Black).bg(Color::Cyan),
        chosen: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        good: Style::new().fg(Color::Green),
        warning: Style::new().fg(Color::Yellow),
        error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        bar: Style::new().fg(Color::Cyan),
        probe: Style::new().fg(Color::Magenta),
    };

    /// For light backgrounds: no light gray, yellow or cyan text, which fade on white.
    pub const LIGHT: Theme = Theme {
        title: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
        border: Style::new().fg(Color::DarkGray),
        text: Style::new(),
        muted: Style::new().fg(Color::DarkGray),
        cursor: Style::new().fg(Color::White).bg(Color::Blue),
        chosen: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
        good: Style::new().fg(Color::Green),
        warning: Style::new().fg(Color::Magenta),
        error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        bar: Style::new().fg(Color::Blue),
        probe: Style::new().fg(Color::Blue).add_modifier(Modifier::ITALIC),
    };

    /// Bold, bright and never dimmed, for dark backgrounds; titles, borders and bars keep
    /// the terminal's own foreground, and the cursor is reversed so it shows in any palette.
    pub const HIGH_CONTRAST: Theme = Theme {
        title: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        border: Style::new(),
        text: Style::new(),
        muted: Style::new(),
        cursor: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
        chosen: Style::new()
            .fg(Color::LightGreen)
            .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        key: Style::new()
            .fg(Color::LightYellow)
            .add_modifier(Modifier::BOLD),
        good: Style::new()
            .fg(Color::LightGreen)
            .add_modifier(Modifier::BOLD),
        warning: Style::new()
            .fg(Color::LightYellow)
            .add_modifier(Modifier::BOLD),
        error: Style::new()
            .fg(Color::LightRed)
            .add_modifier(Modifier::BOLD),
        bar: Style::new().add_modifier(Modifier::BOLD),
        probe: Style::new()
            .fg(Color::LightCyan)
            .add_modifier(Modifier::BOLD),
    };

    /// The monochrome theme used when `NO_COLOR` is set.
    pub const MONOCHROME: Theme = Theme {
        title: Style::new().add_modifier(Modifier::BOLD),
        border: Style::new(),
        text: Style::new(),
        muted: Style::new(),
        cursor: Style::new().add_modifier(Modifier::REVERSED),
        chosen: Style::new().add_modifier(Modifier::BOLD),
        key: Style::new().add_modifier(Modifier::BOLD),
        good: Style::new(),
        warning: Style::new(),
        error: Style::new().add_modifier(Modifier::BOLD),
        bar: Style::new(),
        probe: Style::new().add_modifier(Modifier::ITALIC),
    };

    /// The theme with this name.
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::COLOR,
            ThemeName::Light => Theme::LIGHT,
            ThemeName::HighContrast => Theme::HIGH_CONTRAST,
        }
    }

    /// The theme to use: the `--theme` flag wins over the config file, which wins over
    /// the default; a non-empty `NO_COLOR` forces monochrome whatever was chosen.
    pub fn resolve(
        flag: Option<ThemeName>,
        config: Option<ThemeName>,
        no_color: Option<&str>,
    ) -> Theme {
        match no_color {
            Some(value) if !value.is_empty() => Theme::MONOCHROME,
            _ => Theme::named(flag.or(config).unwrap_or_default()),
        }
    }

    /// The theme for this environment: monochrome when `NO_COLOR` is set and not empty.
    pub fn from_no_color(no_color: Option<&str>) -> Theme {
        Theme::resolve(None, None, no_color)
    }

    /// The style for a score in a band, by the band's position (0 = lowest) among `count`.
    pub fn band(&self, position: usize, count: usize) -> Style {
        match count {
            0 | 1 => self.text,
            _ if position * 5 < count * 2 => self.error,
            _ if position * 5 < count * 3 + 1 => self.warning,
            _ => self.good,
        }
    }
}

/// The theme for this run: `flag`, else the config file's choice, else the default;
/// monochrome when `NO_COLOR` is set. A broken config file is reported on standard error
/// and ignored.
pub fn choose(flag: Option<ThemeName>) -> Theme {
    let (config, problem) = crate::store::config::load_config();
    if let Some(problem) = problem {
        let message = format!("{}: {}", problem.path.display(), problem.message);
        let message = crate::text::sanitize(&message, false);
        eprintln!("{}", tr!("tui-config-warning", message = message));
    }
    let no_color = std::env::var("NO_COLOR").ok();
    Theme::resolve(flag, config.theme, no_color.as_deref())
}

impl Default for Theme {
    fn default() -> Self {
        Theme::COLOR
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [(&str, Theme); 4] = [
        ("default", Theme::COLOR),
        ("light", Theme::LIGHT),
        ("high-contrast", Theme::HIGH_CONTRAST),
        ("monochrome", Theme::MONOCHROME),
    ];

    /// The style as a terminal without colour shows it: modifiers only.
    fn without_colour(style: Style) -> Style {
        Style {
            fg: None,
            bg: None,
            underline_color: None,
            ..style
        }
    }

    #[test]
    fn cursor_and_chosen_stand_out_from_text_in_every_theme() {
        for (name, theme) in ALL {
            assert_ne!(theme.cursor, theme.text, "{name}: cursor");
            assert_ne!(theme.chosen, theme.text, "{name}: chosen");
            assert_ne!(theme.cursor, theme.chosen, "{name}: cursor vs chosen");
        }
    }

    #[test]
    fn high_contrast_and_monochrome_need_no_colour_to_show_cursor_and_choice() {
        for (name, theme) in [
            ("high-contrast", Theme::HIGH_CONTRAST),
            ("monochrome", Theme::MONOCHROME),
        ] {
            let text = without_colour(theme.text);
            let cursor = without_colour(theme.cursor);
            let chosen = without_colour(theme.chosen);
            assert_ne!(cursor, text, "{name}: cursor");
            assert_ne!(chosen, text, "{name}: chosen");
            assert_ne!(cursor, chosen, "{name}: cursor vs chosen");
            assert!(
                cursor.add_modifier.contains(Modifier::REVERSED),
                "{name}: cursor is reversed"
            );
        }
    }

    #[test]
    fn light_theme_avoids_colours_that_fade_on_a_light_background() {
        let theme = Theme::LIGHT;
        let faint = [
            Color::Gray,
            Color::White,
            Color::Yellow,
            Color::LightYellow,
            Color::Cyan,
            Color::LightCyan,
        ];
        let foregrounds = [
            theme.title,
            theme.border,
            theme.text,
            theme.muted,
            theme.chosen,
            theme.key,
            theme.good,
            theme.warning,
            theme.error,
            theme.bar,
            theme.probe,
        ];
        for style in foregrounds {
            assert!(
                style.fg.is_none_or(|fg| !faint.contains(&fg)),
                "{style:?} fades on white"
            );
        }
    }

    #[test]
    fn flag_beats_config_beats_default_and_no_color_beats_all() {
        use ThemeName::*;
        assert_eq!(Theme::resolve(None, None, None), Theme::COLOR);
        assert_eq!(Theme::resolve(None, Some(Light), None), Theme::LIGHT);
        assert_eq!(
            Theme::resolve(Some(HighContrast), Some(Light), None),
            Theme::HIGH_CONTRAST
        );
        assert_eq!(
            Theme::resolve(Some(HighContrast), Some(Light), Some("1")),
            Theme::MONOCHROME
        );
        // NO_COLOR only counts when it is not empty (no-color.org).
        assert_eq!(Theme::resolve(Some(Light), None, Some("")), Theme::LIGHT);
    }

    #[test]
    fn theme_names_are_kebab_case_on_the_command_line_and_in_the_config_file() {
        use clap::ValueEnum;
        let names: Vec<String> = ThemeName::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(names, ["default", "light", "high-contrast"]);
        let parsed: ThemeName = crate::yaml::from_str("high-contrast").unwrap();
        assert_eq!(parsed, ThemeName::HighContrast);
    }
}
