//! zone functions (regru-api-2.txt §9): one row per function.

use super::spec::{Kind::*, Spec, f};
use super::spec::{LIST_ID, SERVICE_ID};

functions! {
    /// Check the DNS TLD control access.
    ZoneNop = "zone/nop", "9.1", "check the DNS TLD control access", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID]) => DomainResults;
    /// Link a subdomain to an IP-address.
    ZoneAddAlias = "zone/add_alias", "9.2", "link a subdomain to an IP-address", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "Name of the subdomain assigned an IP address. To assign an IP address to a domain, transfer the “@” value. To assign an IP address to all subdomains, which…"),
            f("ipaddr", Text, "IP address assigned to the subdomain."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["ipaddr"]]) => DomainResults;
    /// Link a subdomain to an IPv6-address.
    ZoneAddAaaa = "zone/add_aaaa", "9.3", "link a subdomain to an IPv6-address", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "Name of the subdomain assigned an IPv6 address. To assign an IP address to a domain, transfer th “@” value. To assign an IP address to all subdomains, which…"),
            f("ipaddr", Text, "The IPv6 address assigned to the subdomain."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["ipaddr"]]) => DomainResults;
    /// Specify SSL certificate issue rules for subdomain.
    ///
    /// Function-specific errors: `CAA_INVALID`, `FLAGS_INVALID`, `TAG_INVALID`.
    ZoneAddCaa = "zone/add_caa", "9.4", "Specify SSL certificate issue rules for subdomain", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "subdomain name for the rule"),
            f("flags", Int, "Flags for rule as number: 0 or 128"),
            f("tag", Text, "Tag for rule. One of: isssue, issuewild, iodef"),
            f("value", Text, "Record value depends on specified tag: for \"issue\" and \"issuewild\" - domain name of certification authority, which is allowed to issue certificate for…"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["tag"], &["value"]]) => DomainResults;
    /// Link a domain to the address of another domain.
    ///
    /// Function-specific errors: `CNAME_INVALID`, `CNAME_ANDOTHERDATA`.
    ZoneAddCname = "zone/add_cname", "9.5", "link a domain to the address of another domain", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "Name of the subdomain assigned an IP address."),
            f("canonical_name", Text, "Name of the domain assigned a synonym."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["canonical_name"]]) => DomainResults;
    /// Set the service mailbox server.
    ///
    /// Function-specific errors: `MAILHOST_INVALID`.
    ZoneAddMx = "zone/add_mx", "9.6", "set the service mailbox server", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "Name of the subdomain, to which the address is assigned. The default value is “@”, i.e. the main domain."),
            f("priority", Int, "Mail server priority: from 0 (highest) through 10 (lowest)"),
            f("mail_server", Text, "Domain name or IP address of the mail server (domain name is more preferable because not all mail servers admit IP addresses)."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["mail_server"]]) => DomainResults;
    /// Add the ns entry.
    ///
    /// Function-specific errors: `NSADDR_INVALID`.
    ZoneAddNs = "zone/add_ns", "9.7", "add the ns entry", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "Name of the subdomain that will be handed over to other DNS servers."),
            f("dns_server", Text, "Domain name of the DNS-server."),
            f("record_number", Int, "Order number of the NS record that determines relative arrangement of NS records for the subdomain."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["dns_server"]]) => DomainResults;
    /// Add a txt entry.
    ///
    /// Function-specific errors: `TEXT_NOT_FOUND`, `TEXT_TOOLONG`, `TEXT_CONTAINS_INVALID_CHARACTERS`.
    ZoneAddTxt = "zone/add_txt", "9.8", "add a txt entry", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("subdomain", Text, "Name of the subdomain, about which the record is added."),
            f("text", Text, "Text of the note. Only ASCII alphanumeric characters are allowed."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["text"]]) => DomainResults;
    /// Add an srv entry.
    ///
    /// Function-specific errors: `SERVICE_INVALID`, `PRIORITY_INVALID`, `WEIGHT_INVALID`, `PORT_INVALID`.
    ZoneAddSrv = "zone/add_srv", "9.9", "add an srv entry", "Clients", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("service", Text, "The service that will be matched against the defined server. For example, to make the sip.test.ru server handle SIP calls over UDP, you should specify the…"),
            f("priority", Int, "Record priority."),
            f("weight", Int, "The load that the servers can handle. Optional field. Default value: 0."),
            f("target", Text, "The server used by the service."),
            f("port", Int, "The port used by the service."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["service"], &["target"]]) => DomainResults;
    /// Get resource entries for a TLD.
    ///
    /// Function-specific errors: `INVALID_ZONE_RECORD_TYPE`.
    ZoneGetResourceRecords = "zone/get_resource_records", "9.10", "get resource entries for a TLD", "Clients", Safe,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => ZoneRecordsList;
    /// Add and/or remove several resource entries at a single request.
    ///
    /// Function-specific errors: `INVALID_ACTION`.
    ZoneUpdateRecords = "zone/update_records", "9.11", "add and/or remove several resource entries at a single request", "Partners", Unsafe => "zone/get_resource_records",
        Spec::new(&[
            f("action_list", List, "A hash array, where every hash provides parameters for creation/deletion of a resource record. The class/type of the created records is defined in the…"),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Change the duration period for TLD cash.
    ///
    /// Function-specific errors: `SOA_RECORD_INVALID`.
    ZoneUpdateSoa = "zone/update_soa", "9.12", "change the duration period for TLD cash", "Clients", Idempotent,
        Spec::new(&[
            f("ttl", Text, "Cache TTL of a zone. Valid values: a number for seconds or a number with a suffix (m – for months, w – for weeks, d – for days, h – for hours). Example: 600…"),
            f("minimum_ttl", Text, "Cache TTL for negative responses. The format is the same as for the “ttl” field."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Add resource entries for web-forwarding.
    ZoneTuneForwarding = "zone/tune_forwarding", "9.13", "add resource entries for web-forwarding", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Remove resource entries, which are necessary for web-forwarding.
    ZoneClearForwarding = "zone/clear_forwarding", "9.14", "remove resource entries, which are necessary for web-forwarding", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Add resource entries for Parking page.
    ZoneTuneParking = "zone/tune_parking", "9.15", "add resource entries for Parking page", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Remove resource entries for Parking page.
    ZoneClearParking = "zone/clear_parking", "9.16", "remove resource entries for Parking page", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
    /// Remove one resource entry.
    ///
    /// Function-specific errors: `INVALID_ZONE_RECORD_TYPE`.
    ZoneRemoveRecord = "zone/remove_record", "9.17", "remove one resource entry", "Clients", Idempotent,
        Spec::new(&[
            f("subdomain", Text, "The subdomain for which the resource record will be deleted."),
            f("record_type", Text, "The class/type of the deleted record. Mandatory field."),
            f("priority", Int, "Optional field. Default value: 0. Not applicable to the request for removal of an A-record (and similar records)"),
            f("content", Text, "The content of the record. Optional field. If it is not available, all records satisfying the settings of the rest of parameters will be deleted."),
        ])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"], &["subdomain"], &["record_type"]]) => DomainResults;
    /// Remove all resource entries.
    ZoneClear = "zone/clear", "9.18", "remove all resource entries", "Clients", Idempotent,
        Spec::new(&[])
        .groups(&[SERVICE_ID, LIST_ID])
        .one_of(&[&["service_id", "user_servid", "domain_name", "dname", "uplink_service_id", "domains", "services"]]) => DomainResults;
}
