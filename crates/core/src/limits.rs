//! How much text ecoready accepts in each field, in one place.
//!
//! Every file ecoready writes must be readable by ecoready again, and the reader refuses
//! documents larger than [`crate::yaml::MAX_DOCUMENT_BYTES`]. Written as YAML, one
//! character can take up to 6 bytes (`\uFEFF`), so the limits below keep the largest
//! possible assessment (every one of [`MAX_ITEMS`] items with a note of [`NOTE`]'s length)
//! and the largest possible map ([`MAX_PARTNERS`] partners with every field full) well
//! under the read limit. The store still refuses to write anything larger, as a last guard.

use crate::tr;

/// A text field with a limit, as messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The organization's name.
    Organization,
    /// The organization's sector.
    Sector,
    /// The respondent's name.
    Respondent,
    /// The respondent's role.
    Role,
    /// The advisor's name.
    Advisor,
    /// The round label.
    Round,
    /// A note on a question or a plan priority.
    Note,
    /// A partner's name on a map.
    PartnerName,
    /// A partner's sector on a map.
    PartnerSector,
    /// What a partner brings.
    BringsNote,
    /// What the firm brings a partner.
    WeBring,
    /// The reason for reopening or editing.
    Reason,
    /// Who sees to a plan's priority.
    Owner,
    /// A plan priority's due date.
    Due,
}

impl Field {
    /// The field as people call it, with its article ("the organization name"), in the
    /// current language.
    pub fn name(self) -> &'static str {
        match self {
            Field::Organization => tr!("core-limit-field-organization"),
            Field::Sector => tr!("core-limit-field-sector"),
            Field::Respondent => tr!("core-limit-field-respondent"),
            Field::Role => tr!("core-limit-field-role"),
            Field::Advisor => tr!("core-limit-field-advisor"),
            Field::Round => tr!("core-limit-field-round"),
            Field::Note => tr!("core-limit-field-note"),
            Field::PartnerName => tr!("core-limit-field-partner-name"),
            Field::PartnerSector => tr!("core-limit-field-partner-sector"),
            Field::BringsNote => tr!("core-limit-field-brings-note"),
            Field::WeBring => tr!("core-limit-field-we-bring"),
            Field::Reason => tr!("core-limit-field-reason"),
            Field::Owner => tr!("core-limit-field-owner"),
            Field::Due => tr!("core-limit-field-due"),
        }
    }
}

/// The longest a text field may be, and how it is named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLimit {
    /// The field, as messages name it.
    pub field: Field,
    /// Most characters (Unicode scalar values) accepted.
    pub max_chars: usize,
}

/// The organization's name (setup, `--org`, and the organization of a map).
pub const ORGANIZATION: TextLimit = limit(Field::Organization, 200);
/// The organization's sector (`--sector`).
pub const SECTOR: TextLimit = limit(Field::Sector, 100);
/// The respondent's name (`--respondent`).
pub const RESPONDENT: TextLimit = limit(Field::Respondent, 100);
/// The respondent's role (`--role`).
pub const ROLE: TextLimit = limit(Field::Role, 100);
/// The advisor's name (`--advisor`).
pub const ADVISOR: TextLimit = limit(Field::Advisor, 100);
/// The round label (`--round`).
pub const ROUND: TextLimit = limit(Field::Round, 100);
/// A note on one question: about a page of typed text.
pub const NOTE: TextLimit = limit(Field::Note, 2000);
/// A partner's name on an ecosystem map.
pub const PARTNER_NAME: TextLimit = limit(Field::PartnerName, 200);
/// A partner's sector on an ecosystem map.
pub const PARTNER_SECTOR: TextLimit = limit(Field::PartnerSector, 100);
/// What exactly a partner brings.
pub const BRINGS_NOTE: TextLimit = limit(Field::BringsNote, 1000);
/// What the firm brings a partner.
pub const WE_BRING: TextLimit = limit(Field::WeBring, 1000);

/// Most items in one questionnaire (the built-in ones have under 60); with [`NOTE`], this
/// bounds the size of an assessment file.
pub const MAX_ITEMS: usize = 200;
/// Longest id of a questionnaire, dimension, facet or item (ids are repeated in every
/// assessment file and become part of file names).
pub const MAX_ID_CHARS: usize = 64;
/// The reason given for reopening an assessment or editing its setup.
pub const REASON: TextLimit = limit(Field::Reason, 200);
/// Most entries of an assessment's amendment log. With [`REASON`] and the setup fields'
/// limits, a full log stays under 1 MB however it is written, beside the largest answers.
pub const MAX_AMENDMENTS: usize = 250;
/// Most partners on one ecosystem map; with the partner limits, this bounds a map file.
pub const MAX_PARTNERS: usize = 200;
/// Longest `source` of a default reliability in a questionnaire: a citation and how it
/// was adjusted, shown beside changes, not an essay.
pub const MAX_RELIABILITY_SOURCE_CHARS: usize = 300;

const fn limit(field: Field, max_chars: usize) -> TextLimit {
    TextLimit { field, max_chars }
}

impl TextLimit {
    /// Whether `text` is within the limit.
    pub fn fits(&self, text: &str) -> bool {
        text.chars().count() <= self.max_chars
    }

    /// What to tell someone whose text does not fit.
    pub fn message(&self) -> String {
        tr!(
            "core-limit-too-long",
            field = self.field.name(),
            max = self.max_chars
        )
    }

    /// `Err` with [`TextLimit::message`] and the length given when `text` does not fit.
    pub fn check(&self, text: &str) -> Result<(), String> {
        if self.fits(text) {
            return Ok(());
        }
        let count = text.chars().count();
        Err(tr!(
            "core-limit-too-long-count",
            field = self.field.name(),
            max = self.max_chars,
            count = count
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_characters_not_bytes() {
        assert!(ROUND.fits(&"é".repeat(100)));
        assert!(!ROUND.fits(&"e".repeat(101)));
    }

    #[test]
    fn text_too_long_is_named_with_its_limit_and_length() {
        assert_eq!(SECTOR.check(&"s".repeat(100)), Ok(()));
        assert_eq!(
            SECTOR.check(&"s".repeat(101)),
            Err("the sector is limited to 100 characters (this one has 101)".to_string())
        );
    }

    #[test]
    fn the_message_names_the_field_in_the_current_language() {
        use crate::i18n::{Lang, with_lang};
        assert_eq!(
            with_lang(Lang::De, || NOTE.check(&"n".repeat(2001))),
            Err("die Notiz ist auf 2.000 Zeichen begrenzt (hier sind es 2.001)".to_string())
        );
        assert_eq!(
            with_lang(Lang::Es, || ORGANIZATION.message()),
            "el nombre de la organización admite como máximo 200 caracteres"
        );
        assert_eq!(
            with_lang(Lang::En, || NOTE.message()),
            "the note is limited to 2,000 characters"
        );
    }
}
