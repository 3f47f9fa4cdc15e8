//! Helpers for test binaries that include only this file (`#[path]`) as well as those
//! that use the whole support module.

use ecoready::store::Store;

/// xorshift64*: a small, seeded, reproducible generator.
pub struct Rng(pub u64);

impl Rng {
    /// A number below `bound`.
    pub fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound
    }
}

/// The organization of every readable assessment, sorted.
pub fn organization_names(store: &Store) -> Vec<String> {
    let mut names: Vec<String> = store
        .list()
        .assessments
        .into_iter()
        .map(|a| a.organization.name)
        .collect();
    names.sort();
    names
}
