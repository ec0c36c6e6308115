//! Parameter value types: each knows how to check itself and how to go into the query string.
//!
//! Values are taken leniently where callers naturally differ (an id as `0` or `"0"`), kept as the
//! caller wrote them, and validated when the request is built, so an error names the vendor's
//! parameter (`order-id`, `ns`) rather than the whole parameter object.

use crate::domain::{DomainName, label_to_ascii, suffix_to_ascii};
use crate::error::Error;
use crate::secret::Secret;
use crate::wire::Pairs;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// Something that writes itself as `key=value` pairs (repeated keys for lists).
pub trait WireArg {
    /// Validates the value and appends its pairs under `key`.
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error>;
}

impl<T: WireArg> WireArg for Option<T> {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        match self {
            Some(v) => v.push_to(key, out),
            None => Ok(()),
        }
    }
}

/// An optional list: every value under the same key, in the caller's order (`ns=a&ns=b`).
impl<T: WireArg> WireArg for Vec<T> {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        self.iter().try_for_each(|v| v.push_to(key, out))
    }
}

/// Text or a number, as text.
fn scalar_text<'de, D: Deserializer<'de>>(d: D, what: &str) -> Result<String, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "expected {what} (text or number), found {other}"
        ))),
    }
}

fn no_controls(s: &str, key: &str) -> Result<(), Error> {
    if s.chars().any(char::is_control) {
        return Err(Error::invalid_input(
            key,
            "must not contain control characters",
        ));
    }
    Ok(())
}

macro_rules! text_type {
    ($(#[$m:meta])* $name:ident, $what:literal, $schema:tt) => {
        $(#[$m])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(pub String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                scalar_text(d, $what).map($name)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!($schema)
            }
        }
    };
}

text_type!(
    /// Free text, non-empty (line breaks allowed: an SMD file travels in an attribute).
    Text, "text", {"type": ["string", "number"], "description": "Text (numbers are sent as written)."}
);

impl WireArg for Text {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        if self.0.trim().is_empty() {
            return Err(Error::invalid_input(key, "must not be empty"));
        }
        out.push(key, self.0.clone());
        Ok(())
    }
}

text_type!(
    /// Text that may be empty (`association-id=` removes an association).
    AnyText, "text", {"type": ["string", "number"], "description": "Text; may be empty."}
);

impl WireArg for AnyText {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        no_controls(&self.0, key)?;
        out.push(key, self.0.clone());
        Ok(())
    }
}

text_type!(
    /// A non-negative whole number (order, customer and contact ids, counts, epoch seconds).
    Uint, "a whole number", {"type": ["integer", "string"], "minimum": 0, "description": "A non-negative whole number (sent in decimal)."}
);

impl Uint {
    /// The value, checked.
    pub fn value(&self, key: &str) -> Result<u64, Error> {
        let t = self.0.trim();
        // A whole number that passed through a float (`1.0` from a dynamic language) is accepted.
        let t = t.strip_suffix(".0").unwrap_or(t);
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid_input(
                key,
                format!("{:?} is not a non-negative whole number", self.0),
            ));
        }
        t.parse::<u64>()
            .map_err(|_| Error::invalid_input(key, "number is too large"))
    }
}

impl From<u64> for Uint {
    fn from(n: u64) -> Self {
        Uint(n.to_string())
    }
}

impl WireArg for Uint {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        out.push(key, self.value(key)?.to_string());
        Ok(())
    }
}

text_type!(
    /// A one-time password (`otp`, reference §1.10): digits, sent exactly as written, so a code
    /// that starts with `0` keeps its leading zeros (an integer would lose them).
    Otp, "a one-time password", {"type": ["string", "integer"], "pattern": "^[0-9]+$", "minimum": 0, "description": "One-time password digits, sent as written (give it as text to keep leading zeros)."}
);

impl WireArg for Otp {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        let t = self.0.trim();
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid_input(key, "the one-time password's digits"));
        }
        out.push(key, t);
        Ok(())
    }
}

text_type!(
    /// A contact id, or `-1` for a role the TLD does not have.
    ContactId, "a contact id", {"type": ["integer", "string"], "minimum": -1, "description": "A contact id, or -1 where the TLD has no such contact."}
);

impl ContactId {
    /// The value, checked (`-1` or a non-negative whole number).
    pub fn value(&self, key: &str) -> Result<i64, Error> {
        let t = self.0.trim();
        if t == "-1" {
            return Ok(-1);
        }
        Uint(t.to_owned())
            .value(key)
            .and_then(|n| {
                i64::try_from(n).map_err(|_| Error::invalid_input(key, "number is too large"))
            })
            .map_err(|_| {
                Error::invalid_input(
                    key,
                    format!("{:?} is not a contact id (a whole number, or -1)", self.0),
                )
            })
    }
}

impl From<i64> for ContactId {
    fn from(n: i64) -> Self {
        ContactId(n.to_string())
    }
}

impl WireArg for ContactId {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        out.push(key, self.value(key)?.to_string());
        Ok(())
    }
}

text_type!(
    /// A non-negative decimal amount (`discount-amount`, prices); sent as written (`0.0`).
    Decimal, "an amount", {"type": ["number", "string"], "minimum": 0, "description": "A non-negative amount; sent as written (0.0)."}
);

impl WireArg for Decimal {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        let t = self.0.trim();
        let ok = !t.is_empty()
            && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && t.bytes().filter(|b| *b == b'.').count() <= 1
            && t.bytes().any(|b| b.is_ascii_digit());
        if !ok {
            return Err(Error::invalid_input(
                key,
                format!("{:?} is not a non-negative amount", self.0),
            ));
        }
        out.push(key, t);
        Ok(())
    }
}

text_type!(
    /// A full domain name, in Unicode or punycode ("The domain name used in the API call can be in
    /// Unicode … or in Punycode format", Register). Validated with IDNA (UTS #46) and sent as the
    /// caller wrote it (trimmed, without a root dot).
    Domain, "a domain name", {"type": "string", "description": "A domain name, Unicode or punycode (sent as written)."}
);

impl Domain {
    /// The validated name.
    pub fn parse(&self, key: &str) -> Result<DomainName, Error> {
        DomainName::parse_field(&self.0, key)
    }

    fn wire(&self) -> String {
        let t = self.0.trim();
        t.strip_suffix('.').unwrap_or(t).to_owned()
    }
}

impl WireArg for Domain {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        self.parse(key)?;
        out.push(key, self.wire());
        Ok(())
    }
}

text_type!(
    /// A host name (name server, child name server, CNAME/MX/NS target): a domain name.
    Host, "a host name", {"type": "string", "description": "A host name (sent as written)."}
);

impl WireArg for Host {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        Domain(self.0.clone()).push_to(key, out)
    }
}

text_type!(
    /// A label without its TLD (`domain1` in an availability check), Unicode or punycode.
    Label, "a domain label", {"type": "string", "description": "A name without its TLD (Unicode or punycode)."}
);

impl WireArg for Label {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        label_to_ascii(&self.0, key)?;
        out.push(key, self.0.trim());
        Ok(())
    }
}

text_type!(
    /// A TLD without its dot (`com`, `co.uk`); a leading dot is dropped.
    Tld, "a TLD", {"type": "string", "description": "A TLD such as com or co.uk (a leading dot is dropped)."}
);

impl WireArg for Tld {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        let bare = self.0.trim().trim_start_matches('.');
        suffix_to_ascii(bare, key)?;
        out.push(key, bare);
        Ok(())
    }
}

/// An address type checked with `std::net`.
macro_rules! ip_type {
    ($(#[$m:meta])* $name:ident, $parse:ty, $what:literal) => {
        text_type!($(#[$m])* $name, $what, {"type": "string", "description": $what});

        impl WireArg for $name {
            fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
                let t = self.0.trim();
                t.parse::<$parse>().map_err(|_| {
                    Error::invalid_input(key, format!("{:?} is not {}", self.0, $what))
                })?;
                out.push(key, t);
                Ok(())
            }
        }
    };
}

ip_type!(
    /// An IPv4 or IPv6 address.
    Ip, std::net::IpAddr, "an IP address"
);
ip_type!(
    /// An IPv4 address.
    Ipv4, std::net::Ipv4Addr, "an IPv4 address"
);
ip_type!(
    /// An IPv6 address.
    Ipv6, std::net::Ipv6Addr, "an IPv6 address"
);

/// A Boolean, sent as `true` or `false` (KB 755); `"true"`/`"false"` text is accepted too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Bool(b) => Ok(Flag(b)),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(Flag(true)),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(Flag(false)),
            other => Err(serde::de::Error::custom(format!(
                "expected true or false, found {other}"
            ))),
        }
    }
}

impl WireArg for Flag {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        out.push(key, if self.0 { "true" } else { "false" });
        Ok(())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Flag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Flag".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": ["boolean", "string"], "description": "true or false (sent as the words true/false)."})
    }
}

macro_rules! choice_type {
    ($(#[$m:meta])* $name:ident, [$($v:literal),+ $(,)?]) => {
        text_type!($(#[$m])* $name, "one of the documented values", {"type": "string", "enum": [$($v),+]});

        impl $name {
            /// The documented values.
            pub const VALUES: &'static [&'static str] = &[$($v),+];
        }

        impl WireArg for $name {
            fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
                let t = self.0.trim();
                if !Self::VALUES.contains(&t) {
                    return Err(Error::invalid_input(
                        key,
                        format!("{:?} is not one of {}", self.0, Self::VALUES.join(", ")),
                    ));
                }
                out.push(key, t);
                Ok(())
            }
        }
    };
}

choice_type!(
    /// How the customer invoice is handled (§1.9): four documented values.
    InvoiceOption, ["NoInvoice", "PayInvoice", "KeepInvoice", "OnlyAdd"]
);
choice_type!(
    /// `invoice-option` of Restore, which documents three values (no `OnlyAdd`).
    RestoreInvoiceOption, ["NoInvoice", "PayInvoice", "KeepInvoice"]
);
choice_type!(
    /// The blocks Get Details returns (KB 770 / KB 1755).
    DetailOption,
    [
        "All",
        "OrderDetails",
        "ContactIds",
        "RegistrantContactDetails",
        "AdminContactDetails",
        "TechContactDetails",
        "BillingContactDetails",
        "NsDetails",
        "DomainStatus",
        "DNSSECDetails",
        "StatusDetails"
    ]
);
choice_type!(
    /// Domain order statuses (domains/search `status`).
    OrderStatus,
    [
        "InActive",
        "Active",
        "Suspended",
        "Pending Delete Restorable",
        "Deleted",
        "Archived",
        "Pending Verification",
        "Failed Verification"
    ]
);
choice_type!(
    /// `privacy-enabled` of domains/search.
    PrivacyFilter, ["true", "false", "na"]
);
choice_type!(
    /// Contact statuses (contacts/search `status`).
    ContactStatus, ["InActive", "Active", "Suspended", "Deleted"]
);
choice_type!(
    /// Customer statuses (customers/search `status`).
    CustomerStatus, ["Active", "Suspended", "Deleted"]
);
choice_type!(
    /// `whois-type` of a .TEL order.
    WhoisType, ["Natural", "Legal"]
);
choice_type!(
    /// DNS record types accepted by search-records.
    RecordType, ["A", "AAAA", "MX", "CNAME", "TXT", "NS", "SRV", "SOA"]
);

/// A credential-like parameter (`passwd`, `auth-code`): never printed by `Debug`, and masked in
/// redacted renderings (`record::SENSITIVE_NAMES`). A number is taken as its digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretText(pub Secret);

impl SecretText {
    /// Whether the value is empty or only spaces.
    pub fn is_blank(&self) -> bool {
        self.0.expose().trim().is_empty()
    }
}

impl From<&str> for SecretText {
    fn from(s: &str) -> Self {
        SecretText(Secret::new(s.to_owned()))
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The value is never echoed in the error.
        match Value::deserialize(d)? {
            Value::String(s) => Ok(SecretText(Secret::new(s))),
            Value::Number(n) => Ok(SecretText(Secret::new(n.to_string()))),
            _ => Err(serde::de::Error::custom("expected text")),
        }
    }
}

impl WireArg for SecretText {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        if self.is_blank() {
            return Err(Error::invalid_input(key, "must not be empty"));
        }
        no_controls(self.0.expose(), key)?;
        out.push(key, self.0.expose().clone());
        Ok(())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for SecretText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SecretText".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": ["string", "number"], "description": "A password or auth code; masked in every rendering."})
    }
}

/// Extra details as numbered pairs: `attr-name1=k&attr-value1=v&attr-name2=…`, numbered from 1 in
/// the caller's order (KB 755 "Map").
///
/// Given as a JSON object (its member order is kept) or as a list of `[name, value]` pairs (which
/// may repeat a name). Values may be text, numbers or Booleans (`true`/`false`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes(pub Vec<(String, String)>);

fn attr_value(v: Value) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(format!(
            "attribute values must be text, numbers or Booleans, found {other}"
        )),
    }
}

impl<'de> Deserialize<'de> for Attributes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut out = Vec::new();
        match Value::deserialize(d)? {
            Value::Object(map) => {
                for (k, v) in map {
                    out.push((k, attr_value(v).map_err(serde::de::Error::custom)?));
                }
            }
            Value::Array(items) => {
                for item in items {
                    let pair = match item {
                        Value::Array(p) if p.len() == 2 => p,
                        other => {
                            return Err(serde::de::Error::custom(format!(
                                "attributes as a list hold [name, value] pairs, found {other}"
                            )));
                        }
                    };
                    let mut it = pair.into_iter();
                    let (Some(Value::String(k)), Some(v)) = (it.next(), it.next()) else {
                        return Err(serde::de::Error::custom(
                            "an attribute pair is [name (text), value]",
                        ));
                    };
                    out.push((k, attr_value(v).map_err(serde::de::Error::custom)?));
                }
            }
            other => {
                return Err(serde::de::Error::custom(format!(
                    "attributes are an object or a list of [name, value] pairs, found {other}"
                )));
            }
        }
        Ok(Attributes(out))
    }
}

impl Attributes {
    /// The value of the first attribute named `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl WireArg for Attributes {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        for (i, (name, value)) in self.0.iter().enumerate() {
            let n = i + 1;
            if name.trim().is_empty() {
                return Err(Error::invalid_input(
                    key,
                    format!("attribute {n} has an empty name"),
                ));
            }
            no_controls(name, key)?;
            out.push(format!("attr-name{n}"), name.clone());
            out.push(format!("attr-value{n}"), value.clone());
        }
        Ok(())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Attributes {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Attributes".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Extra details sent as attr-name1/attr-value1, attr-name2/… in this order: an object, or a list of [name, value] pairs.",
            "anyOf": [
                {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}},
                {"type": "array", "items": {"type": "array", "items": {"type": ["string", "number", "boolean"]}}}
            ]
        })
    }
}

/// A list that must hold at least one value (`ns` of Register, `domain-name` of a check).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(List)
    }
}

impl<T: WireArg> WireArg for List<T> {
    fn push_to(&self, key: &str, out: &mut Pairs) -> Result<(), Error> {
        if self.0.is_empty() {
            return Err(Error::invalid_input(key, "give at least one value"));
        }
        self.0.push_to(key, out)
    }
}

#[cfg(feature = "schema")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for List<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("List_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut s = <Vec<T>>::json_schema(g);
        s.insert("minItems".into(), 1.into());
        s
    }
    fn inline_schema() -> bool {
        true
    }
}
