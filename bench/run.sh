#!/usr/bin/env bash
# ecoready's performance benchmark: builds the release binaries (ecoready and the minimal
# ratatui reference program), then measures both side by side in one run and prints every
# figure with its target (benches/tui/main.rs). Exit status 1 when a figure misses it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin ecoready --example minimal_ratatui
cargo bench --bench tui
