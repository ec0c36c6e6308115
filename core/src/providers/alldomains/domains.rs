//! Domain operations (§1, §2, §6–§16).

use super::Client;
use super::contacts::{ContactData, ContactTemplate};
use super::envelope;
use crate::domain::{DomainName, label_to_ascii, suffix_to_ascii};
use crate::error::{Error, ErrorKind};
use crate::operation::{Metadata, Operation, Safety};
use crate::response::from_value;
use crate::wire::types::{Id, flag, opt_int, opt_text, text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A result whose documented value is `true`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Ack {
    /// Always `true` (a refusal is an error).
    pub success: bool,
    /// The provider's `result` when it was something other than `true`, unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
}

/// `.com` from `com` or `.com`, validated; the ASCII form.
fn dotted_tld(input: &str, field: &str) -> Result<String, Error> {
    let bare = input.trim().trim_start_matches('.');
    Ok(format!(".{}", suffix_to_ascii(bare, field)?))
}

const fn metadata(
    name: &'static str,
    path: &'static str,
    method: &'static str,
    safety: Safety,
    doc: &'static str,
    summary: &'static str,
    confirm_with: Option<&'static str>,
) -> Metadata {
    Metadata::new(
        "alldomains",
        name,
        method,
        path,
        safety,
        doc,
        summary,
        confirm_with,
    )
}

// ---------------------------------------------------------------------------------------------
// §1 check

/// `POST /api/client/servicedomain/check` — §1 "Checking domain availability".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Second-level name without the extension (Unicode or punycode; sent as punycode).
    pub sld: String,
    /// The extension with its dot (`.com`, `.uz`); a missing dot is added.
    pub tld: String,
}

impl Check {
    /// A check of `sld` + `tld`.
    pub fn new(sld: impl Into<String>, tld: impl Into<String>) -> Self {
        Check {
            sld: sld.into(),
            tld: tld.into(),
        }
    }

    /// A check of a full domain name: its first label and the rest.
    pub fn for_domain(domain: &DomainName) -> Self {
        Check::new(domain.first_label(), format!(".{}", domain.suffix()))
    }
}

/// Whether a name can be registered (§1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Availability {
    /// `true` when the provider answered `result: true`.
    pub available: bool,
    /// The provider's message when the name is not available (e.g. "Domain is not available.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The provider's code with that message, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl Operation for Check {
    type Client = Client;
    type Output = Availability;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "servicedomain/check",
        method: "POST",
        path: "/api/client/servicedomain/check",
        safety: Safety::Safe,
        doc: "alldomains-uz.txt §1 Checking domain availability",
        summary: "Check whether a domain can be registered.",
        confirm_with: None,
        timeout_secs: None,
        notes: &["The document recommends at most 100 requests per minute."],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let body = Check {
            sld: label_to_ascii(&self.sld, "sld")?,
            tld: dotted_tld(&self.tld, "tld")?,
        };
        client
            .request(http::Method::POST, "servicedomain/check")?
            .json(&body)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Availability, Error> {
        let (body, outcome) = envelope::read(&response)?;
        match outcome {
            Ok(Value::Bool(available)) => Ok(Availability {
                available,
                message: None,
                code: None,
            }),
            Ok(other) => Err(Error::protocol(
                format!("expected result true or false, found {other}"),
                body.raw,
            )),
            Err(e) if classify_is_unavailable(&e.message) => Ok(Availability {
                available: false,
                message: Some(e.message),
                code: e.code,
            }),
            Err(e) => Err(e.into_error(body.status)),
        }
    }
}

fn classify_is_unavailable(message: &str) -> bool {
    envelope::classify(None, message) == ErrorKind::Unavailable
}

// ---------------------------------------------------------------------------------------------
// §2 register_domain

/// One of the four contact blocks of §2: full data, a template id, or "use the customer's data".
///
/// On the wire: the contact fields; `{"contact_id": "107"}`; or `{"use_customer": "1"}`.
/// Exactly one form may be given.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ContactBlock {
    /// An existing template's id (sent as a string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<Id>,
    /// `"1"` (or `true`/`1`) to use the customer block's data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::wire::types::FlagInput>")
    )]
    pub use_customer: Option<Value>,
    /// Full contact data.
    #[serde(flatten)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<ContactData>"))]
    pub data: Map<String, Value>,
}

impl ContactBlock {
    /// Full contact data.
    pub fn data(contact: &ContactData) -> Self {
        let data = match serde_json::to_value(contact) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        };
        ContactBlock {
            data,
            ..Default::default()
        }
    }
    /// An existing template.
    pub fn template(id: impl Into<Id>) -> Self {
        ContactBlock {
            contact_id: Some(id.into()),
            ..Default::default()
        }
    }
    /// The customer block's data (not valid for `contactCustomer` itself).
    pub fn use_customer() -> Self {
        ContactBlock {
            use_customer: Some(Value::String("1".into())),
            ..Default::default()
        }
    }

    /// Validates the block and returns its wire form.
    fn to_wire(&self, field: &str, is_customer: bool) -> Result<Value, Error> {
        let forms = usize::from(self.contact_id.is_some())
            + usize::from(self.use_customer.is_some())
            + usize::from(!self.data.is_empty());
        if forms != 1 {
            return Err(Error::invalid_input(
                field,
                "give exactly one of: contact data, contact_id (a template id), or use_customer",
            ));
        }
        if let Some(id) = &self.contact_id {
            id.validate(&format!("{field}.contact_id"))?;
            return Ok(serde_json::json!({ "contact_id": id }));
        }
        if let Some(u) = &self.use_customer {
            if is_customer {
                return Err(Error::invalid_input(
                    format!("{field}.use_customer"),
                    "the customer block cannot refer to itself",
                ));
            }
            let on = matches!(u, Value::Bool(true))
                || u.as_u64() == Some(1)
                || u.as_str().map(str::trim) == Some("1");
            if !on {
                return Err(Error::invalid_input(
                    format!("{field}.use_customer"),
                    "must be \"1\"",
                ));
            }
            return Ok(serde_json::json!({ "use_customer": "1" }));
        }
        let contact: ContactData = serde_json::from_value(Value::Object(self.data.clone()))
            .map_err(|e| Error::invalid_input(field, e))?;
        contact.validate(&format!("{field}."))?;
        serde_json::to_value(&contact).map_err(|e| Error::invalid_input(field, e))
    }
}

/// `POST /api/client/servicedomain/register_domain` — §2 "Domain registration".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterDomain {
    /// The full domain name.
    pub domain: String,
    /// Registration period in years, 1–10 (sent as a string, as the example does).
    pub register_years: Id,
    /// Customer (registrant) contact.
    #[serde(rename = "contactCustomer")]
    pub contact_customer: ContactBlock,
    /// Technical contact.
    #[serde(rename = "contactTech")]
    pub contact_tech: ContactBlock,
    /// Billing contact.
    #[serde(rename = "contactBilling")]
    pub contact_billing: ContactBlock,
    /// Administrative contact.
    #[serde(rename = "contactAdmin")]
    pub contact_admin: ContactBlock,
    /// Primary name server.
    pub ns1: String,
    /// Secondary name server.
    pub ns2: String,
    /// DNSSEC: `1`/`true` to enable (sent as `"1"`); absent, `0` or `false` sends nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::wire::types::FlagInput>")
    )]
    pub dnssec: Option<Value>,
}

impl RegisterDomain {
    /// A registration of `domain` for `years` with the four contact blocks and two name servers.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        domain: impl Into<String>,
        years: u32,
        customer: ContactBlock,
        tech: ContactBlock,
        billing: ContactBlock,
        admin: ContactBlock,
        ns1: impl Into<String>,
        ns2: impl Into<String>,
    ) -> Self {
        RegisterDomain {
            domain: domain.into(),
            register_years: Id::from(u64::from(years)),
            contact_customer: customer,
            contact_tech: tech,
            contact_billing: billing,
            contact_admin: admin,
            ns1: ns1.into(),
            ns2: ns2.into(),
            dnssec: None,
        }
    }

    /// Enables DNSSEC.
    pub fn with_dnssec(mut self) -> Self {
        self.dnssec = Some(Value::String("1".into()));
        self
    }
}

fn years(id: &Id, field: &str) -> Result<u32, Error> {
    match id.as_str().parse::<u32>() {
        Ok(n) if (1..=10).contains(&n) => Ok(n),
        _ => Err(Error::invalid_input(
            field,
            format!(
                "{:?} is not a whole number of years from 1 to 10",
                id.as_str()
            ),
        )),
    }
}

fn dnssec_on(v: &Value) -> Result<bool, Error> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Null => Ok(false),
        Value::Number(n) if n.as_u64() == Some(1) => Ok(true),
        Value::Number(n) if n.as_u64() == Some(0) => Ok(false),
        Value::String(s) if s.trim() == "1" => Ok(true),
        Value::String(s) if s.trim() == "0" || s.trim().is_empty() => Ok(false),
        _ => Err(Error::invalid_input("dnssec", "must be 1 (enabled) or 0")),
    }
}

impl Operation for RegisterDomain {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "servicedomain/register_domain",
        method: "POST",
        path: "/api/client/servicedomain/register_domain",
        safety: Safety::Unsafe,
        doc: "alldomains-uz.txt §2 Domain registration",
        summary: "Register a domain with four contact blocks and two name servers.",
        confirm_with: Some("servicedomain/get_domain"),
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let domain = DomainName::parse_field(&self.domain, "domain")?;
        let years = years(&self.register_years, "register_years")?;
        let mut body = Map::new();
        body.insert("domain".into(), domain.as_ascii().into());
        body.insert("register_years".into(), years.to_string().into());
        body.insert(
            "contactCustomer".into(),
            self.contact_customer.to_wire("contactCustomer", true)?,
        );
        body.insert(
            "contactTech".into(),
            self.contact_tech.to_wire("contactTech", false)?,
        );
        body.insert(
            "contactBilling".into(),
            self.contact_billing.to_wire("contactBilling", false)?,
        );
        body.insert(
            "contactAdmin".into(),
            self.contact_admin.to_wire("contactAdmin", false)?,
        );
        body.insert(
            "ns1".into(),
            DomainName::parse_field(&self.ns1, "ns1")?.as_ascii().into(),
        );
        body.insert(
            "ns2".into(),
            DomainName::parse_field(&self.ns2, "ns2")?.as_ascii().into(),
        );
        if let Some(d) = &self.dnssec {
            if dnssec_on(d)? {
                body.insert("dnssec".into(), "1".into());
            }
        }
        client
            .request(http::Method::POST, "servicedomain/register_domain")?
            .json(&body)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        envelope::ack(&response)
    }
}

// ---------------------------------------------------------------------------------------------
// Operations that take only `domain_id` (§6, §8, §12–§15).

macro_rules! domain_id_op {
    ($(#[$doc:meta])* $ty:ident, $name:literal, $safety:expr, $section:literal, $summary:literal, $confirm:expr, $out:ty, $parse:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $ty {
            /// The domain's id (from `servicedomain/get_domain`); sent as a string.
            pub domain_id: Id,
        }

        impl $ty {
            /// The operation on `domain_id`.
            pub fn new(domain_id: impl Into<Id>) -> Self {
                $ty { domain_id: domain_id.into() }
            }
        }

        impl Operation for $ty {
            type Client = Client;
            type Output = $out;
            const METADATA: Metadata = Metadata {
                provider: "alldomains",
                name: concat!("servicedomain/", $name),
                method: "POST",
                path: concat!("/api/client/servicedomain/", $name),
                safety: $safety,
                doc: concat!("alldomains-uz.txt ", $section),
                summary: $summary,
                confirm_with: $confirm,
                timeout_secs: None,
                notes: &[],
            };

            fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
                self.domain_id.validate("domain_id")?;
                client
                    .request(http::Method::POST, concat!("servicedomain/", $name))?
                    .json(self)?
                    .build()
            }

            fn parse(response: http::Response<&[u8]>) -> Result<$out, Error> {
                $parse(&response)
            }
        }
    };
}

domain_id_op!(
    /// `POST /api/client/servicedomain/renew_domain` — §6 "Domain renewal".
    ///
    /// The document gives no period: the renewal uses the domain's current period, which
    /// `servicedomain/update_period` (§10) changes.
    RenewDomain, "renew_domain", Safety::Unsafe, "§6 Domain renewal",
    "Renew a domain for its current period.", Some("servicedomain/get_domain"), Ack, envelope::ack
);
domain_id_op!(
    /// `POST /api/client/servicedomain/get_transfer_code` — §8 "Receiving a transfer code".
    GetTransferCode, "get_transfer_code", Safety::Safe, "§8 Receiving a transfer code",
    "Get the EPP/auth code to transfer the domain away.", None, TransferCode, parse_transfer_code
);
domain_id_op!(
    /// `POST /api/client/servicedomain/hide_whois` — §12 "Hide WHOIS" (privacy on).
    HideWhois, "hide_whois", Safety::Idempotent, "§12 Hide WHOIS",
    "Turn WHOIS privacy protection on.", None, Ack, envelope::ack
);
domain_id_op!(
    /// `POST /api/client/servicedomain/show_whois` — §13 "Show WHOIS" (privacy off).
    ShowWhois, "show_whois", Safety::Idempotent, "§13 Show WHOIS",
    "Turn WHOIS privacy protection off.", None, Ack, envelope::ack
);
domain_id_op!(
    /// `POST /api/client/servicedomain/lock` — §14 "Block domain" (sets clientTransferProhibited).
    Lock, "lock", Safety::Idempotent, "§14 Block domain",
    "Lock the domain against transfer.", None, Ack, envelope::ack
);
domain_id_op!(
    /// `POST /api/client/servicedomain/unlock` — §15 "Unblock domain" (removes clientTransferProhibited).
    Unlock, "unlock", Safety::Idempotent, "§15 Unblock domain",
    "Unlock the domain for transfer.", None, Ack, envelope::ack
);

/// The transfer (EPP/auth) code (§8).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct TransferCode {
    /// The code, verbatim.
    pub code: String,
}

fn parse_transfer_code(response: &http::Response<&[u8]>) -> Result<TransferCode, Error> {
    let (value, raw) = envelope::result(response)?;
    match value {
        Value::String(code) if !code.is_empty() => Ok(TransferCode { code }),
        Value::Number(n) => Ok(TransferCode {
            code: n.to_string(),
        }),
        other => Err(Error::protocol(
            format!("expected the transfer code as text, found {other}"),
            raw,
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// §7 get_domain

/// `POST /api/client/servicedomain/get_domain` — §7 "Getting information about a domain".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GetDomain {
    /// The full domain name.
    pub domain: String,
}

impl GetDomain {
    /// Information about `domain`.
    pub fn new(domain: impl Into<String>) -> Self {
        GetDomain {
            domain: domain.into(),
        }
    }
}

/// One name server slot of a domain (§7 `name_servers`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct NameServer {
    /// The slot number the provider gave it (`"1"` … `"10"`).
    pub slot: u32,
    /// Host name.
    pub address: String,
    /// Glue IP, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}

/// Domain information (§7).
///
/// `name_servers` lists the filled slots in slot order (the provider pads to five with empty
/// slots, which carry nothing). Flags arrive as `0`/`1` and read as booleans. Every member not
/// modelled here is kept in `extra`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DomainInfo {
    /// Full domain name.
    #[serde(default, deserialize_with = "text")]
    pub domain: String,
    /// The provider's domain id (used by most other operations), as a string.
    #[serde(default, deserialize_with = "text")]
    pub domain_id: String,
    /// Second-level name.
    #[serde(default, deserialize_with = "text")]
    pub sld: String,
    /// Extension with its dot.
    #[serde(default, deserialize_with = "text")]
    pub tld: String,
    /// Filled name server slots.
    #[serde(default)]
    pub name_servers: Vec<NameServer>,
    /// Registrant ("registrar" in the provider's answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrar: Option<ContactTemplate>,
    /// Technical contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tech: Option<ContactTemplate>,
    /// Billing contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<ContactTemplate>,
    /// Administrative contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<ContactTemplate>,
    /// Registration period in years.
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub period: Option<i64>,
    /// DNSSEC enabled.
    #[serde(default, deserialize_with = "flag")]
    pub dnssec: bool,
    /// Status text (`active`, …).
    #[serde(default, deserialize_with = "text")]
    pub status: String,
    /// WHOIS privacy on.
    #[serde(default, deserialize_with = "flag")]
    pub privacy: bool,
    /// Transfer lock on.
    #[serde(default, deserialize_with = "flag")]
    pub locked: bool,
    /// On hold.
    #[serde(default, deserialize_with = "flag")]
    pub hold: bool,
    /// Updates prohibited.
    #[serde(default, deserialize_with = "flag")]
    pub update_prohibited: bool,
    /// `YYYY-MM-DD HH:MM:SS`, UTC.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<String>,
    /// `YYYY-MM-DD HH:MM:SS`, UTC.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_at: Option<String>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn read_name_servers(value: Option<Value>, raw: &[u8]) -> Result<Vec<NameServer>, Error> {
    let slots: Vec<(String, Value)> = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Object(m)) => m.into_iter().collect(),
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| ((i + 1).to_string(), v))
            .collect(),
        Some(other) => {
            return Err(Error::protocol(
                format!("unexpected name_servers: {other}"),
                raw,
            ));
        }
    };
    let mut out = Vec::new();
    for (slot, v) in slots {
        let slot_no: u32 = slot.trim().parse().map_err(|_| {
            Error::protocol(format!("name server slot {slot:?} is not a number"), raw)
        })?;
        let (address, ip) = match v {
            Value::Object(m) => (
                m.get("address")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                m.get("ip")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            ),
            Value::String(s) => (s, String::new()),
            Value::Null => (String::new(), String::new()),
            other => {
                return Err(Error::protocol(
                    format!("unexpected name server entry: {other}"),
                    raw,
                ));
            }
        };
        if address.is_empty() && ip.is_empty() {
            continue;
        }
        out.push(NameServer {
            slot: slot_no,
            address,
            ip: (!ip.is_empty()).then_some(ip),
        });
    }
    out.sort_by_key(|n| n.slot);
    Ok(out)
}

impl Operation for GetDomain {
    type Client = Client;
    type Output = DomainInfo;
    const METADATA: Metadata = metadata_get_domain();

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let domain = DomainName::parse_field(&self.domain, "domain")?;
        client
            .request(http::Method::POST, "servicedomain/get_domain")?
            .json(&GetDomain {
                domain: domain.as_ascii().to_owned(),
            })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<DomainInfo, Error> {
        let (value, raw) = envelope::result(&response)?;
        let Value::Object(mut map) = value else {
            return Err(Error::protocol("expected the domain object", raw));
        };
        let name_servers = read_name_servers(map.remove("name_servers"), raw)?;
        let mut info: DomainInfo = from_value(Value::Object(map), raw)?;
        info.name_servers = name_servers;
        Ok(info)
    }
}

const fn metadata_get_domain() -> Metadata {
    Metadata {
        provider: "alldomains",
        name: "servicedomain/get_domain",
        method: "POST",
        path: "/api/client/servicedomain/get_domain",
        safety: Safety::Safe,
        doc: "alldomains-uz.txt §7 Getting information about a domain",
        summary: "Get a domain's id, name servers, contacts, dates and flags.",
        confirm_with: None,
        timeout_secs: None,
        notes: &[],
    }
}

// ---------------------------------------------------------------------------------------------
// §9 transfer_domain

/// `POST /api/client/servicedomain/transfer_domain` — §9 "Domain transfer".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TransferDomain {
    /// Second-level name without extension.
    pub transfer_sld: String,
    /// Extension with its dot.
    pub transfer_tld: String,
    /// The EPP/auth code.
    pub transfer_code: String,
}

impl TransferDomain {
    /// A transfer of `sld` + `tld` with `code`.
    pub fn new(sld: impl Into<String>, tld: impl Into<String>, code: impl Into<String>) -> Self {
        TransferDomain {
            transfer_sld: sld.into(),
            transfer_tld: tld.into(),
            transfer_code: code.into(),
        }
    }
}

impl Operation for TransferDomain {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "servicedomain/transfer_domain",
        method: "POST",
        path: "/api/client/servicedomain/transfer_domain",
        safety: Safety::Unsafe,
        doc: "alldomains-uz.txt §9 Domain transfer",
        summary: "Start a transfer in from another registrar.",
        confirm_with: Some("servicedomain/get_domain"),
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        if self.transfer_code.trim().is_empty() {
            return Err(Error::invalid_input("transfer_code", "is required"));
        }
        if self.transfer_code.chars().any(char::is_control) {
            return Err(Error::invalid_input(
                "transfer_code",
                "must not contain control characters",
            ));
        }
        let body = TransferDomain {
            transfer_sld: label_to_ascii(&self.transfer_sld, "transfer_sld")?,
            transfer_tld: dotted_tld(&self.transfer_tld, "transfer_tld")?,
            transfer_code: self.transfer_code.clone(),
        };
        client
            .request(http::Method::POST, "servicedomain/transfer_domain")?
            .json(&body)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        envelope::ack(&response)
    }
}

// ---------------------------------------------------------------------------------------------
// §10 update_period

/// `POST /api/client/servicedomain/update_period` — §10 "Domain Period Renewal".
///
/// Changes the registration period (in years) that renewals use; `period` is sent as a number,
/// as the example shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePeriod {
    /// The domain's id; sent as a string.
    pub domain_id: Id,
    /// New period in years, 1–10.
    pub period: u32,
}

impl UpdatePeriod {
    /// Sets the period of `domain_id` to `period` years.
    pub fn new(domain_id: impl Into<Id>, period: u32) -> Self {
        UpdatePeriod {
            domain_id: domain_id.into(),
            period,
        }
    }
}

impl Operation for UpdatePeriod {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "servicedomain/update_period",
        method: "POST",
        path: "/api/client/servicedomain/update_period",
        safety: Safety::Idempotent,
        doc: "alldomains-uz.txt §10 Domain Period Renewal",
        summary: "Change the registration period (years) of a domain.",
        confirm_with: None,
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        self.domain_id.validate("domain_id")?;
        if !(1..=10).contains(&self.period) {
            return Err(Error::invalid_input("period", "must be from 1 to 10 years"));
        }
        client
            .request(http::Method::POST, "servicedomain/update_period")?
            .json(self)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        envelope::ack(&response)
    }
}

// ---------------------------------------------------------------------------------------------
// §11 set_nameserver

/// One name server of §11: host name and optional IP.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NsEntry {
    /// Host name (`""` clears the slot).
    #[serde(default)]
    pub address: String,
    /// IP address (IPv4 or IPv6), optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}

impl NsEntry {
    /// A name server without IP.
    pub fn new(address: impl Into<String>) -> Self {
        NsEntry {
            address: address.into(),
            ip: None,
        }
    }
    /// A name server with a glue IP.
    pub fn with_ip(address: impl Into<String>, ip: impl Into<String>) -> Self {
        NsEntry {
            address: address.into(),
            ip: Some(ip.into()),
        }
    }
}

/// `POST /api/client/servicedomain/set_nameserver` — §11 "Installing NS servers".
///
/// `ns1` and `ns2` are required, up to `ns10`; each `{address, ip}` with `ip` optional ("required
/// for some specific TLDs"). Slots given with an empty address are sent empty (the document's
/// example clears `ns4` and `ns5` that way). On the wire every slot carries `ip` (`""` when none)
/// and `domain_id` comes last, as in the example.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct SetNameserver {
    pub ns1: NsEntry,
    pub ns2: NsEntry,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns3: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns4: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns5: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns6: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns7: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns8: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns9: Option<NsEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns10: Option<NsEntry>,
    /// The domain's id; sent as a string.
    pub domain_id: Id,
}

/// The most name servers §11 allows.
pub const MAX_NAMESERVERS: usize = 10;

impl SetNameserver {
    /// Name servers for `domain_id`, in order (2 to 10 entries).
    pub fn new(domain_id: impl Into<Id>, servers: Vec<NsEntry>) -> Result<Self, Error> {
        if servers.len() < 2 || servers.len() > MAX_NAMESERVERS {
            return Err(Error::invalid_input(
                "nameservers",
                "give from 2 to 10 name servers",
            ));
        }
        let mut it = servers.into_iter();
        let mut s = SetNameserver {
            ns1: it.next().unwrap_or_default(),
            ns2: it.next().unwrap_or_default(),
            domain_id: domain_id.into(),
            ..Default::default()
        };
        for (slot, ns) in [
            &mut s.ns3,
            &mut s.ns4,
            &mut s.ns5,
            &mut s.ns6,
            &mut s.ns7,
            &mut s.ns8,
            &mut s.ns9,
            &mut s.ns10,
        ]
        .into_iter()
        .zip(it)
        {
            *slot = Some(ns);
        }
        Ok(s)
    }

    fn slots(&self) -> [(&'static str, Option<&NsEntry>); MAX_NAMESERVERS] {
        [
            ("ns1", Some(&self.ns1)),
            ("ns2", Some(&self.ns2)),
            ("ns3", self.ns3.as_ref()),
            ("ns4", self.ns4.as_ref()),
            ("ns5", self.ns5.as_ref()),
            ("ns6", self.ns6.as_ref()),
            ("ns7", self.ns7.as_ref()),
            ("ns8", self.ns8.as_ref()),
            ("ns9", self.ns9.as_ref()),
            ("ns10", self.ns10.as_ref()),
        ]
    }
}

impl Operation for SetNameserver {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = Metadata {
        provider: "alldomains",
        name: "servicedomain/set_nameserver",
        method: "POST",
        path: "/api/client/servicedomain/set_nameserver",
        safety: Safety::Idempotent,
        doc: "alldomains-uz.txt §11 Installing NS servers",
        summary: "Set a domain's name servers (ns1–ns10, optional IPs).",
        confirm_with: None,
        timeout_secs: None,
        notes: &[],
    };

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        self.domain_id.validate("domain_id")?;
        let mut body = Map::new();
        for (name, entry) in self.slots() {
            let Some(entry) = entry else { continue };
            let ip = entry.ip.as_deref().unwrap_or_default().trim();
            let address = if entry.address.trim().is_empty() {
                if matches!(name, "ns1" | "ns2") {
                    return Err(Error::invalid_input(
                        format!("{name}.address"),
                        "is required (ns1 and ns2 must be set)",
                    ));
                }
                if !ip.is_empty() {
                    return Err(Error::invalid_input(
                        format!("{name}.ip"),
                        "an IP needs a name server address",
                    ));
                }
                String::new()
            } else {
                DomainName::parse_field(&entry.address, &format!("{name}.address"))?
                    .as_ascii()
                    .to_owned()
            };
            if !ip.is_empty() && ip.parse::<std::net::IpAddr>().is_err() {
                return Err(Error::invalid_input(
                    format!("{name}.ip"),
                    format!("{ip:?} is not an IPv4 or IPv6 address"),
                ));
            }
            body.insert(
                name.into(),
                serde_json::json!({"address": address, "ip": ip}),
            );
        }
        body.insert(
            "domain_id".into(),
            Value::String(self.domain_id.as_str().to_owned()),
        );
        client
            .request(http::Method::POST, "servicedomain/set_nameserver")?
            .json(&body)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        envelope::ack(&response)
    }
}

// ---------------------------------------------------------------------------------------------
// §16 balance

/// `GET /api/client/client/balance_get_total` — §16 "Getting the total balance" (no body).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BalanceGetTotal {}

/// The account balance (§16). The document names no currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Balance {
    /// The amount as the provider sent it.
    pub amount: f64,
}

impl Operation for BalanceGetTotal {
    type Client = Client;
    type Output = Balance;
    const METADATA: Metadata = metadata(
        "client/balance_get_total",
        "/api/client/client/balance_get_total",
        "GET",
        Safety::Safe,
        "alldomains-uz.txt §16 Getting the total balance",
        "Get the account's total balance.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        client
            .request(http::Method::GET, "client/balance_get_total")?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Balance, Error> {
        let (value, raw) = envelope::result(&response)?;
        let amount = match &value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        };
        amount
            .map(|amount| Balance { amount })
            .ok_or_else(|| Error::protocol(format!("expected a number, found {value}"), raw))
    }
}
