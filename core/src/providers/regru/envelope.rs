//! The REG.API response envelope (§2.3.2 "Common output parameters") and the error codes of §2.3.3
//! and of each function.
//!
//! - success: `{"result": "success", "answer": …, "charset"?, "messagestore"?, "input_params"?}`;
//! - error: `{"result": "error", "error_code", "error_text", "error_params"?}`: an [`Error`] whose
//!   kind comes from [`classify`], with the code and text verbatim and `error_params` as `details`;
//! - anything else (HTML from a proxy, YAML, a JSON value without `result`): `Protocol`.
//!
//! Lists (§2.2.4.4): the answer holds one result per item (`answer.domains[]`, `answer.services[]`).
//! An item whose `result` is neither `success` nor (for `domain/check`) `Available`, or that carries an
//! `error_code`, is an item error even when the envelope says success: [`Reply::all_succeeded`] is
//! `false` and [`Reply::failed_items`] lists each failure with its kind.

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
    /// For answers that hold per-item results (`domains`, `services`): whether every item
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

/// One failed item of a list answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ItemError {
    /// The list it is in (`domains`, `services`).
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

const ITEM_LISTS: &[&str] = &["domains", "services"];

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

/// The failed items of a list answer.
pub fn item_errors(answer: &Value) -> Vec<ItemError> {
    let mut out = Vec::new();
    for (list, items) in item_arrays(answer) {
        for (index, item) in items.iter().enumerate() {
            let result = item.get("result").and_then(Value::as_str);
            let code = text_of(item.get("error_code"));
            let ok = code.is_none()
                && match item.get("result") {
                    None => true,
                    Some(_) => {
                        matches!(result, Some(r) if r.eq_ignore_ascii_case("success") || r.eq_ignore_ascii_case("available"))
                    }
                };
            if ok {
                continue;
            }
            let kind = code.as_deref().map_or(ErrorKind::Rejected, classify);
            out.push(ItemError {
                list: list.to_owned(),
                index,
                kind,
                retryable: code.as_deref().is_some_and(|c| retryable(c, kind)),
                error_text: text_of(item.get("error_text")).or_else(|| {
                    result
                        .filter(|r| !r.eq_ignore_ascii_case("error"))
                        .map(str::to_owned)
                }),
                error_code: code,
                dname: text_of(item.get("dname")).or_else(|| text_of(item.get("domain_name"))),
                service_id: text_of(item.get("service_id")),
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
