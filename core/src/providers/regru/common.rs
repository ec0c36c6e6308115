//! common functions (regru-api-2.txt §4): one row per function.

use super::spec::SERVICE_ID;
use super::spec::Spec;

functions! {
    /// Idleness.
    Nop = "nop", "4.1", "idleness", "Clients", Safe,
        Spec::new(&[]) => User;
    /// Nop for the partners.
    ResellerNop = "reseller_nop", "4.2", "nop for the partners", "Partners", Safe,
        Spec::new(&[]);
    /// Getting a user ID.
    GetUserId = "get_user_id", "4.3", "getting a user ID", "Clients", Safe,
        Spec::new(&[]);
    /// Getting an id for a domain or service.
    GetServiceId = "get_service_id", "4.4", "getting an id for a domain or service", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id"], &["domain_name"]]);
}
