//! REG.API signatures byte for byte against OpenSSL (`openssl dgst -sha1|-sha512 -sign key.pem`),
//! with keys generated here by the `openssl` command (a test-only dependency), PKCS#1 and PKCS#8 PEM.

#![cfg(feature = "regru-sign")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use base64::Engine as _;
use registrar_kit::catalog::Client;
use registrar_kit::providers::regru::sign::{self, Digest, SigningKey, decode_form, text_to_sign};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("regru-sign-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// (PKCS#1 PEM path, PKCS#8 PEM path) of a fresh 2048-bit key.
fn keys(dir: &Path) -> (PathBuf, PathBuf) {
    let k8 = dir.join("key8.pem");
    let k1 = dir.join("key1.pem");
    let ok = Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
        ])
        .arg(&k8)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("the openssl command is needed for this test");
    assert!(ok.success());
    let ok = Command::new("openssl")
        .args(["rsa", "-traditional", "-in"])
        .arg(&k8)
        .arg("-out")
        .arg(&k1)
        .status()
        .unwrap();
    assert!(ok.success());
    let pem1 = std::fs::read_to_string(&k1).unwrap();
    assert!(
        pem1.contains("BEGIN RSA PRIVATE KEY"),
        "PKCS#1 PEM expected"
    );
    let pem8 = std::fs::read_to_string(&k8).unwrap();
    assert!(pem8.contains("BEGIN PRIVATE KEY"), "PKCS#8 PEM expected");
    (k1, k8)
}

fn openssl_sig(key: &Path, digest: &str, text: &str, dir: &Path) -> String {
    let input = dir.join("text.txt");
    std::fs::write(&input, text.as_bytes()).unwrap();
    let out = Command::new("openssl")
        .args(["dgst", &format!("-{digest}"), "-sign"])
        .arg(key)
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    base64::engine::general_purpose::STANDARD.encode(out.stdout)
}

#[test]
fn worked_example_text() {
    let pairs: Vec<(String, String)> = [
        ("username", "test"),
        ("output_content_type", "plain"),
        ("show_input_params", "1"),
        ("domain_name", "qqq.ru"),
        ("leftdata", "1"),
        ("leftdata", "2"),
        ("leftdata", "3"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    assert_eq!(text_to_sign(&pairs).unwrap(), "1;1;2;3;plain;qqq.ru;test");
}

#[test]
fn signatures_match_openssl_for_both_pem_forms_and_digests() {
    let dir = workdir("texts");
    let (k1, k8) = keys(&dir);
    let texts = ["1;1;2;3;plain;qqq.ru;test", "", "Иван;json;пример.рф;test"];
    for key_path in [&k1, &k8] {
        let key = SigningKey::from_pem(&std::fs::read_to_string(key_path).unwrap()).unwrap();
        for (digest, name) in [(Digest::Sha1, "sha1"), (Digest::Sha512, "sha512")] {
            for text in texts {
                assert_eq!(
                    sign::sign_text(&key, text, digest).unwrap(),
                    openssl_sig(key_path, name, text, &dir),
                    "{name} over {text:?} with {}",
                    key_path.display()
                );
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn signed_requests_carry_the_openssl_signature_of_their_own_text() {
    let dir = workdir("requests");
    let (k1, k8) = keys(&dir);
    for (key_path, digest) in [(&k1, "sha1"), (&k8, "sha512")] {
        let pem = std::fs::read_to_string(key_path).unwrap();
        let client = Client::new(
            "regru",
            &json!({"username": "reseller", "private_key_pem": pem, "digest": digest}),
        )
        .unwrap();
        let req = client
            .prepare(
                "zone/add_txt",
                json!({"domains": [{"dname": "пример.рф"}, {"dname": "test.ru"}], "subdomain": "@", "text": "v=spf1 -all", "lang": "ru"}),
            )
            .unwrap();
        let pairs = decode_form(&req.body);
        assert!(!pairs.iter().any(|(k, _)| k == "password"));
        let (last_key, sig) = pairs.last().unwrap().clone();
        assert_eq!(last_key, "sig");
        let text = text_to_sign(&pairs).unwrap();
        assert_eq!(
            text,
            "@;json;json;reseller;ru;test.ru;v=spf1 -all;пример.рф"
        );
        assert_eq!(sig, openssl_sig(key_path, digest, &text, &dir));
        // The key never prints.
        let rendered = format!("{client:?} {req:?}");
        assert!(!rendered.contains("PRIVATE KEY"), "{rendered}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_keys_are_refused_without_echoing_them() {
    for pem in [
        "not a key",
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\nSECRETSTUFF\n-----END PRIVATE KEY-----",
    ] {
        let err =
            Client::new("regru", &json!({"username": "u", "private_key_pem": pem})).unwrap_err();
        assert_eq!(err.field(), Some("private_key_pem"));
        assert!(!err.to_string().contains("SECRETSTUFF"));
    }
}
