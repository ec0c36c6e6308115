//! dnssec functions (regru-api-2.txt §10): one row per function.

use super::spec::{Kind::*, Spec, f};
use super::spec::{LIST_ID, SERVICE_ID};

functions! {
    /// You can check if you can manage DNSSEC of domains..
    DnssecNop = "dnssec/nop", "10.1", "You can check if you can manage DNSSEC of domains.", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID]) => DomainStatuses;
    /// Gets DNSSEC status for domain..
    DnssecGetStatus = "dnssec/get_status", "10.2", "Gets DNSSEC status for domain.", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// Enables DNSSEC for domain, that uses REG.RU nameservers..
    DnssecEnable = "dnssec/enable", "10.3", "Enables DNSSEC for domain, that uses REG.RU nameservers.", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// Disables DNSSEC for domain, that uses REG.RU nameservers..
    DnssecDisable = "dnssec/disable", "10.4", "Disables DNSSEC for domain, that uses REG.RU nameservers.", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// Regenerates and updates KSK key for domain, that uses REG.RU nameservers..
    DnssecRenewKsk = "dnssec/renew_ksk", "10.5", "Regenerates and updates KSK key for domain, that uses REG.RU nameservers.", "Clients", Unsafe => "dnssec/get_records",
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// Regenerates and updates ZSK key for domain, that uses REG.RU nameservers..
    DnssecRenewZsk = "dnssec/renew_zsk", "10.6", "Regenerates and updates ZSK key for domain, that uses REG.RU nameservers.", "Clients", Unsafe => "dnssec/get_records",
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// Gets list of DNSSEC records of a domain..
    DnssecGetRecords = "dnssec/get_records", "10.7", "Gets list of DNSSEC records of a domain.", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
    /// Adds information about KSK keys to the parent zone..
    DnssecAddKeys = "dnssec/add_keys", "10.8", "Adds information about KSK keys to the parent zone.", "Clients", Idempotent,
        Spec::new(&[
            f("records", List, "list of DNSKEY or DS records, will get records from authoritative DNS server if parameter missed"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainStatuses;
}
