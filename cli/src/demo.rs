//! `registrar sandbox` (serve the local stand-in of the registrar APIs) and `registrar demo` (run
//! the domain lifecycle against it through the unified facade, over real HTTP on loopback).

use crate::input::{CliError, EXIT_ERROR, EXIT_OK};
use crate::send;
use registrar_kit::catalog::PROVIDERS;
use registrar_kit::registrar::{
    Availability, Capability, CommonOp, Contact, ContactRole, DnsRecord, DomainContact, NameServer,
    RegisterRequest, Registrar, RegistrarFlow, RegistrarStep,
};
use registrar_kit::{Error, ErrorKind, HttpRequest, HttpResponse};
use registrar_sandbox::{Sandbox, seed};
use serde_json::json;
use std::fmt::Write as _;
use std::io::Write as _;
use std::net::SocketAddr;
use std::time::Duration;

/// The port `registrar sandbox` listens on without `--port`.
pub const DEFAULT_PORT: u16 = 8080;
/// The timeout of each demo request (the sandbox is on loopback and answers at once).
const DEMO_TIMEOUT: Duration = Duration::from_secs(15);
/// Bodies longer than this are shortened in the transcript.
const BODY_SHOWN: usize = 300;

/// `registrar sandbox [--port N]`: serves the seeded sandbox on 127.0.0.1 until interrupted.
pub fn sandbox(port: u16) -> Result<(), CliError> {
    let sb = Sandbox::start(SocketAddr::from(([127, 0, 0, 1], port))).map_err(|e| {
        CliError::usage(format!(
            "the sandbox cannot listen on 127.0.0.1:{port}: {e}"
        ))
    })?;
    let mut text = sb.banner();
    let not_served: Vec<&str> = PROVIDERS
        .iter()
        .copied()
        .filter(|p| !served().contains(p))
        .collect();
    if !not_served.is_empty() {
        let _ = writeln!(
            text,
            "Not served by this sandbox yet: {}.",
            not_served.join(", ")
        );
    }
    let _ = writeln!(
        text,
        "\nPoint a client here with a config above, e.g. registrar call alldomains \
         servicedomain/check --config '<its config>' --params '{{\"sld\":\"mine\",\"tld\":\".uz\"}}'\n\
         Serving until interrupted (Ctrl-C)."
    );
    out(&text);
    sb.join();
    Ok(())
}

/// The providers the sandbox serves ([`Sandbox::providers`], in the catalog's order). This is
/// the only place the CLI decides it, so a provider the sandbox starts serving joins the demo
/// and the `sandbox` banner by itself.
fn served() -> Vec<&'static str> {
    PROVIDERS
        .iter()
        .copied()
        .filter(|p| Sandbox::providers().contains(p))
        .collect()
}

fn out(text: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(text.as_bytes());
    let _ = o.flush();
}

/// The lifecycle steps, in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Check,
    Register,
    SetNameservers,
    Lock,
    Info,
    Renew,
    DnsAdd,
}

const STEPS: [Step; 7] = [
    Step::Check,
    Step::Register,
    Step::SetNameservers,
    Step::Lock,
    Step::Info,
    Step::Renew,
    Step::DnsAdd,
];

impl Step {
    fn op(self) -> CommonOp {
        match self {
            Step::Check => CommonOp::Check,
            Step::Register => CommonOp::Register,
            Step::SetNameservers => CommonOp::SetNameservers,
            Step::Lock => CommonOp::Lock,
            Step::Info => CommonOp::Info,
            Step::Renew => CommonOp::Renew,
            Step::DnsAdd => CommonOp::DnsAdd,
        }
    }

    /// The column heading of the summary table.
    fn label(self) -> &'static str {
        match self {
            Step::Check => "check",
            Step::Register => "register",
            Step::SetNameservers => "name servers",
            Step::Lock => "lock",
            Step::Info => "info",
            Step::Renew => "renew",
            Step::DnsAdd => "dns record",
        }
    }
}

/// How one step ended.
enum Outcome {
    Ok,
    /// The provider cannot do it (capability matrix); nothing was sent.
    Unsupported(String),
    /// The sandbox answered HTTP 404: it does not serve this vendor call (yet).
    NotServed(String),
    Failed(Error),
}

/// `registrar demo`: the lifecycle for every provider the sandbox serves. Returns the exit code:
/// 0 when every supported step succeeded, 1 otherwise.
pub fn demo() -> Result<i32, CliError> {
    let sb = Sandbox::start_loopback()
        .map_err(|e| CliError::usage(format!("cannot start the sandbox on 127.0.0.1: {e}")))?;
    let providers = served();
    let mut intro = format!(
        "registrar demo: the domain lifecycle through the unified interface (registrar-kit's \
         Registrar), over HTTP to the local sandbox at http://{} (seeded accounts; credentials \
         are masked as ***).\n",
        sb.addr()
    );
    for p in PROVIDERS {
        if !providers.contains(p) {
            let _ = writeln!(
                intro,
                "{p}: not served by the sandbox yet, skipped (not counted as a failure)."
            );
        }
    }
    out(&intro);

    let mut rows: Vec<(&str, Vec<Outcome>)> = Vec::new();
    for provider in &providers {
        let outcomes = run_provider(&sb, provider);
        rows.push((provider, outcomes));
    }
    let failed = rows
        .iter()
        .flat_map(|(_, o)| o)
        .any(|o| matches!(o, Outcome::Failed(_)));
    out(&summary(&rows));
    sb.shutdown();
    Ok(if failed { EXIT_ERROR } else { EXIT_OK })
}

/// The demo name for `provider` (a TLD the provider sells in the sandbox).
fn demo_domain(provider: &str) -> String {
    let tld = match provider {
        "alldomains" => "uz",
        "regru" => "ru",
        _ => "com",
    };
    format!("registrar-kit-demo.{tld}")
}

/// A complete contact, for providers that take the contact data itself.
fn sample_contact() -> Contact {
    Contact {
        first_name: "Demo".into(),
        last_name: "Registrant".into(),
        organization: Some("registrar-kit demo".into()),
        email: "demo@sandbox.test".into(),
        phone_cc: "1".into(),
        phone: "5555550100".into(),
        address: vec!["1 Sandbox Way".into()],
        city: "Testville".into(),
        state: Some("CA".into()),
        postal_code: "94000".into(),
        country: "US".into(),
        ..Contact::default()
    }
}

fn all_roles(contact: Contact) -> Vec<DomainContact> {
    vec![DomainContact {
        roles: vec![
            ContactRole::Registrant,
            ContactRole::Admin,
            ContactRole::Tech,
            ContactRole::Billing,
        ],
        contact,
    }]
}

fn ns(host: &str) -> NameServer {
    NameServer {
        host: host.into(),
        ips: Vec::new(),
    }
}

/// What register sends per provider: the sandbox's seeded contact template (Alldomains), its
/// seeded customer and contact (LogicBoxes), or full contact data (Name.com and the others).
fn register_request(provider: &str, domain: &str) -> RegisterRequest {
    let mut r = RegisterRequest::new(domain, 1);
    r.name_servers = vec![ns("ns1.sandbox.test"), ns("ns2.sandbox.test")];
    match provider {
        "alldomains" => {
            r.contacts = all_roles(Contact {
                id: Some("2".into()),
                ..Contact::default()
            });
        }
        "logicboxes" => {
            r.contacts = all_roles(Contact {
                id: Some(seed::LOGICBOXES_CONTACT_ID.to_string()),
                ..Contact::default()
            });
            r.extra
                .insert("customer-id".into(), json!(seed::LOGICBOXES_CUSTOMER_ID));
        }
        _ => r.contacts = all_roles(sample_contact()),
    }
    r
}

/// Runs the lifecycle for one provider, printing the transcript as it goes.
fn run_provider(sb: &Sandbox, provider: &str) -> Vec<Outcome> {
    let base = sb.base_url(provider).unwrap_or_default();
    out(&format!("\n=== {provider}  ({base})\n"));
    let registrar = match sb
        .config(provider)
        .ok_or_else(|| Error::unsupported("no sandbox configuration"))
        .and_then(|cfg| Registrar::new(provider, &cfg))
    {
        Ok(r) => r,
        Err(e) => {
            out(&format!("    cannot configure the client: {e}\n"));
            return STEPS.iter().map(|_| Outcome::Failed(e.clone())).collect();
        }
    };
    let domain = demo_domain(provider);
    let mut outcomes = Vec::new();
    for (i, step) in STEPS.iter().enumerate() {
        let op = step.op();
        out(&format!("\n--- {}. {} ({op})\n", i + 1, step.label()));
        if let Capability::Unsupported { reason } = registrar.capability(op) {
            out(&format!(
                "    unsupported by {provider}: {reason} (nothing sent)\n"
            ));
            outcomes.push(Outcome::Unsupported(reason.to_owned()));
            continue;
        }
        let outcome = match run_step(&registrar, *step, &domain) {
            Ok(done) => {
                out(&format!("    ok: {done}\n"));
                Outcome::Ok
            }
            Err(f) if f.vendor.is_none() && f.error.kind() == ErrorKind::Unsupported => {
                out(&format!(
                    "    unsupported: {} (nothing sent)\n",
                    f.error.message()
                ));
                Outcome::Unsupported(f.error.message().to_owned())
            }
            Err(f) if not_served(&f) => {
                let what = format!("{} ({})", f.vendor.unwrap_or("?"), describe(&f.error));
                out(&format!("    not served by the sandbox yet: {what}\n"));
                Outcome::NotServed(what)
            }
            Err(f) => {
                out(&format!("    FAILED: {}\n", describe(&f.error)));
                Outcome::Failed(f.error)
            }
        };
        outcomes.push(outcome);
    }
    outcomes
}

fn describe(e: &Error) -> String {
    let mut s = format!("{} — {}", e.kind(), e.message());
    if let Some(code) = e.provider_code().filter(|c| !e.message().contains(c)) {
        let _ = write!(s, " (provider code {code})");
    }
    s
}

/// Why a step did not succeed: the error, and the vendor operation whose answer it came from
/// (`None` when nothing was sent: refused input or an unsupported operation).
struct Failure {
    error: Error,
    vendor: Option<&'static str>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            vendor: None,
        }
    }
}

/// Whether the sandbox answered that it does not know vendor operation `vendor`: HTTP 404, or
/// the vendor's "unknown command" answer naming the operation. The sandbox does not serve
/// every call of every provider yet; such a step is reported as "not served", not as the
/// library failing.
fn not_served(f: &Failure) -> bool {
    let Some(vendor) = f.vendor else {
        return false;
    };
    if f.error.status() == Some(404) {
        return true;
    }
    let text = format!(
        "{} {}",
        f.error.message(),
        f.error.provider_message().unwrap_or_default()
    )
    .to_lowercase();
    let names_it = text.contains(&vendor.to_lowercase());
    names_it && (text.contains("not found") || text.contains("unknown"))
}

/// Runs one step and returns a one-line description of its result.
fn run_step(r: &Registrar, step: Step, domain: &str) -> Result<String, Failure> {
    match step {
        Step::Check => {
            let results = drive(r.check(&[domain, "example.com"])?)?;
            let parts: Vec<String> = results
                .iter()
                .map(|c| {
                    let a = match c.availability {
                        Availability::Available => "available",
                        Availability::Taken => "taken",
                        Availability::Reserved => "reserved",
                        Availability::Unknown => "unknown",
                    };
                    match &c.price {
                        Some(p) => format!("{} {a} ({})", c.domain, money(p)),
                        None => format!("{} {a}", c.domain),
                    }
                })
                .collect();
            Ok(parts.join(", "))
        }
        Step::Register => {
            let req = register_request(r.provider(), domain);
            let o = drive(r.register(&req)?)?;
            Ok(order_text("registered", &o))
        }
        Step::SetNameservers => {
            let servers = [ns("ns1.registrar-kit.test"), ns("ns2.registrar-kit.test")];
            drive(r.set_nameservers(domain, &servers)?)?;
            Ok("name servers now ns1.registrar-kit.test, ns2.registrar-kit.test".into())
        }
        Step::Lock => {
            drive(r.set_lock(domain, true)?)?;
            Ok("transfer lock on".into())
        }
        Step::Info => {
            let i = drive(r.info(domain)?)?;
            let hosts: Vec<&str> = i.name_servers.iter().map(|n| n.host.as_str()).collect();
            let locked = match i.locked {
                Some(true) => "yes",
                Some(false) => "no",
                None => "?",
            };
            Ok(format!(
                "{}: expires {}, locked {locked}, name servers [{}], status [{}]",
                i.domain,
                i.expires.as_deref().unwrap_or("?"),
                hosts.join(", "),
                i.status.join(", ")
            ))
        }
        Step::Renew => {
            let o = drive(r.renew(domain, 1)?)?;
            Ok(order_text("renewed for 1 year", &o))
        }
        Step::DnsAdd => {
            let record = DnsRecord {
                id: None,
                record_type: "A".into(),
                host: "www".into(),
                value: "192.0.2.10".into(),
                ttl: Some(3600),
                priority: None,
            };
            let created = drive(r.dns_add(domain, &record)?)?;
            Ok(match created.id {
                Some(id) => format!("A www → 192.0.2.10 added (record id {id})"),
                None => "A www → 192.0.2.10 added".into(),
            })
        }
    }
}

fn money(m: &registrar_kit::registrar::Money) -> String {
    match &m.currency {
        Some(c) => format!("{} {c}", m.amount),
        None => m.amount.clone(),
    }
}

fn order_text(what: &str, o: &registrar_kit::registrar::OrderResult) -> String {
    let mut s = format!("{} {what}", o.domain);
    if let Some(e) = &o.expires {
        let _ = write!(s, ", expires {e}");
    }
    if let Some(c) = &o.charged {
        let _ = write!(s, ", charged {}", money(c));
    }
    s
}

/// Runs a flow to its end with the CLI's HTTP sender, printing every exchange.
fn drive<T: Clone>(mut flow: RegistrarFlow<T>) -> Result<T, Failure> {
    loop {
        match flow.next() {
            RegistrarStep::Done(result) => {
                return result.map_err(|error| Failure {
                    error,
                    vendor: flow.operations_sent().last().copied(),
                });
            }
            RegistrarStep::Send(request) => {
                let vendor = flow.operations_sent().last().copied().unwrap_or("?");
                out(&show_request(vendor, &request));
                match send::send(&request, DEMO_TIMEOUT) {
                    Ok(response) => {
                        out(&show_response(&response));
                        flow.feed(&response);
                    }
                    Err(send::SendError(reason)) => {
                        out(&format!("    <  no answer: {reason}\n"));
                        return Err(Failure {
                            vendor: flow.operations_sent().last().copied(),
                            error: flow.transport_failed(&reason),
                        });
                    }
                }
            }
        }
    }
}

/// `>  METHOD URL   [vendor operation]`, the headers and the body, all redacted.
fn show_request(vendor: &str, request: &HttpRequest) -> String {
    let r = request.redacted();
    let mut s = format!("    >  {} {}   [{vendor}]\n", r.method, r.url);
    for (name, value) in &r.headers {
        let _ = writeln!(s, "       {name}: {value}");
    }
    if !r.body.is_empty() {
        let text = r.body_text();
        let form = r
            .header("content-type")
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
        let shown = if form { form_decoded(&text) } else { text };
        let _ = writeln!(s, "       {}", shorten(&shown));
    }
    s
}

/// A form body with its percent-escapes decoded (`+` as a space), for reading: REG.API's
/// `input_data` JSON becomes legible. Only for display; an escape that does not decode stays.
fn form_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| {
            bytes
                .get(j)
                .and_then(|c| char::from(*c).to_digit(16))
                .and_then(|d| u8::try_from(d).ok())
        };
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(hi * 16 + lo);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `<  STATUS  body` (shortened).
fn show_response(response: &HttpResponse) -> String {
    let body = String::from_utf8_lossy(&response.body);
    format!("    <  {}  {}\n", response.status, shorten(&body))
}

/// One line, at most [`BODY_SHOWN`] characters (then `… (N bytes)`).
fn shorten(text: &str) -> String {
    let one_line: String = text
        .trim()
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= BODY_SHOWN {
        return one_line;
    }
    let head: String = one_line.chars().take(BODY_SHOWN).collect();
    format!("{head}… ({} bytes)", text.len())
}

/// The provider × step table, with the reasons of unsupported and failed cells below it.
fn summary(rows: &[(&str, Vec<Outcome>)]) -> String {
    let mut notes: Vec<String> = Vec::new();
    let mut head = vec!["provider".to_owned()];
    head.extend(STEPS.iter().map(|s| s.label().to_owned()));
    let mut table: Vec<Vec<String>> = vec![head];
    for (provider, outcomes) in rows {
        let mut row = vec![(*provider).to_owned()];
        for (step, o) in STEPS.iter().zip(outcomes) {
            let cell = match o {
                Outcome::Ok => "ok".to_owned(),
                Outcome::Unsupported(reason) => {
                    notes.push(format!(
                        "[{}] {provider} {}: unsupported: {reason}",
                        notes.len() + 1,
                        step.op()
                    ));
                    format!("unsupported [{}]", notes.len())
                }
                Outcome::NotServed(msg) => {
                    notes.push(format!(
                        "[{}] {provider} {}: not served by the sandbox yet: {msg}",
                        notes.len() + 1,
                        step.op()
                    ));
                    format!("not served [{}]", notes.len())
                }
                Outcome::Failed(e) => {
                    notes.push(format!(
                        "[{}] {provider} {}: {}",
                        notes.len() + 1,
                        step.op(),
                        describe(e)
                    ));
                    format!("ERROR {} [{}]", e.kind(), notes.len())
                }
            };
            row.push(cell);
        }
        table.push(row);
    }
    let columns = table.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            table
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut s = String::from("\n=== summary\n\n");
    for row in &table {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        let _ = writeln!(s, "{}", line.join("  ").trim_end());
    }
    if !notes.is_empty() {
        s.push('\n');
        for n in &notes {
            let _ = writeln!(s, "{n}");
        }
    }
    let total = rows.iter().map(|(_, o)| o.len()).sum::<usize>();
    let count = |f: fn(&Outcome) -> bool| rows.iter().flat_map(|(_, o)| o).filter(|o| f(o)).count();
    let ok = count(|o| matches!(o, Outcome::Ok));
    let unsupported = count(|o| matches!(o, Outcome::Unsupported(_)));
    let not_served = count(|o| matches!(o, Outcome::NotServed(_)));
    let failed = count(|o| matches!(o, Outcome::Failed(_)));
    let _ = writeln!(
        s,
        "\n{total} steps: {ok} ok, {unsupported} unsupported by the provider, {not_served} not \
         served by the sandbox yet, {failed} failed."
    );
    s
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn shorten_keeps_short_text_and_cuts_long_text() {
        assert_eq!(shorten(" a\nb "), "a b");
        let long = "x".repeat(1000);
        let s = shorten(&long);
        assert!(s.ends_with("… (1000 bytes)"), "{s}");
        assert!(s.chars().count() < BODY_SHOWN + 20);
    }

    #[test]
    fn every_provider_has_a_register_request() {
        for p in PROVIDERS {
            let r = register_request(p, &demo_domain(p));
            assert_eq!(r.name_servers.len(), 2);
            assert!(!r.contacts.is_empty());
        }
    }

    #[test]
    fn served_providers_have_a_sandbox_config() {
        let sb = Sandbox::start_loopback().unwrap();
        let served = served();
        assert!(served.contains(&"alldomains"), "{served:?}");
        for p in &served {
            assert!(sb.config(p).is_some(), "{p}");
        }
    }

    #[test]
    fn form_bodies_are_shown_decoded() {
        assert_eq!(
            form_decoded("input_data=%7B%22a%22%3A1%7D&password=***&x=a+b"),
            "input_data={\"a\":1}&password=***&x=a b"
        );
        assert_eq!(form_decoded("bad=%zz%4"), "bad=%zz%4");
    }

    #[test]
    fn not_served_needs_an_answer_naming_the_call() {
        let f = |msg: &str, vendor| Failure {
            error: Error::new(ErrorKind::NotFound, msg),
            vendor,
        };
        assert!(not_served(&f(
            "command not found: domainSetDNS",
            Some("domainSetDNS")
        )));
        assert!(!not_served(&f("Domain not found", Some("domainSetDNS"))));
        assert!(!not_served(&f("command not found: domainSetDNS", None)));
    }
}
