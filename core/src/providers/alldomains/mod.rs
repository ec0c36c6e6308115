//! Alldomains.uz client API (`../shared/provider-docs/alldomains-uz.txt`, published at
//! <https://alldomains.uz/en/api>).
//!
//! # Transport
//!
//! - Base URL: `https://alldomains.uz` (the host that publishes the API document; the document
//!   itself gives only paths). Override it with `base_url`.
//! - Every path is under `/api/client/`; every operation is `POST` with a JSON body except
//!   `client/balance_get_total`, which is `GET` without a body (§16).
//! - Every request carries `Authorization: Basic base64("client:<token>")` ("Authentication").
//! - Requests and responses are UTF-8 ("Limitations and recommendations").
//!
//! # Operations (all 16)
//!
//! | § | operation | method | input | result |
//! |---|---|---|---|---|
//! | 1 | `servicedomain/check` | POST | `sld`, `tld` (with dot) | `true`, or error "Domain is not available." |
//! | 2 | `servicedomain/register_domain` | POST | `domain`, `register_years`, 4 contact blocks, `ns1`, `ns2`, `dnssec`? | `true` |
//! | 3 | `contacts/create_contact_template` | POST | contact fields | the template with `id` |
//! | 4 | `contacts/get_contacts_templates` | POST | none | list of templates |
//! | 5 | `contacts/update_contact_template` | POST | `template_id` + contact fields | the template |
//! | 6 | `servicedomain/renew_domain` | POST | `domain_id` | `true` |
//! | 7 | `servicedomain/get_domain` | POST | `domain` | domain info |
//! | 8 | `servicedomain/get_transfer_code` | POST | `domain_id` | the code (string) |
//! | 9 | `servicedomain/transfer_domain` | POST | `transfer_sld`, `transfer_tld`, `transfer_code` | `true` |
//! | 10 | `servicedomain/update_period` | POST | `domain_id`, `period` | `true` |
//! | 11 | `servicedomain/set_nameserver` | POST | `ns1`…`ns10` (`address`, `ip`), `domain_id` | `true` |
//! | 12 | `servicedomain/hide_whois` | POST | `domain_id` | `true` |
//! | 13 | `servicedomain/show_whois` | POST | `domain_id` | `true` |
//! | 14 | `servicedomain/lock` | POST | `domain_id` | `true` |
//! | 15 | `servicedomain/unlock` | POST | `domain_id` | `true` |
//! | 16 | `client/balance_get_total` | GET | none | a number |
//!
//! # Rules (from the document)
//!
//! - Domain and contact-template identifiers are sent as strings "even if they contain only numbers"
//!   (closing rules) — although several examples print `"domain_id": 90`. We follow the rule: callers
//!   may pass a number or a string, the wire always carries a string.
//! - Contact templates (§3): `client_type` is `l` (legal entity) or `p` (individual); a legal entity
//!   needs `tax_id`, `org_name`, `bank_name`, `bank_code`; an individual needs `passport_number`,
//!   `passport_date`, `passport_place`; everyone needs `first_name`, `last_name`, `email`,
//!   `phone_code`, `phone`, `country` (ISO code), `post_code`, `city`, `address`; `state` is optional.
//! - register_domain (§2): each contact block is full data, `{"contact_id": "<template id>"}` or
//!   `{"use_customer": "1"}`; `ns1` and `ns2` are required; `dnssec` is `1` when enabled.
//! - set_nameserver (§11): `ns1` and `ns2` are required, up to `ns10`; each has an `address` and an
//!   optional `ip`.
//! - Envelope: `{"result": …, "error": null}` on success, `{"result": null, "error": {"message",
//!   "code"}}` on failure. The document uses the generic code 9999 in every example and says real
//!   codes differ per error, so the kind is decided from the message (see [`classify`]) and the code
//!   and message are always kept verbatim.
//! - check (§1): "Domain is not available." comes back as an error object. We read it as an
//!   availability answer (`available: false` with the provider's message), not as an error, when the
//!   message says the domain is not available / taken / registered / busy; every other error object
//!   on check (authentication, bad TLD, …) stays an error.
//! - Rate: "It is recommended not to exceed 100 requests per minute."
//! - Dates are `YYYY-MM-DD HH:MM:SS` in UTC; we keep them as the provider's text.

mod contacts;
mod domains;
mod envelope;

pub use contacts::*;
pub use domains::*;
pub use envelope::classify;

use crate::catalog::{Entry, entry};
use crate::error::Error;
use crate::secret::Secret;
use crate::wire::request::RequestBuilder;
use serde::Deserialize;

/// The base URL used when the configuration gives none.
pub const DEFAULT_BASE_URL: &str = "https://alldomains.uz";

/// Endpoint and credentials.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    token: Secret,
    #[serde(default = "default_base")]
    base_url: String,
}

fn default_base() -> String {
    DEFAULT_BASE_URL.to_owned()
}

impl Client {
    /// A client with the personal access token, on the default base URL.
    pub fn new(token: impl Into<String>) -> Self {
        Client {
            token: Secret::new(token.into()),
            base_url: default_base(),
        }
    }

    /// The same client on another base URL (a test server, a proxy).
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// The client from its JSON configuration: `{"token": "…", "base_url": "…"?}`.
    pub fn from_config(config: &serde_json::Value) -> Result<Self, Error> {
        let c: Client = serde_json::from_value(config.clone())
            .map_err(|e| Error::invalid_input("config", e))?;
        if c.token.expose().trim().is_empty() {
            return Err(Error::invalid_input("token", "must not be empty"));
        }
        crate::wire::request::check_base_url(&c.base_url, "base_url")?;
        Ok(c)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// A request builder for `method /api/client/<path>` with the Basic credentials set.
    pub(crate) fn request(
        &self,
        method: http::Method,
        path: &str,
    ) -> Result<RequestBuilder, Error> {
        if self.token.expose().is_empty() {
            return Err(Error::invalid_input("token", "must not be empty"));
        }
        let auth = crate::wire::auth::basic("client", self.token.expose());
        RequestBuilder::new(method, &self.base_url, &format!("api/client/{path}"))
            .header("accept", "application/json")?
            .secret_header("authorization", &auth)
    }
}

/// Every operation of the document is implemented.
pub const COMPLETE: bool = true;

/// Every Alldomains operation, in the document's order.
pub static OPERATIONS: &[Entry<Client>] = &[
    entry::<Check>(),
    entry::<RegisterDomain>(),
    entry::<CreateContactTemplate>(),
    entry::<GetContactTemplates>(),
    entry::<UpdateContactTemplate>(),
    entry::<RenewDomain>(),
    entry::<GetDomain>(),
    entry::<GetTransferCode>(),
    entry::<TransferDomain>(),
    entry::<UpdatePeriod>(),
    entry::<SetNameserver>(),
    entry::<HideWhois>(),
    entry::<ShowWhois>(),
    entry::<Lock>(),
    entry::<Unlock>(),
    entry::<BalanceGetTotal>(),
];
