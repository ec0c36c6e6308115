//! Alldomains.uz mapping.
//!
//! Every call on an existing domain takes its `domain_id`, which only
//! `servicedomain/get_domain` gives, so those operations are two-call flows.
//!
//! **Renew for N years.** Alldomains has no period on `servicedomain/renew_domain`: it renews for
//! the domain's current period, which `servicedomain/update_period` changes (§6, §10). The flow is
//! `get_domain` (reads `domain_id` and the current `period`) → `update_period` to N, only when the
//! current period differs → `renew_domain`. The period stays N afterwards (it is what later
//! renewals use too).
//!
//! **Register**: one `register_domain` with `register_years`, exactly two name servers `ns1`,
//! `ns2` (no glue; more with `set_nameservers` afterwards) and
//! the four contact blocks: `contactCustomer` (registrant), `contactAdmin`, `contactTech`,
//! `contactBilling`. A contact with an `id` is sent as `{contact_id}` (a saved template); one
//! without is sent in full (`first_name`, `last_name`, `org_name`, `email`, `phone_code`,
//! `phone`, `address`, `city`, `state`, `post_code`, `country`, plus its `extra`: `client_type`,
//! `tax_id`, `bank_name`, `bank_code`, `passport_number`, `passport_date`, `passport_place`…);
//! a role without a contact is `{use_customer: "1"}`. The request's `extra` goes in as given
//! (`dnssec`).
//!
//! **Transfer**: `transfer_domain` with `transfer_sld`, `transfer_tld`, `transfer_code`. There
//! is no status call; the domain appears in `get_domain` once the transfer completes.
//!
//! **Create contact**: `create_contact_template` with the fields above; the answer's `id` is the
//! template id to use as a contact's `id` in register.

use super::capability::{Capability, CommonOp};
use super::flows::{Next, Plan, output};
use super::types::*;
use crate::domain::DomainName;
use crate::error::Error;
use serde_json::{Value, json};

const GET: &str = "servicedomain/get_domain";

/// How Alldomains does each common operation.
pub(crate) fn capability(op: CommonOp) -> Capability {
    use Capability::*;
    match op {
        CommonOp::Check => Flow {
            calls: 1,
            per_name: true,
            operations: &["servicedomain/check"],
        },
        CommonOp::Info | CommonOp::GetNameservers => Native { operation: GET },
        CommonOp::SetNameservers => Flow {
            calls: 2,
            per_name: false,
            operations: &[GET, "servicedomain/set_nameserver"],
        },
        CommonOp::Lock => Flow {
            calls: 2,
            per_name: false,
            operations: &[GET, "servicedomain/lock"],
        },
        CommonOp::Unlock => Flow {
            calls: 2,
            per_name: false,
            operations: &[GET, "servicedomain/unlock"],
        },
        CommonOp::Renew => Flow {
            calls: 3,
            per_name: false,
            operations: &[
                GET,
                "servicedomain/update_period",
                "servicedomain/renew_domain",
            ],
        },
        CommonOp::Balance => Native {
            operation: "client/balance_get_total",
        },
        CommonOp::PrivacyOn => Flow {
            calls: 2,
            per_name: false,
            operations: &[GET, "servicedomain/hide_whois"],
        },
        CommonOp::PrivacyOff => Flow {
            calls: 2,
            per_name: false,
            operations: &[GET, "servicedomain/show_whois"],
        },
        CommonOp::AuthCode => Flow {
            calls: 2,
            per_name: false,
            operations: &[GET, "servicedomain/get_transfer_code"],
        },
        CommonOp::RegenerateAuthCode => Unsupported {
            reason: "the API only reads the transfer code",
        },
        CommonOp::ListDomains => Unsupported {
            reason: "the API has no call that lists the account's domains",
        },
        CommonOp::TransferStatus => Unsupported {
            reason: "the API has no transfer status call (get_domain once the transfer completes)",
        },
        CommonOp::DnsList | CommonOp::DnsAdd | CommonOp::DnsDelete => Unsupported {
            reason: "the API has no DNS zone calls",
        },
        CommonOp::SetContacts => Unsupported {
            reason: "the API cannot change a domain's contacts (only templates)",
        },
        CommonOp::ChildNsCreate | CommonOp::ChildNsUpdate | CommonOp::ChildNsDelete => {
            Unsupported {
                reason: "no child name server calls; glue IPs go with set_nameservers",
            }
        }
        CommonOp::Register => Native {
            operation: "servicedomain/register_domain",
        },
        CommonOp::Transfer => Native {
            operation: "servicedomain/transfer_domain",
        },
        CommonOp::CreateContact => Native {
            operation: "contacts/create_contact_template",
        },
    }
}

fn tld_of(name: &DomainName) -> String {
    format!(".{}", name.suffix())
}

/// One `servicedomain/check` per name; an error on one name is that name's result.
pub(crate) fn check(names: Vec<DomainName>) -> Plan<Vec<CheckResult>> {
    Box::new(move |outs| {
        if let Some(name) = names.get(outs.len()) {
            return Ok(Next::Call {
                operation: "servicedomain/check",
                params: json!({"sld": name.first_label(), "tld": tld_of(name)}),
                tolerate: true,
            });
        }
        Ok(Next::Finish(
            names
                .iter()
                .zip(outs)
                .map(|(name, out)| match out {
                    Err(e) => CheckResult::failed(name.as_ascii(), e),
                    Ok(v) => {
                        let availability = match v.get("available") {
                            Some(Value::Bool(true)) => Availability::Available,
                            Some(Value::Bool(false)) => Availability::Taken,
                            _ => Availability::Unknown,
                        };
                        let mut r = CheckResult::new(name.as_ascii(), availability, v.clone());
                        r.message = text(v, "message");
                        r
                    }
                })
                .collect(),
        ))
    })
}

fn contact(v: &Value) -> Contact {
    let mut extra = v.as_object().cloned().unwrap_or_default();
    for k in [
        "id",
        "first_name",
        "last_name",
        "org_name",
        "email",
        "phone_code",
        "phone",
        "address",
        "city",
        "state",
        "post_code",
        "country_code",
    ] {
        extra.remove(k);
    }
    Contact {
        id: text(v, "id"),
        first_name: text(v, "first_name").unwrap_or_default(),
        last_name: text(v, "last_name").unwrap_or_default(),
        organization: text(v, "org_name"),
        email: text(v, "email").unwrap_or_default(),
        phone_cc: text(v, "phone_code").unwrap_or_default(),
        phone: text(v, "phone").unwrap_or_default(),
        address: text(v, "address").into_iter().collect(),
        city: text(v, "city").unwrap_or_default(),
        state: text(v, "state"),
        postal_code: text(v, "post_code").unwrap_or_default(),
        country: text(v, "country_code").unwrap_or_default(),
        extra,
    }
}

fn name_servers(v: &Value) -> Vec<NameServer> {
    v.get("name_servers")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|ns| {
                    let host = text(ns, "address")?;
                    Some(NameServer {
                        host,
                        ips: text(ns, "ip").map(|s| split_list(&s)).unwrap_or_default(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn info_of(v: &Value) -> DomainInfo {
    let mut contacts = Vec::new();
    for (key, role) in [
        ("registrar", ContactRole::Registrant),
        ("admin", ContactRole::Admin),
        ("tech", ContactRole::Tech),
        ("billing", ContactRole::Billing),
    ] {
        if let Some(c) = v.get(key).filter(|c| c.is_object()) {
            contacts.push(DomainContact {
                roles: vec![role],
                contact: contact(c),
            });
        }
    }
    DomainInfo {
        domain: text(v, "domain").unwrap_or_default(),
        status: ["status", "registry_status"]
            .iter()
            .filter_map(|k| text(v, k))
            .flat_map(|s| split_list(&s))
            .collect(),
        created: text(v, "registered_at"),
        expires: text(v, "expires_at"),
        name_servers: name_servers(v),
        contacts,
        locked: flag(v, "locked"),
        privacy: flag(v, "privacy"),
        auto_renew: None,
        provider_ids: pick(v, &["domain_id"]),
        raw: v.clone(),
    }
}

fn get_call<T>(name: &DomainName) -> Next<T> {
    Next::call(GET, json!({"domain": name.as_ascii()}))
}

/// `get_domain`, read as [`DomainInfo`].
pub(crate) fn info(name: DomainName) -> Plan<DomainInfo> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(get_call(&name)),
        _ => Ok(Next::Finish(info_of(output(outs, 0)?))),
    })
}

/// `get_domain`, its name servers.
pub(crate) fn get_nameservers(name: DomainName) -> Plan<Vec<NameServer>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(get_call(&name)),
        _ => Ok(Next::Finish(name_servers(output(outs, 0)?))),
    })
}

fn domain_id(outs: &super::flows::Outputs) -> Result<Value, Error> {
    let v = output(outs, 0)?;
    v.get("domain_id")
        .cloned()
        .filter(|id| !id.is_null())
        .ok_or_else(|| Error::protocol("get_domain gave no domain_id", v.to_string().as_bytes()))
}

/// `get_domain` → `op` with the `domain_id` (and `extra` params).
fn by_id<T: Clone + 'static>(
    name: DomainName,
    operation: &'static str,
    extra: Value,
    finish: fn(&super::flows::Outputs) -> Result<T, Error>,
) -> Plan<T> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(get_call(&name)),
        1 => {
            let mut params = extra.clone();
            if let Value::Object(m) = &mut params {
                m.insert("domain_id".into(), domain_id(outs)?);
            }
            Ok(Next::call(operation, params))
        }
        _ => Ok(Next::Finish(finish(outs)?)),
    })
}

fn outcome(outs: &super::flows::Outputs) -> Result<Outcome, Error> {
    let raw: Result<Vec<Value>, Error> =
        (0..outs.len()).map(|i| output(outs, i).cloned()).collect();
    Ok(Outcome { raw: raw? })
}

/// `get_domain` → `set_nameserver` (`ns1`…`ns10`, each with its glue IP).
pub(crate) fn set_nameservers(
    name: DomainName,
    servers: &[NameServer],
) -> Result<Plan<Outcome>, Error> {
    if servers.len() < 2 || servers.len() > 10 {
        return Err(Error::invalid_input(
            "name_servers",
            "Alldomains takes 2 to 10 name servers",
        ));
    }
    let mut params = serde_json::Map::new();
    for (i, ns) in servers.iter().enumerate() {
        if ns.ips.len() > 1 {
            return Err(Error::invalid_input(
                format!("name_servers[{i}].ips"),
                "Alldomains takes one glue IP per name server",
            ));
        }
        params.insert(
            format!("ns{}", i + 1),
            json!({"address": ns.host, "ip": ns.ips.first().cloned().unwrap_or_default()}),
        );
    }
    Ok(by_id(
        name,
        "servicedomain/set_nameserver",
        Value::Object(params),
        outcome,
    ))
}

/// `get_domain` → a call that takes only `domain_id`.
pub(crate) fn simple(name: DomainName, operation: &'static str) -> Plan<Outcome> {
    by_id(name, operation, json!({}), outcome)
}

/// `get_domain` → `get_transfer_code`.
pub(crate) fn auth_code(name: DomainName) -> Plan<AuthCode> {
    by_id(name, "servicedomain/get_transfer_code", json!({}), |outs| {
        let v = output(outs, 1)?;
        Ok(AuthCode {
            code: text(v, "code").unwrap_or_default(),
        })
    })
}

/// `get_domain` → `update_period` (when the period differs) → `renew_domain`.
pub(crate) fn renew(name: DomainName, years: u32) -> Plan<OrderResult> {
    let mut renew_at: Option<usize> = None;
    Box::new(move |outs| {
        if outs.is_empty() {
            return Ok(get_call(&name));
        }
        let id = domain_id(outs)?;
        if let Some(at) = renew_at {
            if outs.len() > at {
                let raw: Result<Vec<Value>, Error> =
                    (0..outs.len()).map(|i| output(outs, i).cloned()).collect();
                return Ok(Next::Finish(OrderResult {
                    domain: name.as_ascii().to_owned(),
                    charged: None,
                    expires: None,
                    raw: raw?,
                }));
            }
        }
        let current = output(outs, 0)?.get("period").and_then(Value::as_u64);
        if outs.len() == 1 && current != Some(u64::from(years)) {
            return Ok(Next::call(
                "servicedomain/update_period",
                json!({"domain_id": id, "period": years}),
            ));
        }
        renew_at = Some(outs.len());
        Ok(Next::call(
            "servicedomain/renew_domain",
            json!({"domain_id": id}),
        ))
    })
}

/// `client/balance_get_total` (the currency is not given: the account's, UZS in practice).
pub(crate) fn balance() -> Plan<Balance> {
    Box::new(|outs| match outs.len() {
        0 => Ok(Next::call("client/balance_get_total", Value::Null)),
        _ => {
            let v = output(outs, 0)?;
            let available = v
                .get("amount")
                .and_then(|a| Money::from_json(a, None))
                .ok_or_else(|| Error::protocol("no amount", v.to_string().as_bytes()))?;
            Ok(Next::Finish(Balance {
                available,
                credit: None,
                raw: v.clone(),
            }))
        }
    })
}

/// A common contact as an Alldomains contact block (see the module docs).
fn contact_block(c: &Contact) -> Value {
    if let Some(id) = &c.id {
        return json!({"contact_id": id});
    }
    let mut v = json!({
        "first_name": c.first_name,
        "last_name": c.last_name,
        "email": c.email,
        "phone_code": c.phone_cc,
        "phone": c.phone,
        "address": c.address.join(", "),
        "city": c.city,
        "state": c.state.clone().unwrap_or_default(),
        "post_code": c.postal_code,
        "country": c.country,
    });
    if let (Some(org), Value::Object(m)) = (&c.organization, &mut v) {
        m.insert("org_name".into(), json!(org));
    }
    merge(&mut v, &c.extra);
    v
}

fn success(outs: &super::flows::Outputs, name: &DomainName) -> Result<OrderResult, Error> {
    Ok(OrderResult {
        domain: name.as_ascii().to_owned(),
        charged: None,
        expires: None,
        raw: super::all_raw(outs)?,
    })
}

/// `register_domain` (see the module docs).
pub(crate) fn register(name: DomainName, r: &RegisterRequest) -> Result<Plan<OrderResult>, Error> {
    if r.name_servers.len() != 2 || r.name_servers.iter().any(|n| !n.ips.is_empty()) {
        return Err(Error::invalid_input(
            "name_servers",
            "Alldomains registers with exactly two name servers (ns1, ns2) and no glue; set more with set_nameservers afterwards",
        ));
    }
    let mut params = json!({"domain": name.as_ascii(), "register_years": r.years.to_string()});
    if let Value::Object(m) = &mut params {
        for (key, role) in [
            ("contactCustomer", ContactRole::Registrant),
            ("contactTech", ContactRole::Tech),
            ("contactBilling", ContactRole::Billing),
            ("contactAdmin", ContactRole::Admin),
        ] {
            let block = match r.contact(role) {
                Some(c) => contact_block(c),
                None if role == ContactRole::Registrant => {
                    return Err(Error::invalid_input(
                        "contacts",
                        "Alldomains needs a registrant contact (contactCustomer)",
                    ));
                }
                None => json!({"use_customer": "1"}),
            };
            m.insert(key.into(), block);
        }
        for (i, ns) in r.name_servers.iter().enumerate() {
            m.insert(format!("ns{}", i + 1), json!(ns.host));
        }
    }
    merge(&mut params, &r.extra);
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("servicedomain/register_domain", params.clone())),
        _ => Ok(Next::Finish(success(outs, &name)?)),
    }))
}

/// `transfer_domain` with the label, the TLD and the code.
pub(crate) fn transfer(name: DomainName, r: &TransferRequest) -> Plan<OrderResult> {
    let mut params = json!({"transfer_sld": name.first_label(), "transfer_tld": tld_of(&name),
                            "transfer_code": r.auth_code});
    merge(&mut params, &r.extra);
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("servicedomain/transfer_domain", params.clone())),
        _ => Ok(Next::Finish(success(outs, &name)?)),
    })
}

/// `contacts/create_contact_template`; the answer's `id`.
pub(crate) fn create_contact(c: &Contact) -> Plan<Created> {
    let mut block = c.clone();
    block.id = None;
    let params = contact_block(&block);
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "contacts/create_contact_template",
            params.clone(),
        )),
        _ => Ok(Next::Finish(Created {
            id: text(output(outs, 0)?, "id"),
            raw: super::all_raw(outs)?,
        })),
    })
}
