//! One module per screen: its state, its part of `update`, and its `render`.

pub mod goto;
pub mod help;
pub mod home;
pub mod intro;
pub mod map;
pub mod question;
pub mod results;
pub mod review;
pub mod setup;
