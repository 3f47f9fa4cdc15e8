//! Files from other machines and other hands: a file cut short at any point is never read
//! as a whole assessment or map, a hand-edited one is refused until `repair` accepts it,
//! CRLF line ends (a git checkout with core.autocrlf=true) change nothing.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::fs;

use ecoready::ecomap::{EcosystemMap, Layer, Partner, Relationship};
use ecoready::store::Store;
use support::*;

fn assessment_file(store: &Store, id: &str) -> std::path::PathBuf {
    store.assessments_dir().join(format!("{id}.yaml"))
}

/// Every cut of `bytes` worth trying: at every line boundary, and at every byte of the
/// last `tail` bytes (where the checksum line is).
fn cuts(bytes: &[u8], tail: usize) -> Vec<usize> {
    let mut cuts: Vec<usize> = (0..bytes.len())
        .filter(|&i| i == 0 || bytes[i - 1] == b'\n')
        .collect();
    cuts.extend(bytes.len().saturating_sub(tail)..bytes.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

#[test]
fn an_assessment_cut_at_every_line_and_every_byte_of_its_end_is_never_read_as_whole() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Acme", "2025-01-10T09:00:00+01:00", middle, true);
    let path = assessment_file(&store, &id);
    let whole = fs::read(&path).unwrap();
    let original = store.load(&id).unwrap();
    let tried = cuts(&whole, 300);
    // A real file: dozens of lines, so dozens of line cuts.
    assert!(tried.len() > 300, "{}", tried.len());
    for &cut in &tried {
        fs::write(&path, &whole[..cut]).unwrap();
        match store.load(&id) {
            // Only the last newline may go: the content is then exactly the same.
            Ok(read) => assert!(read == original && cut == whole.len() - 1, "cut at {cut}"),
            Err(_) => {
                let listing = store.list();
                assert!(listing.assessments.is_empty(), "cut at {cut} listed");
                assert_eq!(listing.problems.len(), 1, "cut at {cut}");
            }
        }
    }
    fs::write(&path, &whole).unwrap();
    assert_eq!(store.load(&id).unwrap(), original);
}

#[test]
fn a_map_cut_at_every_line_and_every_byte_of_its_end_is_never_read_as_whole() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let mut map = EcosystemMap::new("Acme", time("2025-03-01T10:00:00+01:00"));
    for (name, layer) in [
        ("Bakery Co", Layer::Immediate),
        ("Cold Store", Layer::Extended),
        ("Regional Bank", Layer::Enabling),
    ] {
        let partner = Partner {
            id: map.new_partner_id(name),
            name: name.to_string(),
            sector: "food".to_string(),
            layer,
            relationship: Relationship::Supplier,
            brings: Vec::new(),
            brings_note: format!("what {name} brings"),
            we_bring: String::new(),
            tie: 3,
            edited_at: None,
        };
        map.partners.push(partner);
    }
    let path = store.save_map(&map).unwrap();
    let whole = fs::read(&path).unwrap();
    for cut in cuts(&whole, 200) {
        fs::write(&path, &whole[..cut]).unwrap();
        let (versions, problems) = store.map_versions("Acme");
        match versions.as_slice() {
            [] => assert_eq!(problems.len(), 1, "cut at {cut}"),
            [read] => assert!(*read == map && cut == whole.len() - 1, "cut at {cut}"),
            _ => panic!("cut at {cut}"),
        }
    }
    // A map version with git's conflict markers says so (maps are merged on saving).
    let both = String::from_utf8_lossy(&whole).replacen(
        "partners:\n",
        "partners:\n<<<<<<< HEAD\n=======\n>>>>>>> theirs\n",
        1,
    );
    fs::write(&path, both.as_bytes()).unwrap();
    let (versions, problems) = store.map_versions("Acme");
    assert!(versions.is_empty());
    assert!(
        problems[0].message.contains("git conflict markers"),
        "{problems:?}"
    );
}

#[test]
fn a_hand_edited_assessment_is_refused_until_repair_accepts_it() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Acme", "2025-01-10T09:00:00+01:00", middle, true);
    let path = assessment_file(&store, &id);
    let text = fs::read_to_string(&path).unwrap();
    let edited = text.replace("name: Ana Ruiz", "name: Ana Ruiz-Lopez");
    assert_ne!(edited, text);
    fs::write(&path, &edited).unwrap();

    let message = format!("{:#}", store.load(&id).unwrap_err());
    assert!(
        message.contains("checksum does not match its content")
            && message.contains(&format!("`ecoready repair {id}`")),
        "{message}"
    );
    let listed = sandbox.run(&["list"]);
    assert!(
        stderr(&listed).contains("changed outside ecoready"),
        "{}",
        stderr(&listed)
    );

    let repaired = sandbox.json(&["repair", &id, "--json"]);
    assert_eq!(repaired["outcome"], "accepted");
    assert_eq!(store.load(&id).unwrap().respondent.name, "Ana Ruiz-Lopez");
    // Once accepted, it is intact: repairing again writes nothing.
    assert_eq!(
        sandbox.json(&["repair", &id, "--json"])["outcome"],
        "intact"
    );

    // A file cut so short that it is no whole assessment is not accepted either.
    let whole = fs::read(&path).unwrap();
    fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let refused = sandbox.run(&["repair", &id]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert_eq!(fs::read(&path).unwrap(), &whole[..whole.len() / 2]);
}

#[test]
fn a_version_3_file_without_its_checksum_line_is_incomplete_but_old_files_load() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let id = prepare(&store, "Acme", "2025-01-10T09:00:00+01:00", middle, true);
    let path = assessment_file(&store, &id);
    let text = fs::read_to_string(&path).unwrap();
    let (content, last) = text.trim_end().rsplit_once('\n').unwrap();
    assert!(last.starts_with("checksum: sha256:"), "{last}");
    fs::write(&path, format!("{content}\n")).unwrap();
    let message = format!("{:#}", store.load(&id).unwrap_err());
    assert!(message.contains("has no checksum line"), "{message}");
    // The same content as a version 2 file (written before checksums) loads.
    fs::write(
        &path,
        format!("{content}\n").replace("schema_version: 3\n", "schema_version: 2\n"),
    )
    .unwrap();
    let old = store.load(&id).unwrap();
    assert_eq!(old.schema_version, 2);
    // Saved again, it becomes a version 3 file with a checksum.
    store.save(&old).unwrap();
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with("schema_version: 3\n") && saved.contains("\nchecksum: sha256:"));
}

#[test]
fn crlf_line_ends_from_a_git_checkout_change_nothing() {
    let sandbox = Sandbox::new();
    let store = sandbox.store();
    let text = fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/two-dimensions.yaml"),
    )
    .unwrap();
    let loaded = ecoready::questionnaire::Loaded::from_text(text.clone(), "custom").unwrap();
    store
        .keep_questionnaire(&loaded.questionnaire, &loaded.text)
        .unwrap();
    let id = prepare(&store, "Acme", "2025-01-10T09:00:00+01:00", middle, true);
    let reference = ecoready::assessment::QuestionnaireRef {
        id: loaded.questionnaire.id.clone(),
        version: loaded.questionnaire.version.clone(),
        digest: loaded.digest.clone(),
    };
    // Every file as `core.autocrlf=true` checks it out.
    for dir in [store.questionnaires_dir(), store.assessments_dir()] {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let crlf = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
            fs::write(&path, crlf).unwrap();
        }
    }
    let found = store.questionnaire_for(&reference).unwrap();
    assert_eq!(found.digest, loaded.digest);
    assert_eq!(found.questionnaire, loaded.questionnaire);
    assert_eq!(store.load(&id).unwrap().id, id);
    let shown = sandbox.run(&["show", &id]);
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
}
