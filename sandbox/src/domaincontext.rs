//! DomainContext / AHnames reseller API (`domaincontext.txt`, `domaincontext-responses.md`): the
//! domain lifecycle.
//!
//! - `GET` or `POST <host>/<command>`; variables in the query string and/or a form body.
//! - Nested and bulk variables use PHP bracket keys (`0[domain]=a.com`, `5504202[1][type]=a`,
//!   `domains[]=a.com`), decoded here by [`bracket_tree`] (our own parser, not the core's).
//! - Authentication: `auth_login` + `auth_password` on every call.
//! - Answers are bare JSON (no envelope), HTTP 200; an error is `{"_error": "…"}` in lower case.
//!   Bulk commands answer a map keyed by the request keys (a JSON array when the keys are exactly
//!   0..n-1, as PHP's `json_encode` does), with per-item `_error` and the summary `_error` of
//!   `err::reduce` (`partially failed (E/N): …`, `completely failed (N/N): …`).
//! - Served: `domainsCheck`, `domainRegister`, `domainGetInfo`, `domainGetNSs`, `domainSetNSs`,
//!   `domainEnableLock`, `domainDisableLock`, `domainRenew`, `clientGetBalance`, and the bulk forms
//!   `domainsRegister`, `domainsGetInfo`, `domainsGetNSs`, `domainsSetNSs`, `domainsEnableLock`,
//!   `domainsDisableLock`, `domainsRenew`; DNS: `domainGetDNS`, `domainSetDNS` (records keyed by
//!   any key for `status=new`, by record id for `status=ok`/`deleted`) and their bulk forms
//!   `domainsGetDNS`, `domainsSetDNS` (`<domain_id>[<record key>][field]`, as the document's
//!   example).

use crate::http::{Request, Response};
use crate::state::{self, Registry};
use crate::util::norm_domain;
use serde_json::{Map, Value, json};
use std::sync::Mutex;

type Fail = String;

/// Answers a request whose path (after the `/domaincontext` prefix) is `rest`.
pub fn handle(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Response {
    let value = match answer(reg, req, rest) {
        Ok(v) => v,
        Err(e) => json!({ "_error": e }),
    };
    Response::json_as(200, "application/json", &value)
}

const SINGLE: &[&str] = &[
    "domainsCheck",
    "domainRegister",
    "domainGetInfo",
    "domainGetNSs",
    "domainSetNSs",
    "domainEnableLock",
    "domainDisableLock",
    "domainRenew",
    "clientGetBalance",
    "domainGetDNS",
    "domainSetDNS",
];

/// Decodes `key=value` pairs with PHP bracket keys into a tree of objects (later keys win, `[]`
/// appends with the next free integer key).
pub fn bracket_tree(pairs: &[(String, String)]) -> Map<String, Value> {
    let mut root = Map::new();
    for (key, value) in pairs {
        let mut path: Vec<String> = Vec::new();
        let (head, mut tail) = match key.find('[') {
            Some(i) if i > 0 => (
                key.get(..i).unwrap_or_default(),
                key.get(i..).unwrap_or_default(),
            ),
            _ => (key.as_str(), ""),
        };
        path.push(head.to_owned());
        while let Some(inner) = tail.strip_prefix('[') {
            let Some(end) = inner.find(']') else {
                break;
            };
            path.push(inner.get(..end).unwrap_or_default().to_owned());
            tail = inner.get(end + 1..).unwrap_or_default();
        }
        insert(&mut root, &path, value);
    }
    root
}

fn insert(node: &mut Map<String, Value>, path: &[String], value: &str) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let key = if first.is_empty() {
        // `[]`: the next integer key, as PHP does.
        let next = node
            .keys()
            .filter_map(|k| k.parse::<u64>().ok())
            .max()
            .map_or(0, |m| m + 1);
        next.to_string()
    } else {
        first.clone()
    };
    if rest.is_empty() {
        node.insert(key, Value::String(value.to_owned()));
        return;
    }
    let child = node.entry(key).or_insert_with(|| Value::Object(Map::new()));
    if !child.is_object() {
        *child = Value::Object(Map::new());
    }
    if let Value::Object(m) = child {
        insert(m, rest, value);
    }
}

fn text(m: &Map<String, Value>, key: &str) -> Option<String> {
    match m.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

/// A comma list (`a.com, b.net`) or a bracket array (`domains[]=…`).
fn list(m: &Map<String, Value>, key: &str) -> Vec<String> {
    match m.get(key) {
        Some(Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        Some(Value::Object(items)) => items
            .values()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn answer(reg: &Mutex<Registry>, req: &Request, rest: &str) -> Result<Value, Fail> {
    let command = rest.trim_matches('/');
    let single = if SINGLE.contains(&command) {
        None
    } else {
        let one = command
            .strip_prefix("domains")
            .map(|c| format!("domain{c}"))
            .filter(|c| SINGLE.contains(&c.as_str()) && c != "domainsCheck");
        match one {
            Some(c) => Some(c),
            None => return Err(format!("command not found: {command}")),
        }
    };
    if req.method != "GET" && req.method != "POST" {
        return Err("method not allowed: use GET or POST".into());
    }
    let mut pairs = req.query_pairs();
    if req.method == "POST" {
        pairs.extend(form_urlencoded::parse(&req.body).into_owned());
    }
    let mut vars = bracket_tree(&pairs);
    let mut r = crate::lock(reg);
    let account = authenticate(&r, &vars)?;
    vars.shift_remove("auth_login");
    vars.shift_remove("auth_password");
    match single {
        None => one(&mut r, account, command, &vars),
        Some(cmd) => bulk(&mut r, account, &cmd, &vars),
    }
}

fn authenticate(r: &Registry, vars: &Map<String, Value>) -> Result<u64, Fail> {
    let login = text(vars, "auth_login").ok_or("auth_login is required")?;
    let password = text(vars, "auth_password").ok_or("auth_password is required")?;
    r.accounts
        .iter()
        .find(|a| a.login == login && a.secret == password)
        .map(|a| a.id)
        .ok_or_else(|| "incorrect login or password".into())
}

fn bulk(
    r: &mut Registry,
    account: u64,
    cmd: &str,
    vars: &Map<String, Value>,
) -> Result<Value, Fail> {
    if vars.is_empty() {
        return Err("nothing was done".into());
    }
    let mut out = Map::new();
    let mut errors: Vec<String> = Vec::new();
    for (key, item) in vars {
        let res = match item {
            // `domainsSetDNS` is keyed by domain id (`5504202[1][type]=a`, the document's example).
            Value::Object(m)
                if cmd == "domainSetDNS"
                    && text(m, "domain").is_none()
                    && text(m, "id").is_none() =>
            {
                let mut m = m.clone();
                m.insert("id".into(), json!(key));
                one(r, account, cmd, &m)
            }
            Value::Object(m) => one(r, account, cmd, m),
            _ => Err(format!("{key}: an array of {cmd} arguments is expected")),
        };
        let v = match res {
            Ok(v) => v,
            Err(e) => {
                errors.push(e.clone());
                json!({ "_error": e })
            }
        };
        out.insert(key.clone(), v);
    }
    let n = vars.len();
    if !errors.is_empty() {
        let mut distinct: Vec<String> = Vec::new();
        for e in &errors {
            if !distinct.contains(e) {
                distinct.push(e.clone());
            }
        }
        let summary = if n == 1 {
            distinct.join(", ")
        } else if errors.len() == n {
            format!("completely failed ({n}/{n}): {}", distinct.join(", "))
        } else {
            format!(
                "partially failed ({}/{n}): {}",
                errors.len(),
                distinct.join(", ")
            )
        };
        out.insert("_error".into(), json!(summary));
        return Ok(Value::Object(out));
    }
    let sequential = out.keys().enumerate().all(|(i, k)| *k == i.to_string());
    if sequential {
        return Ok(Value::Array(out.into_iter().map(|(_, v)| v).collect()));
    }
    Ok(Value::Object(out))
}

fn ymd(t: i64) -> String {
    state::datetime(t).chars().take(10).collect()
}

/// The domain named by `domain` or `id`, owned by `account`.
fn target(r: &Registry, account: u64, m: &Map<String, Value>) -> Result<String, Fail> {
    if let Some(d) = text(m, "domain") {
        let name = norm_domain(&d);
        return r
            .owned(&name, account)
            .map(|d| d.name.clone())
            .ok_or_else(|| format!("domain not found: {name}"));
    }
    if let Some(id) = text(m, "id") {
        let id: u64 = id.parse().map_err(|_| "id: wrong value".to_owned())?;
        return r
            .name_by_id(id, account)
            .ok_or_else(|| format!("domain not found: {id}"));
    }
    Err("domain or id is required".into())
}

fn period(m: &Map<String, Value>, required: bool) -> Result<u32, Fail> {
    match text(m, "period") {
        None if required => Err("period is required".into()),
        None => Ok(1),
        Some(p) => p
            .parse::<u32>()
            .ok()
            .filter(|p| (1..=10).contains(p))
            .ok_or_else(|| "period: wrong value, an integer from 1 to 10 is expected".into()),
    }
}

fn info(r: &Registry, name: &str) -> Value {
    let Some(d) = r.domains.get(name) else {
        return json!({});
    };
    let flag = |b: bool| if b { "1" } else { "0" };
    let nss: Vec<&str> = d.ns.iter().map(|(n, _)| n.as_str()).collect();
    json!({
        "id": d.id.to_string(),
        "domain": d.name,
        "zone": d.name.rsplit('.').next().unwrap_or_default(),
        "state": if d.expires > r.now { "ok" } else { "expired" },
        "created_date": ymd(d.created),
        "expires": ymd(d.expires),
        "nameservers": nss.join(","),
        "is_secured": flag(d.locked),
        "whois_protected": flag(d.privacy),
        "autorenewal": "0",
        "client": r.account(d.account).map(|a| a.login.clone()).unwrap_or_default(),
        "client_id": d.account.to_string(),
    })
}

fn one(r: &mut Registry, account: u64, cmd: &str, m: &Map<String, Value>) -> Result<Value, Fail> {
    match cmd {
        "domainsCheck" => {
            let names = list(m, "domains");
            if names.is_empty() {
                return Err("domains is required".into());
            }
            let mut out = Map::new();
            for n in names {
                let name = norm_domain(&n);
                let ok = state::is_domain(&name) && r.is_available(&name);
                out.insert(n, json!(i32::from(ok)));
            }
            Ok(Value::Object(out))
        }
        "domainRegister" => {
            let given = text(m, "domain").ok_or("domain is required")?;
            let name = norm_domain(&given);
            if !state::is_domain(&name) {
                return Err(format!("domain: wrong value: {given}"));
            }
            let years = period(m, false)?;
            if !r.is_available(&name) {
                return Err("domain is not available".into());
            }
            let amount = r.price(&name, years);
            if !r.can_pay(account, amount) {
                return Err("not enough money".into());
            }
            r.tick();
            r.charge(account, "register", &name, years, amount)
                .map_err(|_| "not enough money".to_owned())?;
            let mut d = r.new_domain(&name, account, years);
            for role in ["registrant", "admin", "tech", "billing"] {
                if let Some(eid) = text(m, role) {
                    d.contacts_inline.push(json!({ role: eid }));
                }
            }
            let (id, password, expires) = (d.id, d.auth_code.clone(), d.expires);
            r.domains.insert(name.clone(), d);
            Ok(json!({
                "id": id.to_string(),
                "domain": name,
                "password": password,
                "period": years.to_string(),
                "expires": ymd(expires),
                "state": "ok",
            }))
        }
        "domainGetInfo" => {
            let name = target(r, account, m)?;
            Ok(info(r, &name))
        }
        "domainGetNSs" => {
            let name = target(r, account, m)?;
            let d = r.domains.get(&name).ok_or("domain not found")?;
            let nss: Vec<&str> = d.ns.iter().map(|(n, _)| n.as_str()).collect();
            Ok(json!({"id": d.id.to_string(), "domain": d.name, "nameservers": nss.join(",")}))
        }
        "domainSetNSs" => {
            let name = target(r, account, m)?;
            let nss: Vec<String> = list(m, "nss").iter().map(|n| norm_domain(n)).collect();
            if let Some(bad) = nss.iter().find(|n| !state::is_hostname(n)) {
                return Err(format!("nss: wrong value: {bad}"));
            }
            r.tick();
            let d = r.domains.get_mut(&name).ok_or("domain not found")?;
            d.ns = nss.into_iter().map(|n| (n, String::new())).collect();
            let nss: Vec<&str> = d.ns.iter().map(|(n, _)| n.as_str()).collect();
            Ok(json!({"id": d.id.to_string(), "domain": d.name, "nameservers": nss.join(",")}))
        }
        "domainEnableLock" | "domainDisableLock" => {
            let name = target(r, account, m)?;
            r.tick();
            let d = r.domains.get_mut(&name).ok_or("domain not found")?;
            d.locked = cmd == "domainEnableLock";
            Ok(json!({"id": d.id.to_string(), "domain": d.name}))
        }
        "domainRenew" => {
            let name = target(r, account, m)?;
            let years = period(m, true)?;
            let expires = text(m, "expires").ok_or("expires is required")?;
            let d = r.domains.get(&name).ok_or("domain not found")?;
            if expires != ymd(d.expires) {
                return Err(format!(
                    "expires: wrong current expiration date (it is {})",
                    ymd(d.expires)
                ));
            }
            let new_expiry = d.expires + state::YEAR * i64::from(years);
            if new_expiry > r.now + 10 * state::YEAR + 86_400 {
                return Err("period: a domain cannot be renewed beyond 10 years".into());
            }
            let amount = r.price(&name, years);
            if !r.can_pay(account, amount) {
                return Err("not enough money".into());
            }
            r.tick();
            r.charge(account, "renew", &name, years, amount)
                .map_err(|_| "not enough money".to_owned())?;
            let d = r.domains.get_mut(&name).ok_or("domain not found")?;
            d.expires = new_expiry;
            Ok(json!({
                "id": d.id.to_string(),
                "domain": d.name,
                "period": years.to_string(),
                "amount": state::money(amount),
                "expires": ymd(new_expiry),
                "type": "drenewal",
                "object": "domain",
            }))
        }
        "clientGetBalance" => {
            let acc = r.account(account).ok_or("client not found")?;
            if let Some(c) = text(m, "client")
                && c != acc.login
            {
                return Err("not allowed".into());
            }
            if let Some(cur) = text(m, "currency")
                && !cur.eq_ignore_ascii_case("usd")
            {
                return Err("currency: wrong value, the sandbox keeps balances in usd".into());
            }
            Ok(json!({
                "id": acc.id.to_string(),
                "client": acc.login,
                "balance": state::money(acc.balance),
                "credit": "0.00",
                "currency": "usd",
            }))
        }
        "domainGetDNS" => {
            let name = target(r, account, m)?;
            Ok(zone_records(r, &name))
        }
        "domainSetDNS" => set_dns(r, account, m),
        _ => Err(format!("command not found: {cmd}")),
    }
}

/// The zone's records as `domainGetDNS` gives them: an object keyed by record id (`[]` when
/// empty, as PHP encodes an empty array).
fn zone_records(r: &Registry, name: &str) -> Value {
    let Some(d) = r.domains.get(name) else {
        return json!([]);
    };
    if d.records.is_empty() {
        return json!([]);
    }
    let mut out = Map::new();
    for x in &d.records {
        let label = crate::util::record_label(&x.name, &d.name);
        out.insert(
            x.id.to_string(),
            json!({
                "id": x.id.to_string(),
                "hdomain_id": d.id.to_string(),
                "name": label,
                "fqdn": x.name,
                "idn_fqdn": x.name,
                "type": x.rtype.to_ascii_lowercase(),
                "value": x.content,
                "no": x.priority.map(|p| p.to_string()).unwrap_or_default(),
                "ttl": x.ttl.to_string(),
                "is_system": false,
            }),
        );
    }
    Value::Object(out)
}

/// `dnsName`: empty, `*`, `@`, or at most 100 characters in at most 4 dot-separated parts of
/// 1–61 latin letters, digits, `-` and `_` (`-` neither first nor last).
fn is_dns_name(s: &str) -> bool {
    if s.is_empty() || s == "*" || s == "@" {
        return true;
    }
    s.len() <= 100
        && s.split('.').count() <= 4
        && s.split('.').enumerate().all(|(i, part)| {
            (part == "*" && i == 0)
                || (!part.is_empty()
                    && part.len() <= 61
                    && !part.starts_with('-')
                    && !part.ends_with('-')
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        })
}

fn opt_num(rec: &Map<String, Value>, key: &str) -> Result<Option<u32>, Fail> {
    text(rec, key)
        .map(|v| {
            v.parse::<u32>()
                .map_err(|_| format!("{key}: wrong value: {v}"))
        })
        .transpose()
}

/// `domainSetDNS`: every member that is an object is a record `{name, type, value, no, ttl,
/// status}`; `status=new` adds it, `ok` changes the record with that id (the member's key),
/// `deleted` removes it. All records are checked before any is applied. Answers the zone's
/// records afterwards (as `domainGetDNS`).
fn set_dns(r: &mut Registry, account: u64, m: &Map<String, Value>) -> Result<Value, Fail> {
    const TYPES: &[&str] = &["a", "aaaa", "cname", "txt", "ns", "mx", "srv"];
    let name = target(r, account, m)?;
    let d = r.domains.get(&name).ok_or("domain not found")?;
    let mut records = d.records.clone();
    let mut added: Vec<state::Record> = Vec::new();
    let mut any = false;
    for (key, item) in m {
        let Value::Object(rec) = item else {
            continue;
        };
        any = true;
        let status = text(rec, "status").ok_or("status is required")?;
        let existing = key
            .parse::<u64>()
            .ok()
            .and_then(|id| records.iter().position(|x| x.id == id));
        match status.as_str() {
            "deleted" => {
                let i = existing.ok_or_else(|| format!("dns record not found: {key}"))?;
                records.remove(i);
                continue;
            }
            "new" | "ok" => {}
            other => return Err(format!("status: wrong value: {other}")),
        }
        let old = match (status.as_str(), existing) {
            ("ok", Some(i)) => records.get(i).cloned(),
            ("ok", None) => return Err(format!("dns record not found: {key}")),
            _ => None,
        };
        let label = match text(rec, "name") {
            Some(n) => n.to_ascii_lowercase(),
            None => old
                .as_ref()
                .map(|o| crate::util::record_label(&o.name, &name))
                .unwrap_or_default(),
        };
        if !is_dns_name(&label) {
            return Err(format!("name: wrong value: {label}"));
        }
        let rtype = match text(rec, "type") {
            Some(t) => t.to_ascii_lowercase(),
            None => old
                .as_ref()
                .map(|o| o.rtype.to_ascii_lowercase())
                .ok_or("type is required")?,
        };
        if !TYPES.contains(&rtype.as_str()) {
            return Err(format!("type: wrong value: {rtype}"));
        }
        let upper = rtype.to_ascii_uppercase();
        let value = match text(rec, "value") {
            Some(v) if matches!(upper.as_str(), "CNAME" | "MX" | "NS") => norm_domain(&v),
            Some(v) => v,
            None => old
                .as_ref()
                .map(|o| o.content.clone())
                .ok_or("value is required")?,
        };
        if !crate::util::record_content_ok(&upper, &value) {
            return Err(format!("value: wrong value: {value}"));
        }
        let ttl = opt_num(rec, "ttl")?
            .or(old.as_ref().map(|o| o.ttl))
            .unwrap_or(3600);
        if !(60..=86_400).contains(&ttl) {
            return Err(format!("ttl: wrong value: {ttl}"));
        }
        let no = opt_num(rec, "no")?.or(old.as_ref().and_then(|o| o.priority));
        let priority = match upper.as_str() {
            "MX" => Some(no.unwrap_or(10)),
            "SRV" => Some(no.unwrap_or(0)),
            _ => None,
        };
        let fqdn = crate::util::record_fqdn(&label, &name);
        let others = records
            .iter()
            .chain(added.iter())
            .filter(|x| x.name == fqdn && old.as_ref().is_none_or(|o| o.id != x.id));
        for x in others {
            if upper == "CNAME" || x.rtype == "CNAME" {
                if fqdn == name {
                    return Err("CNAME root record is not allowed".into());
                }
                let t = if upper == "CNAME" { &x.rtype } else { &upper };
                return Err(format!(
                    "CNAME record {fqdn} conflicts with already existing '{t}' record {fqdn}"
                ));
            }
            if x.rtype == upper && x.content == value {
                return Err(format!(
                    "{rtype} record {fqdn} with value {value} already exists"
                ));
            }
        }
        if upper == "CNAME" && fqdn == name {
            return Err("CNAME root record is not allowed".into());
        }
        let rec = state::Record {
            id: old.as_ref().map_or(0, |o| o.id),
            name: fqdn,
            rtype: upper,
            content: value,
            ttl,
            priority,
            created: old.as_ref().map_or(0, |o| o.created),
        };
        match existing.filter(|_| status == "ok") {
            Some(i) => {
                if let Some(slot) = records.get_mut(i) {
                    *slot = rec;
                }
            }
            None => added.push(rec),
        }
    }
    if !any {
        return Err("nothing was done".into());
    }
    let now = r.tick();
    for mut rec in added {
        rec.id = r.next_id();
        rec.created = now;
        records.push(rec);
    }
    let d = r.domains.get_mut(&name).ok_or("domain not found")?;
    d.records = records;
    Ok(zone_records(r, &name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(k: &str, v: &str) -> (String, String) {
        (k.into(), v.into())
    }

    #[test]
    fn brackets() {
        let t = bracket_tree(&[
            p("0[domain]", "a.com"),
            p("1[domain]", "b.net"),
            p("1[period]", "2"),
            p("5504202[1][type]", "a"),
            p("domains[]", "x.com"),
            p("domains[]", "y.com"),
            p("plain", "v"),
        ]);
        assert_eq!(
            Value::Object(t),
            json!({
                "0": {"domain": "a.com"},
                "1": {"domain": "b.net", "period": "2"},
                "5504202": {"1": {"type": "a"}},
                "domains": {"0": "x.com", "1": "y.com"},
                "plain": "v",
            })
        );
    }
}
