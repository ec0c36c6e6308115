//! The one response check that runs before any per-operation parsing.
//!
//! It reads the body as JSON whatever the `Content-Type` says (Name.com labels JSON `text/html`),
//! strips a UTF-8 byte-order mark, and turns what is not JSON into a typed error from the status:
//! 401/403 `Auth`, 429 `RateLimited` (retryable), 5xx or an empty body on 5xx `ProviderDown`
//! (retryable), anything else `Protocol` with a short excerpt. A JSON body is handed to the
//! provider's envelope reader together with the status, since some providers put an error object in
//! a 500 (LogicBoxes) and others a success in a 200 with an error member.

use crate::error::{Error, ErrorKind, ParseError};
use serde_json::Value;

/// A response body read as JSON, with its status.
#[derive(Debug)]
pub struct JsonBody<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The parsed body.
    pub value: Value,
    /// The raw body, for error excerpts.
    pub raw: &'a [u8],
}

/// The kind an HTTP status implies when the body is not usable.
pub fn status_kind(status: u16) -> Option<ErrorKind> {
    match status {
        401 | 403 => Some(ErrorKind::Auth),
        429 => Some(ErrorKind::RateLimited),
        500..=599 => Some(ErrorKind::ProviderDown),
        _ => None,
    }
}

fn status_error(status: u16, body: &[u8], what: &str) -> Error {
    match status_kind(status) {
        Some(kind) => Error::new(kind, format!("HTTP {status}: {what}"))
            .with_status(status)
            .with_body(body),
        None => Error::protocol(format!("HTTP {status}: {what}"), body).with_status(status),
    }
}

/// Reads `response` as JSON (the shared check).
pub fn read_json<'a>(response: &http::Response<&'a [u8]>) -> Result<JsonBody<'a>, Error> {
    let status = response.status().as_u16();
    let raw: &'a [u8] = response.body();
    let trimmed = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    if trimmed.iter().all(u8::is_ascii_whitespace) {
        return Err(status_error(status, raw, "empty body"));
    }
    match serde_json::from_slice::<Value>(trimmed) {
        Ok(value) => Ok(JsonBody { status, value, raw }),
        Err(e) => Err(match status_kind(status) {
            Some(_) => status_error(status, raw, "body is not JSON"),
            None => ParseError::NotJson(e).into_error(raw).with_status(status),
        }),
    }
}

/// Deserializes a typed value from `value`, keeping an excerpt of `raw` on failure.
pub fn from_value<T: serde::de::DeserializeOwned>(value: Value, raw: &[u8]) -> Result<T, Error> {
    serde_json::from_value(value).map_err(|e| ParseError::Shape(e.to_string()).into_error(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, body: &'static [u8]) -> http::Response<&'static [u8]> {
        let mut r = http::Response::new(body);
        *r.status_mut() = http::StatusCode::from_u16(status).unwrap_or_default();
        r
    }

    #[test]
    fn kinds_from_status_when_not_json() {
        let k = |s, b| {
            read_json(&resp(s, b))
                .err()
                .map(|e| (e.kind(), e.is_retryable()))
        };
        assert_eq!(
            k(502, b"<html>bad gateway</html>"),
            Some((ErrorKind::ProviderDown, true))
        );
        assert_eq!(
            k(200, b"<html>proxy</html>"),
            Some((ErrorKind::Protocol, false))
        );
        assert_eq!(k(401, b""), Some((ErrorKind::Auth, false)));
        assert_eq!(k(429, b"slow down"), Some((ErrorKind::RateLimited, true)));
        assert_eq!(k(200, b"  "), Some((ErrorKind::Protocol, false)));
    }

    #[test]
    fn json_whatever_the_status_or_bom() {
        let ok = read_json(&resp(500, b"\xEF\xBB\xBF{\"a\":1}")).map(|j| j.value);
        assert_eq!(ok.ok(), Some(serde_json::json!({"a": 1})));
    }
}
