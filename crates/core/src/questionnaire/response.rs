//! A respondent's answer to one item, as the questionnaire's scales allow it: a value on
//! the item's scale, or "don't know". Scoring reads it; assessment records store it.

use serde::{Deserialize, Serialize};

/// A response to one item; in files a number or `dont_know`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// A value on the item's scale.
    Value(u8),
    /// "Don't know / not applicable": missing in scoring, never the midpoint.
    DontKnow,
}

/// How "don't know" is written in files and JSON.
pub const DONT_KNOW: &str = "dont_know";

impl Serialize for Response {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Response::Value(v) => serializer.serialize_u8(*v),
            Response::DontKnow => serializer.serialize_str(DONT_KNOW),
        }
    }
}

impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Value(u8),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Value(v) => Ok(Response::Value(v)),
            Raw::Text(t) if t == DONT_KNOW => Ok(Response::DontKnow),
            Raw::Text(t) => Err(serde::de::Error::custom(crate::tr!(
                "core-response-not-on-scale",
                dont_know = DONT_KNOW,
                found = t
            ))),
        }
    }
}
