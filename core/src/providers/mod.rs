//! One module per vendor.

pub mod alldomains;
pub mod domaincontext;
pub mod logicboxes;
pub mod namecom;
pub mod regru;
