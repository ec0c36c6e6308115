//! The operation contract: one Rust type per documented vendor operation, with two pure halves.
//!
//! [`Operation::to_http`] validates the input (the vendor's documented rules) and builds an
//! `http::Request<Vec<u8>>`; [`Operation::parse`] turns an `http::Response` into the typed output or
//! a typed [`Error`]. Neither does I/O. [`Metadata`] says what the operation is (method, path, the
//! document section), whether it is safe to repeat, and — for operations that move money or state —
//! which read-only operation confirms the outcome after a timeout.

use crate::error::Error;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Whether repeating an operation is harmless.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Safety {
    /// A read (check, info, list): repeat at will.
    Safe,
    /// Changes state but repeating it leaves the same state (set name servers, lock).
    Idempotent,
    /// Moves money or creates something (register, renew, transfer, order): never repeat blindly.
    Unsafe,
}

/// What an operation is.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Metadata {
    /// Provider id (`alldomains`, `logicboxes`, `regru`, `domaincontext`, `namecom`).
    pub provider: &'static str,
    /// The vendor's own name for the operation (see DESIGN.md, "Names that every language shares").
    pub name: &'static str,
    /// HTTP method.
    pub method: &'static str,
    /// Path template relative to the provider's base URL.
    pub path: &'static str,
    /// Safe to repeat or not.
    pub safety: Safety,
    /// The section of the vendor document that defines the operation.
    pub doc: &'static str,
    /// A one-line summary.
    pub summary: &'static str,
    /// For an unsafe operation: the read-only operation that confirms the outcome after a timeout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm_with: Option<&'static str>,
    /// A recommended client timeout in seconds, when the vendor documents slow operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_secs: Option<u32>,
    /// Operational notes from the vendor document (rate limits, caveats).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub notes: &'static [&'static str],
}

impl Metadata {
    /// Metadata without a recommended timeout or notes (providers wrap this in their own
    /// `const fn` that fills in `provider`).
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        provider: &'static str,
        name: &'static str,
        method: &'static str,
        path: &'static str,
        safety: Safety,
        doc: &'static str,
        summary: &'static str,
        confirm_with: Option<&'static str>,
    ) -> Metadata {
        Metadata {
            provider,
            name,
            method,
            path,
            safety,
            doc,
            summary,
            confirm_with,
            timeout_secs: None,
            notes: &[],
        }
    }

    /// Whether sending the operation twice is harmless.
    pub fn is_idempotent(&self) -> bool {
        !matches!(self.safety, Safety::Unsafe)
    }
}

/// One documented vendor operation.
///
/// Implementors are plain data (`Serialize + Deserialize` with the vendor's parameter names), so the
/// catalog can build them from JSON-shaped parameters in any binding.
pub trait Operation: DeserializeOwned {
    /// The provider's client configuration (endpoint and credentials).
    type Client;
    /// The typed result.
    type Output: Serialize;
    /// What the operation is.
    const METADATA: Metadata;

    /// Validates the input and builds the request. Never panics, never does I/O.
    fn to_http(&self, client: &Self::Client) -> Result<http::Request<Vec<u8>>, Error>;

    /// Reads the response. Never panics on any bytes.
    fn parse(response: http::Response<&[u8]>) -> Result<Self::Output, Error>;
}
