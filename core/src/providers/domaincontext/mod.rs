//! Domaincontext (`../shared/provider-docs/domaincontext.txt`) — not implemented yet.
//!
//! Building a client fails with an `Unsupported` error, so nothing can be prepared or sent.

use crate::catalog::Entry;
use crate::error::Error;

/// Whether every operation of the document is implemented.
pub const COMPLETE: bool = false;

/// The provider's client (not implemented yet).
#[derive(Clone, Debug)]
pub struct Client {
    _private: (),
}

impl Client {
    /// Always fails: the provider is not implemented yet.
    pub fn from_config(_config: &serde_json::Value) -> Result<Self, Error> {
        Err(Error::unsupported(
            "the domaincontext provider is not implemented yet",
        ))
    }
}

/// The operations implemented so far.
pub static OPERATIONS: &[Entry<Client>] = &[];
