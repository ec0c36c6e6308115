//! REG.API client configuration, layout rules and secrets.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use registrar_kit::catalog::{self, Client};
use registrar_kit::{ErrorKind, HttpResponse, Safety};
use serde_json::json;

#[test]
fn config_is_validated() {
    for (config, field) in [
        (json!({"username": "", "password": "p"}), "username"),
        (json!({"username": "u"}), "password"),
        (json!({"password": "p"}), "config"),
        (
            json!({"username": "u", "password": "p", "extra": 1}),
            "config",
        ),
        (
            json!({"username": "u", "password": "p", "digest": "md5"}),
            "config",
        ),
        (
            json!({"username": "u", "password": "p", "base_url": "ftp://x/"}),
            "base_url",
        ),
    ] {
        let err = Client::new("regru", &config).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{config}");
        assert_eq!(err.field(), Some(field), "{config}");
    }
}

#[test]
fn password_never_prints_and_base_url_is_honoured() {
    let c = Client::new(
        "regru",
        &json!({"username": "u", "password": "SEKRET-PW", "base_url": "http://127.0.0.1:9/api/regru2"}),
    )
    .unwrap();
    let req = c.prepare("nop", json!({})).unwrap();
    assert_eq!(req.url, "http://127.0.0.1:9/api/regru2/nop");
    assert_eq!(req.method, "POST");
    assert!(req.body_text().contains("password=SEKRET-PW"));
    for r in [
        format!("{c:?}"),
        format!("{req:?}"),
        req.to_json(true).to_string(),
    ] {
        assert!(!r.contains("SEKRET-PW"), "{r}");
    }
}

#[test]
fn every_function_is_post_under_regru2_and_unsafe_ones_name_a_confirmation() {
    let ops = catalog::operations("regru");
    assert_eq!(ops.len(), 118);
    for m in ops {
        assert_eq!(m.method, "POST");
        assert_eq!(m.path, format!("/api/regru2/{}", m.name));
        if m.safety == Safety::Unsafe {
            if let Some(c) = m.confirm_with {
                assert!(catalog::metadata("regru", c).is_some(), "{} → {c}", m.name);
            }
        }
        assert!(m.notes.iter().any(|n| n.contains("client certificate")));
    }
}

#[test]
fn success_envelope_with_failed_items_is_not_plain_success() {
    let c = Client::new("regru", &json!({"username": "test", "password": "test"})).unwrap();
    let body = r#"{"answer":{"domains":[{"dname":"a.ru","result":"success","service_id":1},{"dname":"b.ru","error_code":"DOMAIN_NOT_FOUND","error_text":"Domain b.ru not found or not owned by You","result":"error"}]},"result":"success"}"#;
    let out = c
        .parse("zone/clear", &HttpResponse::new(200, body))
        .unwrap();
    assert_eq!(out["all_succeeded"], json!(false));
    assert_eq!(out["failed_items"][0]["kind"], json!("not_found"));
    assert_eq!(out["failed_items"][0]["dname"], json!("b.ru"));
}

#[test]
fn plain_lists_repeat_and_objects_force_input_data() {
    let c = Client::new("regru", &json!({"username": "test", "password": "test"})).unwrap();
    let req = c
        .prepare(
            "user/create",
            json!({"user_login": "a", "user_password": "b", "user_email": "c@d.e", "user_country_code": "RU", "white_list_ips": ["1.2.3.4", "5.6.7.8"]}),
        )
        .unwrap();
    let body = req.body_text();
    assert!(
        body.contains("white_list_ips=1.2.3.4&white_list_ips=5.6.7.8"),
        "{body}"
    );
    assert!(!body.contains("input_data"));
    let req = c
        .prepare(
            "domain/update_nss",
            json!({"domain_name": "a.ru", "nss": {"ns0": "ns1.reg.ru", "ns1": "ns2.reg.ru"}}),
        )
        .unwrap();
    let body = req.body_text();
    assert!(body.contains("input_format=json"), "{body}");
    assert!(body.contains("domain_name%22%3A%22a.ru"), "{body}");
    assert!(body.starts_with("input_data="), "{body}");
}

#[test]
fn typed_answers_keep_unknown_members_and_flag_failed_items() {
    use registrar_kit::operation::Operation as _;
    use registrar_kit::providers::regru::DomainCheck;
    let body = br#"{"answer":{"domains":[{"dname":"a.ru","result":"Available","new_member":7},{"dname":"b.ru","error_code":"DOMAIN_ALREADY_EXISTS","result":"Domain already exists, use whois service"}]},"result":"success"}"#;
    let resp = http::Response::builder()
        .status(200)
        .body(&body[..])
        .unwrap();
    let out = DomainCheck::parse(resp).unwrap();
    let items = out.answer.domains.unwrap();
    assert!(items[0].is_available());
    assert!(!items[1].is_available());
    assert_eq!(items[0].extra.get("new_member"), Some(&json!(7)));
    assert_eq!(out.all_succeeded, Some(false));
    assert_eq!(
        out.failed_items[0].error_code.as_deref(),
        Some("DOMAIN_ALREADY_EXISTS")
    );
    // A member of an unexpected shape is a protocol error, not a panic.
    let bad = br#"{"answer":{"domains":"x"},"result":"success"}"#;
    let resp = http::Response::builder()
        .status(200)
        .body(&bad[..])
        .unwrap();
    assert_eq!(
        DomainCheck::parse(resp).unwrap_err().kind(),
        ErrorKind::Protocol
    );
}

#[test]
fn invoice_lists_and_action_results_are_read_per_item() {
    let c = Client::new("regru", &json!({"username": "test", "password": "test"})).unwrap();
    let body = r#"{"answer":{"bills":[{"bill_id":"1","result":"success","status":"deleted"},{"bill_id":"2","error_code":"BILL_ID_NOT_FOUND"}]},"result":"success"}"#;
    let out = c
        .parse("bill/delete", &HttpResponse::new(200, body))
        .unwrap();
    assert_eq!(out["all_succeeded"], json!(false));
    assert_eq!(out["failed_items"][0]["bill_id"], json!("2"));
    assert_eq!(out["failed_items"][0]["kind"], json!("not_found"));
    let body = r#"{"answer":{"domains":[{"domain_name":"a.ru","result":"accepted"},{"domain_name":"b.ru","result":"refused"}]},"result":"success"}"#;
    let out = c
        .parse(
            "domain/accept_or_refuse_entering_list",
            &HttpResponse::new(200, body),
        )
        .unwrap();
    assert_eq!(out["all_succeeded"], json!(true));
}

#[test]
fn new_typed_answers_read_every_form_and_refuse_wrong_shapes() {
    let c = Client::new("regru", &json!({"username": "test", "password": "test"})).unwrap();
    let parse = |op: &str, body: &str| c.parse(op, &HttpResponse::new(200, body));
    // Top-level lists: items in order; `{}` reads as no items; a text is a protocol error.
    let out = parse(
        "domain/get_rereg_data",
        r#"{"answer":[{"dname":"a.ru","is_recommended":"1","start_price":2500,"x":null}],"result":"success"}"#,
    )
    .unwrap();
    assert_eq!(
        out["answer"],
        json!([{"dname": "a.ru", "is_recommended": true, "start_price": "2500", "x": null}])
    );
    let out = parse(
        "domain/get_rereg_data",
        r#"{"answer":{},"result":"success"}"#,
    )
    .unwrap();
    assert_eq!(out["answer"], json!([]));
    for (op, body) in [
        (
            "domain/get_rereg_data",
            r#"{"answer":"x","result":"success"}"#,
        ),
        (
            "domain/get_rereg_data",
            r#"{"answer":{"a":1},"result":"success"}"#,
        ),
        (
            "service/get_servtype_details",
            r#"{"answer":[{"is_renewable":"maybe"}],"result":"success"}"#,
        ),
        (
            "domain/get_tld_info",
            r#"{"answer":{"tld_info":{"max_nss_count":"many"}},"result":"success"}"#,
        ),
        (
            "domain/get_tld_info",
            r#"{"answer":{"tld_info":[1]},"result":"success"}"#,
        ),
        (
            "hosting/get_rs_themes",
            r#"{"answer":{"happy":"x"},"result":"success"}"#,
        ),
        (
            "shop/get_category_list",
            r#"{"answer":{"category_list":[{"subcategories":[{"id":{}}]}]},"result":"success"}"#,
        ),
        (
            "service/get_details",
            r#"{"answer":{"services":[{"service_id":[1]}]},"result":"success"}"#,
        ),
    ] {
        let e = parse(op, body).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Protocol, "{op}: {body}");
    }
    // Details keep whatever the service type carries; an item error is still an item error.
    let out = parse(
        "service/get_details",
        r#"{"answer":{"services":[{"service_id":1,"details":{"login":"u1"}},{"error_code":"SERVICE_NOT_FOUND","service_id":"2"}]},"result":"success"}"#,
    )
    .unwrap();
    assert_eq!(out["answer"]["services"][0]["service_id"], json!("1"));
    assert_eq!(
        out["answer"]["services"][0]["details"],
        json!({"login": "u1"})
    );
    assert_eq!(out["all_succeeded"], json!(false));
    // DNSSEC items that fail with only a text are failures too, and records keep their names.
    let out = parse(
        "dnssec/get_records",
        r#"{"answer":{"domains":[{"dname":"a.ru","result":"success","records":[{"DS":"a.ru. IN DS 1 13 2 ab","keytag":2371}]},{"dname":"b.ru","result":"error","error_text":"This domain doesn't support DNSSEC"}]},"result":"success"}"#,
    )
    .unwrap();
    assert_eq!(
        out["answer"]["domains"][0]["records"][0],
        json!({"DS": "a.ru. IN DS 1 13 2 ab", "keytag": "2371"})
    );
    assert_eq!(out["all_succeeded"], json!(false));
}
