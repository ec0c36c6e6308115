//! Name.com legacy API ("API V2", 2011) — `../shared/provider-docs/namecom-legacy.txt` for the
//! endpoint list, authentication and response codes, `../shared/provider-docs/namecom-legacy-shapes.md`
//! for the request and response bodies (each fact there carries its source; what it marks `GUESS` is
//! accepted when it arrives but never sent unless a documented example sends it).
//!
//! # Transport
//!
//! - Hosts: live `https://api.name.com`, test (OT&E) `https://api.dev.name.com` (shapes §1 "Hosts
//!   and paths"). The configuration's `endpoint` is `"live"`, `"test"` or an absolute base URL (a
//!   sandbox); every path is `/api/<group>/<action>[/<domainName>]` under it.
//! - Credentials are HTTP headers ("Authentication"): either `Api-Username` + `Api-Token` on every
//!   request, or `Api-Session-Token` with the token that `POST /api/login` returned. `login` and
//!   `hello` are exempt and are sent without credentials.
//! - POST bodies are compact JSON with `Content-Type: application/json` (the type the clients `FOTO`, `ACME` and
//!   `KOK` of the shapes document send); GET requests and the body-less POSTs (`domain/lock`, `domain/unlock`) have no body.
//! - The domain is a path segment, never in the body (shapes §1). It is validated (IDNA to
//!   punycode) and percent-encoded as one segment.
//! - Responses are JSON whatever the `Content-Type` says (the service labels it `text/html`).
//!
//! # Client configuration
//!
//! `{"username": "…", "api_token": "…", "endpoint": "test"|"live"|URL}` or
//! `{"session_token": "…", "endpoint": …}`. `endpoint` is required (no silent default between the
//! live and the test system). A session is a value the caller holds: run `login`, take
//! `session_token` from its output and build [`Client::with_session`] (or let [`SessionFlow`] run
//! login → calls → logout one request at a time). `logout` needs a session client.
//! A configuration with both a session token and username + API token is refused: some clients
//! send all three headers (`RB` and `WUB` in the shapes document), but one way is enough and mixing
//! them would leave it unclear which identity the server uses. An HTTP error page without the
//! envelope is read by its status (5xx `provider_down`, 401/403 `auth`, else `protocol`; an unknown
//! path gave HTTP 404 in the shapes document's sources).
//!
//! # Operations (all 22 of the checklist)
//!
//! | operation | method | path | body | result |
//! |---|---|---|---|---|
//! | `hello` | GET | `/api/hello` | — | service, server_date, version, language, client_ip |
//! | `login` | POST | `/api/login` | `username`, `api_token` | `session_token` |
//! | `logout` | GET | `/api/logout` | — | ack |
//! | `account/get` | GET | `/api/account/get` | — | username, dates, `domain_count`, `account_credit`, contacts |
//! | `order` | POST | `/api/order` | `items` | one result per item |
//! | `domain/create` | POST | `/api/domain/create` | `domain_name`, `period`, `nameservers`?, `contacts`?, `username`? | ack |
//! | `domain/get` | GET | `/api/domain/get/<domain>` | — | the domain |
//! | `domain/list` | GET | `/api/domain/list[/<username>]` | — | `domains` keyed by name |
//! | `domain/lock` | POST | `/api/domain/lock/<domain>` | — | ack |
//! | `domain/unlock` | POST | `/api/domain/unlock/<domain>` | — | ack |
//! | `domain/update_nameservers` | POST | `/api/domain/update_nameservers/<domain>` | `nameservers` | ack |
//! | `domain/update_contacts` | POST | `/api/domain/update_contacts/<domain>` | `contacts` | ack |
//! | `domain/check` | POST | `/api/domain/check` | `keyword`, `tlds`?, `services`? | `domains` (and `suggested`) keyed by name |
//! | `dns/list` | GET | `/api/dns/list/<domain>` | — | `records` |
//! | `dns/create` | POST | `/api/dns/create/<domain>` | `hostname`, `type`, `content`, `ttl`?, `priority`? | the record |
//! | `dns/delete` | POST | `/api/dns/delete/<domain>` | `record_id` | ack |
//! | `host/list` | GET | `/api/host/list/<domain>` | — | `hosts` keyed by host name |
//! | `host/sync` | GET | `/api/host/sync/<domain>` | — | ack |
//! | `host/create` | POST | `/api/host/create/<domain>` | `hostname`, `ip` | ack |
//! | `host/delete` | POST | `/api/host/delete/<domain>` | `hostname` | ack |
//! | `host/add_ip` | POST | `/api/host/add_ip/<domain>` | `hostname`, `ip` | ack |
//! | `host/remove_ip` | POST | `/api/host/remove_ip/<domain>` | `hostname`, `ip` | ack |
//!
//! In the generic path the domain of a `/<domain>` path is the parameter `domain_name` (the
//! vendor's own name for a domain everywhere in its bodies); `domain/list`'s optional segment is
//! `username`.
//!
//! # Rules
//!
//! - Envelope (shapes §1): `{"result": {"code": 100, "message": "Command Successful"}, …}` with the
//!   command's data at the top level next to `result`. Any code but 100 is an error; the code (sent
//!   as an integer, a numeric string is accepted) and the message are kept verbatim as
//!   `provider_code` / `provider_message`. Kinds ("Response Codes and Messages"): 203 Required
//!   Parameter Missing and 204 Parameter Value Error → `invalid_input` (a 204 whose detail says the
//!   domain "Is Not Available" → `unavailable`); 211 Invalid Command URL → `unsupported`; 221
//!   Authorization Error and 251 Authentication Error → `auth`; 240 Command Failed → `rejected`; 250
//!   Unexpected Error (Exception) → `provider_down` (retryable only for operations that are safe to
//!   repeat); 260 Insufficient Funds and 261 Unable to Authorize Funds → `insufficient_funds`; any
//!   other code → `rejected`. A missing or malformed `result` is a `protocol` error.
//! - Numbers that arrive as strings (`domain_count`, `record_id`, `ttl`, `priority`, `duration`)
//!   or as integers are both read as integers; money (`account_credit`, every `price`) is kept as
//!   the provider's text (`"9.99"`; an integer arrives as `"10"`). Booleans (`locked`, `avail`,
//!   `premium`, `backorder`, `success`, `enabled`) also accept `0`/`1`.
//! - `domains` (domain/list, domain/check, `suggested`) and `hosts` (host/list) are JSON objects
//!   keyed by name; an empty `[]` (a PHP empty map) is accepted too (and for an entry's
//!   `whois_privacy`, `addons`). They come out as lists in the
//!   provider's order, each entry carrying its key as `domain_name` / `hostname`.
//! - Contacts (shapes §1 "Data conventions"): `type` is a list of roles from `registrant`,
//!   `administrative`, `technical`, `billing` (at least one, no repeats; across the contacts of one
//!   request a role appears at most once); every value is a string (numbers such as a `zip` given as
//!   a number are sent as text); optional fields travel as `""`, never absent. We require
//!   `first_name`, `last_name`, `address_1`, `city`, `country` (two letters, ISO 3166-1), `phone`
//!   and `email`; `phone` and a non-empty `fax` must be in the documented `+1.3035555555` form.
//!   `contacts` is sent as a list, as every documented example sends it; one contact object (what
//!   the clients `FOTO` and `WUB` send) is accepted and sent as a one-element list. In answers,
//!   `contacts` as `null` or `{}` reads as none.
//! - `order` (shapes §6, "Process Order"): 1 or more items; `order_type` is one of `domain/create`,
//!   `domain/renew`, `whois_privacy/create`, `whois_privacy/renew`, `backorder/create`; every type
//!   but `backorder/create` needs `period` (whole years, 1–10, sent as an integer); `nameservers` and
//!   `contacts` only with `domain/create`; the `whois_privacy` flag (`1`/`true`; `0`/`false` sends
//!   nothing) only with `domain/create` and `domain/renew`. The document forbids sending the
//!   `whois_privacy` flag AND a separate `whois_privacy/create` or `whois_privacy/renew` item for the
//!   same domain ("One will fail if both are specified"): such an order is refused before it is
//!   sent.
//! - Order results (shapes §6): the top-level code is 100 even when items fail; each entry of
//!   `results` is one item, `success: false` with its `information` messages is that item's error.
//!   The output lists every entry with `ok` and, for a failure, `error` {`kind`, `message`,
//!   `code`} (the code is read from the message's documented prefix, e.g. "Parameter Value Error -
//!   …" → 204), and `all_succeeded` is false when any item failed. The response spells renewals
//!   `domain/renewal` and `whois_privacy/renewal`; they map back to the request's `…/renew` (the
//!   spelling received is kept as `provider_order_type`). The backorder entry's `period` is read as
//!   the `duration` the other entries have. An entry that is not a readable item is that item's
//!   `protocol` error (kept whole as `raw_item`); the other items' outcomes stand.
//! - `domain/create` (shapes §7): the document says `order` can replace it. The TLDs ASIA, CA, DE,
//!   EU, JOBS, NL, PRO, US, TEL and TRAVEL have extra requirements on a page the document refers to
//!   but which was never found; we send what the example sends and leave the verdict to the server.
//!   `username` (the sub-account, from Name.com's PHP client and the Ruby gem) is sent only when
//!   given.
//! - `domain/lock` / `domain/unlock`: the document says POST (its own PHP client used GET); we send
//!   POST without a body.
//! - `domain/update_nameservers`: one or more distinct host names, without a trailing dot (the
//!   maximum is not documented).
//! - `domain/check` (shapes §13): `keyword` is one label (sent in punycode); `tlds` without dots (a
//!   leading dot is dropped); `services` documented values are `availability` and `suggested`
//!   (other words are passed through). `tlds` and `services` are sent only when given.
//! - `dns/create` (shapes §15): `hostname` is relative to the zone (the apex is `""`, some clients
//!   send `"."`; both are passed through); `ttl` and `priority` go out as integers as in the
//!   example (numeric strings accepted) and only when given. `dns/delete` sends `record_id` as an
//!   integer.
//! - `host/*` (shapes §17–§22): `hostname` is the full host name; `ip` is one IPv4 or IPv6 address.
//! - Dates are `YYYY-MM-DD HH:MM:SS` without zone; kept as the provider's text.
//! - Unknown members of any response are kept (`extra`), unknown parameters are refused.

mod common;
mod dns;
mod domains;
mod envelope;
mod general;
mod hosts;
mod order;
mod session;

pub use common::{Ack, Addon, Contact, ContactInput, WhoisPrivacy};
pub use dns::*;
pub use domains::*;
pub use envelope::kind_for_code;
pub use general::*;
pub use hosts::*;
pub use order::*;
pub use session::{SessionFlow, SessionReport, Step};

use crate::catalog::{Entry, entry};
use crate::error::Error;
use crate::secret::Secret;
use crate::wire::request::RequestBuilder;
use serde::Deserialize;

/// The live host.
pub const LIVE_BASE_URL: &str = "https://api.name.com";
/// The test (OT&E) host.
pub const TEST_BASE_URL: &str = "https://api.dev.name.com";

/// How a client proves who it is.
#[derive(Clone, Debug)]
enum Credentials {
    /// `Api-Username` + `Api-Token` on every request.
    Token { username: String, api_token: Secret },
    /// `Api-Session-Token` from `login`.
    Session { session_token: Secret },
}

/// Endpoint and credentials.
#[derive(Clone, Debug)]
pub struct Client {
    base_url: String,
    credentials: Credentials,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    api_token: Option<Secret>,
    #[serde(default)]
    session_token: Option<Secret>,
    endpoint: String,
}

/// `"live"`, `"test"` or a base URL.
fn resolve_endpoint(endpoint: &str) -> Result<String, Error> {
    match endpoint {
        "live" => Ok(LIVE_BASE_URL.to_owned()),
        "test" => Ok(TEST_BASE_URL.to_owned()),
        url => {
            crate::wire::request::check_base_url(url, "endpoint")?;
            Ok(url.trim_end_matches('/').to_owned())
        }
    }
}

fn check_header_value(field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        return Err(Error::invalid_input(field, "must not be empty"));
    }
    if value.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return Err(Error::invalid_input(
            field,
            "must not contain control characters",
        ));
    }
    Ok(())
}

impl Client {
    /// A client that sends `Api-Username` + `Api-Token` on every request to `endpoint`
    /// (`"live"`, `"test"` or a base URL).
    pub fn new(
        username: impl Into<String>,
        api_token: impl Into<String>,
        endpoint: &str,
    ) -> Result<Self, Error> {
        let username = username.into();
        let api_token = Secret::new(api_token.into());
        check_header_value("username", &username)?;
        check_header_value("api_token", api_token.expose())?;
        Ok(Client {
            base_url: resolve_endpoint(endpoint)?,
            credentials: Credentials::Token {
                username,
                api_token,
            },
        })
    }

    /// A client that sends `Api-Session-Token` (the `session_token` of a `login` answer).
    pub fn with_session_token(
        session_token: impl Into<String>,
        endpoint: &str,
    ) -> Result<Self, Error> {
        let token = Secret::new(session_token.into());
        check_header_value("session_token", token.expose())?;
        Ok(Client {
            base_url: resolve_endpoint(endpoint)?,
            credentials: Credentials::Session {
                session_token: token,
            },
        })
    }

    /// The same endpoint, signing with the session `session_token` from now on (after `login`).
    pub fn with_session(&self, session_token: impl Into<String>) -> Result<Self, Error> {
        let token = Secret::new(session_token.into());
        check_header_value("session_token", token.expose())?;
        Ok(Client {
            base_url: self.base_url.clone(),
            credentials: Credentials::Session {
                session_token: token,
            },
        })
    }

    /// The client from its JSON configuration (see the module documentation).
    pub fn from_config(config: &serde_json::Value) -> Result<Self, Error> {
        let c: Config = serde_json::from_value(config.clone())
            .map_err(|e| Error::invalid_input("config", e))?;
        match (c.username, c.api_token, c.session_token) {
            (Some(u), Some(t), None) => Client::new(u, t.expose().clone(), &c.endpoint),
            (None, None, Some(s)) => Client::with_session_token(s.expose().clone(), &c.endpoint),
            (Some(_), None, None) => Err(Error::invalid_input(
                "api_token",
                "is required with username",
            )),
            (None, Some(_), None) => Err(Error::invalid_input(
                "username",
                "is required with api_token",
            )),
            (None, None, None) => Err(Error::invalid_input(
                "config",
                "give username + api_token, or session_token",
            )),
            _ => Err(Error::invalid_input(
                "config",
                "give either username + api_token or session_token, not both",
            )),
        }
    }

    /// The base URL requests go to (without `/api`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Whether the client signs with a session token.
    pub fn has_session(&self) -> bool {
        matches!(self.credentials, Credentials::Session { .. })
    }

    /// The configured username and API token, for `login` (`None` on a session client).
    pub(crate) fn token_credentials(&self) -> Option<(&str, &Secret)> {
        match &self.credentials {
            Credentials::Token {
                username,
                api_token,
            } => Some((username, api_token)),
            Credentials::Session { .. } => None,
        }
    }

    /// `method /api/<path>` without credentials (`login`, `hello`).
    pub(crate) fn anonymous(&self, method: http::Method, path: &str) -> RequestBuilder {
        RequestBuilder::new(method, &self.base_url, &format!("api/{path}"))
    }

    /// `method /api/<path>` with the credentials headers.
    pub(crate) fn request(
        &self,
        method: http::Method,
        path: &str,
    ) -> Result<RequestBuilder, Error> {
        let b = self.anonymous(method, path);
        match &self.credentials {
            Credentials::Token {
                username,
                api_token,
            } => b
                .header("api-username", username)?
                .secret_header("api-token", api_token.expose()),
            Credentials::Session { session_token } => {
                b.secret_header("api-session-token", session_token.expose())
            }
        }
    }
}

/// Every operation of the checklist is implemented.
pub const COMPLETE: bool = true;

/// Every Name.com operation, in the document's order.
pub static OPERATIONS: &[Entry<Client>] = &[
    entry::<Login>(),
    entry::<Logout>(),
    entry::<Hello>(),
    entry::<AccountGet>(),
    entry::<Order>(),
    entry::<DomainCreate>(),
    entry::<DomainGet>(),
    entry::<DomainList>(),
    entry::<DomainLock>(),
    entry::<DomainUnlock>(),
    entry::<DomainUpdateNameservers>(),
    entry::<DomainUpdateContacts>(),
    entry::<DomainCheck>(),
    entry::<DnsList>(),
    entry::<DnsCreate>(),
    entry::<DnsDelete>(),
    entry::<HostList>(),
    entry::<HostSync>(),
    entry::<HostCreate>(),
    entry::<HostDelete>(),
    entry::<HostAddIp>(),
    entry::<HostRemoveIp>(),
];
