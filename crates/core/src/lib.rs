//! The domain core of ecoready: what an assessment is, how it is scored, compared over
//! time and across respondents, what a firm's ecosystem map says, and every document and
//! report made from them. Pure functions of their inputs: no terminal, no disk, no command
//! line (the application crate at the top of the workspace does those).

pub mod agreement;
pub mod assessment;
pub mod compare;
pub mod conflicts;
pub mod documents;
pub mod ecomap;
pub mod evidence;
pub mod i18n;
pub mod integrity;
pub mod limits;
pub mod next_steps;
pub mod noise;
pub mod peers;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod scoring;
pub mod text;
pub mod trend;
pub mod yaml;
