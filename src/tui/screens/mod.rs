//! One module per screen: its state, its part of `update`, and its `render`.

pub mod amend;
pub mod compare_view;
pub mod evidence_view;
pub mod history;
pub mod home;
pub mod intro;
pub mod map;
pub mod plan;
pub mod plan_review;
pub mod question;
pub mod results;
pub mod review;
pub mod round_view;
pub mod setup;
pub mod trend_view;
