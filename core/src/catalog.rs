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

/// The provider ids, in the order DESIGN.md lists them.
pub const PROVIDERS: &[&str] = &["alldomains"];

/// A configured client for any provider: the generic path every binding uses.
#[derive(Clone, Debug)]
pub struct Client {
    inner: Inner,
}

#[derive(Clone, Debug)]
enum Inner {
    Alldomains(providers::alldomains::Client),
}

macro_rules! dispatch {
    ($self:expr, $table:ident, $c:ident => $body:expr) => {
        match &$self.inner {
            Inner::Alldomains($c) => {
                let $table = providers::alldomains::OPERATIONS;
                $body
            }
        }
    };
}

impl Client {
    /// A client for `provider` from its JSON-shaped configuration (see DESIGN.md, "Client config").
    pub fn new(provider: &str, config: &Value) -> Result<Self, Error> {
        let inner = match provider {
            "alldomains" => Inner::Alldomains(providers::alldomains::Client::from_config(config)?),
            other => {
                return Err(Error::invalid_input(
                    "provider",
                    format!(
                        "unknown provider {other:?}; known: {}",
                        PROVIDERS.join(", ")
                    ),
                ));
            }
        };
        Ok(Client { inner })
    }

    /// Like [`Client::new`] with the configuration as JSON text.
    pub fn from_json(provider: &str, config_json: &str) -> Result<Self, Error> {
        let config: Value =
            serde_json::from_str(config_json).map_err(|e| Error::invalid_input("config", e))?;
        Client::new(provider, &config)
    }

    /// The provider id.
    pub fn provider(&self) -> &'static str {
        match &self.inner {
            Inner::Alldomains(_) => "alldomains",
        }
    }

    /// Builds the request for `operation` from JSON parameters.
    pub fn prepare(&self, operation: &str, params: Value) -> Result<HttpRequest, Error> {
        dispatch!(self, table, c => {
            let e = find(table, self.provider(), operation)?;
            (e.prepare)(c, params).map(HttpRequest::from)
        })
    }

    /// Parses the response to `operation` into JSON output.
    pub fn parse(&self, operation: &str, response: &HttpResponse) -> Result<Value, Error> {
        dispatch!(self, table, _c => {
            let e = find(table, self.provider(), operation)?;
            (e.parse)(response.as_http())
        })
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

/// The metadata of every operation of `provider` (empty for an unknown provider).
pub fn operations(provider: &str) -> Vec<&'static Metadata> {
    match provider {
        "alldomains" => providers::alldomains::OPERATIONS
            .iter()
            .map(|e| e.meta)
            .collect(),
        _ => Vec::new(),
    }
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

/// The JSON Schemas of every operation's parameters and output (feature `schema`), for the typings
/// generator: `{provider: {operation: {"params": …, "output": …}}}`.
#[cfg(feature = "schema")]
pub fn schemas_json() -> Value {
    let mut out = serde_json::Map::new();
    let mut add =
        |provider: &str, rows: Vec<(&'static Metadata, (schemars::Schema, schemars::Schema))>| {
            let mut ops = serde_json::Map::new();
            for (m, (p, o)) in rows {
                ops.insert(
                    m.name.to_owned(),
                    serde_json::json!({"params": p.to_value(), "output": o.to_value()}),
                );
            }
            out.insert(provider.to_owned(), Value::Object(ops));
        };
    add(
        "alldomains",
        providers::alldomains::OPERATIONS
            .iter()
            .map(|e| (e.meta, (e.schema)()))
            .collect(),
    );
    Value::Object(out)
}
