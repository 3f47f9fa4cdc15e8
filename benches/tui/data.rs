//! Data directories with thousands of assessments, written through the library (without
//! the per-file fsync of `Store::save`, which only makes generating slow).
//!
//! Two shapes: [`generate`] writes the 10,000-assessment set the earlier figures were
//! measured on (1,000 organizations, ten rounds, no advisors); [`teams`] writes issue 18's
//! advisory firm: 50 advisors x 200 clients x 4 rounds (40,000 assessments), several
//! respondents per client, interviews and self-assessments, some drafts. Generating
//! 40,000 files takes a while, so [`cached_teams`] keeps the set between runs.

use std::path::Path;

use chrono::Duration;
use ecoready::assessment::{
    Assessment, Mode, Organization, Respondent, Response, Setup, Timestamp,
};
use ecoready::questionnaire::{self, Loaded};
use ecoready::store::Store;

/// The id of the `n`th generated assessment: recorded `n` hours after the first.
pub fn id(n: usize) -> String {
    let at = start() + Duration::hours(n as i64);
    format!("{}-{:05}", at.format("%Y%m%d-%H%M%S"), n)
}

fn start() -> Timestamp {
    Timestamp::parse_from_rfc3339("2020-01-06T09:00:00+01:00").expect("a date")
}

/// Writes `count` assessments of `count / 10` organizations: every fifth one a draft
/// answered half way, the others complete.
pub fn generate(root: &Path, count: usize) {
    let store = Store::open(root).expect("open the data directory");
    let loaded = questionnaire::builtin("ecosystem-readiness").expect("built-in questionnaire");
    let organizations = (count / 10).max(1);
    for n in 0..count {
        let setup = Setup {
            organization: Organization {
                name: format!("Firm {:04}", n % organizations),
                sector: "food processing".into(),
            },
            respondent: Respondent {
                name: format!("Respondent {}", n % 7),
                role: "owner".into(),
            },
            mode: Mode::SelfAssessment,
            advisor: None,
            round: Some(format!("round {}", n / organizations)),
        };
        write(&store, &loaded, n, setup, n % 5 == 0);
    }
}

/// The shape of an advisory firm's client base.
#[derive(Debug, Clone, Copy)]
pub struct Teams {
    pub advisors: usize,
    pub clients: usize,
    pub rounds: usize,
}

/// Issue 18's firm: 40,000 assessments.
pub const ISSUE_18: Teams = Teams {
    advisors: 50,
    clients: 200,
    rounds: 4,
};

impl Teams {
    pub fn count(self) -> usize {
        self.advisors * self.clients * self.rounds
    }

    /// The name of client `client` of advisor `advisor`.
    pub fn organization(advisor: usize, client: usize) -> String {
        format!("Client {advisor:02}-{client:03}")
    }
}

const SECTORS: [&str; 5] = [
    "food processing",
    "logistics",
    "construction",
    "retail",
    "software",
];
const ROLES: [(&str, &str); 3] = [
    ("owner", "Owner"),
    ("operations manager", "Operations"),
    ("sales lead", "Sales"),
];

/// Writes an advisory firm's client base: round by round, every advisor's clients, one
/// assessment each, `n` hours apart. Each client has three people who answer in turn
/// (owner, operations, sales: several respondents across rounds), every other one
/// interviewed by the advisor; in the last round every tenth is still a draft. Written
/// on every core: generating 40,000 files on one takes half a minute.
pub fn teams(root: &Path, shape: Teams) {
    let store = Store::open(root).expect("open the data directory");
    let loaded = questionnaire::builtin("ecosystem-readiness").expect("built-in questionnaire");
    let per_round = shape.advisors * shape.clients;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let count = shape.count();
    std::thread::scope(|scope| {
        for thread in 0..threads {
            let (store, loaded) = (&store, &loaded);
            scope.spawn(move || {
                for n in (thread..count).step_by(threads) {
                    let (round, within) = (n / per_round, n % per_round);
                    let (advisor, client) = (within / shape.clients, within % shape.clients);
                    let (role, who) = ROLES[(client + round) % ROLES.len()];
                    let setup = Setup {
                        organization: Organization {
                            name: Teams::organization(advisor, client),
                            sector: SECTORS[client % SECTORS.len()].into(),
                        },
                        respondent: Respondent {
                            name: format!("{who} {advisor:02}-{client:03}"),
                            role: role.into(),
                        },
                        mode: if n % 2 == 0 {
                            Mode::Interview
                        } else {
                            Mode::SelfAssessment
                        },
                        advisor: Some(format!("Advisor {advisor:02}")),
                        round: Some(format!("round {}", round + 1)),
                    };
                    let draft = round + 1 == shape.rounds && client % 10 == 0;
                    write(store, loaded, n, setup, draft);
                }
            });
        }
    });
}

/// The teams data set in `dir`, generated only when `dir` does not already hold it
/// complete (a marker written last says which shape it holds).
pub fn cached_teams(dir: &Path, shape: Teams) -> bool {
    let marker = dir.join("generated.txt");
    let expected = format!("{shape:?} v1\n");
    if std::fs::read_to_string(&marker).ok().as_deref() == Some(expected.as_str()) {
        return false;
    }
    let _ = std::fs::remove_dir_all(dir);
    teams(dir, shape);
    std::fs::write(&marker, expected).expect("write the marker");
    true
}

/// Writes assessment `n`, recorded `n` hours after the first: a draft answered half way,
/// or complete.
fn write(store: &Store, loaded: &Loaded, n: usize, setup: Setup, draft: bool) {
    let q = &loaded.questionnaire;
    let at = start() + Duration::hours(n as i64);
    let mut assessment = Assessment::start(id(n), setup, q, &loaded.digest, at);
    for r in q.items() {
        if draft && r.index * 2 >= q.item_count() {
            break;
        }
        let (min, max) = q.value_range(r.item).expect("a scale");
        let value = min + ((n + r.index) % usize::from(max - min + 1)) as u8;
        assessment.respond(q, &r.item.id, Response::Value(value), at);
    }
    if !draft {
        assessment.complete(q, at + Duration::minutes(12));
    }
    let text = ecoready::yaml::to_string(&assessment).expect("YAML");
    let path = store
        .assessments_dir()
        .join(format!("{}.yaml", assessment.id));
    // Sealed as the store seals every file: an unsealed one would be refused as cut.
    std::fs::write(path, ecoready::integrity::seal(&text)).expect("write an assessment");
}
