//! DNS service calls (`dns/…`): activate the zone of an order and manage its records.
//!
//! No vendor page for any DNS call was found (reference §5): the parameters come from client
//! libraries that follow the vendor's wording, and the vendor article slugs those libraries link
//! (`https://resellerclub.webpropanel.com/kb/<slug>`) are cited per call. Records are addressed by
//! `domain-name` + `host` + value; `host` defaults to the bare domain and `ttl` to 14400 when left
//! out. Answers are `{"status": "Success", "msg": …}` objects (kept whole); `status: Failed` is an
//! error.

use super::args::{Domain, Host, Ipv4, Ipv6, RecordType, Text, Uint};
use super::envelope::{Record, SearchResult, record, search};
use super::no_check;
use crate::error::Error;

fn port_priority(value: &Option<Uint>, key: &str) -> Result<(), Error> {
    if let Some(v) = value {
        if v.value(key)? > 65535 {
            return Err(Error::invalid_input(key, "0 to 65535"));
        }
    }
    Ok(())
}

operation! {
    /// `POST /api/dns/activate.json` — activate the DNS service of an order (reference §5.1;
    /// <https://resellerclub.webpropanel.com/kb/activating-the-dns-service-api>).
    DnsActivate = "dns/activate", POST, Idempotent, confirm: None,
    doc: "reference §5.1 Activating the DNS service; https://resellerclub.webpropanel.com/kb/activating-the-dns-service-api",
    summary: "Activate the DNS service for an order.",
    output: Record = record, check: no_check,
    {
        /// The order whose DNS service is activated.
        order_id: Uint = "order-id",
    }
}

operation! {
    /// `GET /api/dns/manage/search-records.json` — list a zone's records of one type (reference
    /// §5.2; <https://resellerclub.webpropanel.com/kb/searching-dns-records-api>).
    SearchRecords = "dns/manage/search-records", GET, Safe, confirm: None,
    doc: "reference §5.2 Searching DNS records; https://resellerclub.webpropanel.com/kb/searching-dns-records-api",
    summary: "Search the records of a zone.",
    output: SearchResult = search, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// `A`, `AAAA`, `MX`, `CNAME`, `TXT`, `NS`, `SRV` (or `SOA`).
        kind: RecordType = "type",
        /// Records per page.
        no_of_records: Uint = "no-of-records",
        /// Page number.
        page_no: Uint = "page-no",
        /// Only this host.
        host: Option<Text> = "host",
        /// Only this value.
        value: Option<Text> = "value",
    }
}

operation! {
    /// `POST /api/dns/manage/add-ipv4-record.json` — add an A record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-ipv4-address-record-api>).
    AddIpv4Record = "dns/manage/add-ipv4-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding an A record; https://resellerclub.webpropanel.com/kb/adding-ipv4-address-record-api",
    summary: "Add an A record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The IPv4 address.
        value: Ipv4 = "value",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/update-ipv4-record.json` — change an A record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-ipv4-address-record-api>).
    UpdateIpv4Record = "dns/manage/update-ipv4-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying an A record; https://resellerclub.webpropanel.com/kb/modifying-ipv4-address-record-api",
    summary: "Change an A record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The value now (the IPv4 address).
        current_value: Ipv4 = "current-value",
        /// The value to set.
        new_value: Ipv4 = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-ipv4-record.json` — delete an A record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-ipv4-address-record-api>).
    DeleteIpv4Record = "dns/manage/delete-ipv4-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting an A record; https://resellerclub.webpropanel.com/kb/deleting-ipv4-address-record-api",
    summary: "Delete an A record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The record's value (the IPv4 address).
        value: Ipv4 = "value",
    }
}

operation! {
    /// `POST /api/dns/manage/add-ipv6-record.json` — add an AAAA record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-ipv6-address-record-api>).
    AddIpv6Record = "dns/manage/add-ipv6-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding an AAAA record; https://resellerclub.webpropanel.com/kb/adding-ipv6-address-record-api",
    summary: "Add an AAAA record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The IPv6 address.
        value: Ipv6 = "value",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/update-ipv6-record.json` — change an AAAA record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-ipv6-address-record-api>).
    UpdateIpv6Record = "dns/manage/update-ipv6-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying an AAAA record; https://resellerclub.webpropanel.com/kb/modifying-ipv6-address-record-api",
    summary: "Change an AAAA record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The value now (the IPv6 address).
        current_value: Ipv6 = "current-value",
        /// The value to set.
        new_value: Ipv6 = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-ipv6-record.json` — delete an AAAA record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-ipv6-address-record-api>).
    DeleteIpv6Record = "dns/manage/delete-ipv6-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting an AAAA record; https://resellerclub.webpropanel.com/kb/deleting-ipv6-address-record-api",
    summary: "Delete an AAAA record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The record's value (the IPv6 address).
        value: Ipv6 = "value",
    }
}

operation! {
    /// `POST /api/dns/manage/add-cname-record.json` — add a CNAME record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-cname-record-api>).
    AddCnameRecord = "dns/manage/add-cname-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding a CNAME record; https://resellerclub.webpropanel.com/kb/adding-cname-record-api",
    summary: "Add a CNAME record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The target host name.
        value: Host = "value",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/update-cname-record.json` — change a CNAME record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-cname-record-api>).
    UpdateCnameRecord = "dns/manage/update-cname-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying a CNAME record; https://resellerclub.webpropanel.com/kb/modifying-cname-record-api",
    summary: "Change a CNAME record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The value now (the target host name).
        current_value: Host = "current-value",
        /// The value to set.
        new_value: Host = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-cname-record.json` — delete a CNAME record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-cname-record-api>).
    DeleteCnameRecord = "dns/manage/delete-cname-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting a CNAME record; https://resellerclub.webpropanel.com/kb/deleting-cname-record-api",
    summary: "Delete a CNAME record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The record's value (the target host name).
        value: Host = "value",
    }
}

fn check_add_mx(op: &AddMxRecord) -> Result<(), Error> {
    port_priority(&op.priority, "priority")
}

fn check_update_mx(op: &UpdateMxRecord) -> Result<(), Error> {
    port_priority(&op.priority, "priority")
}

operation! {
    /// `POST /api/dns/manage/add-mx-record.json` — add an MX record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-mx-record-api>).
    AddMxRecord = "dns/manage/add-mx-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding an MX record; https://resellerclub.webpropanel.com/kb/adding-mx-record-api",
    summary: "Add an MX record.",
    output: Record = record, check: check_add_mx,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The mail server's host name.
        value: Host = "value",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
        /// MX preference (0–65535).
        priority: Option<Uint> = "priority",
    }
}

operation! {
    /// `POST /api/dns/manage/update-mx-record.json` — change an MX record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-mx-record-api>).
    UpdateMxRecord = "dns/manage/update-mx-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying an MX record; https://resellerclub.webpropanel.com/kb/modifying-mx-record-api",
    summary: "Change an MX record.",
    output: Record = record, check: check_update_mx,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The value now (the mail server's host name).
        current_value: Host = "current-value",
        /// The value to set.
        new_value: Host = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
        /// MX preference (0–65535).
        priority: Option<Uint> = "priority",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-mx-record.json` — delete an MX record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-mx-record-api>).
    DeleteMxRecord = "dns/manage/delete-mx-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting an MX record; https://resellerclub.webpropanel.com/kb/deleting-mx-record-api",
    summary: "Delete an MX record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The record's value (the mail server's host name).
        value: Host = "value",
    }
}

operation! {
    /// `POST /api/dns/manage/add-ns-record.json` — add a NS record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-ns-record-api>).
    AddNsRecord = "dns/manage/add-ns-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding a NS record; https://resellerclub.webpropanel.com/kb/adding-ns-record-api",
    summary: "Add a NS record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The authoritative name server.
        value: Host = "value",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/update-ns-record.json` — change a NS record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-ns-record-api>).
    UpdateNsRecord = "dns/manage/update-ns-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying a NS record; https://resellerclub.webpropanel.com/kb/modifying-ns-record-api",
    summary: "Change a NS record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The value now (the authoritative name server).
        current_value: Host = "current-value",
        /// The value to set.
        new_value: Host = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-ns-record.json` — delete a NS record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-ns-record-api>).
    DeleteNsRecord = "dns/manage/delete-ns-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting a NS record; https://resellerclub.webpropanel.com/kb/deleting-ns-record-api",
    summary: "Delete a NS record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The record's value (the authoritative name server).
        value: Host = "value",
    }
}

operation! {
    /// `POST /api/dns/manage/add-txt-record.json` — add a TXT record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-txt-record-api>).
    AddTxtRecord = "dns/manage/add-txt-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding a TXT record; https://resellerclub.webpropanel.com/kb/adding-txt-record-api",
    summary: "Add a TXT record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The text.
        value: Text = "value",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/update-txt-record.json` — change a TXT record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-txt-record-api>).
    UpdateTxtRecord = "dns/manage/update-txt-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying a TXT record; https://resellerclub.webpropanel.com/kb/modifying-txt-record-api",
    summary: "Change a TXT record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The value now (the text).
        current_value: Text = "current-value",
        /// The value to set.
        new_value: Text = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-txt-record.json` — delete a TXT record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-txt-record-api>).
    DeleteTxtRecord = "dns/manage/delete-txt-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting a TXT record; https://resellerclub.webpropanel.com/kb/deleting-txt-record-api",
    summary: "Delete a TXT record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host (label) of the record; the bare domain when left out.
        host: Option<Text> = "host",
        /// The record's value (the text).
        value: Text = "value",
    }
}

fn check_add_srv(op: &AddSrvRecord) -> Result<(), Error> {
    port_priority(&Some(op.priority.clone()), "priority")?;
    port_priority(&Some(op.port.clone()), "port")
}

fn check_update_srv(op: &UpdateSrvRecord) -> Result<(), Error> {
    port_priority(&op.priority, "priority")?;
    port_priority(&op.port, "port")
}

operation! {
    /// `POST /api/dns/manage/add-srv-record.json` — add a SRV record (reference §5.3;
    /// <https://resellerclub.webpropanel.com/kb/adding-srv-record-api>).
    AddSrvRecord = "dns/manage/add-srv-record", POST, Unsafe, confirm: Some("dns/manage/search-records"),
    doc: "reference §5.3 Adding a SRV record; https://resellerclub.webpropanel.com/kb/adding-srv-record-api",
    summary: "Add a SRV record.",
    output: Record = record, check: check_add_srv,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// The host providing the service.
        value: Host = "value",
        /// `_<service>._<protocol>.<domain>`.
        host: Option<Text> = "host",
        /// Seconds resolvers may cache the record (default 14400).
        ttl: Option<Uint> = "ttl",
        /// Priority (0–65535).
        priority: Uint = "priority",
        /// The service's port.
        port: Uint = "port",
        /// Relative weight among equal priorities.
        weight: Uint = "weight",
    }
}

operation! {
    /// `POST /api/dns/manage/update-srv-record.json` — change a SRV record, matched on `host` +
    /// `current-value` (reference §5.4; <https://resellerclub.webpropanel.com/kb/modifying-srv-record-api>).
    UpdateSrvRecord = "dns/manage/update-srv-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying a SRV record; https://resellerclub.webpropanel.com/kb/modifying-srv-record-api",
    summary: "Change a SRV record.",
    output: Record = record, check: check_update_srv,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// `_<service>._<protocol>.<domain>`.
        host: Option<Text> = "host",
        /// The value now (the host providing the service).
        current_value: Host = "current-value",
        /// The value to set.
        new_value: Host = "new-value",
        /// Seconds resolvers may cache the record.
        ttl: Option<Uint> = "ttl",
        /// Priority (0–65535).
        priority: Option<Uint> = "priority",
        /// The service's port.
        port: Option<Uint> = "port",
        /// Relative weight among equal priorities.
        weight: Option<Uint> = "weight",
    }
}

operation! {
    /// `POST /api/dns/manage/delete-srv-record.json` — delete a SRV record (reference §5.5;
    /// <https://resellerclub.webpropanel.com/kb/deleting-srv-record-api>).
    DeleteSrvRecord = "dns/manage/delete-srv-record", POST, Idempotent, confirm: None,
    doc: "reference §5.5 Deleting a SRV record; https://resellerclub.webpropanel.com/kb/deleting-srv-record-api",
    summary: "Delete a SRV record.",
    output: Record = record, check: no_check,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// `_<service>._<protocol>.<domain>`.
        host: Option<Text> = "host",
        /// The record's value (the host providing the service).
        value: Host = "value",
        /// The service's port.
        port: Option<Uint> = "port",
        /// Relative weight.
        weight: Option<Uint> = "weight",
    }
}

fn check_soa(op: &UpdateSoaRecord) -> Result<(), Error> {
    if !op.responsible_person.0.contains('@') {
        return Err(Error::invalid_input(
            "responsible-person",
            "the e-mail address of the zone's maintainer",
        ));
    }
    for (v, key) in [
        (&op.refresh, "refresh"),
        (&op.retry, "retry"),
        (&op.expire, "expire"),
        (&op.ttl, "ttl"),
    ] {
        if v.value(key)? < 14400 {
            return Err(Error::invalid_input(key, "at least 14400 seconds"));
        }
    }
    Ok(())
}

operation! {
    /// `POST /api/dns/manage/update-soa-record.json` — change the zone's SOA timers (reference
    /// §5.4; <https://resellerclub.webpropanel.com/kb/modifying-soa-record-api>); each timer at
    /// least 14400.
    UpdateSoaRecord = "dns/manage/update-soa-record", POST, Idempotent, confirm: None,
    doc: "reference §5.4 Modifying the SOA record; https://resellerclub.webpropanel.com/kb/modifying-soa-record-api",
    summary: "Change the SOA record of a zone.",
    output: Record = record, check: check_soa,
    {
        /// The zone.
        domain_name: Domain = "domain-name",
        /// E-mail address of the zone's maintainer.
        responsible_person: Text = "responsible-person",
        /// Refresh (seconds, ≥ 14400).
        refresh: Uint = "refresh",
        /// Retry (seconds, ≥ 14400).
        retry: Uint = "retry",
        /// Expire (seconds, ≥ 14400).
        expire: Uint = "expire",
        /// TTL (seconds, ≥ 14400).
        ttl: Uint = "ttl",
    }
}

fn check_delete_record(op: &DeleteRecord) -> Result<(), Error> {
    if op.host.is_none() && op.value.is_none() && op.record_id.is_none() {
        return Err(Error::invalid_input(
            "host",
            "give the record's host and value (or its record-id)",
        ));
    }
    Ok(())
}

operation! {
    /// `POST /api/dns/manage/delete-record.json` — the generic delete (no vendor page: reference
    /// §5.6, NOT FOUND). It deletes, so it is POST by the KB 753 rule (two client libraries send
    /// GET). The parameters are the union of what client code sends (`host` + `value`; or
    /// `domain-name`, `type`, `record-id`); prefer the typed `delete-*-record` calls.
    DeleteRecord = "dns/manage/delete-record", POST, Idempotent, confirm: None,
    doc: "reference §5.6 Generic delete (no vendor page)",
    summary: "Delete a record (generic; prefer the typed delete calls).",
    output: Record = record, check: check_delete_record,
    {
        /// The zone.
        domain_name: Option<Domain> = "domain-name",
        /// The record's host.
        host: Option<Text> = "host",
        /// The record's value.
        value: Option<Text> = "value",
        /// The record type.
        kind: Option<RecordType> = "type",
        /// The record id (third-party code).
        record_id: Option<Text> = "record-id",
    }
}
