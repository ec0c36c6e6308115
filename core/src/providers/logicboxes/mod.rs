//! LogicBoxes HTTP API — the API behind ResellerClub and many white-label brands
//! (`../shared/provider-docs/logicboxes.txt`, and `logicboxes-reference.md` for the operations the
//! first only names; each operation cites its vendor knowledge-base page).
//!
//! # Transport
//!
//! - Hosts: `endpoint: "test"` → `https://test.httpapi.com/api/` (every document example), `"live"`
//!   → `https://httpapi.com/api/` (KB 753), or the URL of a white-label brand's API root (including
//!   its `/api/` part, e.g. `https://api.brand.example/api/`).
//! - Paths are `<category>/<call>.json`: the JSON form always. Examples printed with `.xml` (Register,
//!   Delete Child Name Server IP, .XXX association) are reproduced with `.json`, as the provider-docs
//!   README says.
//! - **Every parameter travels in the query string**, credentials first (`auth-userid`, `api-key`),
//!   then the call's parameters in the order of the vendor's parameter table / examples; no body.
//!   This is what every vendor example URL shows for GET and POST alike (reference §1.3).
//! - Method: GET for calls that only read, POST for calls that change something (KB 753), as each
//!   vendor page prints it. `contacts/default` is POST as printed although it only reads.
//!   `dns/manage/delete-record` has no vendor page; it deletes, so it is POST by the KB 753 rule
//!   (the two client libraries the reference cites for methods send it with GET).
//! - Availability host: current copies of KB 764/1427 send `domains/available` and
//!   `domains/idn-available` to `https://domaincheck.httpapi.com/api/`; logicboxes.txt and older
//!   copies of the same pages use the main host, which still answers them. We keep the documented
//!   host by default, because `domaincheck` has no documented test counterpart and a client in test
//!   mode must never reach a live host. Set `check_endpoint: "domaincheck"` (or a URL) to send the
//!   two checks there.
//!
//! # Client config
//!
//! `{"auth_userid": 123456 | "123456", "api_key": "…", "endpoint": "test" | "live" | URL,
//! "check_endpoint"?: "domaincheck" | URL}`. `api-key` is masked in every redacted rendering
//! (`record::SENSITIVE_NAMES`), and the key is a [`Secret`].
//!
//! # Encoding rules (KB 755 "Request Parameter Data Types")
//!
//! - Parameter names in params are the vendor's own (`domain-name`, `order-id`, `ns`, …).
//! - Arrays repeat the key in the caller's order: `domain-name=a&domain-name=b&tlds=com&tlds=net`,
//!   `ns=…&ns=…`, `ip=…&ip=…`, `options=…`.
//! - Extra details (`attr-name`/`attr-value` "Map"): the param `attributes`, a JSON object (member
//!   order kept) or a list of `[name, value]` pairs, sent as `attr-name1=…&attr-value1=…&attr-name2=…`
//!   numbered from 1 in the caller's order.
//! - Booleans are the words `true` / `false`. `exp-date` is epoch seconds supplied by the caller.
//!   `invoice-option` is one of `NoInvoice`, `PayInvoice`, `KeepInvoice`, `OnlyAdd` (Restore
//!   documents only the first three).
//! - Every value is percent-encoded (space as `%20`); example URLs that print raw spaces, `<…>`
//!   placeholders or Unicode are reproduced with those bytes escaped.
//! - Domain names may be Unicode or punycode ("The domain name used in the API call can be in
//!   Unicode … or in Punycode", Register); they are validated with IDNA and sent as written.
//!
//! # Rules enforced before sending
//!
//! - Register / Transfer: `admin-contact-id` and `tech-contact-id` must be `-1` for .EU, .NZ, .RU
//!   and .UK; `billing-contact-id` must be `-1` for .AT, .BERLIN, .CA, .EU, .NL, .NZ, .RU, .UK and
//!   (Register only) .LONDON. Each call follows its own page: Transfer's text names .EU ("cannot be
//!   modified", the same `-1`) and the others but not .LONDON. The registrant (`reg-contact-id`)
//!   is never `-1`.
//! - `purchase-privacy=true` and `protect-privacy=true` are refused for .ASIA, .AT, .AU, .CA, .CN,
//!   .ORG.CO, .MIL.CO, .GOV.CO, .EDU.CO, .DE, .ES, .EU, .HN, .IN, .NL, .NZ, .PRO, .RU, .SX, .TEL, .UK
//!   and .US ("Privacy Protection is not supported for the following TLDs"). Renew takes only an
//!   order id, so the rule cannot be checked there.
//! - `ns`: at most 13 name servers (Transfer, applied to Register and Modify Name Servers too);
//!   Register and Modify Name Servers need at least one.
//! - Transfer: `auth-code` is compulsory for .AU, .CA, .DE, .EU and .NZ.
//! - `years` is at least 1; .AI registers for 2 years only (KB 752).
//! - Search calls: `no-of-records` from 10 to 500 (domains/search, customers/search).
//! - contacts/add (KB 790): `name`, `company` up to 255 characters (100 for `EuContact`),
//!   `address-line-1`, `city`, `state` up to 64, `zipcode` up to 10 (16 for `EuContact`),
//!   `country` two letters (`UkServiceContact`: GB, IM, JE or GG), `phone-cc` / `fax-cc` 1–3 digits,
//!   `phone` / `fax` 4–12 digits, an `RuContact` company of at least two words.
//! - Suggest Names: `keyword` of letters, digits, spaces and hyphens, never two spaces in a row.
//! - update-soa-record: `refresh`, `retry`, `expire` and `ttl` at least 14400 (reference §5.4).
//! - Unknown parameters are refused (never dropped).
//!
//! # Where the documents contradict themselves
//!
//! - Transfer's parameter table names the credential `auth-key`; every other operation and every
//!   example URL (Transfer's own three included) sends `api-key`, and KB 753 defines only `api-key`
//!   (or the old `auth-password`). We send `api-key` (vector `domains/transfer/privacy`).
//! - The sunrise Register example writes `customerid=0`; the parameter table and every other example
//!   write `customer-id`. We send `customer-id` (vector `domains/register/sunrise`).
//! - Renew and Register mark `auto-renew` Required, yet no example sends it; it is optional here and
//!   sent only when given.
//! - Suggest Names' `exact-match` is described both ways on its page; we pass the caller's value.
//!
//! # Answers
//!
//! - Errors: `{"status": "ERROR", "message": …}` on any HTTP status (HTTP 500 carries it for some
//!   "not found" cases); an action whose `actionstatus` is `Failed`; `status: failed` (`de/recheck-ns`,
//!   DNS). The kind is read from the message (see [`classify`]); the message is kept verbatim and the
//!   whole object is in `details`. HTML or empty bodies are `Protocol` (or the status's kind) with an
//!   excerpt.
//! - Availability: one entry per domain name with `status` (`available`, `regthroughus`,
//!   `regthroughothers`, `unknown` — `unknown` is marked `retryable`), `tm-claims-key`, `costHash`,
//!   `ror`, and every other member kept.
//! - Action results: `description`, `entityid`, `actiontype`, `actiontypedesc`, `eaqid`,
//!   `actionstatus`, `actionstatusdesc`, invoice fields, `privacydetails`, everything else in `extra`.
//! - Bare answers: an integer (order id, new contact or customer id) → `{"id": n}`; `true`/`false`
//!   → `{"valid": …}` (validate-transfer) or an acknowledgement (`resend-rfa`, `set-details`;
//!   `false` is an error); `Success` (`cancel-transfer`) → `{"success": true}`.
//! - Searches: `recsonpage`, `recsindb`, and the numbered records as a list in numeric order.
//! - Retrying: an HTTP 5xx without the documented error object (a proxy's HTML page, an empty
//!   body, a JSON body that is not `status: ERROR`) does not say whether the call was carried out.
//!   For a call that is safe to repeat it stays `provider_down`, retryable; for one that moves
//!   money or creates something (register, transfer, renew, restore, add-cns, contacts/add, …) it
//!   is not retryable and `details` names the read-only call that confirms the outcome
//!   (`{"operation", "safety", "confirm_with"}`, as for a transport failure).
//!
//! # Limits (not enforced: the registry answers `unknown` instead)
//!
//! At most 5 names per Donuts TLD group and 15 strings for .CA in one availability check; for a .UK
//! check ask one name only, or `ror` is not returned.

/// Declares one operation: its parameter struct (vendor names, in wire order), its metadata, its
/// rule check, and its parser.
macro_rules! operation {
    (
        $(#[$doc:meta])*
        $name:ident = $opname:literal, $method:ident, $safety:ident, confirm: $confirm:expr,
        doc: $docref:expr, summary: $summary:literal,
        output: $out:ty = $parser:path, check: $check:expr,
        { $( $(#[$fmeta:meta])* $field:ident : $fty:ty = $wire:literal ),* $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $( $(#[$fmeta])* #[serde(rename = $wire)] pub $field: $fty, )*
        }

        impl crate::operation::Operation for $name {
            type Client = super::Client;
            type Output = $out;
            const METADATA: crate::operation::Metadata = super::meta(
                $opname,
                stringify!($method),
                concat!("/api/", $opname, ".json"),
                crate::operation::Safety::$safety,
                $docref,
                $summary,
                $confirm,
            );

            fn to_http(&self, client: &super::Client) -> Result<http::Request<Vec<u8>>, crate::error::Error> {
                let check: fn(&Self) -> Result<(), crate::error::Error> = $check;
                check(self)?;
                #[allow(unused_mut)]
                let mut pairs = crate::wire::Pairs::new();
                $( super::args::WireArg::push_to(&self.$field, $wire, &mut pairs)?; )*
                client.request(http::Method::$method, $opname, &pairs)
            }

            fn parse(response: http::Response<&[u8]>) -> Result<$out, crate::error::Error> {
                $parser(response).map_err(|e| super::envelope::for_operation(e, &Self::METADATA))
            }
        }
    };
}

mod args;
mod contacts;
mod customers;
mod dns;
mod domains;
mod envelope;
mod orders;

pub use args::*;
pub use contacts::*;
pub use customers::*;
pub use dns::*;
pub use domains::*;
pub use envelope::{
    Ack, ActionResult, AvailabilityList, DomainAvailability, NewId, Raw, Record, SearchResult,
    Valid, classify,
};
pub use orders::*;

use crate::catalog::{Entry, entry};
use crate::error::Error;
use crate::operation::{Metadata, Safety};
use crate::secret::Secret;
use crate::wire::Pairs;
use crate::wire::request::{RequestBuilder, check_base_url};
use serde_json::Value;

/// The test host's API root (every document example).
pub const TEST_URL: &str = "https://test.httpapi.com/api/";
/// The live host's API root (KB 753).
pub const LIVE_URL: &str = "https://httpapi.com/api/";
/// The availability-check host of current KB 764 copies (opt-in, see the module docs).
pub const DOMAINCHECK_URL: &str = "https://domaincheck.httpapi.com/api/";

/// Reseller id, API key and endpoint.
#[derive(Clone, Debug)]
pub struct Client {
    auth_userid: String,
    api_key: Secret,
    base_url: String,
    check_url: String,
}

fn endpoint_url(value: &str, field: &str) -> Result<String, Error> {
    let url = match value.trim() {
        "test" => TEST_URL.to_owned(),
        "live" => LIVE_URL.to_owned(),
        "domaincheck" if field == "check_endpoint" => DOMAINCHECK_URL.to_owned(),
        other => {
            check_base_url(other, field).map_err(|_| {
                Error::invalid_input(
                    field,
                    "must be \"test\", \"live\" or the https:// URL of the API root",
                )
            })?;
            other.to_owned()
        }
    };
    Ok(url)
}

impl Client {
    /// A client for reseller `auth_userid` with `api_key` on `endpoint` (`"test"`, `"live"` or a
    /// URL).
    pub fn new(
        auth_userid: u64,
        api_key: impl Into<String>,
        endpoint: &str,
    ) -> Result<Self, Error> {
        Client::from_config(&serde_json::json!({
            "auth_userid": auth_userid,
            "api_key": api_key.into(),
            "endpoint": endpoint,
        }))
    }

    /// The client from its JSON configuration (see the module docs).
    pub fn from_config(config: &Value) -> Result<Self, Error> {
        let Value::Object(map) = config else {
            return Err(Error::invalid_input(
                "config",
                "expected an object {auth_userid, api_key, endpoint}",
            ));
        };
        for key in map.keys() {
            if !["auth_userid", "api_key", "endpoint", "check_endpoint"].contains(&key.as_str()) {
                return Err(Error::invalid_input(
                    "config",
                    format!(
                        "unknown member {key:?} (expected auth_userid, api_key, endpoint, check_endpoint)"
                    ),
                ));
            }
        }
        let auth_userid = match map.get("auth_userid") {
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.trim().to_owned(),
            _ => String::new(),
        };
        if auth_userid.is_empty() || !auth_userid.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid_input(
                "auth_userid",
                "must be the reseller id (a whole number)",
            ));
        }
        let api_key = match map.get("api_key") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            _ => return Err(Error::invalid_input("api_key", "must be non-empty text")),
        };
        if api_key.chars().any(char::is_control) {
            return Err(Error::invalid_input(
                "api_key",
                "must not contain control characters",
            ));
        }
        let base_url = match map.get("endpoint") {
            Some(Value::String(s)) => endpoint_url(s, "endpoint")?,
            _ => {
                return Err(Error::invalid_input(
                    "endpoint",
                    "must be \"test\", \"live\" or the https:// URL of the API root",
                ));
            }
        };
        let check_url = match map.get("check_endpoint") {
            None | Some(Value::Null) => base_url.clone(),
            Some(Value::String(s)) => endpoint_url(s, "check_endpoint")?,
            Some(_) => {
                return Err(Error::invalid_input(
                    "check_endpoint",
                    "must be \"domaincheck\" or a URL",
                ));
            }
        };
        Ok(Client {
            auth_userid,
            api_key: Secret::new(api_key),
            base_url,
            check_url,
        })
    }

    /// The API root requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// `method <root><name>.json?auth-userid=…&api-key=…&<params>`.
    pub(crate) fn request(
        &self,
        method: http::Method,
        name: &str,
        params: &Pairs,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        let root = if matches!(name, "domains/available" | "domains/idn-available") {
            &self.check_url
        } else {
            &self.base_url
        };
        let mut pairs = Pairs::new();
        pairs
            .push("auth-userid", self.auth_userid.clone())
            .push("api-key", self.api_key.expose().clone());
        pairs.extend(params.clone());
        RequestBuilder::new(method, root, &format!("{name}.json"))
            .query(&pairs)
            .build()
    }
}

/// The metadata every LogicBoxes operation shares the shape of.
pub(crate) const fn meta(
    name: &'static str,
    method: &'static str,
    path: &'static str,
    safety: Safety,
    doc: &'static str,
    summary: &'static str,
    confirm_with: Option<&'static str>,
) -> Metadata {
    Metadata::new(
        "logicboxes",
        name,
        method,
        path,
        safety,
        doc,
        summary,
        confirm_with,
    )
}

/// For operations without rules beyond their parameters' own.
pub(crate) fn no_check<T>(_: &T) -> Result<(), Error> {
    Ok(())
}

/// Whether every operation of `tests/operations.json` is implemented.
pub const COMPLETE: bool = true;

/// Every LogicBoxes operation: domains, orders, contacts, customers, DNS.
pub static OPERATIONS: &[Entry<Client>] = &[
    // domains
    entry::<Available>(),
    entry::<IdnAvailable>(),
    entry::<PremiumAvailable>(),
    entry::<SuggestNames>(),
    entry::<Register>(),
    entry::<Transfer>(),
    entry::<ValidateTransfer>(),
    entry::<Renew>(),
    entry::<Search>(),
    entry::<CustomerDefaultNs>(),
    entry::<OrderId>(),
    entry::<Details>(),
    entry::<DetailsByName>(),
    entry::<ModifyNs>(),
    entry::<AddCns>(),
    entry::<ModifyCnsName>(),
    entry::<ModifyCnsIp>(),
    entry::<DeleteCnsIp>(),
    entry::<ModifyContact>(),
    entry::<ModifyPrivacyProtection>(),
    entry::<ModifyAuthCode>(),
    entry::<EnableTheftProtection>(),
    entry::<DisableTheftProtection>(),
    entry::<Locks>(),
    entry::<TelCthDetails>(),
    entry::<TelModifyWhoisPref>(),
    entry::<ResendRfa>(),
    entry::<UkRelease>(),
    entry::<CancelTransfer>(),
    entry::<Delete>(),
    entry::<Restore>(),
    entry::<DeRecheckNs>(),
    entry::<DotxxxAssociationDetails>(),
    // orders
    entry::<Suspend>(),
    entry::<Unsuspend>(),
    // contacts
    entry::<ContactsAdd>(),
    entry::<ContactsModify>(),
    entry::<ContactsDetails>(),
    entry::<ContactsSearch>(),
    entry::<ContactsDelete>(),
    entry::<ContactsDefault>(),
    entry::<ContactsSetDetails>(),
    // customers
    entry::<CustomersDetails>(),
    entry::<CustomersDetailsById>(),
    entry::<CustomersSearch>(),
    entry::<CustomersSignup>(),
    // DNS
    entry::<DnsActivate>(),
    entry::<SearchRecords>(),
    entry::<AddIpv4Record>(),
    entry::<AddIpv6Record>(),
    entry::<AddCnameRecord>(),
    entry::<AddMxRecord>(),
    entry::<AddNsRecord>(),
    entry::<AddTxtRecord>(),
    entry::<AddSrvRecord>(),
    entry::<UpdateIpv4Record>(),
    entry::<UpdateIpv6Record>(),
    entry::<UpdateCnameRecord>(),
    entry::<UpdateMxRecord>(),
    entry::<UpdateNsRecord>(),
    entry::<UpdateTxtRecord>(),
    entry::<UpdateSrvRecord>(),
    entry::<UpdateSoaRecord>(),
    entry::<DeleteIpv4Record>(),
    entry::<DeleteIpv6Record>(),
    entry::<DeleteCnameRecord>(),
    entry::<DeleteMxRecord>(),
    entry::<DeleteNsRecord>(),
    entry::<DeleteTxtRecord>(),
    entry::<DeleteSrvRecord>(),
    entry::<DeleteRecord>(),
];
