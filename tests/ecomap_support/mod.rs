//! Maps for the ecosystem map tests. Each test binary uses a different subset.
#![allow(dead_code)]

use chrono::{FixedOffset, TimeZone};
use ecoready::assessment::Timestamp;
use ecoready::ecomap::{EcosystemMap, Layer, Partner, Relationship, ResourceKind};

/// 2026-`month`-`day` `hour`:00 at UTC+1.
pub fn at(month: u32, day: u32, hour: u32) -> Timestamp {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, month, day, hour, 0, 0)
        .unwrap()
}

/// A partner with the fields the insights look at; the rest empty.
pub fn partner(id: &str, sector: &str, layer: Layer, tie: u8, brings: &[ResourceKind]) -> Partner {
    Partner {
        id: id.to_string(),
        name: id.to_string(),
        sector: sector.to_string(),
        layer,
        relationship: Relationship::Other,
        brings: brings.to_vec(),
        brings_note: String::new(),
        we_bring: String::new(),
        tie,
        edited_at: None,
    }
}

/// A map of `organization` saved at `saved_at` with these partners.
pub fn map_of(organization: &str, saved_at: Timestamp, partners: Vec<Partner>) -> EcosystemMap {
    let mut map = EcosystemMap::new(organization, saved_at);
    map.partners = partners;
    map
}

#[allow(clippy::too_many_arguments)]
fn full(
    name: &str,
    sector: &str,
    layer: Layer,
    relationship: Relationship,
    brings: &[ResourceKind],
    brings_note: &str,
    we_bring: &str,
    tie: u8,
) -> Partner {
    Partner {
        id: ecoready::ecomap::slug(name),
        name: name.to_string(),
        sector: sector.to_string(),
        layer,
        relationship,
        brings: brings.to_vec(),
        brings_note: brings_note.to_string(),
        we_bring: we_bring.to_string(),
        tie,
        edited_at: None,
    }
}

/// A bakery's map with ten partners, saved on 2026-03-14 at 09:00.
pub fn bakery() -> EcosystemMap {
    use Layer::*;
    use Relationship::*;
    use ResourceKind::*;
    map_of(
        "Alder Bakery",
        at(3, 14, 9),
        vec![
            full(
                "Harbour Logistics",
                "logistics",
                Immediate,
                Supplier,
                &[Tangible, Relational],
                "cold transport twice a week",
                "steady volumes",
                4,
            ),
            full(
                "Miller & Sons Flour",
                "food",
                Immediate,
                Supplier,
                &[Tangible],
                "organic flour",
                "a long-term contract",
                5,
            ),
            full(
                "Town Café Group",
                "hospitality",
                Immediate,
                Customer,
                &[Relational],
                "a shop window for our bread",
                "fresh bread by 7 am",
                4,
            ),
            full(
                "Riverside Bakers",
                "food",
                Immediate,
                Competitor,
                &[Tangible],
                "their oven in peak weeks",
                "our oven in theirs",
                3,
            ),
            full(
                "Food Innovation Lab",
                "research",
                Extended,
                Institution,
                &[Intangible],
                "shelf-life tests",
                "a real production line to test on",
                2,
            ),
            full(
                "Regional Bakers' Guild",
                "food",
                Extended,
                Institution,
                &[Intangible, Relational],
                "training, contacts",
                "membership fee",
                3,
            ),
            full(
                "PayNow",
                "software",
                Extended,
                Collaborator,
                &[Intangible],
                "online orders and sales data",
                "a pilot customer",
                2,
            ),
            full(
                "Food Safety Agency",
                "government",
                Enabling,
                Institution,
                &[],
                "",
                "",
                1,
            ),
            full(
                "Chamber of Commerce",
                "business services",
                Enabling,
                Institution,
                &[Relational],
                "introductions",
                "",
                2,
            ),
            full(
                "Town Council",
                "government",
                Enabling,
                Institution,
                &[Tangible],
                "market stall permits",
                "",
                2,
            ),
        ],
    )
}

/// The bakery's map as it was a year earlier: no café, no payment partner, the lab still
/// in the enabling environment and the miller a weaker tie.
pub fn bakery_a_year_earlier() -> EcosystemMap {
    let mut map = bakery();
    map.saved_at = at(3, 14, 9) - chrono::Duration::days(365);
    map.partners
        .retain(|p| p.name != "Town Café Group" && p.name != "PayNow");
    for p in &mut map.partners {
        match p.name.as_str() {
            "Food Innovation Lab" => p.layer = Layer::Enabling,
            "Miller & Sons Flour" => p.tie = 3,
            _ => {}
        }
    }
    map.partners.push(full(
        "Old Mill Co-op",
        "food",
        Layer::Immediate,
        Relationship::Supplier,
        &[ResourceKind::Tangible],
        "rye flour",
        "",
        2,
    ));
    map
}

/// A map with `count` partners spread over layers, sectors and ties, with long names.
pub fn crowded(count: usize) -> EcosystemMap {
    const SECTORS: [&str; 7] = [
        "food",
        "logistics",
        "research",
        "software",
        "government",
        "hospitality",
        "financial services and insurance",
    ];
    let partners = (0..count)
        .map(|i| {
            let layer = Layer::ALL[i % 3];
            let mut p = partner(
                &format!("p{i}"),
                SECTORS[i % SECTORS.len()],
                layer,
                (i % 5) as u8 + 1,
                &[ResourceKind::ALL[i % 3]],
            );
            p.name = if i % 4 == 0 {
                format!("Partner number {i} with a rather long registered name")
            } else {
                format!("Partner {i}")
            };
            p
        })
        .collect();
    map_of("Crowded Workshop", at(3, 14, 9), partners)
}

/// Saves `maps` as one line of versions, each made from the one before it (as the map
/// screen saves them); returns their files.
pub fn save_in_line(
    store: &ecoready::store::Store,
    maps: &[EcosystemMap],
) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    for map in maps {
        let mut map = map.clone();
        map.based_on = paths
            .last()
            .map(|p| vec![ecoready::store::map_version_name(p)])
            .unwrap_or_default();
        paths.push(store.save_map(&map).unwrap());
    }
    paths
}
