//! How the keymap is written for people: key labels, the help bar, the `?` overlay.

use ratatui::crossterm::event::KeyCode;

use super::{Context, Key, bindings, live_keys};
use crate::tr;

/// How a key is written in help text.
pub fn key_label(key: Key, digits_up_to: u8) -> String {
    match key {
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => tr!(
            "tui-key-label-ctrl",
            key = c.to_ascii_uppercase().to_string()
        ),
        Key::Digits => format!("1-{digits_up_to}"),
        Key::Any => tr!("tui-key-label-any").into(),
        Key::Code(code) => match code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => tr!("tui-key-label-backtab").into(),
            KeyCode::PageUp => tr!("tui-key-label-page-up").into(),
            KeyCode::PageDown => tr!("tui-key-label-page-down").into(),
            other => format!("{other:?}"),
        },
    }
}

/// `(keys, help)` pairs for the one-line help bar of a context.
pub fn help_bar(context: Context, digits_up_to: u8) -> Vec<(String, &'static str)> {
    bindings(context)
        .filter(|b| b.in_bar)
        .filter_map(|b| {
            let key = live_keys(b, context).next()?;
            Some((key_label(key, digits_up_to), b.help))
        })
        .collect()
}

/// `(all keys, help)` pairs for the `?` overlay of a context.
pub fn help_overlay(context: Context, digits_up_to: u8) -> Vec<(String, &'static str)> {
    bindings(context)
        .filter_map(|b| {
            let keys: Vec<String> = live_keys(b, context)
                .map(|k| key_label(k, digits_up_to))
                .collect();
            (!keys.is_empty()).then(|| (keys.join(" / "), b.help))
        })
        .collect()
}
