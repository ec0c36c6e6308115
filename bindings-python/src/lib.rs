//! The Python binding of registrar-kit: the native module `registrar_kit._native`.
//!
//! Thin by design (DESIGN.md, "The binding boundary"): every method delegates in one line to
//! [`registrar_kit::catalog::Client`]. Parameters, outputs and the catalog cross as JSON text (the
//! Python layer does `json.dumps`/`json.loads`); a request crosses as the tuple
//! `(method, url, headers, body)` and a response as `status, headers, body`. A core error becomes
//! the Python exception that `registrar_kit._errors._from_json` builds from the error's JSON form,
//! so every kind arrives as its own exception class.

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use registrar_kit::{Error, HttpRequest, HttpResponse};
use registrar_kit::{catalog, registrar};

/// A request as it crosses into Python: `(method, url, headers, body)`.
type RawRequest = (String, String, Vec<(String, String)>, Vec<u8>);

fn raw(r: HttpRequest) -> RawRequest {
    (r.method, r.url, r.headers, r.body)
}

/// The Python exception for a core error: `registrar_kit._errors._from_json(error_json)`.
fn raise(py: Python<'_>, e: &Error) -> PyErr {
    let json = e.to_json().to_string();
    match py
        .import("registrar_kit._errors")
        .and_then(|m| m.call_method1("_from_json", (json,)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}

/// A configured client for one provider (the generic path: every operation by catalog name).
#[pyclass(frozen, module = "registrar_kit._native")]
pub struct Client {
    inner: catalog::Client,
}

#[pymethods]
impl Client {
    /// A client for `provider` from its configuration as JSON text.
    #[new]
    fn new(py: Python<'_>, provider: &str, config_json: &str) -> PyResult<Self> {
        catalog::Client::from_json(provider, config_json)
            .map(|inner| Client { inner })
            .map_err(|e| raise(py, &e))
    }

    /// The provider id.
    #[getter]
    fn provider(&self) -> &'static str {
        self.inner.provider()
    }

    /// Builds the request for `operation` from parameters as JSON text (`""` for none).
    fn prepare(&self, py: Python<'_>, operation: &str, params_json: &str) -> PyResult<RawRequest> {
        self.inner
            .prepare_json(operation, params_json)
            .map(raw)
            .map_err(|e| raise(py, &e))
    }

    /// Parses the response to `operation`; the output as JSON text.
    fn parse(
        &self,
        py: Python<'_>,
        operation: &str,
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    ) -> PyResult<String> {
        let response = HttpResponse {
            status,
            headers,
            body,
        };
        self.inner
            .parse_json(operation, &response)
            .map_err(|e| raise(py, &e))
    }

    /// The metadata of every operation of this provider, as JSON text.
    fn operations(&self) -> String {
        serde_json::to_string(&self.inner.operations()).unwrap_or_default()
    }

    /// The error (as JSON text) for a transport failure while sending `operation`.
    fn transport_error(&self, operation: &str, reason: &str) -> String {
        self.inner
            .transport_error(operation, reason)
            .to_json()
            .to_string()
    }

    /// The flows this provider offers, as JSON text.
    fn flows(&self) -> String {
        serde_json::to_string(&self.inner.flows()).unwrap_or_default()
    }

    /// Starts flow `name` with parameters as JSON text.
    fn flow(&self, py: Python<'_>, name: &str, params_json: &str) -> PyResult<Flow> {
        self.inner
            .flow_json(name, params_json)
            .map(|inner| Flow { inner })
            .map_err(|e| raise(py, &e))
    }
}

/// A multi-call flow: `next()` gives the request to send (or `None` when over), `feed()` takes its
/// response, `output()` is the result (JSON text) once over.
#[pyclass(module = "registrar_kit._native")]
pub struct Flow {
    inner: catalog::Flow,
}

#[pymethods]
impl Flow {
    /// The request to send now, or `None` when the flow is over.
    #[allow(clippy::should_implement_trait)] // the flow step is `next()` in every binding
    fn next(&mut self) -> Option<RawRequest> {
        match self.inner.next() {
            catalog::FlowStep::Send(r) => Some(raw(r)),
            catalog::FlowStep::Done(_) => None,
        }
    }

    /// The output as JSON text once the flow is over, else `None`.
    fn output(&mut self) -> Option<String> {
        match self.inner.next() {
            catalog::FlowStep::Done(v) => Some(v.to_string()),
            catalog::FlowStep::Send(_) => None,
        }
    }

    /// Takes the response to the request `next()` handed out.
    fn feed(&mut self, status: u16, headers: Vec<(String, String)>, body: Vec<u8>) {
        self.inner.feed(&HttpResponse {
            status,
            headers,
            body,
        });
    }
}

/// The unified registrar interface for one configured provider: common operations by their
/// snake_case name, parameters and results as JSON text.
#[pyclass(frozen, module = "registrar_kit._native")]
pub struct Registrar {
    inner: registrar::Registrar,
}

#[pymethods]
impl Registrar {
    /// A registrar for `provider` from its configuration as JSON text.
    #[new]
    fn new(py: Python<'_>, provider: &str, config_json: &str) -> PyResult<Self> {
        catalog::Client::from_json(provider, config_json)
            .map(|c| Registrar {
                inner: registrar::Registrar::from_client(c),
            })
            .map_err(|e| raise(py, &e))
    }

    /// The provider id.
    #[getter]
    fn provider(&self) -> &'static str {
        self.inner.provider()
    }

    /// This provider's row of the capability matrix, as JSON text.
    fn capabilities(&self) -> String {
        registrar::matrix_json()
            .get(self.inner.provider())
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    /// Starts common operation `operation` with parameters as JSON text.
    fn start(&self, py: Python<'_>, operation: &str, params_json: &str) -> PyResult<RegistrarFlow> {
        serde_json::from_str(params_json)
            .map_err(|e| registrar_kit::Error::invalid_input("params", e))
            .and_then(|params| self.inner.start(operation, &params))
            .map(|flow| RegistrarFlow {
                inner: std::sync::Mutex::new(flow),
            })
            .map_err(|e| raise(py, &e))
    }
}

/// A common operation in progress: `next()` gives the request to send (or `None` when over),
/// `feed()` takes its response, `output()` is the result (JSON text) once over, or raises.
#[pyclass(frozen, module = "registrar_kit._native")]
pub struct RegistrarFlow {
    // A mutex because the flow's plan is `Send` but not `Sync`, which a pyclass must be.
    inner: std::sync::Mutex<registrar::RegistrarFlow<serde_json::Value>>,
}

impl RegistrarFlow {
    fn lock(&self) -> std::sync::MutexGuard<'_, registrar::RegistrarFlow<serde_json::Value>> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[pymethods]
impl RegistrarFlow {
    /// The request to send now, or `None` when the flow is over.
    #[allow(clippy::should_implement_trait)] // the flow step is `next()` in every binding
    fn next(&self) -> Option<RawRequest> {
        match self.lock().next() {
            registrar::RegistrarStep::Send(r) => Some(raw(r)),
            registrar::RegistrarStep::Done(_) => None,
        }
    }

    /// The output as JSON text once the flow is over (else `None`); raises the flow's error.
    fn output(&self, py: Python<'_>) -> PyResult<Option<String>> {
        match self.lock().next() {
            registrar::RegistrarStep::Done(r) => {
                r.map(|v| Some(v.to_string())).map_err(|e| raise(py, &e))
            }
            registrar::RegistrarStep::Send(_) => Ok(None),
        }
    }

    /// Takes the response to the request `next()` handed out.
    fn feed(&self, status: u16, headers: Vec<(String, String)>, body: Vec<u8>) {
        self.lock().feed(&HttpResponse {
            status,
            headers,
            body,
        });
    }

    /// The host's transport failed: ends the flow; the `transport` error as JSON text.
    fn transport_failed(&self, reason: &str) -> String {
        self.lock().transport_failed(reason).to_json().to_string()
    }
}

/// The capability matrix of every provider, as JSON text.
#[pyfunction]
fn capability_matrix() -> String {
    registrar::matrix_json().to_string()
}

/// The redacted copy of a request (credentials masked), for logs and `repr()`.
#[pyfunction]
fn redact(
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
) -> RawRequest {
    raw(HttpRequest {
        method,
        url,
        headers,
        body,
    }
    .redacted())
}

/// Every operation of every provider, as JSON text.
#[pyfunction(name = "catalog")]
fn catalog_json() -> String {
    catalog::catalog_json().to_string()
}

/// The native half of the `registrar_kit` package.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Client>()?;
    m.add_class::<Flow>()?;
    m.add_class::<Registrar>()?;
    m.add_class::<RegistrarFlow>()?;
    m.add_function(wrap_pyfunction!(capability_matrix, m)?)?;
    m.add_function(wrap_pyfunction!(redact, m)?)?;
    m.add_function(wrap_pyfunction!(catalog_json, m)?)?;
    m.add("PROVIDERS", PyTuple::new(m.py(), catalog::PROVIDERS)?)?;
    m.add(
        "ERROR_KINDS",
        PyTuple::new(
            m.py(),
            registrar_kit::ErrorKind::ALL.map(registrar_kit::ErrorKind::as_str),
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_crosses_as_its_four_fields() {
        let r = HttpRequest {
            method: "POST".into(),
            url: "https://x/".into(),
            headers: vec![("a".into(), "b".into())],
            body: b"{}".to_vec(),
        };
        assert_eq!(
            raw(r),
            (
                "POST".into(),
                "https://x/".into(),
                vec![("a".into(), "b".into())],
                b"{}".to_vec()
            )
        );
    }
}
