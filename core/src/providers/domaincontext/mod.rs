//! DomainContext / AHnames reseller API (HiAPI) — `../shared/provider-docs/domaincontext.txt`,
//! published at <https://domaincontext.com/en/pages/api/index>; response shapes from
//! `domaincontext-responses.md` (the open-source HiAPI/HiPanel stack).
//!
//! # Transport
//!
//! - Hosts: demo `https://demo-api.domaincontext.com`, live `https://api.domaincontext.com`, or any
//!   base URL (`endpoint: "demo" | "live" | URL`). Each command is a path: `<host>/<command>`.
//! - "Request data are transferred via GET or POST variables." POST is the default
//!   (`method: "POST"`): every variable goes in an `application/x-www-form-urlencoded` body, so the
//!   credentials stay out of URLs and access logs. `method: "GET"` puts the same text in the query
//!   string, exactly as the document's example URLs show it.
//! - `auth_login` and `auth_password` come first on every request (the password is masked in every
//!   redacted rendering; the login is a user name, not a secret).
//! - Results are JSON, not wrapped in an envelope.
//!
//! # Encoding
//!
//! - Plain arguments: `name=value`, every value percent-encoded (RFC 3986 unreserved bytes stay), so
//!   no `&`, `=`, `+`, `#`, `[`, `]`, `,`, space or line break in a value can add a pair, a key or a
//!   level.
//! - Comma lists (`domains`, `ids`, `nss`, `refs`, `labels`, and the undefined `ips`, `emails`,
//!   `hdomains`, `servers`): a JSON array, or one string in the document's notation
//!   (`"test.com, adfwer234asdf.net"`, split at its commas), written
//!   `domains=test.com,adfwer234asdf.net` — a literal comma between elements, each element trimmed
//!   and escaped; an element of an array that holds a comma is refused.
//! - Bulk ("array of") commands: `0[domain]=a.com&1[domain]=b.net` (§2.3). Give a JSON list (keys
//!   `0`, `1`, …) or an object with your own keys; the response is keyed by the same keys. Keys (and
//!   DNS record keys, `confirm_data` keys) may hold only `[A-Za-z0-9_-]` and not start with `_`: PHP
//!   decodes a key before splitting it at brackets, so a bracket in a key cannot be escaped. Nor may
//!   a key be `auth_login` or `auth_password`: `auth_password[domain]=…` would replace the
//!   credential with an array on the server.
//! - DNS records (§2.8): `domainsSetDNS` is keyed by domain id, then record key:
//!   `5504202[1][type]=a&5504202[1][value]=…`. `domainSetDNS` takes the records at the top level
//!   (`1[type]=a…`) with `id`/`domain` naming the domain (our reading: the document lists only the
//!   records; the bulk form keys them by domain id). `hdomainSetDNS` likewise with `id`.
//! - `confirm_data` ("array of data from message"): an object sent as `confirm_data[key]=value`.
//!
//! # Argument types (the document's type table), checked before sending
//!
//! - `*`: required — "not empty, not zero, not a blank line and not an empty list" (the text `"0"`
//!   counts as zero: the server's PHP `empty()` reads it so).
//! - `id`: an integer more than zero (number or numeric string). `ids`: a list of them.
//! - `domain` / `domains` / `ns` / `nss`: domain names (IDNA-checked, sent as written).
//! - `eid`: Latin letters, digits, `_ . : -`. `ref`: Latin letters, digits, `_` (and `-`, which the
//!   server's `RefValidator` accepts; responses doc §3). `refs`: a list of refs.
//! - `password`: at most 64 symbols, no `\n`/`\r`. `period`: 1–10. `date`/`expires`: ISO
//!   `YYYY-MM-DD`, a real date.
//! - `label`: no line breaks. `labels`: a list of labels. `dnsName`: empty, `*`, `@`, or at most 100
//!   symbols in at most 4 dot-separated parts of 1–61 `[A-Za-z0-9_-]`, `-` neither first nor last.
//! - Types the document names but does not define are checked only as far as is safe: `client`,
//!   `pincode`, `phone`, `url`, `coupon`, `server` as labels; `email` one address; `ips` IP
//!   addresses; `text` (a CSR) may hold line breaks; `bool`/`boolean` sent `1`/`0`.
//! - Values the document enumerates: `serverBuy` `cluster_id` 1 (Netherlands, Amsterdam) or 2 (USA,
//!   Ashburn); `serverBootLive` `osimage` `freebsdx64.live` or `gentoox64.live`;
//!   `tariffsGetAvailable` `type` `domain`/`ovds`/`svds`; `osimagesSearch` `type` `svds`/`ovds`;
//!   `contactCreate`/`clientCreate` `type` `person`/`organization`; DNS record `status`
//!   `ok`/`new`/`deleted`; `certificateChangeValidation` `dcv_method` `dns`/`http`/`https`/`email`.
//! - "A name or ID of a domain" (§2.4): commands with both `domain` and `id` (and `id`/`host`,
//!   `id`/`server`) need at least one of them.
//!
//! # Where the documents disagree or are silent (our decisions)
//!
//! - §2.9 `serverBuy` sends `os=centos`; the table lists `osimage` (required) and no `os`. Both are
//!   accepted, sent under the name given, and either satisfies the `*`. The example's argument order
//!   (`tariff, os, panel, cluster_id, …`) is the row's order.
//! - §2.9 writes `tariff=XENSSD%20VDS%204%20100+` and `callback_url=http:\/\/my.domain.com\/…`. We
//!   read the tariff as `XENSSD VDS 4 100+` (spaces escaped, the `+` part of the name: a literal `+`
//!   would decode to a space) and the URL without the JSON escaping `\/`; both travel fully escaped.
//! - Table typos followed by intent: `serverGetList` is "array of serverGetList" (element:
//!   `serversGetList`); `certificatesGetData` is "array of certificatesGetData" (element:
//!   `certificateGetData`); a second `certificateChangeValidation` row ("array of
//!   certificatesRevalidate") is not in the checklist and not implemented; `clientCheck`'s
//!   `passwrod` type is `password`. `domainTransfer`'s description repeats "Check data…".
//! - `domainsGetWPContacts`, `domainsGetContactsInfo` and `domainsGetWPContactsInfo` are "array of
//!   domainGetContacts" in the table: their elements are `domainGetContacts` arguments.
//! - `clientCreate` takes "all the fields from contactCreate", with their `*` marks.
//!
//! # Results
//!
//! - Acceptable: the scalar `true`, an object or an array without `_error`. Blank, `false`, `null`,
//!   strings and numbers are errors ("any other result including the blank is an error"), except
//!   that the search commands with a `count` argument (`domainsSearch`, `hostsSearch`,
//!   `contactsSearch`) return the total as a bare number with `count=1` (responses doc §3).
//! - `_error` in the top-level object → an error: `provider_code` is the `_error` text verbatim (the
//!   API has no codes; its lower-case messages are its identifiers), `provider_message` the same text
//!   with `{placeholders}` filled from `_error_ops`, `details` every other member (`_error_ops`, data
//!   beside the error such as `{"0":{"wait":100}}`). The kind comes from the words (see
//!   [`classify`]): `not enough money` → insufficient funds, `wrong pincode`/`invalid_token` → auth,
//!   `not_allowed_ip` → IP not allowed, `… wait …` → pending (retryable only for commands safe to
//!   repeat), `already exists`, `not available`, `not found`, …; anything else → rejected.
//! - A non-2xx status without `_error` is a transport or server failure (HiAPI answers errors with
//!   200): 401/403 auth, 429 rate limited, 5xx provider down, others protocol.
//! - Bulk commands: one result per element, keyed by what was sent (a JSON array answer is keyed
//!   `0..n-1`). A top-level `_error` ("partially failed (1/2): …", "completely failed …", "not
//!   enough money") or any element with `_error` (or not acceptable) makes the call an error whose
//!   `details` hold `succeeded` and `failed` maps by key — a partly done bulk call is never reported
//!   as success, and is never marked retryable when some element succeeded.
//! - `domainsCheck`: `{"<domain as sent>": true | false | null}` (API `1`/`0`; `null` = that check
//!   failed). A top-level `_error` is an error whose details keep the per-domain values.
//! - Typed results (confirmed fields only, everything else kept in `extra`): `domainRegister`
//!   (`id`, `password`), `domainGetInfo` (`id`, `domain`, `expires`, `state`), `domainGetNSs`
//!   (`id`, `domain`, `nameservers`), `domainGetPassword` (`password`), `clientGetBalance`
//!   (`balance`), and `id` for `domainSetNSs`, lock and WHOIS protection, `contactCreate`,
//!   `hostCreate`, `certificatePurchase`. Every other command returns the JSON as sent. An
//!   acceptable result a typed command cannot read (`[]`, a list, an object whose typed member is
//!   not text) is returned as sent ([`Reply::Other`]), never as an error: the command succeeded.
//!
//! # Operational facts (metadata)
//!
//! - "Sometimes the operation can take up to 10 minutes … set 10 minutes timeout for the API
//!   response": `domainRegister` and `domainsRegister` carry `timeout_secs: 600` and the sentence as
//!   a note (the document says it for these two explicitly and for the API in general).
//! - "API is not intended to catch the dropping domains. The restrictions on the number of ENQs are
//!   introduced. Non-observance will result in a ban." — a note on `domainsCheck`. No number is
//!   published.
//! - Safety: reads are `safe`; set/enable/disable/update/delete are `idempotent`; register,
//!   transfer, renew, push, purchase, issue, buy, resetup, reboot/reset and password regeneration are
//!   `unsafe` and name the read that confirms the outcome. So are the DNS setters (`domainSetDNS`,
//!   `hdomainSetDNS` and their bulk forms): a record sent with `status=new` is created again when
//!   the call is repeated; `domainGetDNS` / `hdomainGetDNS` confirm.
//!
//! # Operations (138)
//!
//! One row per command in [`commands`]; every command of the document's table, in its order:
//! domains (`domainsCheck`, `domainsSearch`, `domainRegister`, check transfer, transfer,
//! approve/reject pre-incoming, name servers, notes, `domainRenew`, passwords, info, contacts and
//! WHOIS-protected contacts, set contacts, autorenewal, WHOIS protect, lock, DNS, push), `hdomain`
//! DNS, hosts, contacts, clients, tariffs, servers, OS images and certificates, singular and bulk
//! forms; "same as" commands share their target's code.

#[macro_use]
mod macros;
pub mod args;
pub mod commands;
pub mod outputs;
pub mod reply;

pub use commands::*;
pub use outputs::{
    Answer, Availability, Balance, Bulk, DomainInfo, DomainPassword, NameServers, Registered,
    Reply, WithId,
};
pub use reply::classify;

use crate::catalog::{Entry, entry};
use crate::error::Error;
use crate::secret::Secret;
use crate::wire::form::escape_into;
use crate::wire::request::RequestBuilder;
use serde::Deserialize;

/// The demo (test) host.
pub const DEMO_URL: &str = "https://demo-api.domaincontext.com";
/// The live host.
pub const LIVE_URL: &str = "https://api.domaincontext.com";

/// How the variables travel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Method {
    /// In a form body (the default; credentials stay out of URLs).
    #[default]
    Post,
    /// In the query string, as the document's example URLs show them.
    Get,
}

/// Endpoint and credentials.
#[derive(Clone, Debug)]
pub struct Client {
    auth_login: String,
    auth_password: Secret,
    base_url: String,
    method: Method,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    auth_login: String,
    auth_password: Secret,
    endpoint: String,
    #[serde(default)]
    method: Option<String>,
}

impl Client {
    /// A client for `base_url` (use [`DEMO_URL`] or [`LIVE_URL`]) sending POST.
    pub fn new(
        auth_login: impl Into<String>,
        auth_password: impl Into<String>,
        base_url: impl Into<String>,
    ) -> Self {
        Client {
            auth_login: auth_login.into(),
            auth_password: Secret::new(auth_password.into()),
            base_url: base_url.into(),
            method: Method::Post,
        }
    }

    /// The same client sending the variables with `method`.
    pub fn with_method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }

    /// The client from its JSON configuration: `{"auth_login", "auth_password", "endpoint":
    /// "demo" | "live" | URL, "method"?: "POST" | "GET"}`.
    pub fn from_config(config: &serde_json::Value) -> Result<Self, Error> {
        let c: Config = serde_json::from_value(config.clone())
            .map_err(|e| Error::invalid_input("config", e))?;
        let base_url = match c.endpoint.as_str() {
            "demo" => DEMO_URL.to_owned(),
            "live" => LIVE_URL.to_owned(),
            url => {
                crate::wire::request::check_base_url(url, "endpoint")?;
                url.to_owned()
            }
        };
        let method = match c.method.as_deref() {
            None | Some("POST") => Method::Post,
            Some("GET") => Method::Get,
            Some(other) => {
                return Err(Error::invalid_input(
                    "method",
                    format!("{other:?} is not \"POST\" or \"GET\""),
                ));
            }
        };
        let client = Client {
            auth_login: c.auth_login,
            auth_password: c.auth_password,
            base_url,
            method,
        };
        client.check_credentials()?;
        Ok(client)
    }

    fn check_credentials(&self) -> Result<(), Error> {
        if self.auth_login.trim().is_empty() {
            return Err(Error::invalid_input("auth_login", "must not be empty"));
        }
        if self.auth_login.contains(['\n', '\r']) {
            return Err(Error::invalid_input(
                "auth_login",
                "must not contain line breaks",
            ));
        }
        if self.auth_password.expose().is_empty() {
            return Err(Error::invalid_input("auth_password", "must not be empty"));
        }
        Ok(())
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// How the variables travel.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The request for `command` with the credentials first, then `form`.
    pub(crate) fn request(
        &self,
        command: &str,
        form: &args::Form,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        self.check_credentials()?;
        let mut text = String::from("auth_login=");
        escape_into(&self.auth_login, &mut text);
        text.push_str("&auth_password=");
        escape_into(self.auth_password.expose(), &mut text);
        if !form.is_empty() {
            text.push('&');
            text.push_str(&form.encode());
        }
        match self.method {
            Method::Post => RequestBuilder::new(http::Method::POST, &self.base_url, command)
                .form(text)
                .build(),
            Method::Get => RequestBuilder::new(http::Method::GET, &self.base_url, command)
                .raw_query(&text)
                .build(),
        }
    }
}

/// Every operation of the document is implemented.
pub const COMPLETE: bool = true;

/// Every DomainContext command, in the checklist's order (the document's order of first mention).
pub static OPERATIONS: &[Entry<Client>] = &[
    entry::<DomainsCheck>(),
    entry::<DomainRegister>(),
    entry::<DomainsRegister>(),
    entry::<DomainGetInfo>(),
    entry::<DomainsGetInfo>(),
    entry::<DomainSetNote>(),
    entry::<DomainsSetNote>(),
    entry::<DomainsSetDNS>(),
    entry::<ServerBuy>(),
    entry::<DomainsSearch>(),
    entry::<DomainCheckTransfer>(),
    entry::<DomainsCheckTransfer>(),
    entry::<DomainTransfer>(),
    entry::<DomainsTransfer>(),
    entry::<DomainApprovePreincoming>(),
    entry::<DomainsRejectPreincoming>(),
    entry::<DomainGetNSs>(),
    entry::<DomainsGetNSs>(),
    entry::<DomainSetNSs>(),
    entry::<DomainsSetNSs>(),
    entry::<DomainGetNote>(),
    entry::<DomainsGetNote>(),
    entry::<DomainRenew>(),
    entry::<DomainGetPassword>(),
    entry::<DomainsGetPassword>(),
    entry::<DomainRegenPassword>(),
    entry::<DomainsRegenPassword>(),
    entry::<DomainGetContacts>(),
    entry::<DomainGetWPContacts>(),
    entry::<DomainGetContactsInfo>(),
    entry::<DomainGetWPContactsInfo>(),
    entry::<DomainsGetContacts>(),
    entry::<DomainsGetWPContacts>(),
    entry::<DomainsGetContactsInfo>(),
    entry::<DomainsGetWPContactsInfo>(),
    entry::<DomainSetContacts>(),
    entry::<DomainsSetContacts>(),
    entry::<DomainEnableAutorenewal>(),
    entry::<DomainDisableAutorenewal>(),
    entry::<DomainsEnableAutorenewal>(),
    entry::<DomainsDisableAutorenewal>(),
    entry::<DomainEnableWhoisProtect>(),
    entry::<DomainDisableWhoisProtect>(),
    entry::<DomainsEnableWhoisProtect>(),
    entry::<DomainsDisableWhoisProtect>(),
    entry::<DomainEnableLock>(),
    entry::<DomainDisableLock>(),
    entry::<DomainsEnableLock>(),
    entry::<DomainsDisableLock>(),
    entry::<DomainGetDNS>(),
    entry::<DomainsGetDNS>(),
    entry::<DomainSetDNS>(),
    entry::<DomainPush>(),
    entry::<DomainsPush>(),
    entry::<HdomainGetDNS>(),
    entry::<HdomainsGetDNS>(),
    entry::<HdomainSetDNS>(),
    entry::<HdomainsSetDNS>(),
    entry::<HostsSearch>(),
    entry::<HostGetInfo>(),
    entry::<HostsGetInfo>(),
    entry::<HostCreate>(),
    entry::<HostsCreate>(),
    entry::<HostUpdate>(),
    entry::<HostsUpdate>(),
    entry::<HostDelete>(),
    entry::<HostsDelete>(),
    entry::<ContactsSearch>(),
    entry::<ContactGetInfo>(),
    entry::<ContactsGetInfo>(),
    entry::<ContactCreate>(),
    entry::<ContactsCreate>(),
    entry::<ContactUpdate>(),
    entry::<ContactsUpdate>(),
    entry::<ContactDelete>(),
    entry::<ContactsDelete>(),
    entry::<ClientCheck>(),
    entry::<ClientCreate>(),
    entry::<ClientGetBalance>(),
    entry::<ClientGetPrices>(),
    entry::<ClientsGetPrices>(),
    entry::<TariffsGetAvailable>(),
    entry::<TariffGetInfo>(),
    entry::<TariffsGetInfo>(),
    entry::<ServersSearch>(),
    entry::<ServersGetList>(),
    entry::<ServerGetList>(),
    entry::<ServerGetInfo>(),
    entry::<ServersGetInfo>(),
    entry::<ServersBuy>(),
    entry::<ServerRenew>(),
    entry::<ServersRenew>(),
    entry::<ServerRefuse>(),
    entry::<ServerReboot>(),
    entry::<ServersReboot>(),
    entry::<ServerReset>(),
    entry::<ServersReset>(),
    entry::<ServerShutdown>(),
    entry::<ServersShutdown>(),
    entry::<ServerPowerOn>(),
    entry::<ServersPowerOn>(),
    entry::<ServerPowerOff>(),
    entry::<ServersPowerOff>(),
    entry::<ServerResetup>(),
    entry::<ServersResetup>(),
    entry::<ServerEnableVNC>(),
    entry::<ServersEnableVNC>(),
    entry::<ServerRegenRootPassword>(),
    entry::<ServersRegenRootPassword>(),
    entry::<ServerBootLive>(),
    entry::<ServersBootLive>(),
    entry::<OsimagesSearch>(),
    entry::<CertificatesSearch>(),
    entry::<CertificateGetInfo>(),
    entry::<CertificatesGetInfo>(),
    entry::<CertificateGetData>(),
    entry::<CertificatesGetData>(),
    entry::<CertificatePurchase>(),
    entry::<CertificatesPurchase>(),
    entry::<CertificateIssue>(),
    entry::<CertificatesIssue>(),
    entry::<CertificateReissue>(),
    entry::<CertificatesReissue>(),
    entry::<CertificateCancel>(),
    entry::<CertificatesCancel>(),
    entry::<CertificateRenew>(),
    entry::<CertificatesRenew>(),
    entry::<CertificateGenerateCSR>(),
    entry::<CertificateGenerateCsr>(),
    entry::<CertificateDecodeCSR>(),
    entry::<CertificateDecodeCsr>(),
    entry::<CertificateGetWebserverTypes>(),
    entry::<CertificateGetDomainEmails>(),
    entry::<CertificateSendNotifications>(),
    entry::<CertificatesSendNotifications>(),
    entry::<CertificateRevalidate>(),
    entry::<CertificatesRevalidate>(),
    entry::<CertificateChangeValidation>(),
];
