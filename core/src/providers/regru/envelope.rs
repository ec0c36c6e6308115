//! The REG.API response envelope (§2.3.2 "Common output parameters") and the error codes of §2.3.3
//! and of each function.
//!
//! - success: `{"result": "success", "answer": …, "charset"?, "messagestore"?, "input_params"?}`;
//! - error: `{"result": "error", "error_code", "error_text", "error_params"?}`: an [`Error`] whose
//!   kind comes from [`classify`], with the code and text verbatim and `error_params` as `details`;
//! - anything else (HTML from a proxy, YAML, a JSON value without `result`): `Protocol`.
//!
//! Lists (§2.2.4.4, and the invoice lists of §6): the answer holds one result per item
//! (`answer.domains[]`, `answer.services[]`, `answer.bills[]`). An item that carries an `error_code`,
//! or whose `result` is not one of the success values the document shows (`success`, `Available`,
//! `accepted`, `refused`, `request_is_sent`), is an item error even when the envelope says success:
//! [`Reply::all_succeeded`] is `false` and [`Reply::failed_items`] lists each failure with its kind
//! (from its code, or for the DNSSEC items that carry only `error_text`, from the code the common
//! error tables give that text).

use crate::error::{Error, ErrorKind};
use crate::record::is_sensitive;
use crate::response::read_json;
use crate::secret::MASK;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The answer of a successful call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Reply {
    /// The function's `answer`, unchanged (`null` when the function answers nothing).
    pub answer: Value,
    /// For answers that hold per-item results (`domains`, `services`, `bills`): whether every item
    /// succeeded. Absent when the answer has no such list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_succeeded: Option<bool>,
    /// Every item that failed, with its position and kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed_items: Vec<ItemError>,
    /// Other envelope members (`charset`, `messagestore`, `input_params` with credentials masked).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer of a function whose response fields the document lists, typed (see
/// [`answers`](super::answers)); the same JSON shape as [`Reply`], with the answer's members read
/// into named fields and every member not modelled kept in the answer's `extra`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Typed<T> {
    /// The function's `answer`, typed.
    pub answer: T,
    /// As [`Reply::all_succeeded`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_succeeded: Option<bool>,
    /// As [`Reply::failed_items`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed_items: Vec<ItemError>,
    /// Other envelope members (`charset`, `messagestore`, `input_params` with credentials masked).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The output of an operation, made from the envelope's [`Reply`].
pub trait FromReply: Sized {
    /// Reads the reply; `raw` is the response body (for a `Protocol` error's excerpt).
    fn from_reply(reply: Reply, raw: &[u8]) -> Result<Self, Error>;
}

impl FromReply for Reply {
    fn from_reply(reply: Reply, _raw: &[u8]) -> Result<Self, Error> {
        Ok(reply)
    }
}

impl<T: serde::de::DeserializeOwned + Default> FromReply for Typed<T> {
    fn from_reply(reply: Reply, raw: &[u8]) -> Result<Self, Error> {
        let answer = match reply.answer {
            Value::Null => T::default(),
            other => serde_json::from_value(other)
                .map_err(|e| Error::protocol(format!("unexpected answer: {e}"), raw))?,
        };
        Ok(Typed {
            answer,
            all_succeeded: reply.all_succeeded,
            failed_items: reply.failed_items,
            extra: reply.extra,
        })
    }
}

/// One failed item of a list answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ItemError {
    /// The list it is in (`domains`, `services`, `bills`).
    pub list: String,
    /// Its position in that list (from 0).
    pub index: usize,
    /// What to do about it (`unavailable`, `not_found`, `invalid_input`, …).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub kind: ErrorKind,
    /// Whether retrying that item may succeed.
    pub retryable: bool,
    /// The provider's code, verbatim, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The provider's text (`error_text`, else `result`), verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_text: Option<String>,
    /// The item's name (`dname`/`domain_name`) when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dname: Option<String>,
    /// The item's `service_id` when given (as text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The item's `bill_id` (invoice lists) when given (as text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_id: Option<String>,
    /// The item's `error_params`, verbatim, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_params: Option<Value>,
}

/// The kind of a REG.API error code (§2.3.3 and the functions' own tables). Unknown codes fall back
/// on their shape (`…_NOT_FOUND` → `NotFound`, `INVALID_…`/`…_INVALID` → `InvalidInput`,
/// `…ALREADY_EXISTS…` → `AlreadyExists`), then `Rejected`.
pub fn classify(code: &str) -> ErrorKind {
    use ErrorKind::*;
    match code {
        // Authorization errors.
        "NO_USERNAME"
        | "NO_AUTH"
        | "PASSWORD_AUTH_FAILED"
        | "RESELLER_AUTH_FAILED"
        | "ACCESS_DENIED"
        | "ACCOUNT_BLOCKED"
        | "USER_AUTHENTICATION_FAILED"
        | "INVALID_SIGNATURE"
        | "SIGNATURE_AUTH_FAILED"
        | "CERT_AUTH_FAILED" => Auth,
        "ACCESS_DENIED_FROM_IP" | "ACCESS_DENIED_FROM_IP_WITH_SECRET_WORD" => IpNotAllowed,
        "MORE_THAN_ONE_ACCOUNT_WITH_THE_SAME_EMAIL" => InvalidInput,
        "PURCHASES_DISABLED" => Rejected,
        // Rate limits (§1.2) and the billing lock.
        "IP_EXCEEDED_ALLOWED_CONNECTION_RATE"
        | "ACCOUNT_EXCEEDED_ALLOWED_CONNECTION_RATE"
        | "BILLING_LOCK" => RateLimited,
        // Availability of the service itself.
        "SERVICE_UNAVAILABLE"
        | "CONNECTION_FAILED"
        | "CANT_GET_INFO_FROM_REGISTRY"
        | "INTERNAL_ERROR" => ProviderDown,
        // Identification errors.
        "DOMAIN_NOT_FOUND"
        | "SERVICE_NOT_FOUND"
        | "SERVICE_ID_NOT_FOUND"
        | "CLIENT_NOT_FOUND"
        | "AUTHINFO_NOT_FOUND"
        | "CONTACTS_NOT_FOUND"
        | "DOMAINS_NOT_FOUND"
        | "REREG_NOT_FOUND"
        | "PRICES_NOT_FOUND"
        | "NOT_A_TRANSFER_ORDER" => NotFound,
        "SERVICE_NOT_SPECIFIED"
        | "NO_DOMAIN"
        | "INVALID_DOMAIN_NAME_FORMAT"
        | "INVALID_SERVICE_ID"
        | "INVALID_DOMAIN_NAME_PUNYCODE"
        | "BAD_USER_SERVID"
        | "TOO_MANY_OBJECTS_IN_ONE_REQUEST"
        | "PARAMETER_MISSING"
        | "PARAMETER_INCORRECT"
        | "INVALID_PUNYCODE_INPUT"
        | "DOMAIN_INVALID_LENGTH"
        | "HAVE_MIXED_CODETABLES"
        | "DOMAIN_NAME_MUSTBEENG"
        | "DOMAIN_NAME_MUSTBERUS"
        | "DOMAIN_BAD_NAME_ONLYDIGITS"
        | "NO_DOMAINS_CHECKED"
        | "UNSUPPORTED_CURRENCY"
        | "NO_TLD"
        | "FIELD_VALUE_TOO_SHORT"
        | "TEXT_NOT_FOUND"
        | "TEXT_TOOLONG"
        | "TEXT_CONTAINS_INVALID_CHARACTERS"
        | "UNKNOWN_CONTYPE"
        | "INCOMPATIBLE_CONTYPES"
        | "INCOMPATIBLE_ZONES"
        | "DISK_SIZE_TOO_LARGE"
        | "INCORRECT_DOMAIN_OWNER_SERVICE_PLAN"
        | "BAD_SERVICE_PLAN"
        | "NO_DOMAINS_TO_TRANSFER"
        | "ONLY_POST_ALLOWED"
        | "QUERY_PARAMS_DISALLOWED" => InvalidInput,
        // Availability of names.
        "DOMAIN_BAD_NAME"
        | "DOMAIN_BAD_TLD"
        | "TLD_DISABLED"
        | "DOMAIN_ALREADY_EXISTS"
        | "DOMAIN_STOP_LIST"
        | "DOMAIN_STOP_PATTERN"
        | "UNAVAILABLE_DOMAIN_ZONE"
        | "FREE_DATE_IN_FUTURE"
        | "DOMAIN_CLIENT_TRANSFER_PROHIBITED"
        | "DOMAIN_TRANSFER_PROHIBITED_UNKNOWN"
        | "DOMAIN_REGISTERED_VIA_DIRECTI"
        | "DOMAIN_TOO_YOUNG"
        | "DOMAIN_EXPIRED"
        | "CANT_OBTAIN_EXPDATE"
        | "BELONGS_TO_ANOTHER_REGISTRAR"
        | "FREE_DOMAIN"
        | "NOT_TRANSFERED_DOMAIN_STATUS" => Unavailable,
        "DOMAIN_ALREADY_ORDERED"
        | "DOUBLE_ORDER"
        | "ORDER_ALREADY_PAYED"
        | "SERVICE_ALREADY_EXISTS"
        | "USER_LOGIN_NOT_UNIQUE"
        | "USER_SERVID_IS_NOT_UNIQUE"
        | "ALREADY_EXISTS_ON_SERVER"
        | "ALREADY_EXISTS_ON_NSS"
        | "SAME_OR_MORE_BID_FOUND"
        | "YOUR_SAME_OR_MORE_BID_FOUND" => AlreadyExists,
        "NOT_ENOUGH_MONEY" => InsufficientFunds,
        "DOMAIN_ORDER_LOCKED"
        | "DNSSEC_UPDATING_IN_PROGRESS"
        | "WAITING"
        | "NEEDS_CONFIRMATION"
        | "TRANSFER_DELAY"
        | "CREATION_IS_TEMPORARILY_LOCKED" => Pending,
        "NO_SUCH_COMMAND"
        | "REVERSE_ZONE_API_NOT_SUPPORTED"
        | "UNDELEGATION_NOT_SUPPORTED_BY_TLD"
        | "UNDELEGATION_NOT_SUPPORTED_BY_DOMAIN_STATE"
        | "DOMAIN_DOESNT_SUPPORT_DNSSEC"
        | "SERVICE_UPGRADE_NOT_ALLOWED"
        | "REQUEST_TO_TRANSFER_DISABLED" => Unsupported,
        // DNS / DNSSEC and service-state refusals.
        "DOMAIN_IS_NOT_USE_REGRU_NSS"
        | "DOMAIN_USES_REGRU_NSS"
        | "CONFLICT_CNAME"
        | "CNAME_ANDOTHERDATA"
        | "SERVICE_OPERATIONS_DISABLED"
        | "DOMAIN_IS_NOT_ACTIVE"
        | "NO_CONTRACT"
        | "HTTPS_ONLY"
        | "SERVICE_NOT_ACTIVE"
        | "SERVICE_NOT_SUSPENDED"
        | "SERVICE_EXPIRED"
        | "SERVICE_BLOCKED"
        | "HAS_ACTIVE_PROJECTS"
        | "INCORRECT_STATE"
        | "PROLONG_ERROR"
        | "OPERATION_FOR_SERVISE_OWNER_ONLY"
        | "PP_UPDATE_FAIL" => Rejected,
        other => {
            if other.ends_with("_NOT_FOUND") {
                NotFound
            } else if other.starts_with("INVALID_")
                || other.ends_with("_INVALID")
                || other.starts_with("BAD_")
                || other.starts_with("NO_")
            {
                InvalidInput
            } else if other.contains("ALREADY_EXISTS") {
                AlreadyExists
            } else {
                Rejected
            }
        }
    }
}

/// Whether an error with `code` is worth retrying unchanged. `INTERNAL_ERROR` is not: its outcome
/// is unknown, so confirm with the function's read-only counterpart first.
pub fn retryable(code: &str, kind: ErrorKind) -> bool {
    match code {
        "INTERNAL_ERROR" => false,
        "DOMAIN_ORDER_LOCKED" | "DNSSEC_UPDATING_IN_PROGRESS" | "CONNECTION_FAILED" => true,
        _ => kind.default_retryable(),
    }
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

fn mask(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                if is_sensitive(k) {
                    *item = Value::String(MASK.to_owned());
                } else {
                    mask(item);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask),
        _ => {}
    }
}

/// Reads the envelope: the successful [`Reply`] or the provider's error.
pub fn reply(response: &http::Response<&[u8]>) -> Result<Reply, Error> {
    let body = read_json(response)?;
    let status = body.status;
    let Value::Object(mut map) = body.value else {
        return Err(
            Error::protocol("expected a JSON object with \"result\"", body.raw).with_status(status),
        );
    };
    if let Some(p) = map.get_mut("input_params") {
        mask(p);
    }
    let result = map.remove("result");
    match result.as_ref().and_then(Value::as_str) {
        Some("success") if (200..300).contains(&status) => {
            let answer = map.remove("answer").unwrap_or(Value::Null);
            let failed_items = item_errors(&answer);
            let all_succeeded = has_item_list(&answer).then_some(failed_items.is_empty());
            Ok(Reply {
                answer,
                all_succeeded,
                failed_items,
                extra: map,
            })
        }
        Some("success") => Err(Error::protocol(
            format!("HTTP {status} with a success envelope"),
            body.raw,
        )
        .with_status(status)),
        Some("error") => {
            let code = text_of(map.get("error_code")).unwrap_or_default();
            let message = text_of(map.get("error_text")).unwrap_or_else(|| code.clone());
            let kind = classify(&code);
            let mut err = Error::provider(kind, (!code.is_empty()).then(|| code.clone()), message)
                .with_status(status)
                .with_retryable(retryable(&code, kind));
            if let Some(params) = map.remove("error_params").filter(|v| !v.is_null()) {
                err = err.with_details(params);
            }
            Err(err)
        }
        _ => Err(Error::protocol(
            "the response has no \"result\": \"success\" or \"error\"",
            body.raw,
        )
        .with_status(status)),
    }
}

/// The answer members that hold one result per item: service lists (§2.2.4.4) and invoice lists
/// (§6, "Support of invoice lists").
const ITEM_LISTS: &[&str] = &["domains", "services", "bills"];

/// Item `result` values that report success. Besides `success`, the document shows `Available`
/// (domain/check, §8.6), `accepted` / `refused` (the requested action carried out,
/// domain/accept_or_refuse_entering_list §8.25) and `request_is_sent`
/// (domain/transfer_to_another_account §8.23: "in case of success … request_is_sent").
const SUCCESS_RESULTS: &[&str] = &[
    "success",
    "available",
    "accepted",
    "refused",
    "request_is_sent",
];

/// Items that fail without an `error_code` (the DNSSEC examples of §10 answer `"result": "error"`
/// with only `error_text`): the code of the common error tables (§2.3.3) whose text it is.
const CODES_BY_TEXT: &[(&str, &str)] = &[
    (
        "This domain doesn't support DNSSEC",
        "DOMAIN_DOESNT_SUPPORT_DNSSEC",
    ),
    (
        "DNSSEC updating for domain already in progress",
        "DNSSEC_UPDATING_IN_PROGRESS",
    ),
    (
        "This domain uses REG.RU nameservers",
        "DOMAIN_USES_REGRU_NSS",
    ),
    (
        "This domain not use REG.RU name services",
        "DOMAIN_IS_NOT_USE_REGRU_NSS",
    ),
    (
        "Can't get information from provider's registry",
        "CANT_GET_INFO_FROM_REGISTRY",
    ),
    ("Invalid records", "INVALID_RECORDS"),
    (
        "Reverse zone not supported now",
        "REVERSE_ZONE_API_NOT_SUPPORTED",
    ),
    ("Invalid IP address", "IP_INVALID"),
    ("Invalid subdomain", "SUBD_INVALID"),
    ("service_id is invalid", "INVALID_SERVICE_ID"),
    ("domain_name not given or empty", "NO_DOMAIN"),
    ("Service identification failed", "SERVICE_NOT_SPECIFIED"),
    (
        "Not enough money at account for this operation",
        "NOT_ENOUGH_MONEY",
    ),
    ("This domain is not activated yet", "DOMAIN_IS_NOT_ACTIVE"),
    (
        "Operations on this service disabled",
        "SERVICE_OPERATIONS_DISABLED",
    ),
];

/// The documented code whose `error_text` is `text` (only texts without variables).
pub fn code_for_text(text: &str) -> Option<&'static str> {
    let text = text.trim();
    CODES_BY_TEXT
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(text))
        .map(|(_, c)| *c)
}

fn item_arrays(answer: &Value) -> impl Iterator<Item = (&'static str, &Vec<Value>)> {
    ITEM_LISTS.iter().filter_map(move |name| {
        answer
            .get(name)
            .and_then(Value::as_array)
            .map(|items| (*name, items))
    })
}

fn is_result_item(item: &Value) -> bool {
    item.get("result").is_some() || item.get("error_code").is_some()
}

fn has_item_list(answer: &Value) -> bool {
    item_arrays(answer).any(|(_, items)| items.iter().any(is_result_item))
}

/// The failed items of a list answer: an item fails when it carries an `error_code`, or when its
/// `result` is present and is not one of the success values the document shows
/// (`success`, `Available`, `accepted`, `refused`, `request_is_sent`), e.g. `error` or an error text.
pub fn item_errors(answer: &Value) -> Vec<ItemError> {
    let mut out = Vec::new();
    for (list, items) in item_arrays(answer) {
        for (index, item) in items.iter().enumerate() {
            let result = item.get("result").and_then(Value::as_str);
            let given_code = text_of(item.get("error_code")).filter(|c| !c.is_empty());
            let ok = given_code.is_none()
                && match item.get("result") {
                    None => true,
                    Some(_) => result.is_some_and(|r| {
                        SUCCESS_RESULTS
                            .iter()
                            .any(|s| r.trim().eq_ignore_ascii_case(s))
                    }),
                };
            if ok {
                continue;
            }
            let error_text = text_of(item.get("error_text")).or_else(|| {
                result
                    .filter(|r| !r.eq_ignore_ascii_case("error"))
                    .map(str::to_owned)
            });
            let kind_code = given_code.clone().or_else(|| {
                error_text
                    .as_deref()
                    .and_then(code_for_text)
                    .map(str::to_owned)
            });
            let kind = kind_code.as_deref().map_or(ErrorKind::Rejected, classify);
            out.push(ItemError {
                list: list.to_owned(),
                index,
                kind,
                retryable: kind_code.as_deref().is_some_and(|c| retryable(c, kind)),
                error_text,
                error_code: given_code,
                dname: text_of(item.get("dname")).or_else(|| text_of(item.get("domain_name"))),
                service_id: text_of(item.get("service_id")),
                bill_id: text_of(item.get("bill_id")),
                error_params: item.get("error_params").filter(|v| !v.is_null()).cloned(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(classify("NOT_ENOUGH_MONEY"), ErrorKind::InsufficientFunds);
        assert_eq!(classify("BILLING_LOCK"), ErrorKind::RateLimited);
        assert!(retryable("BILLING_LOCK", ErrorKind::RateLimited));
        assert_eq!(classify("SOMETHING_NOT_FOUND"), ErrorKind::NotFound);
        assert_eq!(classify("SUBD_INVALID"), ErrorKind::InvalidInput);
        assert_eq!(classify("WHATEVER"), ErrorKind::Rejected);
        assert!(!retryable("INTERNAL_ERROR", ErrorKind::ProviderDown));
    }
}
