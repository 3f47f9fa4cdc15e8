//! Pieces of screen shared by several screens.

pub mod area_table;
pub mod chrome;
pub mod form_field;
pub mod limited_input;
pub mod loading;
pub mod option_list;
pub mod radar;
pub mod scroll;
