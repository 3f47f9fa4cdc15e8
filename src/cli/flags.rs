//! The setup flags `ecoready new` prefills with and `ecoready edit` corrects with, read
//! and checked against the fields' limits in one place.

use clap::Args;
use color_eyre::eyre::{Report, Result};

use crate::assessment::{Mode, Organization, Respondent, Setup};
use crate::error::InvalidInput;
use crate::limits;

/// Who is assessed, by whom, in which round: the setup fields as flags.
#[derive(Debug, Args, Default, Clone)]
pub struct SetupFlags {
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    #[arg(long, value_name = "S")]
    pub sector: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub respondent: Option<String>,
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    #[arg(long, value_name = "LABEL")]
    pub round: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub advisor: Option<String>,
}

impl SetupFlags {
    /// Refuses a flag longer than its field's limit ([`crate::limits`]), naming the flag,
    /// before anything is started or saved.
    pub fn check_limits(&self) -> Result<()> {
        let flags = [
            ("--org", &self.org, limits::ORGANIZATION),
            ("--sector", &self.sector, limits::SECTOR),
            ("--respondent", &self.respondent, limits::RESPONDENT),
            ("--role", &self.role, limits::ROLE),
            ("--round", &self.round, limits::ROUND),
            ("--advisor", &self.advisor, limits::ADVISOR),
        ];
        for (flag, value, limit) in flags {
            if let Err(message) = limit.check(value.as_deref().unwrap_or("")) {
                return Err(Report::new(InvalidInput(format!("{flag}: {message}"))));
            }
        }
        Ok(())
    }

    /// `setup` with every flag given replacing its field (trimmed; an empty advisor or
    /// round removes it).
    pub fn apply(&self, mut setup: Setup) -> Setup {
        let replace = |field: &mut String, flag: &Option<String>| {
            if let Some(value) = flag {
                *field = value.trim().to_string();
            }
        };
        replace(&mut setup.organization.name, &self.org);
        replace(&mut setup.organization.sector, &self.sector);
        replace(&mut setup.respondent.name, &self.respondent);
        replace(&mut setup.respondent.role, &self.role);
        let optional = |flag: &Option<String>, field: &mut Option<String>| {
            if let Some(value) = flag {
                *field = Some(value.trim().to_string()).filter(|v| !v.is_empty());
            }
        };
        optional(&self.advisor, &mut setup.advisor);
        optional(&self.round, &mut setup.round);
        setup
    }
}

/// Flags of `ecoready new`.
#[derive(Debug, Args, Default, Clone)]
pub struct NewArgs {
    #[command(flatten)]
    pub setup: SetupFlags,
    #[arg(long)]
    pub interview: bool,
    #[arg(long, value_name = "ID|FILE")]
    pub questionnaire: Option<String>,
    #[arg(long, value_name = "LANG", value_parser = super::language::parse_flag)]
    pub answer_lang: Option<crate::i18n::Lang>,
}

impl NewArgs {
    /// Refuses a flag longer than its field's limit, naming the flag.
    pub fn check_limits(&self) -> Result<()> {
        self.setup.check_limits()
    }

    /// The setup these flags describe.
    pub fn setup(&self) -> Setup {
        let flags = &self.setup;
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        Setup {
            organization: Organization {
                name: text(&flags.org),
                sector: text(&flags.sector),
            },
            respondent: Respondent {
                name: text(&flags.respondent),
                role: text(&flags.role),
            },
            mode: if self.interview || flags.advisor.is_some() {
                Mode::Interview
            } else {
                Mode::SelfAssessment
            },
            advisor: flags.advisor.clone(),
            round: flags.round.clone(),
        }
    }
}
