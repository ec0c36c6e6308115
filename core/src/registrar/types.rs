//! The common types of the unified interface. Every typed result keeps the provider's own output
//! (`raw`) and provider-specific fields (`extra`), so nothing the provider said is lost.

use crate::error::{Error, ErrorKind};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// An amount of money: the provider's decimal text kept verbatim (no float rounding) and the
/// currency when the provider names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Money {
    /// The amount as the provider wrote it (`"1999.00"`, `"1250.5"`).
    pub amount: String,
    /// The currency code as the provider wrote it (`USD`, `RUR`, `usd`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

impl Money {
    /// Money from a JSON number or string; `None` for anything else (null, empty text).
    pub fn from_json(amount: &Value, currency: Option<&str>) -> Option<Money> {
        let amount = match amount {
            Value::String(s) if !s.trim().is_empty() => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        Some(Money {
            amount,
            currency: currency.filter(|c| !c.is_empty()).map(str::to_owned),
        })
    }
}

/// Whether a name can be registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// Free to register.
    Available,
    /// Registered already (by anyone).
    Taken,
    /// Reserved or blocked by the registry (stop lists, reserved names).
    Reserved,
    /// The provider could not tell (registry timeout, unknown status); ask again later.
    Unknown,
}

/// An error about one item of a bulk call: the unified kind and the provider's own code and
/// message, verbatim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemError {
    /// The unified kind (`invalid_input`, `rejected`, …).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub kind: ErrorKind,
    /// A message (the provider's when it gave one).
    pub message: String,
    /// The provider's code, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_code: Option<String>,
}

impl From<&Error> for ItemError {
    fn from(e: &Error) -> Self {
        ItemError {
            kind: e.kind(),
            message: e.provider_message().unwrap_or(e.message()).to_owned(),
            provider_code: e.provider_code().map(str::to_owned),
        }
    }
}

/// The answer for one name of an availability check (one per name asked, in the order asked).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CheckResult {
    /// The name as asked (ASCII form).
    pub domain: String,
    /// What the provider said; [`Availability::Unknown`] when `error` is set.
    pub availability: Availability,
    /// Whether the provider marks the name premium (`None` when it does not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium: Option<bool>,
    /// The registration price when the provider gives one (premium names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    /// The provider's own status text or message, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The provider refused to check this name (the others may still have answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ItemError>,
    /// The provider's output for this name.
    #[serde(default)]
    pub raw: Value,
}

impl CheckResult {
    pub(crate) fn new(domain: &str, availability: Availability, raw: Value) -> Self {
        CheckResult {
            domain: domain.to_owned(),
            availability,
            premium: None,
            price: None,
            message: None,
            error: None,
            raw,
        }
    }

    pub(crate) fn failed(domain: &str, error: &Error) -> Self {
        let mut r = CheckResult::new(domain, Availability::Unknown, Value::Null);
        r.error = Some(ItemError::from(error));
        r
    }
}

/// A name server, with glue addresses when it lives inside the domain it serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NameServer {
    /// Host name (`ns1.example.com`).
    pub host: String,
    /// Glue IPv4/IPv6 addresses (empty when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ips: Vec<String>,
}

impl NameServer {
    /// A name server without glue.
    pub fn new(host: impl Into<String>) -> Self {
        NameServer {
            host: host.into(),
            ips: Vec::new(),
        }
    }

    /// A name server with glue addresses.
    pub fn with_ips(host: impl Into<String>, ips: &[&str]) -> Self {
        NameServer {
            host: host.into(),
            ips: ips.iter().map(|s| (*s).to_owned()).collect(),
        }
    }
}

/// A DNS resource record, its host relative to the zone (`@` or empty for the apex).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DnsRecord {
    /// The provider's record id, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Record type (`A`, `AAAA`, `CNAME`, `MX`, `TXT`, `NS`, `SRV`, …).
    #[serde(rename = "type")]
    pub record_type: String,
    /// Host relative to the zone; `@` for the apex.
    pub host: String,
    /// The value (address, target, text).
    pub value: String,
    /// Time to live in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<u32>,
    /// Priority (MX, SRV).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u32>,
}

/// A contact's role on a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// The registrant (owner).
    Registrant,
    /// Administrative contact.
    Admin,
    /// Technical contact.
    Tech,
    /// Billing contact.
    Billing,
}

/// One contact model for every provider. Fields no common field covers (Alldomains' tax and
/// passport data and `client_type`, REG.API's person/organisation fields, LogicBoxes' contact
/// `type`, …) travel in `extra` under the provider's own names, in both directions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contact {
    /// The provider's contact (template, handle) id, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Given name.
    #[serde(default)]
    pub first_name: String,
    /// Family name.
    #[serde(default)]
    pub last_name: String,
    /// Organisation, when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Phone country calling code without `+` (`7`, `998`).
    #[serde(default)]
    pub phone_cc: String,
    /// Phone number without the country code.
    #[serde(default)]
    pub phone: String,
    /// Street address lines.
    #[serde(default)]
    pub address: Vec<String>,
    /// City.
    #[serde(default)]
    pub city: String,
    /// State or region, when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: String,
    /// ISO 3166-1 alpha-2 country code, as the provider wrote it.
    #[serde(default)]
    pub country: String,
    /// Provider-specific fields under the provider's own names.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, Value>")
    )]
    pub extra: Map<String, Value>,
}

/// A contact on a domain with its roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DomainContact {
    /// The roles this contact holds on the domain.
    pub roles: Vec<ContactRole>,
    /// The contact.
    pub contact: Contact,
}

/// What a provider says about one domain of the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DomainInfo {
    /// The domain (as the provider wrote it).
    pub domain: String,
    /// Status words as the provider wrote them (`active`, `Active`, `clientTransferProhibited`).
    #[serde(default)]
    pub status: Vec<String>,
    /// Creation date as the provider wrote it (`2025-04-22 06:41:58`, epoch seconds as text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Expiry date as the provider wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Delegated name servers.
    #[serde(default)]
    pub name_servers: Vec<NameServer>,
    /// Contacts, when the provider returns them with the domain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<DomainContact>,
    /// Registrar (transfer) lock on, when the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// WHOIS privacy on, when the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<bool>,
    /// Auto-renewal on, when the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The provider's ids for the domain (`domain_id`, `orderid`, `service_id`, `id`).
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, Value>")
    )]
    pub provider_ids: Map<String, Value>,
    /// The provider's output, whole (one value per call of the flow, in order).
    #[serde(default)]
    pub raw: Value,
}

/// The result of an operation that changes state and returns nothing beyond success.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Outcome {
    /// The provider's outputs, one per call of the flow, in order.
    pub raw: Vec<Value>,
}

/// The result of a renewal or registration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrderResult {
    /// The domain.
    pub domain: String,
    /// What was charged, when the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charged: Option<Money>,
    /// The new expiry date, when the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// The provider's outputs, one per call of the flow, in order.
    pub raw: Vec<Value>,
}

/// The account balance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Balance {
    /// Money available to spend.
    pub available: Money,
    /// Credit line, when the provider has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<Money>,
    /// The provider's output.
    pub raw: Value,
}

/// A domain's transfer (auth/EPP) code.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuthCode {
    /// The code.
    pub code: String,
}

impl std::fmt::Debug for AuthCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuthCode(***)")
    }
}

/// One domain in a listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DomainSummary {
    /// The domain.
    pub domain: String,
    /// Expiry date as the provider wrote it, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Status as the provider wrote it, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The provider's entry.
    pub raw: Value,
}

/// One page of the account's domains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DomainPage {
    /// The domains on this page.
    pub domains: Vec<DomainSummary>,
    /// The page number asked for (1-based).
    pub page: u32,
    /// The total number of domains, when the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// Whether the provider returns everything at once (no paging): `page` is then always 1.
    pub complete: bool,
}

/// What [`Registrar::register`](super::Registrar::register) takes.
///
/// `extra` carries provider parameters under the vendor's own names; they are merged into the
/// vendor call as they are (and win over what the mapping derives). LogicBoxes needs
/// `customer-id` there, and the contact ids `reg-contact-id`, `admin-contact-id`,
/// `tech-contact-id`, `billing-contact-id` unless each role's contact carries its `id`;
/// DomainContext takes the contact ids (`registrant`, `admin`, `tech`, `billing`) the same
/// way.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RegisterRequest {
    /// The name to register.
    pub domain: String,
    /// Registration period in years.
    pub years: u32,
    /// Name servers to delegate to (empty: the provider's default).
    #[serde(default)]
    pub name_servers: Vec<NameServer>,
    /// The contacts with their roles (a role without a contact takes the registrant's where the
    /// provider allows it).
    #[serde(default)]
    pub contacts: Vec<DomainContact>,
    /// Provider parameters under the vendor's own names.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, Value>")
    )]
    pub extra: Map<String, Value>,
}

impl RegisterRequest {
    /// A request for `domain` for `years` years, with no name servers or contacts yet.
    pub fn new(domain: impl Into<String>, years: u32) -> Self {
        RegisterRequest {
            domain: domain.into(),
            years,
            ..RegisterRequest::default()
        }
    }

    /// The contact holding `role`, when any.
    pub fn contact(&self, role: ContactRole) -> Option<&Contact> {
        contact_for(&self.contacts, role)
    }
}

/// The contact holding `role` in `contacts`, when any.
pub fn contact_for(contacts: &[DomainContact], role: ContactRole) -> Option<&Contact> {
    contacts
        .iter()
        .find(|c| c.roles.contains(&role))
        .map(|c| &c.contact)
}

/// What [`Registrar::transfer`](super::Registrar::transfer) takes (`extra` as in
/// [`RegisterRequest`]). Its `Debug` output masks the auth code.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransferRequest {
    /// The name to transfer in.
    pub domain: String,
    /// The transfer (auth/EPP) code from the losing registrar.
    pub auth_code: String,
    /// Years added with the transfer, where the provider takes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// Name servers, where the provider takes them with the transfer.
    #[serde(default)]
    pub name_servers: Vec<NameServer>,
    /// Contacts, where the provider takes them with the transfer.
    #[serde(default)]
    pub contacts: Vec<DomainContact>,
    /// Provider parameters under the vendor's own names.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, Value>")
    )]
    pub extra: Map<String, Value>,
}

impl std::fmt::Debug for TransferRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransferRequest")
            .field("domain", &self.domain)
            .field("auth_code", &"***")
            .field("years", &self.years)
            .field("name_servers", &self.name_servers)
            .field("contacts", &self.contacts)
            .field("extra", &self.extra)
            .finish()
    }
}

/// Where an incoming transfer stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransferStatus {
    /// The domain.
    pub domain: String,
    /// The provider's status text, verbatim (`pendingTransfer`, `incoming`, `Active`).
    pub status: String,
    /// The provider's output.
    pub raw: Value,
}

/// Something the provider created (a contact, a DNS record, a child name server), with the id it
/// gave when it gave one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Created {
    /// The provider's id for what was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The provider's outputs, one per call of the flow, in order.
    pub raw: Vec<Value>,
}

// ---- small JSON readers shared by the mapping modules -------------------------------------

/// A member as text: strings as they are, numbers and booleans printed; `None` for null, empty
/// text, objects and arrays.
pub(crate) fn text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A member read as a flag: `true`/`false`, `1`/`0`, `"1"`/`"0"`, `"true"`/`"false"`,
/// `"yes"`/`"no"`; `None` for anything else.
pub(crate) fn flag(v: &Value, key: &str) -> Option<bool> {
    match v.get(key)? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => n.as_i64().map(|n| n != 0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Some(true),
            "0" | "false" | "no" | "off" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Splits `ns1.a,ns2.a` (or space-separated) text into hosts.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split([',', ' ', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Takes `keys` out of a JSON object into a map (members absent or null are skipped).
pub(crate) fn pick(v: &Value, keys: &[&str]) -> Map<String, Value> {
    let mut out = Map::new();
    for k in keys {
        if let Some(x) = v.get(*k).filter(|x| !x.is_null()) {
            out.insert((*k).to_owned(), x.clone());
        }
    }
    out
}

/// Splits a SRV value `weight port target` (the record's priority travels in `priority`).
pub(crate) fn srv_parts(value: &str) -> Result<(u32, u32, String), Error> {
    let mut it = value.split_whitespace();
    let bad = || Error::invalid_input("record.value", "an SRV value is `weight port target`");
    let weight = it.next().and_then(|w| w.parse().ok()).ok_or_else(bad)?;
    let port = it.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let target = it.next().ok_or_else(bad)?.to_owned();
    if it.next().is_some() {
        return Err(bad());
    }
    Ok((weight, port, target))
}

/// The DNS record type in upper case, refused when empty.
pub(crate) fn record_type(r: &DnsRecord) -> Result<String, Error> {
    let t = r.record_type.trim().to_ascii_uppercase();
    if t.is_empty() {
        return Err(Error::invalid_input("record.type", "required"));
    }
    Ok(t)
}

/// The host relative to `zone` for a name the provider wrote in full (`www.example.com` →
/// `www`, `example.com` → `@`); a name outside the zone is kept as written.
pub(crate) fn relative_host(name: &str, zone: &str) -> String {
    let name = name.trim_end_matches('.');
    if name.is_empty() || name.eq_ignore_ascii_case(zone) || name == "@" {
        return "@".to_owned();
    }
    let lower = name.to_ascii_lowercase();
    let suffix = format!(".{}", zone.to_ascii_lowercase());
    match lower.strip_suffix(&suffix) {
        Some(_) => name
            .get(..name.len() - suffix.len())
            .unwrap_or(name)
            .to_owned(),
        None => name.to_owned(),
    }
}

/// Whether `candidate` (read from the provider) is the record `wanted` names: same type, host
/// and value (TTL and priority ignored, host `@` and empty alike, case-insensitive type and
/// host).
pub(crate) fn same_record(candidate: &DnsRecord, wanted: &DnsRecord) -> bool {
    let host = |h: &str| {
        if h.is_empty() {
            "@".to_owned()
        } else {
            h.trim_end_matches('.').to_ascii_lowercase()
        }
    };
    candidate
        .record_type
        .eq_ignore_ascii_case(&wanted.record_type)
        && host(&candidate.host) == host(&wanted.host)
        && candidate.value.trim_end_matches('.') == wanted.value.trim_end_matches('.')
}

/// A number member read as `u32` (numbers or numeric text).
pub(crate) fn num(v: &Value, key: &str) -> Option<u32> {
    text(v, key).and_then(|s| s.trim().parse().ok())
}

/// The phone as `+CC.NUMBER` (the EPP form Name.com and DomainContext take).
pub(crate) fn epp_phone(c: &Contact) -> String {
    if c.phone_cc.is_empty() {
        c.phone.clone()
    } else {
        format!("+{}.{}", c.phone_cc.trim_start_matches('+'), c.phone)
    }
}

/// Adds every member of `extra` to the object `params` (extra wins).
pub(crate) fn merge(params: &mut Value, extra: &Map<String, Value>) {
    if let Value::Object(m) = params {
        for (k, v) in extra {
            m.insert(k.clone(), v.clone());
        }
    }
}
