//! DomainContext: every example URL of `domaincontext.txt`, copied here verbatim, is reproduced
//! parameter for parameter by its command — checked by decoding both query strings with an
//! independent decoder (`form_urlencoded`, which reads `+` and `%20` as PHP does) and comparing the
//! pairs in order, and for every example but §2.9 also byte for byte.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use registrar_kit::catalog::Client;
use serde_json::{Value, json};

/// The examples as the document prints them (the introduction's run-time example is §2.1's URL).
fn examples() -> Vec<(&'static str, &'static str, Value, &'static str)> {
    vec![
        (
            "§2.1 (and the introduction)",
            "domainsCheck",
            json!({"domains": ["test.com", "adfwer234asdf.net"]}),
            "https://demo-api.domaincontext.com/domainsCheck?auth_login=demo&auth_password=demo&domains=test.com,adfwer234asdf.net",
        ),
        (
            "§2.2",
            "domainRegister",
            json!({"domain": "test42345.com"}),
            "https://demo-api.domaincontext.com/domainRegister?auth_login=demo&auth_password=demo&domain=test42345.com",
        ),
        (
            "§2.3",
            "domainsRegister",
            json!([{"domain": "test42345.com"}, {"domain": "test123123.net"}]),
            "https://demo-api.domaincontext.com/domainsRegister?auth_login=demo&auth_password=demo&0[domain]=test42345.com&1[domain]=test123123.net",
        ),
        (
            "§2.4",
            "domainGetInfo",
            json!({"domain": "test42345.com"}),
            "https://demo-api.domaincontext.com/domainGetInfo?auth_login=demo&auth_password=demo&domain=test42345.com",
        ),
        (
            "§2.5",
            "domainsGetInfo",
            json!([{"domain": "test42345.com"}, {"domain": "test.com"}]),
            "https://demo-api.domaincontext.com/domainsGetInfo?auth_login=demo&auth_password=demo&0[domain]=test42345.com&1[domain]=test.com",
        ),
        (
            "§2.6",
            "domainSetNote",
            json!({"domain": "test.com", "note": "abc"}),
            "https://demo-api.domaincontext.com/domainSetNote?auth_login=demo&auth_password=demo&domain=test.com&note=abc",
        ),
        (
            "§2.7",
            "domainsSetNote",
            json!([{"domain": "test.com", "note": "abc"}, {"domain": "test3.com", "note": "def"}]),
            "https://demo-api.domaincontext.com/domainsSetNote?auth_login=demo&auth_password=demo&0[domain]=test.com&0[note]=abc&1[domain]=test3.com&1[note]=def",
        ),
        (
            "§2.8",
            "domainsSetDNS",
            json!({"5504202": {"1": {"type": "a", "value": "123.123.123.123", "no": 1, "ttl": 7200, "status": "new"}}}),
            "https://demo-api.domaincontext.com/domainsSetDNS?auth_login=demo&auth_password=demo&5504202[1][type]=a&5504202[1][value]=123.123.123.123&5504202[1][no]=1&5504202[1][ttl]=7200&5504202[1][status]=new",
        ),
        (
            "§2.9",
            "serverBuy",
            json!({
                "tariff": "XENSSD VDS 4 100+",
                "os": "centos",
                "panel": "isp",
                "cluster_id": 1,
                "social": "test",
                "purpose": "test",
                "callback_url": "http://my.domain.com/page/for/callback"
            }),
            r"https://demo-api.domaincontext.com/serverBuy?auth_login=demo&auth_password=demo&tariff=XENSSD%20VDS%204%20100+&os=centos&panel=isp&cluster_id=1&social=test&purpose=test&callback_url=http:\/\/my.domain.com\/page\/for\/callback",
        ),
    ]
}

fn pairs(url: &str) -> (String, Vec<(String, String)>) {
    let (base, query) = url.split_once('?').unwrap();
    let pairs = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    (base.to_owned(), pairs)
}

fn get_client() -> Client {
    Client::new(
        "domaincontext",
        &json!({"auth_login": "demo", "auth_password": "demo", "endpoint": "demo", "method": "GET"}),
    )
    .unwrap()
}

#[test]
fn every_example_url_is_reproduced_parameter_for_parameter() {
    let c = get_client();
    for (section, op, params, doc_url) in examples() {
        let req = c.prepare(op, params).unwrap();
        assert_eq!(req.method, "GET", "{section}");
        let (doc_base, doc_pairs) = pairs(doc_url);
        let (base, ours) = pairs(&req.url);
        assert_eq!(base, doc_base, "{section}: path");
        let names = |p: &[(String, String)]| p.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&ours),
            names(&doc_pairs),
            "{section}: the same parameters in the same order"
        );
        if op == "serverBuy" {
            // §2.9 is not a valid encoding of what it means: its literal `+` decodes to a space
            // (PHP reads `100+` as "100 "), and `\/` is JSON escaping pasted into a URL. The
            // library sends the evident values; every other pair is the document's.
            for ((k, ours), (_, doc)) in ours.iter().zip(&doc_pairs) {
                match k.as_str() {
                    "tariff" => {
                        assert_eq!(doc, "XENSSD VDS 4 100 ");
                        assert_eq!(ours, "XENSSD VDS 4 100+");
                    }
                    "callback_url" => {
                        assert_eq!(doc, r"http:\/\/my.domain.com\/page\/for\/callback");
                        assert_eq!(ours, &doc.replace(r"\/", "/"));
                    }
                    _ => assert_eq!(ours, doc, "{section}: {k}"),
                }
            }
        } else {
            assert_eq!(ours, doc_pairs, "{section}: values");
            assert_eq!(req.url, doc_url, "{section}: byte for byte");
        }
    }
}

#[test]
fn post_sends_the_same_pairs_in_the_body() {
    let get = get_client();
    let post = Client::new(
        "domaincontext",
        &json!({"auth_login": "demo", "auth_password": "demo", "endpoint": "demo"}),
    )
    .unwrap();
    for (section, op, params, _) in examples() {
        let g = get.prepare(op, params.clone()).unwrap();
        let p = post.prepare(op, params).unwrap();
        assert_eq!(p.method, "POST", "{section}");
        let (base, query) = g.url.split_once('?').unwrap();
        assert_eq!(p.url, base, "{section}: no credentials in the URL");
        assert_eq!(p.body_text(), query, "{section}");
        assert!(
            p.headers
                .iter()
                .any(|(k, v)| k == "content-type" && v == "application/x-www-form-urlencoded"),
            "{section}"
        );
    }
}

#[test]
fn the_comma_list_may_be_given_as_the_document_writes_it() {
    let c = get_client();
    let list = c
        .prepare(
            "domainsCheck",
            json!({"domains": ["test.com", "adfwer234asdf.net"]}),
        )
        .unwrap();
    for text in [
        "test.com,adfwer234asdf.net",
        "test.com, adfwer234asdf.net",
        " test.com ,adfwer234asdf.net ",
    ] {
        let one = c.prepare("domainsCheck", json!({"domains": text})).unwrap();
        assert_eq!(one.url, list.url, "{text:?}");
    }
    for bad in ["", " ", "test.com,", "test.com,,a.net", "0"] {
        assert!(
            c.prepare("domainsCheck", json!({"domains": bad})).is_err(),
            "{bad:?}"
        );
    }
}
