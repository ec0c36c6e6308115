//! Where the client configuration comes from: `--config`, `REGISTRAR_CONFIG`, or one environment
//! variable per configuration member (`ALLDOMAINS_TOKEN`, `LOGICBOXES_API_KEY`, …).

use crate::input::{self, CliError};
use registrar_kit::catalog::PROVIDERS;
use serde_json::{Map, Value};

/// The variable holding a whole configuration as JSON (or `@file`), for one provider or keyed by
/// provider id.
pub const REGISTRAR_CONFIG: &str = "REGISTRAR_CONFIG";

/// Per provider: `(variable, config member)`. Empty variables count as unset.
pub const VARIABLES: &[(&str, &[(&str, &str)])] = &[
    (
        "alldomains",
        &[
            ("ALLDOMAINS_TOKEN", "token"),
            ("ALLDOMAINS_BASE_URL", "base_url"),
        ],
    ),
    (
        "logicboxes",
        &[
            ("LOGICBOXES_AUTH_USERID", "auth_userid"),
            ("LOGICBOXES_API_KEY", "api_key"),
            ("LOGICBOXES_ENDPOINT", "endpoint"),
            ("LOGICBOXES_CHECK_ENDPOINT", "check_endpoint"),
        ],
    ),
    (
        "regru",
        &[
            ("REGRU_USERNAME", "username"),
            ("REGRU_PASSWORD", "password"),
            ("REGRU_PRIVATE_KEY_PEM", "private_key_pem"),
            (REGRU_PRIVATE_KEY_FILE, "private_key_pem"),
            ("REGRU_DIGEST", "digest"),
            ("REGRU_BASE_URL", "base_url"),
        ],
    ),
    (
        "domaincontext",
        &[
            ("DOMAINCONTEXT_AUTH_LOGIN", "auth_login"),
            ("DOMAINCONTEXT_AUTH_PASSWORD", "auth_password"),
            ("DOMAINCONTEXT_ENDPOINT", "endpoint"),
            ("DOMAINCONTEXT_METHOD", "method"),
        ],
    ),
    (
        "namecom",
        &[
            ("NAMECOM_USERNAME", "username"),
            ("NAMECOM_API_TOKEN", "api_token"),
            ("NAMECOM_SESSION_TOKEN", "session_token"),
            ("NAMECOM_ENDPOINT", "endpoint"),
        ],
    ),
];

/// The one variable that names a file instead of holding the value.
const REGRU_PRIVATE_KEY_FILE: &str = "REGRU_PRIVATE_KEY_FILE";

/// The configuration members that `--endpoint` replaces, per provider.
const ENDPOINT_MEMBERS: &[(&str, &[&str])] = &[
    ("alldomains", &["base_url"]),
    ("logicboxes", &["endpoint", "check_endpoint"]),
    ("regru", &["base_url"]),
    ("domaincontext", &["endpoint"]),
    ("namecom", &["endpoint"]),
];

/// A configuration that was found, and where (for error hints).
pub struct Resolved {
    /// The JSON-shaped configuration, as the bindings take it.
    pub config: Value,
    /// Where it came from (`--config`, `REGISTRAR_CONFIG`, `ALLDOMAINS_TOKEN, …`).
    pub source: String,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Finds the configuration of `provider`: `--config` first, then `REGISTRAR_CONFIG`, then the
/// provider's own variables. `None` when nothing is set (an unknown provider gets `{}`, so the
/// library names the known ones).
pub fn resolve(provider: &str, flag: Option<&str>) -> Result<Option<Resolved>, CliError> {
    if let Some(text) = flag {
        let config = input::json_arg(&input::read_arg(text, "--config")?, "config")?;
        return Ok(Some(Resolved {
            config,
            source: "--config".to_owned(),
        }));
    }
    if !PROVIDERS.contains(&provider) {
        return Ok(Some(Resolved {
            config: Value::Object(Map::new()),
            source: "none".to_owned(),
        }));
    }
    if let Some(text) = var(REGISTRAR_CONFIG) {
        let config = input::json_arg(&input::read_arg(&text, REGISTRAR_CONFIG)?, "config")?;
        let keyed = matches!(&config, Value::Object(m) if m.keys().any(|k| PROVIDERS.contains(&k.as_str())));
        if !keyed {
            return Ok(Some(Resolved {
                config,
                source: REGISTRAR_CONFIG.to_owned(),
            }));
        }
        if let Some(member) = config.get(provider) {
            return Ok(Some(Resolved {
                config: member.clone(),
                source: format!("{REGISTRAR_CONFIG} (member {provider:?})"),
            }));
        }
    }
    let vars = VARIABLES
        .iter()
        .find(|(p, _)| *p == provider)
        .map(|(_, v)| *v)
        .unwrap_or_default();
    let mut config = Map::new();
    let mut used = Vec::new();
    for (name, member) in vars {
        let Some(value) = var(name) else { continue };
        let value = if *name == REGRU_PRIVATE_KEY_FILE {
            std::fs::read_to_string(&value).map_err(|e| {
                CliError::usage(format!(
                    "{REGRU_PRIVATE_KEY_FILE}: cannot read {value}: {e}"
                ))
            })?
        } else {
            value
        };
        config.insert((*member).to_owned(), Value::String(value));
        used.push(*name);
    }
    if used.is_empty() {
        return Ok(None);
    }
    Ok(Some(Resolved {
        config: Value::Object(config),
        source: used.join(", "),
    }))
}

/// Replaces the base URL members of `config` with `endpoint`.
pub fn override_endpoint(provider: &str, config: &mut Value, endpoint: &str) {
    let members = ENDPOINT_MEMBERS
        .iter()
        .find(|(p, _)| *p == provider)
        .map(|(_, m)| *m)
        .unwrap_or_default();
    if let Value::Object(map) = config {
        for m in members {
            map.insert((*m).to_owned(), Value::String(endpoint.to_owned()));
        }
    }
}

/// The placeholder credentials `parse` uses when none are given (parsing reads no credential).
pub fn placeholder(provider: &str) -> Value {
    match provider {
        "alldomains" => serde_json::json!({"token": "unused"}),
        "logicboxes" => {
            serde_json::json!({"auth_userid": "1", "api_key": "unused", "endpoint": "test"})
        }
        "regru" => serde_json::json!({"username": "test", "password": "test"}),
        "domaincontext" => {
            serde_json::json!({"auth_login": "unused", "auth_password": "unused", "endpoint": "demo"})
        }
        "namecom" => serde_json::json!({"session_token": "unused", "endpoint": "test"}),
        _ => Value::Object(Map::new()),
    }
}

/// The hint printed when no configuration was found for `provider`.
pub fn missing_hint(provider: &str) -> String {
    let vars = VARIABLES
        .iter()
        .find(|(p, _)| *p == provider)
        .map(|(_, v)| v.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))
        .unwrap_or_default();
    format!(
        "no credentials for {provider}: pass --config '<json>' (or @file), or set \
         {REGISTRAR_CONFIG}, or the variables {vars} (see `registrar help prepare`)"
    )
}
