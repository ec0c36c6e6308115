//! The session flow (see [`SessionFlow`]).
use super::{Client, Login, Logout, OPERATIONS};
use crate::catalog::Entry;
use crate::error::Error;
use crate::operation::Operation;
use crate::record::{HttpRequest, HttpResponse};
use serde::Serialize;
use serde_json::Value;

/// What the flow wants next.
#[derive(Clone, Debug)]
pub enum Step {
    /// Send this request and [`SessionFlow::feed`] the response back.
    Send(HttpRequest),
    /// The flow is over.
    Done(SessionReport),
}

/// How a session went.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SessionReport {
    /// The parsed output of every call that succeeded, in order (JSON-shaped, as the catalog
    /// returns it).
    pub outputs: Vec<Value>,
    /// The login failure, or the first call that failed (later calls were not sent; the session
    /// was still logged out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// Whether `logout` failed (the calls' outputs stand).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logout_error: Option<Error>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Login,
    Call(usize),
    Logout,
    Done,
}

/// login → calls → logout as a state machine: [`SessionFlow::next`] hands out one request,
/// [`SessionFlow::feed`] takes its response.
///
/// `login` → the caller's calls signed with `Api-Session-Token` → `logout`, one
/// request at a time, with no I/O (DESIGN.md "flows").
///
/// ```
/// use registrar_kit::providers::namecom::{Client, SessionFlow, Step};
/// use registrar_kit::HttpResponse;
/// use serde_json::json;
///
/// let client = Client::new("jdoe", "API-TOKEN", "test")?;
/// let mut flow = SessionFlow::new(&client, vec![("domain/get".into(), json!({"domain_name": "example.com"}))])?;
/// let answers = [
///     r#"{"result":{"code":100,"message":"Command Successful"},"session_token":"5aa8f811f83763414c55a62a341ff808b4c10631"}"#,
///     r#"{"result":{"code":100,"message":"Command Successful"},"domain_name":"example.com","locked":true}"#,
///     r#"{"result":{"code":100,"message":"Command Successful"}}"#,
/// ];
/// let mut answers = answers.iter();
/// let report = loop {
///     match flow.next() {
///         Step::Send(request) => {
///             // send `request` with your HTTP client; here, a recorded answer:
///             let body = answers.next().copied().unwrap_or_default();
///             flow.feed(&HttpResponse::new(200, body));
///         }
///         Step::Done(report) => break report,
///     }
/// };
/// assert!(report.error.is_none() && report.logout_error.is_none());
/// assert_eq!(report.outputs[0]["locked"], json!(true));
/// # Ok::<(), registrar_kit::Error>(())
/// ```
pub struct SessionFlow {
    client: Client,
    session: Option<Client>,
    calls: Vec<(&'static Entry<Client>, Value)>,
    state: State,
    report: SessionReport,
}

impl std::fmt::Debug for SessionFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionFlow")
            .field("client", &self.client)
            .field("state", &self.state)
            .field(
                "calls",
                &self
                    .calls
                    .iter()
                    .map(|(e, _)| e.meta.name)
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl SessionFlow {
    /// A flow that logs in with `client`'s username and API token, runs `calls` (operation name
    /// and JSON parameters, as in the catalog) with the session token, and logs out.
    ///
    /// Every call is validated here, before anything is sent; `login` and `logout` are the flow's
    /// own and cannot be calls.
    pub fn new(client: &Client, calls: Vec<(String, Value)>) -> Result<Self, Error> {
        if client.token_credentials().is_none() {
            return Err(Error::invalid_input(
                "config",
                "a session flow logs in: the client needs username and api_token",
            ));
        }
        let mut checked = Vec::with_capacity(calls.len());
        for (i, (name, params)) in calls.into_iter().enumerate() {
            if name == "login" || name == "logout" {
                return Err(Error::invalid_input(
                    format!("calls[{i}]"),
                    "login and logout are run by the flow itself",
                ));
            }
            let entry = OPERATIONS
                .iter()
                .find(|e| e.meta.name == name)
                .ok_or_else(|| Error::unsupported(format!("namecom has no operation {name:?}")))?;
            // Validate now (with the token client; the session client builds the same body).
            (entry.prepare)(client, params.clone())?;
            checked.push((entry, params));
        }
        Ok(SessionFlow {
            client: client.clone(),
            session: None,
            calls: checked,
            state: State::Login,
            report: SessionReport {
                outputs: Vec::new(),
                error: None,
                logout_error: None,
            },
        })
    }

    /// Like [`SessionFlow::new`] with the calls as JSON: `[{"operation": "domain/get", "params":
    /// {…}}, …]`.
    pub fn from_json(client: &Client, calls: &Value) -> Result<Self, Error> {
        let list = calls
            .as_array()
            .ok_or_else(|| Error::invalid_input("calls", "expected a list of calls"))?;
        let mut out = Vec::with_capacity(list.len());
        for (i, c) in list.iter().enumerate() {
            let name = c.get("operation").and_then(Value::as_str).ok_or_else(|| {
                Error::invalid_input(format!("calls[{i}].operation"), "is required")
            })?;
            let params = c.get("params").cloned().unwrap_or(Value::Null);
            out.push((name.to_owned(), params));
        }
        SessionFlow::new(client, out)
    }

    /// The session token once logged in (for a caller that wants to keep the session).
    pub fn session(&self) -> Option<&Client> {
        self.session.as_ref()
    }

    fn after_calls(&self) -> State {
        if self.session.is_some() {
            State::Logout
        } else {
            State::Done
        }
    }

    /// The request to send now, or the report when the flow is over. Calling it again without
    /// feeding a response returns the same request.
    #[allow(clippy::should_implement_trait)] // DESIGN.md names the flow step `next()`
    pub fn next(&mut self) -> Step {
        loop {
            let built = match self.state {
                State::Done => return Step::Done(self.report.clone()),
                State::Login => Login::default().to_http(&self.client),
                State::Call(i) => match (self.calls.get(i), &self.session) {
                    (Some((entry, params)), Some(session)) => {
                        (entry.prepare)(session, params.clone())
                    }
                    _ => {
                        self.state = self.after_calls();
                        continue;
                    }
                },
                State::Logout => match &self.session {
                    Some(session) => Logout {}.to_http(session),
                    None => {
                        self.state = State::Done;
                        continue;
                    }
                },
            };
            match built {
                Ok(request) => return Step::Send(HttpRequest::from(request)),
                Err(e) => match self.state {
                    State::Logout => {
                        self.report.logout_error = Some(e);
                        self.state = State::Done;
                    }
                    _ => {
                        self.report.error = Some(e);
                        self.state = self.after_calls();
                    }
                },
            }
        }
    }

    /// Takes the response to the request [`SessionFlow::next`] handed out.
    pub fn feed(&mut self, response: &HttpResponse) {
        let http = response.as_http();
        match self.state {
            State::Done => {}
            State::Login => match Login::parse(http) {
                Ok(out) => match self.client.with_session(out.session_token) {
                    Ok(session) => {
                        self.session = Some(session);
                        self.state = State::Call(0);
                    }
                    Err(e) => {
                        self.report.error = Some(e);
                        self.state = State::Done;
                    }
                },
                Err(e) => {
                    self.report.error = Some(e);
                    self.state = State::Done;
                }
            },
            State::Call(i) => {
                let parsed = match self.calls.get(i) {
                    Some((entry, _)) => (entry.parse)(http),
                    None => Err(Error::unsupported("no call pending")),
                };
                match parsed {
                    Ok(v) => {
                        self.report.outputs.push(v);
                        self.state = State::Call(i + 1);
                    }
                    Err(e) => {
                        self.report.error = Some(e);
                        self.state = State::Logout;
                    }
                }
            }
            State::Logout => {
                if let Err(e) = Logout::parse(http) {
                    self.report.logout_error = Some(e);
                }
                self.state = State::Done;
            }
        }
    }
}
