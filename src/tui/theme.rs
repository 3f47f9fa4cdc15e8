//! Every style the wizard uses, in one place. `NO_COLOR` gives a monochrome theme in
//! which selection stays visible through symbols, bold and reverse video.

use ratatui::style::{Color, Modifier, Style};

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
    /// The colour theme.
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

    /// The theme for this environment: monochrome when `NO_COLOR` is set and not empty.
    pub fn from_no_color(no_color: Option<&str>) -> Theme {
        match no_color {
            Some(value) if !value.is_empty() => Theme::MONOCHROME,
            _ => Theme::COLOR,
        }
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

impl Default for Theme {
    fn default() -> Self {
        Theme::COLOR
    }
}
