//! Reading files from the data and config directories without trusting their size or kind.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::Problem;

/// Reads a whole file, refusing one larger than `limit` bytes before reading it all (so a
/// huge or endless file cannot exhaust memory).
pub fn read_limited(path: &Path, limit: usize) -> io::Result<Vec<u8>> {
    let file = File::open(path)?;
    let metadata = file.metadata()?;
    if metadata.is_dir() {
        return Err(io::Error::other("it is a directory, not a file"));
    }
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    // Sized once from the metadata: growing by doubling would copy a large file
    // several times over.
    let expected = metadata.len().min(cap);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(cap).read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Err(io::Error::other(format!(
            "the file is too large (the limit is {limit} bytes)"
        )));
    }
    Ok(bytes)
}

/// Whether a file of this name is one [`yaml_files`] lists: `*.yaml`, except the
/// `.tmp*` files that are half-written saves (they are never read).
pub fn is_yaml_file_name(name: &str) -> bool {
    name.ends_with(".yaml") && !name.starts_with(".tmp")
}

/// Every `*.yaml` file directly in `dir`, sorted by file name; a missing directory has none.
pub fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Problem {
                path: dir.to_path_buf(),
                message: format!("cannot read the directory: {e}"),
            });
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| is_yaml_file_name(path.file_name().and_then(|n| n.to_str()).unwrap_or("")))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_limited_refuses_oversized_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        fs::write(&path, [b'x'; 11]).unwrap();
        assert!(
            read_limited(&path, 10)
                .unwrap_err()
                .to_string()
                .contains("too large")
        );
        assert_eq!(read_limited(&path, 11).unwrap().len(), 11);
    }

    #[test]
    fn yaml_files_skip_temporary_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.yaml", "a.yaml", ".tmpAbC12", ".tmpXy.yaml", "notes.txt"] {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        let names: Vec<_> = yaml_files(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.yaml", "b.yaml"]);
        assert!(yaml_files(&dir.path().join("missing")).unwrap().is_empty());
    }
}
