//! One editor per draft: a lock file `<id>.lock` holding the editor's pid, in this
//! machine's lock folder of the data directory (`state.rs`). A lock is a promise between
//! processes of one machine; no file in a shared folder can make it to another machine.
//!
//! The lock is an operating-system file lock (`File::try_lock`), so it ends with the
//! process that holds it however that process ends: a crashed editor never blocks a draft.
//! The file holds the editor's pid and machine name (one per line): the pid names the
//! other window in the message, and both tell clean-up (`cleanup.rs`) that a lock file
//! nobody holds was left by a process of this machine that has ended.
//! Lock files are opened without following links: a planted link is refused, never
//! truncated.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::cleanup::STALE_AFTER;
use super::error::AssessmentError;
use super::files::{Links, ReadError, open_checked};
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

impl Store {
    /// Locks draft `id` for editing by this process; if another process holds it the
    /// error is [`AssessmentError::DraftBusy`] naming that process.
    pub fn lock_draft(&self, id: &str) -> Result<DraftLock, AssessmentError> {
        ids::check_id(id)?;
        let path = self.draft_lock_path(id);
        let failed = |reason: String| AssessmentError::LockFailed {
            path: path.clone(),
            reason,
        };
        for _ in 0..ATTEMPTS {
            let acquired = match acquire(&path) {
                Ok(acquired) => acquired,
                Err(ReadError::Refused(refused)) => return Err(refused.into()),
                Err(ReadError::Io(e)) => return Err(failed(e.to_string())),
                Err(ReadError::Invalid(message)) => return Err(failed(message)),
            };
            match acquired {
                Acquired::Locked(file) => {
                    return Ok(DraftLock {
                        id: id.to_string(),
                        path,
                        file,
                    });
                }
                Acquired::Busy { pid } => return Err(AssessmentError::DraftBusy { pid }),
                Acquired::Replaced => continue,
            }
        }
        Err(AssessmentError::DraftBusy { pid: None })
    }

    /// Where the lock file of draft `id` is (whether or not it exists).
    pub fn draft_lock_path(&self, id: &str) -> PathBuf {
        self.state_dirs().locks.join(format!("{id}.lock"))
    }
}

enum Acquired {
    Locked(File),
    /// Another process holds the lock (its pid, when the file names one).
    Busy {
        pid: Option<u32>,
    },
    /// The file was removed (its holder let go) between opening and locking it.
    Replaced,
}

fn acquire(path: &Path) -> Result<Acquired, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(super::atomic::FILE_MODE);
    }
    let mut file = open_checked(path, Links::Refuse, &mut options)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            return Ok(Acquired::Busy {
                pid: read_holder(&mut file).and_then(|h| h.pid),
            });
        }
        Err(TryLockError::Error(e)) => return Err(e.into()),
    }
    if !same_file(&file, path) {
        return Ok(Acquired::Replaced);
    }
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    writeln!(file, "{}", std::process::id())?;
    if let Some(host) = this_machine() {
        writeln!(file, "{host}")?;
    }
    file.flush()?;
    Ok(Acquired::Locked(file))
}

/// Whether `path` still names the open `file` (it may have been removed and re-created).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    // Windows cannot remove a file that is open, so the name still refers to it.
    path.exists()
}

/// What a lock file says of its editor.
struct Holder {
    /// Its process id (none in a file not written yet).
    pid: Option<u32>,
    /// Its machine (none in files of earlier versions, which wrote only the pid).
    host: Option<String>,
    /// Whether the file is empty (created, not written yet).
    empty: bool,
}

/// Most bytes of a lock file read: a pid and a host name fit.
const MAX_LOCK_FILE_BYTES: u64 = 512;

/// The holder a lock file names; `None` when it cannot be read as text.
fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(MAX_LOCK_FILE_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    let mut lines = text.lines().map(str::trim);
    Some(Holder {
        pid: lines.next().and_then(|line| line.parse().ok()),
        host: lines.next().filter(|h| !h.is_empty()).map(str::to_string),
        empty: text.is_empty(),
    })
}

/// This machine's name, as lock files record it.
#[cfg(unix)]
fn this_machine() -> Option<String> {
    let uname = rustix::system::uname();
    let name = uname.nodename().to_str().ok()?.trim();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(not(unix))]
fn this_machine() -> Option<String> {
    None
}

/// Whether `name` is the name of a draft's lock file, `<id>.lock`.
pub fn is_lock_file_name(name: &str) -> bool {
    name.strip_suffix(".lock").is_some_and(ids::is_safe_id)
}

/// Whether `name` is the name earlier versions gave a lock file in the data directory's
/// `assessments/`, `.<id>.lock`.
pub fn is_old_lock_file_name(name: &str) -> bool {
    name.strip_prefix('.').is_some_and(is_lock_file_name)
}

/// The existing lock file at `path`, locked by this process, when no process holds it
/// (opened without following links; `None` for anything else).
fn lock_unheld(path: &Path) -> Option<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true);
    let file = open_checked(path, Links::Refuse, &mut options).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// Removes a lock file an earlier version left in the data directory, unless a process
/// of this machine holds it (an earlier ecoready still editing that draft). One of
/// another machine is removed too: such a file came through the shared folder, where it
/// never protected anything. A file holding anything but what ecoready writes (a pid, or
/// nothing yet) is not ecoready's, and is kept.
pub fn remove_old_lock(path: &Path) {
    let Some(mut file) = lock_unheld(path) else {
        return;
    };
    let ours = read_holder(&mut file).is_some_and(|h| h.pid.is_some() || h.empty);
    if ours && same_file(&file, path) {
        let _ = fs::remove_file(path);
    }
    let _ = file.unlock();
}

/// Removes the lock file at `path` if its editor has ended: nobody holds its lock, it
/// names this machine (or no machine, as earlier versions wrote it) and a process that is
/// not running here; or it is empty and older than [`STALE_AFTER`] (left between
/// creating and writing it). A lock file of a live process is kept even when unlocked,
/// and so is one of another machine sharing the directory (whose lock this machine may
/// not see, and whose processes it cannot ask about). A file holding anything else is not
/// one ecoready wrote, and is kept.
pub fn remove_if_abandoned(path: &Path, now: SystemTime) {
    let Some(mut file) = lock_unheld(path) else {
        return;
    };
    let Some(holder) = read_holder(&mut file) else {
        return;
    };
    let abandoned = match holder.pid {
        Some(pid) => {
            let here = holder.host.is_none() || holder.host == this_machine();
            here && !process_is_alive(pid)
        }
        None => {
            holder.empty
                && file.metadata().is_ok_and(|m| {
                    m.modified()
                        .ok()
                        .and_then(|modified| now.duration_since(modified).ok())
                        .is_some_and(|age| age >= STALE_AFTER)
                })
        }
    };
    // Removed while locked, as a released lock is: an editor that opened the file just
    // before notices (`same_file`) and makes a new one.
    if abandoned && same_file(&file, path) {
        let _ = fs::remove_file(path);
    }
    let _ = file.unlock();
}

/// Whether a process with this id runs on this machine (one of another user counts).
#[cfg(unix)]
fn process_is_alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        // EPERM: alive, run by another user.
        Err(e) => e != rustix::io::Errno::SRCH,
    }
}

/// Without a way to ask, every process counts as alive (nothing is removed).
#[cfg(not(unix))]
fn process_is_alive(_pid: u32) -> bool {
    true
}
