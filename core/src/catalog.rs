//! The operation table: every operation of every provider by name, built from JSON-shaped
//! parameters and parsed to JSON-shaped output. Bindings dispatch through [`Client`].

use crate::error::Error;
use crate::operation::{Metadata, Operation};
use crate::providers;
use crate::record::{HttpRequest, HttpResponse};
use serde_json::Value;

/// Builds a request from JSON parameters.
pub type PrepareFn<C> = fn(&C, Value) -> Result<http::Request<Vec<u8>>, Error>;
/// Parses a response to JSON output.
pub type ParseFn = fn(http::Response<&[u8]>) -> Result<Value, Error>;

/// One row of a provider's table.
pub struct Entry<C: 'static> {
    /// What the operation is.
    pub meta: &'static Metadata,
    /// Builds the request from JSON parameters.
    pub prepare: PrepareFn<C>,
    /// Parses a response to JSON output.
    pub parse: ParseFn,
    /// The JSON Schema of the parameters and the output (feature `schema`).
    #[cfg(feature = "schema")]
    pub schema: fn() -> (schemars::Schema, schemars::Schema),
}

/// Makes the catalog row of operation `O`.
#[cfg(not(feature = "schema"))]
pub const fn entry<O: Operation + 'static>() -> Entry<O::Client> {
    Entry {
        meta: &O::METADATA,
        prepare: prepare_op::<O>,
        parse: parse_op::<O>,
    }
}

/// Makes the catalog row of operation `O`.
#[cfg(feature = "schema")]
pub const fn entry<O: Operation + schemars::JsonSchema + 'static>() -> Entry<O::Client>
where
    O::Output: schemars::JsonSchema,
{
    Entry {
        meta: &O::METADATA,
        prepare: prepare_op::<O>,
        parse: parse_op::<O>,
        schema: || {
            let params = schemars::generate::SchemaSettings::draft2020_12()
                .for_deserialize()
                .into_generator()
                .into_root_schema_for::<O>();
            let output = schemars::generate::SchemaSettings::draft2020_12()
                .for_serialize()
                .into_generator()
                .into_root_schema_for::<O::Output>();
            (params, output)
        },
    }
}

fn prepare_op<O: Operation>(
    client: &O::Client,
    params: Value,
) -> Result<http::Request<Vec<u8>>, Error> {
    let params = if params.is_null() {
        Value::Object(serde_json::Map::new())
    } else {
        params
    };
    let op: O = serde_json::from_value(params).map_err(|e| Error::invalid_input("params", e))?;
    op.to_http(client)
}

fn parse_op<O: Operation>(response: http::Response<&[u8]>) -> Result<Value, Error> {
    let out = O::parse(response)?;
    serde_json::to_value(out).map_err(|e| Error::new(crate::ErrorKind::Protocol, e.to_string()))
}

/// Registers the providers: each line names the provider id, its module under `providers/` and
/// the variant that holds its client. A provider module exports `Client` (with
/// `from_config(&Value) -> Result<Client, Error>`), `OPERATIONS: &[Entry<Client>]` and
/// `COMPLETE: bool` (whether every operation of `tests/operations.json` is implemented).
macro_rules! providers {
    ($($id:literal => $module:ident :: $variant:ident),* $(,)?) => {
        /// The provider ids, in the order DESIGN.md lists them.
        pub const PROVIDERS: &[&str] = &[$($id),*];

        #[derive(Clone, Debug)]
        enum Inner {
            $($variant(providers::$module::Client),)*
        }

        impl Inner {
            fn new(provider: &str, config: &Value) -> Result<Option<Inner>, Error> {
                Ok(match provider {
                    $($id => Some(Inner::$variant(providers::$module::Client::from_config(config)?)),)*
                    _ => None,
                })
            }

            fn provider(&self) -> &'static str {
                match self {
                    $(Inner::$variant(_) => $id,)*
                }
            }

            fn prepare(&self, operation: &str, params: Value) -> Result<http::Request<Vec<u8>>, Error> {
                match self {
                    $(Inner::$variant(c) => (find(providers::$module::OPERATIONS, $id, operation)?.prepare)(c, params),)*
                }
            }

            fn parse(&self, operation: &str, response: http::Response<&[u8]>) -> Result<Value, Error> {
                match self {
                    $(Inner::$variant(_) => (find(providers::$module::OPERATIONS, $id, operation)?.parse)(response),)*
                }
            }
        }

        /// The metadata of every operation of `provider` (empty for an unknown provider).
        pub fn operations(provider: &str) -> Vec<&'static Metadata> {
            match provider {
                $($id => providers::$module::OPERATIONS.iter().map(|e| e.meta).collect(),)*
                _ => Vec::new(),
            }
        }

        /// Whether every operation the vendor documents is implemented for `provider`.
        pub fn is_complete(provider: &str) -> bool {
            match provider {
                $($id => providers::$module::COMPLETE,)*
                _ => false,
            }
        }

        /// The JSON Schemas of every operation's parameters and output (feature `schema`), for the
        /// typings generator: `{provider: {operation: {"params": …, "output": …}}}`.
        #[cfg(feature = "schema")]
        pub fn schemas_json() -> Value {
            let mut out = serde_json::Map::new();
            $(
                let mut ops = serde_json::Map::new();
                for e in providers::$module::OPERATIONS {
                    let (p, o) = (e.schema)();
                    ops.insert(
                        e.meta.name.to_owned(),
                        serde_json::json!({"params": p.to_value(), "output": o.to_value()}),
                    );
                }
                out.insert($id.to_owned(), Value::Object(ops));
            )*
            Value::Object(out)
        }
    };
}

// One line per provider.
providers! {
    "alldomains" => alldomains::Alldomains,
    "logicboxes" => logicboxes::Logicboxes,
    "regru" => regru::Regru,
    "domaincontext" => domaincontext::Domaincontext,
    "namecom" => namecom::Namecom,
}

/// A configured client for any provider: the generic path every binding uses.
#[derive(Clone, Debug)]
pub struct Client {
    inner: Inner,
}

impl Client {
    /// A client for `provider` from its JSON-shaped configuration (see DESIGN.md, "Client config").
    pub fn new(provider: &str, config: &Value) -> Result<Self, Error> {
        match Inner::new(provider, config)? {
            Some(inner) => Ok(Client { inner }),
            None => Err(Error::invalid_input(
                "provider",
                format!(
                    "unknown provider {provider:?}; known: {}",
                    PROVIDERS.join(", ")
                ),
            )),
        }
    }

    /// Like [`Client::new`] with the configuration as JSON text.
    pub fn from_json(provider: &str, config_json: &str) -> Result<Self, Error> {
        let config: Value =
            serde_json::from_str(config_json).map_err(|e| Error::invalid_input("config", e))?;
        Client::new(provider, &config)
    }

    /// The provider id.
    pub fn provider(&self) -> &'static str {
        self.inner.provider()
    }

    /// Builds the request for `operation` from JSON parameters.
    pub fn prepare(&self, operation: &str, params: Value) -> Result<HttpRequest, Error> {
        self.inner.prepare(operation, params).map(HttpRequest::from)
    }

    /// Parses the response to `operation` into JSON output.
    pub fn parse(&self, operation: &str, response: &HttpResponse) -> Result<Value, Error> {
        self.inner.parse(operation, response.as_http())
    }

    /// [`Client::prepare`] with parameters as JSON text (`""` means no parameters).
    pub fn prepare_json(&self, operation: &str, params_json: &str) -> Result<HttpRequest, Error> {
        let params = if params_json.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(params_json).map_err(|e| Error::invalid_input("params", e))?
        };
        self.prepare(operation, params)
    }

    /// [`Client::parse`] with output as JSON text.
    pub fn parse_json(&self, operation: &str, response: &HttpResponse) -> Result<String, Error> {
        self.parse(operation, response).map(|v| v.to_string())
    }

    /// The error to report when the host's transport failed to send `operation` (connection
    /// refused, timeout): kind `transport`, retryable only for operations safe to repeat, and for
    /// the others the read-only operation that confirms the outcome ([`Error::transport`]).
    pub fn transport_error(&self, operation: &str, reason: &str) -> Error {
        let meta = operations(self.provider())
            .into_iter()
            .find(|m| m.name == operation);
        Error::transport(meta, reason)
    }

    /// The metadata of every operation of this client's provider.
    pub fn operations(&self) -> Vec<&'static Metadata> {
        operations(self.provider())
    }
}

fn find<'t, C>(
    table: &'t [Entry<C>],
    provider: &str,
    operation: &str,
) -> Result<&'t Entry<C>, Error> {
    table
        .iter()
        .find(|e| e.meta.name == operation)
        .ok_or_else(|| {
            Error::unsupported(format!(
                "{provider} has no operation {operation:?} (see the catalog for the list)"
            ))
        })
}

/// The metadata of one operation.
pub fn metadata(provider: &str, operation: &str) -> Option<&'static Metadata> {
    operations(provider)
        .into_iter()
        .find(|m| m.name == operation)
}

/// Every operation of every provider.
pub fn all_operations() -> Vec<&'static Metadata> {
    PROVIDERS.iter().flat_map(|p| operations(p)).collect()
}

/// The catalog as JSON: `[{provider, name, method, path, safety, doc, summary, …}]`.
pub fn catalog_json() -> Value {
    serde_json::to_value(all_operations()).unwrap_or(Value::Null)
}

/// A named multi-call flow a provider offers.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct FlowInfo {
    /// Provider id.
    pub provider: &'static str,
    /// Flow name (`session`).
    pub name: &'static str,
    /// What it does and what its parameters are.
    pub summary: &'static str,
}

/// Every flow of every provider.
pub const FLOWS: &[FlowInfo] = &[FlowInfo {
    provider: "namecom",
    name: "session",
    summary: "login → the given calls signed with the session token → logout. Params: \
              {\"calls\": [{\"operation\": \"domain/get\", \"params\": {…}}, …]}. Output: \
              {\"outputs\": [...], \"error\"?: {...}, \"logout_error\"?: {...}}.",
}];

/// What a flow wants next.
#[derive(Clone, Debug)]
pub enum FlowStep {
    /// Send this request and [`Flow::feed`] the response back.
    Send(HttpRequest),
    /// The flow is over; its JSON-shaped output.
    Done(Value),
}

/// A multi-call flow run one request at a time, with no I/O (DESIGN.md, "flows"): call
/// [`Flow::next`], send the request it hands out, [`Flow::feed`] the response, repeat until
/// [`FlowStep::Done`].
#[derive(Debug)]
pub struct Flow {
    inner: FlowInner,
}

#[derive(Debug)]
enum FlowInner {
    NamecomSession(Box<providers::namecom::SessionFlow>),
}

impl Flow {
    /// The request to send now, or the output when the flow is over. Calling it again without
    /// feeding a response hands out the same request.
    #[allow(clippy::should_implement_trait)] // DESIGN.md names the flow step `next()`
    pub fn next(&mut self) -> FlowStep {
        match &mut self.inner {
            FlowInner::NamecomSession(f) => match f.next() {
                providers::namecom::Step::Send(r) => FlowStep::Send(r),
                providers::namecom::Step::Done(report) => {
                    FlowStep::Done(serde_json::to_value(report).unwrap_or(Value::Null))
                }
            },
        }
    }

    /// Takes the response to the request [`Flow::next`] handed out.
    pub fn feed(&mut self, response: &HttpResponse) {
        match &mut self.inner {
            FlowInner::NamecomSession(f) => f.feed(response),
        }
    }
}

impl Client {
    /// The flows this client's provider offers.
    pub fn flows(&self) -> Vec<&'static FlowInfo> {
        FLOWS
            .iter()
            .filter(|f| f.provider == self.provider())
            .collect()
    }

    /// Starts flow `name` with JSON parameters; every request it will send is validated first.
    pub fn flow(&self, name: &str, params: Value) -> Result<Flow, Error> {
        let inner = match (&self.inner, name) {
            (Inner::Namecom(c), "session") => {
                let calls = params
                    .get("calls")
                    .cloned()
                    .unwrap_or(Value::Array(Vec::new()));
                if let Value::Object(m) = &params {
                    if let Some(k) = m.keys().find(|k| k.as_str() != "calls") {
                        return Err(Error::invalid_input(
                            k.as_str(),
                            "unknown parameter of the session flow",
                        ));
                    }
                }
                FlowInner::NamecomSession(Box::new(providers::namecom::SessionFlow::from_json(
                    c, &calls,
                )?))
            }
            _ => {
                return Err(Error::unsupported(format!(
                    "{} has no flow {name:?} (flows: {})",
                    self.provider(),
                    self.flows()
                        .iter()
                        .map(|f| f.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        };
        Ok(Flow { inner })
    }

    /// [`Client::flow`] with parameters as JSON text.
    pub fn flow_json(&self, name: &str, params_json: &str) -> Result<Flow, Error> {
        let params = if params_json.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(params_json).map_err(|e| Error::invalid_input("params", e))?
        };
        self.flow(name, params)
    }
}

/// Every flow as JSON: `[{provider, name, summary}]`.
pub fn flows_json() -> Value {
    serde_json::to_value(FLOWS).unwrap_or(Value::Null)
}
