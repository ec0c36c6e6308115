//! Registered nameserver (host / glue) actions (shapes §17–§22).

use super::Client;
use super::common::{Ack, ack, domain_segment, keyed, metadata};
use crate::domain::DomainName;
use crate::error::Error;
use crate::operation::{Metadata, Operation, Safety};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The full host name, validated, in ASCII.
fn hostname(v: &str) -> Result<String, Error> {
    Ok(DomainName::parse_field(v, "hostname")?
        .as_ascii()
        .to_owned())
}

/// One IPv4 or IPv6 address, in its canonical text form.
fn ip(v: &str) -> Result<String, Error> {
    v.trim()
        .parse::<std::net::IpAddr>()
        .map(|a| a.to_string())
        .map_err(|_| Error::invalid_input("ip", format!("{v:?} is not an IPv4 or IPv6 address")))
}

// ---------------------------------------------------------------------------------------------
// host/list

/// `GET /api/host/list/<domain>` — "Registered Nameserver Actions: List Host Records" (shapes §17).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HostList {
    /// The domain (a path segment).
    pub domain_name: String,
}

/// One registered name server and its addresses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Host {
    /// The full host name (the key it came under).
    pub hostname: String,
    /// Its IP addresses.
    pub ips: Vec<String>,
}

/// The domain's registered name servers, in the provider's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct HostListOutput {
    /// One entry per key of the provider's `hosts` object.
    pub hosts: Vec<Host>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Operation for HostList {
    type Client = Client;
    type Output = HostListOutput;
    const METADATA: Metadata = metadata(
        "host/list",
        "GET",
        "/api/host/list/{domain_name}",
        Safety::Safe,
        "namecom-legacy.txt Registered Nameserver Actions: List Host Records",
        "The name servers registered under the domain, with their IPs.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        client
            .request(http::Method::GET, &format!("host/list/{seg}"))?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<HostListOutput, Error> {
        let (mut map, raw) = super::envelope::read(&response, true)?;
        let mut hosts = Vec::new();
        for (name, v) in keyed(map.remove("hosts"), "hosts", raw)? {
            let ips = match v {
                Value::Null => Vec::new(),
                Value::String(s) => vec![s],
                Value::Array(items) => {
                    let mut ips = Vec::with_capacity(items.len());
                    for item in items {
                        match item {
                            Value::String(s) => ips.push(s),
                            other => {
                                return Err(Error::protocol(
                                    format!("host {name:?}: expected IP strings, found {other}"),
                                    raw,
                                ));
                            }
                        }
                    }
                    ips
                }
                other => {
                    return Err(Error::protocol(
                        format!("host {name:?}: expected a list of IPs, found {other}"),
                        raw,
                    ));
                }
            };
            hosts.push(Host {
                hostname: name,
                ips,
            });
        }
        Ok(HostListOutput { hosts, extra: map })
    }
}

// ---------------------------------------------------------------------------------------------
// host/sync

/// `GET /api/host/sync/<domain>` — "Registered Nameserver Actions: Sync Host Records"
/// (shapes §18).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HostSync {
    /// The domain (a path segment).
    pub domain_name: String,
}

impl Operation for HostSync {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "host/sync",
        "GET",
        "/api/host/sync/{domain_name}",
        Safety::Idempotent,
        "namecom-legacy.txt Registered Nameserver Actions: Sync Host Records",
        "Synchronise the domain's host records (the document does not say more).",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        client
            .request(http::Method::GET, &format!("host/sync/{seg}"))?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, true)
    }
}

// ---------------------------------------------------------------------------------------------
// host/create, host/add_ip, host/remove_ip: {hostname, ip}

#[derive(Serialize)]
struct HostIpBody {
    hostname: String,
    ip: String,
}

macro_rules! host_ip_action {
    ($ty:ident, $name:literal, $doc:literal, $summary:literal) => {
        #[doc = concat!("`POST /api/", $name, "/<domain>` — \"Registered Nameserver Actions: ", $doc, "\".")]
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $ty {
            /// The domain (a path segment).
            pub domain_name: String,
            /// The full host name (`ns1.example.com`).
            pub hostname: String,
            /// One IPv4 or IPv6 address.
            pub ip: String,
        }

        impl Operation for $ty {
            type Client = Client;
            type Output = Ack;
            const METADATA: Metadata = metadata(
                $name,
                "POST",
                concat!("/api/", $name, "/{domain_name}"),
                Safety::Idempotent,
                concat!("namecom-legacy.txt Registered Nameserver Actions: ", $doc),
                $summary,
                None,
            );

            fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
                let seg = domain_segment(&self.domain_name, "domain_name")?;
                let body = HostIpBody {
                    hostname: hostname(&self.hostname)?,
                    ip: ip(&self.ip)?,
                };
                client
                    .request(http::Method::POST, &format!(concat!($name, "/{}"), seg))?
                    .json(&body)?
                    .build()
            }

            fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
                ack(&response, true)
            }
        }
    };
}

host_ip_action!(
    HostCreate,
    "host/create",
    "Create Host Records",
    "Register a name server under the domain with one IP."
);
host_ip_action!(
    HostAddIp,
    "host/add_ip",
    "Add IP to Host Records",
    "Add an IP to a registered name server."
);
host_ip_action!(
    HostRemoveIp,
    "host/remove_ip",
    "Remove IP from Host Records",
    "Remove an IP from a registered name server."
);

// ---------------------------------------------------------------------------------------------
// host/delete

/// `POST /api/host/delete/<domain>` — "Registered Nameserver Actions: Delete Host Records"
/// (shapes §20).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HostDelete {
    /// The domain (a path segment).
    pub domain_name: String,
    /// The full host name.
    pub hostname: String,
}

#[derive(Serialize)]
struct HostBody {
    hostname: String,
}

impl Operation for HostDelete {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "host/delete",
        "POST",
        "/api/host/delete/{domain_name}",
        Safety::Idempotent,
        "namecom-legacy.txt Registered Nameserver Actions: Delete Host Records",
        "Remove a registered name server.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let seg = domain_segment(&self.domain_name, "domain_name")?;
        client
            .request(http::Method::POST, &format!("host/delete/{seg}"))?
            .json(&HostBody {
                hostname: hostname(&self.hostname)?,
            })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, true)
    }
}
