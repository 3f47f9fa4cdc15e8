//! Setup's question of the language the questions are asked and answered in, asked after
//! the other setup fields when the questionnaire is offered in more than one.

use std::io::{BufRead, Write};

use color_eyre::eyre::Result;

use super::console::Console;
use crate::app::{default_answer_language, in_answer_language, offered_languages};
use crate::questionnaire::Loaded;
use crate::tr;

/// `loaded` in the language chosen: the one `new --answer-lang` gave (the questionnaire
/// comes translated), else asked when interactive and there is a choice, else the default
/// ([`default_answer_language`]). `None` when the input ended first.
pub fn choose<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    loaded: Loaded,
) -> Result<Option<Loaded>> {
    if loaded.translated {
        return Ok(Some(loaded));
    }
    let offered = offered_languages(&loaded);
    let default = default_answer_language(&offered, None);
    if offered.len() < 2 || !console.interactive() {
        return Ok(Some(in_answer_language(&loaded, default)));
    }
    let default_number = offered.iter().position(|l| *l == default).unwrap_or(0) + 1;
    console.say(tr!("language-plain-heading"))?;
    let lines: Vec<String> = offered
        .iter()
        .enumerate()
        .map(|(n, lang)| format!("  {}) {}", n + 1, lang.native_name()))
        .collect();
    console.say_lines(&lines)?;
    let prompt = tr!(
        "language-plain-prompt",
        count = offered.len(),
        default = default_number
    );
    loop {
        let Some(line) = console.ask(&prompt)? else {
            return Ok(None);
        };
        let chosen = match line.trim() {
            "" => Some(default_number - 1),
            text => text.parse::<usize>().ok().and_then(|n| n.checked_sub(1)),
        };
        match chosen.and_then(|index| offered.get(index)) {
            Some(lang) => return Ok(Some(in_answer_language(&loaded, *lang))),
            None => console.reject(&tr!("language-plain-reject", count = offered.len()))?,
        }
    }
}
