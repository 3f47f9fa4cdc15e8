//! Git's conflict markers: a file both sides of a merge changed holds their lines between
//! `<<<<<<<`, `=======` and `>>>>>>>` (and, in diff3 style, the common ancestor's after
//! `|||||||`). Each side is rebuilt whole from the lines outside the markers and its own.

use crate::tr;

/// Whether `text` has a line starting with git's `<<<<<<<` marker. ecoready never writes
/// one (a text value starting so is quoted or indented in YAML).
pub fn has_markers(text: &str) -> bool {
    text.lines().any(|line| line.starts_with("<<<<<<<"))
}

/// Which part of a marked file a line belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Both,
    Ours,
    Ancestor,
    Theirs,
}

/// The two versions of a file with git's conflict markers (ours, then theirs), or what
/// is wrong with the markers.
pub fn split_sides(text: &str) -> Result<[String; 2], String> {
    let mut ours = String::with_capacity(text.len());
    let mut theirs = String::with_capacity(text.len());
    let mut part = Part::Both;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let unexpected = || {
            tr!(
                "core-merge-marker-out-of-place",
                line = (number + 1).to_string()
            )
        };
        if line.starts_with("<<<<<<<") {
            if part != Part::Both {
                return Err(unexpected());
            }
            part = Part::Ours;
        } else if line.starts_with("|||||||") {
            if part != Part::Ours {
                return Err(unexpected());
            }
            part = Part::Ancestor;
        } else if is_separator(line) && matches!(part, Part::Ours | Part::Ancestor) {
            part = Part::Theirs;
        } else if line.starts_with(">>>>>>>") {
            if part != Part::Theirs {
                return Err(unexpected());
            }
            part = Part::Both;
        } else {
            match part {
                Part::Both => {
                    ours.push_str(line);
                    theirs.push_str(line);
                }
                Part::Ours => ours.push_str(line),
                Part::Theirs => theirs.push_str(line),
                Part::Ancestor => {}
            }
        }
    }
    if part != Part::Both {
        return Err(tr!("core-merge-marker-missing").to_string());
    }
    Ok([ours, theirs])
}

/// `=======` alone on its line (with either line end).
fn is_separator(line: &str) -> bool {
    line.trim_end_matches(['\n', '\r']) == "======="
}
