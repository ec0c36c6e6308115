//! The `{"result": {"code", "message"}, …}` envelope ("Response Codes and Messages", shapes §1).

use crate::error::{Error, ErrorKind};
use crate::response::read_json;
use serde_json::{Map, Value};

/// The success code.
pub const SUCCESS: i64 = 100;

/// The kind of a Name.com response code. `message` refines 204: a detail saying the domain "Is Not
/// Available" is [`ErrorKind::Unavailable`].
pub fn kind_for_code(code: i64, message: &str) -> ErrorKind {
    match code {
        203 => ErrorKind::InvalidInput,
        204 if message.to_ascii_lowercase().contains("not available") => ErrorKind::Unavailable,
        204 => ErrorKind::InvalidInput,
        211 => ErrorKind::Unsupported,
        221 | 251 => ErrorKind::Auth,
        240 => ErrorKind::Rejected,
        250 => ErrorKind::ProviderDown,
        260 | 261 => ErrorKind::InsufficientFunds,
        _ => ErrorKind::Rejected,
    }
}

/// The code whose base message (the documented table) starts `message`, e.g. "Parameter Value
/// Error - Domain Name Is Not Available" → 204. Used for order items, which carry messages only.
pub fn code_for_message(message: &str) -> Option<i64> {
    const TABLE: &[(&str, i64)] = &[
        ("command successful", 100),
        ("required parameter missing", 203),
        ("parameter value error", 204),
        ("invalid command url", 211),
        ("authorization error", 221),
        ("command failed", 240),
        ("unexpected error", 250),
        ("authentication error", 251),
        ("insufficient funds", 260),
        ("unable to authorize funds", 261),
    ];
    let m = message.trim().to_ascii_lowercase();
    TABLE
        .iter()
        .find(|(base, _)| m.starts_with(base))
        .map(|(_, code)| *code)
}

fn read_code(v: Option<&Value>) -> Option<i64> {
    match v {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The command's data (every top-level member but `result`) of a successful response, or the
/// provider's error. `repeatable` says whether the operation is safe to repeat, which decides
/// whether a 250 (an exception on the provider's side) is worth retrying.
pub(crate) fn read<'a>(
    response: &http::Response<&'a [u8]>,
    repeatable: bool,
) -> Result<(Map<String, Value>, &'a [u8]), Error> {
    let body = read_json(response)?;
    let status = body.status;
    let raw = body.raw;
    let Value::Object(mut map) = body.value else {
        return Err(
            Error::protocol("expected a JSON object with \"result\"", raw).with_status(status),
        );
    };
    let result = map.remove("result");
    let Some(Value::Object(mut result)) = result else {
        let err = match crate::response::status_kind(status) {
            Some(kind) if status >= 300 => {
                Error::new(kind, format!("HTTP {status} without a result object")).with_body(raw)
            }
            _ => Error::protocol("response has no \"result\" object", raw),
        };
        return Err(err.with_status(status));
    };
    let Some(code) = read_code(result.get("code")) else {
        return Err(Error::protocol("result has no numeric \"code\"", raw).with_status(status));
    };
    let message = match result.remove("message") {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    if code != SUCCESS {
        let kind = kind_for_code(code, &message);
        let shown = if message.is_empty() {
            format!("Name.com response code {code}")
        } else {
            message.clone()
        };
        let mut err = Error::provider(kind, Some(code.to_string()), shown).with_status(status);
        if kind == ErrorKind::ProviderDown {
            err = err.with_retryable(repeatable);
        }
        if !map.is_empty() {
            err = err.with_details(Value::Object(map));
        }
        return Err(err);
    }
    if !(200..300).contains(&status) {
        return Err(
            Error::protocol(format!("HTTP {status} with result code 100"), raw).with_status(status),
        );
    }
    // Anything in `result` besides the code and message is kept.
    result.remove("code");
    if !result.is_empty() {
        map.insert("result".into(), Value::Object(result));
    }
    Ok((map, raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_map_to_codes() {
        assert_eq!(
            code_for_message("Parameter Value Error - Domain Name Is Not Available"),
            Some(204)
        );
        assert_eq!(code_for_message("Insufficient Funds"), Some(260));
        assert_eq!(code_for_message("something else"), None);
        assert_eq!(
            kind_for_code(204, "Parameter Value Error - Domain Name Is Not Available"),
            ErrorKind::Unavailable
        );
        assert_eq!(kind_for_code(251, ""), ErrorKind::Auth);
        assert_eq!(kind_for_code(999, ""), ErrorKind::Rejected);
    }
}
