//! LogicBoxes mapping.
//!
//! Calls on an existing domain take its order id: `domains/orderid` gives it, so those
//! operations are flows that start with it.
//!
//! **Renew for N years**: `domains/orderid` → `domains/details` (`options=OrderDetails`, for the
//! current `endtime` in epoch seconds) → `domains/renew` with `years` = N, `exp-date` = that
//! `endtime` and `invoice-option=NoInvoice` (the order runs against the reseller's funds without
//! raising an invoice). `sellingamount` comes back negative (a debit); `charged` shows it without
//! the sign and `raw` keeps it as sent.
//!
//! **Register and transfer** take the customer and contact ids LogicBoxes orders need from the
//! request's `extra` under the vendor's names (`customer-id`, `reg-contact-id`,
//! `admin-contact-id`, `tech-contact-id`, `billing-contact-id`); a contact id not there is
//! taken from the `id` of the contact holding that role. `invoice-option` defaults to
//! `NoInvoice`; anything else in `extra` (`purchase-privacy`, `attributes`, …) is passed on.
//!
//! **DNS**: the zone lives under the domain name (`dns/manage/…`, after `dns/activate`). The
//! list is one `search-records` per type (A, AAAA, CNAME, MX, NS, TXT, SRV; page 1, 50 per
//! type); add and delete pick the typed call by record type (SRV: `host` is the service name,
//! `value` is `weight port target`).
//!
//! **Child name servers**: `add-cns` creates one with its addresses; changing addresses pairs
//! old and new ones with `modify-cns-ip`, adds the rest with `add-cns` and removes the rest with
//! `delete-cns-ip`; deleting removes every address with `delete-cns-ip`.

use super::all_raw;
use super::capability::{Capability, CommonOp};
use super::flows::{Next, Outputs, Plan, output};
use super::types::*;
use crate::domain::DomainName;
use crate::error::{Error, ErrorKind};
use serde_json::{Value, json};

const ORDERID: &str = "domains/orderid";
const BY_NAME: &str = "domains/details-by-name";
const SEARCH: &str = "dns/manage/search-records";
/// The record types `dns/manage/search-records` is asked for, one call each.
const DNS_TYPES: [&str; 7] = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV"];

fn flow2(second: &'static [&'static str]) -> Capability {
    Capability::Flow {
        calls: 2,
        per_name: false,
        operations: second,
    }
}

/// How LogicBoxes does each common operation.
pub(crate) fn capability(op: CommonOp) -> Capability {
    use Capability::*;
    match op {
        CommonOp::Check => Native {
            operation: "domains/available",
        },
        CommonOp::Info | CommonOp::GetNameservers | CommonOp::AuthCode => {
            Native { operation: BY_NAME }
        }
        CommonOp::SetNameservers => flow2(&[ORDERID, "domains/modify-ns"]),
        CommonOp::Lock => flow2(&[ORDERID, "domains/enable-theft-protection"]),
        CommonOp::Unlock => flow2(&[ORDERID, "domains/disable-theft-protection"]),
        CommonOp::PrivacyOn | CommonOp::PrivacyOff => {
            flow2(&[ORDERID, "domains/modify-privacy-protection"])
        }
        CommonOp::Renew => Flow {
            calls: 3,
            per_name: false,
            operations: &[ORDERID, "domains/details", "domains/renew"],
        },
        CommonOp::ListDomains => Native {
            operation: "domains/search",
        },
        CommonOp::Balance => Unsupported {
            reason: "the documented API set has no balance call",
        },
        CommonOp::RegenerateAuthCode => Unsupported {
            reason: "not mapped yet; domains/modify-auth-code sets a code the caller chooses",
        },
        CommonOp::Register => Native {
            operation: "domains/register",
        },
        CommonOp::Transfer => Native {
            operation: "domains/transfer",
        },
        CommonOp::TransferStatus => Native { operation: BY_NAME },
        CommonOp::DnsList => Flow {
            calls: 7,
            per_name: false,
            operations: &[SEARCH],
        },
        CommonOp::DnsAdd => ByType {
            operations: &[
                "dns/manage/add-ipv4-record",
                "dns/manage/add-ipv6-record",
                "dns/manage/add-cname-record",
                "dns/manage/add-mx-record",
                "dns/manage/add-ns-record",
                "dns/manage/add-txt-record",
                "dns/manage/add-srv-record",
            ],
        },
        CommonOp::DnsDelete => ByType {
            operations: &[
                "dns/manage/delete-ipv4-record",
                "dns/manage/delete-ipv6-record",
                "dns/manage/delete-cname-record",
                "dns/manage/delete-mx-record",
                "dns/manage/delete-ns-record",
                "dns/manage/delete-txt-record",
                "dns/manage/delete-srv-record",
            ],
        },
        CommonOp::CreateContact => Native {
            operation: "contacts/add",
        },
        CommonOp::SetContacts => flow2(&[ORDERID, "domains/modify-contact"]),
        CommonOp::ChildNsCreate => flow2(&[ORDERID, "domains/add-cns"]),
        CommonOp::ChildNsUpdate => FlowEach {
            first: &[ORDERID],
            each: &[
                "domains/modify-cns-ip",
                "domains/add-cns",
                "domains/delete-cns-ip",
            ],
            per: "old → new address pair (then one call for the addresses left to add, one for those left to remove)",
        },
        CommonOp::ChildNsDelete => flow2(&[ORDERID, "domains/delete-cns-ip"]),
    }
}

/// One `domains/available` for the cross product of the names' labels and TLDs; the answer is
/// read back per name asked (names the cross product adds are dropped).
pub(crate) fn check(names: Vec<DomainName>) -> Plan<Vec<CheckResult>> {
    Box::new(move |outs| {
        if outs.is_empty() {
            let mut labels: Vec<&str> = Vec::new();
            let mut tlds: Vec<&str> = Vec::new();
            for n in &names {
                if !labels.contains(&n.first_label()) {
                    labels.push(n.first_label());
                }
                if !tlds.contains(&n.suffix()) {
                    tlds.push(n.suffix());
                }
            }
            return Ok(Next::call(
                "domains/available",
                json!({"domain-name": labels, "tlds": tlds}),
            ));
        }
        let v = output(outs, 0)?;
        let entries = v
            .get("domains")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        Ok(Next::Finish(
            names
                .iter()
                .map(|n| {
                    let found = entries.iter().find(|e| {
                        e.get("domain")
                            .and_then(Value::as_str)
                            .is_some_and(|d| d.eq_ignore_ascii_case(n.as_ascii()))
                    });
                    match found {
                        None => CheckResult::failed(
                            n.as_ascii(),
                            &Error::new(ErrorKind::Protocol, "the answer does not list this name"),
                        ),
                        Some(e) => {
                            let status = text(e, "status").unwrap_or_default();
                            let availability = match status.to_ascii_lowercase().as_str() {
                                "available" => Availability::Available,
                                "regthroughus" | "regthroughothers" => Availability::Taken,
                                s if s.contains("reserved") => Availability::Reserved,
                                _ => Availability::Unknown,
                            };
                            let mut r = CheckResult::new(n.as_ascii(), availability, e.clone());
                            r.message = Some(status);
                            if let Some(cost) = e.get("costHash") {
                                r.premium = Some(true);
                                r.price = cost.get("create").and_then(|a| {
                                    Money::from_json(
                                        a,
                                        cost.get("sellingCurrencySymbol").and_then(Value::as_str),
                                    )
                                });
                            }
                            r
                        }
                    }
                })
                .collect(),
        ))
    })
}

fn contact(v: &Value) -> Contact {
    let mut extra = v.as_object().cloned().unwrap_or_default();
    for k in [
        "contactid",
        "name",
        "company",
        "emailaddr",
        "telnocc",
        "telno",
        "address1",
        "address2",
        "address3",
        "city",
        "state",
        "zip",
        "country",
    ] {
        extra.remove(k);
    }
    Contact {
        id: text(v, "contactid"),
        first_name: text(v, "name").unwrap_or_default(),
        last_name: String::new(),
        organization: text(v, "company"),
        email: text(v, "emailaddr").unwrap_or_default(),
        phone_cc: text(v, "telnocc").unwrap_or_default(),
        phone: text(v, "telno").unwrap_or_default(),
        address: ["address1", "address2", "address3"]
            .iter()
            .filter_map(|k| text(v, k))
            .collect(),
        city: text(v, "city").unwrap_or_default(),
        state: text(v, "state"),
        postal_code: text(v, "zip").unwrap_or_default(),
        country: text(v, "country").unwrap_or_default(),
        extra,
    }
}

fn name_servers(v: &Value) -> Vec<NameServer> {
    (1..=13)
        .filter_map(|i| text(v, &format!("ns{i}")))
        .map(NameServer::new)
        .collect()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    match v.get(key) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn info_of(v: &Value) -> DomainInfo {
    let orderstatus = strings(v, "orderstatus");
    let mut status: Vec<String> = text(v, "currentstatus").into_iter().collect();
    status.extend(orderstatus.iter().cloned());
    status.extend(strings(v, "domainstatus"));
    let mut contacts = Vec::new();
    for (key, role) in [
        ("registrantcontact", ContactRole::Registrant),
        ("admincontact", ContactRole::Admin),
        ("techcontact", ContactRole::Tech),
        ("billingcontact", ContactRole::Billing),
    ] {
        if let Some(c) = v.get(key).filter(|c| c.is_object()) {
            contacts.push(DomainContact {
                roles: vec![role],
                contact: contact(c),
            });
        }
    }
    DomainInfo {
        domain: text(v, "domainname").unwrap_or_default(),
        status,
        created: text(v, "creationtime"),
        expires: text(v, "endtime"),
        name_servers: name_servers(v),
        contacts,
        locked: Some(
            orderstatus
                .iter()
                .any(|s| s.eq_ignore_ascii_case("transferlock")),
        ),
        privacy: flag(v, "isprivacyprotected"),
        auto_renew: flag(v, "recurring"),
        provider_ids: pick(
            v,
            &[
                "orderid",
                "customerid",
                "registrantcontactid",
                "admincontactid",
                "techcontactid",
                "billingcontactid",
            ],
        ),
        raw: v.clone(),
    }
}

fn by_name<T: Clone + 'static>(
    name: DomainName,
    options: &'static str,
    finish: fn(&Value) -> Result<T, Error>,
) -> Plan<T> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            BY_NAME,
            json!({"domain-name": name.as_ascii(), "options": [options]}),
        )),
        _ => Ok(Next::Finish(finish(output(outs, 0)?)?)),
    })
}

/// `domains/details-by-name` with `options=All`.
pub(crate) fn info(name: DomainName) -> Plan<DomainInfo> {
    by_name(name, "All", |v| Ok(info_of(v)))
}

/// `domains/details-by-name` with `options=NsDetails`.
pub(crate) fn get_nameservers(name: DomainName) -> Plan<Vec<NameServer>> {
    by_name(name, "NsDetails", |v| Ok(name_servers(v)))
}

/// `domains/details-by-name` with `options=OrderDetails`: the `domsecret` member.
pub(crate) fn auth_code(name: DomainName) -> Plan<AuthCode> {
    by_name(name, "OrderDetails", |v| match text(v, "domsecret") {
        Some(code) => Ok(AuthCode { code }),
        None => Err(Error::new(
            ErrorKind::Protocol,
            "the order details carry no domsecret (auth code)",
        )),
    })
}

fn order_id(outs: &Outputs) -> Result<Value, Error> {
    let v = output(outs, 0)?;
    v.get("id")
        .cloned()
        .filter(|id| !id.is_null())
        .ok_or_else(|| Error::protocol("domains/orderid gave no id", v.to_string().as_bytes()))
}

/// `domains/orderid` → `operation` with `order-id` and `extra`.
pub(crate) fn by_order_id(
    name: DomainName,
    operation: &'static str,
    extra: Value,
) -> Plan<Outcome> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(ORDERID, json!({"domain-name": name.as_ascii()}))),
        1 => {
            let mut params = serde_json::Map::new();
            params.insert("order-id".into(), order_id(outs)?);
            if let Value::Object(m) = &extra {
                params.extend(m.clone());
            }
            Ok(Next::call(operation, Value::Object(params)))
        }
        _ => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    })
}

/// `domains/orderid` → `domains/modify-ns`. Glue is not part of a delegation here (child name
/// servers are separate orders), so a server with `ips` is refused.
pub(crate) fn set_nameservers(
    name: DomainName,
    servers: &[NameServer],
) -> Result<Plan<Outcome>, Error> {
    if let Some(i) = servers.iter().position(|s| !s.ips.is_empty()) {
        return Err(Error::invalid_input(
            format!("name_servers[{i}].ips"),
            "LogicBoxes sets glue through child name servers, not with the delegation",
        ));
    }
    let hosts: Vec<&str> = servers.iter().map(|s| s.host.as_str()).collect();
    Ok(by_order_id(name, "domains/modify-ns", json!({"ns": hosts})))
}

/// `domains/orderid` → `domains/details` → `domains/renew`.
pub(crate) fn renew(name: DomainName, years: u32) -> Plan<OrderResult> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(ORDERID, json!({"domain-name": name.as_ascii()}))),
        1 => Ok(Next::call(
            "domains/details",
            json!({"order-id": order_id(outs)?, "options": ["OrderDetails"]}),
        )),
        2 => {
            let details = output(outs, 1)?;
            let exp = text(details, "endtime")
                .and_then(|s| s.parse::<i64>().ok())
                .ok_or_else(|| {
                    Error::protocol(
                        "domains/details gave no endtime (epoch seconds)",
                        details.to_string().as_bytes(),
                    )
                })?;
            Ok(Next::call(
                "domains/renew",
                json!({"order-id": order_id(outs)?, "years": years, "exp-date": exp,
                       "invoice-option": "NoInvoice"}),
            ))
        }
        _ => {
            let v = output(outs, 2)?;
            let charged = text(v, "sellingamount").and_then(|a| {
                Money::from_json(
                    &Value::String(a.trim_start_matches('-').to_owned()),
                    v.get("sellingcurrencysymbol").and_then(Value::as_str),
                )
            });
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged,
                expires: None,
                raw: all_raw(outs)?,
            }))
        }
    })
}

/// `domains/search` with `no-of-records` and `page-no`.
pub(crate) fn list_domains(page: u32, per_page: u32) -> Plan<DomainPage> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "domains/search",
            json!({"no-of-records": per_page, "page-no": page}),
        )),
        _ => {
            let v = output(outs, 0)?;
            let domains = v
                .get("records")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .map(|r| DomainSummary {
                            domain: text(r, "entity.description").unwrap_or_default(),
                            expires: text(r, "orders.endtime"),
                            status: text(r, "entity.currentstatus"),
                            raw: r.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Ok(Next::Finish(DomainPage {
                domains,
                page,
                total: text(v, "recsindb").and_then(|s| s.parse().ok()),
                complete: false,
            }))
        }
    })
}

fn order_call<T>(name: &DomainName) -> Next<T> {
    Next::call(ORDERID, json!({"domain-name": name.as_ascii()}))
}

fn order_result(name: &DomainName, outs: &Outputs, at: usize) -> Result<OrderResult, Error> {
    let v = output(outs, at)?;
    let charged = text(v, "sellingamount").and_then(|a| {
        Money::from_json(
            &Value::String(a.trim_start_matches('-').to_owned()),
            v.get("sellingcurrencysymbol").and_then(Value::as_str),
        )
    });
    Ok(OrderResult {
        domain: name.as_ascii().to_owned(),
        charged,
        expires: None,
        raw: all_raw(outs)?,
    })
}

const CONTACT_KEYS: [(&str, ContactRole); 4] = [
    ("reg-contact-id", ContactRole::Registrant),
    ("admin-contact-id", ContactRole::Admin),
    ("tech-contact-id", ContactRole::Tech),
    ("billing-contact-id", ContactRole::Billing),
];

/// The order parameters shared by register and transfer: name servers, customer and contact
/// ids, invoice option, then `extra` as given.
fn order_params(
    mut params: Value,
    servers: &[NameServer],
    contacts: &[DomainContact],
    extra: &serde_json::Map<String, Value>,
) -> Result<Value, Error> {
    if let Some(i) = servers.iter().position(|s| !s.ips.is_empty()) {
        return Err(Error::invalid_input(
            format!("name_servers[{i}].ips"),
            "LogicBoxes sets glue through child name servers, not with the order",
        ));
    }
    if let Value::Object(m) = &mut params {
        if !servers.is_empty() {
            let hosts: Vec<&str> = servers.iter().map(|s| s.host.as_str()).collect();
            m.insert("ns".into(), json!(hosts));
        }
        for (key, role) in CONTACT_KEYS {
            if let Some(id) = contact_for(contacts, role).and_then(|c| c.id.clone()) {
                m.insert(key.into(), id_value(&id));
            }
        }
        m.insert("invoice-option".into(), json!("NoInvoice"));
    }
    merge(&mut params, extra);
    if params.get("customer-id").is_none() {
        return Err(Error::invalid_input(
            "extra.customer-id",
            "LogicBoxes orders need the customer id (extra \"customer-id\")",
        ));
    }
    for (key, _) in CONTACT_KEYS {
        if params.get(key).is_none() {
            return Err(Error::invalid_input(
                format!("extra.{key}"),
                "LogicBoxes orders need each role's contact id (extra, or the contact's id)",
            ));
        }
    }
    Ok(params)
}

/// Numeric text as a JSON number (LogicBoxes ids), other text as it is.
fn id_value(id: &str) -> Value {
    id.parse::<u64>()
        .map(Value::from)
        .unwrap_or_else(|_| Value::String(id.to_owned()))
}

fn one_order(name: DomainName, operation: &'static str, params: Value) -> Plan<OrderResult> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(operation, params.clone())),
        _ => Ok(Next::Finish(order_result(&name, outs, 0)?)),
    })
}

/// `domains/register` (see the module docs for the ids it needs).
pub(crate) fn register(name: DomainName, r: &RegisterRequest) -> Result<Plan<OrderResult>, Error> {
    if r.name_servers.is_empty() {
        return Err(Error::invalid_input(
            "name_servers",
            "LogicBoxes registers with 1 to 13 name servers",
        ));
    }
    let params = order_params(
        json!({"domain-name": name.as_ascii(), "years": r.years}),
        &r.name_servers,
        &r.contacts,
        &r.extra,
    )?;
    Ok(one_order(name, "domains/register", params))
}

/// `domains/transfer` with `auth-code` (ids as for register).
pub(crate) fn transfer(name: DomainName, r: &TransferRequest) -> Result<Plan<OrderResult>, Error> {
    let params = order_params(
        json!({"domain-name": name.as_ascii(), "auth-code": r.auth_code}),
        &r.name_servers,
        &r.contacts,
        &r.extra,
    )?;
    Ok(one_order(name, "domains/transfer", params))
}

/// `domains/details-by-name` with `options=OrderDetails`: `currentstatus` (and the order's
/// status words) while the transfer runs.
pub(crate) fn transfer_status(name: DomainName) -> Plan<TransferStatus> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            BY_NAME,
            json!({"domain-name": name.as_ascii(), "options": ["OrderDetails"]}),
        )),
        _ => {
            let v = output(outs, 0)?;
            let mut words: Vec<String> = text(v, "currentstatus").into_iter().collect();
            words.extend(strings(v, "orderstatus"));
            words.extend(strings(v, "domainstatus"));
            Ok(Next::Finish(TransferStatus {
                domain: text(v, "domainname").unwrap_or_else(|| name.as_ascii().to_owned()),
                status: words.join(", "),
                raw: v.clone(),
            }))
        }
    })
}

fn dns_record(v: &Value) -> DnsRecord {
    DnsRecord {
        id: None,
        record_type: text(v, "type").unwrap_or_default(),
        host: text(v, "host").unwrap_or_else(|| "@".into()),
        value: text(v, "value").unwrap_or_default(),
        ttl: num(v, "timetolive"),
        priority: num(v, "priority"),
    }
}

/// One `dns/manage/search-records` per type, merged.
pub(crate) fn dns_list(name: DomainName) -> Plan<Vec<DnsRecord>> {
    Box::new(move |outs| {
        if let Some(t) = DNS_TYPES.get(outs.len()) {
            return Ok(Next::call(
                SEARCH,
                json!({"domain-name": name.as_ascii(), "type": t, "no-of-records": 50, "page-no": 1}),
            ));
        }
        let mut records = Vec::new();
        for i in 0..outs.len() {
            if let Some(list) = output(outs, i)?.get("records").and_then(Value::as_array) {
                records.extend(list.iter().map(dns_record));
            }
        }
        Ok(Next::Finish(records))
    })
}

/// The typed `dns/manage` call for the record's type (`add` or `delete`) and its parameters.
fn dns_call(name: &DomainName, r: &DnsRecord, add: bool) -> Result<(&'static str, Value), Error> {
    let t = record_type(r)?;
    let host = if r.host.is_empty() {
        "@"
    } else {
        r.host.as_str()
    };
    let mut params = json!({"domain-name": name.as_ascii(), "host": host, "value": r.value});
    let m = params.as_object_mut();
    let op = match (t.as_str(), add) {
        ("A", true) => "dns/manage/add-ipv4-record",
        ("A", false) => "dns/manage/delete-ipv4-record",
        ("AAAA", true) => "dns/manage/add-ipv6-record",
        ("AAAA", false) => "dns/manage/delete-ipv6-record",
        ("CNAME", true) => "dns/manage/add-cname-record",
        ("CNAME", false) => "dns/manage/delete-cname-record",
        ("MX", true) => "dns/manage/add-mx-record",
        ("MX", false) => "dns/manage/delete-mx-record",
        ("NS", true) => "dns/manage/add-ns-record",
        ("NS", false) => "dns/manage/delete-ns-record",
        ("TXT", true) => "dns/manage/add-txt-record",
        ("TXT", false) => "dns/manage/delete-txt-record",
        ("SRV", add) => {
            let (weight, port, target) = srv_parts(&r.value)?;
            if let Some(m) = m {
                m.insert("value".into(), json!(target));
                m.insert("port".into(), json!(port));
                m.insert("weight".into(), json!(weight));
                if add {
                    m.insert("priority".into(), json!(r.priority.unwrap_or(0)));
                }
            }
            if add {
                "dns/manage/add-srv-record"
            } else {
                "dns/manage/delete-srv-record"
            }
        }
        (other, _) => {
            return Err(Error::invalid_input(
                "record.type",
                format!("{other}: LogicBoxes takes A, AAAA, CNAME, MX, NS, TXT and SRV records"),
            ));
        }
    };
    if add {
        if let Some(m) = params.as_object_mut() {
            if let Some(ttl) = r.ttl {
                m.insert("ttl".into(), json!(ttl));
            }
            if t == "MX" {
                m.insert("priority".into(), json!(r.priority.unwrap_or(10)));
            }
        }
    }
    Ok((op, params))
}

/// The typed `dns/manage/add-*-record`.
pub(crate) fn dns_add(name: DomainName, r: &DnsRecord) -> Result<Plan<Created>, Error> {
    let (op, params) = dns_call(&name, r, true)?;
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(op, params.clone())),
        _ => Ok(Next::Finish(Created {
            id: None,
            raw: all_raw(outs)?,
        })),
    }))
}

fn single(op: &'static str, params: Value) -> Plan<Outcome> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(op, params.clone())),
        _ => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    })
}

/// The typed `dns/manage/delete-*-record`.
pub(crate) fn dns_delete(name: DomainName, r: &DnsRecord) -> Result<Plan<Outcome>, Error> {
    let (op, params) = dns_call(&name, r, false)?;
    Ok(single(op, params))
}

/// `contacts/add` (`customer-id` from `extra`, `type` defaults to `Contact`).
pub(crate) fn create_contact(c: &Contact) -> Result<Plan<Created>, Error> {
    let mut params = json!({
        "name": format!("{} {}", c.first_name, c.last_name).trim(),
        "company": c.organization.clone().unwrap_or_else(|| "N/A".into()),
        "email": c.email,
        "address-line-1": c.address.first().cloned().unwrap_or_default(),
        "city": c.city,
        "country": c.country,
        "zipcode": c.postal_code,
        "phone-cc": c.phone_cc,
        "phone": c.phone,
        "type": "Contact",
    });
    if let Some(m) = params.as_object_mut() {
        for (i, line) in c.address.iter().enumerate().skip(1).take(2) {
            m.insert(format!("address-line-{}", i + 1), json!(line));
        }
        if let Some(st) = &c.state {
            m.insert("state".into(), json!(st));
        }
    }
    merge(&mut params, &c.extra);
    if params.get("customer-id").is_none() {
        return Err(Error::invalid_input(
            "contact.extra.customer-id",
            "LogicBoxes contacts belong to a customer: give \"customer-id\" in extra",
        ));
    }
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("contacts/add", params.clone())),
        _ => {
            let v = output(outs, 0)?;
            Ok(Next::Finish(Created {
                id: text(v, "id").or_else(|| v.as_u64().map(|n| n.to_string())),
                raw: all_raw(outs)?,
            }))
        }
    }))
}

/// `domains/orderid` → `domains/modify-contact` with every role's contact id.
pub(crate) fn set_contacts(
    name: DomainName,
    contacts: &[DomainContact],
) -> Result<Plan<Outcome>, Error> {
    let mut extra = serde_json::Map::new();
    for (key, role) in CONTACT_KEYS {
        let id = contact_for(contacts, role)
            .and_then(|c| c.id.clone())
            .ok_or_else(|| {
                Error::invalid_input(
                    "contacts",
                    format!(
                        "LogicBoxes sets contacts by id: the {key} role needs a contact with an id"
                    ),
                )
            })?;
        extra.insert(key.into(), id_value(&id));
    }
    Ok(by_order_id(
        name,
        "domains/modify-contact",
        Value::Object(extra),
    ))
}

/// `domains/orderid` → `domains/add-cns` with every address.
pub(crate) fn child_ns_create(name: DomainName, s: &NameServer) -> Plan<Outcome> {
    by_order_id(name, "domains/add-cns", json!({"cns": s.host, "ip": s.ips}))
}

/// `domains/orderid` → `domains/delete-cns-ip` with every address.
pub(crate) fn child_ns_delete(name: DomainName, s: &NameServer) -> Result<Plan<Outcome>, Error> {
    if s.ips.is_empty() {
        return Err(Error::invalid_input(
            "ips",
            "LogicBoxes deletes a child name server by its addresses: list them",
        ));
    }
    Ok(by_order_id(
        name,
        "domains/delete-cns-ip",
        json!({"cns": s.host, "ip": s.ips}),
    ))
}

/// `domains/orderid` → `modify-cns-ip` per (old, new) pair → `add-cns` with the new
/// addresses left over → `delete-cns-ip` with the old ones left over.
pub(crate) fn child_ns_update(name: DomainName, s: NameServer, old: Vec<String>) -> Plan<Outcome> {
    let gone: Vec<String> = old
        .iter()
        .filter(|ip| !s.ips.contains(ip))
        .cloned()
        .collect();
    let fresh: Vec<String> = s
        .ips
        .iter()
        .filter(|ip| !old.contains(ip))
        .cloned()
        .collect();
    let pairs = gone.len().min(fresh.len());
    let mut calls: Vec<(&'static str, Value)> = gone
        .iter()
        .zip(&fresh)
        .map(|(o, n)| {
            (
                "domains/modify-cns-ip",
                json!({"cns": s.host, "old-ip": o, "new-ip": n}),
            )
        })
        .collect();
    if let Some(rest) = fresh.get(pairs..).filter(|r| !r.is_empty()) {
        calls.push(("domains/add-cns", json!({"cns": s.host, "ip": rest})));
    }
    if let Some(rest) = gone.get(pairs..).filter(|r| !r.is_empty()) {
        calls.push(("domains/delete-cns-ip", json!({"cns": s.host, "ip": rest})));
    }
    Box::new(move |outs| {
        if outs.is_empty() {
            return Ok(order_call(&name));
        }
        match calls.get(outs.len().saturating_sub(1)) {
            Some((op, params)) => {
                let mut p = json!({"order-id": order_id(outs)?});
                if let Value::Object(extra) = params {
                    merge(&mut p, extra);
                }
                Ok(Next::call(op, p))
            }
            None => Ok(Next::Finish(Outcome {
                raw: all_raw(outs)?,
            })),
        }
    })
}
