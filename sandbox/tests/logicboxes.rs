//! LogicBoxes over loopback HTTP, driven by registrar-kit's catalog.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::{call, client, ok, sandbox};
use registrar_kit::ErrorKind;
use registrar_sandbox::seed;
use serde_json::{Value, json};

fn register_params(domain: &str, customer: u64, contact: u64) -> Value {
    json!({
        "domain-name": domain, "years": 1, "ns": ["ns1.sandbox.test", "ns2.sandbox.test"],
        "customer-id": customer, "reg-contact-id": contact, "admin-contact-id": contact,
        "tech-contact-id": contact, "billing-contact-id": contact, "invoice-option": "NoInvoice"
    })
}

fn id_of(v: &Value) -> String {
    v.get("id")
        .map(|x| {
            x.as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| x.to_string())
        })
        .unwrap_or_else(|| v.to_string())
}

#[test]
fn lifecycle() {
    let sb = sandbox();
    let c = client("logicboxes", &sb.config("logicboxes").unwrap());
    let avail = ok(
        &c,
        "domains/available",
        json!({"domain-name": ["sandboxlife"], "tlds": ["com"]}),
    );
    assert!(avail.to_string().contains("available"), "{avail}");

    let customer = ok(
        &c,
        "customers/details-by-id",
        json!({"customer-id": seed::LOGICBOXES_CUSTOMER_ID}),
    );
    assert!(
        customer
            .to_string()
            .contains(seed::LOGICBOXES_CUSTOMER_USERNAME),
        "{customer}"
    );
    let contact = ok(
        &c,
        "contacts/details",
        json!({"contact-id": seed::LOGICBOXES_CONTACT_ID}),
    );
    assert!(contact.to_string().contains("Sandbox User"), "{contact}");

    let reg = ok(
        &c,
        "domains/register",
        register_params(
            "sandboxlife.com",
            seed::LOGICBOXES_CUSTOMER_ID,
            seed::LOGICBOXES_CONTACT_ID,
        ),
    );
    assert!(reg.to_string().contains("Success"), "{reg}");
    let avail = ok(
        &c,
        "domains/available",
        json!({"domain-name": ["sandboxlife"], "tlds": ["com"]}),
    );
    assert!(avail.to_string().contains("regthroughus"), "{avail}");

    let order_id = id_of(&ok(
        &c,
        "domains/orderid",
        json!({"domain-name": "sandboxlife.com"}),
    ));
    ok(
        &c,
        "domains/modify-ns",
        json!({"order-id": order_id, "ns": ["ns3.sandbox.test", "ns4.sandbox.test"]}),
    );
    ok(
        &c,
        "domains/enable-theft-protection",
        json!({"order-id": order_id}),
    );

    let info = ok(
        &c,
        "domains/details-by-name",
        json!({"domain-name": "sandboxlife.com", "options": ["All"]}),
    );
    let text = info.to_string();
    assert!(
        text.contains("transferlock") && text.contains("ns3.sandbox.test"),
        "{info}"
    );
    let details = ok(
        &c,
        "domains/details",
        json!({"order-id": order_id, "options": ["OrderDetails"]}),
    );
    let endtime = details
        .get("endtime")
        .or_else(|| details.get("extra").and_then(|e| e.get("endtime")))
        .map(|v| {
            v.as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| v.to_string())
        })
        .unwrap_or_else(|| panic!("no endtime in {details}"));
    assert_eq!(
        endtime,
        (registrar_sandbox::state::EPOCH + 1 + registrar_sandbox::state::YEAR).to_string()
    );

    let renew = ok(
        &c,
        "domains/renew",
        json!({"order-id": order_id, "years": 1, "exp-date": endtime.parse::<i64>().unwrap(),
               "invoice-option": "NoInvoice"}),
    );
    assert!(renew.to_string().contains("RenewDomain"), "{renew}");
    // The old expiry no longer matches: renewing twice by mistake is refused.
    let again = call(
        &c,
        "domains/renew",
        json!({"order-id": order_id, "years": 1, "exp-date": endtime.parse::<i64>().unwrap(),
               "invoice-option": "NoInvoice"}),
    );
    assert!(again.is_err(), "{again:?}");

    ok(
        &c,
        "domains/disable-theft-protection",
        json!({"order-id": order_id}),
    );
}

#[test]
fn errors() {
    let sb = sandbox();
    let mut bad = sb.config("logicboxes").unwrap();
    bad["api_key"] = json!("wrong");
    let e = call(
        &client("logicboxes", &bad),
        "domains/available",
        json!({"domain-name": ["x"], "tlds": ["com"]}),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Auth, "{e:?}");

    let c = client("logicboxes", &sb.config("logicboxes").unwrap());
    let e = call(
        &c,
        "domains/register",
        register_params(
            "example.com",
            seed::LOGICBOXES_CUSTOMER_ID,
            seed::LOGICBOXES_CONTACT_ID,
        ),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unavailable, "{e:?}");
    let e = call(&c, "domains/orderid", json!({"domain-name": "nope.com"})).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e:?}");

    let mut poor = sb.config("logicboxes").unwrap();
    poor["auth_userid"] = json!(seed::LOGICBOXES_POOR_AUTH_USERID.to_string());
    poor["api_key"] = json!(seed::LOGICBOXES_POOR_API_KEY);
    let e = call(
        &client("logicboxes", &poor),
        "domains/register",
        register_params(
            "sandboxpoor.com",
            seed::LOGICBOXES_POOR_CUSTOMER_ID,
            seed::LOGICBOXES_POOR_CONTACT_ID,
        ),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InsufficientFunds, "{e:?}");
}

#[test]
fn dns_add_then_list() {
    let sb = sandbox();
    let config = sb.config("logicboxes").unwrap();
    let c = client("logicboxes", &config);
    ok(
        &c,
        "domains/register",
        register_params(
            "sandboxdns.com",
            seed::LOGICBOXES_CUSTOMER_ID,
            seed::LOGICBOXES_CONTACT_ID,
        ),
    );
    let added = ok(
        &c,
        "dns/manage/add-mx-record",
        json!({"domain-name": "sandboxdns.com", "value": "mail.sandboxdns.com", "host": "@",
               "priority": 20}),
    );
    assert_eq!(added["status"], "Success", "{added}");
    let dup = call(
        &c,
        "dns/manage/add-mx-record",
        json!({"domain-name": "sandboxdns.com", "value": "mail.sandboxdns.com", "host": "@"}),
    );
    assert!(dup.is_err(), "{dup:?}");
    let mx = ok(
        &c,
        "dns/manage/search-records",
        json!({"domain-name": "sandboxdns.com", "type": "MX", "no-of-records": 10, "page-no": 1}),
    );
    let s = mx.to_string();
    assert!(
        s.contains("mail.sandboxdns.com") && s.contains("\"20\""),
        "{s}"
    );
    assert!(s.contains("timetolive") && s.contains("14400"), "{s}");

    common::facade_add("logicboxes", &config, "sandboxdns.com", "www", "192.0.2.10");
    assert_eq!(
        common::facade_records("logicboxes", &config, "sandboxdns.com"),
        ["A www 192.0.2.10", "MX @ mail.sandboxdns.com"]
    );
    let none = ok(
        &c,
        "dns/manage/search-records",
        json!({"domain-name": "sandboxdns.com", "type": "TXT", "no-of-records": 10, "page-no": 1}),
    );
    assert!(none.to_string().contains("\"recsindb\":\"0\""), "{none}");
}
