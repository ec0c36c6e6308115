//! REG.API 2.0 mapping.
//!
//! **Renew for N years**: one `service/renew` with `domain_name`, `servtype=domain` and
//! `period` = N.

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
        CommonOp::RegenerateAuthCode
        | CommonOp::Register
        | CommonOp::Transfer
        | CommonOp::TransferStatus
        | CommonOp::DnsList
        | CommonOp::DnsAdd
        | CommonOp::DnsDelete
        | CommonOp::CreateContact
        | CommonOp::SetContacts
        | CommonOp::ChildNsCreate
        | CommonOp::ChildNsUpdate
        | CommonOp::ChildNsDelete => Unsupported {
            reason: "not mapped yet; use the catalog operation",
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
