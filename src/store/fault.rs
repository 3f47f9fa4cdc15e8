//! A switch that makes a store's writes fail on demand, as a full disk would.
//!
//! Tests use it to reach the code that handles a failed save (the wizard keeping every
//! answer and retrying) without filling a real disk, which needs a small mounted file
//! system that containers usually refuse. Only a store given one with
//! [`Store::with_write_fault`] has a switch; ecoready itself never gives one, so nothing
//! changes for a real data directory.

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};

use crate::tr;
use color_eyre::eyre::{Result, WrapErr};

use super::Store;

/// Shared between the test and the store it was given to: switched on, every write of
/// that store fails with the chosen operating-system error until it is switched off.
#[derive(Debug, Clone, Default)]
pub struct WriteFault(Arc<AtomicI32>);

/// Stands for "writes succeed" (no operating-system error has the number 0).
const OFF: i32 = 0;

impl WriteFault {
    /// A switch that is off.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes every write fail with operating-system error `code` (28 is "No space left on
    /// device" on Linux) until [`WriteFault::clear`].
    pub fn fail_with(&self, code: i32) {
        self.0.store(code, Ordering::SeqCst);
    }

    /// Lets writes succeed again.
    pub fn clear(&self) {
        self.0.store(OFF, Ordering::SeqCst);
    }

    /// The error a write to `path` gets now, worded as a real failed write is.
    fn check(&self, path: &Path) -> Result<()> {
        match self.0.load(Ordering::SeqCst) {
            OFF => Ok(()),
            code => Err(io::Error::from_raw_os_error(code))
                .wrap_err_with(|| tr!("store-save-failed", path = path.display().to_string())),
        }
    }
}

impl Store {
    /// This store, with its writes of assessments, questionnaire copies, maps and reports
    /// failing whenever `fault` is switched on (for tests; see the module's comment).
    pub fn with_write_fault(mut self, fault: WriteFault) -> Self {
        self.write_fault = Some(fault);
        self
    }

    /// Fails as a write to `path` would while the store's fault switch is on.
    pub(super) fn check_write(&self, path: &Path) -> Result<()> {
        match &self.write_fault {
            Some(fault) => fault.check(path),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_switched_on_fault_fails_writes_until_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let fault = WriteFault::new();
        let store = Store::open(dir.path())
            .unwrap()
            .with_write_fault(fault.clone());
        let path = dir.path().join("a.yaml");
        assert!(store.check_write(&path).is_ok());
        fault.fail_with(28);
        let message = format!("{:#}", store.check_write(&path).unwrap_err());
        assert!(message.starts_with("could not save "), "{message}");
        assert!(message.contains("(os error 28)"), "{message}");
        fault.clear();
        assert!(store.check_write(&path).is_ok());
    }
}
