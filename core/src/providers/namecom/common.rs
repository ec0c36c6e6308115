//! Types and helpers every Name.com operation shares: contacts, the acknowledgement, keyed maps.

use super::envelope;
use crate::domain::DomainName;
use crate::error::Error;
use crate::operation::{Metadata, Safety};
use crate::response::from_value;
use crate::wire::form::escape_path_segment;
use crate::wire::types::{flag, opt_text, text};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// Metadata of a Name.com operation.
pub(crate) const fn metadata(
    name: &'static str,
    method: &'static str,
    path: &'static str,
    safety: Safety,
    doc: &'static str,
    summary: &'static str,
    confirm_with: Option<&'static str>,
) -> Metadata {
    Metadata::new(
        "namecom",
        name,
        method,
        path,
        safety,
        doc,
        summary,
        confirm_with,
    )
}

/// A successful command whose documented answer is only `result`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Ack {
    /// Always `true` (any other code is an error).
    pub success: bool,
    /// Every other member of the answer, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Reads a response whose documented success body is only `result`.
pub(crate) fn ack(response: &http::Response<&[u8]>, repeatable: bool) -> Result<Ack, Error> {
    let (extra, _) = envelope::read(response, repeatable)?;
    Ok(Ack {
        success: true,
        extra,
    })
}

/// Reads a typed success body.
pub(crate) fn data<T: serde::de::DeserializeOwned>(
    response: &http::Response<&[u8]>,
    repeatable: bool,
) -> Result<T, Error> {
    let (map, raw) = envelope::read(response, repeatable)?;
    from_value(Value::Object(map), raw)
}

/// The domain as one percent-encoded path segment, validated and in its ASCII form.
pub(crate) fn domain_segment(domain: &str, field: &str) -> Result<String, Error> {
    let d = DomainName::parse_field(domain, field)?;
    Ok(escape_path_segment(d.as_ascii()))
}

/// Refuses empty text and control characters.
pub(crate) fn plain_text(field: &str, v: &str) -> Result<(), Error> {
    if v.trim().is_empty() {
        return Err(Error::invalid_input(field, "is required"));
    }
    no_controls(field, v)
}

/// Refuses control characters (line breaks included).
pub(crate) fn no_controls(field: &str, v: &str) -> Result<(), Error> {
    if v.chars().any(char::is_control) {
        return Err(Error::invalid_input(
            field,
            "must not contain line breaks or control characters",
        ));
    }
    Ok(())
}

/// A whole number the caller may give as a number or a numeric string.
pub(crate) fn whole(field: &str, v: &Value) -> Result<i64, Error> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .ok_or_else(|| Error::invalid_input(field, format!("{n} is not a whole number"))),
        Value::String(s) => s
            .trim()
            .parse::<i64>()
            .map_err(|_| Error::invalid_input(field, format!("{s:?} is not a whole number"))),
        other => Err(Error::invalid_input(
            field,
            format!("expected a whole number, found {other}"),
        )),
    }
}

/// A flag the caller may give as `1`/`0`, `"1"`/`"0"` or `true`/`false`.
pub(crate) fn input_flag(field: &str, v: &Value) -> Result<bool, Error> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Null => Ok(false),
        Value::Number(n) if n.as_u64() == Some(1) => Ok(true),
        Value::Number(n) if n.as_u64() == Some(0) => Ok(false),
        Value::String(s) if s.trim() == "1" => Ok(true),
        Value::String(s) if s.trim() == "0" || s.trim().is_empty() => Ok(false),
        _ => Err(Error::invalid_input(field, "must be 1 (true) or 0 (false)")),
    }
}

/// A JSON object keyed by name, or `[]` (an empty PHP map), as `(key, value)` pairs in order.
pub(crate) fn keyed(
    value: Option<Value>,
    what: &str,
    raw: &[u8],
) -> Result<Vec<(String, Value)>, Error> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(m)) => Ok(m.into_iter().collect()),
        Some(Value::Array(a)) if a.is_empty() => Ok(Vec::new()),
        Some(other) => Err(Error::protocol(
            format!("expected \"{what}\" to be an object keyed by name, found {other}"),
            raw,
        )),
    }
}

/// Deserializes a map that a PHP backend may send as `[]` when empty.
pub(crate) fn map_or_empty<'de, D, T>(d: D) -> Result<BTreeMap<String, T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    match Value::deserialize(d)? {
        Value::Null => Ok(BTreeMap::new()),
        Value::Array(a) if a.is_empty() => Ok(BTreeMap::new()),
        v @ Value::Object(_) => serde_json::from_value(v).map_err(serde::de::Error::custom),
        other => Err(serde::de::Error::custom(format!(
            "expected an object keyed by name, found {other}"
        ))),
    }
}

/// Reads a list of strings; a single string is a one-element list, `null` an empty one.
pub(crate) fn string_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(Vec::new()),
        Value::String(s) => Ok(vec![s]),
        Value::Array(items) => items
            .into_iter()
            .map(|v| match v {
                Value::String(s) => Ok(s),
                Value::Number(n) => Ok(n.to_string()),
                other => Err(serde::de::Error::custom(format!(
                    "expected a string, found {other}"
                ))),
            })
            .collect(),
        other => Err(serde::de::Error::custom(format!(
            "expected a list of strings, found {other}"
        ))),
    }
}

/// A price (or other addon) offered for a domain (`"addons": {"domain/renew": {"price": "8.99"}}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Addon {
    /// The price as the provider's text (`"8.99"`).
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub price: Option<String>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// WHOIS privacy on a domain (`{"enabled": true, "expire_date": "…"}`, domain/list).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct WhoisPrivacy {
    /// Whether privacy is on.
    #[serde(default, deserialize_with = "flag")]
    pub enabled: bool,
    /// When the privacy service expires, `YYYY-MM-DD HH:MM:SS`.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_date: Option<String>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A contact as the provider returns it (account/get, domain/get).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Contact {
    /// Roles: `registrant`, `administrative`, `technical`, `billing`.
    #[serde(rename = "type", default, deserialize_with = "string_list")]
    pub roles: Vec<String>,
    /// First name.
    #[serde(default, deserialize_with = "text")]
    pub first_name: String,
    /// Last name.
    #[serde(default, deserialize_with = "text")]
    pub last_name: String,
    /// Organisation (`""` for none).
    #[serde(default, deserialize_with = "text")]
    pub organization: String,
    /// Street address, first line.
    #[serde(default, deserialize_with = "text")]
    pub address_1: String,
    /// Street address, second line (`""` for none).
    #[serde(default, deserialize_with = "text")]
    pub address_2: String,
    /// City.
    #[serde(default, deserialize_with = "text")]
    pub city: String,
    /// State or region.
    #[serde(default, deserialize_with = "text")]
    pub state: String,
    /// Postal code.
    #[serde(default, deserialize_with = "text")]
    pub zip: String,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, deserialize_with = "text")]
    pub country: String,
    /// Phone, `+1.3035555555`.
    #[serde(default, deserialize_with = "text")]
    pub phone: String,
    /// Fax, same form, or `""`.
    #[serde(default, deserialize_with = "text")]
    pub fax: String,
    /// E-mail address.
    #[serde(default, deserialize_with = "text")]
    pub email: String,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Reads the contacts of an answer: a list (the documented shape); `null` or an empty object (a
/// PHP empty map) as none; a single contact object as a one-element list.
pub(crate) fn contacts_out<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Contact>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(Vec::new()),
        Value::Object(m) if m.is_empty() => Ok(Vec::new()),
        one @ Value::Object(_) => serde_json::from_value(one)
            .map(|c| vec![c])
            .map_err(serde::de::Error::custom),
        list => serde_json::from_value(list).map_err(serde::de::Error::custom),
    }
}

/// The documented contact roles.
pub const ROLES: [&str; 4] = ["registrant", "administrative", "technical", "billing"];

/// A contact to send (domain/create, order, domain/update_contacts). Every value goes on the wire
/// as a string, optional ones as `""`; numbers (a `zip` of `80230`) are accepted and sent as text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    /// Roles this contact fills: one or more of `registrant`, `administrative`, `technical`,
    /// `billing`.
    #[serde(rename = "type")]
    pub roles: Vec<String>,
    /// First name (required).
    #[serde(default, deserialize_with = "text")]
    pub first_name: String,
    /// Last name (required).
    #[serde(default, deserialize_with = "text")]
    pub last_name: String,
    /// Organisation (optional).
    #[serde(default, deserialize_with = "text")]
    pub organization: String,
    /// Street address, first line (required).
    #[serde(default, deserialize_with = "text")]
    pub address_1: String,
    /// Street address, second line (optional).
    #[serde(default, deserialize_with = "text")]
    pub address_2: String,
    /// City (required).
    #[serde(default, deserialize_with = "text")]
    pub city: String,
    /// State or region (optional).
    #[serde(default, deserialize_with = "text")]
    pub state: String,
    /// Postal code (optional).
    #[serde(default, deserialize_with = "text")]
    pub zip: String,
    /// ISO 3166-1 alpha-2 country code, e.g. `US` (required).
    #[serde(default, deserialize_with = "text")]
    pub country: String,
    /// Phone in the form `+1.3035555555` (required).
    #[serde(default, deserialize_with = "text")]
    pub phone: String,
    /// Fax in the same form, or empty (optional).
    #[serde(default, deserialize_with = "text")]
    pub fax: String,
    /// E-mail address (required).
    #[serde(default, deserialize_with = "text")]
    pub email: String,
}

/// `+<country code>.<number>`, digits only.
fn is_phone(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('+') else {
        return false;
    };
    let Some((cc, number)) = rest.split_once('.') else {
        return false;
    };
    (1..=3).contains(&cc.len())
        && cc.bytes().all(|b| b.is_ascii_digit())
        && (4..=14).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
}

impl ContactInput {
    /// Validates the contact; `prefix` names it in errors (`contacts[0].`).
    pub fn validate(&self, prefix: &str) -> Result<(), Error> {
        let f = |name: &str| format!("{prefix}{name}");
        if self.roles.is_empty() {
            return Err(Error::invalid_input(
                f("type"),
                "needs at least one role (registrant, administrative, technical, billing)",
            ));
        }
        for (i, role) in self.roles.iter().enumerate() {
            if !ROLES.contains(&role.as_str()) {
                return Err(Error::invalid_input(
                    f("type"),
                    format!(
                        "{role:?} is not one of registrant, administrative, technical, billing"
                    ),
                ));
            }
            if self.roles.iter().take(i).any(|r| r == role) {
                return Err(Error::invalid_input(
                    f("type"),
                    format!("{role:?} is repeated"),
                ));
            }
        }
        for (name, value) in [
            ("first_name", &self.first_name),
            ("last_name", &self.last_name),
            ("address_1", &self.address_1),
            ("city", &self.city),
            ("country", &self.country),
            ("phone", &self.phone),
            ("email", &self.email),
        ] {
            plain_text(&f(name), value)?;
        }
        for (name, value) in [
            ("organization", &self.organization),
            ("address_2", &self.address_2),
            ("state", &self.state),
            ("zip", &self.zip),
            ("fax", &self.fax),
        ] {
            no_controls(&f(name), value)?;
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(Error::invalid_input(
                f("country"),
                format!("{:?} is not a two-letter ISO 3166-1 code", self.country),
            ));
        }
        if !is_phone(&self.phone) {
            return Err(Error::invalid_input(
                f("phone"),
                format!("{:?} is not in the form +1.3035555555", self.phone),
            ));
        }
        if !self.fax.is_empty() && !is_phone(&self.fax) {
            return Err(Error::invalid_input(
                f("fax"),
                format!("{:?} is not in the form +1.3035555555 (or empty)", self.fax),
            ));
        }
        let at = self.email.find('@');
        if at.is_none_or(|i| i == 0 || i + 1 >= self.email.len()) || self.email.contains(' ') {
            return Err(Error::invalid_input(
                f("email"),
                format!("{:?} is not an e-mail address", self.email),
            ));
        }
        Ok(())
    }
}

/// Reads contacts given as a list or as one object: the document's examples send a list (and
/// Name.com's PHP client wraps a single contact "as expected by API"), but the clients `FOTO` and
/// `WUB` of the shapes document (§6, §7) send one object; it goes on the wire as a one-element list.
pub(crate) fn contact_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ContactInput>, D::Error> {
    match Value::deserialize(d)? {
        one @ Value::Object(_) => serde_json::from_value(one)
            .map(|c| vec![c])
            .map_err(serde::de::Error::custom),
        list => serde_json::from_value(list).map_err(serde::de::Error::custom),
    }
}

/// [`contact_list`] for an optional member (`null` is "not given").
pub(crate) fn opt_contact_list<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<ContactInput>>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        v => contact_list(v).map(Some).map_err(serde::de::Error::custom),
    }
}

/// Validates a list of contacts: each one, at least one, and no role filled twice.
pub(crate) fn validate_contacts(contacts: &[ContactInput], field: &str) -> Result<(), Error> {
    if contacts.is_empty() {
        return Err(Error::invalid_input(field, "needs at least one contact"));
    }
    let mut seen: Vec<&str> = Vec::new();
    for (i, c) in contacts.iter().enumerate() {
        c.validate(&format!("{field}[{i}]."))?;
        for role in &c.roles {
            if seen.contains(&role.as_str()) {
                return Err(Error::invalid_input(
                    format!("{field}[{i}].type"),
                    format!("role {role:?} is already given by an earlier contact"),
                ));
            }
            seen.push(role);
        }
    }
    Ok(())
}

/// Validates name servers: one or more distinct host names, sent in ASCII without a trailing dot.
pub(crate) fn nameservers(list: &[String], field: &str) -> Result<Vec<String>, Error> {
    if list.is_empty() {
        return Err(Error::invalid_input(
            field,
            "needs at least one name server",
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for (i, ns) in list.iter().enumerate() {
        let name = DomainName::parse_field(ns, &format!("{field}[{i}]"))?;
        let ascii = name.as_ascii().to_owned();
        if out.contains(&ascii) {
            return Err(Error::invalid_input(
                format!("{field}[{i}]"),
                format!("{ascii:?} is repeated"),
            ));
        }
        out.push(ascii);
    }
    Ok(out)
}
