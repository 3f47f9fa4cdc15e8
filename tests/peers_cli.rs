//! Where a firm stands among peers and the norms a data directory exports, run as the real
//! binary: `show --json` and its text, `norms export|import|list`. The percentiles are
//! checked against a naive mid-rank computed here from the stored scores; the exported
//! norms must hold nothing that names a firm, a person, a note or an assessment.

#[path = "cli_support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::fs;

use chrono::Duration;
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::questionnaire::Loaded;
use ecoready::store::Store;
use serde_json::Value;
use support::{Sandbox, default_questionnaire, stderr, stdout, time};

/// One stored firm: its name, sector, and the step on the scale it answers at.
struct Firm {
    name: String,
    sector: &'static str,
    level: u64,
}

/// 12 logistics firms and 9 retail firms at levels spread over the scale; the first
/// logistics firm has two respondents in its round and an older round before it.
fn firms() -> Vec<Firm> {
    let logistics = (0..12).map(|k| Firm {
        name: format!("Zephyrco Logistics {k:02}"),
        sector: if k % 2 == 0 {
            "Logistics"
        } else {
            " logistics "
        },
        level: (k * 7 % 12) as u64,
    });
    let retail = (0..9).map(|k| Firm {
        name: format!("Quillmart Retail {k:02}"),
        sector: "Retail",
        level: (k * 5 % 12) as u64,
    });
    logistics.chain(retail).collect()
}

/// Saves one complete assessment of `firm` (the `n`th), by `respondent` in `round`, `days`
/// after the portfolio's first day: every item at the firm's level (out of 11 steps across
/// the scale), shifted by `shift` steps, with a note on the first item.
fn save(
    store: &Store,
    loaded: &Loaded,
    (firm, n): (&Firm, usize),
    (respondent, round): (usize, &str),
    (shift, days): (i64, i64),
) -> String {
    let q = &loaded.questionnaire;
    let at = time("2026-02-10T09:00:00+01:00") + Duration::days(days) + Duration::hours(n as i64);
    let setup = Setup {
        organization: Organization {
            name: firm.name.clone(),
            sector: firm.sector.into(),
        },
        respondent: Respondent {
            name: format!("Ottoline Respondent{n:02}x{respondent}"),
            role: "owner".into(),
        },
        mode: Mode::Interview,
        advisor: Some("Advisor Wexley".into()),
        round: Some(round.into()),
    };
    let id = format!(
        "{}-n{n:02}r{respondent}{}",
        at.format("%Y%m%d-%H%M%S"),
        round.len()
    );
    let mut a = Assessment::start(id.clone(), setup, q, &loaded.digest, at);
    for (i, r) in q.items().enumerate() {
        let (min, max) = q.value_range(r.item).unwrap();
        let span = i64::from(max - min);
        let step = ((firm.level as i64 + shift) * span / 11).clamp(0, span) as u8;
        let value = if r.item.reverse {
            max - step
        } else {
            min + step
        };
        a.respond(q, &r.item.id, Response::Value(value), at);
        if i == 0 {
            a.set_note(q, &r.item.id, format!("secret note of {}", firm.name), at);
        }
    }
    a.complete(q, at + Duration::minutes(20));
    store.save(&a).unwrap();
    id
}

/// Every firm stored; returns the ids, first firm's latest first.
fn portfolio(sandbox: &Sandbox) -> Vec<String> {
    let store = sandbox.store();
    let loaded = default_questionnaire();
    let mut ids = Vec::new();
    for (n, firm) in firms().iter().enumerate() {
        if n == 0 {
            // An older round, which no longer counts, then two respondents a step apart.
            ids.push(save(&store, &loaded, (firm, n), (0, "baseline"), (-5, 0)));
            ids.push(save(
                &store,
                &loaded,
                (firm, n),
                (1, "Q2 check-in"),
                (1, 60),
            ));
        }
        ids.push(save(
            &store,
            &loaded,
            (firm, n),
            (0, "Q2 check-in"),
            (0, 60),
        ));
    }
    ids
}

/// Runs `norms export --source SOURCE` into a file of the sandbox's home; returns the file.
fn export_norms(sandbox: &Sandbox, source: &str) -> std::path::PathBuf {
    let file = sandbox.home.path().join("norms.yaml");
    let output = sandbox.run(&[
        "norms",
        "export",
        "--output",
        file.to_str().unwrap(),
        "--source",
        source,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    file
}

fn overall_of(sandbox: &Sandbox, id: &str) -> f64 {
    let json = sandbox.json(&["show", id, "--json"]);
    json["assessment"]["scores"]["overall"]["score"]
        .as_f64()
        .unwrap()
}

/// The score of the dimension `at` (questionnaire order) as `show --json` reads it from
/// the file.
fn dimension_of(sandbox: &Sandbox, id: &str, at: usize) -> f64 {
    let json = sandbox.json(&["show", id, "--json"]);
    json["assessment"]["scores"]["dimensions"][at]["score"]
        .as_f64()
        .unwrap()
}

/// `100 * (below + 0.5 * equal) / n`, written out here apart from the library.
fn naive_mid_rank(score: f64, others: &[f64]) -> f64 {
    let mut points = 0.0;
    for &other in others {
        if other < score {
            points += 1.0;
        } else if other == score {
            points += 0.5;
        }
    }
    100.0 * points / others.len() as f64
}

#[test]
fn show_places_the_firm_among_the_others_by_hand_and_says_too_few_in_its_sector() {
    let sandbox = Sandbox::new();
    let ids = portfolio(&sandbox);
    // The retail firm shown is the last one stored; the others: 20 firms, one overall each
    // (the first firm's two latest respondents averaged, its baseline left out).
    let shown = ids.last().unwrap();
    let mut others = Vec::new();
    others.push((overall_of(&sandbox, &ids[1]) + overall_of(&sandbox, &ids[2])) / 2.0);
    for id in &ids[3..ids.len() - 1] {
        others.push(overall_of(&sandbox, id));
    }
    assert_eq!(others.len(), 20);
    let score = overall_of(&sandbox, shown);
    let json = sandbox.json(&["show", shown, "--json"]);
    let peers = &json["assessment"]["peers"];
    let version = default_questionnaire().questionnaire.version;
    assert_eq!(
        peers["questionnaire"],
        format!("ecosystem-readiness@{version}")
    );
    assert_eq!(peers["sector"], "Retail");
    let local = &peers["sources"][0];
    assert_eq!(local["kind"], "data_directory");
    let overall = &local["areas"][0];
    assert_eq!(overall["area"], "overall");
    assert_eq!(overall["all_sectors"]["firms"], 20);
    let want = naive_mid_rank(score, &others);
    let got = overall["all_sectors"]["percentile"].as_f64().unwrap();
    assert!((got - want).abs() < 1e-9, "got {got}, want {want}");
    // Retail: 8 other firms.
    assert_eq!(overall["sector"]["percentile"], Value::Null);
    assert_eq!(overall["sector"]["firms"], 8);
    assert_eq!(
        overall["sector"]["says"],
        "too few firms to compare (8 of 10)"
    );
    // Every dimension is placed too, from the scores the listing index keeps: the last
    // dimension by hand from the files, as the overall score above.
    let dimensions = default_questionnaire().questionnaire.dimensions.len();
    assert_eq!(local["areas"].as_array().unwrap().len(), dimensions + 1);
    let last = dimensions - 1;
    let mut others =
        vec![(dimension_of(&sandbox, &ids[1], last) + dimension_of(&sandbox, &ids[2], last)) / 2.0];
    for id in &ids[3..ids.len() - 1] {
        others.push(dimension_of(&sandbox, id, last));
    }
    let want_dimension = naive_mid_rank(dimension_of(&sandbox, shown, last), &others);
    let placed = &local["areas"][dimensions];
    assert_eq!(
        placed["area"],
        default_questionnaire().questionnaire.dimensions[last]
            .id
            .as_str()
    );
    let got = placed["all_sectors"]["percentile"].as_f64().unwrap();
    assert!(
        (got - want_dimension).abs() < 1e-9,
        "got {got}, want {want_dimension}"
    );
    // Asked twice, the second time from the index alone: the same figures.
    let again = sandbox.json(&["show", shown, "--json"]);
    assert_eq!(again["assessment"]["peers"], json["assessment"]["peers"]);
    // The text says the same, with n and source.
    let output = sandbox.run(&["show", shown]);
    let text = stdout(&output);
    assert!(text.contains("Among peers"), "{text}");
    assert!(
        text.contains("Among the other firms in this data directory:"),
        "{text}"
    );
    let line = format!(
        "    Overall readiness: {} of 20 firms; in its sector: too few firms to compare (8 of 10)",
        ecoready::peers::ordinal(want)
    );
    assert!(text.contains(&line), "{line:?} in {text}");
}

#[test]
fn a_draft_is_not_placed() {
    let sandbox = Sandbox::new();
    portfolio(&sandbox);
    let store = sandbox.store();
    let loaded = default_questionnaire();
    let setup = Setup {
        organization: Organization {
            name: "Draft Ltd".into(),
            sector: "Retail".into(),
        },
        respondent: Respondent {
            name: "Someone".into(),
            role: "owner".into(),
        },
        mode: Mode::SelfAssessment,
        advisor: None,
        round: None,
    };
    let draft = Assessment::start(
        "20260301-000000-draft".into(),
        setup,
        &loaded.questionnaire,
        &loaded.digest,
        time("2026-03-01T00:00:00Z"),
    );
    store.save(&draft).unwrap();
    let json = sandbox.json(&["show", "20260301-000000-draft", "--json"]);
    assert!(json["assessment"].get("peers").is_none(), "{json}");
}

#[test]
fn exported_norms_name_nobody_and_leave_out_the_group_of_nine() {
    let sandbox = Sandbox::new();
    let ids = portfolio(&sandbox);
    let file = export_norms(&sandbox, "Northern advisors");
    let text = fs::read_to_string(&file).unwrap();
    let lower = text.to_lowercase();
    for firm in firms() {
        assert!(
            !lower.contains(&firm.name.to_lowercase()),
            "{} in {text}",
            firm.name
        );
    }
    for word in [
        "zephyrco",
        "quillmart",
        "ottoline",
        "respondent",
        "wexley",
        "secret",
        "note",
        "baseline",
        "check-in",
        "owner",
    ] {
        assert!(!lower.contains(word), "{word:?} in {text}");
    }
    for id in &ids {
        assert!(!text.contains(id.as_str()), "{id} in {text}");
        // Not even the day an id starts with.
        assert!(!text.contains(&id[..8]), "{id} in {text}");
    }
    assert!(
        !text.contains("2026-02-") && !text.contains("2026-04-"),
        "no day in {text}"
    );
    let norms: Value = serde_yaml::from_str(&text).unwrap();
    let groups = norms["groups"].as_array().unwrap();
    let sectors: Vec<Option<&str>> = groups.iter().map(|g| g["sector"].as_str()).collect();
    // Every sector (21 firms) and logistics (12 firms, two spellings); retail has 9: out.
    assert_eq!(sectors, [None, Some("logistics")], "{text}");
    assert_eq!(groups[1]["areas"][0]["firms"], 12);
    assert_eq!(groups[0]["areas"][0]["firms"], 21);
    assert_eq!(groups[0]["period"]["from"], "2026-Q2");
    assert_eq!(groups[0]["period"]["to"], "2026-Q2");
    assert_eq!(norms["source"], "Northern advisors");
}

#[test]
fn imported_norms_give_their_own_percentile_and_say_which_norms() {
    let pooled = Sandbox::new();
    portfolio(&pooled);
    let file = export_norms(&pooled, "Northern advisors");

    // A new data directory with a single firm: no local figure, but the norms give one.
    let own = Sandbox::new();
    let store = own.store();
    let loaded = default_questionnaire();
    let firm = Firm {
        name: "Solo Ltd".into(),
        sector: "LOGISTICS",
        level: 6,
    };
    let id = save(&store, &loaded, (&firm, 0), (0, "first"), (0, 0));
    let output = own.run(&["norms", "import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json = own.json(&["show", &id, "--json"]);
    let sources = &json["assessment"]["peers"]["sources"];
    assert_eq!(
        sources[0]["areas"][0]["all_sectors"]["says"],
        "too few firms to compare (0 of 10)"
    );
    let norms = &sources[1];
    assert_eq!(norms["kind"], "norms");
    assert_eq!(norms["source"], "Northern advisors");
    assert_eq!(norms["period"], "2026-Q2");
    let overall = &norms["areas"][0];
    assert_eq!(overall["all_sectors"]["firms"], 21);
    assert_eq!(overall["sector"]["firms"], 12);
    let says = overall["sector"]["says"].as_str().unwrap();
    assert!(
        says.ends_with(
            "among 12 firms of its sector in imported norms 'Northern advisors' (2026-Q2)"
        ),
        "{says}"
    );
    // A second import of the same source is refused; list shows the one.
    let again = own.run(&["norms", "import", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("already imported"),
        "{}",
        stderr(&again)
    );
    let list = own.json(&["norms", "list", "--json"]);
    assert_eq!(list["norms"].as_array().unwrap().len(), 1);
    assert_eq!(list["norms"][0]["groups"][1]["sector"], "logistics");
}

/// A valid norms file to break in one place.
fn norms_text(firms: &str, extra: &str) -> String {
    format!(
        "schema_version: 1\nsource: Someone\ngroups:\n- questionnaire: ecosystem-readiness\n  version: '1'\n  period:\n    from: 2026-Q1\n    to: 2026-Q2\n  areas:\n  - area: overall\n    firms: {firms}\n    deciles: [10, 20, 30, 40, 50, 60, 70, 80, 90]\n{extra}"
    )
}

#[test]
fn hostile_norms_files_are_refused_naming_the_file_and_the_field_or_line() {
    let sandbox = Sandbox::new();
    let cases: [(&str, String, &[&str]); 5] = [
        (
            "nine.yaml",
            norms_text("9", ""),
            &["groups[0].areas[0].firms", "fewer than 10"],
        ),
        (
            "unknown.yaml",
            norms_text("10", "    names: [Acme]\n"),
            &["line 13", "unknown field `names`"],
        ),
        ("negative.yaml", norms_text("-3", ""), &["line 11", "firms"]),
        (
            "alias.yaml",
            format!("a: &a [x]\nb: *a\n{}", norms_text("10", "")),
            &["line 1", "aliases"],
        ),
        (
            "nan.yaml",
            norms_text("10", "").replace("[10, 20", "[.nan, 20"),
            &["groups[0].areas[0].deciles", "not a score"],
        ),
    ];
    for (name, content, mentions) in cases {
        let file = sandbox.home.path().join(name);
        fs::write(&file, content).unwrap();
        let output = sandbox.run(&["norms", "import", file.to_str().unwrap()]);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(&file.display().to_string()), "{name}: {err}");
        for mention in mentions {
            assert!(err.contains(mention), "{mention:?} in {name}: {err}");
        }
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(
        !sandbox.data.path().join("norms").exists()
            || fs::read_dir(sandbox.data.path().join("norms"))
                .unwrap()
                .count()
                == 0
    );
}

#[test]
fn a_norms_file_broken_in_the_data_directory_is_skipped_with_a_warning() {
    let sandbox = Sandbox::new();
    let ids = portfolio(&sandbox);
    let dir = sandbox.data.path().join("norms");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("planted.yaml"), norms_text("3", "")).unwrap();
    let output = sandbox.run(&["show", &ids[0], "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("planted.yaml") && err.contains("fewer than 10"),
        "{err}"
    );
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["assessment"]["peers"]["sources"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn trend_places_the_latest_check_in_as_show_does() {
    let sandbox = Sandbox::new();
    let ids = portfolio(&sandbox);
    let shown = sandbox.json(&["show", ids.last().unwrap(), "--json"]);
    let trend = sandbox.json(&["trend", "--org", "quillmart retail 08", "--json"]);
    // One check-in of one respondent: the trend's latest point is the assessment shown.
    assert_eq!(trend["peers"], shown["assessment"]["peers"]);
    // The first firm's latest point averages its two respondents; its baseline is left out.
    let first = sandbox.json(&["trend", "--org", "Zephyrco Logistics 00", "--json"]);
    let overall = &first["peers"]["sources"][0]["areas"][0];
    assert_eq!(overall["score"], first["points"][1]["overall"]);
    assert_eq!(overall["all_sectors"]["firms"], 20);
    assert_eq!(overall["sector"]["firms"], 11);
    let output = sandbox.run(&["trend", "--org", "Zephyrco Logistics 00"]);
    assert!(
        stdout(&output).contains("Among peers"),
        "{}",
        stdout(&output)
    );
}
