//! General and account actions: hello, login, logout, account/get (shapes §2–§5).

use super::Client;
use super::common::{Ack, Contact, ack, contacts_out, data, metadata};
use crate::error::Error;
use crate::operation::{Metadata, Operation, Safety};
use crate::secret::Secret;
use crate::wire::types::{opt_int, text};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

// ---------------------------------------------------------------------------------------------
// hello

/// `GET /api/hello` — "General Actions: Hello" (shapes §4). Sent without credentials (the
/// document exempts it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hello {}

/// The service's greeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct HelloOutput {
    /// The service name (`"Name.com API Test Server"` on the test host).
    #[serde(default, deserialize_with = "text")]
    pub service: String,
    /// The server's clock, `YYYY-MM-DD HH:MM:SS`.
    #[serde(default, deserialize_with = "text")]
    pub server_date: String,
    /// API version (`"2.0"`).
    #[serde(default, deserialize_with = "text")]
    pub version: String,
    /// Language (`"en"`).
    #[serde(default, deserialize_with = "text")]
    pub language: String,
    /// The caller's IP address as the server sees it.
    #[serde(default, deserialize_with = "text")]
    pub client_ip: String,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Operation for Hello {
    type Client = Client;
    type Output = HelloOutput;
    const METADATA: Metadata = metadata(
        "hello",
        "GET",
        "/api/hello",
        Safety::Safe,
        "namecom-legacy.txt General Actions: Hello",
        "Greeting with the server's date, version and the caller's IP (no credentials).",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        client.anonymous(http::Method::GET, "hello").build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<HelloOutput, Error> {
        data(&response, true)
    }
}

// ---------------------------------------------------------------------------------------------
// login

/// `POST /api/login` — "General Actions: Login" (shapes §2). Sent without credentials headers;
/// the body carries `username` and `api_token`, taken from the parameters or, when both are left
/// out, from the client's configuration.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// The account's username (default: the client's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The account's API token (default: the client's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_token: Option<Secret>,
}

/// What a login returns: the session token to send as `Api-Session-Token`. Its `Debug` rendering
/// masks the token (the JSON output carries it: the caller needs it to build a session client).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct LoginOutput {
    /// The session token (40 lowercase hex characters in every example).
    pub session_token: String,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl std::fmt::Debug for LoginOutput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginOutput")
            .field("session_token", &crate::secret::MASK)
            .field("extra", &self.extra)
            .finish()
    }
}

#[derive(Serialize)]
struct LoginBody<'a> {
    username: &'a str,
    api_token: &'a str,
}

impl Operation for Login {
    type Client = Client;
    type Output = LoginOutput;
    const METADATA: Metadata = metadata(
        "login",
        "POST",
        "/api/login",
        Safety::Idempotent,
        "namecom-legacy.txt General Actions: Login",
        "Start a session; the answer's session_token signs later requests.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        let (username, api_token) = match (&self.username, &self.api_token) {
            (Some(u), Some(t)) => (u.as_str(), t.expose().as_str()),
            (None, None) => match client.token_credentials() {
                Some((u, t)) => (u, t.expose().as_str()),
                None => {
                    return Err(Error::invalid_input(
                        "username",
                        "login needs username and api_token (the client holds only a session)",
                    ));
                }
            },
            (Some(_), None) => {
                return Err(Error::invalid_input(
                    "api_token",
                    "is required with username",
                ));
            }
            (None, Some(_)) => {
                return Err(Error::invalid_input(
                    "username",
                    "is required with api_token",
                ));
            }
        };
        super::common::plain_text("username", username)?;
        super::common::plain_text("api_token", api_token)?;
        client
            .anonymous(http::Method::POST, "login")
            .json(&LoginBody {
                username,
                api_token,
            })?
            .build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<LoginOutput, Error> {
        let (mut map, raw) = super::envelope::read(&response, true)?;
        match map.remove("session_token") {
            Some(Value::String(token)) if !token.trim().is_empty() => Ok(LoginOutput {
                session_token: token,
                extra: map,
            }),
            _ => Err(Error::protocol(
                "login succeeded without a session_token",
                raw,
            )),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// logout

/// `GET /api/logout` — "General Actions: Logout" (shapes §3). Ends the client's session; a client
/// without a session is refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Logout {}

impl Operation for Logout {
    type Client = Client;
    type Output = Ack;
    const METADATA: Metadata = metadata(
        "logout",
        "GET",
        "/api/logout",
        Safety::Idempotent,
        "namecom-legacy.txt General Actions: Logout",
        "End the session of the client's session token.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        if !client.has_session() {
            return Err(Error::invalid_input(
                "session_token",
                "logout ends a session; configure the client with session_token (from login)",
            ));
        }
        client.request(http::Method::GET, "logout")?.build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Ack, Error> {
        ack(&response, true)
    }
}

// ---------------------------------------------------------------------------------------------
// account/get

/// `GET /api/account/get` — "Account Actions: Retrieve Account" (shapes §5).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AccountGet {}

/// The account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Account {
    /// The account's username.
    #[serde(default, deserialize_with = "text")]
    pub username: String,
    /// `YYYY-MM-DD HH:MM:SS`.
    #[serde(default, deserialize_with = "text")]
    pub create_date: String,
    /// Number of domains (the provider sends it as a string).
    #[serde(
        default,
        deserialize_with = "opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub domain_count: Option<i64>,
    /// Credit, as the provider's text (`"100.00"`).
    #[serde(default, deserialize_with = "text")]
    pub account_credit: String,
    /// The account's default contacts (used when a registration gives none).
    #[serde(default, deserialize_with = "contacts_out")]
    pub contacts: Vec<Contact>,
    /// Every other member, unchanged.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Operation for AccountGet {
    type Client = Client;
    type Output = Account;
    const METADATA: Metadata = metadata(
        "account/get",
        "GET",
        "/api/account/get",
        Safety::Safe,
        "namecom-legacy.txt Account Actions: Retrieve Account",
        "The account's username, domain count, credit and default contacts.",
        None,
    );

    fn to_http(&self, client: &Client) -> Result<http::Request<Vec<u8>>, Error> {
        client.request(http::Method::GET, "account/get")?.build()
    }

    fn parse(response: http::Response<&[u8]>) -> Result<Account, Error> {
        data(&response, true)
    }
}
