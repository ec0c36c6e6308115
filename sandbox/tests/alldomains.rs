//! Alldomains.uz over loopback HTTP, driven by registrar-kit's catalog.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{call, client, ok, sandbox, send, send_raw};
use registrar_kit::ErrorKind;
use registrar_sandbox::seed;
use serde_json::{Value, json};

fn legal_contact() -> Value {
    json!({
        "client_type": "l", "tax_id": "123456789", "org_name": "Example Corporation",
        "bank_name": "Example Bank", "bank_code": "EXAMPLEBANK123", "first_name": "Ivan",
        "last_name": "Petrov", "email": "ivan.petrov@example.com", "state": "Tashkent",
        "phone_code": "998", "phone": "901234567", "country": "UZ", "post_code": "100000",
        "city": "Tashkent", "address": "Amir Temur 1"
    })
}

fn register_params(domain: &str) -> Value {
    json!({
        "domain": domain, "register_years": 1,
        "contactCustomer": legal_contact(),
        "contactTech": {"use_customer": "1"},
        "contactBilling": {"use_customer": "1"},
        "contactAdmin": {"contact_id": "2"},
        "ns1": "ns1.example.uz", "ns2": "ns2.example.uz"
    })
}

#[test]
fn lifecycle() {
    let sb = sandbox();
    let c = client("alldomains", &sb.config("alldomains").unwrap());
    let check = ok(
        &c,
        "servicedomain/check",
        json!({"sld": "sandbox-life", "tld": ".uz"}),
    );
    assert_eq!(check["available"], json!(true), "{check}");

    ok(
        &c,
        "servicedomain/register_domain",
        register_params("sandbox-life.uz"),
    );
    let check = ok(
        &c,
        "servicedomain/check",
        json!({"sld": "sandbox-life", "tld": ".uz"}),
    );
    assert_eq!(check["available"], json!(false), "{check}");

    let info = ok(
        &c,
        "servicedomain/get_domain",
        json!({"domain": "sandbox-life.uz"}),
    );
    let id = info["domain_id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| info["domain_id"].to_string());
    assert_eq!(info["expires_at"], json!("2026-01-01 00:00:01"), "{info}");
    assert_eq!(info["admin"]["id"], json!("2"), "{info}");

    ok(
        &c,
        "servicedomain/set_nameserver",
        json!({"domain_id": id, "ns1": {"address": "ns1.sandbox.test", "ip": "192.0.2.1"},
               "ns2": {"address": "ns2.sandbox.test"}, "ns3": {"address": "ns3.sandbox.test"}}),
    );
    ok(&c, "servicedomain/lock", json!({"domain_id": id}));
    let info = ok(
        &c,
        "servicedomain/get_domain",
        json!({"domain": "sandbox-life.uz"}),
    );
    assert_eq!(info["locked"], json!(true), "{info}");
    let ns = info["name_servers"].to_string();
    assert!(
        ns.contains("ns3.sandbox.test") && ns.contains("192.0.2.1"),
        "{info}"
    );

    ok(&c, "servicedomain/renew_domain", json!({"domain_id": id}));
    let info = ok(
        &c,
        "servicedomain/get_domain",
        json!({"domain": "sandbox-life.uz"}),
    );
    assert!(
        info["expires_at"]
            .as_str()
            .unwrap()
            .starts_with("2027-01-01"),
        "{info}"
    );

    // 1000.00 − 10.00 (register) − 10.00 (renew)
    let balance = ok(&c, "client/balance_get_total", json!({}));
    assert!(balance.to_string().contains("980"), "{balance}");
}

#[test]
fn every_other_operation() {
    let sb = sandbox();
    let c = client("alldomains", &sb.config("alldomains").unwrap());
    let t = ok(&c, "contacts/create_contact_template", legal_contact());
    let tid = t["id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| t["id"].to_string());
    let mut upd = legal_contact();
    upd["template_id"] = json!(tid);
    upd["city"] = json!("Samarkand");
    let t2 = ok(&c, "contacts/update_contact_template", upd);
    assert_eq!(t2["city"], json!("Samarkand"), "{t2}");
    let list = ok(&c, "contacts/get_contacts_templates", json!({}));
    assert!(list.to_string().contains("Samarkand"), "{list}");

    ok(
        &c,
        "servicedomain/register_domain",
        register_params("sandbox-ops.uz"),
    );
    let info = ok(
        &c,
        "servicedomain/get_domain",
        json!({"domain": "sandbox-ops.uz"}),
    );
    let id = info["domain_id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| info["domain_id"].to_string());
    let code = ok(
        &c,
        "servicedomain/get_transfer_code",
        json!({"domain_id": id}),
    );
    assert!(code.to_string().contains("Sbx"), "{code}");
    ok(
        &c,
        "servicedomain/update_period",
        json!({"domain_id": id, "period": 2}),
    );
    ok(&c, "servicedomain/hide_whois", json!({"domain_id": id}));
    let info = ok(
        &c,
        "servicedomain/get_domain",
        json!({"domain": "sandbox-ops.uz"}),
    );
    assert_eq!(info["privacy"], json!(true), "{info}");
    assert_eq!(info["period"], json!(2), "{info}");
    ok(&c, "servicedomain/show_whois", json!({"domain_id": id}));
    ok(&c, "servicedomain/lock", json!({"domain_id": id}));
    ok(&c, "servicedomain/unlock", json!({"domain_id": id}));

    // Transfer in the seeded domain with its auth code; a wrong code is refused.
    let e = call(
        &c,
        "servicedomain/transfer_domain",
        json!({"transfer_sld": "transfer-me", "transfer_tld": ".uz", "transfer_code": "wrong"}),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e:?}");
    ok(
        &c,
        "servicedomain/transfer_domain",
        json!({"transfer_sld": "transfer-me", "transfer_tld": ".uz",
               "transfer_code": seed::TRANSFER_AUTH_CODE}),
    );
    let info = ok(
        &c,
        "servicedomain/get_domain",
        json!({"domain": "transfer-me.uz"}),
    );
    assert_eq!(info["domain"], json!("transfer-me.uz"));
}

#[test]
fn errors() {
    let sb = sandbox();
    let mut bad = sb.config("alldomains").unwrap();
    bad["token"] = json!("not-a-token");
    let c = client("alldomains", &bad);
    let e = call(&c, "client/balance_get_total", json!({})).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Auth, "{e:?}");

    let c = client("alldomains", &sb.config("alldomains").unwrap());
    let taken = ok(
        &c,
        "servicedomain/check",
        json!({"sld": "taken-name", "tld": ".uz"}),
    );
    assert_eq!(taken["available"], json!(false), "{taken}");
    let e = call(
        &c,
        "servicedomain/register_domain",
        register_params("example.com"),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unavailable, "{e:?}");
    let e = call(&c, "servicedomain/get_domain", json!({"domain": "nope.uz"})).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e:?}");

    let mut poor = sb.config("alldomains").unwrap();
    poor["token"] = json!(seed::ALLDOMAINS_POOR_TOKEN);
    let p = client("alldomains", &poor);
    let mut params = register_params("sandbox-poor.uz");
    params["contactAdmin"] = json!({"use_customer": "1"});
    let e = call(&p, "servicedomain/register_domain", params).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InsufficientFunds, "{e:?}");
}

#[test]
fn bad_requests_get_the_envelope() {
    let sb = sandbox();
    let c = client("alldomains", &sb.config("alldomains").unwrap());
    let mut req = c
        .prepare("servicedomain/check", json!({"sld": "x", "tld": ".uz"}))
        .unwrap();
    req.body = b"{not json".to_vec();
    let resp = send(&req);
    assert_eq!(resp.status, 400);
    let v: Value = serde_json::from_slice(&resp.body).unwrap();
    assert_eq!(v["result"], Value::Null);
    assert!(v["error"]["code"].is_number(), "{v}");

    req.url = req.url.replace("servicedomain/check", "servicedomain/nope");
    let resp = send(&req);
    assert_eq!(resp.status, 404);

    // A GET where the document says POST.
    let resp = send_raw(
        sb.addr(),
        b"GET /alldomains/api/client/servicedomain/check HTTP/1.1\r\nAuthorization: Basic Y2xpZW50OnNhbmRib3gtYWxsZG9tYWlucy10b2tlbg==\r\n\r\n",
    );
    assert_eq!(resp.status, 405);
}
