//! `completions` and `man`, generated from the clap definitions so they never drift from
//! the real command line.

use std::io::{self, Write};

use crate::tr;
use color_eyre::eyre::{Result, WrapErr};

/// The program name the scripts complete and the manual page documents.
const BIN: &str = "ecoready";

/// `ecoready completions SHELL`.
pub fn completions(shell: clap_complete::Shell) -> Result<u8> {
    let mut script = Vec::new();
    write_completions(shell, &mut script);
    print(&script)
}

/// `ecoready man`.
pub fn man() -> Result<u8> {
    let mut page = Vec::new();
    write_man(&mut page).wrap_err_with(|| tr!("cli-man-failed"))?;
    print(&page)
}

/// Writes the completion script for `shell`.
pub fn write_completions(shell: clap_complete::Shell, out: &mut impl Write) {
    clap_complete::generate(shell, &mut super::help::for_generators(), BIN, out);
}

/// Writes the manual page in roff.
pub fn write_man(out: &mut impl Write) -> io::Result<()> {
    clap_mangen::Man::new(super::help::for_generators()).render(out)
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn print(bytes: &[u8]) -> Result<u8> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(e).wrap_err_with(|| tr!("cli-stdout-failed"))
        }
        _ => Ok(0),
    }
}

#[cfg(test)]
mod tests {
    use clap_complete::Shell;

    use super::*;

    fn script(shell: Shell) -> String {
        let mut out = Vec::new();
        write_completions(shell, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_shell_completes_the_subcommands_and_global_flags() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::PowerShell,
            Shell::Elvish,
        ] {
            let text = script(shell);
            for word in ["new", "resume", "export", "completions"] {
                assert!(text.contains(word), "{shell}: `{word}` missing");
            }
            // fish spells a long option `-l data-dir`, every other shell `--data-dir`.
            for flag in ["data-dir", "plain", "theme"] {
                let spelled = match shell {
                    Shell::Fish => format!("-l {flag}"),
                    _ => format!("--{flag}"),
                };
                assert!(text.contains(&spelled), "{shell}: `{spelled}` missing");
            }
        }
    }

    #[test]
    fn theme_values_are_completed() {
        let text = script(Shell::Bash);
        assert!(text.contains("default light high-contrast"), "{text}");
    }

    #[test]
    fn the_manual_page_documents_the_subcommands_and_flags() {
        let mut page = Vec::new();
        write_man(&mut page).unwrap();
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{}", &page[..40]);
        assert!(page.contains(".TH ecoready 1"), "title header");
        // roff writes every hyphen of an option as `\-`.
        for flag in ["\\-\\-data\\-dir", "\\-\\-plain", "\\-\\-theme"] {
            assert!(page.contains(flag), "{flag} missing");
        }
        for subcommand in ["ecoready\\-new", "ecoready\\-resume", "ecoready\\-export"] {
            assert!(page.contains(subcommand), "{subcommand} missing");
        }
    }
}
