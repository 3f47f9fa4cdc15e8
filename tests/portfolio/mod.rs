//! A generated portfolio of firms for the evidence tests: each firm answers around a level
//! of its own, some of them twice a month apart.

use chrono::{DateTime, Duration};
use ecoready::assessment::{Assessment, Mode, Organization, Respondent, Response, Setup};
use ecoready::questionnaire::Loaded;
use ecoready::store::Store;

/// A small deterministic generator (a linear congruential one), so every run sees the
/// same portfolio without a random-number crate.
struct Lcg(u64);

impl Lcg {
    /// A whole number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) % n
    }
}

/// `firms` firms; each answers every item at its own level plus or minus one point, and
/// the first `twice` of them answer again 30 days later. The first firm's baseline has a
/// second respondent.
pub fn portfolio(store: &Store, loaded: &Loaded, firms: usize, twice: usize) {
    let q = &loaded.questionnaire;
    let mut random = Lcg(7);
    let start = DateTime::parse_from_rfc3339("2026-01-05T09:00:00+01:00").unwrap();
    for firm in 0..firms {
        let level = random.below(5);
        let visits = if firm < twice { 2 } else { 1 };
        let respondents = if firm == 0 { 2 } else { 1 };
        for visit in 0..visits {
            for respondent in 0..respondents.min(if visit == 0 { 2 } else { 1 }) {
                let at = start + Duration::days(30 * visit as i64) + Duration::hours(firm as i64);
                let setup = Setup {
                    organization: Organization {
                        name: format!("Firm {firm:02}"),
                        sector: "logistics".into(),
                    },
                    respondent: Respondent {
                        name: format!("Respondent {respondent}"),
                        role: "owner".into(),
                    },
                    mode: Mode::SelfAssessment,
                    advisor: None,
                    round: Some(format!("visit {visit}")),
                };
                let id = format!(
                    "{}-f{firm:02}v{visit}r{respondent}",
                    at.format("%Y%m%d-%H%M%S")
                );
                let mut a = Assessment::start(id, setup, q, &loaded.digest, at);
                for r in q.items() {
                    let (min, max) = q.value_range(r.item).unwrap();
                    let span = u64::from(max - min);
                    let step = (level * span / 4 + random.below(3))
                        .saturating_sub(1)
                        .min(span);
                    let value = if r.item.reverse {
                        max - step as u8
                    } else {
                        min + step as u8
                    };
                    a.respond(q, &r.item.id, Response::Value(value), at);
                }
                a.complete(q, at + Duration::minutes(15));
                store.save(&a).unwrap();
            }
        }
    }
}
