//! The unified registrar interface over all five providers (issue 7): common types
//! ([`types`]), the capability matrix ([`mod@capability`]), and every common operation as a sans-IO
//! flow ([`RegistrarFlow`]) built by a [`Registrar`] from a provider config.
//!
//! Each (provider, operation) cell maps onto the provider's catalog operations
//! ([`crate::catalog`]), so each request sent is exactly what the generic path would send. A cell
//! marked unsupported fails with [`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported) before
//! anything is built or sent.
//!
//! ```
//! use registrar_kit::registrar::{Registrar, RegistrarStep, Availability};
//! use registrar_kit::HttpResponse;
//! use serde_json::json;
//!
//! let registrar = Registrar::new("domaincontext", &json!({
//!     "auth_login": "demo", "auth_password": "demo", "endpoint": "demo"}))?;
//! let mut flow = registrar.check(&["example.com", "example.net"])?;
//! let RegistrarStep::Send(request) = flow.next() else { unreachable!() };
//! assert_eq!(request.url, "https://demo-api.domaincontext.com/domainsCheck");
//! // send it with your HTTP client, then:
//! flow.feed(&HttpResponse::new(200, r#"{"example.com":0,"example.net":1}"#));
//! let RegistrarStep::Done(results) = flow.next() else { unreachable!() };
//! let results = results?;
//! assert_eq!(results[1].availability, Availability::Available);
//! # Ok::<(), registrar_kit::Error>(())
//! ```
//!
//! # Renew for N years, per provider
//!
//! - **Alldomains**: `renew_domain` renews for the domain's *current period*; the flow reads it
//!   with `get_domain`, sets it to N with `update_period` when it differs, then `renew_domain`.
//! - **LogicBoxes**: `domains/orderid` → `domains/details` (current `endtime`, epoch seconds) →
//!   `domains/renew` with `years` = N, `exp-date` = that `endtime`, `invoice-option=NoInvoice`.
//! - **REG.API**: `service/renew` with `servtype=domain` and `period` = N.
//! - **DomainContext**: `domainGetInfo` (current `expires`) → `domainRenew` with `period` = N and
//!   `expires` = the current expiry (the registry's guard against double renewal).
//! - **Name.com**: one `order` with a `domain/renew` item of `period` = N; the item's own
//!   success or failure is the result.
//!
//! Renew and register are not safe to repeat: after a transport failure the error names the
//! read-only common operation (`info`) that confirms the outcome
//! ([`RegistrarFlow::transport_failed`]); `dns_add` names `dns_list`, `transfer` names
//! `transfer_status` (on Alldomains, which has none, check `info` once the transfer should be
//! done), `child_ns_create` names `info`.
//!
//! # How the other flows map, per provider
//!
//! The capability matrix ([`matrix_markdown`]) lists the vendor calls of every cell; the
//! mapping modules' docs give the details. In short:
//!
//! - **Alldomains** ([`alldomains`]): everything on an existing domain starts with `get_domain`
//!   for the `domain_id`. Register is one `register_domain` with the four contact blocks
//!   (a contact with an `id` goes as a saved template, a missing role as `use_customer`) and
//!   exactly two name servers; transfer is `transfer_domain`; create_contact is
//!   `create_contact_template`. No DNS, child name server, set_contacts, list or transfer status
//!   calls exist.
//! - **LogicBoxes** ([`logicboxes`]): calls on a domain start with `domains/orderid`. Register
//!   and transfer take `customer-id` and the four contact ids as provider extras (or the
//!   contacts' `id`s); transfer status reads `details-by-name`. DNS: `search-records` once per
//!   type for the list, the typed `add-*`/`delete-*-record` by type. Child name servers:
//!   `add-cns`, `modify-cns-ip` per changed address (`add-cns`/`delete-cns-ip` for the rest),
//!   `delete-cns-ip`. Contacts: `contacts/add` (`customer-id` in the contact's extra),
//!   `modify-contact` with the four ids.
//! - **REG.API** ([`regru`]): single calls. Register `domain/create` and transfer
//!   `domain/transfer` with the `contacts` hash (`o_`/`a_`/`t_`/`b_` fields, or the Russian
//!   registrant fields for `.ru`/`.su`/`.рф`) and the `nss` hash; transfer status
//!   `domain/get_transfer_status`; DNS `zone/get_resource_records`, `zone/add_*` by type,
//!   `zone/remove_record`; child name servers `domain/register_ns`/`domain/delete_ns` (an
//!   address change adds the new addresses, then removes the old); set_contacts
//!   `domain/update_contacts`. No contact handles.
//! - **DomainContext** ([`domaincontext`]): register is `domainRegister` with contact ids, then
//!   `domainSetNSs` when name servers are given; transfer `domainTransfer`, its status
//!   `domainGetInfo`'s `state`; DNS `domainGetDNS`, `domainSetDNS` with `status=new`, and for a
//!   delete `domainGetDNS` → `domainSetDNS` with `status=deleted` under the record's id; child
//!   name servers `hostCreate`/`hostUpdate`/`hostDelete`; contacts `contactCreate` and
//!   `domainSetContacts` (ids); list `domainsSearch` (`limit`, `page`).
//! - **Name.com** ([`namecom`]): register is an `order` with one `domain/create` item (the
//!   item's own result decides); DNS `dns/list`, `dns/create`, and `dns/list` → `dns/delete` to
//!   find the record id (skipped when the id is given); child name servers `host/create` (then
//!   `host/add_ip` per further address), `host/add_ip`/`host/remove_ip` per changed address,
//!   `host/delete`; set_contacts `domain/update_contacts`. No transfer, transfer status or
//!   contact handles.

pub mod alldomains;
pub mod capability;
pub mod domaincontext;
pub mod flows;
pub mod logicboxes;
pub mod namecom;
pub mod regru;
pub mod types;

pub use capability::{Capability, CommonOp, capability, matrix_json, matrix_markdown};
pub use flows::{RegistrarFlow, RegistrarStep};
pub use types::*;

use crate::catalog;
use crate::domain::DomainName;
use crate::error::Error;
use flows::Plan;
use serde_json::Value;

/// The unified interface for one configured provider. Every method checks the capability
/// matrix first (unsupported → error, nothing sent), validates its input, and returns a
/// [`RegistrarFlow`] to run with the host's transport.
#[derive(Clone, Debug)]
pub struct Registrar {
    client: catalog::Client,
}

#[derive(Clone, Copy)]
enum P {
    Alldomains,
    Logicboxes,
    Regru,
    Domaincontext,
    Namecom,
}

fn unmapped(provider: &str, op: CommonOp) -> Error {
    Error::unsupported(format!("{provider} cannot do {op}"))
}

fn name(input: &str) -> Result<DomainName, Error> {
    DomainName::parse_field(input, "domain")
}

impl Registrar {
    /// A registrar for `provider` from its JSON-shaped configuration (DESIGN.md, "Client
    /// config").
    pub fn new(provider: &str, config: &Value) -> Result<Self, Error> {
        Ok(Registrar {
            client: catalog::Client::new(provider, config)?,
        })
    }

    /// A registrar over an existing catalog client.
    pub fn from_client(client: catalog::Client) -> Self {
        Registrar { client }
    }

    /// The provider id.
    pub fn provider(&self) -> &'static str {
        self.client.provider()
    }

    /// The catalog client underneath (the generic path).
    pub fn client(&self) -> &catalog::Client {
        &self.client
    }

    /// How this provider does `op`.
    pub fn capability(&self, op: CommonOp) -> Capability {
        capability(self.provider(), op)
    }

    fn p(&self) -> P {
        match self.provider() {
            "alldomains" => P::Alldomains,
            "logicboxes" => P::Logicboxes,
            "regru" => P::Regru,
            "domaincontext" => P::Domaincontext,
            _ => P::Namecom,
        }
    }

    /// Checks the matrix, builds the plan and starts the flow (its first request is built now,
    /// so bad input fails here).
    fn run<T: Clone>(
        &self,
        op: CommonOp,
        build: impl FnOnce(P) -> Option<Result<Plan<T>, Error>>,
    ) -> Result<RegistrarFlow<T>, Error> {
        if let Capability::Unsupported { reason } = self.capability(op) {
            return Err(Error::unsupported(format!(
                "{}: {op} is not supported: {reason}",
                self.provider()
            )));
        }
        let plan = build(self.p()).ok_or_else(|| unmapped(self.provider(), op))??;
        RegistrarFlow::new(self.client.clone(), op, plan).start()
    }

    /// Availability of every name in `names`: one result per name, in the order given (a name
    /// the provider refused carries its own `error`).
    pub fn check(&self, names: &[&str]) -> Result<RegistrarFlow<Vec<CheckResult>>, Error> {
        if names.is_empty() {
            return Err(Error::invalid_input("domains", "no names to check"));
        }
        let names: Vec<DomainName> = names
            .iter()
            .enumerate()
            .map(|(i, n)| DomainName::parse_field(n, &format!("domains[{i}]")))
            .collect::<Result<_, _>>()?;
        self.run(CommonOp::Check, |p| {
            Some(Ok(match p {
                P::Alldomains => alldomains::check(names),
                P::Logicboxes => logicboxes::check(names),
                P::Regru => regru::check(names),
                P::Domaincontext => domaincontext::check(names),
                P::Namecom => namecom::check(names),
            }))
        })
    }

    /// Everything the provider says about `domain`.
    pub fn info(&self, domain: &str) -> Result<RegistrarFlow<DomainInfo>, Error> {
        let d = name(domain)?;
        self.run(CommonOp::Info, |p| {
            Some(Ok(match p {
                P::Alldomains => alldomains::info(d),
                P::Logicboxes => logicboxes::info(d),
                P::Regru => regru::info(d),
                P::Domaincontext => domaincontext::info(d),
                P::Namecom => namecom::info(d),
            }))
        })
    }

    /// The delegated name servers of `domain`.
    pub fn get_nameservers(&self, domain: &str) -> Result<RegistrarFlow<Vec<NameServer>>, Error> {
        let d = name(domain)?;
        self.run(CommonOp::GetNameservers, |p| {
            Some(Ok(match p {
                P::Alldomains => alldomains::get_nameservers(d),
                P::Logicboxes => logicboxes::get_nameservers(d),
                P::Regru => regru::get_nameservers(d),
                P::Domaincontext => domaincontext::get_nameservers(d),
                P::Namecom => namecom::get_nameservers(d),
            }))
        })
    }

    /// Replaces the name servers of `domain`. Glue IPs are sent where the provider takes them
    /// with the delegation (Alldomains, REG.API); elsewhere a server with `ips` is refused
    /// (use the child name server operations).
    pub fn set_nameservers(
        &self,
        domain: &str,
        servers: &[NameServer],
    ) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        for (i, ns) in servers.iter().enumerate() {
            DomainName::parse_field(&ns.host, &format!("name_servers[{i}].host"))?;
        }
        self.run(CommonOp::SetNameservers, |p| {
            Some(match p {
                P::Alldomains => alldomains::set_nameservers(d, servers),
                P::Logicboxes => logicboxes::set_nameservers(d, servers),
                P::Regru => regru::set_nameservers(d, servers),
                P::Domaincontext => domaincontext::set_nameservers(d, servers),
                P::Namecom => namecom::set_nameservers(d, servers),
            })
        })
    }

    /// Turns the registrar (transfer) lock on or off.
    pub fn set_lock(&self, domain: &str, locked: bool) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        let op = if locked {
            CommonOp::Lock
        } else {
            CommonOp::Unlock
        };
        self.run(op, |p| match p {
            P::Alldomains => Some(Ok(alldomains::simple(
                d,
                if locked {
                    "servicedomain/lock"
                } else {
                    "servicedomain/unlock"
                },
            ))),
            P::Logicboxes => Some(Ok(logicboxes::by_order_id(
                d,
                if locked {
                    "domains/enable-theft-protection"
                } else {
                    "domains/disable-theft-protection"
                },
                serde_json::json!({}),
            ))),
            P::Domaincontext => Some(Ok(domaincontext::simple(
                d,
                if locked {
                    "domainEnableLock"
                } else {
                    "domainDisableLock"
                },
            ))),
            P::Namecom => Some(Ok(namecom::simple(
                d,
                if locked {
                    "domain/lock"
                } else {
                    "domain/unlock"
                },
            ))),
            P::Regru => None,
        })
    }

    /// Renews `domain` for `years` years (see the module docs for how each provider maps it).
    /// Not safe to repeat: after a transport failure, confirm with [`Registrar::info`].
    pub fn renew(&self, domain: &str, years: u32) -> Result<RegistrarFlow<OrderResult>, Error> {
        let d = name(domain)?;
        if !(1..=10).contains(&years) {
            return Err(Error::invalid_input("years", "must be 1 to 10"));
        }
        self.run(CommonOp::Renew, |p| {
            Some(Ok(match p {
                P::Alldomains => alldomains::renew(d, years),
                P::Logicboxes => logicboxes::renew(d, years),
                P::Regru => regru::renew(d, years),
                P::Domaincontext => domaincontext::renew(d, years),
                P::Namecom => namecom::renew(d, years),
            }))
        })
    }

    /// The account balance.
    pub fn balance(&self) -> Result<RegistrarFlow<Balance>, Error> {
        self.run(CommonOp::Balance, |p| match p {
            P::Alldomains => Some(Ok(alldomains::balance())),
            P::Regru => Some(Ok(regru::balance())),
            P::Domaincontext => Some(Ok(domaincontext::balance())),
            P::Namecom => Some(Ok(namecom::balance())),
            P::Logicboxes => None,
        })
    }

    /// Turns WHOIS privacy on or off.
    pub fn set_privacy(&self, domain: &str, on: bool) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        let op = if on {
            CommonOp::PrivacyOn
        } else {
            CommonOp::PrivacyOff
        };
        self.run(op, |p| match p {
            P::Alldomains => Some(Ok(alldomains::simple(
                d,
                if on {
                    "servicedomain/hide_whois"
                } else {
                    "servicedomain/show_whois"
                },
            ))),
            P::Logicboxes => Some(Ok(logicboxes::by_order_id(
                d,
                "domains/modify-privacy-protection",
                serde_json::json!({
                    "protect-privacy": on,
                    "reason": if on { "privacy on (registrar-kit)" } else { "privacy off (registrar-kit)" },
                }),
            ))),
            P::Regru => Some(Ok(regru::privacy(d, on))),
            P::Domaincontext => Some(Ok(domaincontext::simple(
                d,
                if on {
                    "domainEnableWhoisProtect"
                } else {
                    "domainDisableWhoisProtect"
                },
            ))),
            P::Namecom => None,
        })
    }

    /// The transfer (auth/EPP) code of `domain`. DomainContext needs the account's `pincode`
    /// (pass it in `pincode`; ignored elsewhere).
    pub fn auth_code(
        &self,
        domain: &str,
        pincode: Option<&str>,
    ) -> Result<RegistrarFlow<AuthCode>, Error> {
        let d = name(domain)?;
        let pincode = pincode.map(str::to_owned);
        self.run(CommonOp::AuthCode, |p| match p {
            P::Alldomains => Some(Ok(alldomains::auth_code(d))),
            P::Logicboxes => Some(Ok(logicboxes::auth_code(d))),
            P::Domaincontext => Some(Ok(domaincontext::auth_code(d, pincode))),
            P::Regru | P::Namecom => None,
        })
    }

    /// One page (1-based) of the account's domains, `per_page` at a time where the provider
    /// pages (LogicBoxes: 10 to 500).
    pub fn list_domains(
        &self,
        page: u32,
        per_page: u32,
    ) -> Result<RegistrarFlow<DomainPage>, Error> {
        if page == 0 {
            return Err(Error::invalid_input("page", "pages start at 1"));
        }
        self.run(CommonOp::ListDomains, |p| match p {
            P::Logicboxes => Some(Ok(logicboxes::list_domains(page, per_page))),
            P::Regru => Some(Ok(regru::list_domains(page))),
            P::Namecom => Some(Ok(namecom::list_domains(page))),
            P::Domaincontext => Some(Ok(domaincontext::list_domains(page, per_page))),
            P::Alldomains => None,
        })
    }

    /// The DNS records of `domain`'s zone at the provider (hosts relative to the zone).
    pub fn dns_list(&self, domain: &str) -> Result<RegistrarFlow<Vec<DnsRecord>>, Error> {
        let d = name(domain)?;
        self.run(CommonOp::DnsList, |p| match p {
            P::Logicboxes => Some(Ok(logicboxes::dns_list(d))),
            P::Regru => Some(Ok(regru::dns_list(d))),
            P::Domaincontext => Some(Ok(domaincontext::dns_list(d))),
            P::Namecom => Some(Ok(namecom::dns_list(d))),
            P::Alldomains => None,
        })
    }

    /// Adds one DNS record (`host` relative to the zone, `@` for the apex; an SRV value is
    /// `weight port target`). Not safe to repeat: after a transport failure, confirm with
    /// [`Registrar::dns_list`].
    pub fn dns_add(
        &self,
        domain: &str,
        record: &DnsRecord,
    ) -> Result<RegistrarFlow<Created>, Error> {
        let d = name(domain)?;
        check_record(record)?;
        self.run(CommonOp::DnsAdd, |p| match p {
            P::Logicboxes => Some(logicboxes::dns_add(d, record)),
            P::Regru => Some(regru::dns_add(d, record)),
            P::Domaincontext => Some(domaincontext::dns_add(d, record)),
            P::Namecom => Some(namecom::dns_add(d, record)),
            P::Alldomains => None,
        })
    }

    /// Deletes the DNS record with the same type, host and value (or, where the provider keys
    /// records by id and `record.id` is set, that record). Where the provider needs the
    /// record's id, the flow reads the zone first; a record not found there is
    /// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound).
    pub fn dns_delete(
        &self,
        domain: &str,
        record: &DnsRecord,
    ) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        check_record(record)?;
        self.run(CommonOp::DnsDelete, |p| match p {
            P::Logicboxes => Some(logicboxes::dns_delete(d, record)),
            P::Regru => Some(regru::dns_delete(d, record)),
            P::Domaincontext => Some(Ok(domaincontext::dns_delete(d, record.clone()))),
            P::Namecom => Some(Ok(namecom::dns_delete(d, record.clone()))),
            P::Alldomains => None,
        })
    }

    /// Registers a name (see [`RegisterRequest`] for the provider extras). Moves money and is
    /// not safe to repeat: after a transport failure, confirm with [`Registrar::info`].
    pub fn register(&self, request: &RegisterRequest) -> Result<RegistrarFlow<OrderResult>, Error> {
        let d = name(&request.domain)?;
        if !(1..=10).contains(&request.years) {
            return Err(Error::invalid_input("years", "must be 1 to 10"));
        }
        check_servers(&request.name_servers)?;
        self.run(CommonOp::Register, |p| {
            Some(match p {
                P::Alldomains => alldomains::register(d, request),
                P::Logicboxes => logicboxes::register(d, request),
                P::Regru => regru::register(d, request),
                P::Domaincontext => domaincontext::register(d, request),
                P::Namecom => namecom::register(d, request),
            })
        })
    }

    /// Starts an incoming transfer. Moves money and is not safe to repeat: after a transport
    /// failure, confirm with [`Registrar::transfer_status`] where the provider has it (else
    /// [`Registrar::info`]).
    pub fn transfer(&self, request: &TransferRequest) -> Result<RegistrarFlow<OrderResult>, Error> {
        let d = name(&request.domain)?;
        if request.auth_code.is_empty() {
            return Err(Error::invalid_input("auth_code", "required"));
        }
        if let Some(y) = request.years {
            if !(1..=10).contains(&y) {
                return Err(Error::invalid_input("years", "must be 1 to 10"));
            }
        }
        check_servers(&request.name_servers)?;
        self.run(CommonOp::Transfer, |p| match p {
            P::Alldomains => Some(Ok(alldomains::transfer(d, request))),
            P::Logicboxes => Some(logicboxes::transfer(d, request)),
            P::Regru => Some(Ok(regru::transfer(d, request))),
            P::Domaincontext => Some(Ok(domaincontext::transfer(d, request))),
            P::Namecom => None,
        })
    }

    /// Where an incoming transfer of `domain` stands.
    pub fn transfer_status(&self, domain: &str) -> Result<RegistrarFlow<TransferStatus>, Error> {
        let d = name(domain)?;
        self.run(CommonOp::TransferStatus, |p| match p {
            P::Logicboxes => Some(Ok(logicboxes::transfer_status(d))),
            P::Regru => Some(Ok(regru::transfer_status(d))),
            P::Domaincontext => Some(Ok(domaincontext::transfer_status(d))),
            P::Alldomains | P::Namecom => None,
        })
    }

    /// Creates a child name server `server.host` (under `domain`) with its glue `server.ips`.
    /// Not safe to repeat: after a transport failure, confirm with [`Registrar::info`].
    pub fn child_ns_create(
        &self,
        domain: &str,
        server: &NameServer,
    ) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        check_child(&d, server)?;
        if server.ips.is_empty() {
            return Err(Error::invalid_input(
                "ips",
                "a child name server needs at least one address",
            ));
        }
        self.run(CommonOp::ChildNsCreate, |p| match p {
            P::Logicboxes => Some(Ok(logicboxes::child_ns_create(d, server))),
            P::Regru => Some(Ok(regru::child_ns(d, "domain/register_ns", server))),
            P::Domaincontext => Some(Ok(domaincontext::child_ns_create(server))),
            P::Namecom => Some(Ok(namecom::child_ns_create(d, server))),
            P::Alldomains => None,
        })
    }

    /// Changes the addresses of child name server `host` from `old_ips` (what it has now, as
    /// [`Registrar::info`] or the provider shows it) to `ips`.
    pub fn child_ns_update(
        &self,
        domain: &str,
        host: &str,
        old_ips: &[String],
        ips: &[String],
    ) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        let server = NameServer {
            host: host.to_owned(),
            ips: ips.to_vec(),
        };
        check_child(&d, &server)?;
        if ips.is_empty() {
            return Err(Error::invalid_input(
                "ips",
                "at least one address (delete the server instead)",
            ));
        }
        let old = old_ips.to_vec();
        self.run(CommonOp::ChildNsUpdate, |p| match p {
            P::Logicboxes => Some(Ok(logicboxes::child_ns_update(d, server.clone(), old))),
            P::Regru => Some(Ok(regru::child_ns_update(d, server.clone(), old))),
            P::Domaincontext => Some(Ok(domaincontext::child_ns_update(&server))),
            P::Namecom => Some(Ok(namecom::child_ns_update(d, server.clone(), old))),
            P::Alldomains => None,
        })
    }

    /// Deletes child name server `server.host`. LogicBoxes and REG.API delete it by removing
    /// its addresses, so `server.ips` must list them there.
    pub fn child_ns_delete(
        &self,
        domain: &str,
        server: &NameServer,
    ) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        check_child(&d, server)?;
        self.run(CommonOp::ChildNsDelete, |p| match p {
            P::Logicboxes => Some(logicboxes::child_ns_delete(d, server)),
            P::Regru => Some(if server.ips.is_empty() {
                Err(Error::invalid_input(
                    "ips",
                    "REG.API deletes a child name server by its addresses: list them",
                ))
            } else {
                Ok(regru::child_ns(d, "domain/delete_ns", server))
            }),
            P::Domaincontext => Some(Ok(domaincontext::child_ns_delete(server))),
            P::Namecom => Some(Ok(namecom::child_ns_delete(d, server))),
            P::Alldomains => None,
        })
    }

    /// Creates a contact (template, handle) and returns its id. `contact.extra` carries the
    /// provider's own fields (Alldomains `client_type`, passport and tax data; LogicBoxes
    /// `customer-id` (required) and `type`; DomainContext `type`, passport fields). Not safe to
    /// repeat; no read-only operation of the common set confirms it (search the provider's
    /// contacts through the catalog).
    pub fn create_contact(&self, contact: &Contact) -> Result<RegistrarFlow<Created>, Error> {
        self.run(CommonOp::CreateContact, |p| match p {
            P::Alldomains => Some(Ok(alldomains::create_contact(contact))),
            P::Logicboxes => Some(logicboxes::create_contact(contact)),
            P::Domaincontext => Some(Ok(domaincontext::create_contact(contact))),
            P::Regru | P::Namecom => None,
        })
    }

    /// Sets `domain`'s contacts. LogicBoxes and DomainContext take contact ids: every role's
    /// contact needs its `id`; REG.API and Name.com take the contact data itself.
    pub fn set_contacts(
        &self,
        domain: &str,
        contacts: &[DomainContact],
    ) -> Result<RegistrarFlow<Outcome>, Error> {
        let d = name(domain)?;
        if contacts.is_empty() {
            return Err(Error::invalid_input("contacts", "at least one contact"));
        }
        self.run(CommonOp::SetContacts, |p| match p {
            P::Logicboxes => Some(logicboxes::set_contacts(d, contacts)),
            P::Regru => Some(Ok(regru::set_contacts(d, contacts))),
            P::Domaincontext => Some(domaincontext::set_contacts(d, contacts)),
            P::Namecom => Some(Ok(namecom::set_contacts(d, contacts))),
            P::Alldomains => None,
        })
    }
}

fn check_record(r: &DnsRecord) -> Result<(), Error> {
    types::record_type(r)?;
    if r.value.trim().is_empty() {
        return Err(Error::invalid_input("record.value", "required"));
    }
    Ok(())
}

fn check_servers(servers: &[NameServer]) -> Result<(), Error> {
    for (i, ns) in servers.iter().enumerate() {
        DomainName::parse_field(&ns.host, &format!("name_servers[{i}].host"))?;
    }
    Ok(())
}

/// A child name server's host must be a name under the domain, and its addresses IPs.
fn check_child(domain: &DomainName, server: &NameServer) -> Result<(), Error> {
    let host = DomainName::parse_field(&server.host, "host")?;
    let suffix = format!(".{}", domain.as_ascii());
    if !host.as_ascii().ends_with(&suffix) {
        return Err(Error::invalid_input(
            "host",
            format!("a child name server lives under {}", domain.as_ascii()),
        ));
    }
    for (i, ip) in server.ips.iter().enumerate() {
        if ip.trim().parse::<std::net::IpAddr>().is_err() {
            return Err(Error::invalid_input(
                format!("ips[{i}]"),
                format!("{ip:?} is not an IPv4 or IPv6 address"),
            ));
        }
    }
    Ok(())
}

impl Registrar {
    /// Starts common operation `operation` (its snake_case name, see [`CommonOp::as_str`]) with
    /// JSON-shaped parameters, for bindings: `check {domains: [..]}`; `info`, `get_nameservers`,
    /// `lock`, `unlock`, `privacy_on`, `privacy_off` `{domain}`; `set_nameservers {domain,
    /// name_servers: [{host, ips?}]}`; `renew {domain, years}`; `balance {}`; `auth_code {domain,
    /// pincode?}`; `list_domains {page?, per_page?}`; `dns_list {domain}`; `dns_add`,
    /// `dns_delete {domain, record: {type, host, value, ttl?, priority?, id?}}`; `register
    /// {domain, years, name_servers?, contacts?, extra?}` ([`RegisterRequest`]); `transfer
    /// {domain, auth_code, years?, name_servers?, contacts?, extra?}` ([`TransferRequest`]);
    /// `transfer_status {domain}`; `child_ns_create`, `child_ns_delete {domain, host, ips?}`;
    /// `child_ns_update {domain, host, old_ips, ips}`; `create_contact {contact}`;
    /// `set_contacts {domain, contacts: [{roles, contact}]}`. The result is JSON-shaped too. An
    /// unknown or unsupported operation fails before anything is built.
    pub fn start(&self, operation: &str, params: &Value) -> Result<RegistrarFlow<Value>, Error> {
        let op = CommonOp::from_name(operation).ok_or_else(|| {
            Error::invalid_input(
                "operation",
                format!(
                    "unknown common operation {operation:?}; known: {}",
                    CommonOp::ALL
                        .iter()
                        .map(|o| o.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?;
        if let Capability::Unsupported { reason } = self.capability(op) {
            return Err(Error::unsupported(format!(
                "{}: {op} is not supported: {reason}",
                self.provider()
            )));
        }
        let s = |key: &str| -> Result<&str, Error> {
            params
                .get(key)
                .and_then(Value::as_str)
                .ok_or_else(|| Error::invalid_input(key, "required text"))
        };
        let n = |key: &str, default: Option<u64>| -> Result<u32, Error> {
            match params.get(key) {
                None | Some(Value::Null) => default,
                Some(v) => v.as_u64(),
            }
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| Error::invalid_input(key, "required whole number"))
        };
        Ok(match op {
            CommonOp::Check => {
                let names: Vec<&str> = params
                    .get("domains")
                    .and_then(Value::as_array)
                    .ok_or_else(|| Error::invalid_input("domains", "required list of names"))?
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.as_str()
                            .ok_or_else(|| Error::invalid_input(format!("domains[{i}]"), "text"))
                    })
                    .collect::<Result<_, _>>()?;
                self.check(&names)?.into_json()
            }
            CommonOp::Info => self.info(s("domain")?)?.into_json(),
            CommonOp::GetNameservers => self.get_nameservers(s("domain")?)?.into_json(),
            CommonOp::SetNameservers => {
                let servers: Vec<NameServer> = serde_json::from_value(
                    params.get("name_servers").cloned().unwrap_or(Value::Null),
                )
                .map_err(|e| Error::invalid_input("name_servers", e))?;
                self.set_nameservers(s("domain")?, &servers)?.into_json()
            }
            CommonOp::Lock => self.set_lock(s("domain")?, true)?.into_json(),
            CommonOp::Unlock => self.set_lock(s("domain")?, false)?.into_json(),
            CommonOp::PrivacyOn => self.set_privacy(s("domain")?, true)?.into_json(),
            CommonOp::PrivacyOff => self.set_privacy(s("domain")?, false)?.into_json(),
            CommonOp::Renew => self.renew(s("domain")?, n("years", None)?)?.into_json(),
            CommonOp::Balance => self.balance()?.into_json(),
            CommonOp::AuthCode => self
                .auth_code(s("domain")?, params.get("pincode").and_then(Value::as_str))?
                .into_json(),
            CommonOp::ListDomains => self
                .list_domains(n("page", Some(1))?, n("per_page", Some(100))?)?
                .into_json(),
            CommonOp::DnsList => self.dns_list(s("domain")?)?.into_json(),
            CommonOp::DnsAdd => self
                .dns_add(s("domain")?, &field(params, "record")?)?
                .into_json(),
            CommonOp::DnsDelete => self
                .dns_delete(s("domain")?, &field(params, "record")?)?
                .into_json(),
            CommonOp::Register => {
                let r: RegisterRequest = serde_json::from_value(params.clone())
                    .map_err(|e| Error::invalid_input("params", e))?;
                self.register(&r)?.into_json()
            }
            CommonOp::Transfer => {
                let r: TransferRequest = serde_json::from_value(params.clone())
                    .map_err(|e| Error::invalid_input("params", e))?;
                self.transfer(&r)?.into_json()
            }
            CommonOp::TransferStatus => self.transfer_status(s("domain")?)?.into_json(),
            CommonOp::ChildNsCreate => self
                .child_ns_create(s("domain")?, &child(params)?)?
                .into_json(),
            CommonOp::ChildNsUpdate => {
                let old: Vec<String> = field(params, "old_ips")?;
                let ips: Vec<String> = field(params, "ips")?;
                self.child_ns_update(s("domain")?, s("host")?, &old, &ips)?
                    .into_json()
            }
            CommonOp::ChildNsDelete => self
                .child_ns_delete(s("domain")?, &child(params)?)?
                .into_json(),
            CommonOp::CreateContact => self.create_contact(&field(params, "contact")?)?.into_json(),
            CommonOp::SetContacts => {
                let contacts: Vec<DomainContact> = field(params, "contacts")?;
                self.set_contacts(s("domain")?, &contacts)?.into_json()
            }
            CommonOp::RegenerateAuthCode => return Err(unmapped(self.provider(), op)),
        })
    }
}

/// Member `key` of `params`, deserialized (absent reads as null, which most types refuse).
fn field<T: serde::de::DeserializeOwned>(params: &Value, key: &str) -> Result<T, Error> {
    serde_json::from_value(params.get(key).cloned().unwrap_or(Value::Null))
        .map_err(|e| Error::invalid_input(key, e))
}

/// `{host, ips?}` of a child name server.
fn child(params: &Value) -> Result<NameServer, Error> {
    Ok(NameServer {
        host: field(params, "host")?,
        ips: match params.get("ips") {
            None | Some(Value::Null) => Vec::new(),
            Some(_) => field(params, "ips")?,
        },
    })
}

/// The outputs of every call so far, in order (for `raw`).
pub(crate) fn all_raw(outs: &flows::Outputs) -> Result<Vec<Value>, Error> {
    (0..outs.len())
        .map(|i| flows::output(outs, i).cloned())
        .collect()
}
