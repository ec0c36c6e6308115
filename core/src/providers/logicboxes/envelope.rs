//! Reading LogicBoxes answers: the error conventions and the shapes successes come in.
//!
//! - `{"status": "ERROR", "message": "…"}` is the documented failure ("In case of any errors, a
//!   status key with value as ERROR alongwith an error message will be returned"), whatever the
//!   HTTP status (the API answers some failures, e.g. an unknown domain on `domains/orderid`, with
//!   HTTP 500 and that object).
//! - An action result whose `actionstatus` is `Failed` is a failure (`actionstatusdesc` says why).
//! - `status: failed` / `Failed` (`de/recheck-ns`, the DNS calls) is a failure with `description` or
//!   `msg`.
//! - A JSON body that is none of these on a non-2xx status is an error of that status's kind.
//! - HTML or empty bodies are `Protocol` (2xx) or by status, with an excerpt (`read_json`).

use crate::error::{Error, ErrorKind};
use crate::response::{read_json, status_kind};
use serde::Serialize;
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// Decides the kind of a LogicBoxes error from its message (the API has no error codes).
pub fn classify(message: &str) -> ErrorKind {
    let m = message.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| m.contains(w));
    if has(&[
        "whitelist",
        "white list",
        "ip address not",
        "not allowed from",
    ]) {
        ErrorKind::IpNotAllowed
    } else if has(&[
        "auth-userid",
        "api-key",
        "api key",
        "auth-password",
        "authentication",
        "access denied",
        "unauthori",
        "login failed",
    ]) {
        ErrorKind::Auth
    } else if has(&["too many", "rate limit", "blocked for"]) {
        ErrorKind::RateLimited
    } else if has(&[
        "insufficient",
        "not enough funds",
        "low balance",
        "funds are not",
    ]) {
        ErrorKind::InsufficientFunds
    } else if has(&[
        "no entity found",
        "not found",
        "doesn't exist",
        "does not exist",
        "no such",
        "invalid order",
    ]) {
        ErrorKind::NotFound
    } else if has(&["already exists", "already added", "duplicate"]) {
        ErrorKind::AlreadyExists
    } else if has(&[
        "not available",
        "already registered",
        "unavailable for registration",
    ]) {
        ErrorKind::Unavailable
    } else if has(&[
        "invalid",
        "required",
        "missing",
        "must ",
        "should ",
        "cannot be",
        "not valid",
        "format",
    ]) {
        ErrorKind::InvalidInput
    } else if has(&[
        "temporarily",
        "try again later",
        "under maintenance",
        "internal error",
    ]) {
        ErrorKind::ProviderDown
    } else {
        ErrorKind::Rejected
    }
}

fn text_member(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match map.get(*k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

fn provider_error(
    map: &Map<String, Value>,
    keys: &[&str],
    status: u16,
    fallback: ErrorKind,
) -> Error {
    let message = text_member(map, keys).unwrap_or_else(|| String::from("(no message)"));
    let kind = match classify(&message) {
        ErrorKind::Rejected => fallback,
        k => k,
    };
    Error::provider(kind, None, message)
        .with_status(status)
        .with_details(Value::Object(map.clone()))
}

fn status_of(map: &Map<String, Value>, key: &str) -> Option<String> {
    match map.get(key) {
        Some(Value::String(s)) => Some(s.trim().to_ascii_lowercase()),
        _ => None,
    }
}

/// Checks a JSON value for the documented failure shapes; `Err` when it is one.
fn check_value(value: &Value, status: u16, raw: &[u8]) -> Result<(), Error> {
    if let Value::Object(map) = value {
        match status_of(map, "status").as_deref() {
            Some("error") => {
                return Err(provider_error(
                    map,
                    &["message", "error", "msg", "description"],
                    status,
                    ErrorKind::Rejected,
                ));
            }
            Some("failed" | "failure") => {
                return Err(provider_error(
                    map,
                    &["description", "msg", "message", "actionstatusdesc"],
                    status,
                    ErrorKind::Rejected,
                ));
            }
            _ => {}
        }
        if status_of(map, "actionstatus").as_deref() == Some("failed") {
            return Err(provider_error(
                map,
                &["actionstatusdesc", "message", "description"],
                status,
                ErrorKind::Rejected,
            ));
        }
    }
    if !(200..300).contains(&status) {
        let what = format!("HTTP {status} without a documented error object");
        let err = match status_kind(status) {
            Some(kind) => Error::new(kind, what),
            None => Error::new(ErrorKind::Protocol, what),
        };
        return Err(err.with_status(status).with_body(raw));
    }
    Ok(())
}

/// Adjusts an error to the operation it answers: an HTTP 5xx without the documented error object
/// (`provider_down` with no provider message) leaves the outcome of a call that is not safe to
/// repeat unknown, so it is not retryable and `details` names the call that confirms the outcome.
pub(crate) fn for_operation(error: Error, meta: &crate::operation::Metadata) -> Error {
    let ambiguous = error.kind() == ErrorKind::ProviderDown
        && error.provider_message().is_none()
        && error.details().is_none();
    if ambiguous && !meta.is_idempotent() {
        error.with_retryable(false).with_details(serde_json::json!({
            "operation": meta.name,
            "safety": meta.safety,
            "confirm_with": meta.confirm_with,
        }))
    } else {
        error
    }
}

/// The JSON body of a successful answer (any failure shape becomes an `Error`).
pub(crate) fn json(response: &http::Response<&[u8]>) -> Result<(Value, u16), Error> {
    let body = read_json(response)?;
    check_value(&body.value, body.status, body.raw)?;
    Ok((body.value, body.status))
}

/// The JSON object of a successful answer.
pub(crate) fn object(response: &http::Response<&[u8]>) -> Result<Map<String, Value>, Error> {
    match json(response)? {
        (Value::Object(map), _) => Ok(map),
        (other, status) => Err(Error::protocol(
            format!("expected a JSON object, found {}", kind_name(&other)),
            response.body(),
        )
        .with_status(status)),
    }
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a Boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A bare word answer (`Success`, `true`, `false`), quoted as JSON or not.
fn bare_word(raw: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(raw).ok()?.trim();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    let unquoted = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    if unquoted.len() <= 16
        && unquoted.bytes().all(|b| b.is_ascii_alphabetic())
        && !unquoted.is_empty()
    {
        Some(unquoted.to_ascii_lowercase())
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Output types

/// A raw JSON object answer, every member kept as the provider sent it (order details, contact and
/// customer details, locks, DNS status answers).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(transparent)]
pub struct Record(pub Map<String, Value>);

/// Any JSON answer kept as the provider sent it (for calls whose answer shape no vendor page shows).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Raw(pub Value);

#[cfg(feature = "schema")]
impl JsonSchema for Raw {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Raw".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The provider's answer, unchanged.",
            "type": ["object", "array", "string", "number", "boolean", "null"]
        })
    }
}

/// The common action answer (§1.8 of the reference): what was queued and how it stands.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ActionResult {
    /// Domain name (or contact name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Order id (contact id for contact calls).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entityid: Option<String>,
    /// Action type code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actiontype: Option<String>,
    /// What the action is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actiontypedesc: Option<String>,
    /// Id of the queued action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eaqid: Option<String>,
    /// Status of the action (`Success`, `InvoicePaid`, …; `Failed` is reported as an error).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actionstatus: Option<String>,
    /// What the status means.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actionstatusdesc: Option<String>,
    /// Invoice id (not returned with `invoice-option=NoInvoice`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoiceid: Option<String>,
    /// The reseller's selling currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sellingcurrencysymbol: Option<String>,
    /// Amount in the selling currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sellingamount: Option<String>,
    /// Unutilised amount in the selling currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unutilisedsellingamount: Option<String>,
    /// Customer id of the order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customerid: Option<String>,
    /// The privacy-protection purchase's own action answer (register, transfer, renew with
    /// `purchase-privacy=true`), kept as sent. Its `actionstatus` may be `Failed` while the main
    /// action succeeded: check it; the main action is not repeated because of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacydetails: Option<Value>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn take_text(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    let v = match map.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => return None,
    };
    map.remove(key);
    Some(v)
}

impl ActionResult {
    /// Splits the documented members out of an answer object; the rest stays in `extra`.
    pub fn from_map(mut map: Map<String, Value>) -> Self {
        let mut r = ActionResult {
            description: take_text(&mut map, "description"),
            entityid: take_text(&mut map, "entityid"),
            actiontype: take_text(&mut map, "actiontype"),
            actiontypedesc: take_text(&mut map, "actiontypedesc"),
            eaqid: take_text(&mut map, "eaqid"),
            actionstatus: take_text(&mut map, "actionstatus"),
            actionstatusdesc: take_text(&mut map, "actionstatusdesc"),
            invoiceid: take_text(&mut map, "invoiceid"),
            sellingcurrencysymbol: take_text(&mut map, "sellingcurrencysymbol"),
            sellingamount: take_text(&mut map, "sellingamount"),
            unutilisedsellingamount: take_text(&mut map, "unutilisedsellingamount"),
            customerid: take_text(&mut map, "customerid"),
            privacydetails: None,
            extra: Map::new(),
        };
        r.privacydetails = map.remove("privacydetails");
        r.extra = map;
        r
    }
}

/// One name's availability.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DomainAvailability {
    /// The domain name, as the provider keyed it.
    pub domain: String,
    /// `available`, `regthroughus`, `regthroughothers` or `unknown` (verbatim).
    pub status: String,
    /// `true` only for `available`.
    pub available: bool,
    /// `true` for `unknown` (the registry connection was not available; check again later).
    pub retryable: bool,
    /// Trademark Claims key, when the name is in the Trademark Clearinghouse.
    #[serde(rename = "tm-claims-key", skip_serializing_if = "Option::is_none")]
    pub tm_claims_key: Option<Value>,
    /// Premium or Early Access prices (`create`, `renew`, `transfer`, `early_access_fee`, currency).
    #[serde(rename = "costHash", skip_serializing_if = "Option::is_none")]
    pub cost_hash: Option<Value>,
    /// For a 2nd-level .UK name: the existing 3rd-level name's details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ror: Option<Value>,
    /// Every other member (`classkey`, …), unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Availability of every name asked about: one entry per domain name in the answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct AvailabilityList {
    /// One entry per name, in the provider's order.
    pub domains: Vec<DomainAvailability>,
    /// Members that are not a name's availability entry, unchanged.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
}

pub(crate) fn availability(response: http::Response<&[u8]>) -> Result<AvailabilityList, Error> {
    let map = object(&response)?;
    let mut out = AvailabilityList::default();
    for (domain, entry) in map {
        let status = match entry.get("status") {
            Some(Value::String(s)) => s.clone(),
            _ => {
                out.extra.insert(domain, entry);
                continue;
            }
        };
        let Value::Object(mut fields) = entry else {
            continue;
        };
        fields.remove("status");
        let lower = status.to_ascii_lowercase();
        out.domains.push(DomainAvailability {
            domain,
            available: lower == "available",
            retryable: lower == "unknown",
            status,
            tm_claims_key: fields.remove("tm-claims-key"),
            cost_hash: fields.remove("costHash"),
            ror: fields.remove("ror"),
            extra: fields,
        });
    }
    Ok(out)
}

/// A page of search results: `recsonpage`, `recsindb` and the numbered records in order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct SearchResult {
    /// Records on this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recsonpage: Option<String>,
    /// Records matching in total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recsindb: Option<String>,
    /// The numbered records (`"1"`, `"2"`, …) in numeric order, each unchanged.
    pub records: Vec<Value>,
    /// Every other member, unchanged.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
}

pub(crate) fn search(response: http::Response<&[u8]>) -> Result<SearchResult, Error> {
    let mut map = object(&response)?;
    let recsonpage = take_text(&mut map, "recsonpage");
    let recsindb = take_text(&mut map, "recsindb");
    let mut numbered: Vec<(u64, Value)> = Vec::new();
    let mut extra = Map::new();
    for (k, v) in map {
        match k.parse::<u64>() {
            Ok(n) if v.is_object() => numbered.push((n, v)),
            _ => {
                extra.insert(k, v);
            }
        }
    }
    numbered.sort_by_key(|(n, _)| *n);
    Ok(SearchResult {
        recsonpage,
        recsindb,
        records: numbered.into_iter().map(|(_, v)| v).collect(),
        extra,
    })
}

pub(crate) fn action(response: http::Response<&[u8]>) -> Result<ActionResult, Error> {
    object(&response).map(ActionResult::from_map)
}

pub(crate) fn record(response: http::Response<&[u8]>) -> Result<Record, Error> {
    object(&response).map(Record)
}

pub(crate) fn raw(response: http::Response<&[u8]>) -> Result<Raw, Error> {
    json(&response).map(|(v, _)| Raw(v))
}

/// A new or looked-up id (order id, contact id, customer id).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct NewId {
    /// The id.
    pub id: u64,
}

/// A bare integer answer (`562994`, `"562994"`), or an action object's `entityid`.
pub(crate) fn id(response: http::Response<&[u8]>) -> Result<NewId, Error> {
    let (value, status) = json(&response)?;
    let n = match &value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse::<u64>().ok(),
        Value::Object(m) => match m.get("entityid") {
            Some(Value::Number(n)) => n.as_u64(),
            Some(Value::String(s)) => s.trim().parse::<u64>().ok(),
            _ => None,
        },
        _ => None,
    };
    n.map(|id| NewId { id }).ok_or_else(|| {
        Error::protocol("expected a whole-number id", response.body()).with_status(status)
    })
}

/// A yes/no answer (validate-transfer).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Valid {
    /// `true` when the provider answered `true`.
    pub valid: bool,
}

fn boolean(response: &http::Response<&[u8]>) -> Result<Option<bool>, Error> {
    match bare_word(response.body()).as_deref() {
        Some("true") if response.status().is_success() => return Ok(Some(true)),
        Some("false") if response.status().is_success() => return Ok(Some(false)),
        _ => {}
    }
    Ok(match json(response)? {
        (Value::Bool(b), _) => Some(b),
        _ => None,
    })
}

pub(crate) fn valid(response: http::Response<&[u8]>) -> Result<Valid, Error> {
    match boolean(&response)? {
        Some(valid) => Ok(Valid { valid }),
        None => Err(Error::protocol("expected true or false", response.body())
            .with_status(response.status().as_u16())),
    }
}

/// A plain acknowledgement (`Success`, `true`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Ack {
    /// Always `true` (a refusal is an error).
    pub success: bool,
    /// The answer when it was something other than the documented word, unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
}

/// `Success` / `true` → success; `false` → a refusal; an object or other JSON (after the error
/// checks) is kept in `result`.
pub(crate) fn ack(response: http::Response<&[u8]>) -> Result<Ack, Error> {
    let status = response.status().as_u16();
    if response.status().is_success() {
        match bare_word(response.body()).as_deref() {
            Some("success" | "true") => {
                return Ok(Ack {
                    success: true,
                    result: None,
                });
            }
            Some("false") => {
                return Err(Error::provider(
                    ErrorKind::Rejected,
                    None,
                    "the provider answered false",
                )
                .with_status(status));
            }
            _ => {}
        }
    }
    match json(&response)? {
        (Value::Bool(false), _) => {
            Err(
                Error::provider(ErrorKind::Rejected, None, "the provider answered false")
                    .with_status(status),
            )
        }
        (Value::Object(map), _) => Ok(Ack {
            success: true,
            result: Some(Value::Object(map)),
        }),
        (other, _) => Err(Error::protocol(
            format!("expected Success or true, found {}", kind_name(&other)),
            response.body(),
        )
        .with_status(status)),
    }
}
