//! The README's first command: prepares an Alldomains.uz availability check and parses a sample
//! reply, with no network. Arguments (all optional): `[sld] [tld] [token]`.
//!
//! ```text
//! cargo run -p registrar-kit --example quickstart                # example-domain-2025 .com
//! cargo run -p registrar-kit --example quickstart -- mysite .uz
//! ```

use registrar_kit::catalog::Client;
use registrar_kit::{HttpResponse, Secret};
use serde_json::json;

fn main() {
    let mut args = std::env::args().skip(1);
    let sld = args
        .next()
        .unwrap_or_else(|| "example-domain-2025".to_owned());
    let tld = args.next().unwrap_or_else(|| ".com".to_owned());
    let token = Secret::new(args.next().unwrap_or_else(|| "demo-token".to_owned()));

    if let Err(e) = run(&sld, &tld, &token) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run(sld: &str, tld: &str, token: &Secret) -> Result<(), registrar_kit::Error> {
    let client = Client::new("alldomains", &json!({ "token": token.expose() }))?;

    // 1. Build the request. The host program would send it with its own HTTP client.
    let request = client.prepare("servicedomain/check", json!({ "sld": sld, "tld": tld }))?;
    println!("request (as a log would show it, credentials masked):");
    println!("{}", pretty(&request.to_json(true)));

    // 2. Hand back what came in. Here: the two replies the vendor's document shows.
    for (label, body) in [
        ("available", r#"{"result": true, "error": null}"#),
        (
            "taken",
            r#"{"result": null, "error": {"message": "Domain is not available.", "code": 9999}}"#,
        ),
    ] {
        let output = client.parse("servicedomain/check", &HttpResponse::new(200, body))?;
        println!(
            "\nsample reply ({label}): {body}\nparsed: {}",
            pretty(&output)
        );
    }

    // 3. Errors are typed: kind, retryable, the provider's code and message verbatim.
    let err = client
        .parse(
            "servicedomain/get_domain",
            &HttpResponse::new(
                200,
                r#"{"result": null, "error": {"message": "Domain not found", "code": 9999}}"#,
            ),
        )
        .err();
    if let Some(e) = err {
        println!("\nan error reply becomes: {}", pretty(&e.to_json()));
    }
    Ok(())
}

fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}
