//! The layering of the workspace, read from the source text: which top-level module of a
//! crate names which (`crate::<module>` anywhere outside a file's test module). No two
//! modules depend on each other, directly or through others. The domain core is its own
//! crate (`crates/core`), so the compiler already keeps it from naming the application;
//! these tests add that it has no terminal, command-line or disk dependency and no file
//! system code, and that the application's modules form no cycle either.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Crates the domain core must not depend on: the terminal, the command line, the data
/// directory and the disk belong to the application.
const NOT_IN_CORE: [&str; 8] = [
    "ratatui",
    "crossterm",
    "clap",
    "directories",
    "color-eyre",
    "tempfile",
    "rustix",
    "signal-hook",
];

/// Source text that reaches the file system, the environment or a process.
const SYSTEM_ACCESS: [&str; 5] = [
    "std::fs",
    "std::env",
    "std::process",
    "File::",
    "OpenOptions",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn app_src() -> PathBuf {
    root().join("src")
}

fn core_src() -> PathBuf {
    root().join("crates/core/src")
}

type Graph = BTreeMap<String, BTreeSet<String>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules each top-level module of the crate whose source is `src` names.
fn module_graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let module = first.to_string_lossy().trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        // A file's unit tests sit at its end; what they import is not the module's layering.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let named = graph.entry(module.clone()).or_default();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != module {
                named.insert(name);
            }
        }
    }
    graph
}

/// A chain of modules that leads from `start` back to it, if there is one.
fn cycle_from(graph: &Graph, start: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &Graph,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    let mut seen = BTreeSet::new();
    walk(graph, start, start, &mut path, &mut seen).then_some(path)
}

fn assert_no_cycles(graph: &Graph) {
    let cycles: Vec<String> = graph
        .keys()
        .filter_map(|module| cycle_from(graph, module))
        .map(|chain| chain.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn no_module_of_the_core_depends_on_itself_through_others() {
    let graph = module_graph(&core_src());
    assert!(
        graph.len() > 10,
        "the core's source was not found: {graph:?}"
    );
    assert_no_cycles(&graph);
}

#[test]
fn no_module_of_the_application_depends_on_itself_through_others() {
    let graph = module_graph(&app_src());
    assert!(
        graph.contains_key("tui") && graph.contains_key("store"),
        "{graph:?}"
    );
    assert_no_cycles(&graph);
}

#[test]
fn the_core_crate_has_no_terminal_command_line_or_disk_dependency() {
    let manifest = fs::read_to_string(root().join("crates/core/Cargo.toml")).unwrap();
    let dependencies: Vec<&str> = manifest
        .lines()
        .skip_while(|line| line.trim() != "[dependencies]")
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .filter_map(|line| line.split(['.', '=', ' ']).next())
        .filter(|name| !name.is_empty() && !name.starts_with('#'))
        .collect();
    assert!(dependencies.contains(&"serde"), "{dependencies:?}");
    for name in NOT_IN_CORE {
        assert!(!dependencies.contains(&name), "the core depends on {name}");
    }
}

#[test]
fn the_core_source_reaches_no_file_environment_or_process() {
    let mut files = Vec::new();
    rust_files(&core_src(), &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for needle in SYSTEM_ACCESS {
            if code.contains(needle) {
                found.push(format!("{}: {needle}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_checks_see_a_cycle_when_there_is_one() {
    let mut graph = Graph::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    graph.entry("d".into()).or_default().insert("a".into());
    assert_eq!(cycle_from(&graph, "a").unwrap(), ["a", "b", "c", "a"]);
    assert_eq!(cycle_from(&graph, "d"), None);
}
