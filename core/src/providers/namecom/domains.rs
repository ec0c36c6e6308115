//! Domain actions (shapes §7–§13).

use super::Client;
use super::common::{
    Ack, Addon, Contact, ContactInput, WhoisPrivacy, ack, contact_list, contacts_out, data,
    domain_segment, keyed, map_or_empty, metadata, nameservers, no_controls, opt_contact_list,
    plain_text, string_list, validate_contacts,
};
use crate::domain::{DomainName, label_to_ascii, suffix_to_ascii};
use crate::error::Error;
use crate::operation::{Metadata, Operation, Safety};
use crate::response::from_value;
use crate::wire::form::escape_path_segment;
use crate::wire::types::{Id, flag, opt_text, text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A registration or renewal period: whole years, 1–10.
pub(crate) fn period(id: &Id, field: &str) -> Result<u32, Error> {
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

// ---------------------------------------------------------------------------------------------
// domain/create

/// `POST /api/domain/create` — "Domain Actions: Create Domain" (shapes §7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainCreate {
    /// The domain to register.
    pub domain_name: String,
    /// Years, 1–10 (sent as an integer).
    pub period: Id,
    /// Name servers (default: the account's default name servers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nameservers: Option<Vec<String>>,
    /// Contacts (default: the account's default contacts); one contact object is accepted too and
    /// sent as a one-element list.
    #[serde(
        default,
        deserialize_with = "opt_contact_list",
        skip_serializing_if = "Option::is_none"
    )]
    pub contacts: Option<Vec<ContactInput>>,
    /// The (sub-)account that will own the domain (Name.com's PHP client and the Ruby gem send it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl DomainCreate {
    /// A registration of `domain_name` for `years`.
    pub fn new(domain_name: impl Into<String>, years: u32) -> Self {
        DomainCreate {
            domain_name: domain_name.into(),
            period: Id::from(u64::from(years)),
            nameservers: None,
            contacts: None,
            username: None,
        }
    }
}

#[derive(Serialize)]
struct DomainCreateBody<'a> {
    domain_name: String,
    period: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    nameservers: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contacts: Option<&'a [ContactInput]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    username: Option<&'a str>,
}

impl Operation for DomainCreate {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "domain/create",
        "POST",
        "/api/domain/create",
        Safety::Unsafe,
        "namecom-legacy.txt Domain Actions: Create Domain",
        "Register a domain (order can do the same, with other products).",
        Some("domain/get"),
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let domain = DomainName::parse_field(&self.domain_name, "domain_name")?;
        let period = period(&self.period, "period")?;
        let nameservers = match &self.nameservers {
            Some(list) => Some(nameservers(list, "nameservers")?),
            None => None,
        };
        if let Some(c) = &self.contacts {
            validate_contacts(c, "contacts")?;
        }
        if let Some(u) = &self.username {
            plain_text("username", u)?;
        }
        client
            .request(http::Method::POST, "domain/create")?
            .json(&DomainCreateBody {
                domain_name: domain.as_ascii().to_owned(),
                period,
                nameservers,
                contacts: self.contacts.as_deref(),
                username: self.username.as_deref(),
            })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, false)
    }
}

// ---------------------------------------------------------------------------------------------
// domain/get

/// `GET /api/domain/get/<domain>` — "Domain Actions: Retrieve Domain" (shapes §8).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainGet {
    /// The domain (a path segment).
    pub domain_name: String,
}

impl DomainGet {
    /// The details of `domain_name`.
    pub fn new(domain_name: impl Into<String>) -> Self {
        DomainGet {
            domain_name: domain_name.into(),
        }
    }
}

/// A domain's details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DomainInfo {
    /// The domain.
    #[serde(default, deserialize_with = "text")]
    pub domain_name: String,
    /// `YYYY-MM-DD HH:MM:SS`.
    #[serde(default, deserialize_with = "text")]
    pub create_date: String,
    /// `YYYY-MM-DD HH:MM:SS`.
    #[serde(default, deserialize_with = "text")]
    pub expire_date: String,
    /// Transfer lock on.
    #[serde(default, deserialize_with = "flag")]
    pub locked: bool,
    /// Name servers.
    #[serde(default, deserialize_with = "string_list")]
    pub nameservers: Vec<String>,
    /// The owning account.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub username: Option<String>,
    /// Contacts (may be empty).
    #[serde(default, deserialize_with = "contacts_out")]
    pub contacts: Vec<Contact>,
    /// Prices on offer, keyed by product (`domain/renew`, `whois_privacy`, …).
    #[serde(
        default,
        deserialize_with = "map_or_empty",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub addons: BTreeMap<String, Addon>,
    /// Every other member (e.g. `whois_privacy`, `auto_renew`, whose shapes are not documented),
    /// unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Operation for DomainGet {
    type Client = Client;
    type Output = DomainInfo;
    const METADATA: Metadata = metadata(
        "domain/get",
        "GET",
        "/api/domain/get/{domain_name}",
        Safety::Safe,
        "namecom-legacy.txt Domain Actions: Retrieve Domain",
        "A domain's dates, lock, name servers, contacts and addon prices.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        client
            .request(http::Method::GET, &format!("domain/get/{seg}"))?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<DomainInfo, Error> {
        data(&response, true)
    }
}

// ---------------------------------------------------------------------------------------------
// domain/list

/// `GET /api/domain/list[/<username>]` — "Domain Actions: List Domains" (shapes §9).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainList {
    /// A (sub-)account whose domains to list, as an extra path segment (Name.com's PHP client
    /// and the Ruby gem); without it, the caller's own domains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// One domain of the account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ListedDomain {
    /// The domain (the key it came under).
    pub domain_name: String,
    /// The TLD.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub tld: Option<String>,
    /// `YYYY-MM-DD HH:MM:SS`.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_date: Option<String>,
    /// `YYYY-MM-DD HH:MM:SS`.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_date: Option<String>,
    /// WHOIS privacy, present only when the domain has it (`null` or `[]`, a PHP empty map, read
    /// as absent).
    #[serde(
        default,
        deserialize_with = "opt_whois_privacy",
        skip_serializing_if = "Option::is_none"
    )]
    pub whois_privacy: Option<WhoisPrivacy>,
    /// Prices on offer, keyed by product.
    #[serde(
        default,
        deserialize_with = "map_or_empty",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub addons: BTreeMap<String, Addon>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn opt_whois_privacy<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<WhoisPrivacy>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::Array(a) if a.is_empty() => Ok(None),
        v => serde_json::from_value(v)
            .map(Some)
            .map_err(serde::de::Error::custom),
    }
}

/// The account's domains, in the provider's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DomainListOutput {
    /// One entry per key of the provider's `domains` object.
    pub domains: Vec<ListedDomain>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Turns `{"name": {…}}` entries into structs with the key as `key_field`.
pub(crate) fn keyed_entries<T: serde::de::DeserializeOwned>(
    entries: Vec<(String, Value)>,
    key_field: &str,
    raw: &[u8],
) -> Result<Vec<T>, Error> {
    entries
        .into_iter()
        .map(|(name, v)| {
            let mut m = match v {
                Value::Object(m) => m,
                Value::Null => Map::new(),
                Value::Array(a) if a.is_empty() => Map::new(),
                other => {
                    return Err(Error::protocol(
                        format!("entry {name:?} is not an object: {other}"),
                        raw,
                    ));
                }
            };
            m.insert(key_field.to_owned(), Value::String(name));
            from_value(Value::Object(m), raw)
        })
        .collect()
}

impl Operation for DomainList {
    type Client = Client;
    type Output = DomainListOutput;
    const METADATA: Metadata = metadata(
        "domain/list",
        "GET",
        "/api/domain/list",
        Safety::Safe,
        "namecom-legacy.txt Domain Actions: List Domains",
        "The account's domains with dates, privacy and addon prices.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let path = match &self.username {
            Some(u) => {
                plain_text("username", u)?;
                format!("domain/list/{}", escape_path_segment(u.trim()))
            }
            None => "domain/list".to_owned(),
        };
        client.request(http::Method::GET, &path)?.build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<DomainListOutput, Error> {
        let (mut map, raw) = super::envelope::read(&response, true)?;
        let entries = keyed(map.remove("domains"), "domains", raw)?;
        Ok(DomainListOutput {
            domains: keyed_entries(entries, "domain_name", raw)?,
            extra: map,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// domain/lock, domain/unlock

macro_rules! domain_action {
    ($ty:ident, $name:literal, $path:literal, $doc:literal, $summary:literal) => {
        #[doc = concat!("`POST /api/", $path, "/<domain>` — \"Domain Actions: ", $doc, "\". No body.")]
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $ty {
            /// The domain (a path segment).
            pub domain_name: String,
        }

        impl $ty {
            /// The action on `domain_name`.
            pub fn new(domain_name: impl Into<String>) -> Self {
                $ty {
                    domain_name: domain_name.into(),
                }
            }
        }

        impl Operation for $ty {
            type Client = Client;
            type Output = Ack;
            const METADATA: Metadata = metadata(
                $name,
                "POST",
                concat!("/api/", $path, "/{domain_name}"),
                Safety::Idempotent,
                concat!("namecom-legacy.txt Domain Actions: ", $doc),
                $summary,
                None,
            );

            fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
                let seg = domain_segment(&self.domain_name, "domain_name")?;
                client
                    .request(http::Method::POST, &format!(concat!($path, "/{}"), seg))?
                    .build()
            }

            fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
                ack(&response, true)
            }
        }
    };
}

domain_action!(
    DomainLock,
    "domain/lock",
    "domain/lock",
    "Lock Domain",
    "Set the transfer lock."
);
domain_action!(
    DomainUnlock,
    "domain/unlock",
    "domain/unlock",
    "Unlock Domain",
    "Remove the transfer lock."
);

// ---------------------------------------------------------------------------------------------
// domain/update_nameservers

/// `POST /api/domain/update_nameservers/<domain>` — "Domain Actions: Update Nameservers"
/// (shapes §11).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainUpdateNameservers {
    /// The domain (a path segment).
    pub domain_name: String,
    /// The new name servers (one or more, distinct, no trailing dot needed).
    pub nameservers: Vec<String>,
}

#[derive(Serialize)]
struct NameserversBody {
    nameservers: Vec<String>,
}

impl Operation for DomainUpdateNameservers {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "domain/update_nameservers",
        "POST",
        "/api/domain/update_nameservers/{domain_name}",
        Safety::Idempotent,
        "namecom-legacy.txt Domain Actions: Update Nameservers",
        "Replace the domain's name servers.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        let body = NameserversBody {
            nameservers: nameservers(&self.nameservers, "nameservers")?,
        };
        client
            .request(
                http::Method::POST,
                &format!("domain/update_nameservers/{seg}"),
            )?
            .json(&body)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, true)
    }
}

// ---------------------------------------------------------------------------------------------
// domain/update_contacts

/// `POST /api/domain/update_contacts/<domain>` — "Domain Actions: Update Contacts" (shapes §12).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainUpdateContacts {
    /// The domain (a path segment).
    pub domain_name: String,
    /// The contacts; each fills the roles in its `type` (roles not given are left alone). One
    /// contact object is accepted too and sent as a one-element list.
    #[serde(deserialize_with = "contact_list")]
    pub contacts: Vec<ContactInput>,
}

#[derive(Serialize)]
struct ContactsBody<'a> {
    contacts: &'a [ContactInput],
}

impl Operation for DomainUpdateContacts {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "domain/update_contacts",
        "POST",
        "/api/domain/update_contacts/{domain_name}",
        Safety::Idempotent,
        "namecom-legacy.txt Domain Actions: Update Contacts",
        "Replace the contacts of the given roles.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        validate_contacts(&self.contacts, "contacts")?;
        client
            .request(http::Method::POST, &format!("domain/update_contacts/{seg}"))?
            .json(&ContactsBody {
                contacts: &self.contacts,
            })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, true)
    }
}

// ---------------------------------------------------------------------------------------------
// domain/check

/// `POST /api/domain/check` — "Domain Actions: Check Domain Availability" (shapes §13).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainCheck {
    /// The name to check, without a TLD (one label; sent in punycode).
    pub keyword: String,
    /// TLDs without a dot (`com`, `net`); sent only when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tlds: Option<Vec<String>>,
    /// Services: `availability`, `suggested`; sent only when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
}

impl DomainCheck {
    /// A check of `keyword` in `tlds`.
    pub fn new<I, S>(keyword: impl Into<String>, tlds: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        DomainCheck {
            keyword: keyword.into(),
            tlds: Some(tlds.into_iter().map(Into::into).collect()),
            services: None,
        }
    }
}

/// One name's availability.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CheckedDomain {
    /// The full name (the key it came under).
    pub domain_name: String,
    /// Whether it can be registered.
    #[serde(default, deserialize_with = "flag")]
    pub avail: bool,
    /// The TLD.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub tld: Option<String>,
    /// Price as the provider's text.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub price: Option<String>,
    /// Premium name.
    #[serde(default, deserialize_with = "flag")]
    pub premium: bool,
    /// Can be back-ordered.
    #[serde(default, deserialize_with = "flag")]
    pub backorder: bool,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The check's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DomainCheckOutput {
    /// The names asked for (keyword + each TLD), in the provider's order.
    pub domains: Vec<CheckedDomain>,
    /// Suggestions, when the `suggested` service was asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested: Option<Vec<CheckedDomain>>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Operation for DomainCheck {
    type Client = Client;
    type Output = DomainCheckOutput;
    const METADATA: Metadata = metadata(
        "domain/check",
        "POST",
        "/api/domain/check",
        Safety::Safe,
        "namecom-legacy.txt Domain Actions: Check Domain Availability",
        "Availability and prices of a keyword in several TLDs, with suggestions.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let keyword = label_to_ascii(&self.keyword, "keyword")?;
        let tlds = match &self.tlds {
            Some(list) => {
                if list.is_empty() {
                    return Err(Error::invalid_input(
                        "tlds",
                        "give at least one TLD or leave it out",
                    ));
                }
                let mut out = Vec::with_capacity(list.len());
                for (i, t) in list.iter().enumerate() {
                    let field = format!("tlds[{i}]");
                    let ascii = suffix_to_ascii(t.trim().trim_start_matches('.'), &field)?;
                    if out.contains(&ascii) {
                        return Err(Error::invalid_input(
                            field,
                            format!("{ascii:?} is repeated"),
                        ));
                    }
                    out.push(ascii);
                }
                Some(out)
            }
            None => None,
        };
        if let Some(services) = &self.services {
            if services.is_empty() {
                return Err(Error::invalid_input(
                    "services",
                    "give at least one service or leave it out",
                ));
            }
            for (i, s) in services.iter().enumerate() {
                plain_text(&format!("services[{i}]"), s)?;
                no_controls(&format!("services[{i}]"), s)?;
            }
        }
        let body = DomainCheck {
            keyword,
            tlds,
            services: self.services.clone(),
        };
        client
            .request(http::Method::POST, "domain/check")?
            .json(&body)?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<DomainCheckOutput, Error> {
        let (mut map, raw) = super::envelope::read(&response, true)?;
        let domains = keyed_entries(
            keyed(map.remove("domains"), "domains", raw)?,
            "domain_name",
            raw,
        )?;
        let suggested = match map.remove("suggested") {
            None => None,
            some => Some(keyed_entries(
                keyed(some, "suggested", raw)?,
                "domain_name",
                raw,
            )?),
        };
        Ok(DomainCheckOutput {
            domains,
            suggested,
            extra: map,
        })
    }
}
