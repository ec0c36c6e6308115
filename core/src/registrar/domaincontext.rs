//! DomainContext (AHnames) mapping.
//!
//! **Renew for N years**: `domainGetInfo` (the current `expires`, `YYYY-MM-DD`) → `domainRenew`
//! with `period` = N and `expires` = the current expiry, which the registry checks so that a
//! repeated renewal is refused instead of charged twice.
//!
//! Many commands may answer a bare `true` instead of an object; the mapping accepts it.

use super::all_raw;
use super::capability::{Capability, CommonOp};
use super::flows::{Next, Plan, output};
use super::types::*;
use crate::domain::DomainName;
use crate::error::{Error, ErrorKind};
use serde_json::{Value, json};

/// How DomainContext does each common operation.
pub(crate) fn capability(op: CommonOp) -> Capability {
    use Capability::*;
    match op {
        CommonOp::Check => Native {
            operation: "domainsCheck",
        },
        CommonOp::Info => Native {
            operation: "domainGetInfo",
        },
        CommonOp::GetNameservers => Native {
            operation: "domainGetNSs",
        },
        CommonOp::SetNameservers => Native {
            operation: "domainSetNSs",
        },
        CommonOp::Lock => Native {
            operation: "domainEnableLock",
        },
        CommonOp::Unlock => Native {
            operation: "domainDisableLock",
        },
        CommonOp::PrivacyOn => Native {
            operation: "domainEnableWhoisProtect",
        },
        CommonOp::PrivacyOff => Native {
            operation: "domainDisableWhoisProtect",
        },
        CommonOp::Renew => Flow {
            calls: 2,
            per_name: false,
            operations: &["domainGetInfo", "domainRenew"],
        },
        CommonOp::Balance => Native {
            operation: "clientGetBalance",
        },
        CommonOp::AuthCode => Native {
            operation: "domainGetPassword",
        },
        CommonOp::ListDomains
        | CommonOp::RegenerateAuthCode
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

fn availability_of(v: &Value) -> (Availability, Option<bool>) {
    match v {
        Value::Bool(_) | Value::Number(_) | Value::String(_) => {
            let wrapped = json!({ "a": v });
            match flag(&wrapped, "a") {
                Some(true) => (Availability::Available, None),
                Some(false) => (Availability::Taken, None),
                None => (Availability::Unknown, None),
            }
        }
        Value::Object(_) => {
            let a = match flag(v, "avail") {
                Some(true) => Availability::Available,
                Some(false) => Availability::Taken,
                None => Availability::Unknown,
            };
            (a, flag(v, "premium"))
        }
        _ => (Availability::Unknown, None),
    }
}

/// One `domainsCheck`; a partial failure (`_error` beside the answers) still gives one result
/// per name: the answered ones, and the provider's error on the others.
pub(crate) fn check(names: Vec<DomainName>) -> Plan<Vec<CheckResult>> {
    Box::new(move |outs| {
        if outs.is_empty() {
            let list: Vec<&str> = names.iter().map(DomainName::as_ascii).collect();
            return Ok(Next::Call {
                operation: "domainsCheck",
                params: json!({"domains": list}),
                tolerate: true,
            });
        }
        let (map, partial) = match outs.first() {
            Some(Ok(v)) => (v.clone(), None),
            Some(Err(e)) => match e.details() {
                Some(d @ Value::Object(_)) => (d.clone(), Some(e.clone())),
                _ => return Err(e.clone()),
            },
            None => return Err(Error::new(ErrorKind::Protocol, "no answer")),
        };
        Ok(Next::Finish(
            names
                .iter()
                .map(|n| {
                    let item = map
                        .as_object()
                        .and_then(|m| {
                            m.iter()
                                .find(|(k, _)| k.eq_ignore_ascii_case(n.as_ascii()))
                                .map(|(_, v)| v)
                        })
                        .cloned()
                        .unwrap_or(Value::Null);
                    let (availability, premium) = availability_of(&item);
                    match (&partial, availability) {
                        (Some(e), Availability::Unknown) => CheckResult::failed(n.as_ascii(), e),
                        _ => {
                            let mut r = CheckResult::new(n.as_ascii(), availability, item);
                            r.premium = premium;
                            r
                        }
                    }
                })
                .collect(),
        ))
    })
}

fn nss(v: &Value) -> Vec<NameServer> {
    let hosts = text(v, "nameservers")
        .map(|s| split_list(&s))
        .unwrap_or_default();
    let ips = text(v, "nsips").map(|s| split_list(&s)).unwrap_or_default();
    let glue = ips.len() == hosts.len();
    hosts
        .into_iter()
        .enumerate()
        .map(|(i, h)| NameServer {
            host: h,
            ips: if glue {
                ips.get(i).cloned().into_iter().collect()
            } else {
                Vec::new()
            },
        })
        .collect()
}

fn info_of(v: &Value, name: &DomainName) -> DomainInfo {
    DomainInfo {
        domain: text(v, "domain").unwrap_or_else(|| name.as_ascii().to_owned()),
        status: text(v, "state").into_iter().collect(),
        created: text(v, "created").or_else(|| text(v, "creation_date")),
        expires: text(v, "expires"),
        name_servers: nss(v),
        contacts: Vec::new(),
        locked: flag(v, "lock").or_else(|| flag(v, "locked")),
        privacy: flag(v, "whois_protected"),
        auto_renew: flag(v, "autorenewal"),
        provider_ids: pick(v, &["id"]),
        raw: v.clone(),
    }
}

fn call<T>(operation: &'static str, name: &DomainName) -> Next<T> {
    Next::call(operation, json!({"domain": name.as_ascii()}))
}

/// `domainGetInfo`.
pub(crate) fn info(name: DomainName) -> Plan<DomainInfo> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(call("domainGetInfo", &name)),
        _ => Ok(Next::Finish(info_of(output(outs, 0)?, &name))),
    })
}

/// `domainGetNSs` (glue from `nsips` when it lists one address per server).
pub(crate) fn get_nameservers(name: DomainName) -> Plan<Vec<NameServer>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(call("domainGetNSs", &name)),
        _ => Ok(Next::Finish(nss(output(outs, 0)?))),
    })
}

/// `domainSetNSs` with the hosts (glue goes through `hostCreate`, so `ips` are refused).
pub(crate) fn set_nameservers(
    name: DomainName,
    servers: &[NameServer],
) -> Result<Plan<Outcome>, Error> {
    if let Some(i) = servers.iter().position(|s| !s.ips.is_empty()) {
        return Err(Error::invalid_input(
            format!("name_servers[{i}].ips"),
            "DomainContext sets glue through child name servers (hostCreate), not with the delegation",
        ));
    }
    let hosts: Vec<String> = servers.iter().map(|s| s.host.clone()).collect();
    let params = json!({"domain": name.as_ascii(), "nss": hosts});
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("domainSetNSs", params.clone())),
        _ => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    }))
}

/// One command that takes only `domain`.
pub(crate) fn simple(name: DomainName, operation: &'static str) -> Plan<Outcome> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(call(operation, &name)),
        _ => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    })
}

/// `domainGetInfo` → `domainRenew` with the current `expires`.
pub(crate) fn renew(name: DomainName, years: u32) -> Plan<OrderResult> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(call("domainGetInfo", &name)),
        1 => {
            let v = output(outs, 0)?;
            let expires = text(v, "expires")
                .and_then(|e| e.get(..10).map(str::to_owned))
                .ok_or_else(|| {
                    Error::protocol(
                        "domainGetInfo gave no expiry date",
                        v.to_string().as_bytes(),
                    )
                })?;
            Ok(Next::call(
                "domainRenew",
                json!({"domain": name.as_ascii(), "period": years, "expires": expires}),
            ))
        }
        _ => {
            let v = output(outs, 1)?;
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged: None,
                expires: text(v, "expires"),
                raw: all_raw(outs)?,
            }))
        }
    })
}

/// `clientGetBalance`.
pub(crate) fn balance() -> Plan<Balance> {
    Box::new(|outs| match outs.len() {
        0 => Ok(Next::call("clientGetBalance", json!({}))),
        _ => {
            let v = output(outs, 0)?;
            let currency = v.get("currency").and_then(Value::as_str);
            let available = v
                .get("balance")
                .and_then(|b| Money::from_json(b, currency))
                .ok_or_else(|| {
                    Error::protocol("no balance in the answer", v.to_string().as_bytes())
                })?;
            Ok(Next::Finish(Balance {
                available,
                credit: v.get("credit").and_then(|c| Money::from_json(c, currency)),
                raw: v.clone(),
            }))
        }
    })
}

/// `domainGetPassword` (with the account's `pincode` when given).
pub(crate) fn auth_code(name: DomainName, pincode: Option<String>) -> Plan<AuthCode> {
    Box::new(move |outs| match outs.len() {
        0 => {
            let mut params = json!({"domain": name.as_ascii()});
            if let (Some(p), Value::Object(m)) = (&pincode, &mut params) {
                m.insert("pincode".into(), Value::String(p.clone()));
            }
            Ok(Next::call("domainGetPassword", params))
        }
        _ => {
            let v = output(outs, 0)?;
            match text(v, "password") {
                Some(code) => Ok(Next::Finish(AuthCode { code })),
                None => Err(Error::protocol(
                    "domainGetPassword gave no password",
                    v.to_string().as_bytes(),
                )),
            }
        }
    })
}
