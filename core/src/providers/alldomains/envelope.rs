//! The `{"result": …, "error": null | {"message", "code"}}` envelope ("Error codes and response
//! processing").

use crate::error::{Error, ErrorKind};
use crate::response::{JsonBody, read_json};
use serde_json::Value;

/// Decides the kind of an Alldomains error from its message. The document uses the generic code
/// 9999 in every example ("each error will have its own unique code"), so the code alone tells
/// nothing; it is kept verbatim on the error.
pub fn classify(_code: Option<&str>, message: &str) -> ErrorKind {
    let m = message.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| m.contains(w));
    if has(&[
        "authentication",
        "unauthorized",
        "unauthorised",
        "invalid token",
        "access denied",
        "авториз",
    ]) {
        ErrorKind::Auth
    } else if has(&["too many", "rate limit", "слишком много"]) {
        ErrorKind::RateLimited
    } else if has(&["insufficient", "not enough", "low balance", "недостаточно"]) {
        ErrorKind::InsufficientFunds
    } else if has(&["not found", "не найден"]) {
        ErrorKind::NotFound
    } else if has(&["already exists", "уже существует"]) {
        ErrorKind::AlreadyExists
    } else if is_unavailable(&m) {
        ErrorKind::Unavailable
    } else if has(&[
        "invalid",
        "required",
        "must ",
        "format",
        "неверн",
        "обязательн",
    ]) {
        ErrorKind::InvalidInput
    } else {
        ErrorKind::Rejected
    }
}

/// Whether a (lowercased) message says the domain cannot be registered.
pub(crate) fn is_unavailable(lower: &str) -> bool {
    [
        "not available",
        "unavailable",
        "already registered",
        "is taken",
        "is busy",
        "занят",
        "недоступ",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The provider's error object, when the envelope carries one.
pub(crate) struct ProviderError {
    pub code: Option<String>,
    pub message: String,
}

impl ProviderError {
    pub fn into_error(self, status: u16) -> Error {
        let kind = classify(self.code.as_deref(), &self.message);
        Error::provider(kind, self.code, self.message).with_status(status)
    }
}

/// The envelope read: `Ok(result)` or the provider's error object.
pub(crate) fn read<'a>(
    response: &http::Response<&'a [u8]>,
) -> Result<(JsonBody<'a>, Result<Value, ProviderError>), Error> {
    let mut body = read_json(response)?;
    let Value::Object(map) = &mut body.value else {
        return Err(Error::protocol(
            "expected a JSON object with \"result\" and \"error\"",
            body.raw,
        )
        .with_status(body.status));
    };
    let error = map.remove("error").unwrap_or(Value::Null);
    let result = map.remove("result");
    match error {
        Value::Null => {}
        Value::Object(e) => {
            let code = match e.get("code") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            let message = match e.get("message") {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::from("(no message)"),
            };
            return Ok((body, Err(ProviderError { code, message })));
        }
        Value::String(message) => {
            return Ok((
                body,
                Err(ProviderError {
                    code: None,
                    message,
                }),
            ));
        }
        other => {
            return Err(
                Error::protocol(format!("unexpected \"error\" member: {other}"), body.raw)
                    .with_status(body.status),
            );
        }
    }
    match result {
        Some(v) if (200..300).contains(&body.status) => Ok((body, Ok(v))),
        Some(_) | None => {
            let status = body.status;
            let err = match crate::response::status_kind(status) {
                Some(kind) if status >= 300 => {
                    Error::new(kind, format!("HTTP {status} without an error object"))
                }
                _ if status >= 300 => Error::new(
                    ErrorKind::Protocol,
                    format!("HTTP {status} without an error object"),
                ),
                _ => Error::new(ErrorKind::Protocol, "response has no \"result\" member"),
            };
            Err(err.with_status(status).with_body(body.raw))
        }
    }
}

/// The envelope's `result`, or the provider's error as an [`Error`].
pub(crate) fn result<'a>(response: &http::Response<&'a [u8]>) -> Result<(Value, &'a [u8]), Error> {
    let (body, outcome) = read(response)?;
    match outcome {
        Ok(v) => Ok((v, body.raw)),
        Err(e) => Err(e.into_error(body.status)),
    }
}

/// For operations whose documented success result is `true`: `true` is success; `false` without an
/// error object is a refusal; anything else is kept as-is for the caller.
pub(crate) fn ack(response: &http::Response<&[u8]>) -> Result<super::Ack, Error> {
    let (value, raw) = result(response)?;
    match value {
        Value::Bool(true) => Ok(super::Ack {
            success: true,
            result: None,
        }),
        Value::Bool(false) | Value::Null => Err(Error::new(
            ErrorKind::Rejected,
            "the provider answered result=false without an error message",
        )
        .with_body(raw)),
        other => Ok(super::Ack {
            success: true,
            result: Some(other),
        }),
    }
}
