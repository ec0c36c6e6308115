//! REG.API 2.0 mapping.
//!
//! **Renew for N years**: one `service/renew` with `domain_name`, `servtype=domain` and
//! `period` = N.
//!
//! Outputs are read by member name from the JSON the catalog gives (`answer.…`), so they do
//! not depend on whether an answer is typed or raw.
//!
//! **Contacts** (register, set_contacts) go in the `contacts` hash. For international zones
//! each role becomes the `o_` (registrant), `a_`, `t_`, `b_` fields `first_name`, `last_name`,
//! `company`, `email`, `phone` (`+CC.NUMBER`), `addr`, `city`, `state`, `postcode`,
//! `country_code`; a role without a contact takes the registrant's. For `.ru`, `.su` and `.рф`
//! the registrant becomes `person` (or `org` with an organisation), `e_mail`, `phone`,
//! `country`, and the Russian fields (`person_r`, `passport`, `birth_date`, `p_addr`, `org_r`,
//! `code`, …) come from the contact's `extra`. Every contact's `extra` is merged into the hash
//! as given (`o_fax`, `descr`, …) and the request's `extra` into the call (`enduser_ip`, …).

use super::all_raw;
use super::capability::{Capability, CommonOp};
use super::flows::{Next, Plan, output};
use super::types::*;
use crate::domain::DomainName;
use crate::error::{Error, ErrorKind};
use serde_json::{Value, json};

/// How REG.API does each common operation.
pub(crate) fn capability(op: CommonOp) -> Capability {
    use Capability::*;
    match op {
        CommonOp::Check => Native {
            operation: "domain/check",
        },
        CommonOp::Info => Flow {
            calls: 2,
            per_name: false,
            operations: &["service/get_info", "domain/get_nss"],
        },
        CommonOp::GetNameservers => Native {
            operation: "domain/get_nss",
        },
        CommonOp::SetNameservers => Native {
            operation: "domain/update_nss",
        },
        CommonOp::Renew => Native {
            operation: "service/renew",
        },
        CommonOp::Balance => Native {
            operation: "user/get_balance",
        },
        CommonOp::PrivacyOn | CommonOp::PrivacyOff => Native {
            operation: "domain/update_private_person_flag",
        },
        CommonOp::ListDomains => Native {
            operation: "service/get_list",
        },
        CommonOp::Lock | CommonOp::Unlock => Unsupported {
            reason: "REG.API 2.0 has no registrar-lock function",
        },
        CommonOp::AuthCode => Unsupported {
            reason: "REG.API 2.0 never returns the auth code (domain/set_new_authinfo sends a new one to the registrant)",
        },
        CommonOp::RegenerateAuthCode => Unsupported {
            reason: "domain/set_new_authinfo sends a new code to the registrant, never to the caller; use the catalog operation",
        },
        CommonOp::CreateContact => Unsupported {
            reason: "REG.API has no contact handles (contacts go with each domain)",
        },
        CommonOp::Register => Native {
            operation: "domain/create",
        },
        CommonOp::Transfer => Native {
            operation: "domain/transfer",
        },
        CommonOp::TransferStatus => Native {
            operation: "domain/get_transfer_status",
        },
        CommonOp::DnsList => Native {
            operation: "zone/get_resource_records",
        },
        CommonOp::DnsAdd => ByType {
            operations: &[
                "zone/add_alias",
                "zone/add_aaaa",
                "zone/add_cname",
                "zone/add_mx",
                "zone/add_txt",
                "zone/add_ns",
                "zone/add_srv",
            ],
        },
        CommonOp::DnsDelete => Native {
            operation: "zone/remove_record",
        },
        CommonOp::SetContacts => Native {
            operation: "domain/update_contacts",
        },
        CommonOp::ChildNsCreate => Native {
            operation: "domain/register_ns",
        },
        CommonOp::ChildNsUpdate => Flow {
            calls: 2,
            per_name: false,
            operations: &["domain/register_ns", "domain/delete_ns"],
        },
        CommonOp::ChildNsDelete => Native {
            operation: "domain/delete_ns",
        },
    }
}

fn answer(v: &Value) -> &Value {
    v.get("answer").unwrap_or(v)
}

/// A per-item failure in a REG.API list answer (`error_code` + `error_text`/`result`).
fn item_error(item: &Value) -> Option<Error> {
    let code = text(item, "error_code")?;
    let message = text(item, "error_text")
        .or_else(|| text(item, "result"))
        .unwrap_or_else(|| code.clone());
    let kind = if code.contains("NOT_FOUND") {
        ErrorKind::NotFound
    } else if code.starts_with("INVALID")
        || code.contains("BAD_NAME")
        || code.contains("INVALID_LENGTH")
        || code.contains("MIXED_CODETABLES")
    {
        ErrorKind::InvalidInput
    } else if code == "TLD_DISABLED" {
        ErrorKind::Unsupported
    } else {
        ErrorKind::Rejected
    };
    Some(Error::provider(kind, Some(code), message))
}

fn find_domain<'v>(list: &'v Value, key: &str, name: &DomainName) -> Option<&'v Value> {
    list.as_array()?.iter().find(|d| {
        d.get(key)
            .and_then(Value::as_str)
            .is_some_and(|x| x.eq_ignore_ascii_case(name.as_ascii()) || x == name.to_unicode())
    })
}

/// One `domain/check` with `domains: [{dname}]`; one result per name from `answer.domains`.
pub(crate) fn check(names: Vec<DomainName>) -> Plan<Vec<CheckResult>> {
    Box::new(move |outs| {
        if outs.is_empty() {
            let domains: Vec<Value> = names
                .iter()
                .map(|n| json!({"dname": n.as_ascii()}))
                .collect();
            return Ok(Next::call("domain/check", json!({"domains": domains})));
        }
        let list = answer(output(outs, 0)?)
            .get("domains")
            .cloned()
            .unwrap_or(Value::Null);
        Ok(Next::Finish(
            names
                .iter()
                .map(|n| match find_domain(&list, "dname", n) {
                    None => CheckResult::failed(
                        n.as_ascii(),
                        &Error::new(ErrorKind::Protocol, "the answer does not list this name"),
                    ),
                    Some(item) => {
                        let code = text(item, "error_code");
                        let availability = match code.as_deref() {
                            None if text(item, "result").as_deref() == Some("Available") => {
                                Availability::Available
                            }
                            Some("DOMAIN_ALREADY_EXISTS") => Availability::Taken,
                            Some(c) if c.contains("STOP") || c.contains("RESERVED") => {
                                Availability::Reserved
                            }
                            _ => Availability::Unknown,
                        };
                        let mut r = CheckResult::new(n.as_ascii(), availability, item.clone());
                        r.message = text(item, "result");
                        r.premium = flag(item, "is_premium");
                        if availability == Availability::Unknown {
                            r.error = item_error(item).as_ref().map(ItemError::from);
                        }
                        r
                    }
                })
                .collect(),
        ))
    })
}

fn nss_of(answer: &Value, name: &DomainName) -> Vec<NameServer> {
    let entry = answer
        .get("domains")
        .and_then(|l| find_domain(l, "dname", name).or_else(|| l.get(0)))
        .unwrap_or(answer);
    entry
        .get("nss")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|ns| {
                    Some(NameServer {
                        host: text(ns, "ns")?,
                        ips: match ns.get("ip") {
                            Some(Value::Array(ips)) => ips
                                .iter()
                                .filter_map(|x| x.as_str().map(str::to_owned))
                                .collect(),
                            Some(Value::String(s)) => split_list(s),
                            _ => Vec::new(),
                        },
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn get_nss_call<T>(name: &DomainName) -> Next<T> {
    Next::call("domain/get_nss", json!({"domain_name": name.as_ascii()}))
}

/// `service/get_info` (dates, state, service id) → `domain/get_nss`.
pub(crate) fn info(name: DomainName) -> Plan<DomainInfo> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "service/get_info",
            json!({"services": [{"domain_name": name.as_ascii()}]}),
        )),
        1 => {
            let v = output(outs, 0)?;
            if let Some(e) = answer(v)
                .get("services")
                .and_then(|s| s.get(0))
                .and_then(item_error)
            {
                return Err(e);
            }
            Ok(get_nss_call(&name))
        }
        _ => {
            let svc = answer(output(outs, 0)?)
                .get("services")
                .and_then(|s| s.get(0))
                .cloned()
                .unwrap_or(Value::Null);
            let nss = nss_of(answer(output(outs, 1)?), &name);
            Ok(Next::Finish(DomainInfo {
                domain: text(&svc, "dname").unwrap_or_else(|| name.as_ascii().to_owned()),
                status: text(&svc, "state").into_iter().collect(),
                created: text(&svc, "creation_date"),
                expires: text(&svc, "expiration_date"),
                name_servers: nss,
                contacts: Vec::new(),
                locked: None,
                privacy: None,
                auto_renew: None,
                provider_ids: pick(&svc, &["service_id"]),
                raw: Value::Array(all_raw(outs)?),
            }))
        }
    })
}

/// `domain/get_nss`.
pub(crate) fn get_nameservers(name: DomainName) -> Plan<Vec<NameServer>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(get_nss_call(&name)),
        _ => Ok(Next::Finish(nss_of(answer(output(outs, 0)?), &name))),
    })
}

/// `domain/update_nss` with `nss: {ns0, ns0ip, ns1, …}` (glue as a comma list).
pub(crate) fn set_nameservers(
    name: DomainName,
    servers: &[NameServer],
) -> Result<Plan<Outcome>, Error> {
    if servers.is_empty() {
        return Err(Error::invalid_input(
            "name_servers",
            "at least one name server",
        ));
    }
    let mut nss = serde_json::Map::new();
    for (i, ns) in servers.iter().enumerate() {
        nss.insert(format!("ns{i}"), Value::String(ns.host.clone()));
        if !ns.ips.is_empty() {
            nss.insert(format!("ns{i}ip"), Value::String(ns.ips.join(",")));
        }
    }
    let params = json!({"dname": name.as_ascii(), "nss": nss});
    Ok(one("domain/update_nss", params))
}

fn one(operation: &'static str, params: Value) -> Plan<Outcome> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(operation, params.clone())),
        _ => {
            let v = output(outs, 0)?;
            if let Some(e) = answer(v)
                .get("domains")
                .and_then(|d| d.get(0))
                .and_then(item_error)
            {
                return Err(e);
            }
            Ok(Next::Finish(Outcome {
                raw: all_raw(outs)?,
            }))
        }
    })
}

/// `domain/update_private_person_flag` with `private_person_flag` 1 or 0.
pub(crate) fn privacy(name: DomainName, on: bool) -> Plan<Outcome> {
    one(
        "domain/update_private_person_flag",
        json!({"domains": [{"dname": name.as_ascii()}],
               "private_person_flag": if on { "1" } else { "0" }}),
    )
}

/// `service/renew` with `servtype=domain`.
pub(crate) fn renew(name: DomainName, years: u32) -> Plan<OrderResult> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "service/renew",
            json!({"domain_name": name.as_ascii(), "servtype": "domain",
                   "period": years.to_string()}),
        )),
        _ => {
            let a = answer(output(outs, 0)?);
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged: a
                    .get("charged_sum")
                    .or_else(|| a.get("price"))
                    .and_then(|p| Money::from_json(p, a.get("currency").and_then(Value::as_str))),
                expires: text(a, "expiration_date"),
                raw: all_raw(outs)?,
            }))
        }
    })
}

/// `user/get_balance`: `prepay` is what can be spent, `credit` the credit line.
pub(crate) fn balance() -> Plan<Balance> {
    Box::new(|outs| match outs.len() {
        0 => Ok(Next::call("user/get_balance", json!({}))),
        _ => {
            let v = output(outs, 0)?;
            let a = answer(v);
            let currency = a.get("currency").and_then(Value::as_str);
            let available = a
                .get("prepay")
                .and_then(|p| Money::from_json(p, currency))
                .ok_or_else(|| {
                    Error::protocol("no prepay in the answer", v.to_string().as_bytes())
                })?;
            Ok(Next::Finish(Balance {
                available,
                credit: a.get("credit").and_then(|c| Money::from_json(c, currency)),
                raw: v.clone(),
            }))
        }
    })
}

/// `service/get_list` with `servtype=domain`: everything at once (no paging).
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
            0 => Ok(Next::call(
                "service/get_list",
                json!({"servtype": "domain"}),
            )),
            _ => {
                let a = answer(output(outs, 0)?);
                let domains: Vec<DomainSummary> = a
                    .get("services")
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .map(|s| DomainSummary {
                                domain: text(s, "dname")
                                    .or_else(|| text(s, "domain_name"))
                                    .unwrap_or_default(),
                                expires: text(s, "expiration_date"),
                                status: text(s, "state"),
                                raw: s.clone(),
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

fn russian(name: &DomainName) -> bool {
    matches!(name.suffix(), "ru" | "su" | "xn--p1ai")
}

/// The `contacts` hash for `name` (see the module docs).
fn contacts_hash(name: &DomainName, contacts: &[DomainContact]) -> Value {
    let mut m = serde_json::Map::new();
    let registrant = contact_for(contacts, ContactRole::Registrant);
    if russian(name) {
        if let Some(c) = registrant {
            let full = format!("{} {}", c.first_name, c.last_name)
                .trim()
                .to_owned();
            match &c.organization {
                Some(org) => m.insert("org".into(), json!(org)),
                None => m.insert("person".into(), json!(full)),
            };
            m.insert("e_mail".into(), json!(c.email));
            m.insert(
                "phone".into(),
                json!(format!("+{} {}", c.phone_cc, c.phone)),
            );
            m.insert("country".into(), json!(c.country));
            m.extend(c.extra.clone());
        }
        return Value::Object(m);
    }
    for (prefix, role) in [
        ("o", ContactRole::Registrant),
        ("a", ContactRole::Admin),
        ("t", ContactRole::Tech),
        ("b", ContactRole::Billing),
    ] {
        let Some(c) = contact_for(contacts, role).or(registrant) else {
            continue;
        };
        for (k, v) in [
            ("first_name", c.first_name.clone()),
            ("last_name", c.last_name.clone()),
            ("company", c.organization.clone().unwrap_or_default()),
            ("email", c.email.clone()),
            ("phone", epp_phone(c)),
            ("addr", c.address.join(", ")),
            ("city", c.city.clone()),
            ("state", c.state.clone().unwrap_or_default()),
            ("postcode", c.postal_code.clone()),
            ("country_code", c.country.clone()),
        ] {
            m.insert(format!("{prefix}_{k}"), Value::String(v));
        }
        m.extend(c.extra.clone());
    }
    Value::Object(m)
}

fn nss_hash(servers: &[NameServer]) -> serde_json::Map<String, Value> {
    let mut nss = serde_json::Map::new();
    for (i, ns) in servers.iter().enumerate() {
        nss.insert(format!("ns{i}"), Value::String(ns.host.clone()));
        if !ns.ips.is_empty() {
            nss.insert(format!("ns{i}ip"), Value::String(ns.ips.join(",")));
        }
    }
    nss
}

fn order(name: DomainName, operation: &'static str, params: Value) -> Plan<OrderResult> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(operation, params.clone())),
        _ => {
            let a = answer(output(outs, 0)?);
            if let Some(e) = a.get("domains").and_then(|d| d.get(0)).and_then(item_error) {
                return Err(e);
            }
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged: a
                    .get("payment")
                    .or_else(|| a.get("charged_sum"))
                    .and_then(|p| Money::from_json(p, a.get("currency").and_then(Value::as_str))),
                expires: None,
                raw: all_raw(outs)?,
            }))
        }
    })
}

/// `domain/create` with `period`, the `contacts` hash and the `nss` hash.
pub(crate) fn register(name: DomainName, r: &RegisterRequest) -> Result<Plan<OrderResult>, Error> {
    let mut params = json!({"domain_name": name.as_ascii(), "period": r.years,
                            "contacts": contacts_hash(&name, &r.contacts)});
    if let (false, Value::Object(m)) = (r.name_servers.is_empty(), &mut params) {
        m.insert("nss".into(), Value::Object(nss_hash(&r.name_servers)));
    }
    merge(&mut params, &r.extra);
    Ok(order(name, "domain/create", params))
}

/// `domain/transfer` with `authinfo` (and `period`, contacts, `nss` when given).
pub(crate) fn transfer(name: DomainName, r: &TransferRequest) -> Plan<OrderResult> {
    let mut params = json!({"domain_name": name.as_ascii(), "authinfo": r.auth_code});
    if let Value::Object(m) = &mut params {
        if let Some(y) = r.years {
            m.insert("period".into(), Value::String(y.to_string()));
        }
        if !r.contacts.is_empty() {
            m.insert("contacts".into(), contacts_hash(&name, &r.contacts));
        }
        if !r.name_servers.is_empty() {
            m.insert("nss".into(), Value::Object(nss_hash(&r.name_servers)));
        }
    }
    merge(&mut params, &r.extra);
    order(name, "domain/transfer", params)
}

/// `domain/get_transfer_status`: the name's `status`.
pub(crate) fn transfer_status(name: DomainName) -> Plan<TransferStatus> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "domain/get_transfer_status",
            json!({"domains": [{"dname": name.as_ascii()}]}),
        )),
        _ => {
            let a = answer(output(outs, 0)?);
            let list = a.get("domains").cloned().unwrap_or(Value::Null);
            let item = find_domain(&list, "dname", &name)
                .or_else(|| list.get(0))
                .cloned()
                .unwrap_or(Value::Null);
            if let Some(e) = item_error(&item) {
                return Err(e);
            }
            let status = text(&item, "status").ok_or_else(|| {
                Error::protocol(
                    "no transfer status in the answer",
                    item.to_string().as_bytes(),
                )
            })?;
            Ok(Next::Finish(TransferStatus {
                domain: name.as_ascii().to_owned(),
                status,
                raw: item,
            }))
        }
    })
}

/// `domain/update_contacts` with the `contacts` hash.
pub(crate) fn set_contacts(name: DomainName, contacts: &[DomainContact]) -> Plan<Outcome> {
    one(
        "domain/update_contacts",
        json!({"domain_name": name.as_ascii(), "contacts": contacts_hash(&name, contacts)}),
    )
}

fn zone_params(name: &DomainName) -> Value {
    json!({"domains": [{"dname": name.as_ascii()}]})
}

/// `zone/get_resource_records`: `rrs` of the zone (`subname`, `rectype`, `content`, `prio`).
pub(crate) fn dns_list(name: DomainName) -> Plan<Vec<DnsRecord>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("zone/get_resource_records", zone_params(&name))),
        _ => {
            let list = answer(output(outs, 0)?)
                .get("domains")
                .cloned()
                .unwrap_or(Value::Null);
            let zone = find_domain(&list, "dname", &name)
                .cloned()
                .unwrap_or(Value::Null);
            if let Some(e) = item_error(&zone) {
                return Err(e);
            }
            let rrs = zone
                .get("rrs")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            Ok(Next::Finish(
                rrs.iter()
                    .map(|rr| {
                        let t = text(rr, "rectype").unwrap_or_default();
                        let prio = num(rr, "prio");
                        DnsRecord {
                            id: None,
                            host: text(rr, "subname").unwrap_or_else(|| "@".into()),
                            value: text(rr, "content").unwrap_or_default(),
                            ttl: None,
                            priority: if matches!(t.as_str(), "MX" | "SRV") {
                                prio
                            } else {
                                None
                            },
                            record_type: t,
                        }
                    })
                    .collect(),
            ))
        }
    })
}

fn subdomain(r: &DnsRecord) -> String {
    if r.host.is_empty() {
        "@".to_owned()
    } else {
        r.host.clone()
    }
}

/// `zone/add_*` by the record's type (SRV: `host` is the service, `value` `weight port
/// target`).
pub(crate) fn dns_add(name: DomainName, r: &DnsRecord) -> Result<Plan<Created>, Error> {
    let t = record_type(r)?;
    let mut params = zone_params(&name);
    let Value::Object(m) = &mut params else {
        return Err(Error::new(ErrorKind::Protocol, "internal: params"));
    };
    let sub = subdomain(r);
    let op = match t.as_str() {
        "A" | "AAAA" => {
            m.insert("subdomain".into(), json!(sub));
            m.insert("ipaddr".into(), json!(r.value));
            if t == "A" {
                "zone/add_alias"
            } else {
                "zone/add_aaaa"
            }
        }
        "CNAME" => {
            m.insert("subdomain".into(), json!(sub));
            m.insert("canonical_name".into(), json!(r.value));
            "zone/add_cname"
        }
        "MX" => {
            m.insert("subdomain".into(), json!(sub));
            m.insert("mail_server".into(), json!(r.value));
            if let Some(p) = r.priority {
                m.insert("priority".into(), json!(p));
            }
            "zone/add_mx"
        }
        "TXT" => {
            m.insert("subdomain".into(), json!(sub));
            m.insert("text".into(), json!(r.value));
            "zone/add_txt"
        }
        "NS" => {
            m.insert("subdomain".into(), json!(sub));
            m.insert("dns_server".into(), json!(r.value));
            "zone/add_ns"
        }
        "SRV" => {
            let (weight, port, target) = srv_parts(&r.value)?;
            m.insert("service".into(), json!(sub));
            m.insert("priority".into(), json!(r.priority.unwrap_or(0)));
            m.insert("weight".into(), json!(weight));
            m.insert("port".into(), json!(port));
            m.insert("target".into(), json!(target));
            "zone/add_srv"
        }
        other => {
            return Err(Error::invalid_input(
                "record.type",
                format!("{other}: REG.API adds A, AAAA, CNAME, MX, TXT, NS and SRV records here"),
            ));
        }
    };
    let mut plan = one(op, params);
    Ok(Box::new(move |outs| {
        Ok(match plan(outs)? {
            Next::Finish(o) => Next::Finish(Created {
                id: None,
                raw: o.raw,
            }),
            Next::Call {
                operation,
                params,
                tolerate,
            } => Next::Call {
                operation,
                params,
                tolerate,
            },
        })
    }))
}

/// `zone/remove_record` with `subdomain`, `record_type`, `content` (and `priority` for MX).
pub(crate) fn dns_delete(name: DomainName, r: &DnsRecord) -> Result<Plan<Outcome>, Error> {
    let mut params = zone_params(&name);
    if let Value::Object(m) = &mut params {
        m.insert("subdomain".into(), json!(subdomain(r)));
        m.insert("record_type".into(), json!(record_type(r)?));
        m.insert("content".into(), json!(r.value));
        if let Some(p) = r.priority {
            m.insert("priority".into(), json!(p));
        }
    }
    Ok(one("zone/remove_record", params))
}

/// `domain/register_ns` or `domain/delete_ns` with `ns0` and `ns0ip` (addresses as a comma
/// list).
pub(crate) fn child_ns(name: DomainName, operation: &'static str, s: &NameServer) -> Plan<Outcome> {
    one(
        operation,
        json!({"dname": name.as_ascii(), "ns0": s.host, "ns0ip": s.ips.join(",")}),
    )
}

/// `domain/register_ns` with the added addresses, then `domain/delete_ns` with the removed
/// ones (each only when there are any).
pub(crate) fn child_ns_update(name: DomainName, s: NameServer, old: Vec<String>) -> Plan<Outcome> {
    let added: Vec<String> = s
        .ips
        .iter()
        .filter(|ip| !old.contains(ip))
        .cloned()
        .collect();
    let removed: Vec<String> = old
        .iter()
        .filter(|ip| !s.ips.contains(ip))
        .cloned()
        .collect();
    let mut calls: Vec<(&'static str, Value)> = Vec::new();
    for (op, ips) in [("domain/register_ns", added), ("domain/delete_ns", removed)] {
        if !ips.is_empty() {
            calls.push((
                op,
                json!({"dname": name.as_ascii(), "ns0": s.host, "ns0ip": ips.join(",")}),
            ));
        }
    }
    Box::new(move |outs| {
        if let Some(last) = outs.len().checked_sub(1) {
            if let Some(e) = answer(output(outs, last)?)
                .get("domains")
                .and_then(|d| d.get(0))
                .and_then(item_error)
            {
                return Err(e);
            }
        }
        match calls.get(outs.len()) {
            Some((op, params)) => Ok(Next::call(op, params.clone())),
            None => Ok(Next::Finish(Outcome {
                raw: all_raw(outs)?,
            })),
        }
    })
}
