//! The Kotlin and Swift binding of registrar-kit (uniffi, proc-macro mode).
//!
//! Every item here is a thin newtype or record whose methods delegate to [`registrar_kit`] in one
//! line; nothing is encoded, parsed, signed or status-checked on this side of the boundary.
//!
//! - [`Client`] is the generic path: any operation of any provider by name, with parameters and
//!   results as JSON text (`prepare` → [`HttpRequest`], `parse(HttpResponse)` → JSON text).
//! - [`HttpTransport`] is the foreign trait a Kotlin or Swift program implements with its own HTTP
//!   client; [`Client::call`] prepares, sends through it and parses.
//! - [`RegistrarError`] has one variant per [`registrar_kit::ErrorKind`] (Kotlin:
//!   `catch (e: RegistrarException.NotFound)`), plus `Transport` for failures of the host's transport.
//!
//! The Kotlin package is `dev.registrarkit`, the Swift module `RegistrarKit` (see `uniffi.toml`).
//! Generate the sources with the workspace's own `uniffi-bindgen`
//! (`cargo run -p registrar-kit-uniffi --features cli --bin uniffi-bindgen -- generate --library …`).

// The error crosses the FFI by value (serialized); boxing it would only add an allocation.

// The uniffi error carries every field by value across the FFI (boxing would not cross it).
#![allow(clippy::result_large_err)]

use registrar_kit::ErrorKind;
use registrar_kit::catalog;
use registrar_kit::record as core_record;
use registrar_kit::registrar as core_registrar;
use std::sync::{Arc, Mutex};

uniffi::setup_scaffolding!("registrar_kit");

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/// One HTTP header.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Header {
    /// The header name (lowercase in prepared requests).
    pub name: String,
    /// The header value.
    pub value: String,
}

/// A request ready to send: what the host's HTTP client needs, nothing more.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpRequest {
    /// `GET`, `POST`, …
    pub method: String,
    /// The full URL, query string included.
    pub url: String,
    /// The headers, in order.
    pub headers: Vec<Header>,
    /// The body bytes (empty for none).
    pub body: Vec<u8>,
}

/// A response as the host's HTTP client received it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The headers, in order.
    pub headers: Vec<Header>,
    /// The body bytes.
    pub body: Vec<u8>,
}

fn headers_in(headers: Vec<(String, String)>) -> Vec<Header> {
    headers
        .into_iter()
        .map(|(name, value)| Header { name, value })
        .collect()
}

fn headers_out(headers: Vec<Header>) -> Vec<(String, String)> {
    headers.into_iter().map(|h| (h.name, h.value)).collect()
}

impl From<core_record::HttpRequest> for HttpRequest {
    fn from(r: core_record::HttpRequest) -> Self {
        HttpRequest {
            method: r.method,
            url: r.url,
            headers: headers_in(r.headers),
            body: r.body,
        }
    }
}

impl From<HttpRequest> for core_record::HttpRequest {
    fn from(r: HttpRequest) -> Self {
        core_record::HttpRequest {
            method: r.method,
            url: r.url,
            headers: headers_out(r.headers),
            body: r.body,
        }
    }
}

impl From<core_record::HttpResponse> for HttpResponse {
    fn from(r: core_record::HttpResponse) -> Self {
        HttpResponse {
            status: r.status,
            headers: headers_in(r.headers),
            body: r.body,
        }
    }
}

impl From<HttpResponse> for core_record::HttpResponse {
    fn from(r: HttpResponse) -> Self {
        core_record::HttpResponse {
            status: r.status,
            headers: headers_out(r.headers),
            body: r.body,
        }
    }
}

impl std::fmt::Debug for HttpRequest {
    /// Always redacted, like the core's.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        core_record::HttpRequest::from(self.clone()).fmt(f)
    }
}

#[uniffi::export]
impl HttpRequest {
    /// The body as text (lossy for non-UTF-8 bytes).
    pub fn body_text(&self) -> String {
        core_record::HttpRequest::from(self.clone()).body_text()
    }

    /// The value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: String) -> Option<String> {
        core_record::HttpRequest::from(self.clone())
            .header(&name)
            .map(str::to_owned)
    }

    /// A copy safe for logs: credential headers, query parameters, form fields and JSON members
    /// show `***`.
    pub fn redacted(&self) -> HttpRequest {
        core_record::HttpRequest::from(self.clone())
            .redacted()
            .into()
    }

    /// The request as JSON text (`{"method","url","headers":[[n,v]…],"body":"…"}`), redacted or not.
    pub fn to_json(&self, redact: bool) -> String {
        core_record::HttpRequest::from(self.clone())
            .to_json(redact)
            .to_string()
    }
}

#[uniffi::export]
impl HttpResponse {
    /// The body as text (lossy for non-UTF-8 bytes).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The body of `request` as text (lossy for non-UTF-8 bytes).
#[uniffi::export]
pub fn body_text(request: HttpRequest) -> String {
    request.body_text()
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

macro_rules! registrar_error {
    (
        kinds { $( $(#[$doc:meta])* $variant:ident => $kind:ident, )* }
        extra { $( $(#[$xdoc:meta])* $xvariant:ident, )* }
    ) => {
        /// Everything that can go wrong, one variant per [`registrar_kit::ErrorKind`] plus
        /// `Transport`. Every variant carries the same fields.
        ///
        /// (The message field is `error_message`: a field named `message` does not compile in
        /// Kotlin, where it clashes with `Throwable.message`, uniffi-rs#1434.)
        #[derive(Clone, Debug, PartialEq, Eq, uniffi::Error)]
        pub enum RegistrarError {
            $(
                $(#[$doc])*
                $variant {
                    /// A human-readable message (the provider's when the provider produced it).
                    error_message: String,
                    /// Whether sending the same request again may succeed and is safe.
                    retryable: bool,
                    /// The input field an `InvalidInput` error is about.
                    field: Option<String>,
                    /// The HTTP status of the response, when the error came from one.
                    status: Option<u16>,
                    /// The provider's own error code, verbatim (as text).
                    provider_code: Option<String>,
                    /// The provider's own error message, verbatim.
                    provider_message: Option<String>,
                    /// The start of an unexpected response body (`Protocol` errors).
                    body_excerpt: Option<String>,
                    /// Structured details as JSON text, when there are any.
                    details_json: Option<String>,
                    /// The whole error as JSON text (`{"kind","message","retryable",…}`), the shape
                    /// every binding shares.
                    error_json: String,
                },
            )*
            $(
                $(#[$xdoc])*
                $xvariant {
                    /// A human-readable message.
                    error_message: String,
                    /// Whether sending the same request again may succeed and is safe.
                    retryable: bool,
                    /// Always empty (the same fields as every variant).
                    field: Option<String>,
                    /// Always empty.
                    status: Option<u16>,
                    /// Always empty.
                    provider_code: Option<String>,
                    /// Always empty.
                    provider_message: Option<String>,
                    /// Always empty.
                    body_excerpt: Option<String>,
                    /// Structured details as JSON text.
                    details_json: Option<String>,
                    /// The whole error as JSON text.
                    error_json: String,
                },
            )*
        }

        impl RegistrarError {
            fn from_parts(kind: ErrorKind, f: Fields) -> Self {
                match kind {
                    $( ErrorKind::$kind => RegistrarError::$variant {
                        error_message: f.error_message,
                        retryable: f.retryable,
                        field: f.field,
                        status: f.status,
                        provider_code: f.provider_code,
                        provider_message: f.provider_message,
                        body_excerpt: f.body_excerpt,
                        details_json: f.details_json,
                        error_json: f.error_json,
                    }, )*
                    // A kind added to the core after this binding: `Rejected` is the catch-all kind;
                    // `kind()` and `error_json` still say which one it was.
                    _ => RegistrarError::Rejected {
                        error_message: f.error_message,
                        retryable: f.retryable,
                        field: f.field,
                        status: f.status,
                        provider_code: f.provider_code,
                        provider_message: f.provider_message,
                        body_excerpt: f.body_excerpt,
                        details_json: f.details_json,
                        error_json: f.error_json,
                    },
                }
            }

            fn fields(&self) -> (&str, bool, &str) {
                match self {
                    $( RegistrarError::$variant { error_message, retryable, error_json, .. } =>
                        (error_message, *retryable, error_json), )*
                    $( RegistrarError::$xvariant { error_message, retryable, error_json, .. } =>
                        (error_message, *retryable, error_json), )*
                }
            }
        }
    };
}

/// The fields every variant of [`RegistrarError`] carries.
struct Fields {
    error_message: String,
    retryable: bool,
    field: Option<String>,
    status: Option<u16>,
    provider_code: Option<String>,
    provider_message: Option<String>,
    body_excerpt: Option<String>,
    details_json: Option<String>,
    error_json: String,
}

registrar_error! {
    kinds {
    /// The caller's input was refused before anything was sent (or the provider says it is invalid).
    InvalidInput => InvalidInput,
    /// Credentials were refused.
    Auth => Auth,
    /// The caller's IP address is not on the provider's allow list.
    IpNotAllowed => IpNotAllowed,
    /// Too many requests; retry later.
    RateLimited => RateLimited,
    /// The domain, contact, order or service does not exist (for this account).
    NotFound => NotFound,
    /// The domain (or other object) is not available, e.g. already registered by someone else.
    Unavailable => Unavailable,
    /// The object already exists (in this account).
    AlreadyExists => AlreadyExists,
    /// The account balance does not cover the operation.
    InsufficientFunds => InsufficientFunds,
    /// The operation was accepted but is not finished.
    Pending => Pending,
    /// The provider is down or failing.
    ProviderDown => ProviderDown,
    /// The provider refused the command; the provider code and message say why.
    Rejected => Rejected,
    /// The response could not be understood.
    Protocol => Protocol,
    /// The operation is not supported by this provider or this library.
    Unsupported => Unsupported,
    /// The host's [`HttpTransport`] failed (from [`Client::call`] and [`Client::run_flow`]).
    /// `retryable` is true for operations that are safe to repeat; for the others `details_json`
    /// names the read-only operation that confirms the outcome (`confirm_with`).
    Transport => Transport,
    }
    extra {}
}

impl From<registrar_kit::Error> for RegistrarError {
    fn from(e: registrar_kit::Error) -> Self {
        RegistrarError::from_parts(
            e.kind(),
            Fields {
                error_message: e.message().to_owned(),
                retryable: e.is_retryable(),
                field: e.field().map(str::to_owned),
                status: e.status(),
                provider_code: e.provider_code().map(str::to_owned),
                provider_message: e.provider_message().map(str::to_owned),
                body_excerpt: e.body_excerpt().map(str::to_owned),
                details_json: e.details().map(|d| d.to_string()),
                error_json: e.to_json().to_string(),
            },
        )
    }
}

#[uniffi::export]
impl RegistrarError {
    /// The kind as the snake_case name every binding uses (`"not_found"`, …, `"transport"`).
    pub fn kind(&self) -> String {
        let (_, _, json) = self.fields();
        serde_json::from_str::<serde_json::Value>(json)
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
            .unwrap_or_default()
    }

    /// Whether sending the same request again may succeed and is safe.
    pub fn is_retryable(&self) -> bool {
        self.fields().1
    }

    /// The human-readable message.
    pub fn describe(&self) -> String {
        self.fields().0.to_owned()
    }

    /// The error as JSON text (same as the `error_json` field).
    pub fn to_json(&self) -> String {
        self.fields().2.to_owned()
    }
}

impl std::fmt::Display for RegistrarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind(), self.fields().0)
    }
}

impl std::error::Error for RegistrarError {}

/// What a host's [`HttpTransport`] reports when it could not get a response.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Error)]
pub enum TransportError {
    /// The request could not be sent or no response came back (connection refused, timeout, …).
    Failed {
        /// Why, in the host's words.
        reason: String,
    },
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransportError::Failed { reason } => write!(f, "transport failed: {reason}"),
        }
    }
}

impl std::error::Error for TransportError {}

impl From<uniffi::UnexpectedUniFFICallbackError> for TransportError {
    /// Any other exception thrown by the foreign implementation.
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        TransportError::Failed { reason: e.reason }
    }
}

// ---------------------------------------------------------------------------------------------
// Transport and client
// ---------------------------------------------------------------------------------------------

/// The host's HTTP client: send the request as given, return the response as received (any
/// status). Implemented in Kotlin or Swift.
#[uniffi::export(with_foreign)]
pub trait HttpTransport: Send + Sync {
    /// Sends `request` and returns the response, or fails without one.
    fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;
}

/// A configured client for any provider: every operation by name, parameters and results as JSON
/// text.
#[derive(Debug, uniffi::Object)]
pub struct Client {
    inner: catalog::Client,
}

#[uniffi::export]
impl Client {
    /// A client for `provider` from its JSON configuration text (DESIGN.md, "Client config").
    #[uniffi::constructor]
    pub fn new(provider: String, config_json: String) -> Result<Self, RegistrarError> {
        Ok(Client {
            inner: catalog::Client::from_json(&provider, &config_json)?,
        })
    }

    /// The provider id.
    pub fn provider(&self) -> String {
        self.inner.provider().to_owned()
    }

    /// Builds the request for `operation` from JSON parameters (`""` means none).
    pub fn prepare(
        &self,
        operation: String,
        params_json: String,
    ) -> Result<HttpRequest, RegistrarError> {
        Ok(self.inner.prepare_json(&operation, &params_json)?.into())
    }

    /// Parses the response to `operation` into JSON output text.
    pub fn parse(
        &self,
        operation: String,
        response: HttpResponse,
    ) -> Result<String, RegistrarError> {
        Ok(self.inner.parse_json(&operation, &response.into())?)
    }

    /// A copy of `request` safe for logs (credentials show `***`).
    pub fn redact(&self, request: HttpRequest) -> HttpRequest {
        request.redacted()
    }

    /// The metadata of every operation of this provider as JSON text (an array).
    pub fn operations_json(&self) -> String {
        serde_json::to_string(&self.inner.operations()).unwrap_or_else(|_| "[]".to_owned())
    }

    /// Prepares `operation`, sends it through `transport` and parses the response.
    pub fn call(
        &self,
        operation: String,
        params_json: String,
        transport: Arc<dyn HttpTransport>,
    ) -> Result<String, RegistrarError> {
        let request = self.prepare(operation.clone(), params_json)?;
        let response = self.send(&operation, request, transport.as_ref())?;
        self.parse(operation, response)
    }

    /// The flows this provider offers as JSON text (`[{provider, name, summary}]`).
    pub fn flows_json(&self) -> String {
        serde_json::to_string(&self.inner.flows()).unwrap_or_else(|_| "[]".to_owned())
    }

    /// Starts flow `name` (Name.com: `"session"`) with JSON parameters; see [`Flow`].
    pub fn flow(&self, name: String, params_json: String) -> Result<Arc<Flow>, RegistrarError> {
        let inner = self.inner.flow_json(&name, &params_json)?;
        Ok(Arc::new(Flow {
            inner: Mutex::new(inner),
        }))
    }

    /// Runs flow `name` to the end through `transport`; returns its output as JSON text.
    pub fn run_flow(
        &self,
        name: String,
        params_json: String,
        transport: Arc<dyn HttpTransport>,
    ) -> Result<String, RegistrarError> {
        let flow = self.flow(name, params_json)?;
        loop {
            match flow.next() {
                FlowStep::Done { output_json } => return Ok(output_json),
                FlowStep::Send { request } => {
                    flow.feed(self.send("", request, transport.as_ref())?);
                }
            }
        }
    }
}

impl Client {
    /// Sends through the host's transport; a failure becomes the core's `transport` error.
    fn send(
        &self,
        operation: &str,
        request: HttpRequest,
        transport: &dyn HttpTransport,
    ) -> Result<HttpResponse, RegistrarError> {
        transport
            .send(request)
            .map_err(|e| self.inner.transport_error(operation, &e.to_string()).into())
    }
}

/// What a [`Flow`] wants next.
#[derive(Clone, Debug, uniffi::Enum)]
pub enum FlowStep {
    /// Send this request and [`Flow::feed`] the response back.
    Send {
        /// The request.
        request: HttpRequest,
    },
    /// The flow is over.
    Done {
        /// Its output as JSON text.
        output_json: String,
    },
}

/// A multi-call flow run one request at a time, with no I/O of its own.
#[derive(Debug, uniffi::Object)]
pub struct Flow {
    inner: Mutex<catalog::Flow>,
}

#[uniffi::export]
impl Flow {
    /// The request to send now, or the output when the flow is over.
    pub fn next(&self) -> FlowStep {
        match self.lock().next() {
            catalog::FlowStep::Send(r) => FlowStep::Send { request: r.into() },
            catalog::FlowStep::Done(v) => FlowStep::Done {
                output_json: v.to_string(),
            },
        }
    }

    /// Takes the response to the request [`Flow::next`] handed out.
    pub fn feed(&self, response: HttpResponse) {
        self.lock().feed(&response.into());
    }
}

impl Flow {
    fn lock(&self) -> std::sync::MutexGuard<'_, catalog::Flow> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

// ---------------------------------------------------------------------------------------------
// The unified registrar interface
// ---------------------------------------------------------------------------------------------

/// The unified registrar interface for one configured provider: the common operations (`check`,
/// `info`, `set_nameservers`, `lock`, `renew`, …) by their snake_case name, parameters and
/// results as JSON text with the same shapes for every provider.
#[derive(Debug, uniffi::Object)]
pub struct Registrar {
    inner: core_registrar::Registrar,
}

#[uniffi::export]
impl Registrar {
    /// A registrar for `provider` from its JSON configuration text.
    #[uniffi::constructor]
    pub fn new(provider: String, config_json: String) -> Result<Self, RegistrarError> {
        Ok(Registrar {
            inner: core_registrar::Registrar::from_client(catalog::Client::from_json(
                &provider,
                &config_json,
            )?),
        })
    }

    /// The provider id.
    pub fn provider(&self) -> String {
        self.inner.provider().to_owned()
    }

    /// This provider's row of the capability matrix as JSON text (`{operation: {kind, …}}`).
    pub fn capabilities_json(&self) -> String {
        core_registrar::matrix_json()
            .get(self.inner.provider())
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    /// Starts common operation `operation` with JSON parameters (`""` means none). Bad input
    /// and an unsupported operation fail here, before anything is sent.
    pub fn start(
        &self,
        operation: String,
        params_json: String,
    ) -> Result<Arc<RegistrarFlowHandle>, RegistrarError> {
        let flow = self.inner.start(&operation, &params(&params_json)?)?;
        Ok(Arc::new(RegistrarFlowHandle {
            inner: Mutex::new(flow),
        }))
    }

    /// Runs common operation `operation` to the end through `transport`; returns its result as
    /// JSON text. A transport failure is `RegistrarError.Transport` (retryable only for a lost
    /// read; `details_json` names the read-only operation that confirms the outcome).
    pub fn run(
        &self,
        operation: String,
        params_json: String,
        transport: Arc<dyn HttpTransport>,
    ) -> Result<String, RegistrarError> {
        let flow = self.start(operation, params_json)?;
        loop {
            match flow.next()? {
                RegistrarStep::Done { output_json } => return Ok(output_json),
                RegistrarStep::Send { request } => match transport.send(request) {
                    Ok(response) => flow.feed(response),
                    Err(e) => flow.transport_failed(e.to_string()),
                },
            }
        }
    }
}

/// What a [`RegistrarFlowHandle`] wants next.
#[derive(Clone, Debug, uniffi::Enum)]
pub enum RegistrarStep {
    /// Send this request and [`RegistrarFlowHandle::feed`] the response back.
    Send {
        /// The request.
        request: HttpRequest,
    },
    /// The flow is over.
    Done {
        /// Its result as JSON text.
        output_json: String,
    },
}

/// A common operation run one request at a time, with no I/O of its own.
#[derive(Debug, uniffi::Object)]
pub struct RegistrarFlowHandle {
    inner: Mutex<core_registrar::RegistrarFlow<serde_json::Value>>,
}

#[uniffi::export]
impl RegistrarFlowHandle {
    /// The request to send now, or the result when the flow is over; throws the flow's error.
    pub fn next(&self) -> Result<RegistrarStep, RegistrarError> {
        Ok(match self.lock().next() {
            core_registrar::RegistrarStep::Send(r) => RegistrarStep::Send { request: r.into() },
            core_registrar::RegistrarStep::Done(r) => RegistrarStep::Done {
                output_json: r?.to_string(),
            },
        })
    }

    /// Takes the response to the request [`RegistrarFlowHandle::next`] handed out.
    pub fn feed(&self, response: HttpResponse) {
        self.lock().feed(&response.into());
    }

    /// The host's transport could not send the outstanding request: ends the flow, whose
    /// `next()` then throws `RegistrarError.Transport`.
    pub fn transport_failed(&self, reason: String) {
        self.lock().transport_failed(&reason);
    }
}

impl RegistrarFlowHandle {
    fn lock(&self) -> std::sync::MutexGuard<'_, core_registrar::RegistrarFlow<serde_json::Value>> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// JSON parameters (`""` means none).
fn params(json: &str) -> Result<serde_json::Value, RegistrarError> {
    if json.trim().is_empty() {
        return Ok(serde_json::Value::Object(serde_json::Map::new()));
    }
    serde_json::from_str(json).map_err(|e| registrar_kit::Error::invalid_input("params", e).into())
}

/// The capability matrix of every provider as JSON text (`{provider: {operation: {kind, …}}}`).
#[uniffi::export]
pub fn capability_matrix_json() -> String {
    core_registrar::matrix_json().to_string()
}

/// Every operation of every provider as JSON text: `[{provider, name, method, path, safety, …}]`.
#[uniffi::export]
pub fn catalog_json() -> String {
    catalog::catalog_json().to_string()
}

/// The provider ids.
#[uniffi::export]
pub fn providers() -> Vec<String> {
    catalog::PROVIDERS.iter().map(|p| (*p).to_owned()).collect()
}

/// Every error kind name, in the core's order (`"invalid_input"`, …).
#[uniffi::export]
pub fn error_kinds() -> Vec<String> {
    ErrorKind::ALL
        .iter()
        .map(|k| k.as_str().to_owned())
        .collect()
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    fn client() -> Client {
        Client::new("alldomains".into(), r#"{"token":"secret-token"}"#.into()).unwrap()
    }

    #[test]
    fn every_kind_has_its_variant() {
        for kind in ErrorKind::ALL {
            let e = RegistrarError::from(registrar_kit::Error::new(kind, "x"));
            assert_eq!(e.kind(), kind.as_str());
            let variant = format!("{e:?}");
            let name = variant.split(' ').next().unwrap();
            assert_eq!(format!("{kind:?}"), name, "{kind:?} maps to {name}");
        }
    }

    #[test]
    fn prepare_and_parse_delegate() {
        let c = client();
        let req = c
            .prepare(
                "servicedomain/check".into(),
                r#"{"sld":"example","tld":".com"}"#.into(),
            )
            .unwrap();
        assert_eq!(req.method, "POST");
        assert_eq!(req.body_text(), r#"{"sld":"example","tld":".com"}"#);
        let out = c
            .parse(
                "servicedomain/check".into(),
                HttpResponse {
                    status: 200,
                    headers: vec![],
                    body: br#"{"result":true,"error":null}"#.to_vec(),
                },
            )
            .unwrap();
        assert_eq!(out, r#"{"available":true}"#);
        let redacted = c.redact(req.clone());
        assert!(!redacted.to_json(false).contains("Basic"));
        assert!(!format!("{req:?}").contains("Basic"));
    }

    #[test]
    fn errors_are_typed() {
        let c = client();
        let e = c
            .prepare(
                "servicedomain/check".into(),
                r#"{"sld":"","tld":".com"}"#.into(),
            )
            .unwrap_err();
        assert!(
            matches!(e, RegistrarError::InvalidInput { ref field, .. } if field.as_deref() == Some("sld"))
        );
        let e = c.prepare("nope".into(), String::new()).unwrap_err();
        assert!(matches!(e, RegistrarError::Unsupported { .. }));
    }

    struct Failing;
    impl HttpTransport for Failing {
        fn send(&self, _: HttpRequest) -> Result<HttpResponse, TransportError> {
            Err(TransportError::Failed {
                reason: "refused".into(),
            })
        }
    }

    #[test]
    fn transport_failures_say_whether_to_retry() {
        let e = client()
            .call(
                "servicedomain/check".into(),
                r#"{"sld":"example","tld":".com"}"#.into(),
                Arc::new(Failing),
            )
            .unwrap_err();
        assert_eq!(e.kind(), "transport");
        assert!(e.is_retryable());
    }

    #[test]
    fn registrar_delegates_and_a_lost_renew_names_its_check() {
        let r = Registrar::new(
            "namecom".into(),
            r#"{"username":"u","api_token":"t","endpoint":"test"}"#.into(),
        )
        .unwrap();
        assert!(
            r.capabilities_json()
                .contains(r#""transfer":{"kind":"unsupported""#)
        );
        let e = r
            .start(
                "transfer".into(),
                r#"{"domain":"example.com","auth_code":"x"}"#.into(),
            )
            .unwrap_err();
        assert!(matches!(e, RegistrarError::Unsupported { .. }));
        let e = r
            .run(
                "renew".into(),
                r#"{"domain":"example.com","years":1}"#.into(),
                Arc::new(Failing),
            )
            .unwrap_err();
        assert_eq!(e.kind(), "transport");
        assert!(!e.is_retryable());
        assert!(e.to_json().contains(r#""common_confirm_with":"info""#));
    }
}
