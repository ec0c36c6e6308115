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

use super::all_raw;
use super::capability::{Capability, CommonOp};
use super::flows::{Next, Outputs, Plan, output};
use super::types::*;
use crate::domain::DomainName;
use crate::error::{Error, ErrorKind};
use serde_json::{Value, json};

const ORDERID: &str = "domains/orderid";
const BY_NAME: &str = "domains/details-by-name";

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
        CommonOp::Register
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
