//! `registrar-sandbox`: a faithful, in-memory stand-in for the registrar reseller APIs that
//! registrar-kit speaks, served over HTTP on loopback for tests and demos.
//!
//! Each vendor is served under its own path prefix, as if it were its own host:
//!
//! | provider | prefix | what to configure |
//! |---|---|---|
//! | `alldomains` | `/alldomains` | `base_url: "http://127.0.0.1:PORT/alldomains"` |
//! | `namecom` | `/namecom` | `endpoint: "http://127.0.0.1:PORT/namecom"` |
//! | `logicboxes` | `/logicboxes/api/` | `endpoint: "http://127.0.0.1:PORT/logicboxes/api/"` |
//! | `regru` | `/regru/api/regru2/` | `base_url: "http://127.0.0.1:PORT/regru/api/regru2/"` |
//! | `domaincontext` | `/domaincontext` | `endpoint: "http://127.0.0.1:PORT/domaincontext"` |
//!
//! Requests are decoded with standard decoders (`serde_json`, `form_urlencoded`), independent of
//! registrar-kit's encoders, so the two check each other. Authentication, response shapes and
//! error answers follow each vendor's document (`../shared/provider-docs`). State is in memory
//! and deterministic: ids from counters, a clock that starts at 2025-01-01 00:00:00 UTC and moves
//! one second per state-changing request. See `README.md` for the seeded accounts.

pub mod http;
pub mod state;

mod alldomains;
pub mod domaincontext;
mod logicboxes;
mod namecom;
pub mod regru;
mod util;

use http::{Handler, Request, Response, Server};
use serde_json::{Value, json};
use state::{Account, Contact, Customer, Registry};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

/// The providers served, with their path prefixes.
pub const PREFIXES: &[(&str, &str)] = &[
    ("alldomains", "/alldomains"),
    ("namecom", "/namecom"),
    ("logicboxes", "/logicboxes"),
    ("regru", "/regru"),
    ("domaincontext", "/domaincontext"),
];

/// Seeded credentials: one funded account and one nearly empty account per provider.
pub mod seed {
    /// Alldomains token of the funded account (balance 1000.00).
    pub const ALLDOMAINS_TOKEN: &str = "sandbox-alldomains-token";
    /// Alldomains token of the account with 5.00 (too little for any registration).
    pub const ALLDOMAINS_POOR_TOKEN: &str = "sandbox-alldomains-poor";
    /// Name.com username of the funded account (credit 1000.00).
    pub const NAMECOM_USERNAME: &str = "sandbox";
    /// Its API token.
    pub const NAMECOM_API_TOKEN: &str = "sandbox-namecom-token";
    /// Name.com username of the account with 5.00.
    pub const NAMECOM_POOR_USERNAME: &str = "sandbox-poor";
    /// Its API token.
    pub const NAMECOM_POOR_API_TOKEN: &str = "sandbox-namecom-poor-token";
    /// LogicBoxes reseller id of the funded reseller (balance 1000.00).
    pub const LOGICBOXES_AUTH_USERID: u64 = 100_001;
    /// Its API key.
    pub const LOGICBOXES_API_KEY: &str = "sandbox-logicboxes-key";
    /// Its customer.
    pub const LOGICBOXES_CUSTOMER_ID: u64 = 200_001;
    /// The customer's username.
    pub const LOGICBOXES_CUSTOMER_USERNAME: &str = "customer@sandbox.test";
    /// The customer's default contact (use it for every role).
    pub const LOGICBOXES_CONTACT_ID: u64 = 300_001;
    /// LogicBoxes reseller id with 5.00.
    pub const LOGICBOXES_POOR_AUTH_USERID: u64 = 100_002;
    /// Its API key.
    pub const LOGICBOXES_POOR_API_KEY: &str = "sandbox-logicboxes-poor-key";
    /// Its customer.
    pub const LOGICBOXES_POOR_CUSTOMER_ID: u64 = 200_002;
    /// That customer's contact.
    pub const LOGICBOXES_POOR_CONTACT_ID: u64 = 300_002;
    /// A domain registered at "another registrar" in every provider's registry, with this auth
    /// code, to try transfers with: `transfer-me.<tld>` for `uz`, `com`.
    pub const TRANSFER_AUTH_CODE: &str = "SANDBOX-TRANSFER-CODE";
    /// REG.API username of the funded account (prepay 10000.00 RUR); it also has
    /// [`REGRU_TEST_PUBLIC_KEY_PEM`] registered for signature login.
    pub const REGRU_USERNAME: &str = "sandbox";
    /// Its password.
    pub const REGRU_PASSWORD: &str = "sandbox-regru-password";
    /// REG.API username of the account with 50.00 RUR.
    pub const REGRU_POOR_USERNAME: &str = "sandbox-poor";
    /// Its password.
    pub const REGRU_POOR_PASSWORD: &str = "sandbox-regru-poor-password";
    /// The public half of the fixed TEST key that the signed vectors in `tests/vectors/regru`
    /// carry (2048-bit RSA, made for tests only); registered for [`REGRU_USERNAME`].
    pub const REGRU_TEST_PUBLIC_KEY_PEM: &str = "-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApTFiq90ShYuF5mmLfVy1
rRg6mAIpXP4L/G08KadzjfyxohCtsVdRTZGsYJ/8oq9WnIOzLDAb88uG2osSw5xz
+BfECmSmnwlrGllL9JLO7o2mxFlDSnT5CI7wzcYuXnmJi7ZxfP9GgKslrqt9wdRP
DTX4hr5MCkvff7mTlMjwURtqwKVcOBLlwjyCtgCFAW4+j56dYCq2hdMkBUIG23ex
8zRiLG+dtAisAiiklsy8+TEV7PUzPTsQbcauobUDq0UW/wF8GFcKWJOmEfVtTWu/
tKXHiiGXL0s+4dw1fu6DRrGb+yIMrYCOtLdEnPCmEJqHWnty1tMs71QYgzYCoXgo
xQIDAQAB
-----END PUBLIC KEY-----
";
    /// DomainContext `auth_login` of the funded account (balance 1000.00 USD).
    pub const DOMAINCONTEXT_LOGIN: &str = "sandbox";
    /// Its `auth_password`.
    pub const DOMAINCONTEXT_PASSWORD: &str = "sandbox-domaincontext-password";
    /// DomainContext `auth_login` of the account with 5.00 USD.
    pub const DOMAINCONTEXT_POOR_LOGIN: &str = "sandbox_poor";
    /// Its `auth_password`.
    pub const DOMAINCONTEXT_POOR_PASSWORD: &str = "sandbox-domaincontext-poor-password";
}

/// The state of every provider.
pub struct World {
    alldomains: Mutex<Registry>,
    namecom: Mutex<Registry>,
    logicboxes: Mutex<Registry>,
    regru: Mutex<Registry>,
    domaincontext: Mutex<Registry>,
}

/// Locks a registry even when a previous holder panicked (the state stays usable).
pub(crate) fn lock(m: &Mutex<Registry>) -> MutexGuard<'_, Registry> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl World {
    /// The seeded world (see [`seed`]).
    pub fn seeded() -> World {
        World {
            alldomains: Mutex::new(seed_alldomains()),
            namecom: Mutex::new(seed_namecom()),
            logicboxes: Mutex::new(seed_logicboxes()),
            regru: Mutex::new(seed_regru()),
            domaincontext: Mutex::new(seed_domaincontext()),
        }
    }

    /// Answers one request (no socket needed; the server calls this).
    pub fn handle(&self, req: &Request) -> Response {
        for (provider, prefix) in PREFIXES {
            if let Some(rest) = req.path.strip_prefix(prefix) {
                if !(rest.is_empty() || rest.starts_with('/')) {
                    continue;
                }
                return match *provider {
                    "alldomains" => alldomains::handle(&self.alldomains, req, rest),
                    "namecom" => namecom::handle(&self.namecom, req, rest),
                    "regru" => regru::handle(&self.regru, req, rest),
                    "domaincontext" => domaincontext::handle(&self.domaincontext, req, rest),
                    _ => logicboxes::handle(&self.logicboxes, req, rest),
                };
            }
        }
        let known: Vec<&str> = PREFIXES.iter().map(|(_, p)| *p).collect();
        Response::text(
            404,
            &format!(
                "registrar-sandbox: no provider at {}; providers are served under {}\n",
                req.path,
                known.join(", ")
            ),
        )
    }
}

fn contact_fields(v: Value) -> serde_json::Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

fn seed_alldomains() -> Registry {
    let mut r = Registry::new(1000, 1000);
    r.prices.insert("uz".into(), 1000);
    r.prices.insert("com".into(), 1200);
    for (id, secret, balance) in [
        (1, seed::ALLDOMAINS_TOKEN, 100_000),
        (2, seed::ALLDOMAINS_POOR_TOKEN, 500),
    ] {
        r.accounts.push(Account {
            id,
            login: "client".into(),
            secret: secret.into(),
            balance,
            created: state::EPOCH,
        });
    }
    r.contacts.insert(
        2,
        Contact {
            id: 2,
            account: 1,
            customer: 0,
            fields: contact_fields(alldomains::sample_template()),
        },
    );
    seed_transfer_domains(&mut r, &["uz", "com"]);
    r
}

fn seed_namecom() -> Registry {
    let mut r = Registry::new(1000, 999);
    r.prices.insert("org".into(), 749);
    for (id, login, secret, balance) in [
        (1, seed::NAMECOM_USERNAME, seed::NAMECOM_API_TOKEN, 100_000),
        (
            2,
            seed::NAMECOM_POOR_USERNAME,
            seed::NAMECOM_POOR_API_TOKEN,
            500,
        ),
    ] {
        r.accounts.push(Account {
            id,
            login: login.into(),
            secret: secret.into(),
            balance,
            created: state::EPOCH - 86_400,
        });
    }
    seed_transfer_domains(&mut r, &["com"]);
    r
}

fn seed_logicboxes() -> Registry {
    let mut r = Registry::new(500_000, 899);
    r.prices.insert("net".into(), 1099);
    for (id, secret, balance, customer, contact, user) in [
        (
            seed::LOGICBOXES_AUTH_USERID,
            seed::LOGICBOXES_API_KEY,
            100_000,
            seed::LOGICBOXES_CUSTOMER_ID,
            seed::LOGICBOXES_CONTACT_ID,
            seed::LOGICBOXES_CUSTOMER_USERNAME,
        ),
        (
            seed::LOGICBOXES_POOR_AUTH_USERID,
            seed::LOGICBOXES_POOR_API_KEY,
            500,
            seed::LOGICBOXES_POOR_CUSTOMER_ID,
            seed::LOGICBOXES_POOR_CONTACT_ID,
            "poor@sandbox.test",
        ),
    ] {
        r.accounts.push(Account {
            id,
            login: id.to_string(),
            secret: secret.into(),
            balance,
            created: state::EPOCH - 86_400,
        });
        r.customers.push(Customer {
            id: customer,
            reseller: id,
            username: user.into(),
            name: "Sandbox Customer".into(),
            company: "Sandbox Inc".into(),
        });
        r.contacts.insert(
            contact,
            Contact {
                id: contact,
                account: id,
                customer,
                fields: contact_fields(logicboxes::sample_contact()),
            },
        );
    }
    seed_transfer_domains(&mut r, &["com"]);
    r
}

fn seed_regru() -> Registry {
    let mut r = Registry::new(70_000_001, 99_000);
    r.prices.insert("ru".into(), 19_900);
    r.prices.insert("su".into(), 29_900);
    for (id, login, secret, balance) in [
        (1, seed::REGRU_USERNAME, seed::REGRU_PASSWORD, 1_000_000),
        (
            2,
            seed::REGRU_POOR_USERNAME,
            seed::REGRU_POOR_PASSWORD,
            5_000,
        ),
    ] {
        r.accounts.push(Account {
            id,
            login: login.into(),
            secret: secret.into(),
            balance,
            created: state::EPOCH - 86_400,
        });
    }
    r.public_keys
        .insert(1, seed::REGRU_TEST_PUBLIC_KEY_PEM.to_owned());
    seed_transfer_domains(&mut r, &["com"]);
    r
}

fn seed_domaincontext() -> Registry {
    let mut r = Registry::new(25_844_001, 950);
    r.prices.insert("net".into(), 1_100);
    for (id, login, secret, balance) in [
        (
            2_024_201,
            seed::DOMAINCONTEXT_LOGIN,
            seed::DOMAINCONTEXT_PASSWORD,
            100_000,
        ),
        (
            2_024_202,
            seed::DOMAINCONTEXT_POOR_LOGIN,
            seed::DOMAINCONTEXT_POOR_PASSWORD,
            500,
        ),
    ] {
        r.accounts.push(Account {
            id,
            login: login.into(),
            secret: secret.into(),
            balance,
            created: state::EPOCH - 86_400,
        });
    }
    seed_transfer_domains(&mut r, &["com"]);
    r
}

fn seed_transfer_domains(r: &mut Registry, tlds: &[&str]) {
    for tld in tlds {
        let name = format!("transfer-me.{tld}");
        let mut d = r.new_domain(&name, 0, 1);
        d.created = state::EPOCH - state::YEAR;
        d.expires = state::EPOCH + 180 * 86_400;
        d.auth_code = seed::TRANSFER_AUTH_CODE.into();
        d.ns = vec![
            ("ns1.elsewhere.test".into(), String::new()),
            ("ns2.elsewhere.test".into(), String::new()),
        ];
        r.domains.insert(name, d);
    }
}

/// A running sandbox.
pub struct Sandbox {
    world: Arc<World>,
    server: Server,
}

impl Sandbox {
    /// Starts the seeded sandbox on `addr` (use port 0 for any free port).
    pub fn start(addr: SocketAddr) -> std::io::Result<Sandbox> {
        let world = Arc::new(World::seeded());
        let w = Arc::clone(&world);
        let handler: Handler = Arc::new(move |req: &Request| w.handle(req));
        let server = Server::start(addr, handler)?;
        Ok(Sandbox { world, server })
    }

    /// Starts on 127.0.0.1 with any free port.
    pub fn start_loopback() -> std::io::Result<Sandbox> {
        Sandbox::start(SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// The state (for tests that want to look inside).
    pub fn world(&self) -> &World {
        &self.world
    }

    /// The base URL to configure for `provider` (see the crate docs), if served.
    pub fn base_url(&self, provider: &str) -> Option<String> {
        let root = format!("http://{}", self.addr());
        match provider {
            "alldomains" => Some(format!("{root}/alldomains")),
            "namecom" => Some(format!("{root}/namecom")),
            "logicboxes" => Some(format!("{root}/logicboxes/api/")),
            "regru" => Some(format!("{root}/regru/api/regru2/")),
            "domaincontext" => Some(format!("{root}/domaincontext")),
            _ => None,
        }
    }

    /// The registrar-kit client configuration of the funded seeded account of `provider`.
    pub fn config(&self, provider: &str) -> Option<Value> {
        let url = self.base_url(provider)?;
        Some(match provider {
            "alldomains" => json!({"token": seed::ALLDOMAINS_TOKEN, "base_url": url}),
            "namecom" => json!({
                "username": seed::NAMECOM_USERNAME,
                "api_token": seed::NAMECOM_API_TOKEN,
                "endpoint": url,
            }),
            "regru" => json!({
                "username": seed::REGRU_USERNAME,
                "password": seed::REGRU_PASSWORD,
                "base_url": url,
            }),
            "domaincontext" => json!({
                "auth_login": seed::DOMAINCONTEXT_LOGIN,
                "auth_password": seed::DOMAINCONTEXT_PASSWORD,
                "endpoint": url,
            }),
            _ => json!({
                "auth_userid": seed::LOGICBOXES_AUTH_USERID.to_string(),
                "api_key": seed::LOGICBOXES_API_KEY,
                "endpoint": url,
            }),
        })
    }

    /// The providers this sandbox serves, in the order of [`PREFIXES`]; [`Sandbox::config`]
    /// answers for each of them.
    pub fn providers() -> &'static [&'static str] {
        &[
            "alldomains",
            "namecom",
            "logicboxes",
            "regru",
            "domaincontext",
        ]
    }

    /// A human-readable list of the endpoints and seeded accounts (printed at start).
    pub fn banner(&self) -> String {
        let mut s = format!("registrar-sandbox listening on http://{}\n\n", self.addr());
        for (provider, _) in PREFIXES {
            if let Some(cfg) = self.config(provider) {
                s.push_str(&format!("{provider:<11} config: {cfg}\n"));
            }
        }
        s.push_str(&format!(
            "\nSeeded accounts:\n\
             alldomains  token {} (balance 1000.00), token {} (balance 5.00)\n\
             namecom     {} / {} (credit 1000.00), {} / {} (credit 5.00)\n\
             logicboxes  auth-userid {} api-key {} (1000.00; customer-id {}, contact-id {}),\n\
             \x20           auth-userid {} api-key {} (5.00; customer-id {}, contact-id {})\n\
             regru       {} / {} (prepay 10000.00 RUR; signature login with the TEST key of tests/vectors/regru),\n\
             \x20           {} / {} (50.00 RUR)\n\
             domaincontext {} / {} (1000.00 USD), {} / {} (5.00 USD)\n\
             Registered elsewhere: example.com/.net/.org, google.com, any name starting with \"taken\";\n\
             transfer-me.uz / transfer-me.com with auth code {}.\n",
            seed::ALLDOMAINS_TOKEN,
            seed::ALLDOMAINS_POOR_TOKEN,
            seed::NAMECOM_USERNAME,
            seed::NAMECOM_API_TOKEN,
            seed::NAMECOM_POOR_USERNAME,
            seed::NAMECOM_POOR_API_TOKEN,
            seed::LOGICBOXES_AUTH_USERID,
            seed::LOGICBOXES_API_KEY,
            seed::LOGICBOXES_CUSTOMER_ID,
            seed::LOGICBOXES_CONTACT_ID,
            seed::LOGICBOXES_POOR_AUTH_USERID,
            seed::LOGICBOXES_POOR_API_KEY,
            seed::LOGICBOXES_POOR_CUSTOMER_ID,
            seed::LOGICBOXES_POOR_CONTACT_ID,
            seed::REGRU_USERNAME,
            seed::REGRU_PASSWORD,
            seed::REGRU_POOR_USERNAME,
            seed::REGRU_POOR_PASSWORD,
            seed::DOMAINCONTEXT_LOGIN,
            seed::DOMAINCONTEXT_PASSWORD,
            seed::DOMAINCONTEXT_POOR_LOGIN,
            seed::DOMAINCONTEXT_POOR_PASSWORD,
            seed::TRANSFER_AUTH_CODE,
        ));
        s
    }

    /// Serves until the process ends.
    pub fn join(self) {
        self.server.join();
    }

    /// Stops the server.
    pub fn shutdown(mut self) {
        self.server.shutdown();
    }
}
