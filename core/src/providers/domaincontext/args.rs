//! The document's argument types ("Type Description" table of `domaincontext.txt`) and the form
//! encoder that writes them.
//!
//! Each type validates its value as the document defines it before anything is sent, and writes
//! itself percent-encoded so that no value can change the structure of the request: `&`, `=`, `+`,
//! `#`, `[`, `]`, `,`, spaces and line breaks inside a value always travel escaped. Comma lists
//! (`domains`, `ids`, `nss`, `refs`, `labels`, …) are the one place a literal `,` is written: between
//! elements, each element escaped on its own, and an element that itself holds a comma is refused.
//! Bracket keys (`0[domain]`, `5504202[1][type]`) are built from segments that are checked to be
//! `[A-Za-z0-9_-]` only (see [`check_key`]), because PHP decodes a key before it splits it at
//! brackets: an escaped `%5B` in a key would still open a level on the server.

use crate::domain::DomainName;
use crate::error::Error;
use crate::secret::Secret;
use crate::wire::form::escape_into;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
#[cfg(feature = "schema")]
use std::borrow::Cow;

// ---------------------------------------------------------------------------------------------
// The encoder

/// Encoded `key=value` pairs in order, without the credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    parts: Vec<String>,
}

impl Form {
    /// No pairs.
    pub fn new() -> Self {
        Form::default()
    }

    /// Appends `key=value` where `key` is the path of segments (`["0", "domain"]` → `0[domain]`) and
    /// `encoded` is the already escaped value.
    pub fn push_encoded(&mut self, key: &[&str], encoded: &str) {
        let mut s = write_key(key);
        s.push('=');
        s.push_str(encoded);
        self.parts.push(s);
    }

    /// Appends `key=value`, escaping `value`.
    pub fn push(&mut self, key: &[&str], value: &str) {
        let mut v = String::with_capacity(value.len());
        escape_into(value, &mut v);
        self.push_encoded(key, &v);
    }

    /// Whether nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// `k=v&k=v`.
    pub fn encode(&self) -> String {
        self.parts.join("&")
    }
}

/// `a[b][c]` from `["a", "b", "c"]` (the shared bracket encoder; segments are checked to need no
/// escaping, see [`check_key`]).
pub fn write_key(key: &[&str]) -> String {
    crate::wire::brackets::key(key)
}

/// The readable path of a key, for error messages (`0[domain]`).
pub fn display_key(key: &[&str]) -> String {
    let mut out = String::new();
    for (i, seg) in key.iter().enumerate() {
        if i == 0 {
            out.push_str(seg);
        } else {
            out.push('[');
            out.push_str(seg);
            out.push(']');
        }
    }
    out
}

/// Checks a key segment chosen by the caller (a bulk element key, a DNS record key, a
/// `confirm_data` key): `[A-Za-z0-9_-]`, 1–64 characters, not starting with `_` (the response keys
/// that start with `_` are the API's own, `_error`), and not `auth_login` or `auth_password` (a
/// top-level `auth_password[domain]=…` would turn the credential into an array on the server).
pub fn check_key(key: &str, field: &str) -> Result<(), Error> {
    if key.is_empty() || key.len() > 64 {
        return Err(Error::invalid_input(
            field,
            "an element key must have 1 to 64 characters",
        ));
    }
    if matches!(key, "auth_login" | "auth_password") {
        return Err(Error::invalid_input(
            field,
            format!(
                "element key {key:?} is a credential's name: in the request it would replace the credential"
            ),
        ));
    }
    if key.starts_with('_') {
        return Err(Error::invalid_input(
            field,
            format!("element key {key:?} must not start with \"_\" (reserved for _error)"),
        ));
    }
    if !key
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return Err(Error::invalid_input(
            field,
            format!(
                "element key {key:?} may hold only Latin letters, digits, \"_\" and \"-\" (the server decodes keys before splitting them at brackets)"
            ),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The argument trait

/// One of the document's argument types.
pub trait Arg {
    /// The document's name of the type (`id`, `domains`, `label`, …).
    const TYPE: &'static str;
    /// Validates the value; `field` is the argument's path for the error (`0[domain]`).
    fn check(&self, field: &str) -> Result<(), Error>;
    /// Whether the value is empty in the document's sense of a required argument ("not empty, not
    /// zero, not a blank line and not an empty list").
    fn is_blank(&self) -> bool;
    /// Writes the argument under `key`.
    fn write(&self, key: &[&str], form: &mut Form);
}

/// Checks and writes one argument of a parameter struct: a missing or blank required argument is
/// refused, a present one is validated and written.
pub fn field<A: Arg>(
    value: &Option<A>,
    name: &str,
    required: bool,
    prefix: &[&str],
    form: &mut Form,
) -> Result<(), Error> {
    let mut key: Vec<&str> = prefix.to_vec();
    key.push(name);
    let path = display_key(&key);
    match value {
        None if required => Err(Error::invalid_input(
            path,
            format!("is required ({}, marked * in the document)", A::TYPE),
        )),
        None => Ok(()),
        Some(v) => {
            if required && v.is_blank() {
                return Err(Error::invalid_input(
                    path,
                    "is required and must not be empty, zero, blank or an empty list",
                ));
            }
            v.check(&path)?;
            v.write(&key, form);
            Ok(())
        }
    }
}

/// At least one of the named arguments is given (e.g. "a name or ID of a domain", §2.4).
pub fn one_of(prefix: &[&str], given: &[(&str, bool)]) -> Result<(), Error> {
    if given.iter().any(|(_, g)| *g) {
        return Ok(());
    }
    let names: Vec<&str> = given.iter().map(|(n, _)| *n).collect();
    let mut key: Vec<&str> = prefix.to_vec();
    key.push(names.first().copied().unwrap_or_default());
    Err(Error::invalid_input(
        display_key(&key),
        format!("give {} to name the object", names.join(" or ")),
    ))
}

/// The value of a ref argument is one of `allowed` (the document lists the values).
pub fn one_of_values(
    value: Option<&str>,
    allowed: &[&str],
    prefix: &[&str],
    name: &str,
) -> Result<(), Error> {
    match value {
        Some(v) if !allowed.contains(&v) => {
            let mut key: Vec<&str> = prefix.to_vec();
            key.push(name);
            Err(Error::invalid_input(
                display_key(&key),
                format!("{v:?} is not one of: {}", allowed.join(", ")),
            ))
        }
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// Validation rules

/// Blank in the sense of the `*` rule: "a value should not be empty, not zero, not a blank line and
/// not an empty list" — the server reads `"0"` as empty (PHP `empty()`), so a required `"0"` is
/// refused too.
fn blank_text(s: &str) -> bool {
    matches!(s.trim(), "" | "0")
}

fn no_line_breaks(s: &str, field: &str, what: &str) -> Result<(), Error> {
    if s.contains(['\n', '\r']) {
        return Err(Error::invalid_input(
            field,
            format!("{what}: line break symbols are not allowed"),
        ));
    }
    Ok(())
}

fn check_label(s: &str, field: &str) -> Result<(), Error> {
    no_line_breaks(s, field, "label")
}

fn check_text(_s: &str, _field: &str) -> Result<(), Error> {
    Ok(())
}

fn check_password(s: &str, field: &str) -> Result<(), Error> {
    if s.chars().count() > 64 {
        return Err(Error::invalid_input(field, "password: 64 symbols max"));
    }
    no_line_breaks(s, field, "password")
}

fn chars_in(s: &str, field: &str, what: &str, extra: &[char]) -> Result<(), Error> {
    if s.is_empty() {
        return Err(Error::invalid_input(
            field,
            format!("{what}: must not be empty"),
        ));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || extra.contains(c)))
    {
        return Err(Error::invalid_input(
            field,
            format!("{what}: {c:?} is not allowed (Latin letters, digits and {extra:?} only)"),
        ));
    }
    Ok(())
}

fn check_eid(s: &str, field: &str) -> Result<(), Error> {
    chars_in(s, field, "eid", &['_', '.', ':', '-'])
}

fn check_ref(s: &str, field: &str) -> Result<(), Error> {
    chars_in(s, field, "ref", &['_', '-'])
}

fn check_domain(s: &str, field: &str) -> Result<(), Error> {
    if s.trim() != s || s.ends_with('.') {
        return Err(Error::invalid_input(
            field,
            format!("{s:?}: a domain name without surrounding spaces or a trailing dot"),
        ));
    }
    DomainName::parse_field(s, field).map(|_| ())
}

fn check_hdomain(s: &str, field: &str) -> Result<(), Error> {
    check_domain(s.strip_prefix("*.").unwrap_or(s), field)
}

fn check_email(s: &str, field: &str) -> Result<(), Error> {
    no_line_breaks(s, field, "email")?;
    if !s.contains('@') || s.contains([',', ';', ' ']) {
        return Err(Error::invalid_input(
            field,
            "email: one e-mail address (local@domain)",
        ));
    }
    Ok(())
}

fn check_ip(s: &str, field: &str) -> Result<(), Error> {
    s.parse::<std::net::IpAddr>()
        .map(|_| ())
        .map_err(|_| Error::invalid_input(field, format!("{s:?} is not an IPv4 or IPv6 address")))
}

/// `dnsName`: an empty string, `*`, `@`, or at most 100 symbols in at most 4 parts separated by
/// `.`, each of 1–61 Latin letters, digits, `-` or `_`, `-` neither first nor last.
pub fn check_dns_name(s: &str, field: &str) -> Result<(), Error> {
    if s.is_empty() || s == "*" || s == "@" {
        return Ok(());
    }
    let bad = |why: &str| Err(Error::invalid_input(field, format!("dnsName {s:?}: {why}")));
    if s.chars().count() > 100 {
        return bad("longer than 100 symbols");
    }
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() > 4 {
        return bad("more than 4 parts separated by \".\"");
    }
    for p in parts {
        if p.is_empty() || p.len() > 61 {
            return bad("each part has 1-61 symbols");
        }
        if !p
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return bad("only Latin letters, digits, \"-\" and \"_\" are allowed");
        }
        if p.starts_with('-') || p.ends_with('-') {
            return bad("\"-\" may not be the first or last symbol");
        }
    }
    Ok(())
}

/// `date`/`expires`: ISO `YYYY-MM-DD`, a real calendar date.
pub fn check_date(s: &str, field: &str) -> Result<(), Error> {
    let bad = || {
        Err(Error::invalid_input(
            field,
            format!("{s:?} is not a date in ISO format (YYYY-MM-DD)"),
        ))
    };
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return bad();
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return bad();
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return bad(),
    };
    if d == 0 || d > days {
        return bad();
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Deserialization helpers

fn scalar_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match Value::deserialize(d)? {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "expected a string or a number, found {other}"
        ))),
    }
}

fn list_text<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let item = |v: Value| match v {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "expected a list of strings or numbers, found an element {other}"
        ))),
    };
    match Value::deserialize(d)? {
        Value::Array(items) => items.into_iter().map(item).collect(),
        // The document's own notation: "comma delimited, space symbols are allowed"
        // (`"domain.com, asdf.net"`); each element is then checked and escaped on its own.
        Value::String(s) if s.trim().is_empty() => Ok(Vec::new()),
        Value::String(s) => Ok(s.split(',').map(str::to_owned).collect()),
        v @ Value::Number(_) => Ok(vec![item(v)?]),
        other => Err(serde::de::Error::custom(format!(
            "expected a list (array) of strings, found {other}"
        ))),
    }
}

/// A whole number > 0 from a number or a numeric string; anything else reads as 0, which
/// validation refuses with the field's name.
fn positive(v: &Value) -> u64 {
    match v {
        Value::Number(n) => n.as_u64().unwrap_or(0),
        Value::String(s) => s.trim().parse().unwrap_or(0),
        _ => 0,
    }
}

// ---------------------------------------------------------------------------------------------
// String types

macro_rules! string_arg {
    ($(#[$m:meta])* $name:ident, $ty:literal, $check:path, $desc:literal $(, pattern $pat:literal)?) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
        pub struct $name(#[serde(deserialize_with = "scalar_text")] pub String);

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl Arg for $name {
            const TYPE: &'static str = $ty;
            fn check(&self, field: &str) -> Result<(), Error> {
                $check(&self.0, field)
            }
            fn is_blank(&self) -> bool {
                blank_text(&self.0)
            }
            fn write(&self, key: &[&str], form: &mut Form) {
                form.push(key, &self.0);
            }
        }

        #[cfg(feature = "schema")]
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                $ty.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({"type": "string", "description": concat!($ty, ": ", $desc) $(, "pattern": $pat)?})
            }
        }
    };
}

string_arg!(
    /// `domain`: a domain name (`domain.com`), checked with IDNA rules and sent as written.
    Domain, "domain", check_domain, "domain name, e.g. domain.com"
);
string_arg!(
    /// `ns`: a name server's name (`ns1.domain.com`).
    Ns, "ns", check_domain, "name server name, e.g. ns1.domain.com"
);
string_arg!(
    /// `eid`: extended id — Latin letters, digits, `_`, `.`, `:`, `-`.
    Eid, "eid", check_eid, "extended ID: numbers, Latin letters, _ . : -", pattern "^[0-9A-Za-z_.:-]+$"
);
string_arg!(
    /// `ref`: identifier — Latin letters, digits, `_` (and `-`, which the server's validator accepts).
    Ref, "ref", check_ref, "identifier: numbers, Latin letters, underlining", pattern "^[0-9A-Za-z_-]+$"
);
string_arg!(
    /// `label`: almost any text without line breaks.
    Label, "label", check_label, "text without line breaks"
);
string_arg!(
    /// `date` / `expires`: ISO date `YYYY-MM-DD`.
    Date, "date", check_date, "date in ISO format, e.g. 2012-09-25", pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
);
string_arg!(
    /// `client`: a client login (not defined by the document; checked as a label).
    ClientLogin, "client", check_label, "client login"
);
string_arg!(
    /// `email`: one e-mail address (not defined by the document).
    Email, "email", check_email, "one e-mail address"
);
string_arg!(
    /// `phone`: a phone number, e.g. `+357.95713635` (not defined by the document; checked as a label).
    Phone, "phone", check_label, "phone number, e.g. +357.95713635"
);
string_arg!(
    /// `url`: a URL (not defined by the document; checked as a label).
    Url, "url", check_label, "URL"
);
string_arg!(
    /// `coupon`: a coupon code (not defined by the document; checked as a label).
    Coupon, "coupon", check_label, "coupon code"
);
string_arg!(
    /// `server`: a server name (not defined by the document; checked as a label).
    Server, "server", check_label, "server name"
);
string_arg!(
    /// `text`: free text, line breaks allowed (a CSR).
    Text, "text", check_text, "free text, line breaks allowed (e.g. a CSR)"
);
string_arg!(
    /// `dnsName`: a DNS record name (`""`, `*`, `@`, `a1.b2`…).
    DnsName, "dnsName", check_dns_name, "empty, *, @, or up to 4 dot-separated parts of Latin letters, digits, - and _"
);

/// A secret-bearing text (`password`, `pincode`): never printed by `Debug`.
macro_rules! secret_arg {
    ($(#[$m:meta])* $name:ident, $ty:literal, $check:path, $desc:literal) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
        pub struct $name(pub Secret<String>);

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(Secret::new(s.to_owned()))
            }
        }

        impl Arg for $name {
            const TYPE: &'static str = $ty;
            fn check(&self, field: &str) -> Result<(), Error> {
                $check(self.0.expose(), field)
            }
            fn is_blank(&self) -> bool {
                blank_text(self.0.expose())
            }
            fn write(&self, key: &[&str], form: &mut Form) {
                form.push(key, self.0.expose());
            }
        }

        #[cfg(feature = "schema")]
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                $ty.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({"type": "string", "description": concat!($ty, ": ", $desc)})
            }
        }
    };
}

secret_arg!(
    /// `password`: at most 64 symbols, no line breaks.
    Password, "password", check_password, "at most 64 symbols, no line breaks"
);
secret_arg!(
    /// `pincode`: the account's PIN (not defined by the document; checked as a label).
    Pincode, "pincode", check_label, "the account's PIN code"
);

// ---------------------------------------------------------------------------------------------
// Numbers and flags

/// `id`: an integer more than zero (given as a number or a numeric string).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Id(pub u64);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Id(positive(&Value::deserialize(d)?)))
    }
}

impl Arg for Id {
    const TYPE: &'static str = "id";
    fn check(&self, field: &str) -> Result<(), Error> {
        if self.0 == 0 {
            return Err(Error::invalid_input(field, "id: an integer more than zero"));
        }
        Ok(())
    }
    fn is_blank(&self) -> bool {
        self.0 == 0
    }
    fn write(&self, key: &[&str], form: &mut Form) {
        form.push(key, &self.0.to_string());
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Id {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": ["integer", "string"], "description": "id: an integer more than zero, e.g. 314123"})
    }
}

/// `period`: an integer from 1 to 10 (years).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Period(pub u64);

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Period(positive(&Value::deserialize(d)?)))
    }
}

impl Arg for Period {
    const TYPE: &'static str = "period";
    fn check(&self, field: &str) -> Result<(), Error> {
        if !(1..=10).contains(&self.0) {
            return Err(Error::invalid_input(
                field,
                "period: an integer from 1 to 10",
            ));
        }
        Ok(())
    }
    fn is_blank(&self) -> bool {
        self.0 == 0
    }
    fn write(&self, key: &[&str], form: &mut Form) {
        form.push(key, &self.0.to_string());
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Period {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "period".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": ["integer", "string"], "description": "period: an integer from 1 to 10 (years)"})
    }
}

/// `bool` / `boolean`: sent as `1` or `0`; given as `true`/`false`, `1`/`0` or `"1"`/`"0"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bool(pub bool);

impl<'de> Deserialize<'de> for Bool {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::types::flag(d).map(Bool)
    }
}

impl Arg for Bool {
    const TYPE: &'static str = "bool";
    fn check(&self, _field: &str) -> Result<(), Error> {
        Ok(())
    }
    fn is_blank(&self) -> bool {
        false
    }
    fn write(&self, key: &[&str], form: &mut Form) {
        form.push(key, if self.0 { "1" } else { "0" });
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Bool {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "bool".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": ["boolean", "integer", "string"], "description": "bool: true/false, 1/0 or \"1\"/\"0\"; sent as 1 or 0"})
    }
}

// ---------------------------------------------------------------------------------------------
// Comma lists

fn write_list(items: &[String], key: &[&str], form: &mut Form) {
    let mut v = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            v.push(',');
        }
        escape_into(item.trim(), &mut v);
    }
    form.push_encoded(key, &v);
}

fn check_list(
    items: &[String],
    field: &str,
    ty: &str,
    each: fn(&str, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    for (i, item) in items.iter().enumerate() {
        let f = format!("{field}[{i}]");
        if item.contains(',') {
            return Err(Error::invalid_input(
                f,
                format!("{ty}: an element must not contain a comma (the list is comma delimited)"),
            ));
        }
        if item.trim().is_empty() {
            return Err(Error::invalid_input(f, format!("{ty}: empty element")));
        }
        each(item.trim(), &f)?;
    }
    Ok(())
}

macro_rules! list_arg {
    ($(#[$m:meta])* $name:ident, $ty:literal, $each:path, $desc:literal, $item:tt) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
        pub struct $name(#[serde(deserialize_with = "list_text")] pub Vec<String>);

        impl<S: Into<String>> FromIterator<S> for $name {
            fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
                $name(iter.into_iter().map(Into::into).collect())
            }
        }

        impl Arg for $name {
            const TYPE: &'static str = $ty;
            fn check(&self, field: &str) -> Result<(), Error> {
                check_list(&self.0, field, $ty, $each)
            }
            fn is_blank(&self) -> bool {
                self.0.iter().all(|e| blank_text(e))
            }
            fn write(&self, key: &[&str], form: &mut Form) {
                write_list(&self.0, key, form);
            }
        }

        #[cfg(feature = "schema")]
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                $ty.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": ["array", "string"],
                    "items": $item,
                    "description": concat!($ty, ": ", $desc, "; a list, or one comma delimited string as the document writes it; sent comma delimited, an element must not contain a comma")
                })
            }
        }
    };
}

fn check_id_text(s: &str, field: &str) -> Result<(), Error> {
    match s.parse::<u64>() {
        Ok(n) if n > 0 => Ok(()),
        _ => Err(Error::invalid_input(
            field,
            format!("{s:?} is not an id (an integer more than zero)"),
        )),
    }
}

list_arg!(
    /// `ids`: ids, comma delimited.
    Ids, "ids", check_id_text, "ID list", {"type": ["integer", "string"]}
);
list_arg!(
    /// `domains`: domain names, comma delimited.
    Domains, "domains", check_domain, "list of domains", {"type": "string"}
);
list_arg!(
    /// `nss`: name servers, comma delimited.
    Nss, "nss", check_domain, "name servers list", {"type": "string"}
);
list_arg!(
    /// `refs`: refs, comma delimited.
    Refs, "refs", check_ref, "ID list", {"type": "string"}
);
list_arg!(
    /// `labels`: labels, comma delimited.
    Labels, "labels", check_label, "line list", {"type": "string"}
);
list_arg!(
    /// `ips`: IP addresses, comma delimited (not defined by the document).
    Ips, "ips", check_ip, "IP addresses", {"type": "string"}
);
list_arg!(
    /// `emails`: e-mail addresses, comma delimited (not defined by the document).
    Emails, "emails", check_email, "e-mail addresses", {"type": "string"}
);
list_arg!(
    /// `hdomains`: host names for a certificate, comma delimited (`*.` allowed in front).
    Hdomains, "hdomains", check_hdomain, "host names", {"type": "string"}
);
list_arg!(
    /// `servers`: server names, comma delimited (not defined by the document).
    Servers, "servers", check_label, "server names", {"type": "string"}
);

// ---------------------------------------------------------------------------------------------
// Nested data

/// `confirm_data`: "array of data from message" — an object (or array) sent as bracket pairs,
/// `confirm_data[key]=value`, nested at most 4 levels; keys `[A-Za-z0-9_-]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ConfirmData(pub Value);

fn check_nested(v: &Value, field: &str, depth: usize) -> Result<(), Error> {
    if depth > 4 {
        return Err(Error::invalid_input(field, "nested more than 4 levels"));
    }
    match v {
        Value::Null => Err(Error::invalid_input(
            field,
            "null has no form encoding; leave the member out",
        )),
        Value::Bool(_) | Value::Number(_) | Value::String(_) => Ok(()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, x)| check_nested(x, &format!("{field}[{i}]"), depth + 1)),
        Value::Object(map) => map.iter().try_for_each(|(k, x)| {
            let f = format!("{field}[{k}]");
            check_key(k, &f)?;
            check_nested(x, &f, depth + 1)
        }),
    }
}

fn write_nested(v: &Value, key: &[&str], form: &mut Form) {
    match v {
        Value::Null => {}
        Value::Bool(b) => form.push(key, if *b { "1" } else { "0" }),
        Value::Number(n) => form.push(key, &n.to_string()),
        Value::String(s) => form.push(key, s),
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                let idx = i.to_string();
                let mut k = key.to_vec();
                k.push(&idx);
                write_nested(x, &k, form);
            }
        }
        Value::Object(map) => {
            for (name, x) in map {
                let mut k = key.to_vec();
                k.push(name);
                write_nested(x, &k, form);
            }
        }
    }
}

impl Arg for ConfirmData {
    const TYPE: &'static str = "array";
    fn check(&self, field: &str) -> Result<(), Error> {
        match &self.0 {
            Value::Object(_) | Value::Array(_) => check_nested(&self.0, field, 1),
            _ => Err(Error::invalid_input(
                field,
                "an array (object or list) of data from the message",
            )),
        }
    }
    fn is_blank(&self) -> bool {
        match &self.0 {
            Value::Object(m) => m.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => true,
        }
    }
    fn write(&self, key: &[&str], form: &mut Form) {
        write_nested(&self.0, key, form);
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for ConfirmData {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "confirm_data".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "object", "description": "array of data from the message; sent as confirm_data[key]=value"})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_names() {
        for ok in [
            "",
            "*",
            "@",
            "n1",
            "a1.b2",
            "a1.b2.c3",
            "a1.b2.c3.d4",
            "_dmarc",
            "a-b",
        ] {
            assert!(check_dns_name(ok, "name").is_ok(), "{ok}");
        }
        for bad in [
            "a.b.c.d.e",
            "-a",
            "a-",
            "a..b",
            "a b",
            "*.a",
            &"x".repeat(62),
        ] {
            assert!(check_dns_name(bad, "name").is_err(), "{bad}");
        }
    }

    #[test]
    fn dates() {
        for ok in ["2012-09-25", "2024-02-29", "2000-02-29"] {
            assert!(check_date(ok, "d").is_ok(), "{ok}");
        }
        for bad in [
            "2012-9-25",
            "2023-02-29",
            "1900-02-29",
            "2012-13-01",
            "2012-00-10",
            "20120925",
            "2012—09—25",
            "2012-09-2x",
        ] {
            assert!(check_date(bad, "d").is_err(), "{bad}");
        }
    }

    #[test]
    fn lists_refuse_commas_in_elements() {
        let l = Labels(vec!["a".into(), "b,c".into()]);
        let e = l.check("note").err().map(|e| e.field().map(str::to_owned));
        assert_eq!(e, Some(Some("note[1]".into())));
        let mut f = Form::new();
        Labels(vec!["a b".into(), "c&d=e".into()]).write(&["note"], &mut f);
        assert_eq!(f.encode(), "note=a%20b,c%26d%3De");
    }

    #[test]
    fn keys() {
        assert!(check_key("5504202", "k").is_ok());
        assert!(check_key("a-b_C", "k").is_ok());
        for bad in [
            "",
            "_error",
            "a.com",
            "a[b]",
            "a b",
            "a%5Bb",
            "auth_login",
            "auth_password",
        ] {
            assert!(check_key(bad, "k").is_err(), "{bad}");
        }
        assert_eq!(write_key(&["5504202", "1", "type"]), "5504202[1][type]");
    }

    #[test]
    fn required_zero_is_blank() {
        assert!(Label::from("0").is_blank());
        assert!(Label::from(" ").is_blank());
        assert!(!Label::from("00").is_blank());
        assert!(Labels(vec![]).is_blank());
        assert!(Labels(vec!["0".into()]).is_blank());
        assert!(!Labels(vec!["0".into(), "a".into()]).is_blank());
    }

    #[test]
    fn passwords() {
        assert!(check_password(&"x".repeat(64), "p").is_ok());
        assert!(check_password(&"x".repeat(65), "p").is_err());
        assert!(check_password("a\nb", "p").is_err());
    }
}
