//! JSON request bodies.

use crate::error::{BuildError, Error};
use serde::Serialize;

/// The `Content-Type` of JSON bodies.
pub const CONTENT_TYPE: &str = "application/json";

/// Serializes `value` compactly, field order as declared.
pub fn body<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|e| Error::from(BuildError::Params(e)))
}

/// A number or string identifier turned into the string the wire wants (`90` → `"90"`).
pub fn id_string(value: &serde_json::Value, field: &str) -> Result<String, Error> {
    match value {
        serde_json::Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        _ => Err(Error::invalid_input(
            field,
            "expected a non-empty identifier (string or number)",
        )),
    }
}
