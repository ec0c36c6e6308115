//! # registrar-kit
//!
//! Sans-IO request builders and response parsers for five domain-registrar reseller APIs:
//! Alldomains.uz, LogicBoxes, REG.API 2.0, DomainContext/AHnames and Name.com (legacy API).
//!
//! The crate opens no socket, reads no clock, draws no randomness and touches no file or
//! environment variable. Every operation builds a plain `http::Request<Vec<u8>>` and parses a plain
//! `http::Response`; the host program sends the request with whatever HTTP client it already has.
//!
//! ```
//! use registrar_kit::providers::alldomains::{Client, Check};
//! use registrar_kit::Operation;
//!
//! let client = Client::new("my-token");
//! let op = Check::new("example-domain-2025", ".com");
//! let request = op.to_http(&client)?;            // send this with your HTTP client …
//! assert_eq!(request.uri(), "https://alldomains.uz/api/client/servicedomain/check");
//!
//! // … and hand back what came in:
//! let body = br#"{"result": true, "error": null}"#;
//! let response = http::Response::builder().status(200).body(&body[..]).unwrap();
//! let availability = Check::parse(response)?;
//! assert!(availability.available);
//! # Ok::<(), registrar_kit::Error>(())
//! ```
//!
//! The generic path reaches every operation by name with JSON-shaped parameters, which is what the
//! JavaScript, Python and Kotlin/Swift bindings use:
//!
//! ```
//! use registrar_kit::{catalog::Client, HttpResponse};
//! use serde_json::json;
//!
//! let client = Client::new("alldomains", &json!({"token": "my-token"}))?;
//! let request = client.prepare("servicedomain/check", json!({"sld": "example", "tld": ".com"}))?;
//! assert_eq!(request.method, "POST");
//! let output = client.parse(
//!     "servicedomain/check",
//!     &HttpResponse::new(200, r#"{"result":null,"error":{"message":"Domain is not available.","code":9999}}"#),
//! )?;
//! assert_eq!(output["available"], json!(false));
//! # Ok::<(), registrar_kit::Error>(())
//! ```

#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod catalog;
pub mod domain;
pub mod error;
pub mod operation;
pub mod providers;
pub mod record;
pub mod registrar;
pub mod response;
pub mod secret;
pub mod wire;

pub use domain::DomainName;
pub use error::{Error, ErrorKind};
pub use operation::{Metadata, Operation, Safety};
pub use record::{HttpRequest, HttpResponse};
pub use secret::Secret;

/// The README's Rust snippet, compiled and run as a doctest.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
