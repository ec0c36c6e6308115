//! Every command of the document's table, one declarative row each.
//!
//! A row names the command, the document section, the table's description, whether it is safe to
//! repeat (and for unsafe ones the read-only command that confirms the outcome), the result type and
//! parser, and the arguments in the table's order with their documented types (`= req` for `*`).
//! Rules that span arguments (one of `domain`/`id`; the values the document enumerates) are `check`
//! closures. Bulk ("array of") rows name their element command; "same as" rows name their target.

#![allow(clippy::upper_case_acronyms)]

#[cfg(feature = "schema")]
use super::args::Arg;
use super::args::{
    Bool, ClientLogin, ConfirmData, Coupon, Date, DnsName, Domain, Domains, Eid, Email, Emails,
    Form, Hdomains, Id, Ids, Ips, Label, Labels, Ns, Nss, Password, Period, Phone, Pincode, Ref,
    Refs, Server, Servers, Text, Url, check_key, display_key, field, one_of_values,
};
use super::outputs::{
    Answer, Availability, Balance, DomainInfo, DomainPassword, NameServers, Registered, Reply,
    WithId,
};
use crate::error::Error;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

// ---------------------------------------------------------------------------------------------
// The machinery the rows share

#[cfg(feature = "schema")]
/// What a result type must be: serializable, readable back, and described by a schema.
pub trait OutBound: Serialize + DeserializeOwned + JsonSchema {}
#[cfg(feature = "schema")]
impl<T: Serialize + DeserializeOwned + JsonSchema> OutBound for T {}
#[cfg(not(feature = "schema"))]
/// What a result type must be: serializable and readable back.
pub trait OutBound: Serialize + DeserializeOwned {}
#[cfg(not(feature = "schema"))]
impl<T: Serialize + DeserializeOwned> OutBound for T {}

/// The arguments of one command (or one element of a bulk command): validated and written under
/// `prefix` (`[]` for a single command, `["0"]` for the first bulk element).
pub trait Element {
    /// The result of the command for one element.
    type Out: OutBound;
    /// Validates every argument and writes it.
    fn encode(&self, prefix: &[&str], form: &mut Form) -> Result<(), Error>;
}

/// The vendor's name of a field (`r#type` → `type`).
pub fn wire(name: &'static str) -> &'static str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// Adds the schema of argument type `A` as property `name`.
#[cfg(feature = "schema")]
pub fn prop<A: Arg + JsonSchema>(
    g: &mut SchemaGenerator,
    props: &mut serde_json::Map<String, Value>,
    required: &mut Vec<&'static str>,
    name: &'static str,
    req: bool,
) {
    let mut s = g.subschema_for::<A>().to_value();
    if req {
        if let Value::Object(m) = &mut s {
            let d = m
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or(A::TYPE)
                .to_owned();
            m.insert(
                "description".into(),
                Value::from(format!("{d} (required, *)")),
            );
        }
        required.push(name);
    }
    props.insert(name.to_owned(), s);
}

/// The schema of a parameter struct.
#[cfg(feature = "schema")]
pub fn object_schema(
    title: &str,
    props: serde_json::Map<String, Value>,
    required: Vec<&str>,
) -> Schema {
    json_schema!({
        "title": title,
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false
    })
}

/// A rule on a bulk element key (`key`, `path`).
pub type KeyCheck = fn(&str, &str) -> Result<(), Error>;

/// The elements of a bulk command, in order, with their keys: a JSON list gives the keys `0`, `1`,
/// …; a JSON object gives its own keys (`{"5504202": …}`), which the response echoes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Items<T>(pub Vec<(String, T)>);

impl<T> Items<T> {
    /// Elements keyed `0`, `1`, … in order.
    pub fn list(items: impl IntoIterator<Item = T>) -> Self {
        Items(
            items
                .into_iter()
                .enumerate()
                .map(|(i, t)| (i.to_string(), t))
                .collect(),
        )
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let pairs: Vec<(String, Value)> = match Value::deserialize(d)? {
            Value::Array(a) => a
                .into_iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            Value::Object(m) => m.into_iter().collect(),
            other => {
                return Err(serde::de::Error::custom(format!(
                    "expected an array of elements (or an object of elements by key), found {other}"
                )));
            }
        };
        pairs
            .into_iter()
            .map(|(k, v)| {
                serde_json::from_value::<T>(v)
                    .map(|t| (k.clone(), t))
                    .map_err(|e| serde::de::Error::custom(format!("element {k}: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Items)
    }
}

impl<T: Element> Items<T> {
    /// Writes every element under its key; refuses an empty list and unsafe keys.
    pub fn encode_bulk(
        &self,
        prefix: &[&str],
        keys: Option<KeyCheck>,
        form: &mut Form,
    ) -> Result<(), Error> {
        if self.0.is_empty() {
            let f = if prefix.is_empty() {
                "params".to_owned()
            } else {
                display_key(prefix)
            };
            return Err(Error::invalid_input(
                f,
                "give at least one element (an empty bulk request does nothing)",
            ));
        }
        for (k, el) in &self.0 {
            let mut p: Vec<&str> = prefix.to_vec();
            p.push(k);
            let path = display_key(&p);
            check_key(k, &path)?;
            if let Some(check) = keys {
                check(k, &path)?;
            }
            el.encode(&p, form)?;
        }
        Ok(())
    }
}

impl<T: Element> Element for Items<T> {
    type Out = Answer;
    fn encode(&self, prefix: &[&str], form: &mut Form) -> Result<(), Error> {
        self.encode_bulk(prefix, None, form)
    }
}

#[cfg(feature = "schema")]
impl<T: JsonSchema> JsonSchema for Items<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Items_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let t = g.subschema_for::<T>();
        json_schema!({
            "type": ["array", "object"],
            "description": "The elements: a list (keys 0, 1, …) or an object keyed by your own keys (Latin letters, digits, _ and -).",
            "items": t.clone(),
            "additionalProperties": t,
            "minItems": 1,
            "minProperties": 1
        })
    }
}

/// The keys of `domainsSetDNS` / `hdomainsSetDNS` are the (h)domain ids (example 2.8).
fn id_key(key: &str, path: &str) -> Result<(), Error> {
    match key.parse::<u64>() {
        Ok(n) if n > 0 => Ok(()),
        _ => Err(Error::invalid_input(
            path,
            format!(
                "{key:?}: the element key is the domain id, an integer more than zero (example 2.8)"
            ),
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// DNS records (domainSetDNS, hdomainSetDNS and their bulk forms)

params! {
    /// One DNS record of `domainSetDNS`: `name`, `type`, `value`, `no`, `ttl`, `status` (one of `ok`,
    /// `new`, `deleted`).
    DnsRecord -> Answer {
        name: DnsName,
        r#type: Ref,
        value: Label,
        no: Id,
        ttl: Id,
        status: Ref,
    }
    check |s, p| {
        // An empty record would send nothing at all for it (and for its domain, when alone).
        if *s == DnsRecord::default() {
            return Err(Error::invalid_input(
                display_key(p),
                "an empty DNS record sends nothing: give name, type, value, no, ttl or status",
            ));
        }
        one_of_values(s.status.as_ref().map(|r| r.0.as_str()), &["ok", "new", "deleted"], p, "status")
    }
}

/// The records of one domain, keyed by record key (`1` in example 2.8) — the element of
/// `domainsSetDNS` and `hdomainsSetDNS`.
pub type DnsRecords = Items<DnsRecord>;

macro_rules! dns_set {
    ($(#[$m:meta])* $ty:ident { $($f:ident : $k:ty),* }) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $ty {
            $(
                #[doc = concat!("Argument `", stringify!($f), "` (names the zone; not listed by the document for this command).")]
                pub $f: Option<$k>,
            )*
            /// The records, keyed by record key: `<key>[type]=…` on the wire.
            pub records: DnsRecords,
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                match Value::deserialize(d)? {
                    Value::Object(mut m) => {
                        $(
                            let $f = match m.remove(stringify!($f)) {
                                Some(v) => Some(serde_json::from_value::<$k>(v).map_err(|e| {
                                    serde::de::Error::custom(format!("{}: {e}", stringify!($f)))
                                })?),
                                None => None,
                            };
                        )*
                        let records = serde_json::from_value(Value::Object(m))
                            .map_err(serde::de::Error::custom)?;
                        Ok($ty { $($f,)* records })
                    }
                    v @ Value::Array(_) => Ok($ty {
                        $($f: None,)*
                        records: serde_json::from_value(v).map_err(serde::de::Error::custom)?,
                    }),
                    other => Err(serde::de::Error::custom(format!(
                        "expected the records (an object keyed by record key, or a list), found {other}"
                    ))),
                }
            }
        }

        impl Element for $ty {
            type Out = Answer;
            fn encode(&self, prefix: &[&str], form: &mut Form) -> Result<(), Error> {
                $( field(&self.$f, stringify!($f), false, prefix, form)?; )*
                for (k, _) in &self.records.0 {
                    if [$(stringify!($f)),*].contains(&k.as_str()) {
                        return Err(Error::invalid_input(k.clone(), "a record key must differ from the argument names"));
                    }
                }
                self.records.encode_bulk(prefix, None, form)
            }
        }

        #[cfg(feature = "schema")]
        impl JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(g: &mut SchemaGenerator) -> Schema {
                let mut props = serde_json::Map::new();
                $( props.insert(stringify!($f).into(), g.subschema_for::<$k>().to_value()); )*
                let rec = g.subschema_for::<DnsRecord>();
                json_schema!({
                    "title": stringify!($ty),
                    "type": "object",
                    "description": "The records keyed by record key (any other member), plus the argument naming the zone.",
                    "properties": props,
                    "additionalProperties": rec,
                    "minProperties": 1
                })
            }
        }
    };
}

dns_set! {
    /// `POST /domainSetDNS` — domaincontext.txt command table, domainSetDNS: Set DNS settings for given domain.
    ///
    /// The document lists only the "array of" records; the domain is named with `id` or `domain`
    /// as in `domainGetDNS` (the bulk form keys each element by domain id, example 2.8).
    DomainSetDNS { id: Id, domain: Domain }
}
operation!(DomainSetDNS "domainSetDNS", "command table, domainSetDNS", "Set DNS settings for given domain", Unsafe("domainGetDNS"); -> Answer = single);

dns_set! {
    /// `POST /hdomainSetDNS` — domaincontext.txt command table, hdomainSetDNS: Set DNS settings for given domain.
    ///
    /// The document lists only the "array of" records; the zone is named with `id` as in
    /// `hdomainGetDNS`.
    HdomainSetDNS { id: Id }
}
operation!(HdomainSetDNS "hdomainSetDNS", "command table, hdomainSetDNS", "Set DNS settings for given domain (hosted DNS)", Unsafe("hdomainGetDNS"); -> Answer = single);

// ---------------------------------------------------------------------------------------------
// Domains

const ENQ_NOTE: &str = "API is not intended to catch the dropping domains. The restrictions on the number of ENQs are introduced. Non-observance will result in a ban (a separate interface exists for catching).";
const SLOW_NOTE: &str = "Sometimes the operation can take up to 10 minutes: set a 10-minute timeout for the API response.";

single! {
    DomainsCheck "domainsCheck", "§2.1 domainsCheck", "Domains availability check", Safe, note ENQ_NOTE;
    -> Availability = check;
    { domains: Domains = req }
}

single! {
    DomainsSearch "domainsSearch", "command table, domainsSearch", "List/Search domains", Safe;
    -> Answer = counted;
    {
        ids: Ids, domain: Label, domains: Labels, note: Labels, state: Ref, client: Labels,
        seller: Labels, orderby: Ref, limit: Id, total: Id, page: Id, count: Bool, show_dns: Bool,
        show_fw_park: Bool, dns: Ref, view: Ref,
    }
}

single! {
    DomainRegister "domainRegister", "§2.2 domainRegister", "Domain registration", Unsafe("domainGetInfo"), timeout 600, note SLOW_NOTE;
    -> Reply<Registered> = single;
    { domain: Domain = req, period: Period, registrant: Eid, admin: Eid, tech: Eid, billing: Eid }
}
bulk! { DomainsRegister "domainsRegister", "§2.3 domainsRegister", "Register domains", Unsafe("domainsGetInfo"), timeout 600, note SLOW_NOTE; of DomainRegister }

single! {
    DomainCheckTransfer "domainCheckTransfer", "command table, domainCheckTransfer", "Check data for domain transfer", Safe;
    -> Answer = single;
    { domain: Domain = req, password: Password = req }
}
bulk! { DomainsCheckTransfer "domainsCheckTransfer", "command table, domainsCheckTransfer", "Check data for domains transfer", Safe; of DomainCheckTransfer }

single! {
    DomainTransfer "domainTransfer", "command table, domainTransfer", "Start domain transfer (the table's description repeats \"Check data for domains transfer\")", Unsafe("domainGetInfo");
    -> Answer = single;
    { domain: Domain = req, password: Password = req }
}
bulk! { DomainsTransfer "domainsTransfer", "command table, domainsTransfer", "Start domains transfer", Unsafe("domainsGetInfo"); of DomainTransfer }

single! {
    DomainApprovePreincoming "domainApprovePreincoming", "command table, domainApprovePreincoming", "Approve domains transfer", Idempotent;
    -> Answer = single;
    { domains: Domains, confirm_data: ConfirmData }
}
single! {
    DomainsRejectPreincoming "domainsRejectPreincoming", "command table, domainsRejectPreincoming", "Cancel domains transfer", Idempotent;
    -> Answer = single;
    { domains: Domains, confirm_data: ConfirmData }
}

single! {
    DomainGetNSs "domainGetNSs", "command table, domainGetNSs", "Get name servers of the domain", Safe;
    -> Reply<NameServers> = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
bulk! { DomainsGetNSs "domainsGetNSs", "command table, domainsGetNSs", "Get name servers of domains", Safe; of DomainGetNSs }

single! {
    DomainSetNSs "domainSetNSs", "command table, domainSetNSs", "Set name servers for the domain", Idempotent;
    -> Reply<WithId> = single;
    { domain: Domain, nss: Nss, id: Id }
    check either!(domain, id)
}
bulk! { DomainsSetNSs "domainsSetNSs", "command table, domainsSetNSs", "Set name servers for given domains", Idempotent; of DomainSetNSs }

single! {
    DomainGetNote "domainGetNote", "command table, domainGetNote", "Get domain note", Safe;
    -> Answer = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
bulk! { DomainsGetNote "domainsGetNote", "command table, domainsGetNote", "Get domains note", Safe; of DomainGetNote }

single! {
    DomainSetNote "domainSetNote", "§2.6 domainSetNote", "Set client note for the domain (a blank or missing note deletes it)", Idempotent;
    -> Answer = single;
    { domain: Domain, note: Label, id: Id }
    check either!(domain, id)
}
bulk! { DomainsSetNote "domainsSetNote", "§2.7 domainsSetNote", "Set client note for given domains", Idempotent; of DomainSetNote }

single! {
    DomainRenew "domainRenew", "command table, domainRenew", "Domain renew", Unsafe("domainGetInfo");
    -> Answer = single;
    { domain: Domain = req, period: Period = req, expires: Date = req }
}

single! {
    DomainGetPassword "domainGetPassword", "command table, domainGetPassword", "Get domain password", Safe;
    -> Reply<DomainPassword> = single;
    { domain: Domain, pincode: Pincode, id: Id }
    check either!(domain, id)
}
bulk! { DomainsGetPassword "domainsGetPassword", "command table, domainsGetPassword", "Get domains password", Safe; of DomainGetPassword }

single! {
    DomainRegenPassword "domainRegenPassword", "command table, domainRegenPassword", "Domain regen password", Unsafe("domainGetPassword");
    -> Answer = single;
    { domain: Domain, pincode: Pincode, id: Id }
    check either!(domain, id)
}
bulk! { DomainsRegenPassword "domainsRegenPassword", "command table, domainsRegenPassword", "Domains regen password", Unsafe("domainsGetPassword"); of DomainRegenPassword }

single! {
    DomainGetInfo "domainGetInfo", "§2.4 domainGetInfo", "Get information of the domain", Safe;
    -> Reply<DomainInfo> = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
bulk! { DomainsGetInfo "domainsGetInfo", "§2.5 domainsGetInfo", "Get information of given domains", Safe; of DomainGetInfo }

single! {
    DomainGetContacts "domainGetContacts", "command table, domainGetContacts", "Get contacts of the domain", Safe;
    -> Answer = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
single! {
    DomainGetWPContacts "domainGetWPContacts", "command table, domainGetWPContacts", "Get WHOIS protected contacts of the domain", Safe;
    -> Answer = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
alias! { DomainGetContactsInfo "domainGetContactsInfo", "command table, domainGetContactsInfo", "Get contacts info of the domain", Safe; same as DomainGetContacts }
alias! { DomainGetWPContactsInfo "domainGetWPContactsInfo", "command table, domainGetWPContactsInfo", "Get WHOIS protected contacts info of the domain", Safe; same as DomainGetContactsInfo }
bulk! { DomainsGetContacts "domainsGetContacts", "command table, domainsGetContacts", "Get contacts of given domains", Safe; of DomainGetContacts }
bulk! { DomainsGetWPContacts "domainsGetWPContacts", "command table, domainsGetWPContacts", "Get WHOIS protected contacts of given domains", Safe; of DomainGetContacts }
bulk! { DomainsGetContactsInfo "domainsGetContactsInfo", "command table, domainsGetContactsInfo", "Get contacts info of given domains", Safe; of DomainGetContacts }
bulk! { DomainsGetWPContactsInfo "domainsGetWPContactsInfo", "command table, domainsGetWPContactsInfo", "Get WHOIS protected contacts info of given domains", Safe; of DomainGetContacts }

single! {
    DomainSetContacts "domainSetContacts", "command table, domainSetContacts", "Set domain contacts", Idempotent;
    -> Answer = single;
    { domain: Domain, id: Id, registrant: Eid = req, admin: Eid = req, tech: Eid = req, billing: Eid = req }
    check either!(domain, id)
}
bulk! { DomainsSetContacts "domainsSetContacts", "command table, domainsSetContacts", "Set contacts for given domains", Idempotent; of DomainSetContacts }

single! {
    DomainEnableAutorenewal "domainEnableAutorenewal", "command table, domainEnableAutorenewal", "Enable autorenewal for the domain", Idempotent;
    -> Answer = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
alias! { DomainDisableAutorenewal "domainDisableAutorenewal", "command table, domainDisableAutorenewal", "Disable autorenewal for the domain", Idempotent; same as DomainEnableAutorenewal }
bulk! { DomainsEnableAutorenewal "domainsEnableAutorenewal", "command table, domainsEnableAutorenewal", "Enable autorenewal for given domains", Idempotent; of DomainEnableAutorenewal }
bulk! { DomainsDisableAutorenewal "domainsDisableAutorenewal", "command table, domainsDisableAutorenewal", "Disable autorenewal for given domains", Idempotent; of DomainEnableAutorenewal }

single! {
    DomainEnableWhoisProtect "domainEnableWhoisProtect", "command table, domainEnableWhoisProtect", "Enable whois protect for the domain", Idempotent;
    -> Reply<WithId> = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
alias! { DomainDisableWhoisProtect "domainDisableWhoisProtect", "command table, domainDisableWhoisProtect", "Disable whois protect for the domain (the table's description says \"Enable\")", Idempotent; same as DomainEnableWhoisProtect }
bulk! { DomainsEnableWhoisProtect "domainsEnableWhoisProtect", "command table, domainsEnableWhoisProtect", "Enable whois protect for given domains", Idempotent; of DomainEnableWhoisProtect }
bulk! { DomainsDisableWhoisProtect "domainsDisableWhoisProtect", "command table, domainsDisableWhoisProtect", "Disable whois protect for given domains", Idempotent; of DomainEnableWhoisProtect }

single! {
    DomainEnableLock "domainEnableLock", "command table, domainEnableLock", "Enable lock for the domain", Idempotent;
    -> Reply<WithId> = single;
    { domain: Domain, id: Id }
    check either!(domain, id)
}
alias! { DomainDisableLock "domainDisableLock", "command table, domainDisableLock", "Disable lock for the domain", Idempotent; same as DomainEnableLock }
bulk! { DomainsEnableLock "domainsEnableLock", "command table, domainsEnableLock", "Enable lock for given domains", Idempotent; of DomainEnableLock }
bulk! { DomainsDisableLock "domainsDisableLock", "command table, domainsDisableLock", "Disable lock for given domains", Idempotent; of DomainEnableLock }

single! {
    DomainGetDNS "domainGetDNS", "command table, domainGetDNS", "Get DNS settings for given domain", Safe;
    -> Answer = single;
    { id: Id, domain: Domain }
    check either!(id, domain)
}
bulk! { DomainsGetDNS "domainsGetDNS", "command table, domainsGetDNS", "Get DNS settings for given domains", Safe; of DomainGetDNS }
bulk! { DomainsSetDNS "domainsSetDNS", "§2.8 domainsSetDNS", "Set DNS settings for given domains", Unsafe("domainsGetDNS"); of DnsRecords, keys id_key }

single! {
    DomainPush "domainPush", "command table, domainPush", "Push domain to given client", Unsafe("domainsSearch");
    -> Answer = single;
    { domain: Domain, id: Id, sender: ClientLogin = req, receiver: ClientLogin = req, pincode: Pincode }
    check either!(domain, id)
}
bulk! { DomainsPush "domainsPush", "command table, domainsPush", "Push domains to given receivers", Unsafe("domainsSearch"); of DomainPush }

single! {
    HdomainGetDNS "hdomainGetDNS", "command table, hdomainGetDNS", "Get DNS settings for given domain (hosted DNS)", Safe;
    -> Answer = single;
    { id: Id }
}
bulk! { HdomainsGetDNS "hdomainsGetDNS", "command table, hdomainsGetDNS", "Get DNS settings for given domains (hosted DNS)", Safe; of HdomainGetDNS }
bulk! { HdomainsSetDNS "hdomainsSetDNS", "command table, hdomainsSetDNS", "Set DNS settings for given domains (hosted DNS)", Unsafe("hdomainsGetDNS"); of DnsRecords, keys id_key }

// ---------------------------------------------------------------------------------------------
// Hosts

single! {
    HostsSearch "hostsSearch", "command table, hostsSearch", "Hosts search", Safe;
    -> Answer = counted;
    {
        ids: Ids, host: Labels, domain: Labels, domain_ids: Ids, note: Labels, client: Labels,
        seller: Labels, orderby: Ref, limit: Id, total: Id, page: Id, count: Bool,
    }
}
single! {
    HostGetInfo "hostGetInfo", "command table, hostGetInfo", "Host get info", Safe;
    -> Answer = single;
    { id: Id, host: Ns }
    check either!(id, host)
}
bulk! { HostsGetInfo "hostsGetInfo", "command table, hostsGetInfo", "Hosts get info", Safe; of HostGetInfo }
single! {
    HostCreate "hostCreate", "command table, hostCreate", "Host create", Unsafe("hostsSearch");
    -> Reply<WithId> = single;
    { host: Ns = req, ips: Ips }
}
bulk! { HostsCreate "hostsCreate", "command table, hostsCreate", "Hosts create", Unsafe("hostsSearch"); of HostCreate }
single! {
    HostUpdate "hostUpdate", "command table, hostUpdate", "Host update", Idempotent;
    -> Answer = single;
    { id: Id, host: Ns, ips: Ips }
    check either!(id, host)
}
bulk! { HostsUpdate "hostsUpdate", "command table, hostsUpdate", "Hosts update", Idempotent; of HostUpdate }
single! {
    HostDelete "hostDelete", "command table, hostDelete", "Host delete", Idempotent;
    -> Answer = single;
    { id: Id, host: Ns }
    check either!(id, host)
}
bulk! { HostsDelete "hostsDelete", "command table, hostsDelete", "Hosts delete", Idempotent; of HostDelete }

// ---------------------------------------------------------------------------------------------
// Contacts

fn contact_type(value: Option<&Ref>, prefix: &[&str]) -> Result<(), Error> {
    one_of_values(
        value.map(|r| r.0.as_str()),
        &["person", "organization"],
        prefix,
        "type",
    )
}

single! {
    ContactsSearch "contactsSearch", "command table, contactsSearch", "List/Search contacts", Safe;
    -> Answer = counted;
    {
        ids: Ids, name: Labels, email: Labels, client: Labels, seller: Labels, select: Ref,
        orderby: Ref, limit: Id, total: Id, page: Id, count: Bool,
    }
}
single! {
    ContactGetInfo "contactGetInfo", "command table, contactGetInfo", "Get contact info", Safe;
    -> Answer = single;
    { id: Eid = req }
}
bulk! { ContactsGetInfo "contactsGetInfo", "command table, contactsGetInfo", "Get contacts info", Safe; of ContactGetInfo }
single! {
    ContactCreate "contactCreate", "command table, contactCreate", "Create contact", Unsafe("contactsSearch");
    -> Reply<WithId> = single;
    {
        email: Email = req, first_name: Label = req, last_name: Label, birth_date: Date,
        organization: Label, street1: Label = req, street2: Label, street3: Label,
        city: Label = req, province: Label, postal_code: Label = req, country: Ref = req,
        voice_phone: Phone = req, fax_phone: Phone, emails: Emails, r#type: Ref,
        passport_no: Label, passport_date: Date, passport_by: Label, organization_ru: Label,
        inn: Label, kpp: Label, director_name: Label, isresident: Bool,
    }
    check |s, p| contact_type(s.r#type.as_ref(), p)
}
bulk! { ContactsCreate "contactsCreate", "command table, contactsCreate", "Create contacts", Unsafe("contactsSearch"); of ContactCreate }
single! {
    ContactUpdate "contactUpdate", "command table, contactUpdate", "Update contact", Idempotent;
    -> Answer = single;
    {
        id: Id = req, pincode: Pincode, email: Email = req, first_name: Label = req,
        last_name: Label, birth_date: Date, organization: Label, street1: Label = req,
        street2: Label, street3: Label, city: Label = req, province: Label,
        postal_code: Label = req, country: Ref = req, voice_phone: Phone = req, fax_phone: Phone,
        emails: Emails, passport_no: Label, passport_date: Date, passport_by: Label,
        organization_ru: Label, inn: Label, kpp: Label, director_name: Label, isresident: Bool,
    }
}
bulk! { ContactsUpdate "contactsUpdate", "command table, contactsUpdate", "Update contacts", Idempotent; of ContactUpdate }
single! {
    ContactDelete "contactDelete", "command table, contactDelete", "Contact delete", Idempotent;
    -> Answer = single;
    { id: Id = req }
}
bulk! { ContactsDelete "contactsDelete", "command table, contactsDelete", "Contacts delete", Idempotent; of ContactDelete }

// ---------------------------------------------------------------------------------------------
// Clients and tariffs

single! {
    ClientCheck "clientCheck", "command table, clientCheck", "Check client login/password", Safe;
    -> Answer = single;
    { login: ClientLogin, password: Password }
}
single! {
    ClientCreate "clientCreate", "command table, clientCreate", "Create new client (with all the fields of contactCreate)", Unsafe("clientCheck");
    -> Answer = single;
    {
        login: ClientLogin = req, password: Password = req, seller: ClientLogin = req,
        email: Email = req, first_name: Label = req, last_name: Label, birth_date: Date,
        organization: Label, street1: Label = req, street2: Label, street3: Label,
        city: Label = req, province: Label, postal_code: Label = req, country: Ref = req,
        voice_phone: Phone = req, fax_phone: Phone, emails: Emails, r#type: Ref,
        passport_no: Label, passport_date: Date, passport_by: Label, organization_ru: Label,
        inn: Label, kpp: Label, director_name: Label, isresident: Bool,
    }
    check |s, p| contact_type(s.r#type.as_ref(), p)
}
single! {
    ClientGetBalance "clientGetBalance", "command table, clientGetBalance", "Get client balance", Safe;
    -> Reply<Balance> = single;
    { id: Id, client: ClientLogin, currency: Ref }
}
single! {
    ClientGetPrices "clientGetPrices", "command table, clientGetPrices", "Get client prices", Safe;
    -> Answer = single;
    { client: ClientLogin, id: Id, seller: ClientLogin, seller_id: Id }
}
bulk! { ClientsGetPrices "clientsGetPrices", "command table, clientsGetPrices", "Get clients prices", Safe; of ClientGetPrices }

single! {
    TariffsGetAvailable "tariffsGetAvailable", "command table, tariffsGetAvailable", "Get list of available tariffs", Safe;
    -> Answer = single;
    { seller: ClientLogin, r#type: Ref }
    check |s, p| one_of_values(s.r#type.as_ref().map(|r| r.0.as_str()), &["domain", "ovds", "svds"], p, "type")
}
single! {
    TariffGetInfo "tariffGetInfo", "command table, tariffGetInfo", "Get tariff info", Safe;
    -> Answer = single;
    { id: Id }
}
bulk! { TariffsGetInfo "tariffsGetInfo", "command table, tariffsGetInfo", "Get tariffs info", Safe; of TariffGetInfo }

// ---------------------------------------------------------------------------------------------
// Servers

/// `serverBuy`: `cluster_id` is 1 (Netherlands, Amsterdam) or 2 (USA, Ashburn); the OS image is
/// required — `osimage` in the table, `os` in example 2.9; either one satisfies the `*`.
fn server_buy(s: &ServerBuy, p: &[&str]) -> Result<(), Error> {
    if let Some(Id(c)) = s.cluster_id {
        if c != 1 && c != 2 {
            let mut k = p.to_vec();
            k.push("cluster_id");
            return Err(Error::invalid_input(
                display_key(&k),
                format!("{c} is not one of: 1 (Netherlands, Amsterdam), 2 (USA, Ashburn)"),
            ));
        }
    }
    super::args::one_of(
        p,
        &[("osimage", s.osimage.is_some()), ("os", s.os.is_some())],
    )
}

single! {
    ServersSearch "serversSearch", "command table, serversSearch", "Search servers", Safe;
    -> Answer = single;
    {
        ids: Ids, servers: Servers, note: Labels, client: ClientLogin, seller: ClientLogin,
        states: Refs, orderby: Ref, limit: Id, page: Id,
    }
}
single! {
    ServersGetList "serversGetList", "command table, serversGetList", "Get servers list", Safe;
    -> Answer = single;
    { ids: Ids, server: Server, client: ClientLogin }
}
bulk! { ServerGetList "serverGetList", "command table, serverGetList", "Get servers list (array of serversGetList; the table says \"array of serverGetList\")", Safe; of ServersGetList }
single! {
    ServerGetInfo "serverGetInfo", "command table, serverGetInfo", "Get server info", Safe;
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
bulk! { ServersGetInfo "serversGetInfo", "command table, serversGetInfo", "Get servers info", Safe; of ServerGetInfo }
single! {
    ServerBuy "serverBuy", "§2.9 serverBuy", "Buy server", Unsafe("serversSearch");
    -> Answer = single;
    {
        tariff: Label = req, os: Eid, osimage: Eid, panel: Ref, cluster_id: Id = req,
        social: Label, purpose: Label, callback_url: Url, amount: Id,
    }
    check server_buy
}
bulk! { ServersBuy "serversBuy", "command table, serversBuy", "Buy servers", Unsafe("serversSearch"); of ServerBuy }
single! {
    ServerRenew "serverRenew", "command table, serverRenew", "Renew server", Unsafe("serverGetInfo");
    -> Answer = single;
    { server: Server, id: Id, amount: Id }
    check either!(server, id)
}
bulk! { ServersRenew "serversRenew", "command table, serversRenew", "Renew servers", Unsafe("serversGetInfo"); of ServerRenew }
single! {
    ServerRefuse "serverRefuse", "command table, serverRefuse", "Refuse from server", Unsafe("serverGetInfo");
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
single! {
    ServerReboot "serverReboot", "command table, serverReboot", "Reboot server", Unsafe("serverGetInfo");
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
bulk! { ServersReboot "serversReboot", "command table, serversReboot", "Reboot servers", Unsafe("serversGetInfo"); of ServerReboot }
single! {
    ServerReset "serverReset", "command table, serverReset", "Reset server", Unsafe("serverGetInfo");
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
bulk! { ServersReset "serversReset", "command table, serversReset", "Reset servers", Unsafe("serversGetInfo"); of ServerReset }
single! {
    ServerShutdown "serverShutdown", "command table, serverShutdown", "Shutdown server", Idempotent;
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
bulk! { ServersShutdown "serversShutdown", "command table, serversShutdown", "Shutdown servers", Idempotent; of ServerShutdown }
single! {
    ServerPowerOn "serverPowerOn", "command table, serverPowerOn", "Server power on", Idempotent;
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
bulk! { ServersPowerOn "serversPowerOn", "command table, serversPowerOn", "Servers power on", Idempotent; of ServerPowerOn }
single! {
    ServerPowerOff "serverPowerOff", "command table, serverPowerOff", "Server power off", Idempotent;
    -> Answer = single;
    { id: Id, server: Label }
    check either!(id, server)
}
bulk! { ServersPowerOff "serversPowerOff", "command table, serversPowerOff", "Servers power off", Idempotent; of ServerPowerOff }
single! {
    ServerResetup "serverResetup", "command table, serverResetup", "Resetup server", Unsafe("serverGetInfo");
    -> Answer = single;
    { id: Id, server: Server, osimage: Eid = req, panel: Ref }
    check either!(id, server)
}
bulk! { ServersResetup "serversResetup", "command table, serversResetup", "Resetup servers", Unsafe("serversGetInfo"); of ServerResetup }
single! {
    ServerEnableVNC "serverEnableVNC", "command table, serverEnableVNC", "Enable VNC for server", Idempotent;
    -> Answer = single;
    { id: Id, server: Label }
    check either!(id, server)
}
bulk! { ServersEnableVNC "serversEnableVNC", "command table, serversEnableVNC", "Enable VNC for servers", Idempotent; of ServerEnableVNC }
single! {
    ServerRegenRootPassword "serverRegenRootPassword", "command table, serverRegenRootPassword", "Regenerate root password for server", Unsafe("serverGetInfo");
    -> Answer = single;
    { id: Id, server: Server }
    check either!(id, server)
}
bulk! { ServersRegenRootPassword "serversRegenRootPassword", "command table, serversRegenRootPassword", "Regenerate root password for servers", Unsafe("serversGetInfo"); of ServerRegenRootPassword }
single! {
    ServerBootLive "serverBootLive", "command table, serverBootLive", "Boot server from Live CD", Unsafe("serverGetInfo");
    -> Answer = single;
    { id: Id, server: Server, osimage: Eid }
    check |s, p| {
        one_of_values(s.osimage.as_ref().map(|r| r.0.as_str()), &["freebsdx64.live", "gentoox64.live"], p, "osimage")?;
        super::args::one_of(p, &[("id", s.id.is_some()), ("server", s.server.is_some())])
    }
}
bulk! { ServersBootLive "serversBootLive", "command table, serversBootLive", "Boot servers from Live CD", Unsafe("serversGetInfo"); of ServerBootLive }
single! {
    OsimagesSearch "osimagesSearch", "command table, osimagesSearch", "Get list of available OS images", Safe;
    -> Answer = single;
    { r#type: Ref }
    check |s, p| one_of_values(s.r#type.as_ref().map(|r| r.0.as_str()), &["svds", "ovds"], p, "type")
}

// ---------------------------------------------------------------------------------------------
// Certificates

fn dcv_method(value: Option<&Ref>, prefix: &[&str]) -> Result<(), Error> {
    one_of_values(
        value.map(|r| r.0.as_str()),
        &["dns", "http", "https", "email"],
        prefix,
        "dcv_method",
    )
}

single! {
    CertificatesSearch "certificatesSearch", "command table, certificatesSearch", "Certificates search", Safe;
    -> Answer = single;
    {
        id: Id, remoteid: Eid, parent_id: Id, is_parent: Bool, type_id: Id, product_id: Id,
        state_id: Id, object_id: Id, client_id: Id, seller_id: Id, name: Label, r#type: Ref,
        type_label: Label, state: Ref, client: ClientLogin, seller: ClientLogin, amount: Period,
        begins: Date, expires: Date, show_chain: Bool, show_new: Bool,
    }
}
single! {
    CertificateGetInfo "certificateGetInfo", "command table, certificateGetInfo", "Get certificate info from DB", Safe;
    -> Answer = single;
    { id: Id = req }
}
bulk! { CertificatesGetInfo "certificatesGetInfo", "command table, certificatesGetInfo", "Get certificates info from DB", Safe; of CertificateGetInfo }
single! {
    CertificateGetData "certificateGetData", "command table, certificateGetData", "Get certificate data", Safe;
    -> Answer = single;
    { id: Id = req }
}
bulk! { CertificatesGetData "certificatesGetData", "command table, certificatesGetData", "Get certificates data (array of certificateGetData; the table says \"array of certificatesGetData\")", Safe; of CertificateGetData }
single! {
    CertificatePurchase "certificatePurchase", "command table, certificatePurchase", "Purchase certificate", Unsafe("certificatesSearch");
    -> Reply<WithId> = single;
    {
        product: Ref, product_id: Id, amount: Period, client: ClientLogin, client_id: Id,
        object_id: Id, coupon: Coupon,
    }
}
bulk! { CertificatesPurchase "certificatesPurchase", "command table, certificatesPurchase", "Purchase certificates", Unsafe("certificatesSearch"); of CertificatePurchase }
single! {
    CertificateIssue "certificateIssue", "command table, certificateIssue", "Issue certificate", Unsafe("certificateGetInfo");
    -> Answer = single;
    {
        id: Id = req, admin_id: Id = req, tech_id: Id = req, org_id: Id, dcv_method: Ref = req,
        approver_email: Email, approver_emails: Emails, webserver_type: Ref, dns_names: Hdomains,
        csr: Text = req,
    }
}
bulk! { CertificatesIssue "certificatesIssue", "command table, certificatesIssue", "Issue certificates", Unsafe("certificatesGetInfo"); of CertificateIssue }
alias! { CertificateReissue "certificateReissue", "command table, certificateReissue", "Reissue certificate", Unsafe("certificateGetInfo"); same as CertificateIssue }
bulk! { CertificatesReissue "certificatesReissue", "command table, certificatesReissue", "Reissue certificates", Unsafe("certificatesGetInfo"); of CertificateReissue }
single! {
    CertificateCancel "certificateCancel", "command table, certificateCancel", "Cancel certificate", Idempotent;
    -> Answer = single;
    { id: Id = req, reason: Label = req }
}
bulk! { CertificatesCancel "certificatesCancel", "command table, certificatesCancel", "Cancel certificates", Idempotent; of CertificateCancel }
single! {
    CertificateRenew "certificateRenew", "command table, certificateRenew", "SSL order renew", Unsafe("certificateGetInfo");
    -> Answer = single;
    { id: Id = req, expires: Date = req }
}
bulk! { CertificatesRenew "certificatesRenew", "command table, certificatesRenew", "SSL orders renew", Unsafe("certificatesGetInfo"); of CertificateRenew }
single! {
    CertificateGenerateCSR "certificateGenerateCSR", "command table, certificateGenerateCSR", "Create CSR for certificate", Idempotent;
    -> Answer = single;
    {
        csr_commonname: Label = req, csr_organization: Label = req, csr_department: Label = req,
        csr_city: Label = req, csr_state: Label = req, csr_country: Label = req,
        csr_email: Email = req, copy_to_email: Bool, client: ClientLogin, client_id: Id,
    }
}
alias! { CertificateGenerateCsr "certificateGenerateCsr", "command table, certificateGenerateCsr", "Create CSR for certificate", Idempotent; same as CertificateGenerateCSR }
single! {
    CertificateDecodeCSR "certificateDecodeCSR", "command table, certificateDecodeCSR", "Decode CSR", Safe;
    -> Answer = single;
    { csr: Text, brand: Ref, wildcard: Bool }
}
alias! { CertificateDecodeCsr "certificateDecodeCsr", "command table, certificateDecodeCsr", "Decode CSR (the table's description says \"Create CSR for certificate\")", Safe; same as CertificateDecodeCSR }
single! {
    CertificateGetWebserverTypes "certificateGetWebserverTypes", "command table, certificateGetWebserverTypes", "Get web server types", Safe;
    -> Answer = single;
    { supplier: Ref }
}
single! {
    CertificateGetDomainEmails "certificateGetDomainEmails", "command table, certificateGetDomainEmails", "Get valid approver email addresses for specified domain", Safe;
    -> Answer = single;
    { id: Id, domain: Domain, csr: Text }
}
single! {
    CertificateSendNotifications "certificateSendNotifications", "command table, certificateSendNotifications", "Send notification", Idempotent;
    -> Answer = single;
    { id: Id = req }
}
bulk! { CertificatesSendNotifications "certificatesSendNotifications", "command table, certificatesSendNotifications", "Send notifications", Idempotent; of CertificateSendNotifications }
single! {
    CertificateRevalidate "certificateRevalidate", "command table, certificateRevalidate", "Validate certificate", Idempotent;
    -> Answer = single;
    { id: Id = req }
}
bulk! { CertificatesRevalidate "certificatesRevalidate", "command table, certificatesRevalidate", "Validate certificates", Idempotent; of CertificateRevalidate }
single! {
    CertificateChangeValidation "certificateChangeValidation", "command table, certificateChangeValidation", "Change certificate validation", Idempotent;
    -> Answer = single;
    { id: Id = req, dcv_method: Ref = req, approver_email: Email, approver_emails: Emails }
    check |s, p| dcv_method(s.dcv_method.as_ref(), p)
}
