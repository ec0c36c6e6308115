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
//!   `domainsDisableLock`, `domainsRenew`.

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
        _ => Err(format!("command not found: {cmd}")),
    }
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
