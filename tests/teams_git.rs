//! Three advisors share one client base through a real git remote (issue 18): each clone
//! is one advisor's machine, with its own per-machine state. They create assessments,
//! work on the same draft, pull while a wizard has it open, move one to the trash while
//! another edits it, pull and push. The test proves: no pull conflicts except a true
//! same-draft edit, which `ecoready conflicts --merge` resolves keeping both sides'
//! answers; an open wizard never saves over what a pull brought; nothing per-machine is ever
//! committed; line-end conversion cannot touch a file; and every clone lists the same
//! assessments at the end.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ecoready::assessment::{Assessment, Response};
use ecoready::store::Store;
use serde_json::Value;
use tempfile::TempDir;

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod cli_support;

use cli_support::{default_questionnaire, stderr, stdout};

#[path = "ecomap_support/mod.rs"]
mod ecomap_support;

use ecomap_support::{bakery, partner};
use ecoready::ecomap::Layer;
use ecoready::store::map_version_name;

/// One advisor's laptop: a clone of the shared remote (their data directory) and a home
/// of their own (settings and this machine's state for the data directory).
struct Machine {
    name: &'static str,
    clone: PathBuf,
    home: TempDir,
}

impl Machine {
    /// Clones `remote` into `<root>/<name>`.
    fn clone_of(remote: &Path, root: &Path, name: &'static str, advisor: &str) -> Self {
        let clone = root.join(name);
        let machine = Self {
            name,
            clone,
            home: TempDir::new().unwrap(),
        };
        let config = machine.home.path().join("config").join("ecoready");
        fs::create_dir_all(&config).unwrap();
        fs::write(config.join("config.yaml"), format!("advisor: {advisor}\n")).unwrap();
        let output = machine.git_in(root, &["clone", "-q", &remote.to_string_lossy(), name]);
        assert!(output.status.success(), "clone: {}", stderr(&output));
        machine
    }

    fn state_dir(&self) -> PathBuf {
        self.home.path().join("state")
    }

    /// The store as this machine's ecoready sees it.
    fn store(&self) -> Store {
        Store::open_with_state_dir(&self.clone, &self.state_dir()).unwrap()
    }

    fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ecoready"));
        command
            .env_remove("ECOREADY_DATA_DIR")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_CACHE_HOME", self.home.path().join("cache"))
            .env(ecoready::store::STATE_DIR_VAR, self.state_dir())
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "0")
            .arg("--data-dir")
            .arg(&self.clone);
        command
    }

    /// Runs ecoready, which must succeed.
    fn ecoready(&self, args: &[&str]) -> String {
        let output = self.command().args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{} ecoready {args:?}: {}",
            self.name,
            stderr(&output)
        );
        stdout(&output)
    }

    /// Runs ecoready in plain mode with `input` piped in (answers, `s` to skip, `q` to
    /// leave a draft).
    fn plain(&self, args: &[&str], input: &str) -> String {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = self
            .command()
            .args(args)
            .arg("--plain")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{} ecoready {args:?}: {}",
            self.name,
            stderr(&output)
        );
        stdout(&output)
    }

    /// Starts a self-assessment of `org` in plain mode and feeds it `input`.
    fn new_draft(&self, org: &str, respondent: &str, input: &str) {
        let setup = [
            "new",
            "--org",
            org,
            "--respondent",
            respondent,
            "--sector",
            "food",
        ];
        self.plain(&[&setup[..], &["--role", "owner"]].concat(), input);
    }

    /// Starts ecoready in plain mode with its input left open, as an advisor at the
    /// keyboard: lines are typed with [`OpenWizard::type_line`].
    fn open(&self, args: &[&str]) -> OpenWizard {
        use std::io::Read;
        use std::process::Stdio;
        let mut child = self
            .command()
            .args(args)
            .arg("--plain")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let (sender, said) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buffer) {
                if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        OpenWizard {
            child,
            stdin: Some(stdin),
            said,
            text: String::new(),
        }
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ecoready(args)).unwrap()
    }

    fn git_in(&self, dir: &Path, args: &[&str]) -> Output {
        Command::new("git")
            .current_dir(dir)
            .args(["-c", &format!("user.name={}", self.name)])
            .args(["-c", &format!("user.email={}@example.org", self.name)])
            .args(["-c", "commit.gpgsign=false", "-c", "pull.rebase=false"])
            .args(["-c", "init.defaultBranch=main"])
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("HOME", self.home.path())
            .output()
            .unwrap()
    }

    fn git(&self, args: &[&str]) -> Output {
        self.git_in(&self.clone, args)
    }

    /// Runs git, which must succeed.
    fn git_ok(&self, args: &[&str]) -> String {
        let output = self.git(args);
        assert!(
            output.status.success(),
            "{} git {args:?}: {}{}",
            self.name,
            stdout(&output),
            stderr(&output)
        );
        stdout(&output)
    }

    /// What `git status` shows as changed or new, one path per line.
    fn changed(&self) -> Vec<String> {
        let text = self.git_ok(&["status", "--porcelain", "--untracked-files=all"]);
        text.lines().map(|line| line[3..].to_string()).collect()
    }

    /// Commits everything ecoready wrote; every changed path must be shared data.
    fn commit(&self, message: &str) {
        for path in self.changed() {
            assert!(
                path == ".gitignore"
                    || path == ".gitattributes"
                    || path == ".stignore"
                    || ["assessments/", "questionnaires/", "trash/", "maps/"]
                        .iter()
                        .any(|shared| path.starts_with(shared)),
                "{} would commit a per-machine file: {path}",
                self.name
            );
        }
        self.git_ok(&["add", "-A"]);
        self.git_ok(&["commit", "-qm", message]);
    }

    /// Pulls, which must merge without a conflict.
    fn pull(&self) {
        self.git_ok(&["pull", "-q", "--no-edit"]);
    }

    fn push(&self) {
        self.git_ok(&["push", "-q", "origin", "HEAD:main"]);
    }

    /// The ids `list --json` shows, sorted; the listing must report no problem.
    fn listed(&self) -> Vec<String> {
        let output = self.command().args(["list", "--json"]).output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(stderr(&output), "", "{} list warned", self.name);
        let document: Value = serde_json::from_slice(&output.stdout).unwrap();
        let mut ids: Vec<String> = document["assessments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    }

    fn load(&self, id: &str) -> Assessment {
        self.store().load(id).unwrap()
    }
}

/// A plain-mode wizard still running, its input open.
struct OpenWizard {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    said: std::sync::mpsc::Receiver<Vec<u8>>,
    text: String,
}

impl OpenWizard {
    /// Waits until the wizard has printed `wanted` (after what was already waited for).
    fn wait_for(&mut self, wanted: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !self.text.contains(wanted) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.said.recv_timeout(left) {
                Ok(bytes) => self.text.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => panic!("the wizard never said {wanted:?}; it said:\n{}", self.text),
            }
        }
        let end = self.text.find(wanted).unwrap() + wanted.len();
        self.text.drain(..end);
    }

    fn type_line(&mut self, line: &str) {
        use std::io::Write;
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    /// Closes the input and waits for a successful end.
    fn finish(mut self) {
        drop(self.stdin.take());
        let output = self.child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
    }
}

/// The id of the only draft of `org` in `machine`'s listing.
fn draft_of(machine: &Machine, org: &str) -> String {
    let listed = machine.json(&["list", "--json"]);
    let drafts: Vec<&Value> = listed["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["organization"]["name"] == org && a["status"] == "draft")
        .collect();
    assert_eq!(drafts.len(), 1, "{listed}");
    drafts[0]["id"].as_str().unwrap().to_string()
}

/// The ids of the first `n` items of the built-in questionnaire.
fn first_items(n: usize) -> Vec<String> {
    let loaded = default_questionnaire();
    loaded
        .questionnaire
        .items()
        .take(n)
        .map(|r| r.item.id.clone())
        .collect()
}

fn value(assessment: &Assessment, item: &str) -> Option<u8> {
    match assessment.response(item) {
        Some(Response::Value(v)) => Some(v),
        _ => None,
    }
}

/// Every yaml file under `dir` (recursively) has LF line ends only.
fn assert_lf_only(dir: &Path) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != ".git") {
                assert_lf_only(&path);
            }
        } else if path.extension().is_some_and(|e| e == "yaml") {
            let bytes = fs::read(&path).unwrap();
            assert!(
                !bytes.windows(2).any(|w| w == b"\r\n"),
                "{} has CRLF line ends",
                path.display()
            );
        }
    }
}

#[test]
fn three_advisors_share_a_client_base_through_git_without_losing_an_answer() {
    let root = TempDir::new().unwrap();
    let remote = root.path().join("remote.git");
    let init = Command::new("git")
        .args(["init", "-q", "--bare", "-b", "main"])
        .arg(&remote)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(init.status.success(), "{}", stderr(&init));

    // Ana sets the shared data directory up and pushes it.
    let ana = Machine::clone_of(&remote, root.path(), "ana", "Ana Rossi");
    ana.ecoready(&["init", "--shared", &ana.clone.to_string_lossy()]);
    ana.commit("Shared data directory");
    ana.push();
    let ben = Machine::clone_of(&remote, root.path(), "ben", "Ben Ode");
    let cleo = Machine::clone_of(&remote, root.path(), "cleo", "Cleo Park");
    // Cleo's git converts line ends on checkout; .gitattributes must keep YAML as it is.
    cleo.git_ok(&["config", "core.autocrlf", "true"]);

    // Ana starts a draft of Alder Bakery: two answers, then leaves.
    ana.new_draft("Alder Bakery", "Dana", "3\n4\nq\n");
    let draft = draft_of(&ana, "Alder Bakery");
    ana.commit("Alder Bakery: first answers");
    ana.push();

    // Ben and Cleo each interview a firm of their own, in parallel, and share it: their
    // pulls never conflict (nothing per-machine is in the repository).
    ben.new_draft("Birch Logistics", "Eli", "5\nq\n");
    cleo.new_draft("Cedar Works", "Fay", "2\nq\n");
    ben.commit("Birch Logistics");
    cleo.commit("Cedar Works");
    ben.pull();
    ben.push();
    cleo.pull();
    cleo.push();
    ben.pull();
    ana.pull();
    let everyone = ana.listed();
    assert_eq!(everyone.len(), 3, "{everyone:?}");
    assert_eq!(ben.listed(), everyone);
    assert_eq!(cleo.listed(), everyone);
    assert_lf_only(&cleo.clone);

    // A true same-draft edit: Ben and Cleo both continue Ana's draft. Ben answers items 3
    // and 4; a second later Cleo answers item 3 differently, skips 4 and answers 5.
    let items = first_items(7);
    ben.plain(&["resume", &draft], "2\n3\nq\n");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    cleo.plain(&["resume", &draft], "5\ns\n1\nq\n");
    ben.commit("Alder Bakery: Ben's answers");
    ben.push();
    cleo.commit("Alder Bakery: Cleo's answers");
    let pulled = cleo.git(&["pull", "-q", "--no-edit"]);
    assert!(
        !pulled.status.success(),
        "the same draft edited on two machines merged without a conflict"
    );
    assert_eq!(
        cleo.changed(),
        vec![format!("assessments/{draft}.yaml")],
        "only the shared draft conflicts"
    );
    // ecoready sees the conflict, never a broken file, and merges it answer by answer.
    let conflicts = cleo.json(&["conflicts", "--json"]);
    assert_eq!(
        conflicts["conflicts"][0]["id"],
        draft.as_str(),
        "{conflicts}"
    );
    cleo.ecoready(&["conflicts", "--merge", &draft]);
    let merged = cleo.load(&draft);
    assert_eq!(value(&merged, &items[0]), Some(3), "Ana's first answer");
    assert_eq!(value(&merged, &items[1]), Some(4), "Ana's second answer");
    assert_eq!(
        value(&merged, &items[2]),
        Some(5),
        "Cleo's later answer wins"
    );
    assert_eq!(value(&merged, &items[3]), Some(3), "Ben's answer is kept");
    assert_eq!(value(&merged, &items[4]), Some(1), "Cleo's answer is kept");
    cleo.commit("Alder Bakery: both interviews merged");
    cleo.push();

    // Ben has the draft open in his wizard when his pull brings an answer Ana gave
    // meanwhile: his next answer does not save over hers. He merges, and both stay.
    ben.pull();
    let mut wizard = ben.open(&["resume", &draft]);
    wizard.wait_for("Answer (");
    ana.pull();
    // Ana leaves item 6 to Ben and answers item 7.
    ana.plain(&["resume", &draft], "s\n4\nq\n");
    let anas = items[6].clone();
    assert_eq!(
        value(&ana.load(&draft), &anas),
        Some(4),
        "Ana answered item 7"
    );
    ana.commit("Alder Bakery: Ana's answer");
    ana.push();
    ben.pull();
    wizard.type_line("2");
    wizard.wait_for("Your choice [");
    wizard.type_line("m");
    wizard.wait_for("Answer (");
    wizard.type_line("q");
    wizard.finish();
    let both = ben.load(&draft);
    assert_eq!(
        value(&both, &anas),
        Some(4),
        "Ana's answer survived Ben's wizard"
    );
    let bens = items[5].clone();
    assert_eq!(value(&both, &bens), Some(2), "Ben's answer is saved too");
    assert_eq!(value(&both, &items[4]), Some(1), "the earlier merge stands");
    ben.commit("Alder Bakery: Ben's answer, merged with Ana's");
    ben.push();
    cleo.pull();
    ana.pull();
    let merged = ben.load(&draft);

    // Ben and Cleo each add a partner to the bakery's map in the same second, from the
    // version Ana shared: two version files of distinct names, no pull conflict, and
    // every clone shows both partners.
    let base = ana.store().save_map(&bakery()).unwrap();
    ana.commit("Alder Bakery's map");
    ana.push();
    ben.pull();
    cleo.pull();
    let saved_at = chrono::Utc::now().fixed_offset();
    for (machine, added) in [(&ben, "Grain Co"), (&cleo, "Oven Rental")] {
        let mut map = machine.store().latest_map("Alder Bakery").unwrap().unwrap();
        map.based_on = vec![map_version_name(&base)];
        map.saved_at = saved_at;
        map.partners
            .push(partner(added, "food", Layer::Immediate, 3, &[]));
        machine.store().save_map(&map).unwrap();
        machine.commit(&format!("Alder Bakery's map: {added}"));
    }
    ben.push();
    cleo.pull();
    cleo.push();
    ben.pull();
    ana.pull();
    for machine in [&ana, &ben, &cleo] {
        let map = machine.json(&["map", "--org", "Alder Bakery", "--json"]);
        let partners: Vec<&str> = map["partners"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(partners.len(), bakery().partners.len() + 2, "{partners:?}");
        for added in ["Grain Co", "Oven Rental"] {
            assert!(
                partners.contains(&added),
                "{}: {added} missing",
                machine.name
            );
        }
        // The map says it merged two versions saved in parallel.
        assert!(!map["insights"]["merge"].is_null(), "{}", map["insights"]);
    }

    // Ana moves Cedar Works to the trash; Cleo's pull brings the removal: her clone lists
    // it in the trash, not as a draft.
    let cedar = draft_of(&ana, "Cedar Works");
    ana.pull();
    ana.ecoready(&["remove", &cedar, "--yes"]);
    ana.commit("Cedar Works to the trash");
    ana.push();
    cleo.pull();
    assert!(!cleo.listed().contains(&cedar));
    let trash = cleo.ecoready(&["trash"]);
    assert!(trash.contains(&cedar), "{trash}");

    // Ana moves Birch Logistics to the trash while Ben adds an answer to it. Git follows
    // the move: Ben's pull carries his change into the trash with the file, where it is
    // kept whole (its own checksum), and `restore` brings it back with his answer.
    let birch = draft_of(&ana, "Birch Logistics");
    ana.ecoready(&["remove", &birch, "--yes"]);
    ana.commit("Birch Logistics to the trash");
    ana.push();
    ben.plain(&["resume", &birch], "4\nq\n");
    ben.commit("Birch Logistics: one more answer");
    ben.pull();
    assert!(!ben.listed().contains(&birch));
    let trash = ben.ecoready(&["trash"]);
    assert!(trash.contains(&birch), "{trash}");
    ben.ecoready(&["restore", &birch]);
    assert_eq!(value(&ben.load(&birch), &items[1]), Some(4), "Ben's answer");
    assert_eq!(
        value(&ben.load(&birch), &items[0]),
        Some(5),
        "Ben's first answer"
    );
    ben.commit("Birch Logistics: back from the trash with Ben's answer");
    ben.push();

    // Everyone pulls: every clone lists the same assessments, with no warning, and the
    // merged draft reads the same everywhere.
    ana.pull();
    ben.pull();
    cleo.pull();
    let last = ana.listed();
    assert_eq!(last, {
        let mut kept = vec![draft.clone(), birch.clone()];
        kept.sort();
        kept
    });
    assert_eq!(ben.listed(), last);
    assert_eq!(cleo.listed(), last);
    for machine in [&ana, &ben, &cleo] {
        assert_eq!(
            machine.load(&draft).answers,
            merged.answers,
            "{}",
            machine.name
        );
        let none = machine.ecoready(&["conflicts"]);
        assert!(none.starts_with("No conflicts"), "{}: {none}", machine.name);
        assert!(machine.changed().is_empty(), "{}", machine.name);
    }
    assert_lf_only(&cleo.clone);
}
