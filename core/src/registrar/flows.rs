//! The sans-IO flow shape every common operation runs on: [`RegistrarFlow::next`] hands out one
//! request at a time, [`RegistrarFlow::feed`] takes each response back, until
//! [`RegistrarStep::Done`] carries the typed output or the error.
//!
//! Each step is an operation of the provider's catalog ([`catalog::Client::prepare`] and
//! [`catalog::Client::parse`]), so every request a flow sends is exactly what the generic path
//! would send, validated the same way before anything leaves.

use super::capability::CommonOp;
use crate::catalog;
use crate::error::{Error, ErrorKind};
use crate::record::{HttpRequest, HttpResponse};
use serde_json::Value;

/// What a flow wants next.
#[derive(Clone, Debug)]
pub enum RegistrarStep<T> {
    /// Send this request and [`RegistrarFlow::feed`] the response back.
    Send(HttpRequest),
    /// The flow is over.
    Done(Result<T, Error>),
}

/// What a mapping plan decides after looking at the outputs so far.
pub(crate) enum Next<T> {
    /// Call this catalog operation with these JSON parameters. With `tolerate`, an error answer
    /// is recorded for the plan to read instead of ending the flow (bulk checks: one result per
    /// name).
    Call {
        operation: &'static str,
        params: Value,
        tolerate: bool,
    },
    /// The flow is over with this output.
    Finish(T),
}

impl<T> Next<T> {
    /// A call whose error ends the flow.
    pub(crate) fn call(operation: &'static str, params: Value) -> Self {
        Next::Call {
            operation,
            params,
            tolerate: false,
        }
    }
}

/// The outputs of the calls made so far, in order (an `Err` only for tolerated calls).
pub(crate) type Outputs = [Result<Value, Error>];

/// A mapping plan: given the outputs so far, the next call or the result. Pure.
pub(crate) type Plan<T> = Box<dyn FnMut(&Outputs) -> Result<Next<T>, Error> + Send>;

/// The output of call `i`, or its error.
pub(crate) fn output(outputs: &Outputs, i: usize) -> Result<&Value, Error> {
    match outputs.get(i) {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(e.clone()),
        None => Err(Error::new(
            ErrorKind::Protocol,
            format!("internal: flow step {i} has no output"),
        )),
    }
}

/// A common operation running as a sequence of catalog calls, one request at a time, with no
/// I/O: call [`RegistrarFlow::next`], send the request it hands out, [`RegistrarFlow::feed`] the
/// response, repeat until [`RegistrarStep::Done`]. If the transport fails, call
/// [`RegistrarFlow::transport_failed`] instead of `feed`.
pub struct RegistrarFlow<T> {
    client: catalog::Client,
    operation: CommonOp,
    plan: Plan<T>,
    outputs: Vec<Result<Value, Error>>,
    pending: Option<Pending>,
    done: Option<Result<T, Error>>,
    sent: Vec<&'static str>,
}

struct Pending {
    operation: &'static str,
    request: HttpRequest,
    tolerate: bool,
}

impl<T> std::fmt::Debug for RegistrarFlow<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegistrarFlow")
            .field("provider", &self.client.provider())
            .field("operation", &self.operation)
            .field("sent", &self.sent)
            .field("pending", &self.pending.as_ref().map(|p| p.operation))
            .field("done", &self.done.is_some())
            .finish()
    }
}

impl<T: Clone> RegistrarFlow<T> {
    pub(crate) fn new(client: catalog::Client, operation: CommonOp, plan: Plan<T>) -> Self {
        RegistrarFlow {
            client,
            operation,
            plan,
            outputs: Vec::new(),
            pending: None,
            done: None,
            sent: Vec::new(),
        }
    }

    /// Starts the flow and fails at once when its first request cannot be built (bad input),
    /// so nothing is sent.
    pub(crate) fn start(mut self) -> Result<Self, Error> {
        if let RegistrarStep::Done(Err(e)) = self.next() {
            return Err(e);
        }
        Ok(self)
    }

    /// The common operation this flow runs.
    pub fn operation(&self) -> CommonOp {
        self.operation
    }

    /// The catalog operations handed out so far, in order (for logs and tests).
    pub fn operations_sent(&self) -> &[&'static str] {
        &self.sent
    }

    /// The request to send now, or the result when the flow is over. Calling it again without
    /// feeding a response hands out the same request.
    #[allow(clippy::should_implement_trait)] // DESIGN.md names the flow step `next()`
    pub fn next(&mut self) -> RegistrarStep<T> {
        loop {
            if let Some(done) = &self.done {
                return RegistrarStep::Done(done.clone());
            }
            if let Some(p) = &self.pending {
                return RegistrarStep::Send(p.request.clone());
            }
            match (self.plan)(&self.outputs) {
                Ok(Next::Finish(t)) => self.done = Some(Ok(t)),
                Err(e) => self.done = Some(Err(e)),
                Ok(Next::Call {
                    operation,
                    params,
                    tolerate,
                }) => match self.client.prepare(operation, params) {
                    Ok(request) => {
                        self.sent.push(operation);
                        self.pending = Some(Pending {
                            operation,
                            request,
                            tolerate,
                        });
                    }
                    Err(e) => self.done = Some(Err(e)),
                },
            }
        }
    }

    /// Takes the response to the request [`RegistrarFlow::next`] handed out (ignored when no
    /// request is outstanding).
    pub fn feed(&mut self, response: &HttpResponse) {
        if let Some(p) = self.pending.take() {
            match self.client.parse(p.operation, response) {
                Ok(v) => self.outputs.push(Ok(v)),
                Err(e) if p.tolerate => self.outputs.push(Err(e)),
                Err(e) => self.done = Some(Err(e)),
            }
        }
    }

    /// The host's transport could not send the outstanding request (or lost the answer): ends
    /// the flow with a [`ErrorKind::Transport`] error and returns it. The error is retryable
    /// when the lost request was safe to repeat; its `details` name the vendor operation, the
    /// common operation and, for one that is not safe to repeat, the read-only common operation
    /// that confirms the outcome (`common_confirm_with`).
    pub fn transport_failed(&mut self, reason: &str) -> Error {
        let vendor = self.pending.take().map(|p| p.operation);
        let base = match vendor {
            Some(op) => self.client.transport_error(op, reason),
            None => Error::transport(None, reason),
        };
        let mut details = match base.details() {
            Some(Value::Object(m)) => m.clone(),
            _ => serde_json::Map::new(),
        };
        details.insert(
            "common_operation".into(),
            Value::String(self.operation.as_str().into()),
        );
        details.insert(
            "common_safety".into(),
            serde_json::to_value(self.operation.safety()).unwrap_or(Value::Null),
        );
        if let Some(c) = self.operation.confirm_with() {
            details.insert(
                "common_confirm_with".into(),
                Value::String(c.as_str().into()),
            );
        }
        let e = base.with_details(Value::Object(details));
        self.done = Some(Err(e.clone()));
        e
    }
}

impl<T: Clone + serde::Serialize + 'static> RegistrarFlow<T> {
    /// The same flow with a JSON-shaped result (what bindings hand to their host language).
    pub fn into_json(self) -> RegistrarFlow<Value> {
        fn to_json<T: serde::Serialize>(t: T) -> Result<Value, Error> {
            serde_json::to_value(t).map_err(|e| Error::new(ErrorKind::Protocol, e.to_string()))
        }
        let mut plan = self.plan;
        RegistrarFlow {
            client: self.client,
            operation: self.operation,
            plan: Box::new(move |outs| {
                Ok(match plan(outs)? {
                    Next::Call {
                        operation,
                        params,
                        tolerate,
                    } => Next::Call {
                        operation,
                        params,
                        tolerate,
                    },
                    Next::Finish(t) => Next::Finish(to_json(t)?),
                })
            }),
            outputs: self.outputs,
            pending: self.pending,
            done: self.done.map(|r| r.and_then(to_json)),
            sent: self.sent,
        }
    }
}
