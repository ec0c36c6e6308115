//! DomainContext (AHnames) mapping.
//!
//! **Renew for N years**: `domainGetInfo` (the current `expires`, `YYYY-MM-DD`) → `domainRenew`
//! with `period` = N and `expires` = the current expiry, which the registry checks so that a
//! repeated renewal is refused instead of charged twice.
//!
//! Many commands may answer a bare `true` instead of an object; the mapping accepts it.
//!
//! **Register**: `domainRegister` takes contact ids only (`registrant`, `admin`, `tech`,
//! `billing`: each role's contact `id`, or the request's `extra` under those names; a missing
//! role takes the registrant's) and no name servers, so name servers given are set with
//! `domainSetNSs` right after (a second call; the registration itself is the first). The
//! answer's `password` (the new auth code) stays in `raw`.
//!
//! **Transfer**: `domainTransfer` with `password` = the auth code; **transfer status**:
//! `domainGetInfo`'s `state` (`incoming`, `preincoming` while it runs, `ok` once done).
//!
//! **DNS**: `domainGetDNS` lists the records (a collection of `{id, name, type, value, no,
//! ttl}`, `no` being the MX priority; the document gives no captured answer, so the shape is the
//! one the vendor's panel reads). Adding is one `domainSetDNS` with the record under key `1` and
//! `status=new`; deleting reads the zone to find the record's id, then sends it under that key
//! with `status=deleted` (skipping the read when the record's `id` is given). Types go in lower
//! case as the vendor's example does.
//!
//! **Child name servers** are hosts of the account: `hostCreate`, `hostUpdate` (the new
//! addresses replace the old), `hostDelete`, by host name.
//!
//! **Contacts**: `contactCreate` (`first_name`, `last_name`, `organization`, `email`, `street1`…,
//! `city`, `province`, `postal_code`, `country`, `voice_phone` `+CC.NUMBER`, plus `extra`:
//! `type`, passport fields, `inn`, …); `domainSetContacts` takes the four contact ids.
//!
//! **List domains**: `domainsSearch` with `limit` and `page` (1-based); rows keyed by domain
//! id or listed.

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
        CommonOp::RegenerateAuthCode => Unsupported {
            reason: "not mapped yet; use the catalog operation (domainRegenPassword)",
        },
        CommonOp::ListDomains => Native {
            operation: "domainsSearch",
        },
        CommonOp::Register => Flow {
            calls: 2,
            per_name: false,
            operations: &["domainRegister", "domainSetNSs"],
        },
        CommonOp::Transfer => Native {
            operation: "domainTransfer",
        },
        CommonOp::TransferStatus => Native {
            operation: "domainGetInfo",
        },
        CommonOp::DnsList => Native {
            operation: "domainGetDNS",
        },
        CommonOp::DnsAdd => Native {
            operation: "domainSetDNS",
        },
        CommonOp::DnsDelete => Flow {
            calls: 2,
            per_name: false,
            operations: &["domainGetDNS", "domainSetDNS"],
        },
        CommonOp::CreateContact => Native {
            operation: "contactCreate",
        },
        CommonOp::SetContacts => Native {
            operation: "domainSetContacts",
        },
        CommonOp::ChildNsCreate => Native {
            operation: "hostCreate",
        },
        CommonOp::ChildNsUpdate => Native {
            operation: "hostUpdate",
        },
        CommonOp::ChildNsDelete => Native {
            operation: "hostDelete",
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

const ROLES: [(&str, ContactRole); 4] = [
    ("registrant", ContactRole::Registrant),
    ("admin", ContactRole::Admin),
    ("tech", ContactRole::Tech),
    ("billing", ContactRole::Billing),
];

/// The four contact ids (each role's contact `id`, the registrant's for a role without one).
fn contact_ids(
    contacts: &[DomainContact],
    extra: &serde_json::Map<String, Value>,
) -> serde_json::Map<String, Value> {
    let registrant = contact_for(contacts, ContactRole::Registrant).and_then(|c| c.id.clone());
    let mut m = serde_json::Map::new();
    for (key, role) in ROLES {
        let id = extra
            .get(key)
            .and_then(|v| text(&json!({ "v": v }), "v"))
            .or_else(|| contact_for(contacts, role).and_then(|c| c.id.clone()))
            .or_else(|| registrant.clone());
        if let Some(id) = id {
            m.insert(key.into(), Value::String(id));
        }
    }
    m
}

/// `domainRegister` → `domainSetNSs` when name servers are given.
pub(crate) fn register(name: DomainName, r: &RegisterRequest) -> Result<Plan<OrderResult>, Error> {
    if let Some(i) = r.name_servers.iter().position(|s| !s.ips.is_empty()) {
        return Err(Error::invalid_input(
            format!("name_servers[{i}].ips"),
            "DomainContext sets glue through child name servers (hostCreate)",
        ));
    }
    let ids = contact_ids(&r.contacts, &r.extra);
    let mut params = json!({"domain": name.as_ascii(), "period": r.years});
    if let Value::Object(m) = &mut params {
        m.extend(ids);
    }
    merge(&mut params, &r.extra);
    let hosts: Vec<String> = r.name_servers.iter().map(|s| s.host.clone()).collect();
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("domainRegister", params.clone())),
        1 if !hosts.is_empty() => Ok(Next::call(
            "domainSetNSs",
            json!({"domain": name.as_ascii(), "nss": hosts}),
        )),
        _ => {
            let v = output(outs, 0)?;
            Ok(Next::Finish(OrderResult {
                domain: name.as_ascii().to_owned(),
                charged: None,
                expires: text(v, "expires"),
                raw: all_raw(outs)?,
            }))
        }
    }))
}

/// `domainTransfer` with `password` = the auth code.
pub(crate) fn transfer(name: DomainName, r: &TransferRequest) -> Plan<OrderResult> {
    let mut params = json!({"domain": name.as_ascii(), "password": r.auth_code});
    merge(&mut params, &r.extra);
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("domainTransfer", params.clone())),
        _ => Ok(Next::Finish(OrderResult {
            domain: name.as_ascii().to_owned(),
            charged: None,
            expires: None,
            raw: all_raw(outs)?,
        })),
    })
}

/// `domainGetInfo`: its `state`.
pub(crate) fn transfer_status(name: DomainName) -> Plan<TransferStatus> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(call("domainGetInfo", &name)),
        _ => {
            let v = output(outs, 0)?;
            let status = text(v, "state").ok_or_else(|| {
                Error::protocol("domainGetInfo gave no state", v.to_string().as_bytes())
            })?;
            Ok(Next::Finish(TransferStatus {
                domain: text(v, "domain").unwrap_or_else(|| name.as_ascii().to_owned()),
                status,
                raw: v.clone(),
            }))
        }
    })
}

fn dns_record(v: &Value) -> DnsRecord {
    let t = text(v, "type").unwrap_or_default().to_ascii_uppercase();
    DnsRecord {
        id: text(v, "id"),
        host: text(v, "name").unwrap_or_else(|| "@".into()),
        value: text(v, "value").unwrap_or_default(),
        ttl: num(v, "ttl"),
        priority: if t == "MX" || t == "SRV" {
            num(v, "no")
        } else {
            None
        },
        record_type: t,
    }
}

/// The records of a `domainGetDNS` answer: an object keyed by record id (or position) or a
/// list; members that are not records (no `type`) are skipped.
fn dns_records(v: &Value) -> Vec<DnsRecord> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(m) => m.values().collect(),
        _ => Vec::new(),
    };
    items
        .into_iter()
        .filter(|r| r.get("type").is_some())
        .map(dns_record)
        .collect()
}

/// `domainGetDNS`.
pub(crate) fn dns_list(name: DomainName) -> Plan<Vec<DnsRecord>> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(call("domainGetDNS", &name)),
        _ => Ok(Next::Finish(dns_records(output(outs, 0)?))),
    })
}

fn record_params(r: &DnsRecord, status: &str) -> Result<Value, Error> {
    let mut rec = json!({"name": if r.host.is_empty() { "@" } else { r.host.as_str() },
                         "type": record_type(r)?.to_ascii_lowercase(),
                         "value": r.value, "status": status});
    if let Some(m) = rec.as_object_mut() {
        if let Some(p) = r.priority {
            m.insert("no".into(), json!(p));
        }
        if let Some(t) = r.ttl {
            m.insert("ttl".into(), json!(t));
        }
    }
    Ok(rec)
}

/// `domainSetDNS` with the record under key `1`, `status=new`.
pub(crate) fn dns_add(name: DomainName, r: &DnsRecord) -> Result<Plan<Created>, Error> {
    let params = json!({"domain": name.as_ascii(), "1": record_params(r, "new")?});
    Ok(Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("domainSetDNS", params.clone())),
        _ => Ok(Next::Finish(Created {
            id: None,
            raw: all_raw(outs)?,
        })),
    }))
}

/// `domainGetDNS` (to find the record's id; skipped when `id` is given) → `domainSetDNS` with
/// the record under its id, `status=deleted`.
pub(crate) fn dns_delete(name: DomainName, r: DnsRecord) -> Plan<Outcome> {
    Box::new(move |outs| {
        let delete = |id: &str, found: &DnsRecord| -> Result<Next<Outcome>, Error> {
            let mut params = json!({"domain": name.as_ascii()});
            if let Value::Object(m) = &mut params {
                m.insert(id.to_owned(), record_params(found, "deleted")?);
            }
            Ok(Next::call("domainSetDNS", params))
        };
        match (outs.len(), &r.id) {
            (0, Some(id)) => delete(id, &r),
            (0, None) => Ok(call("domainGetDNS", &name)),
            (1, None) => {
                let found = dns_records(output(outs, 0)?)
                    .into_iter()
                    .find(|c| c.id.is_some() && same_record(c, &r));
                match found {
                    Some(c) => delete(c.id.as_deref().unwrap_or_default(), &c),
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

fn one(operation: &'static str, params: Value) -> Plan<Outcome> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(operation, params.clone())),
        _ => Ok(Next::Finish(Outcome {
            raw: all_raw(outs)?,
        })),
    })
}

/// `hostCreate` with the host and its addresses.
pub(crate) fn child_ns_create(s: &NameServer) -> Plan<Outcome> {
    one("hostCreate", json!({"host": s.host, "ips": s.ips}))
}

/// `hostUpdate` with the host and its new addresses.
pub(crate) fn child_ns_update(s: &NameServer) -> Plan<Outcome> {
    one("hostUpdate", json!({"host": s.host, "ips": s.ips}))
}

/// `hostDelete` by host name.
pub(crate) fn child_ns_delete(s: &NameServer) -> Plan<Outcome> {
    one("hostDelete", json!({"host": s.host}))
}

/// `contactCreate` (see the module docs); the answer's `id`.
pub(crate) fn create_contact(c: &Contact) -> Plan<Created> {
    let mut params = json!({
        "email": c.email,
        "first_name": c.first_name,
        "city": c.city,
        "postal_code": c.postal_code,
        "country": c.country.to_ascii_lowercase(),
        "voice_phone": epp_phone(c),
    });
    if let Some(m) = params.as_object_mut() {
        if !c.last_name.is_empty() {
            m.insert("last_name".into(), json!(c.last_name));
        }
        if let Some(o) = &c.organization {
            m.insert("organization".into(), json!(o));
        }
        for (i, line) in c.address.iter().take(3).enumerate() {
            m.insert(format!("street{}", i + 1), json!(line));
        }
        if let Some(st) = &c.state {
            m.insert("province".into(), json!(st));
        }
    }
    merge(&mut params, &c.extra);
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call("contactCreate", params.clone())),
        _ => Ok(Next::Finish(Created {
            id: text(output(outs, 0)?, "id"),
            raw: all_raw(outs)?,
        })),
    })
}

/// `domainSetContacts` with the four contact ids.
pub(crate) fn set_contacts(
    name: DomainName,
    contacts: &[DomainContact],
) -> Result<Plan<Outcome>, Error> {
    let ids = contact_ids(contacts, &serde_json::Map::new());
    if contact_for(contacts, ContactRole::Registrant)
        .and_then(|c| c.id.as_ref())
        .is_none()
        || ids.len() < 4
    {
        return Err(Error::invalid_input(
            "contacts",
            "DomainContext sets contacts by id: the registrant (and each other role given) needs its id",
        ));
    }
    let mut params = json!({"domain": name.as_ascii()});
    if let Value::Object(m) = &mut params {
        m.extend(ids);
    }
    Ok(one("domainSetContacts", params))
}

/// `domainsSearch` with `limit` and `page`: rows keyed by domain id (or a list).
pub(crate) fn list_domains(page: u32, per_page: u32) -> Plan<DomainPage> {
    Box::new(move |outs| match outs.len() {
        0 => Ok(Next::call(
            "domainsSearch",
            json!({"limit": per_page, "page": page}),
        )),
        _ => {
            let v = output(outs, 0)?;
            let rows: Vec<&Value> = match v {
                Value::Array(a) => a.iter().collect(),
                Value::Object(m) => m.values().filter(|r| r.is_object()).collect(),
                _ => Vec::new(),
            };
            Ok(Next::Finish(DomainPage {
                domains: rows
                    .into_iter()
                    .map(|r| DomainSummary {
                        domain: text(r, "domain").unwrap_or_default(),
                        expires: text(r, "expires"),
                        status: text(r, "state"),
                        raw: r.clone(),
                    })
                    .collect(),
                page,
                total: None,
                complete: false,
            }))
        }
    })
}
