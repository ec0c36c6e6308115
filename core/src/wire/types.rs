//! Small value types that several providers share: identifiers that travel as strings, flags that
//! arrive as `0`/`1`/`true`/`"1"`, numbers that arrive as strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// An identifier the caller may give as a number or a string; it always goes on the wire as a
/// string (`90` → `"90"`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(String);

impl Id {
    /// The identifier text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Checks the identifier is non-empty and free of control characters.
    pub fn validate(&self, field: &str) -> Result<(), crate::Error> {
        if self.0.is_empty() {
            return Err(crate::Error::invalid_input(field, "must not be empty"));
        }
        if self.0.chars().any(char::is_control) {
            return Err(crate::Error::invalid_input(
                field,
                "must not contain control characters",
            ));
        }
        Ok(())
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.trim().to_owned())
    }
}
impl From<String> for Id {
    fn from(s: String) -> Self {
        Id(s.trim().to_owned())
    }
}
impl From<u64> for Id {
    fn from(n: u64) -> Self {
        Id(n.to_string())
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::String(s) => Ok(Id::from(s)),
            Value::Number(n) => Ok(Id(n.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "expected an identifier (string or number), found {other}"
            ))),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": ["string", "integer"], "description": "An identifier; sent as a string."})
    }
}

/// Reads a flag that a provider writes as `0`/`1`, `"0"`/`"1"`, `true`/`false` or `null` (false).
pub fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    match Value::deserialize(d)? {
        Value::Bool(b) => Ok(b),
        Value::Null => Ok(false),
        Value::Number(n) => Ok(n.as_f64().is_some_and(|f| f != 0.0)),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "" | "0" | "false" | "no" | "off" | "n" => Ok(false),
            "1" | "true" | "yes" | "on" | "y" => Ok(true),
            other => Err(serde::de::Error::custom(format!(
                "expected a flag, found {other:?}"
            ))),
        },
        other => Err(serde::de::Error::custom(format!(
            "expected a flag, found {other}"
        ))),
    }
}

/// Reads text that a provider may write as a string or a number (`16` → `"16"`); `null` → `""`.
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Null => Ok(String::new()),
        other => Err(serde::de::Error::custom(format!(
            "expected text, found {other}"
        ))),
    }
}

/// Reads a number that a provider may write as a number or a numeric string.
pub fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    match Value::deserialize(d)? {
        Value::Number(n) => n
            .as_f64()
            .ok_or_else(|| serde::de::Error::custom("number out of range")),
        Value::String(s) => s
            .trim()
            .parse::<f64>()
            .map_err(|_| serde::de::Error::custom(format!("expected a number, found {s:?}"))),
        other => Err(serde::de::Error::custom(format!(
            "expected a number, found {other}"
        ))),
    }
}

/// Like [`number`] but `null` or absent reads as `None`.
pub fn opt_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        v => number(v).map(Some).map_err(serde::de::Error::custom),
    }
}

/// Like [`text`] but `null` reads as `None`.
pub fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        v => text(v).map(Some).map_err(serde::de::Error::custom),
    }
}

/// Reads a whole number that a provider may write as a number or a numeric string; `null` or `""`
/// reads as `None`.
pub fn opt_int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => {
            s.trim().parse::<i64>().map(Some).map_err(|_| {
                serde::de::Error::custom(format!("expected a whole number, found {s:?}"))
            })
        }
        Value::Number(n) => n
            .as_i64()
            .or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                    .map(|f| f as i64)
            })
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("expected a whole number, found {n}"))),
        other => Err(serde::de::Error::custom(format!(
            "expected a whole number, found {other}"
        ))),
    }
}

/// The schema of a flag the caller may give as `1`/`0`, `"1"`/`"0"` or `true`/`false`.
#[cfg(feature = "schema")]
pub struct FlagInput;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FlagInput {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FlagInput".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": ["string", "integer", "boolean"], "description": "1/0, \"1\"/\"0\" or true/false."})
    }
}
