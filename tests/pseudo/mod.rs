//! Finds text that did not come from a message catalogue: in the pseudo-language every
//! catalogue message is `[[English]]`, so any word left outside `[[ ]]` was written into
//! the code (or a questionnaire) directly and would stay English in every language.

/// Words allowed outside the brackets: what the user typed, the names of keys as the
/// keyboard labels them, and the program's name in file and command names.
pub struct Allowed {
    /// Text the test typed (organization, names, notes): shown as typed in any language.
    pub typed: Vec<String>,
}

/// Key names as keyboards print them; they are not translated (neither are Ctrl/Alt).
const KEY_NAMES: [&str; 15] = [
    "Enter",
    "Delete",
    "Esc",
    "Tab",
    "Space",
    "PgUp",
    "PgDn",
    "Home",
    "End",
    "Ctrl",
    "Alt",
    "Shift",
    "Backspace",
    "Del",
    "BackTab",
];

/// Every word of two or more letters in `shown` that is outside `[[ ]]` and not allowed,
/// with its line, e.g. `("Results", "line 3: │ Results  [[…]]")`.
pub fn unwrapped_words(shown: &str, allowed: &Allowed) -> Vec<(String, String)> {
    // Markdown escapes the brackets: `\[\[`.
    let mut cleaned = shown.replace("\\[", "[").replace("\\]", "]");
    for typed in &allowed.typed {
        cleaned = cleaned.replace(typed.as_str(), &" ".repeat(typed.chars().count()));
    }
    let mut found = Vec::new();
    let mut depth = 0usize;
    for (number, line) in cleaned.lines().enumerate() {
        let mut outside = String::new();
        let mut rest = line;
        while !rest.is_empty() {
            if rest.starts_with("[[") {
                depth += 1;
                rest = &rest[2..];
            } else if rest.starts_with("]]") {
                depth = depth.saturating_sub(1);
                rest = &rest[2..];
            } else {
                let c = rest.chars().next().unwrap_or(' ');
                outside.push(if depth == 0 { c } else { ' ' });
                rest = &rest[c.len_utf8()..];
            }
        }
        // Ids, dates, times, scores and paths hold digits, slashes or underscores: not words.
        let tokens = outside.split_whitespace().filter(|token| {
            !token.contains(|c: char| c.is_ascii_digit() || matches!(c, '/' | '\\' | '_'))
        });
        for token in tokens {
            for word in token.split(|c: char| !c.is_alphabetic() && c != '\'') {
                let word = word.trim_matches('\'');
                if word.chars().filter(|c| c.is_alphabetic()).count() < 2
                    || KEY_NAMES.contains(&word)
                    || matches!(
                        word,
                        "ecoready" | "yaml" | "json" | "md" | "html" | "csv" | "txt"
                    )
                {
                    continue;
                }
                found.push((
                    word.to_owned(),
                    format!("line {}: {}", number + 1, line.trim_end()),
                ));
            }
        }
    }
    found
}

/// Fails with every unwrapped word of `shown` (`what` names the surface).
pub fn assert_all_wrapped(what: &str, shown: &str, allowed: &Allowed) {
    let found = unwrapped_words(shown, allowed);
    assert!(
        found.is_empty(),
        "{what}: text outside the catalogues:\n{}\n--- all of it ---\n{shown}",
        found
            .iter()
            .map(|(word, line)| format!("  {word:?} at {line}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
