//! One editor per draft: a lock file `assessments/.<id>.lock` holding the editor's pid.
//!
//! The lock is an operating-system file lock (`File::try_lock`), so it ends with the
//! process that holds it however that process ends: a crashed editor never blocks a draft.
//! The pid inside is only there to name the other window in the message.

use std::fmt;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use color_eyre::eyre::{Report, Result, WrapErr};

use super::{Store, ids};

/// How often acquiring retries when the lock file it locked was removed meanwhile.
const ATTEMPTS: usize = 5;

/// Proof that this process is the one editor of a draft; the lock ends when it is dropped.
#[derive(Debug)]
pub struct DraftLock {
    id: String,
    path: PathBuf,
    file: File,
}

impl DraftLock {
    /// The id of the locked draft.
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // Removed while still locked, so a new editor never locks a file about to vanish;
        // one that opened it just before is caught by the identity check in `acquire`.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Another process is editing the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftBusy {
    /// Its process id, when the lock file names one.
    pub pid: Option<u32>,
}

impl fmt::Display for DraftBusy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pid {
            Some(pid) => write!(
                f,
                "This draft is open in another ecoready window (pid {pid}). Close it there first."
            ),
            None => {
                f.write_str("This draft is open in another ecoready window. Close it there first.")
            }
        }
    }
}

impl std::error::Error for DraftBusy {}

impl Store {
    /// Locks draft `id` for editing by this process; if another process holds it the
    /// error is a [`DraftBusy`] naming that process.
    pub fn lock_draft(&self, id: &str) -> Result<DraftLock> {
        ids::check_id(id, "assessment id")?;
        let path = self.assessments_dir().join(format!(".{id}.lock"));
        for _ in 0..ATTEMPTS {
            match acquire(&path).wrap_err_with(|| format!("could not lock {}", path.display()))? {
                Acquired::Locked(file) => {
                    return Ok(DraftLock {
                        id: id.to_string(),
                        path,
                        file,
                    });
                }
                Acquired::Busy(busy) => return Err(Report::new(busy)),
                Acquired::Replaced => continue,
            }
        }
        Err(Report::new(DraftBusy { pid: None }))
    }
}

enum Acquired {
    Locked(File),
    Busy(DraftBusy),
    /// The file was removed (its holder let go) between opening and locking it.
    Replaced,
}

fn acquire(path: &Path) -> std::io::Result<Acquired> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(super::atomic::FILE_MODE);
    }
    let mut file = options.open(path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            return Ok(Acquired::Busy(DraftBusy {
                pid: read_pid_from(&mut file),
            }));
        }
        Err(TryLockError::Error(e)) => return Err(e),
    }
    if !same_file(&file, path) {
        return Ok(Acquired::Replaced);
    }
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    writeln!(file, "{}", std::process::id())?;
    file.flush()?;
    Ok(Acquired::Locked(file))
}

/// Whether `path` still names the open `file` (it may have been removed and re-created).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    // Windows cannot remove a file that is open, so the name still refers to it.
    path.exists()
}

fn read_pid_from(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}
