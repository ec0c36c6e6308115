//! Reading responses: the document's acceptance rule, `_error` / `_error_ops`, bulk results.
//!
//! "Acceptable request results may be: scalar `true`; an array which does not contain `_error`
//! element; any other result including the blank is an error." A response is never wrapped in an
//! envelope; application errors come with HTTP 200 (responses doc §1), so a non-2xx status without
//! `_error` is a transport or server failure.

use super::outputs::{Availability, Bulk, Reply};
use crate::error::{Error, ErrorKind};
use crate::operation::Safety;
use crate::response::{JsonBody, read_json, status_kind};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Decides the kind of an `_error` text. The API has no error codes: `_error` is a lower-case
/// English message or template (responses doc §1), so the kind comes from its words.
pub fn classify(text: &str) -> ErrorKind {
    let m = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| m.contains(w));
    if has(&[
        "not_allowed_ip",
        "ip not allowed",
        "not allowed ip",
        "ip address is not allowed",
    ]) {
        ErrorKind::IpNotAllowed
    } else if has(&[
        "invalid_token",
        "auth",
        "not logged",
        "login or password",
        "wrong login",
        "incorrect login",
        "pincode",
    ]) {
        ErrorKind::Auth
    } else if has(&["too many", "rate limit", "banned", "requests limit"]) {
        ErrorKind::RateLimited
    } else if has(&[
        "not enough money",
        "insufficient",
        "not enough funds",
        "low balance",
    ]) {
        ErrorKind::InsufficientFunds
    } else if has(&["wait", "in progress", "pending"]) {
        ErrorKind::Pending
    } else if has(&["already exists"]) {
        ErrorKind::AlreadyExists
    } else if has(&[
        "not available",
        "unavailable",
        "already registered",
        "is taken",
        "is busy",
    ]) {
        ErrorKind::Unavailable
    } else if has(&[
        "not found",
        "does not exist",
        "doesn't exist",
        "not exists",
        "no such",
        "unknown object",
    ]) {
        ErrorKind::NotFound
    } else if has(&[
        "invalid",
        "required",
        "must be",
        "must not",
        "wrong",
        "incorrect",
        "bad ",
        "empty",
        "too long",
    ]) {
        ErrorKind::InvalidInput
    } else {
        ErrorKind::Rejected
    }
}

/// Fills `{name}` placeholders of an `_error` template from `_error_ops` (scalars only); a
/// placeholder without a value is left as it is.
pub fn fill_template(template: &str, ops: Option<&Value>) -> String {
    let Some(Value::Object(ops)) = ops else {
        return template.to_owned();
    };
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let Some(end) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after.get(1..end).unwrap_or_default();
        let value = match ops.get(name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::Bool(b)) => Some(b.to_string()),
            _ => None,
        };
        match value {
            Some(v) => out.push_str(&v),
            None => out.push_str(after.get(..=end).unwrap_or_default()),
        }
        rest = after.get(end + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

fn error_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn retryable(kind: ErrorKind, safety: Safety) -> bool {
    match kind {
        // "wait" answers: PerfectPanel retries later; only safe to repeat when the command is.
        ErrorKind::Pending => !matches!(safety, Safety::Unsafe),
        k => k.default_retryable(),
    }
}

/// The error for a top-level object with `_error`: the `_error` text verbatim as the provider code,
/// the message with `_error_ops` filled in, and every other member in `details`.
fn provider_error(map: &Map<String, Value>, status: u16, safety: Safety) -> Error {
    let raw = map.get("_error").map(error_text).unwrap_or_default();
    let message = fill_template(&raw, map.get("_error_ops"));
    let kind = classify(&raw);
    let mut details = map.clone();
    details.remove("_error");
    let mut e = Error::provider(kind, Some(raw), message)
        .with_status(status)
        .with_retryable(retryable(kind, safety));
    if !details.is_empty() {
        e = e.with_details(Value::Object(details));
    }
    e
}

fn status_error(body: &JsonBody<'_>) -> Error {
    let status = body.status;
    match status_kind(status) {
        Some(kind) => Error::new(kind, format!("HTTP {status} without an _error member"))
            .with_status(status)
            .with_body(body.raw),
        None => Error::protocol(format!("HTTP {status} without an _error member"), body.raw)
            .with_status(status),
    }
}

/// The shared check: the JSON value of an acceptable result, or the error. `count` also accepts a
/// bare non-negative integer (search commands with `count=1` return the total as a number).
fn accept(
    response: &http::Response<&[u8]>,
    safety: Safety,
    count: bool,
) -> Result<(Value, Vec<u8>), Error> {
    let body = read_json(response)?;
    if let Value::Object(map) = &body.value {
        if map.contains_key("_error") {
            return Err(provider_error(map, body.status, safety));
        }
    }
    if !(200..300).contains(&body.status) {
        return Err(status_error(&body));
    }
    match &body.value {
        Value::Bool(true) | Value::Object(_) | Value::Array(_) => {}
        Value::Number(n) if count && n.is_u64() => {}
        Value::Bool(false) | Value::Null => {
            return Err(Error::new(
                ErrorKind::Rejected,
                format!(
                    "the API answered {} without an _error message (unknown api error)",
                    body.value
                ),
            )
            .with_status(body.status)
            .with_body(body.raw));
        }
        other => {
            return Err(Error::protocol(
                format!(
                    "the API answered {other}; acceptable results are true, an object or an array (any other result is an error)"
                ),
                body.raw,
            )
            .with_status(body.status));
        }
    }
    Ok((body.value, body.raw.to_vec()))
}

fn typed<T: DeserializeOwned>(value: Value, raw: &[u8]) -> Result<T, Error> {
    crate::response::from_value(value, raw)
}

/// A single command: `true`, an object or an array without `_error`.
pub fn single<T: DeserializeOwned>(
    response: http::Response<&[u8]>,
    safety: Safety,
) -> Result<T, Error> {
    let (value, raw) = accept(&response, safety, false)?;
    typed(value, &raw)
}

/// A search command: like [`single`], and a bare number is the total asked for with `count=1`.
pub fn counted<T: DeserializeOwned>(
    response: http::Response<&[u8]>,
    safety: Safety,
) -> Result<T, Error> {
    let (value, raw) = accept(&response, safety, true)?;
    typed(value, &raw)
}

/// `domainsCheck`: `{"<domain>": 1 | 0 | null}`. A top-level `_error` is an error whose details keep
/// every per-domain value.
pub fn check(response: http::Response<&[u8]>, safety: Safety) -> Result<Availability, Error> {
    let (value, raw) = accept(&response, safety, false)?;
    match value {
        Value::Object(map) => Ok(Availability::from_map(map)),
        other => Err(Error::protocol(
            format!("expected an object mapping each domain to 1 or 0, found {other}"),
            &raw,
        )),
    }
}

fn is_failed(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.contains_key("_error"),
        Value::Bool(true) | Value::Array(_) => false,
        _ => true,
    }
}

/// A bulk command: one result per element, keyed by the keys that were sent (an array answer is
/// keyed `0..n-1`). Any failed element, or a top-level `_error` ("partially failed (1/2): …",
/// "completely failed …", "not enough money"), makes the call an error whose details list the
/// `succeeded` and `failed` elements by key, so the caller sees what was done.
pub fn bulk<T: DeserializeOwned>(
    response: http::Response<&[u8]>,
    safety: Safety,
) -> Result<Reply<Bulk<T>>, Error> {
    let body = read_json(&response)?;
    let status = body.status;
    type Parts = (Vec<(String, Value)>, Map<String, Value>, Option<Value>);
    let (items, extras, top): Parts = match &body.value {
        Value::Array(a) => (
            a.iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v.clone()))
                .collect(),
            Map::new(),
            None,
        ),
        Value::Object(m) => {
            let mut items = Vec::new();
            let mut extras = Map::new();
            for (k, v) in m {
                if k.starts_with('_') {
                    if k != "_error" {
                        extras.insert(k.clone(), v.clone());
                    }
                } else {
                    items.push((k.clone(), v.clone()));
                }
            }
            (items, extras, m.get("_error").cloned())
        }
        Value::Bool(true) if (200..300).contains(&status) => return Ok(Reply::Done),
        _ => {
            // Blank, false, null, numbers, strings: the shared rules give the error.
            accept(&response, safety, false)?;
            return Err(Error::protocol("unexpected bulk result", body.raw));
        }
    };
    let failed: Vec<&(String, Value)> = items.iter().filter(|(_, v)| is_failed(v)).collect();
    if top.is_none() && failed.is_empty() {
        if !(200..300).contains(&status) {
            return Err(status_error(&body));
        }
        let mut out = Vec::with_capacity(items.len());
        for (k, v) in items {
            out.push((k, typed::<T>(v, body.raw)?));
        }
        return Ok(Reply::Data(Bulk(out)));
    }
    let mut succeeded = Map::new();
    let mut failed_map = Map::new();
    for (k, v) in &items {
        if is_failed(v) {
            failed_map.insert(k.clone(), v.clone());
        } else {
            succeeded.insert(k.clone(), v.clone());
        }
    }
    let first_item_error = failed.first().map(|(k, v)| match v {
        Value::Object(m) => m.get("_error").map(error_text).unwrap_or_default(),
        other => format!("element {k}: {other}"),
    });
    let raw = top
        .as_ref()
        .map(error_text)
        .or(first_item_error)
        .unwrap_or_default();
    let kind = classify(&raw);
    let message = fill_template(&raw, extras.get("_error_ops"));
    let any_done = !succeeded.is_empty();
    let mut details = extras;
    details.insert("succeeded".into(), Value::Object(succeeded));
    details.insert("failed".into(), Value::Object(failed_map));
    let code = top.as_ref().map(error_text);
    let message = if top.is_some() {
        message
    } else {
        format!(
            "{} of {} elements failed: {message}",
            failed.len(),
            items.len()
        )
    };
    Err(Error::provider(kind, code, message)
        .with_status(status)
        .with_retryable(!any_done && retryable(kind, safety))
        .with_details(Value::Object(details)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn templates() {
        let ops = json!({"domain": "a.com", "type": "A"});
        assert_eq!(
            fill_template(
                "CNAME record {domain} conflicts with already existing '{type}' record {domain}",
                Some(&ops)
            ),
            "CNAME record a.com conflicts with already existing 'A' record a.com"
        );
        assert_eq!(fill_template("x {missing} {", Some(&ops)), "x {missing} {");
        assert_eq!(fill_template("plain", None), "plain");
    }

    #[test]
    fn kinds() {
        assert_eq!(classify("not enough money"), ErrorKind::InsufficientFunds);
        assert_eq!(classify("wrong pincode"), ErrorKind::Auth);
        assert_eq!(classify("not_allowed_ip"), ErrorKind::IpNotAllowed);
        assert_eq!(classify("email already exists"), ErrorKind::AlreadyExists);
        assert_eq!(classify("please wait"), ErrorKind::Pending);
        assert_eq!(classify("object is freezed"), ErrorKind::Rejected);
        assert_eq!(
            classify("partially failed (1/2): domain is not available"),
            ErrorKind::Unavailable
        );
    }
}
