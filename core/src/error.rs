//! Errors in two layers.
//!
//! Inside the crate each stage has a precise [`thiserror`] enum ([`BuildError`] while a request is
//! built, [`ParseError`] while a response is read). Everything that leaves the crate is one
//! [`Error`] with a small [`ErrorKind`] that callers act on, [`Error::is_retryable`], and — when the
//! provider answered with an error — the provider's own code and message, verbatim.
//!
//! Secrets never appear here: builders validate and report the *name* of a field, never a credential.

use serde::Serialize;
use serde_json::Value;

/// What went wrong, coarsely enough to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The caller's input was refused before anything was sent (or the provider says it is invalid).
    InvalidInput,
    /// Credentials were refused.
    Auth,
    /// The caller's IP address is not on the provider's allow list.
    IpNotAllowed,
    /// Too many requests; retry later.
    RateLimited,
    /// The domain, contact, order or service does not exist (for this account).
    NotFound,
    /// The domain (or other object) is not available, e.g. already registered by someone else.
    Unavailable,
    /// The object already exists (in this account).
    AlreadyExists,
    /// The account balance does not cover the operation.
    InsufficientFunds,
    /// The operation was accepted but is not finished (waiting for approval, a registry, …).
    Pending,
    /// The provider is down or failing (5xx without a usable body, maintenance).
    ProviderDown,
    /// The provider refused the command for a reason not covered by a more precise kind; the
    /// provider code and message say why.
    Rejected,
    /// The response could not be understood (not JSON, wrong shape, proxy page).
    Protocol,
    /// The operation is not supported by this provider or this library.
    Unsupported,
    /// The host's transport could not send the request or lost the response (connection refused,
    /// timeout, TLS failure). For an operation that is not safe to repeat the outcome is unknown:
    /// `details.confirm_with` names the read-only operation that tells (see [`Error::transport`]).
    Transport,
}

impl ErrorKind {
    /// Every kind, in declaration order (for bindings that mirror the list).
    pub const ALL: [ErrorKind; 14] = [
        ErrorKind::InvalidInput,
        ErrorKind::Auth,
        ErrorKind::IpNotAllowed,
        ErrorKind::RateLimited,
        ErrorKind::NotFound,
        ErrorKind::Unavailable,
        ErrorKind::AlreadyExists,
        ErrorKind::InsufficientFunds,
        ErrorKind::Pending,
        ErrorKind::ProviderDown,
        ErrorKind::Rejected,
        ErrorKind::Protocol,
        ErrorKind::Unsupported,
        ErrorKind::Transport,
    ];

    /// The snake_case name used in every binding (`"invalid_input"`, `"not_found"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::Auth => "auth",
            ErrorKind::IpNotAllowed => "ip_not_allowed",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::AlreadyExists => "already_exists",
            ErrorKind::InsufficientFunds => "insufficient_funds",
            ErrorKind::Pending => "pending",
            ErrorKind::ProviderDown => "provider_down",
            ErrorKind::Rejected => "rejected",
            ErrorKind::Protocol => "protocol",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::Transport => "transport",
        }
    }

    /// Whether an error of this kind is, by default, worth retrying unchanged.
    pub const fn default_retryable(self) -> bool {
        matches!(self, ErrorKind::RateLimited | ErrorKind::ProviderDown)
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The one public error (boxed inside, so `Result<T, Error>` stays small).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Error {
    inner: Box<ErrorInner>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct ErrorInner {
    kind: ErrorKind,
    message: String,
    retryable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provider_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provider_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_excerpt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<Value>,
}

/// How many characters of an unexpected body a `Protocol` error keeps.
pub const BODY_EXCERPT_CHARS: usize = 200;

impl Error {
    /// A new error of `kind` with a human-readable message; retryable as the kind's default.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(ErrorInner {
                kind,
                message: message.into(),
                retryable: kind.default_retryable(),
                field: None,
                status: None,
                provider_code: None,
                provider_message: None,
                body_excerpt: None,
                details: None,
            }),
        }
    }

    /// The caller's input for `field` is refused, before anything was sent.
    pub fn invalid_input(field: impl Into<String>, reason: impl std::fmt::Display) -> Self {
        let field = field.into();
        let mut e = Error::new(ErrorKind::InvalidInput, format!("{field}: {reason}"));
        e.inner.field = Some(field);
        e
    }

    /// Not supported (by the provider or by this library), with the reason.
    pub fn unsupported(reason: impl Into<String>) -> Self {
        Error::new(ErrorKind::Unsupported, reason)
    }

    /// The response was not what the provider documents; keeps a short excerpt of the body.
    pub fn protocol(reason: impl Into<String>, body: &[u8]) -> Self {
        let mut e = Error::new(ErrorKind::Protocol, reason);
        e.inner.body_excerpt = Some(excerpt(body));
        e
    }

    /// The host's transport failed to send the request for `operation` (or lost the answer).
    ///
    /// Retryable only when the operation is safe to repeat; otherwise `details` carries
    /// `{"operation", "safety", "confirm_with"}` so the caller checks the outcome before retrying
    /// (DESIGN.md, "Money is never spent twice by accident").
    pub fn transport(
        operation: Option<&crate::operation::Metadata>,
        reason: impl std::fmt::Display,
    ) -> Self {
        let mut e = Error::new(
            ErrorKind::Transport,
            format!("the request was not answered: {reason}"),
        );
        if let Some(m) = operation {
            e.inner.retryable = m.is_idempotent();
            e.inner.details = Some(serde_json::json!({
                "operation": m.name,
                "safety": m.safety,
                "confirm_with": m.confirm_with,
            }));
        }
        e
    }

    /// The provider answered with its own error; `code` and `message` are kept verbatim.
    pub fn provider(kind: ErrorKind, code: Option<String>, message: impl Into<String>) -> Self {
        let message = message.into();
        let mut e = Error::new(kind, message.clone());
        e.inner.provider_code = code;
        e.inner.provider_message = Some(message);
        e
    }

    /// Sets whether a retry of the same request is safe and useful.
    pub fn with_retryable(mut self, retryable: bool) -> Self {
        self.inner.retryable = retryable;
        self
    }
    /// Records the HTTP status the error came with.
    pub fn with_status(mut self, status: u16) -> Self {
        self.inner.status = Some(status);
        self
    }
    /// Attaches structured details (the provider's error parameters, per-item failures, …).
    pub fn with_details(mut self, details: Value) -> Self {
        self.inner.details = Some(details);
        self
    }
    /// Attaches a short excerpt of the response body.
    pub fn with_body(mut self, body: &[u8]) -> Self {
        self.inner.body_excerpt = Some(excerpt(body));
        self
    }

    /// What went wrong, coarsely.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }
    /// A human-readable message (the provider's message when the provider produced the error).
    pub fn message(&self) -> &str {
        &self.inner.message
    }
    /// Whether sending the same request again may succeed and is safe.
    pub fn is_retryable(&self) -> bool {
        self.inner.retryable
    }
    /// The input field an `InvalidInput` error is about.
    pub fn field(&self) -> Option<&str> {
        self.inner.field.as_deref()
    }
    /// The HTTP status of the response, when the error came from one.
    pub fn status(&self) -> Option<u16> {
        self.inner.status
    }
    /// The provider's own error code, verbatim (as text).
    pub fn provider_code(&self) -> Option<&str> {
        self.inner.provider_code.as_deref()
    }
    /// The provider's own error message, verbatim.
    pub fn provider_message(&self) -> Option<&str> {
        self.inner.provider_message.as_deref()
    }
    /// The start of an unexpected response body (`Protocol` errors).
    pub fn body_excerpt(&self) -> Option<&str> {
        self.inner.body_excerpt.as_deref()
    }
    /// Structured details, when the provider sent any.
    pub fn details(&self) -> Option<&Value> {
        self.inner.details.as_ref()
    }

    /// The error as a JSON object — the shape every binding hands to its host language.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_else(|_| Value::String(self.inner.message.clone()))
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.inner.kind, self.inner.message)?;
        if let Some(code) = &self.inner.provider_code {
            write!(f, " (provider code {code})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// A lossy, bounded excerpt of a body for error messages.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text.chars().take(BODY_EXCERPT_CHARS).collect();
    if text.chars().nth(BODY_EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Errors while building a request.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A field's value is refused.
    #[error("{field}: {reason}")]
    Invalid {
        /// The field, in the vendor's spelling.
        field: String,
        /// Why.
        reason: String,
    },
    /// The parameters do not match the operation's shape.
    #[error("parameters: {0}")]
    Params(#[from] serde_json::Error),
    /// The `http` crate refused the request (a bad URL or header value).
    #[error("request: {0}")]
    Http(#[from] http::Error),
}

impl From<BuildError> for Error {
    fn from(e: BuildError) -> Self {
        match e {
            BuildError::Invalid { field, reason } => Error::invalid_input(field, reason),
            BuildError::Params(err) => Error::invalid_input("params", err),
            BuildError::Http(err) => Error::invalid_input("request", err),
        }
    }
}

/// Errors while reading a response.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The body is not the JSON the provider documents.
    #[error("response is not valid JSON: {0}")]
    NotJson(serde_json::Error),
    /// The JSON does not have the documented shape.
    #[error("unexpected response shape: {0}")]
    Shape(String),
}

impl ParseError {
    /// Turns the stage error into the public one, keeping an excerpt of the body.
    pub fn into_error(self, body: &[u8]) -> Error {
        Error::protocol(self.to_string(), body)
    }
}
