//! Name.com session flow: login → domain/get → logout against recorded responses (the examples of
//! namecom-legacy-shapes.md §2, §8, §3), plus the failure paths, the order rule and the generic path.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use registrar_kit::providers::namecom::{
    Client, DomainGet, Login, Order, OrderItem, OrderType, SessionFlow, Step,
};
use registrar_kit::{ErrorKind, HttpRequest, HttpResponse, Operation};
use serde_json::json;

const TOKEN: &str = "5aa8f811f83763414c55a62a341ff808b4c10631";

fn login_ok() -> HttpResponse {
    HttpResponse::new(
        200,
        format!(
            r#"{{"result":{{"code":100,"message":"Command Successful"}},"session_token":"{TOKEN}"}}"#
        ),
    )
}

fn domain_get_ok() -> HttpResponse {
    HttpResponse::new(
        200,
        r#"{"result":{"code":100,"message":"Command Successful"},"domain_name":"testdomain1.com","create_date":"2010-06-21 20:54:55","expire_date":"2011-06-21 20:54:55","locked":false,"nameservers":["ns1.name.com","ns2.name.com"],"username":"testaccount","contacts":[]}"#,
    )
}

fn ack() -> HttpResponse {
    HttpResponse::new(
        200,
        r#"{"result":{"code":100,"message":"Command Successful"}}"#,
    )
}

fn client() -> Client {
    Client::new("jdoe", "SEKRET-API-TOKEN", "test").unwrap()
}

/// Runs the flow with `answers`, returning the requests it sent and its report.
fn run(
    flow: &mut SessionFlow,
    answers: Vec<HttpResponse>,
) -> (
    Vec<HttpRequest>,
    registrar_kit::providers::namecom::SessionReport,
) {
    let mut sent = Vec::new();
    let mut answers = answers.into_iter();
    loop {
        match flow.next() {
            Step::Send(req) => {
                sent.push(req);
                let answer = answers
                    .next()
                    .expect("the flow sent more requests than recorded");
                flow.feed(&answer);
            }
            Step::Done(report) => return (sent, report),
        }
    }
}

#[test]
fn login_domain_get_logout() {
    let mut flow = SessionFlow::new(
        &client(),
        vec![(
            "domain/get".into(),
            json!({"domain_name": "testdomain1.com"}),
        )],
    )
    .unwrap();
    let (sent, report) = run(&mut flow, vec![login_ok(), domain_get_ok(), ack()]);

    assert_eq!(sent.len(), 3);
    // login: credentials in the body, no credentials headers.
    assert_eq!(sent[0].method, "POST");
    assert_eq!(sent[0].url, "https://api.dev.name.com/api/login");
    assert_eq!(
        sent[0].body_text(),
        r#"{"username":"jdoe","api_token":"SEKRET-API-TOKEN"}"#
    );
    assert!(sent[0].header("api-token").is_none());
    assert!(sent[0].header("api-session-token").is_none());
    // domain/get: signed with the session token only.
    assert_eq!(sent[1].method, "GET");
    assert_eq!(
        sent[1].url,
        "https://api.dev.name.com/api/domain/get/testdomain1.com"
    );
    assert_eq!(sent[1].header("api-session-token"), Some(TOKEN));
    assert!(sent[1].header("api-username").is_none());
    assert!(sent[1].header("api-token").is_none());
    // logout.
    assert_eq!(sent[2].method, "GET");
    assert_eq!(sent[2].url, "https://api.dev.name.com/api/logout");
    assert_eq!(sent[2].header("api-session-token"), Some(TOKEN));

    assert!(report.error.is_none(), "{:?}", report.error);
    assert!(report.logout_error.is_none());
    assert_eq!(report.outputs.len(), 1);
    assert_eq!(report.outputs[0]["domain_name"], json!("testdomain1.com"));
    assert_eq!(report.outputs[0]["locked"], json!(false));

    // Done stays done; feeding more changes nothing.
    flow.feed(&ack());
    assert!(matches!(flow.next(), Step::Done(_)));

    // No rendering of the flow or its requests shows a credential.
    for r in [
        format!("{flow:?}"),
        format!("{:?}", sent[0]),
        format!("{:?}", sent[1]),
        sent[0].to_json(true).to_string(),
        sent[1].to_json(true).to_string(),
    ] {
        assert!(!r.contains("SEKRET-API-TOKEN"), "{r}");
        assert!(!r.contains(TOKEN), "{r}");
    }
}

#[test]
fn next_repeats_the_pending_request() {
    let mut flow = SessionFlow::new(&client(), vec![]).unwrap();
    let a = match flow.next() {
        Step::Send(r) => r,
        Step::Done(_) => panic!("expected login"),
    };
    let b = match flow.next() {
        Step::Send(r) => r,
        Step::Done(_) => panic!("expected login again"),
    };
    assert_eq!(a, b);
    // With no calls: login → logout.
    let (sent, report) = run(&mut flow, vec![login_ok(), ack()]);
    assert_eq!(sent.len(), 2);
    assert!(sent[1].url.ends_with("/api/logout"));
    assert!(report.outputs.is_empty() && report.error.is_none());
}

#[test]
fn failed_login_ends_without_calls() {
    let mut flow = SessionFlow::new(&client(), vec![("account/get".into(), json!({}))]).unwrap();
    let bad = HttpResponse::new(
        200,
        r#"{"result":{"code":221,"message":"Authorization Error - Username Or Ip Token Invalid"}}"#,
    );
    let (sent, report) = run(&mut flow, vec![bad]);
    assert_eq!(sent.len(), 1);
    let e = report.error.unwrap();
    assert_eq!(e.kind(), ErrorKind::Auth);
    assert_eq!(e.provider_code(), Some("221"));
}

#[test]
fn failed_call_still_logs_out_and_stops() {
    let mut flow = SessionFlow::new(
        &client(),
        vec![
            ("domain/get".into(), json!({"domain_name": "example.com"})),
            ("dns/list".into(), json!({"domain_name": "example.com"})),
        ],
    )
    .unwrap();
    let denied = HttpResponse::new(
        200,
        r#"{"result":{"code":221,"message":"Authorization Error - Domain Not In Account"}}"#,
    );
    let (sent, report) = run(&mut flow, vec![login_ok(), denied, ack()]);
    assert_eq!(sent.len(), 3, "dns/list must not be sent after a failure");
    assert!(sent[2].url.ends_with("/api/logout"));
    assert_eq!(report.error.unwrap().kind(), ErrorKind::Auth);
    assert!(report.outputs.is_empty());
}

#[test]
fn logout_failure_keeps_outputs() {
    let mut flow = SessionFlow::from_json(
        &client(),
        &json!([{"operation": "domain/get", "params": {"domain_name": "testdomain1.com"}}]),
    )
    .unwrap();
    let (_, report) = run(
        &mut flow,
        vec![
            login_ok(),
            domain_get_ok(),
            HttpResponse::new(502, "<html>Bad Gateway</html>"),
        ],
    );
    assert_eq!(report.outputs.len(), 1);
    assert!(report.error.is_none());
    assert_eq!(report.logout_error.unwrap().kind(), ErrorKind::ProviderDown);
}

#[test]
fn bad_calls_are_refused_before_anything_is_sent() {
    let c = client();
    let e = SessionFlow::new(
        &c,
        vec![("domain/get".into(), json!({"domain_name": "not a domain"}))],
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("domain_name"));
    let e = SessionFlow::new(&c, vec![("logout".into(), json!({}))]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let e = SessionFlow::new(&c, vec![("domain/nope".into(), json!({}))]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unsupported);
    let session = Client::with_session_token(TOKEN, "live").unwrap();
    assert!(SessionFlow::new(&session, vec![]).is_err());
}

#[test]
fn session_client_by_hand() {
    let session = client().with_session(TOKEN).unwrap();
    let req = DomainGet::new("testdomain1.com").to_http(&session).unwrap();
    assert_eq!(req.headers()["api-session-token"], TOKEN);
    let info = DomainGet::parse(domain_get_ok().as_http()).unwrap();
    assert_eq!(info.nameservers, vec!["ns1.name.com", "ns2.name.com"]);
}

#[test]
fn config_shapes() {
    use registrar_kit::catalog::Client as Generic;
    for (config, field) in [
        (json!({"username": "u", "api_token": "t"}), "config"),
        (json!({"username": "u", "endpoint": "test"}), "api_token"),
        (json!({"api_token": "t", "endpoint": "test"}), "username"),
        (json!({"endpoint": "test"}), "config"),
        (
            json!({"username": "u", "api_token": "t", "session_token": "s", "endpoint": "test"}),
            "config",
        ),
        (
            json!({"username": "u", "api_token": "t", "endpoint": "ftp://x"}),
            "endpoint",
        ),
        (
            json!({"username": "u", "api_token": "", "endpoint": "live"}),
            "api_token",
        ),
        (
            json!({"session_token": "a\nb", "endpoint": "live"}),
            "session_token",
        ),
        (
            json!({"username": "u", "api_token": "t", "endpoint": "live", "x": 1}),
            "config",
        ),
    ] {
        let e = Generic::new("namecom", &config).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{config}");
        assert_eq!(e.field(), Some(field), "{config}");
    }
    let live = Generic::new(
        "namecom",
        &json!({"username": "u", "api_token": "t", "endpoint": "live"}),
    )
    .unwrap();
    let req = live.prepare("hello", json!({})).unwrap();
    assert_eq!(req.url, "https://api.name.com/api/hello");
    let sandbox = Generic::new(
        "namecom",
        &json!({"session_token": TOKEN, "endpoint": "http://127.0.0.1:8080/"}),
    )
    .unwrap();
    let req = sandbox.prepare("domain/list", json!({})).unwrap();
    assert_eq!(req.url, "http://127.0.0.1:8080/api/domain/list");
    assert!(!format!("{sandbox:?}").contains(TOKEN));
}

#[test]
fn typed_order_with_a_failed_item() {
    let order = Order {
        items: vec![
            OrderItem::new(OrderType::DomainCreate, "testdomain1.com", 1),
            OrderItem::new(OrderType::DomainRenew, "testdomain3.org", 1).with_whois_privacy(),
        ],
    };
    let req = order.to_http(&client()).unwrap();
    assert_eq!(
        String::from_utf8_lossy(req.body()),
        r#"{"items":[{"order_type":"domain/create","domain_name":"testdomain1.com","period":1},{"order_type":"domain/renew","domain_name":"testdomain3.org","period":1,"whois_privacy":1}]}"#
    );
    let answer = HttpResponse::new(
        200,
        r#"{"result":{"code":100,"message":"Command Successful"},"results":[{"success":false,"order_type":"domain/create","domain_name":"testdomain1.com","price":"9.99","duration":"1","interval":"year","information":["Parameter Value Error - Domain Name Is Not Available"]},{"success":true,"order_type":"domain/renewal","domain_name":"testdomain3.org","price":"8.99","duration":"1","interval":"year"},{"success":true,"order_type":"whois_privacy/renewal","domain_name":"testdomain3.org","price":"1.99","duration":"1","interval":"year"}]}"#,
    );
    let out = Order::parse(answer.as_http()).unwrap();
    assert!(!out.all_succeeded);
    assert!(!out.items[0].ok);
    assert_eq!(out.items[0].error.as_ref().unwrap().kind, "unavailable");
    assert_eq!(out.items[1].order_type, "domain/renew");
    assert_eq!(out.items[2].order_type, "whois_privacy/renew");

    let conflicting = Order {
        items: vec![
            OrderItem::new(OrderType::DomainRenew, "testdomain3.org", 1).with_whois_privacy(),
            OrderItem::new(OrderType::WhoisPrivacyRenew, "testdomain3.org", 1),
        ],
    };
    let e = conflicting.to_http(&client()).unwrap_err();
    assert_eq!(e.field(), Some("items[0].whois_privacy"));
}

#[test]
fn login_output_keeps_the_token_but_never_prints_it() {
    let out = Login::parse(login_ok().as_http()).unwrap();
    assert_eq!(out.session_token, TOKEN);
    let shown = format!("{out:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains("***"), "{shown}");
    // The JSON output carries it: the caller builds its session client from it.
    let generic = registrar_kit::catalog::Client::new(
        "namecom",
        &json!({"username": "jdoe", "api_token": "t", "endpoint": "test"}),
    )
    .unwrap()
    .parse("login", &login_ok())
    .unwrap();
    assert_eq!(generic["session_token"], json!(TOKEN));
}
