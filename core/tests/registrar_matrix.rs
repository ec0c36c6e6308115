//! The unified registrar interface over recorded responses: every (provider, operation) cell the
//! capability matrix marks native or flow is run here over responses taken from
//! `tests/vectors/<provider>/…/case.json` (or, where no vector has the shape, the vendor
//! document's example, noted at the call), and every unsupported cell fails before anything is
//! built.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use registrar_kit::registrar::*;
use registrar_kit::{Error, ErrorKind, HttpRequest, HttpResponse};
use serde_json::{Value, json};
use std::collections::BTreeSet;

fn vector(path: &str) -> HttpResponse {
    let file = format!(
        "{}/../tests/vectors/{path}/case.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let case: Value = serde_json::from_str(&text).unwrap();
    serde_json::from_value(case["response"].clone()).unwrap()
}

fn body(text: &str) -> HttpResponse {
    HttpResponse::new(200, text)
}

fn registrar(provider: &str) -> Registrar {
    let config = match provider {
        "alldomains" => json!({"token": "test-token"}),
        "logicboxes" => json!({"auth_userid": "0", "api_key": "key", "endpoint": "test"}),
        "regru" => json!({"username": "test", "password": "test"}),
        "domaincontext" => {
            json!({"auth_login": "demo", "auth_password": "demo", "endpoint": "demo"})
        }
        "namecom" => json!({"username": "jdoe", "api_token": "test-api-token", "endpoint": "test"}),
        _ => panic!("{provider}"),
    };
    Registrar::new(provider, &config).unwrap()
}

/// Runs a flow over the given responses; every response must be used.
fn drive<T: Clone>(
    mut flow: RegistrarFlow<T>,
    responses: Vec<HttpResponse>,
) -> (Vec<HttpRequest>, Result<T, Error>) {
    let mut sent = Vec::new();
    let mut replies = responses.into_iter();
    loop {
        match flow.next() {
            RegistrarStep::Send(req) => {
                sent.push(req);
                let reply = replies.next().expect("the flow asked for more calls");
                flow.feed(&reply);
            }
            RegistrarStep::Done(result) => {
                assert!(replies.next().is_none(), "the flow made fewer calls");
                return (sent, result);
            }
        }
    }
}

fn ok<T: Clone + std::fmt::Debug>(
    flow: RegistrarFlow<T>,
    responses: Vec<HttpResponse>,
) -> (Vec<HttpRequest>, T) {
    let (sent, r) = drive(flow, responses);
    (sent, r.unwrap())
}

fn urls(sent: &[HttpRequest]) -> Vec<String> {
    sent.iter().map(|r| r.url.clone()).collect()
}

/// Every supported cell this file runs. `coverage` checks it equals the matrix.
const TESTED: &[(&str, CommonOp)] = &[
    ("alldomains", CommonOp::Check),
    ("alldomains", CommonOp::Info),
    ("alldomains", CommonOp::GetNameservers),
    ("alldomains", CommonOp::SetNameservers),
    ("alldomains", CommonOp::Lock),
    ("alldomains", CommonOp::Unlock),
    ("alldomains", CommonOp::Renew),
    ("alldomains", CommonOp::Balance),
    ("alldomains", CommonOp::PrivacyOn),
    ("alldomains", CommonOp::PrivacyOff),
    ("alldomains", CommonOp::AuthCode),
    ("logicboxes", CommonOp::Check),
    ("logicboxes", CommonOp::Info),
    ("logicboxes", CommonOp::GetNameservers),
    ("logicboxes", CommonOp::SetNameservers),
    ("logicboxes", CommonOp::Lock),
    ("logicboxes", CommonOp::Unlock),
    ("logicboxes", CommonOp::Renew),
    ("logicboxes", CommonOp::PrivacyOn),
    ("logicboxes", CommonOp::PrivacyOff),
    ("logicboxes", CommonOp::AuthCode),
    ("logicboxes", CommonOp::ListDomains),
    ("regru", CommonOp::Check),
    ("regru", CommonOp::Info),
    ("regru", CommonOp::GetNameservers),
    ("regru", CommonOp::SetNameservers),
    ("regru", CommonOp::Renew),
    ("regru", CommonOp::Balance),
    ("regru", CommonOp::PrivacyOn),
    ("regru", CommonOp::PrivacyOff),
    ("regru", CommonOp::ListDomains),
    ("domaincontext", CommonOp::Check),
    ("domaincontext", CommonOp::Info),
    ("domaincontext", CommonOp::GetNameservers),
    ("domaincontext", CommonOp::SetNameservers),
    ("domaincontext", CommonOp::Lock),
    ("domaincontext", CommonOp::Unlock),
    ("domaincontext", CommonOp::Renew),
    ("domaincontext", CommonOp::Balance),
    ("domaincontext", CommonOp::PrivacyOn),
    ("domaincontext", CommonOp::PrivacyOff),
    ("domaincontext", CommonOp::AuthCode),
    ("namecom", CommonOp::Check),
    ("namecom", CommonOp::Info),
    ("namecom", CommonOp::GetNameservers),
    ("namecom", CommonOp::SetNameservers),
    ("namecom", CommonOp::Lock),
    ("namecom", CommonOp::Unlock),
    ("namecom", CommonOp::Renew),
    ("namecom", CommonOp::Balance),
    ("namecom", CommonOp::ListDomains),
];

#[test]
fn coverage_every_supported_cell_is_tested() {
    let mut supported = BTreeSet::new();
    for p in registrar_kit::catalog::PROVIDERS {
        for op in CommonOp::ALL {
            if capability(p, *op).is_supported() {
                supported.insert((p.to_string(), op.as_str()));
            }
        }
    }
    let tested: BTreeSet<_> = TESTED
        .iter()
        .map(|(p, op)| (p.to_string(), op.as_str()))
        .collect();
    assert_eq!(supported, tested);
}

#[test]
fn unsupported_cells_fail_before_anything_is_built() {
    let params = json!({"domain": "example.com", "domains": ["example.com"], "years": 1,
                        "name_servers": [{"host": "ns1.example.net"}, {"host": "ns2.example.net"}]});
    let mut count = 0;
    for p in registrar_kit::catalog::PROVIDERS {
        let r = registrar(p);
        for op in CommonOp::ALL {
            if let Capability::Unsupported { reason } = capability(p, *op) {
                let err = r.start(op.as_str(), &params).unwrap_err();
                assert_eq!(err.kind(), ErrorKind::Unsupported, "{p} {op}");
                assert!(err.message().contains(reason), "{p} {op}: {err}");
                count += 1;
            }
        }
    }
    assert!(count > 0);
    // The typed methods refuse the same way.
    let err = registrar("regru").set_lock("example.ru", true).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
    let err = registrar("logicboxes").balance().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
}

#[test]
fn matrix_markdown_has_every_cell() {
    let md = matrix_markdown();
    assert_eq!(md.lines().count(), 2 + CommonOp::ALL.len());
    assert!(md.contains("| `renew` | **no** — confirm with `info` |"));
    assert!(md.contains(
        "flow (3): `servicedomain/get_domain` → `servicedomain/update_period` → `servicedomain/renew_domain`"
    ));
    let json = matrix_json();
    assert_eq!(json["regru"]["lock"]["kind"], "unsupported");
    assert_eq!(json["domaincontext"]["check"]["operation"], "domainsCheck");
}

#[test]
fn json_start_runs_the_same_flow() {
    let r = registrar("domaincontext");
    let flow = r
        .start("check", &json!({"domains": ["example.com", "example.net"]}))
        .unwrap();
    let (_, out) = ok(flow, vec![vector("domaincontext/domainsCheck/ok")]);
    assert_eq!(out[0]["availability"], "taken");
    assert_eq!(out[1]["availability"], "available");
    assert_eq!(
        r.start("nope", &json!({})).unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
}

#[test]
fn bad_input_is_refused_before_sending() {
    let r = registrar("alldomains");
    assert_eq!(r.check(&[]).unwrap_err().kind(), ErrorKind::InvalidInput);
    let e = r.check(&["ok.com", "not a name"]).unwrap_err();
    assert_eq!(e.field(), Some("domains[1]"));
    assert_eq!(r.renew("a.uz", 0).unwrap_err().field(), Some("years"));
    let e = r
        .set_nameservers("a.uz", &[NameServer::new("ns1.a.uz")])
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let e = registrar("namecom")
        .set_nameservers(
            "a.com",
            &[NameServer::with_ips("ns1.a.com", &["192.0.2.1"])],
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("name_servers[0].ips"));
}

// ---------------------------------------------------------------------------------- alldomains

const AD_GET: &str = "alldomains/servicedomain/get_domain/success";

#[test]
fn alldomains_check_one_result_per_name() {
    let flow = registrar("alldomains")
        .check(&["example-domain-2025.com", "taken.com", "other.uz"])
        .unwrap();
    let (sent, out) = ok(
        flow,
        vec![
            vector("alldomains/servicedomain/check/available"),
            vector("alldomains/servicedomain/check/not-available"),
            vector("alldomains/servicedomain/check/auth-error-stays-an-error"),
        ],
    );
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[1].body_text(), r#"{"sld":"taken","tld":".com"}"#);
    assert_eq!(out[0].availability, Availability::Available);
    assert_eq!(out[1].availability, Availability::Taken);
    assert_eq!(out[1].message.as_deref(), Some("Domain is not available."));
    assert_eq!(out[2].availability, Availability::Unknown);
    assert_eq!(out[2].error.as_ref().unwrap().kind, ErrorKind::Auth);
}

#[test]
fn alldomains_info_and_nameservers() {
    let r = registrar("alldomains");
    let (sent, info) = ok(
        r.info("example-domain.com").unwrap(),
        vec![vector(
            "alldomains/servicedomain/get_domain/flags-glue-and-unknown-member",
        )],
    );
    assert_eq!(sent[0].body_text(), r#"{"domain":"example-domain.com"}"#);
    assert_eq!(info.locked, Some(true));
    assert_eq!(info.privacy, Some(true));
    assert_eq!(info.expires.as_deref(), Some("2026-04-22 06:41:58"));
    assert_eq!(info.provider_ids["domain_id"], "16");
    assert_eq!(
        info.name_servers[0],
        NameServer::with_ips("ns1.example.uz", &["203.0.113.1"])
    );
    assert_eq!(info.contacts.len(), 4);
    let reg = &info.contacts[0];
    assert_eq!(reg.roles, vec![ContactRole::Registrant]);
    assert_eq!(reg.contact.extra["tax_id"], "123456789");
    assert_eq!(reg.contact.extra["client_type"], "l");
    assert_eq!(reg.contact.country, "RU");

    let (_, ns) = ok(
        r.get_nameservers("example-domain.com").unwrap(),
        vec![vector(AD_GET)],
    );
    assert_eq!(
        ns,
        vec![
            NameServer::new("ns1.example.com"),
            NameServer::new("ns2.example.com")
        ]
    );
}

#[test]
fn alldomains_flows_by_domain_id() {
    let r = registrar("alldomains");
    let servers = [
        NameServer::with_ips("ns1.example-domain.com", &["203.0.113.1"]),
        NameServer::new("ns2.other.net"),
    ];
    let (sent, _) = ok(
        r.set_nameservers("example-domain.com", &servers).unwrap(),
        vec![
            vector(AD_GET),
            vector("alldomains/servicedomain/set_nameserver/success"),
        ],
    );
    assert!(sent[1].url.ends_with("/servicedomain/set_nameserver"));
    assert_eq!(
        sent[1].body_text(),
        r#"{"ns1":{"address":"ns1.example-domain.com","ip":"203.0.113.1"},"ns2":{"address":"ns2.other.net","ip":""},"domain_id":"16"}"#
    );
    for (locked, op) in [(true, "lock"), (false, "unlock")] {
        let (sent, out) = ok(
            r.set_lock("example-domain.com", locked).unwrap(),
            vec![
                vector(AD_GET),
                vector(&format!("alldomains/servicedomain/{op}/success")),
            ],
        );
        assert!(sent[1].url.ends_with(&format!("/servicedomain/{op}")));
        assert_eq!(sent[1].body_text(), r#"{"domain_id":"16"}"#);
        assert_eq!(out.raw.len(), 2);
    }
    for (on, op) in [(true, "hide_whois"), (false, "show_whois")] {
        let (sent, _) = ok(
            r.set_privacy("example-domain.com", on).unwrap(),
            vec![
                vector(AD_GET),
                vector(&format!("alldomains/servicedomain/{op}/success")),
            ],
        );
        assert!(sent[1].url.ends_with(op));
    }
    let (_, code) = ok(
        r.auth_code("example-domain.com", None).unwrap(),
        vec![
            vector(AD_GET),
            vector("alldomains/servicedomain/get_transfer_code/success"),
        ],
    );
    assert_eq!(code.code, "aA1My8=+IEIA****");
    assert_eq!(format!("{code:?}"), "AuthCode(***)");
    let (_, bal) = ok(
        r.balance().unwrap(),
        vec![vector("alldomains/client/balance_get_total/success")],
    );
    assert_eq!(bal.available.amount, "1250.5");
}

#[test]
fn alldomains_renew_sets_the_period_only_when_it_differs() {
    let r = registrar("alldomains");
    // Current period 1 (the recorded get_domain), renew for 2: update_period then renew.
    let (sent, out) = ok(
        r.renew("example-domain.com", 2).unwrap(),
        vec![
            vector(AD_GET),
            vector("alldomains/servicedomain/update_period/success"),
            vector("alldomains/servicedomain/renew_domain/success"),
        ],
    );
    assert!(sent[1].url.ends_with("/servicedomain/update_period"));
    assert_eq!(sent[1].body_text(), r#"{"domain_id":"16","period":2}"#);
    assert!(sent[2].url.ends_with("/servicedomain/renew_domain"));
    assert_eq!(sent[2].body_text(), r#"{"domain_id":"16"}"#);
    assert_eq!(out.raw.len(), 3);
    // Renew for the current period: no update_period.
    let (sent, _) = ok(
        r.renew("example-domain.com", 1).unwrap(),
        vec![
            vector(AD_GET),
            vector("alldomains/servicedomain/renew_domain/success"),
        ],
    );
    assert_eq!(sent.len(), 2);
    assert!(sent[1].url.ends_with("/servicedomain/renew_domain"));
    // The provider's error is kept.
    let (_, err) = drive(
        r.renew("example-domain.com", 1).unwrap(),
        vec![
            vector(AD_GET),
            vector("alldomains/servicedomain/renew_domain/error"),
        ],
    );
    assert!(err.unwrap_err().provider_message().is_some());
}

#[test]
fn transport_failure_names_the_confirming_operation() {
    let r = registrar("alldomains");
    let mut flow = r.renew("example-domain.com", 1).unwrap();
    let RegistrarStep::Send(_) = flow.next() else {
        panic!()
    };
    flow.feed(&vector(AD_GET));
    let RegistrarStep::Send(req) = flow.next() else {
        panic!()
    };
    assert!(req.url.ends_with("renew_domain"));
    let err = flow.transport_failed("timed out");
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(!err.is_retryable());
    let d = err.details().unwrap();
    assert_eq!(d["confirm_with"], "servicedomain/get_domain");
    assert_eq!(d["common_operation"], "renew");
    assert_eq!(d["common_confirm_with"], "info");
    let RegistrarStep::Done(Err(again)) = flow.next() else {
        panic!()
    };
    assert_eq!(again, err);
    // A lost read is retryable.
    let mut flow = r.renew("example-domain.com", 1).unwrap();
    let _ = flow.next();
    assert!(flow.transport_failed("refused").is_retryable());
}

// ---------------------------------------------------------------------------------- logicboxes

const LB_ID: &str = "logicboxes/domains/orderid/success";

#[test]
fn logicboxes_check_reads_back_each_name() {
    let flow = registrar("logicboxes")
        .check(&["domain1.net", "domain2.com", "domain2.net"])
        .unwrap();
    let (sent, out) = ok(flow, vec![vector("logicboxes/domains/available/multi")]);
    assert_eq!(
        urls(&sent),
        [
            "https://test.httpapi.com/api/domains/available.json?auth-userid=0&api-key=key&domain-name=domain1&domain-name=domain2&tlds=net&tlds=com"
        ]
    );
    assert_eq!(out.len(), 3);
    assert_eq!(out[0].availability, Availability::Available);
    assert_eq!(out[1].domain, "domain2.com");
    assert_eq!(out[1].premium, Some(true));
    assert_eq!(
        out[1].price,
        Some(Money {
            amount: "1999.00".into(),
            currency: Some("USD".into())
        })
    );
    assert_eq!(out[2].availability, Availability::Unknown);
}

#[test]
fn logicboxes_info_nameservers_auth_code() {
    let r = registrar("logicboxes");
    let (sent, info) = ok(
        r.info("domain.com").unwrap(),
        vec![vector("logicboxes/domains/details-by-name/success")],
    );
    assert!(sent[0].url.contains(
        "details-by-name.json?auth-userid=0&api-key=key&domain-name=domain.com&options=All"
    ));
    assert_eq!(info.locked, Some(true));
    assert_eq!(info.privacy, Some(false));
    assert_eq!(info.auto_renew, Some(false));
    assert_eq!(info.expires.as_deref(), Some("1310548036"));
    assert_eq!(info.provider_ids["orderid"], "562994");
    assert_eq!(info.status, vec!["Active", "transferlock"]);
    let (sent, ns) = ok(
        r.get_nameservers("domain.com").unwrap(),
        vec![vector("logicboxes/domains/details-by-name/success")],
    );
    assert!(sent[0].url.ends_with("options=NsDetails"));
    assert_eq!(ns.len(), 2);
    // No vector carries `domsecret`; the recorded details answer with that member added.
    let mut details: Value =
        serde_json::from_slice(&vector("logicboxes/domains/details-by-name/success").body).unwrap();
    details["domsecret"] = json!("s3cr3t");
    let (_, code) = ok(
        r.auth_code("domain.com", None).unwrap(),
        vec![body(&details.to_string())],
    );
    assert_eq!(code.code, "s3cr3t");
    let (_, err) = drive(
        r.auth_code("domain.com", None).unwrap(),
        vec![vector("logicboxes/domains/details-by-name/success")],
    );
    assert_eq!(err.unwrap_err().kind(), ErrorKind::Protocol);
}

#[test]
fn logicboxes_flows_by_order_id() {
    let r = registrar("logicboxes");
    let (sent, _) = ok(
        r.set_nameservers(
            "domain.com",
            &[
                NameServer::new("ns1.domain.asia"),
                NameServer::new("ns2.domain.asia"),
            ],
        )
        .unwrap(),
        vec![
            vector(LB_ID),
            vector("logicboxes/domains/modify-ns/success"),
        ],
    );
    assert_eq!(
        urls(&sent),
        [
            "https://test.httpapi.com/api/domains/orderid.json?auth-userid=0&api-key=key&domain-name=domain.com",
            "https://test.httpapi.com/api/domains/modify-ns.json?auth-userid=0&api-key=key&order-id=562994&ns=ns1.domain.asia&ns=ns2.domain.asia",
        ]
    );
    for (locked, op) in [(true, "enable"), (false, "disable")] {
        let (sent, _) = ok(
            r.set_lock("domain.com", locked).unwrap(),
            vec![
                vector(LB_ID),
                vector(&format!("logicboxes/domains/{op}-theft-protection/success")),
            ],
        );
        assert!(sent[1].url.contains(&format!("{op}-theft-protection.json")));
        assert!(sent[1].url.ends_with("order-id=562994"));
    }
    for on in [true, false] {
        let (sent, _) = ok(
            r.set_privacy("domain.com", on).unwrap(),
            vec![
                vector(LB_ID),
                vector("logicboxes/domains/modify-privacy-protection/success"),
            ],
        );
        assert!(
            sent[1]
                .url
                .contains(&format!("order-id=562994&protect-privacy={on}&reason="))
        );
    }
}

#[test]
fn logicboxes_renew_uses_current_expiry() {
    let (sent, out) = ok(
        registrar("logicboxes").renew("domain.com", 1).unwrap(),
        vec![
            vector(LB_ID),
            vector("logicboxes/domains/details/success"),
            vector("logicboxes/domains/renew/success"),
        ],
    );
    assert_eq!(
        sent[1].url,
        "https://test.httpapi.com/api/domains/details.json?auth-userid=0&api-key=key&order-id=562994&options=OrderDetails"
    );
    assert_eq!(
        sent[2].url,
        "https://test.httpapi.com/api/domains/renew.json?auth-userid=0&api-key=key&order-id=562994&years=1&exp-date=1310548036&invoice-option=NoInvoice"
    );
    assert_eq!(
        out.charged,
        Some(Money {
            amount: "8.990".into(),
            currency: Some("USD".into())
        })
    );
}

#[test]
fn logicboxes_list_domains() {
    let (sent, page) = ok(
        registrar("logicboxes").list_domains(1, 10).unwrap(),
        vec![vector("logicboxes/domains/search/success")],
    );
    assert!(sent[0].url.ends_with("no-of-records=10&page-no=1"));
    assert_eq!(page.total, Some(12));
    assert_eq!(page.domains[0].domain, "domain.com");
    assert_eq!(page.domains[1].status.as_deref(), Some("Active"));
}

// ---------------------------------------------------------------------------------- regru

/// The vendor document's get_nss example (regru-api-2.txt, domain/get_nss): no vector records
/// a non-empty answer.
const REGRU_NSS: &str = r#"{"answer":{"domains":[{"dname":"test.ru","nss":[{"ns":"ns1.reg.ru"},{"ns":"ns2.reg.ru"}],"service_id":12345}]},"result":"success"}"#;

#[test]
fn regru_check_one_result_per_name() {
    let names = ["ya.ru", "yayayayayaya.ru", "wwww.ww", "china.cn"];
    let (sent, out) = ok(
        registrar("regru").check(&names).unwrap(),
        vec![vector("regru/domain/check/response_example")],
    );
    assert!(
        sent[0]
            .body_text()
            .starts_with("input_data=%7B%22domains%22")
    );
    assert_eq!(out.len(), 4);
    assert_eq!(out[0].availability, Availability::Taken);
    assert_eq!(out[1].availability, Availability::Available);
    let e = out[2].error.as_ref().unwrap();
    assert_eq!(
        e.provider_code.as_deref(),
        Some("INVALID_DOMAIN_NAME_FORMAT")
    );
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(out[3].error.as_ref().unwrap().kind, ErrorKind::Unsupported);
}

#[test]
fn regru_info_and_nameservers() {
    let r = registrar("regru");
    let (sent, info) = ok(
        r.info("test.ru").unwrap(),
        vec![
            vector("regru/service/get_info/response_example"),
            body(REGRU_NSS),
        ],
    );
    assert!(sent[0].url.ends_with("/service/get_info"));
    assert!(sent[1].url.ends_with("/domain/get_nss"));
    assert_eq!(info.expires.as_deref(), Some("2101-01-01"));
    assert_eq!(info.provider_ids["service_id"], "12345");
    assert_eq!(info.name_servers.len(), 2);
    let (_, err) = drive(
        r.info("test.ru").unwrap(),
        vec![vector("regru/service/get_info/error_domain_not_found")],
    );
    let err = err.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.provider_code(), Some("DOMAIN_NOT_FOUND"));
    let (sent, ns) = ok(r.get_nameservers("test.ru").unwrap(), vec![body(REGRU_NSS)]);
    assert!(sent[0].body_text().starts_with("domain_name=test.ru&"));
    assert_eq!(ns[1], NameServer::new("ns2.reg.ru"));
}

#[test]
fn regru_changes() {
    let r = registrar("regru");
    let (sent, _) = ok(
        r.set_nameservers(
            "test.ru",
            &[
                NameServer::with_ips("ns1.test.ru", &["1.2.3.4", "2.3.4.5"]),
                NameServer::new("ns2.test.com"),
            ],
        )
        .unwrap(),
        vec![vector("regru/domain/update_nss/response_minimal")],
    );
    assert!(sent[0].body_text().contains(
        "%22nss%22%3A%7B%22ns0%22%3A%22ns1.test.ru%22%2C%22ns0ip%22%3A%221.2.3.4%2C2.3.4.5%22%2C%22ns1%22%3A%22ns2.test.com%22%7D"
    ));
    let (_, err) = drive(
        r.set_nameservers("test.ru", &[NameServer::new("ns1.test.ru")])
            .unwrap(),
        vec![vector("regru/domain/update_nss/error_invalid_nss")],
    );
    assert_eq!(err.unwrap_err().provider_code(), Some("INVALID_NSS"));
    let (sent, _) = ok(
        r.renew("test.ru", 2).unwrap(),
        vec![vector("regru/service/renew/response_minimal")],
    );
    assert_eq!(
        sent[0].body_text(),
        "domain_name=test.ru&output_format=json&password=test&period=2&servtype=domain&username=test"
    );
    let (_, err) = drive(
        r.renew("test.ru", 2).unwrap(),
        vec![vector("regru/service/renew/error_incorrect_state")],
    );
    assert_eq!(err.unwrap_err().provider_code(), Some("INCORRECT_STATE"));
    for on in [true, false] {
        let (sent, _) = ok(
            r.set_privacy("test.ru", on).unwrap(),
            vec![vector(
                "regru/domain/update_private_person_flag/response_minimal",
            )],
        );
        let flag = if on { "%221%22" } else { "%220%22" };
        assert!(
            sent[0]
                .body_text()
                .contains(&format!("private_person_flag%22%3A{flag}"))
        );
    }
}

#[test]
fn regru_balance_and_list() {
    let r = registrar("regru");
    let (_, bal) = ok(
        r.balance().unwrap(),
        vec![vector("regru/user/get_balance/response_example")],
    );
    assert_eq!(
        bal.available,
        Money {
            amount: "1000".into(),
            currency: Some("RUR".into())
        }
    );
    assert_eq!(bal.credit.unwrap().amount, "10");
    let (_, page) = ok(
        r.list_domains(1, 100).unwrap(),
        vec![vector("regru/service/get_list/response_example")],
    );
    assert!(page.complete);
    assert_eq!(page.domains[0].domain, "test.ru");
    assert_eq!(page.domains[0].expires.as_deref(), Some("2011-04-18"));
    let (sent, page2) = ok(r.list_domains(2, 100).unwrap(), vec![]);
    assert!(sent.is_empty() && page2.domains.is_empty());
}

// ---------------------------------------------------------------------------------- domaincontext

#[test]
fn domaincontext_check_partial_keeps_one_result_per_name() {
    let r = registrar("domaincontext");
    let (_, out) = ok(
        r.check(&["example.com", "example.net"]).unwrap(),
        vec![vector("domaincontext/domainsCheck/partial")],
    );
    assert_eq!(out[0].availability, Availability::Unknown);
    assert_eq!(
        out[0].error.as_ref().unwrap().provider_code.as_deref(),
        Some("partially failed (1/2): registry timeout")
    );
    assert_eq!(out[1].availability, Availability::Available);
    let (_, out) = ok(
        r.check(&["example.com", "example.net", "example.org"])
            .unwrap(),
        vec![vector("domaincontext/domainsCheck/loose-values")],
    );
    assert_eq!(out[0].availability, Availability::Available);
    assert_eq!(out[1].availability, Availability::Unknown);
    assert_eq!(out[2].availability, Availability::Available);
    assert_eq!(out[2].premium, Some(false));
}

#[test]
fn domaincontext_info_nameservers_renew() {
    let r = registrar("domaincontext");
    let (_, info) = ok(
        r.info("example.com").unwrap(),
        vec![vector("domaincontext/domainGetInfo/ok")],
    );
    assert_eq!(info.expires.as_deref(), Some("2019-11-09"));
    assert_eq!(info.auto_renew, Some(true));
    assert_eq!(info.privacy, None);
    assert_eq!(info.name_servers.len(), 2);
    assert_eq!(info.provider_ids["id"], "25844175");
    let (_, ns) = ok(
        r.get_nameservers("example.com").unwrap(),
        vec![vector("domaincontext/domainGetNSs/ok")],
    );
    assert_eq!(ns[0], NameServer::new("ns1.example.net"));
    let (sent, _) = ok(
        r.renew("example.com", 3).unwrap(),
        vec![
            vector("domaincontext/domainGetInfo/ok"),
            vector("domaincontext/domainRenew/ok"),
        ],
    );
    assert_eq!(
        sent[1].body_text(),
        "auth_login=demo&auth_password=demo&domain=example.com&period=3&expires=2019-11-09"
    );
    let (_, err) = drive(
        r.info("example.com").unwrap(),
        vec![vector("domaincontext/domainGetInfo/not-found")],
    );
    assert_eq!(err.unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn domaincontext_single_commands() {
    let r = registrar("domaincontext");
    let (sent, _) = ok(
        r.set_nameservers(
            "example.com",
            &[
                NameServer::new("ns1.example.net"),
                NameServer::new("ns2.example.net"),
            ],
        )
        .unwrap(),
        vec![vector("domaincontext/domainSetNSs/ok")],
    );
    assert_eq!(
        sent[0].body_text(),
        "auth_login=demo&auth_password=demo&domain=example.com&nss=ns1.example.net,ns2.example.net"
    );
    for (locked, cmd) in [(true, "domainEnableLock"), (false, "domainDisableLock")] {
        let (sent, _) = ok(
            r.set_lock("example.com", locked).unwrap(),
            vec![vector(&format!("domaincontext/{cmd}/ok"))],
        );
        assert!(sent[0].url.ends_with(cmd));
    }
    for (on, cmd) in [
        (true, "domainEnableWhoisProtect"),
        (false, "domainDisableWhoisProtect"),
    ] {
        let (sent, _) = ok(
            r.set_privacy("example.com", on).unwrap(),
            vec![vector(&format!("domaincontext/{cmd}/ok"))],
        );
        assert!(sent[0].url.ends_with(cmd));
    }
    let (_, lock_true) = ok(r.set_lock("example.com", true).unwrap(), vec![body("true")]);
    assert_eq!(lock_true.raw, vec![json!(true)]);
    let (_, bal) = ok(
        r.balance().unwrap(),
        vec![vector("domaincontext/clientGetBalance/ok")],
    );
    assert_eq!(
        bal.available,
        Money {
            amount: "12.50".into(),
            currency: Some("usd".into())
        }
    );
    let (sent, code) = ok(
        r.auth_code("example.com", Some("0000")).unwrap(),
        vec![vector("domaincontext/domainGetPassword/ok")],
    );
    assert!(
        sent[0]
            .body_text()
            .ends_with("domain=example.com&pincode=0000")
    );
    assert_eq!(code.code, "Xq9-aB");
    let (_, err) = drive(
        r.auth_code("example.com", None).unwrap(),
        vec![vector(
            "domaincontext/domainGetPassword/pincode-must-be-set",
        )],
    );
    assert_eq!(err.unwrap_err().kind(), ErrorKind::Auth);
}

// ---------------------------------------------------------------------------------- namecom

#[test]
fn namecom_check_one_call_per_name() {
    let (sent, out) = ok(
        registrar("namecom")
            .check(&["examplesearch.com", "testdomain1.net"])
            .unwrap(),
        vec![
            vector("namecom/domain/check/without-suggestions"),
            vector("namecom/domain/check/response"),
        ],
    );
    assert_eq!(
        sent[0].body_text(),
        r#"{"keyword":"examplesearch","tlds":["com"],"services":["availability"]}"#
    );
    assert_eq!(out[0].availability, Availability::Taken);
    assert_eq!(out[1].availability, Availability::Taken);
    assert_eq!(out[1].price.as_ref().unwrap().amount, "49.95");
    assert_eq!(out[1].premium, Some(false));
}

#[test]
fn namecom_info_and_changes() {
    let r = registrar("namecom");
    let (_, info) = ok(
        r.info("testdomain1.com").unwrap(),
        vec![vector("namecom/domain/get/response")],
    );
    assert_eq!(info.locked, Some(false));
    assert_eq!(info.contacts[0].roles.len(), 4);
    assert_eq!(info.contacts[0].contact.phone_cc, "1");
    assert_eq!(info.contacts[0].contact.phone, "3035555555");
    assert_eq!(info.contacts[0].contact.extra["fax"], "+1.3035555556");
    let (_, info) = ok(
        r.info("example.tld").unwrap(),
        vec![vector("namecom/domain/get/later-shape-with-addons")],
    );
    assert_eq!(
        (info.locked, info.privacy, info.auto_renew),
        (Some(true), Some(false), Some(true))
    );
    let (_, ns) = ok(
        r.get_nameservers("testdomain1.com").unwrap(),
        vec![vector("namecom/domain/get/response")],
    );
    assert_eq!(ns[0].host, "ns1.name.com");
    let (sent, _) = ok(
        r.set_nameservers(
            "example.com",
            &[
                NameServer::new("ns1.name.com"),
                NameServer::new("ns2.name.com"),
            ],
        )
        .unwrap(),
        vec![vector("namecom/domain/update_nameservers/response")],
    );
    assert_eq!(
        sent[0].body_text(),
        r#"{"nameservers":["ns1.name.com","ns2.name.com"]}"#
    );
    for (locked, op) in [(true, "lock"), (false, "unlock")] {
        let (sent, _) = ok(
            r.set_lock("example.com", locked).unwrap(),
            vec![vector(&format!("namecom/domain/{op}/response"))],
        );
        assert!(sent[0].url.ends_with(&format!("/domain/{op}/example.com")));
    }
}

#[test]
fn namecom_renew_balance_list() {
    let r = registrar("namecom");
    let (sent, out) = ok(
        r.renew("example.com", 1).unwrap(),
        vec![vector("namecom/order/all-succeeded")],
    );
    assert_eq!(
        sent[0].body_text(),
        r#"{"items":[{"order_type":"domain/renew","domain_name":"example.com","period":1}]}"#
    );
    assert_eq!(out.charged.unwrap().amount, "10.99");
    let (_, err) = drive(
        r.renew("example.com", 1).unwrap(),
        vec![vector("namecom/order/item-funds-failure")],
    );
    let err = err.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InsufficientFunds);
    assert_eq!(err.provider_code(), Some("260"));
    let (_, bal) = ok(
        r.balance().unwrap(),
        vec![vector("namecom/account/get/response")],
    );
    assert_eq!(bal.available.amount, "100.00");
    let (_, page) = ok(
        r.list_domains(1, 50).unwrap(),
        vec![vector("namecom/domain/list/response")],
    );
    assert_eq!(page.domains.len(), 2);
    assert_eq!(
        page.domains[1].expires.as_deref(),
        Some("2011-12-07 22:54:46")
    );
}
