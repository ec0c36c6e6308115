//! The JavaScript binding of registrar-kit (wasm-bindgen), wrapped by `npm/index.js`.
//!
//! Thin by design (DESIGN.md, "The binding boundary"): every method delegates in one line to
//! [`registrar_kit::catalog`]. JSON-shaped values (config, params, output, catalog, errors) cross
//! the boundary as JSON text — `serde_json` is already in the core, so this costs no code size — and
//! bodies cross as bytes (`Uint8Array`). A failure throws the core error's JSON form
//! ([`Error::to_json`]) as a string, which `npm/index.js` turns into a `RegistrarError`.

use registrar_kit::{Error, ErrorKind, HttpRequest, HttpResponse, catalog, registrar};
use wasm_bindgen::prelude::*;

/// A configured client for one provider: the generic path (every operation by name).
#[wasm_bindgen]
pub struct Client(catalog::Client);

#[wasm_bindgen]
impl Client {
    /// A client for `provider` (`"alldomains"`, …) from its JSON configuration text.
    #[wasm_bindgen(constructor)]
    pub fn new(provider: &str, config_json: &str) -> Result<Client, JsValue> {
        catalog::Client::from_json(provider, config_json)
            .map(Client)
            .map_err(throw)
    }

    /// The provider id.
    #[wasm_bindgen(getter)]
    pub fn provider(&self) -> String {
        self.0.provider().to_owned()
    }

    /// Builds the request for `operation` from parameters as JSON text (`""` for none).
    pub fn prepare(&self, operation: &str, params_json: &str) -> Result<RequestRecord, JsValue> {
        self.0
            .prepare_json(operation, params_json)
            .map(RequestRecord)
            .map_err(throw)
    }

    /// Parses the response to `operation`; returns the output as JSON text.
    pub fn parse(&self, operation: &str, response: &ResponseRecord) -> Result<String, JsValue> {
        self.0.parse_json(operation, &response.0).map_err(throw)
    }

    /// A copy of `request` safe for logs (credentials masked).
    pub fn redact(&self, request: &RequestRecord) -> RequestRecord {
        RequestRecord(request.0.redacted())
    }

    /// The metadata of every operation of this provider, as JSON text.
    pub fn operations(&self) -> String {
        to_json(&self.0.operations())
    }

    /// The error (as JSON text) for a transport failure while sending `operation`.
    #[wasm_bindgen(js_name = transportError)]
    pub fn transport_error(&self, operation: &str, reason: &str) -> String {
        self.0
            .transport_error(operation, reason)
            .to_json()
            .to_string()
    }

    /// The flows this provider offers, as JSON text `[{provider, name, summary}]`.
    pub fn flows(&self) -> String {
        to_json(&self.0.flows())
    }

    /// Starts flow `name` with parameters as JSON text.
    pub fn flow(&self, name: &str, params_json: &str) -> Result<Flow, JsValue> {
        self.0.flow_json(name, params_json).map(Flow).map_err(throw)
    }
}

/// A multi-call flow: `next()` hands out a request (or nothing when the flow is over), `feed()`
/// takes its response, `output()` is the result once over.
#[wasm_bindgen]
pub struct Flow(catalog::Flow);

#[wasm_bindgen]
impl Flow {
    /// The request to send now, or `undefined` when the flow is over.
    #[allow(clippy::should_implement_trait)] // the flow step is `next()` in every binding
    pub fn next(&mut self) -> Option<RequestRecord> {
        match self.0.next() {
            catalog::FlowStep::Send(r) => Some(RequestRecord(r)),
            catalog::FlowStep::Done(_) => None,
        }
    }

    /// The output as JSON text once the flow is over, or `undefined` while requests remain.
    pub fn output(&mut self) -> Option<String> {
        match self.0.next() {
            catalog::FlowStep::Done(v) => Some(v.to_string()),
            catalog::FlowStep::Send(_) => None,
        }
    }

    /// Takes the response to the request `next()` handed out.
    pub fn feed(&mut self, response: &ResponseRecord) {
        self.0.feed(&response.0);
    }
}

/// The unified registrar interface for one configured provider (the typed path): common
/// operations by their snake_case name, parameters and results as JSON text.
#[wasm_bindgen]
pub struct Registrar(registrar::Registrar);

#[wasm_bindgen]
impl Registrar {
    /// A registrar for `provider` from its JSON configuration text.
    #[wasm_bindgen(constructor)]
    pub fn new(provider: &str, config_json: &str) -> Result<Registrar, JsValue> {
        catalog::Client::from_json(provider, config_json)
            .map(|c| Registrar(registrar::Registrar::from_client(c)))
            .map_err(throw)
    }

    /// The provider id.
    #[wasm_bindgen(getter)]
    pub fn provider(&self) -> String {
        self.0.provider().to_owned()
    }

    /// This provider's row of the capability matrix, as JSON text `{operation: capability}`.
    pub fn capabilities(&self) -> String {
        registrar::matrix_json()
            .get(self.0.provider())
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    /// Starts common operation `operation` with parameters as JSON text (`""` for none).
    pub fn start(&self, operation: &str, params_json: &str) -> Result<RegistrarFlow, JsValue> {
        self.0
            .start(operation, &params(params_json)?)
            .map(RegistrarFlow)
            .map_err(throw)
    }
}

/// A common operation in progress: `next()` hands out a request (or nothing when over), `feed()`
/// takes its response, `output()` is the result once over (throws the flow's error).
#[wasm_bindgen]
pub struct RegistrarFlow(registrar::RegistrarFlow<serde_json::Value>);

#[wasm_bindgen]
impl RegistrarFlow {
    /// The request to send now, or `undefined` when the flow is over.
    #[allow(clippy::should_implement_trait)] // the flow step is `next()` in every binding
    pub fn next(&mut self) -> Option<RequestRecord> {
        match self.0.next() {
            registrar::RegistrarStep::Send(r) => Some(RequestRecord(r)),
            registrar::RegistrarStep::Done(_) => None,
        }
    }

    /// The output as JSON text once the flow is over (`undefined` while requests remain); throws
    /// the flow's error.
    pub fn output(&mut self) -> Result<Option<String>, JsValue> {
        match self.0.next() {
            registrar::RegistrarStep::Done(r) => r.map(|v| Some(v.to_string())).map_err(throw),
            registrar::RegistrarStep::Send(_) => Ok(None),
        }
    }

    /// Takes the response to the request `next()` handed out.
    pub fn feed(&mut self, response: &ResponseRecord) {
        self.0.feed(&response.0);
    }

    /// The host's transport failed: ends the flow; returns the `transport` error as JSON text.
    #[wasm_bindgen(js_name = transportFailed)]
    pub fn transport_failed(&mut self, reason: &str) -> String {
        self.0.transport_failed(reason).to_json().to_string()
    }
}

/// The capability matrix of every provider, as JSON text `{provider: {operation: capability}}`.
#[wasm_bindgen(js_name = capabilityMatrix)]
pub fn capability_matrix() -> String {
    registrar::matrix_json().to_string()
}

/// A request as the core built it (or as the host hands it back for redaction).
#[wasm_bindgen]
pub struct RequestRecord(HttpRequest);

#[wasm_bindgen]
impl RequestRecord {
    /// A request from its parts; `headers_json` is `[[name, value], …]`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        method: String,
        url: String,
        headers_json: &str,
        body: Vec<u8>,
    ) -> Result<RequestRecord, JsValue> {
        Ok(RequestRecord(HttpRequest {
            method,
            url,
            headers: headers(headers_json)?,
            body,
        }))
    }

    /// `GET`, `POST`, …
    #[wasm_bindgen(getter)]
    pub fn method(&self) -> String {
        self.0.method.clone()
    }

    /// The full URL, query string included.
    #[wasm_bindgen(getter)]
    pub fn url(&self) -> String {
        self.0.url.clone()
    }

    /// The headers in order, as JSON text `[[name, value], …]`.
    #[wasm_bindgen(getter, js_name = headersJson)]
    pub fn headers_json(&self) -> String {
        to_json(&self.0.headers)
    }

    /// The body bytes (empty for none).
    #[wasm_bindgen(getter)]
    pub fn body(&self) -> Vec<u8> {
        self.0.body.clone()
    }
}

/// A response as the host's HTTP client received it.
#[wasm_bindgen]
pub struct ResponseRecord(HttpResponse);

#[wasm_bindgen]
impl ResponseRecord {
    /// A response from its parts; `headers_json` is `[[name, value], …]`.
    #[wasm_bindgen(constructor)]
    pub fn new(status: u16, headers_json: &str, body: Vec<u8>) -> Result<ResponseRecord, JsValue> {
        Ok(ResponseRecord(HttpResponse {
            status,
            headers: headers(headers_json)?,
            body,
        }))
    }
}

/// Every operation of every provider, as JSON text `[{provider, name, method, path, …}]`.
#[wasm_bindgen]
pub fn catalog() -> String {
    catalog::catalog_json().to_string()
}

/// Every error kind's snake_case name (`"invalid_input"`, …), as JSON text, in declaration order.
#[wasm_bindgen(js_name = errorKinds)]
pub fn error_kinds() -> String {
    to_json(&ErrorKind::ALL.map(ErrorKind::as_str))
}

/// The error crosses as its JSON form; `npm/index.js` rebuilds a `RegistrarError` from it.
fn throw(e: Error) -> JsValue {
    JsValue::from_str(&e.to_json().to_string())
}

fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Parameters from JSON text (`""` for none).
fn params(json: &str) -> Result<serde_json::Value, JsValue> {
    if json.trim().is_empty() {
        return Ok(serde_json::Value::Object(serde_json::Map::new()));
    }
    serde_json::from_str(json).map_err(|e| throw(Error::invalid_input("params", e)))
}

fn headers(json: &str) -> Result<Vec<(String, String)>, JsValue> {
    serde_json::from_str(json).map_err(|e| throw(Error::invalid_input("headers", e)))
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

    // Only success paths run on the host: building a `JsValue` (the error path) needs wasm.
    #[test]
    fn delegates_to_the_catalog() {
        let client = Client::new("alldomains", r#"{"token":"t0k3n"}"#)
            .ok()
            .unwrap();
        assert_eq!(client.provider(), "alldomains");
        let req = client
            .prepare("servicedomain/check", r#"{"sld":"example","tld":".com"}"#)
            .ok()
            .unwrap();
        assert_eq!(req.method(), "POST");
        assert_eq!(
            req.url(),
            "https://alldomains.uz/api/client/servicedomain/check"
        );
        assert_eq!(req.body(), br#"{"sld":"example","tld":".com"}"#);
        let red = client.redact(&req);
        assert!(red.headers_json().contains(r#"["authorization","***"]"#));
        let back = RequestRecord::new(req.method(), req.url(), &req.headers_json(), req.body())
            .ok()
            .unwrap();
        assert_eq!(back.0, req.0);
        let resp = ResponseRecord::new(200, "[]", br#"{"result":true,"error":null}"#.to_vec())
            .ok()
            .unwrap();
        let out = client.parse("servicedomain/check", &resp).ok().unwrap();
        assert!(out.contains(r#""available":true"#));
        assert!(client.operations().contains("servicedomain/check"));
        assert!(catalog().contains(r#""provider":"alldomains""#));
        assert!(error_kinds().starts_with(r#"["invalid_input","auth","#));
    }

    #[test]
    fn registrar_delegates_to_the_facade() {
        let r = Registrar::new("alldomains", r#"{"token":"t"}"#)
            .ok()
            .unwrap();
        assert_eq!(r.provider(), "alldomains");
        assert!(
            r.capabilities()
                .contains(r#""dns_list":{"kind":"unsupported""#)
        );
        assert!(capability_matrix().contains(r#""namecom":{"#));
        let mut flow = r
            .start("check", r#"{"domains":["example.com"]}"#)
            .ok()
            .unwrap();
        let req = flow.next().unwrap();
        assert!(req.url().ends_with("/servicedomain/check"));
        let resp = ResponseRecord::new(200, "[]", br#"{"result":true,"error":null}"#.to_vec())
            .ok()
            .unwrap();
        flow.feed(&resp);
        assert!(flow.next().is_none());
        let out = flow.output().ok().unwrap().unwrap();
        assert!(out.contains(r#""availability":"available""#), "{out}");
        let mut flow = r
            .start("renew", r#"{"domain":"example.com","years":1}"#)
            .ok()
            .unwrap();
        assert!(
            flow.transport_failed("reset")
                .contains(r#""kind":"transport""#)
        );
    }
}
