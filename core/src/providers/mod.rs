//! One module per vendor.

pub mod alldomains;
