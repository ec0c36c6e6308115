//! Results. The vendor page shows no response bodies; what is typed here is only what
//! `domaincontext-responses.md` documents with reasonable confidence (`[doc]`, `[consumer]` or
//! `[legacy-lib]` facts). Everything else is kept as the JSON the API sent, and typed results keep
//! every member they do not name in `extra`. Scalars are loose in this API (ids as `"25844175"` or
//! `1414054`): typed text fields accept strings and numbers; a missing or `null` one reads `null`.

use crate::wire::types::opt_text;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
#[cfg(feature = "schema")]
use std::borrow::Cow;

/// A result that is either the scalar `true` or data of type `T`.
///
/// The document accepts any object or array without `_error`, and the typed fields come from
/// research notes, not from the vendor: an acceptable result that `T` cannot read (an empty PHP
/// array `[]`, a list, or an object whose typed member is not text) is [`Reply::Other`], kept
/// exactly as sent — never an error, since the command did succeed (a `domainRegister` that went
/// through must not look failed).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Reply<T> {
    /// The API answered the scalar `true`.
    Done,
    /// The API answered data.
    Data(T),
    /// An acceptable result of another shape than `T`, as sent.
    Other(Value),
}

impl<T: Serialize> Serialize for Reply<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Reply::Done => s.serialize_bool(true),
            Reply::Data(t) => t.serialize(s),
            Reply::Other(v) => v.serialize(s),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Reply<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Bool(true) => Ok(Reply::Done),
            v => Ok(match T::deserialize(&v) {
                Ok(t) => Reply::Data(t),
                Err(_) => Reply::Other(v),
            }),
        }
    }
}

#[cfg(feature = "schema")]
impl<T: JsonSchema> JsonSchema for Reply<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("Reply_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let t = g.subschema_for::<T>();
        json_schema!({"anyOf": [
            {"type": "boolean", "const": true},
            t,
            {
                "type": ["array", "object"],
                "description": "An acceptable result the typed fields cannot read (e.g. an empty array), as sent."
            }
        ]})
    }
}

/// Any acceptable result, unchanged: `true`, an object or an array (a search may also answer the
/// total as a number when asked with `count=1`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answer(pub Value);

#[cfg(feature = "schema")]
impl JsonSchema for Answer {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Answer".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The API's result as sent: true, an object or an array (a number for count=1 searches).",
            "anyOf": [{"type": "boolean", "const": true}, {"type": "object"}, {"type": "array"}, {"type": "integer"}]
        })
    }
}

/// One result per bulk element, keyed by the key it was sent with (`0`, `1`, … for a list), in the
/// API's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Bulk<T>(pub Vec<(String, T)>);

impl<T: Serialize> Serialize for Bulk<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(feature = "schema")]
impl<T: JsonSchema> JsonSchema for Bulk<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("Bulk_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let t = g.subschema_for::<T>();
        json_schema!({
            "type": "object",
            "description": "One result per element, keyed by the key it was sent with.",
            "additionalProperties": t
        })
    }
}

/// `domainsCheck`: each domain as sent → `true` (available, API `1`), `false` (not available, `0`)
/// or `null` (the check of that domain failed). A value of any other shape is kept as sent.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Availability(pub Map<String, Value>);

impl Availability {
    pub(crate) fn from_map(map: Map<String, Value>) -> Self {
        Availability(
            map.into_iter()
                .map(|(k, v)| {
                    let v = match &v {
                        Value::Number(n) if n.as_u64() == Some(1) => Value::Bool(true),
                        Value::Number(n) if n.as_u64() == Some(0) => Value::Bool(false),
                        Value::String(s) if s == "1" => Value::Bool(true),
                        Value::String(s) if s == "0" => Value::Bool(false),
                        _ => v,
                    };
                    (k, v)
                })
                .collect(),
        )
    }

    /// Whether `domain` (as sent) is available; `None` when unknown.
    #[must_use]
    pub fn is_available(&self, domain: &str) -> Option<bool> {
        self.0.get(domain).and_then(Value::as_bool)
    }
}

impl<'de> Deserialize<'de> for Availability {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Map::<String, Value>::deserialize(d).map(Availability::from_map)
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Availability {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Availability".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"anyOf": [{
            "type": "object",
            "description": "Each domain as sent: true = available, false = not available, null = its check failed.",
            "additionalProperties": {"type": ["boolean", "null"]}
        }]})
    }
}

macro_rules! row {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $field:ident),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(JsonSchema))]
        pub struct $name {
            $(
                $(#[$fm])*
                #[serde(default, deserialize_with = "opt_text")]
                pub $field: Option<String>,
            )*
            /// Every other member, as sent.
            #[serde(flatten)]
            pub extra: Map<String, Value>,
        }
    };
}

row!(
    /// `domainRegister`: at least `id` (the new domain's id) and `password` (its generated EPP code)
    /// `[consumer]`; the rest of the row in `extra`.
    Registered {
        /// The new domain's id.
        id,
        /// The domain's transfer password (EPP auth code).
        password,
    }
);

row!(
    /// `domainGetInfo`: one flat domain object; `id`, `expires` (`Y-m-d`) and `state` are confirmed
    /// `[consumer]`, `domain` by the legacy tool; the rest (flags, `nameservers`, dates…) in `extra`.
    DomainInfo {
        /// The domain's id.
        id,
        /// The domain name.
        domain,
        /// Paid-till date, `YYYY-MM-DD`.
        expires,
        /// `ok`, `incoming`, `outgoing`, `expired`, `preincoming`, `deleting`, `deleted`, `gone`, `new`…
        state,
    }
);

row!(
    /// `domainGetNSs`: `domain` and `nameservers` (one comma-separated string) `[consumer]`.
    NameServers {
        /// The domain's id.
        id,
        /// The domain name.
        domain,
        /// The name servers, comma separated (`ns1.x.com,ns2.x.com`).
        nameservers,
    }
);

row!(
    /// Commands whose result is known to hold the object's `id` `[consumer]`: name servers set,
    /// lock and WHOIS protection, contact, host and certificate creation.
    WithId {
        /// The object's id.
        id,
    }
);

row!(
    /// `domainGetPassword`: the EPP auth code in `password` `[consumer]`.
    DomainPassword {
        /// The domain's transfer password (EPP auth code).
        password,
    }
);

row!(
    /// `clientGetBalance`: `balance` (a decimal, kept as text) `[consumer]`.
    Balance {
        /// The balance, as the API wrote it.
        balance,
    }
);
