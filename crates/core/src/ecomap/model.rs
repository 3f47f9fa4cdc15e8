//! The ecosystem map as data: the firm at the centre and its partners, each placed in a
//! layer, with what flows each way and how strong the tie is.

use serde::{Deserialize, Serialize};

use crate::assessment::Timestamp;
use crate::tr;

/// The map file format version this build writes: 2 added the checksum line every file
/// ends with ([`crate::integrity`]); a version 1 file has none and is read as before. 3
/// added `based_on` (the versions a version was made from) and each partner's
/// `edited_at`, so versions saved in parallel on several machines can be merged
/// ([`super::merge`]); older files have neither and are read as before.
pub const SCHEMA_VERSION: u32 = 3;

/// The first map format version that records `based_on`: a version of an older format
/// without it was made from the version saved just before it (one machine, one line of
/// versions), while a newer one without it is a first version.
pub const FIRST_LINEAGE_VERSION: u32 = 3;

/// The first map format version whose files always end with a checksum line.
pub const FIRST_SEALED_VERSION: u32 = 2;

/// Weakest tie strength.
pub const MIN_TIE: u8 = 1;
/// Strongest tie strength.
pub const MAX_TIE: u8 = 5;

/// Longest partner id generated from a name (ids stay short in files and diffs).
const MAX_GENERATED_ID_LEN: usize = 40;

/// One dated version of an organization's ecosystem map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EcosystemMap {
    /// Format version of the file; newer versions than [`SCHEMA_VERSION`] are refused.
    pub schema_version: u32,
    /// The firm at the centre, exactly as the user wrote its name.
    pub organization: String,
    /// When this version was saved.
    pub saved_at: Timestamp,
    /// The versions (file names without `.yaml`) this one was made from: one after an
    /// ordinary edit, several when it merges versions saved in parallel; empty for a first
    /// version and for files older than [`FIRST_LINEAGE_VERSION`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub based_on: Vec<String>,
    /// Everyone around the firm.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

/// Someone in the firm's ecosystem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Stable id within the organization's maps, generated from the first name given.
    pub id: String,
    /// The partner's name.
    pub name: String,
    /// The partner's sector, e.g. "logistics" (may be empty).
    #[serde(default)]
    pub sector: String,
    /// How close to the firm the partner sits.
    pub layer: Layer,
    /// What kind of relationship it is.
    pub relationship: Relationship,
    /// Kinds of resources the partner brings.
    #[serde(default)]
    pub brings: Vec<ResourceKind>,
    /// What exactly the partner brings.
    #[serde(default)]
    pub brings_note: String,
    /// What the firm brings the partner.
    #[serde(default)]
    pub we_bring: String,
    /// How strong the tie is, [`MIN_TIE`] (occasional contact) to [`MAX_TIE`] (deep, trusted).
    pub tie: u8,
    /// When the partner was last added or changed: of two versions saved in parallel
    /// that changed it, the later edit wins. Absent in files older than format 3 (the
    /// version's `saved_at` stands in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
}

impl Partner {
    /// Whether `other` says the same about the partner (every field but `edited_at`).
    pub fn same_content(&self, other: &Partner) -> bool {
        let stamped = |p: &Partner| Partner {
            edited_at: None,
            ..p.clone()
        };
        stamped(self) == stamped(other)
    }
}

/// The rings of the map, from the firm outwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    /// Suppliers, key customers, local associations, trusted competitors.
    Immediate,
    /// Industry bodies, research institutions, technology providers, government.
    Extended,
    /// Regulation, market trends, norms, and those who set them.
    Enabling,
}

impl Layer {
    /// Every layer, from the firm outwards.
    pub const ALL: [Layer; 3] = [Layer::Immediate, Layer::Extended, Layer::Enabling];

    /// The layer's name as shown to users.
    pub fn title(self) -> &'static str {
        match self {
            Layer::Immediate => crate::tr!("report-map-layer-immediate"),
            Layer::Extended => crate::tr!("report-map-layer-extended"),
            Layer::Enabling => crate::tr!("report-map-layer-enabling"),
        }
    }

    /// One short word for narrow places.
    pub fn short(self) -> &'static str {
        match self {
            Layer::Immediate => crate::tr!("report-map-layer-short-immediate"),
            Layer::Extended => crate::tr!("report-map-layer-short-extended"),
            Layer::Enabling => crate::tr!("report-map-layer-short-enabling"),
        }
    }

    /// Position in [`Layer::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The kind of relationship with a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relationship {
    /// Sells to the firm.
    Supplier,
    /// Buys from the firm.
    Customer,
    /// Works with the firm on shared projects.
    Collaborator,
    /// A competitor the firm cooperates with.
    Competitor,
    /// A public body, association, research or education institution.
    Institution,
    /// Anything else.
    Other,
}

impl Relationship {
    /// Every relationship, in the order forms offer them.
    pub const ALL: [Relationship; 6] = [
        Relationship::Supplier,
        Relationship::Customer,
        Relationship::Collaborator,
        Relationship::Competitor,
        Relationship::Institution,
        Relationship::Other,
    ];

    /// The relationship as shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Relationship::Supplier => crate::tr!("report-map-relationship-supplier"),
            Relationship::Customer => crate::tr!("report-map-relationship-customer"),
            Relationship::Collaborator => crate::tr!("report-map-relationship-collaborator"),
            Relationship::Competitor => crate::tr!("report-map-relationship-competitor"),
            Relationship::Institution => crate::tr!("report-map-relationship-institution"),
            Relationship::Other => crate::tr!("report-map-relationship-other"),
        }
    }
}

/// The kinds of resources a partner can bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResourceKind {
    /// Equipment, space, materials, money.
    Tangible,
    /// Know-how, brands, data, intellectual property.
    Intangible,
    /// Contacts, reputation, access to other networks.
    Relational,
}

impl ResourceKind {
    /// Every kind, in a fixed order.
    pub const ALL: [ResourceKind; 3] = [
        ResourceKind::Tangible,
        ResourceKind::Intangible,
        ResourceKind::Relational,
    ];

    /// The kind's name as shown to users.
    pub fn label(self) -> &'static str {
        match self {
            ResourceKind::Tangible => crate::tr!("report-map-kind-tangible"),
            ResourceKind::Intangible => crate::tr!("report-map-kind-intangible"),
            ResourceKind::Relational => crate::tr!("report-map-kind-relational"),
        }
    }

    /// Examples that explain the kind.
    pub fn examples(self) -> &'static str {
        match self {
            ResourceKind::Tangible => crate::tr!("report-map-kind-tangible-examples"),
            ResourceKind::Intangible => crate::tr!("report-map-kind-intangible-examples"),
            ResourceKind::Relational => crate::tr!("report-map-kind-relational-examples"),
        }
    }
}

impl EcosystemMap {
    /// An empty map of `organization` dated `saved_at`.
    pub fn new(organization: impl Into<String>, saved_at: Timestamp) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            organization: organization.into(),
            saved_at,
            based_on: Vec::new(),
            partners: Vec::new(),
        }
    }

    /// Marks each partner added or changed since `base` (the version this map was made
    /// from; every partner when there is none) as edited at `at`; partners left as they
    /// were keep their edit time.
    pub fn stamp_edits(&mut self, base: Option<&EcosystemMap>, at: Timestamp) {
        for partner in &mut self.partners {
            let unchanged = base
                .and_then(|b| b.partner(&partner.id))
                .is_some_and(|before| before.same_content(partner));
            if !unchanged {
                partner.edited_at = Some(at);
            }
        }
    }

    /// The partner with this id.
    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    /// The partners of a layer, strongest tie first, then by name (ignoring case): the
    /// order every view of the map lists them in.
    pub fn in_layer(&self, layer: Layer) -> Vec<&Partner> {
        let mut partners: Vec<&Partner> =
            self.partners.iter().filter(|p| p.layer == layer).collect();
        partners.sort_by(|a, b| {
            b.tie
                .cmp(&a.tie)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        partners
    }

    /// A fresh id for a partner called `name`: the name as a slug, with `-2`, `-3`, ...
    /// when another partner of this map already has it.
    pub fn new_partner_id(&self, name: &str) -> String {
        let mut base = slug(name);
        base.truncate(MAX_GENERATED_ID_LEN);
        let base = match base.trim_end_matches('-') {
            "" => "partner".to_string(),
            trimmed => trimmed.to_string(),
        };
        let taken = |id: &str| self.partners.iter().any(|p| p.id == id);
        if !taken(&base) {
            return base;
        }
        // At most one more candidate than there are partners can be taken.
        (2..=self.partners.len() + 2)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or_else(|| format!("{base}-{}", self.partners.len() + 3))
    }

    /// What makes this map unusable, in words a person understands: ids missing or given
    /// twice, names missing, ties outside 1-5, a kind of resource listed twice.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.organization.trim().is_empty() {
            problems.push(tr!("core-map-problem-no-organization").to_string());
        }
        for (index, partner) in self.partners.iter().enumerate() {
            let number = (index + 1).to_string();
            let which = tr!(
                "core-map-problem-partner",
                number = number.as_str(),
                id = partner.id.escape_debug().to_string()
            );
            if partner.id.trim().is_empty() {
                problems.push(tr!("core-map-problem-no-id", number = number.as_str()));
            } else if self.partners[..index].iter().any(|p| p.id == partner.id) {
                problems.push(tr!("core-map-problem-id-twice", partner = which.as_str()));
            }
            if partner.name.trim().is_empty() {
                problems.push(tr!("core-map-problem-no-name", partner = which.as_str()));
            }
            if !(MIN_TIE..=MAX_TIE).contains(&partner.tie) {
                problems.push(tr!(
                    "core-map-problem-tie",
                    partner = which.as_str(),
                    tie = partner.tie.to_string(),
                    min = MIN_TIE,
                    max = MAX_TIE
                ));
            }
            let mut kinds = partner.brings.clone();
            kinds.sort();
            kinds.dedup();
            if kinds.len() != partner.brings.len() {
                problems.push(tr!("core-map-problem-kind-twice", partner = which.as_str()));
            }
        }
        problems
    }
}

/// Lowercase ASCII letters and digits of `text`, every other run of characters turned into
/// one `-`, with no `-` at either end; may be empty.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Sector names compared ignoring case and surrounding spaces.
pub fn sector_key(sector: &str) -> String {
    sector.trim().to_lowercase()
}
