//! DNS actions (shapes §14–§16).

use super::Client;
use super::common::{Ack, ack, domain_segment, metadata, no_controls, plain_text, whole};
use crate::error::Error;
use crate::operation::{Metadata, Operation, Safety};
use crate::wire::types::{Id, opt_int, opt_text, text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A DNS record as the provider returns it (`dns/list` sends the numbers as strings, `dns/create`
/// as integers; both read as integers).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DnsRecord {
    /// The record's id (for `dns/delete`).
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_id: Option<i64>,
    /// The full name (`mail.example.com`; the apex is the bare domain).
    #[serde(default, deserialize_with = "text")]
    pub name: String,
    /// `A`, `AAAA`, `CNAME`, `MX`, `NS`, `TXT`, `SRV`, …
    #[serde(rename = "type", default, deserialize_with = "text")]
    pub record_type: String,
    /// The value.
    #[serde(default, deserialize_with = "text")]
    pub content: String,
    /// TTL in seconds.
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub ttl: Option<i64>,
    /// `YYYY-MM-DD HH:MM:SS`.
    #[serde(
        default,
        deserialize_with = "opt_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_date: Option<String>,
    /// Priority (MX, SRV); may be absent.
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority: Option<i64>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

// ---------------------------------------------------------------------------------------------
// dns/list

/// `GET /api/dns/list/<domain>` — "DNS Actions: List DNS Records" (shapes §14).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DnsList {
    /// The domain (a path segment).
    pub domain_name: String,
}

/// The zone's records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DnsListOutput {
    /// The records (empty for an empty zone).
    #[serde(default)]
    pub records: Vec<DnsRecord>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Operation for DnsList {
    type Client = Client;
    type Output = DnsListOutput;
    const METADATA: Metadata = metadata(
        "dns/list",
        "GET",
        "/api/dns/list/{domain_name}",
        Safety::Safe,
        "namecom-legacy.txt DNS Actions: List DNS Records",
        "The records of the domain's zone.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        client
            .request(http::Method::GET, &format!("dns/list/{seg}"))?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<DnsListOutput, Error> {
        let (mut map, raw) = super::envelope::read(&response, true)?;
        if matches!(map.get("records"), Some(Value::Null)) {
            map.remove("records");
        }
        crate::response::from_value(Value::Object(map), raw)
    }
}

// ---------------------------------------------------------------------------------------------
// dns/create

/// `POST /api/dns/create/<domain>` — "DNS Actions: Create DNS Record" (shapes §15).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DnsCreate {
    /// The domain (a path segment).
    pub domain_name: String,
    /// The name relative to the zone (`www`, `mail`; the apex as `""` or `"."`, passed through).
    pub hostname: String,
    /// The record type (`A`, `MX`, …).
    #[serde(rename = "type")]
    pub record_type: String,
    /// The value (CNAME/MX/NS targets without a trailing dot, TXT unquoted).
    pub content: String,
    /// TTL in seconds (sent as an integer; numeric strings accepted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<Id>,
    /// Priority (sent as an integer; numeric strings accepted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Id>,
}

#[derive(Serialize)]
struct DnsCreateBody<'a> {
    hostname: &'a str,
    #[serde(rename = "type")]
    record_type: &'a str,
    content: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    ttl: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    priority: Option<i64>,
}

fn non_negative(field: &str, v: &Option<Id>) -> Result<Option<i64>, Error> {
    match v {
        None => Ok(None),
        Some(id) => {
            let n = whole(field, &Value::String(id.as_str().to_owned()))?;
            if n < 0 || n > i64::from(u32::MAX) {
                return Err(Error::invalid_input(field, format!("{n} is out of range")));
            }
            Ok(Some(n))
        }
    }
}

impl Operation for DnsCreate {
    type Client = Client;
    type Output = DnsRecord;
    const METADATA: Metadata = metadata(
        "dns/create",
        "POST",
        "/api/dns/create/{domain_name}",
        Safety::Unsafe,
        "namecom-legacy.txt DNS Actions: Create DNS Record",
        "Add a record to the domain's zone (there is no update: delete and re-create).",
        Some("dns/list"),
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        no_controls("hostname", &self.hostname)?;
        if self.hostname.contains(' ') {
            return Err(Error::invalid_input("hostname", "must not contain spaces"));
        }
        plain_text("type", &self.record_type)?;
        if !self.record_type.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Error::invalid_input(
                "type",
                format!("{:?} is not a record type", self.record_type),
            ));
        }
        plain_text("content", &self.content)?;
        let ttl = non_negative("ttl", &self.ttl)?;
        let priority = non_negative("priority", &self.priority)?;
        client
            .request(http::Method::POST, &format!("dns/create/{seg}"))?
            .json(&DnsCreateBody {
                hostname: &self.hostname,
                record_type: &self.record_type,
                content: &self.content,
                ttl,
                priority,
            })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<DnsRecord, Error> {
        super::common::data(&response, false)
    }
}

// ---------------------------------------------------------------------------------------------
// dns/delete

/// `POST /api/dns/delete/<domain>` — "DNS Actions: Delete DNS Record" (shapes §16).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DnsDelete {
    /// The domain (a path segment).
    pub domain_name: String,
    /// The record's id from `dns/list` or `dns/create` (sent as an integer).
    pub record_id: Id,
}

#[derive(Serialize)]
struct DnsDeleteBody {
    record_id: i64,
}

impl Operation for DnsDelete {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "dns/delete",
        "POST",
        "/api/dns/delete/{domain_name}",
        Safety::Idempotent,
        "namecom-legacy.txt DNS Actions: Delete DNS Record",
        "Remove a record from the domain's zone.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        let record_id = whole(
            "record_id",
            &Value::String(self.record_id.as_str().to_owned()),
        )?;
        if record_id <= 0 {
            return Err(Error::invalid_input(
                "record_id",
                "must be a positive number",
            ));
        }
        client
            .request(http::Method::POST, &format!("dns/delete/{seg}"))?
            .json(&DnsDeleteBody { record_id })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, true)
    }
}
