//! Encoders shared by the providers.
//!
//! - [`form`]: ordered key/value pairs with repeated keys, as a query string or a form body;
//! - [`brackets`]: PHP-style bracket arrays (`0[domain]=a.com`, `a[b][0]=x`) flattened to pairs;
//! - [`json`]: JSON request bodies;
//! - [`auth`]: HTTP Basic credentials.
//!
//! Each is property-tested against an independent decoder (`core/tests/wire_props.rs`).

pub mod auth;
pub mod brackets;
pub mod form;
pub mod json;
pub mod request;
pub mod types;

pub use form::Pairs;
