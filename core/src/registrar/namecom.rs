//! Name.com (legacy API) mapping.
//!
//! **Renew for N years**: one `order` with a single `domain/renew` item of `period` = N. The
//! order's envelope may succeed around a failed item; the item's own result decides, and a failed
//! item is an error with the item's code and message.
//!
//! **Register** is the same `order` with one `domain/create` item: `period`, `nameservers`
//! (no glue: that is `host/create`) and `contacts` (each with its roles in `type`, phone as
//! `+CC.NUMBER`, the contact's `extra` such as `fax` merged in); the request's `extra` goes into
//! the item. The legacy order has no transfer items.
//!
//! **DNS**: `dns/list` (names come back in full and are made relative to the zone),
//! `dns/create` (`hostname` empty for the apex, TTL 300 unless given), and for a delete
//! `dns/list` → `dns/delete` with the id of the record of the same type, host and value (the
//! list is skipped when the record's `id` is given).
//!
//! **Child name servers**: `host/create` takes one address, so further ones go with
//! `host/add_ip`; an address change is `host/add_ip` for each new address, then
//! `host/remove_ip` for each old one; delete is `host/delete`.

use super::all_raw;
use super::capability::{Capability, CommonOp};
use super::flows::{Next, Plan, output};
use super::types::*;
use crate::domain::DomainName;
use crate::error::{Error, ErrorKind};
use serde_json::{Value, json};

/// How Name.com does each common operation.
pub(crate) fn capability(op: CommonOp) -> Capability {
    use Capability::*;
    match op {
        CommonOp::Check => Flow {
            calls: 1,
            per_name: true,
            operations: &["domain/check"],
        },
        CommonOp::Info | CommonOp::GetNameservers => Native {
            operation: "domain/get",
        },
        CommonOp::SetNameservers => Native {
            operation: "domain/update_nameservers",
        },
        CommonOp::Lock => Native {
            operation: "domain/lock",
        },
        CommonOp::Unlock => Native {
            operation: "domain/unlock",
        },
        CommonOp::Renew => Native { operation: "order" },
        CommonOp::Balance => Native {
            operation: "account/get",
        },
        CommonOp::ListDomains => Native {
            operation: "domain/list",
        },
        CommonOp::PrivacyOn => Unsupported {
            reason: "privacy is a paid order item (whois_privacy/create), not a switch; order it through the catalog",
        },
        CommonOp::PrivacyOff => Unsupported {
            reason: "the legacy API has no call that turns privacy off",
        },
        CommonOp::AuthCode | CommonOp::RegenerateAuthCode => Unsupported {
            reason: "the legacy API has no auth code call",
        },
        CommonOp::TransferStatus => Unsupported {
            reason: "the legacy API has no transfer status call",
        },
        CommonOp::CreateContact => Unsupported {
            reason: "the legacy API has no contact handles (contacts go with each domain)",
        },
        CommonOp::Transfer => Unsupported {
            reason: "the legacy API's order takes no transfer items",
        },
        CommonOp::Register => Native { operation: "order" },
        CommonOp::DnsList => Native {
            operation: "dns/list",
        },
        CommonOp::DnsAdd => Native {
            operation: "dns/create",
        },
        CommonOp::DnsDelete => Flow {
            calls: 2,
            per_name: false,
            operations: &["dns/list", "dns/delete"],
        },
        CommonOp::SetContacts => Native {
            operation: "domain/update_contacts",
        },
        CommonOp::ChildNsCreate => FlowEach {
            first: &["host/create"],
            each: &["host/add_ip"],
            per: "further address",
        },
        CommonOp::ChildNsUpdate => FlowEach {
            first: &[],
            each: &["host/add_ip", "host/remove_ip"],
            per: "address added or removed",
        },
        CommonOp::ChildNsDelete => Native {
            operation: "host/delete",
        },
    }
}

/// One `domain/check` per name (`keyword` = first label, `tlds` = the rest).
pub(crate) fn check(names: Vec<DomainName>) -> Plan<Vec<CheckResult>> {
    Box::new(move |outs| {
        if let Some(n) = names.get(outs.len()) {
            return Ok(Next::Call {
                operation: "domain/check",
                params: json!({"keyword": n.first_label(), "tlds": [n.suffix()],
                               "services": ["availability"]}),
                tolerate: true,
            });
        }
        Ok(Next::Finish(
            names
                .iter()
                .zip(outs)
                .map(|(n, out)| match out {
                    Err(e) => CheckResult::failed(n.as_ascii(), e),
                    Ok(v) => {
                        let item = v.get("domains").and_then(Value::as_array).and_then(|l| {
                            l.iter().find(|d| {
                                d.get("domain_name")
                                    .and_then(Value::as_str)
                                    .is_some_and(|x| x.eq_ignore_ascii_case(n.as_ascii()))
                            })
                        });
                        match item {
                            None => CheckResult::failed(
                                n.as_ascii(),
                                &Error::new(
                                    ErrorKind::Protocol,
                                    "the answer does not list this name",
                                ),
                            ),
                            Some(item) => {
                                let availability = match flag(item, "avail") {
                                    Some(true) => Availability::Available,
                                    Some(false) => Availability::Taken,
                                    None => Availability::Unknown,
                                };
                                let mut r =
                                    CheckResult::new(n.as_ascii(), availability, item.clone());
                                r.premium = flag(item, "premium");
                                r.price = item.get("price").and_then(|p| Money::from_json(p, None));
                                r
                            }
                        }
                    }
                })
                .collect(),
        ))
    })
}

fn contact(v: &Value) -> DomainContact {
    let roles = v
        .get("type")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|r| match r.as_str()? {
                    "registrant" => Some(ContactRole::Registrant),
                    "administrative" => Some(ContactRole::Admin),
                    "technical" => Some(ContactRole::Tech),
                    "billing" => Some(ContactRole::Billing),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut extra = v.as_object().cloned().unwrap_or_default();
    for k in [
        "type",
        "first_name",
        "last_name",
        "organization",
        "email",
        "phone",
        "address_1",
        "address_2",
        "city",
        "state",
        "zip",
        "country",
    ] {
        extra.remove(k);
    }
    let phone = text(v, "phone").unwrap_or_default();
    let (phone_cc, phone) = match phone.strip_prefix('+').and_then(|p| p.split_once('.')) {
        Some((cc, n)) => (cc.to_owned(), n.to_owned()),
        None => (String::new(), phone),
    };
    DomainContact {
        roles,
        contact: Contact {
            id: None,
            first_name: text(v, "first_name").unwrap_or_default(),
            last_name: text(v, "last_name").unwrap_or_default(),
            organization: text(v, "organization"),
            email: text(v, "email").unwrap_or_default(),
            phone_cc,
            phone,
            address: ["address_1", "address_2"]
                .iter()
                .filter_map(|k| text(v, k))
                .collect(),
            city: text(v, "city").unwrap_or_default(),
            state: text(v, "state"),
            postal_code: text(v, "zip").unwrap_or_default(),
            country: text(v, "country").unwrap_or_default(),
            extra,
        },
    }
}

fn nss(v: &Value) -> Vec<NameServer> {
    v.get("nameservers")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|h| h.as_str().map(NameServer::new))
                .collect()
        })
        .unwrap_or_default()
}

fn info_of(v: &Value) -> DomainInfo {
    DomainInfo {
        domain: text(v, "domain_name").unwrap_or_default(),
        status: Vec::new(),
        created: text(v, "create_date"),
        expires: text(v, "expire_date"),
        name_servers: nss(v),
        contacts: v
            .get("contacts")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(contact).collect())
            .unwrap_or_default(),
        locked: flag(v, "locked"),
        privacy: v.get("whois_privacy").and_then(|w| flag(w, "enabled")),
        auto_renew: flag(v, "auto_renew"),
        provider_ids: serde_json::Map::new(),
        raw: v.clone(),
    }
}

fn get<T>(name: &DomainName) -> Next<T> {
    Next::call("domain/get", json!({"domain_name": name.as_ascii()}))
}

/// `domain/get`.
pub(crate) fn info(name: DomainName) -> Plan<DomainInfo> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(get(&name)),
        _ => Ok(Next::Finish(info_of(output(outs, 0)?))),
    })
}

/// `domain/get`, its name servers.
pub(crate) fn get_nameservers(name: DomainName) -> Plan<Vec<NameServer>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(get(&name)),
        _ => Ok(Next::Finish(nss(output(outs, 0)?))),
    })
}

fn one(operation: &'static str, params: Value) -> Plan<Outcome> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(operation, params.clone())),
        _ => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    })
}

/// `domain/update_nameservers` (glue goes through `host/create`, so `ips` are refused).
pub(crate) fn set_nameservers(
    name: DomainName,
    servers: &[NameServer],
) -> Result<Plan<Outcome>, Error> {
    if let Some(i) = servers.iter().position(|s| !s.ips.is_empty()) {
        return Err(Error::invalid_input(
            format!("name_servers[{i}].ips"),
            "Name.com sets glue through host/create, not with the delegation",
        ));
    }
    let hosts: Vec<&str> = servers.iter().map(|s| s.host.as_str()).collect();
    Ok(one(
        "domain/update_nameservers",
        json!({"domain_name": name.as_ascii(), "nameservers": hosts}),
    ))
}

/// A call that takes only `domain_name`.
pub(crate) fn simple(name: DomainName, operation: &'static str) -> Plan<Outcome> {
    one(operation, json!({"domain_name": name.as_ascii()}))
}

/// `order` with one `domain/renew` item.
pub(crate) fn renew(name: DomainName, years: u32) -> Plan<OrderResult> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "order",
            json!({"items": [{"order_type": "domain/renew", "domain_name": name.as_ascii(),
                              "period": years}]}),
        )),
        _ => {
            let item = order_item(output(outs, 0)?, "renewal")?;
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged: item.get("price").and_then(|p| Money::from_json(p, None)),
                expires: None,
                raw: all_raw(outs)?,
            }))
        }
    })
}

/// `account/get`: `account_credit` (the account's currency, not named by the API).
pub(crate) fn balance() -> Plan<Balance> {
    Box::new(|outs| match outs.len() {
        0 => Ok(Next::call("account/get", json!({}))),
        _ => {
            let v = output(outs, 0)?;
            let available = v
                .get("account_credit")
                .and_then(|b| Money::from_json(b, None))
                .ok_or_else(|| Error::protocol("no account_credit", v.to_string().as_bytes()))?;
            Ok(Next::Finish(Balance {
                available,
                credit: None,
                raw: v.clone(),
            }))
        }
    })
}

/// `domain/list`: everything at once (page 1; later pages are empty, no call made).
pub(crate) fn list_domains(page: u32) -> Plan<DomainPage> {
    Box::new(move |outs| {
        if page > 1 {
            return Ok(Next::Finish(DomainPage {
                domains: Vec::new(),
                page,
                total: None,
                complete: true,
            }));
        }
        match outs.len() {
            0 => Ok(Next::call("domain/list", json!({}))),
            _ => {
                let domains: Vec<DomainSummary> = output(outs, 0)?
                    .get("domains")
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .map(|d| DomainSummary {
                                domain: text(d, "domain_name").unwrap_or_default(),
                                expires: text(d, "expire_date"),
                                status: None,
                                raw: d.clone(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Ok(Next::Finish(DomainPage {
                    total: Some(domains.len() as u64),
                    domains,
                    page,
                    complete: true,
                }))
            }
        }
    })
}

/// The order item's own result: a failed item is an error with its code and message.
fn order_item(v: &Value, what: &str) -> Result<Value, Error> {
    let item = v
        .get("items")
        .and_then(|i| i.get(0))
        .cloned()
        .unwrap_or(Value::Null);
    if item.get("ok") != Some(&Value::Bool(true)) {
        let err = item.get("error").cloned().unwrap_or(Value::Null);
        let kind = err
            .get("kind")
            .cloned()
            .and_then(|k| serde_json::from_value::<ErrorKind>(k).ok())
            .unwrap_or(ErrorKind::Rejected);
        return Err(Error::provider(
            kind,
            text(&err, "code"),
            text(&err, "message").unwrap_or_else(|| format!("the {what} item failed")),
        )
        .with_details(v.clone()));
    }
    Ok(item)
}

fn role_name(r: ContactRole) -> &'static str {
    match r {
        ContactRole::Registrant => "registrant",
        ContactRole::Admin => "administrative",
        ContactRole::Tech => "technical",
        ContactRole::Billing => "billing",
    }
}

/// A common contact as Name.com's contact object (phone `+CC.NUMBER`; `extra` such as `fax`
/// merged in).
fn contact_json(dc: &DomainContact) -> Value {
    let c = &dc.contact;
    let roles: Vec<&str> = dc.roles.iter().map(|r| role_name(*r)).collect();
    let mut v = json!({
        "type": roles,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "organization": c.organization.clone().unwrap_or_default(),
        "address_1": c.address.first().cloned().unwrap_or_default(),
        "address_2": c.address.get(1..).map(|r| r.join(", ")).unwrap_or_default(),
        "city": c.city,
        "state": c.state.clone().unwrap_or_default(),
        "zip": c.postal_code,
        "country": c.country,
        "phone": epp_phone(c),
        "email": c.email,
    });
    merge(&mut v, &c.extra);
    v
}

/// `order` with one `domain/create` item (period, name servers, contacts; `extra` merged into
/// the item).
pub(crate) fn register(name: DomainName, r: &RegisterRequest) -> Result<Plan<OrderResult>, Error> {
    if let Some(i) = r.name_servers.iter().position(|s| !s.ips.is_empty()) {
        return Err(Error::invalid_input(
            format!("name_servers[{i}].ips"),
            "Name.com sets glue through host/create, not with the registration",
        ));
    }
    let mut item = json!({"order_type": "domain/create", "domain_name": name.as_ascii(),
                          "period": r.years});
    if let Value::Object(m) = &mut item {
        if !r.name_servers.is_empty() {
            let hosts: Vec<&str> = r.name_servers.iter().map(|s| s.host.as_str()).collect();
            m.insert("nameservers".into(), json!(hosts));
        }
        if !r.contacts.is_empty() {
            m.insert(
                "contacts".into(),
                Value::Array(r.contacts.iter().map(contact_json).collect()),
            );
        }
    }
    merge(&mut item, &r.extra);
    let params = json!({"items": [item]});
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("order", params.clone())),
        _ => {
            let item = order_item(output(outs, 0)?, "registration")?;
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged: item.get("price").and_then(|p| Money::from_json(p, None)),
                expires: None,
                raw: all_raw(outs)?,
            }))
        }
    }))
}

fn record_of(v: &Value, zone: &DomainName) -> DnsRecord {
    DnsRecord {
        id: text(v, "record_id"),
        record_type: text(v, "type").unwrap_or_default(),
        host: relative_host(&text(v, "name").unwrap_or_default(), zone.as_ascii()),
        value: text(v, "content").unwrap_or_default(),
        ttl: num(v, "ttl"),
        priority: num(v, "priority"),
    }
}

fn records(v: &Value, zone: &DomainName) -> Vec<DnsRecord> {
    v.get("records")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(|r| record_of(r, zone)).collect())
        .unwrap_or_default()
}

/// `dns/list`.
pub(crate) fn dns_list(name: DomainName) -> Plan<Vec<DnsRecord>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "dns/list",
            json!({"domain_name": name.as_ascii()}),
        )),
        _ => Ok(Next::Finish(records(output(outs, 0)?, &name))),
    })
}

/// `dns/create` (`hostname` empty for the apex; an SRV's `content` is `weight port target`).
pub(crate) fn dns_add(name: DomainName, r: &DnsRecord) -> Result<Plan<Created>, Error> {
    let host = if r.host == "@" { "" } else { r.host.as_str() };
    let mut params = json!({"domain_name": name.as_ascii(), "hostname": host,
                            "type": record_type(r)?, "content": r.value,
                            "ttl": r.ttl.unwrap_or(300)});
    if let (Some(p), Value::Object(m)) = (r.priority, &mut params) {
        m.insert("priority".into(), json!(p));
    }
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("dns/create", params.clone())),
        _ => Ok(Next::Finish(Created {
            id: text(output(outs, 0)?, "record_id"),
            raw: all_raw(outs)?,
        })),
    }))
}

/// `dns/list` (to find the record's id; skipped when `id` is given) → `dns/delete`.
pub(crate) fn dns_delete(name: DomainName, r: DnsRecord) -> Plan<Outcome> {
    Box::new(move |outs| {
        let delete = |id: &str| -> Next<Outcome> {
            let id = id
                .parse::<u64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::String(id.to_owned()));
            Next::call(
                "dns/delete",
                json!({"domain_name": name.as_ascii(), "record_id": id}),
            )
        };
        match (outs.len(), &r.id) {
            (0, Some(id)) => Ok(delete(id)),
            (0, None) => Ok(Next::call(
                "dns/list",
                json!({"domain_name": name.as_ascii()}),
            )),
            (1, None) => {
                let found = records(output(outs, 0)?, &name)
                    .into_iter()
                    .find(|c| same_record(c, &r))
                    .and_then(|c| c.id);
                match found {
                    Some(id) => Ok(delete(&id)),
                    None => Err(Error::new(
                        ErrorKind::NotFound,
                        format!(
                            "no {} record {} → {} in the zone",
                            r.record_type, r.host, r.value
                        ),
                    )),
                }
            }
            _ => Ok(Next::Finish(Outcome {
                raw: all_raw(outs)?,
            })),
        }
    })
}

/// `domain/update_contacts` with the contacts and their roles.
pub(crate) fn set_contacts(name: DomainName, contacts: &[DomainContact]) -> Plan<Outcome> {
    let list: Vec<Value> = contacts.iter().map(contact_json).collect();
    one(
        "domain/update_contacts",
        json!({"domain_name": name.as_ascii(), "contacts": list}),
    )
}

/// Runs `calls` one after the other (none at all when empty).
fn sequence(calls: Vec<(&'static str, Value)>) -> Plan<Outcome> {
    Box::new(move |outs| match calls.get(outs.len()) {
        Some((op, params)) => Ok(Next::call(op, params.clone())),
        None => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    })
}

fn host_ip(name: &DomainName, host: &str, ip: &str) -> Value {
    json!({"domain_name": name.as_ascii(), "hostname": host, "ip": ip})
}

/// `host/create` with the first address → `host/add_ip` for each further one.
pub(crate) fn child_ns_create(name: DomainName, s: &NameServer) -> Plan<Outcome> {
    let calls = s
        .ips
        .iter()
        .enumerate()
        .map(|(i, ip)| {
            let op = if i == 0 { "host/create" } else { "host/add_ip" };
            (op, host_ip(&name, &s.host, ip))
        })
        .collect();
    sequence(calls)
}

/// `host/add_ip` for each new address, then `host/remove_ip` for each old one no longer
/// wanted (adding first, so the host never has no address).
pub(crate) fn child_ns_update(name: DomainName, s: NameServer, old: Vec<String>) -> Plan<Outcome> {
    let mut calls: Vec<(&'static str, Value)> = s
        .ips
        .iter()
        .filter(|ip| !old.contains(ip))
        .map(|ip| ("host/add_ip", host_ip(&name, &s.host, ip)))
        .collect();
    calls.extend(
        old.iter()
            .filter(|ip| !s.ips.contains(ip))
            .map(|ip| ("host/remove_ip", host_ip(&name, &s.host, ip))),
    );
    sequence(calls)
}

/// `host/delete`.
pub(crate) fn child_ns_delete(name: DomainName, s: &NameServer) -> Plan<Outcome> {
    one(
        "host/delete",
        json!({"domain_name": name.as_ascii(), "hostname": s.host}),
    )
}
