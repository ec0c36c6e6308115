//! The `registrar` command: prepare, parse and send any operation of the registrar-kit catalog
//! from a shell (issue 8). `prepare` and `parse` do no I/O beyond reading their arguments; `call`
//! sends to a provider; `sandbox` serves the local stand-in of the APIs and `demo` runs the
//! lifecycle against one on loopback. See `cli/README.md`.

mod config;
mod demo;
mod input;
mod send;

use clap::{Args, Parser, Subcommand};
use input::{CliError, EXIT_OK};
use registrar_kit::catalog::{self, Client, PROVIDERS};
use registrar_kit::{Error, HttpResponse};
use serde_json::Value;
use std::io::Write;
use std::time::Duration;

const CREDENTIALS_HELP: &str = "\
Credentials (first match wins):
  --config '<json>'   the client config as the bindings take it ('@file' or '-' for stdin)
  REGISTRAR_CONFIG    the same JSON (or '@file'); may also be keyed by provider id:
                      {\"alldomains\": {\"token\": \"…\"}, \"regru\": {…}}
  per-provider variables, one per config member:
    alldomains     ALLDOMAINS_TOKEN, ALLDOMAINS_BASE_URL
    logicboxes     LOGICBOXES_AUTH_USERID, LOGICBOXES_API_KEY, LOGICBOXES_ENDPOINT (test|live|URL),
                   LOGICBOXES_CHECK_ENDPOINT
    regru          REGRU_USERNAME, REGRU_PASSWORD, REGRU_PRIVATE_KEY_PEM or REGRU_PRIVATE_KEY_FILE
                   (a PEM file), REGRU_DIGEST (sha1|sha512), REGRU_BASE_URL
    domaincontext  DOMAINCONTEXT_AUTH_LOGIN, DOMAINCONTEXT_AUTH_PASSWORD,
                   DOMAINCONTEXT_ENDPOINT (demo|live|URL), DOMAINCONTEXT_METHOD (POST|GET)
    namecom        NAMECOM_USERNAME, NAMECOM_API_TOKEN or NAMECOM_SESSION_TOKEN,
                   NAMECOM_ENDPOINT (test|live|URL)";

const EXIT_HELP: &str = "\
Exit codes:
  0  success: the request, output or list on stdout
  1  a typed error (invalid input, or the provider's error): its JSON on stdout
     ({kind, message, retryable, provider_code?, provider_message?, …}), a summary on stderr
  2  usage: bad arguments, unreadable file, no credentials, a port the sandbox cannot take
  3  call only: no answer (kind \"transport\"); for an operation that is not safe to repeat,
     details.confirm_with names the read-only operation that tells whether it went through";

const TOP_EXAMPLES: &str = "\
Examples:
  registrar operations alldomains
  registrar prepare alldomains servicedomain/check --config '{\"token\":\"T\"}' \\
      --params '{\"sld\":\"example\",\"tld\":\".uz\"}'
  registrar parse alldomains servicedomain/check --status 200 --body-file reply.json
  ALLDOMAINS_TOKEN=T registrar call alldomains client/balance_get_total";

/// Prepare, parse and send any operation of five domain-registrar reseller APIs.
///
/// The operation names and parameter names are the vendor's own (`registrar operations` lists
/// them); parameters and results are JSON.
#[derive(Parser)]
#[command(name = "registrar", version, after_help = TOP_EXAMPLES, after_long_help = format!("{TOP_EXAMPLES}\n\n{CREDENTIALS_HELP}\n\n{EXIT_HELP}"))]
struct Cli {
    /// Print JSON on one line instead of indented.
    #[arg(long, global = true)]
    compact: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the HTTP request an operation would send, as JSON ({method, url, headers, body}).
    #[command(after_help = format!("\
Examples:
  registrar prepare alldomains servicedomain/check --config '{{\"token\":\"T\"}}' \\
      --params '{{\"sld\":\"example\",\"tld\":\".uz\"}}'
  registrar prepare logicboxes domains/available --redact \\
      --config '{{\"auth_userid\":\"1\",\"api_key\":\"K\",\"endpoint\":\"test\"}}' \\
      --params '{{\"domain-name\":[\"example\"],\"tlds\":[\"com\",\"net\"]}}'
  REGRU_USERNAME=test REGRU_PASSWORD=test registrar prepare regru domain/check --params @p.json

{CREDENTIALS_HELP}

{EXIT_HELP}"))]
    Prepare(PrepareArgs),
    /// Parse a response to an operation: prints the output, or the typed error as JSON (exit 1).
    #[command(after_help = format!("\
Examples:
  registrar parse alldomains servicedomain/check --status 200 --body-file reply.json
  curl -s … | registrar parse namecom domain/get --status 200 --body-file - \\
      --header 'Content-Type: application/json'

Credentials are not needed to parse; --config is accepted and checked when given.

{EXIT_HELP}"))]
    Parse(ParseArgs),
    /// Prepare, send to the provider (or --endpoint) and parse: prints the output or the error.
    #[command(after_help = format!("\
Examples:
  ALLDOMAINS_TOKEN=T registrar call alldomains servicedomain/check \\
      --params '{{\"sld\":\"example\",\"tld\":\".uz\"}}'
  registrar call namecom hello --config @namecom.json --endpoint http://127.0.0.1:8080 -v

--endpoint replaces the config's base URL: alldomains and regru `base_url`, logicboxes
`endpoint` and `check_endpoint` (give the API root, e.g. http://127.0.0.1:8080/api/), domaincontext
and namecom `endpoint`.

{CREDENTIALS_HELP}

{EXIT_HELP}"))]
    Call(CallArgs),
    /// List the operations of one provider or of all (name, method, safety, summary).
    #[command(
        after_help = "Examples:\n  registrar operations\n  registrar operations regru\n  registrar operations namecom --json"
    )]
    Operations {
        /// Provider id: alldomains, logicboxes, regru, domaincontext, namecom.
        provider: Option<String>,
        /// Print the metadata as JSON (path, document section, confirm_with, notes, …).
        #[arg(long)]
        json: bool,
    },
    /// List the multi-call flows (e.g. namecom `session`).
    Flows {
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Start the local sandbox and run check → register → name servers → lock → info → renew →
    /// DNS record for every provider it serves, through the unified interface over HTTP;
    /// prints the transcript (credentials masked) and a summary table.
    #[command(after_help = "\
Exit codes:
  0  every step the provider supports succeeded (steps it cannot do are shown as unsupported)
  1  a supported step failed (see the summary table)
  2  the sandbox could not start")]
    Demo,
    /// Serve the local sandbox (a stand-in of the registrar APIs, seeded accounts) on
    /// 127.0.0.1 until interrupted; prints the endpoints, a ready config per provider and the
    /// seeded accounts.
    Sandbox {
        /// Port to listen on (0: any free port; the first line printed names it).
        #[arg(long, value_name = "N", default_value_t = demo::DEFAULT_PORT)]
        port: u16,
    },
}

#[derive(Args)]
struct Target {
    /// Provider id: alldomains, logicboxes, regru, domaincontext, namecom.
    provider: String,
    /// The vendor's name of the operation (see `registrar operations <provider>`).
    operation: String,
}

#[derive(Args)]
struct Credentials {
    /// The client config as JSON, '@file' or '-' (stdin); default: the environment (below).
    #[arg(long, value_name = "JSON")]
    config: Option<String>,
    /// A base URL that replaces the config's base_url / endpoint (a test server, a brand's API).
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
}

#[derive(Args)]
struct PrepareArgs {
    #[command(flatten)]
    target: Target,
    /// Parameters as JSON (the vendor's names), '@file' or '-' (stdin); default: none.
    #[arg(long, value_name = "JSON")]
    params: Option<String>,
    #[command(flatten)]
    credentials: Credentials,
    /// Mask credentials (headers, query, form and JSON members) with ***.
    #[arg(long)]
    redact: bool,
}

#[derive(Args)]
struct ParseArgs {
    #[command(flatten)]
    target: Target,
    /// The HTTP status of the response.
    #[arg(long, value_name = "N")]
    status: u16,
    /// The file holding the response body ('-' for stdin); default: an empty body.
    #[arg(long, value_name = "F", conflicts_with = "body")]
    body_file: Option<String>,
    /// The response body as text (instead of --body-file).
    #[arg(long, value_name = "TEXT")]
    body: Option<String>,
    /// A response header, 'Name: value' (repeatable).
    #[arg(long = "header", short = 'H', value_name = "'NAME: VALUE'", value_parser = input::header_arg)]
    headers: Vec<(String, String)>,
    /// The client config (not needed to parse; checked when given).
    #[arg(long, value_name = "JSON")]
    config: Option<String>,
}

#[derive(Args)]
struct CallArgs {
    #[command(flatten)]
    target: Target,
    /// Parameters as JSON (the vendor's names), '@file' or '-' (stdin); default: none.
    #[arg(long, value_name = "JSON")]
    params: Option<String>,
    #[command(flatten)]
    credentials: Credentials,
    /// Seconds to wait for the whole exchange [default: 60, or the operation's own recommended
    /// timeout when longer].
    #[arg(long, value_name = "SECS")]
    timeout: Option<u64>,
    /// Print the request (credentials masked) and the response status on stderr.
    #[arg(long, short)]
    verbose: bool,
    /// No progress indicator.
    #[arg(long, short)]
    quiet: bool,
}

/// The default `call` timeout in seconds.
const DEFAULT_TIMEOUT_SECS: u64 = 60;

fn main() {
    let cli = Cli::parse();
    let code = match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            report(&e, cli.compact);
            e.exit_code()
        }
    };
    std::process::exit(code);
}

/// Runs the command; `Ok` carries the exit code (`demo` exits 1 when a supported step failed).
fn run(cli: &Cli) -> Result<i32, CliError> {
    let compact = cli.compact;
    match &cli.command {
        Command::Prepare(a) => prepare(a, compact).map(|()| EXIT_OK),
        Command::Parse(a) => parse(a, compact).map(|()| EXIT_OK),
        Command::Call(a) => call(a, compact).map(|()| EXIT_OK),
        Command::Operations { provider, json } => {
            operations(provider.as_deref(), *json, compact).map(|()| EXIT_OK)
        }
        Command::Flows { json } => flows(*json, compact).map(|()| EXIT_OK),
        Command::Demo => demo::demo(),
        Command::Sandbox { port } => demo::sandbox(*port).map(|()| EXIT_OK),
    }
}

/// Prints an error: the typed error's JSON on stdout and a summary on stderr, or a usage message.
fn report(e: &CliError, compact: bool) {
    match e {
        CliError::Usage(message) => eprintln!("registrar: {message}"),
        CliError::Lib(err) => {
            print_json(&err.to_json(), compact);
            eprintln!("registrar: {}", summary(err));
        }
    }
}

fn summary(e: &Error) -> String {
    let mut s = format!("error: {e}");
    if let Some(field) = e.field() {
        s.push_str(&format!(" [field {field}]"));
    }
    if let Some(msg) = e.provider_message().filter(|m| *m != e.message()) {
        s.push_str(&format!("; provider says: {msg}"));
    }
    let confirm = e
        .details()
        .and_then(|d| d.get("confirm_with"))
        .and_then(Value::as_str);
    if let Some(op) = confirm {
        s.push_str(&format!(
            "\nthe outcome is unknown: check with the operation {op:?} before sending it again"
        ));
    } else if e.is_retryable() {
        s.push_str(" (safe to retry)");
    }
    s
}

fn print_json(value: &Value, compact: bool) {
    let text = if compact {
        value.to_string()
    } else {
        let mut s = String::new();
        pretty(value, 0, &mut s);
        s
    };
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

/// Indented JSON, except that arrays of scalars (header pairs, lists of names) stay on one line.
fn pretty(value: &Value, indent: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match value {
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => {
            let cells: Vec<String> = items.iter().map(Value::to_string).collect();
            out.push('[');
            out.push_str(&cells.join(", "));
            out.push(']');
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                pretty(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(": ");
                pretty(v, indent + 1, out);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// The configured client for `provider`, with `--endpoint` applied.
fn client(provider: &str, credentials: &Credentials) -> Result<Client, CliError> {
    let resolved = config::resolve(provider, credentials.config.as_deref())?
        .ok_or_else(|| CliError::usage(config::missing_hint(provider)))?;
    let mut cfg = resolved.config;
    if let Some(url) = &credentials.endpoint {
        config::override_endpoint(provider, &mut cfg, url);
    }
    Client::new(provider, &cfg).map_err(|e| {
        if resolved.source != "--config" && resolved.source != "none" {
            eprintln!(
                "registrar: the {provider} config came from {}",
                resolved.source
            );
        }
        CliError::Lib(e)
    })
}

fn params(text: Option<&str>) -> Result<Value, CliError> {
    match text {
        None => Ok(Value::Null),
        Some(t) => input::json_arg(&input::read_arg(t, "--params")?, "params"),
    }
}

fn prepare(a: &PrepareArgs, compact: bool) -> Result<(), CliError> {
    let client = client(&a.target.provider, &a.credentials)?;
    let params = params(a.params.as_deref())?;
    let request = client.prepare(&a.target.operation, params)?;
    print_json(&request.to_json(a.redact), compact);
    Ok(())
}

fn parse(a: &ParseArgs, compact: bool) -> Result<(), CliError> {
    let provider = a.target.provider.as_str();
    let cfg = match &a.config {
        Some(text) => input::json_arg(&input::read_arg(text, "--config")?, "config")?,
        None => config::placeholder(provider),
    };
    let client = Client::new(provider, &cfg)?;
    let body = match (&a.body_file, &a.body) {
        (Some(path), _) => input::read_file(path, "--body-file")?,
        (None, Some(text)) => text.clone().into_bytes(),
        (None, None) => Vec::new(),
    };
    let response = HttpResponse {
        status: a.status,
        headers: a.headers.clone(),
        body,
    };
    let output = client.parse(&a.target.operation, &response)?;
    print_json(&output, compact);
    Ok(())
}

fn call(a: &CallArgs, compact: bool) -> Result<(), CliError> {
    let provider = a.target.provider.as_str();
    let operation = a.target.operation.as_str();
    let client = client(provider, &a.credentials)?;
    let params = params(a.params.as_deref())?;
    let request = client.prepare(operation, params)?;
    let meta = catalog::metadata(provider, operation);
    let timeout = a.timeout.unwrap_or_else(|| {
        meta.and_then(|m| m.timeout_secs)
            .map_or(DEFAULT_TIMEOUT_SECS, |t| {
                DEFAULT_TIMEOUT_SECS.max(u64::from(t))
            })
    });
    if a.verbose {
        let mut shown = String::new();
        pretty(&request.to_json(true), 0, &mut shown);
        eprintln!("> {shown}");
        eprintln!("> timeout {timeout} s");
    }
    let label = format!("{provider} {operation}");
    let sent = send::with_progress(&label, !a.quiet, || {
        send::send(&request, Duration::from_secs(timeout))
    });
    let response = sent.map_err(|e| CliError::Lib(client.transport_error(operation, &e.0)))?;
    if a.verbose {
        eprintln!("< {} ({} bytes)", response.status, response.body.len());
    }
    let output = client.parse(operation, &response)?;
    print_json(&output, compact);
    Ok(())
}

fn safety_text(m: &registrar_kit::Metadata) -> String {
    let safety = serde_json::to_value(m.safety)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    match m.confirm_with {
        Some(c) => format!("{safety} (confirm with {c})"),
        None => safety,
    }
}

fn operations(provider: Option<&str>, json: bool, compact: bool) -> Result<(), CliError> {
    let providers: Vec<&str> = match provider {
        Some(p) if PROVIDERS.contains(&p) => vec![p],
        Some(p) => {
            return Err(CliError::usage(format!(
                "unknown provider {p:?}; known: {}",
                PROVIDERS.join(", ")
            )));
        }
        None => PROVIDERS.to_vec(),
    };
    if json {
        let all: Vec<_> = providers
            .iter()
            .flat_map(|p| catalog::operations(p))
            .collect();
        print_json(&serde_json::to_value(all).unwrap_or(Value::Null), compact);
        return Ok(());
    }
    let mut out = String::new();
    for p in &providers {
        let ops = catalog::operations(p);
        let rows: Vec<[String; 4]> = ops
            .iter()
            .map(|m| {
                [
                    m.name.to_owned(),
                    m.method.to_owned(),
                    safety_text(m),
                    m.summary.to_owned(),
                ]
            })
            .collect();
        if providers.len() > 1 {
            out.push_str(&format!("{p} ({} operations)\n", ops.len()));
        }
        out.push_str(&table(&["OPERATION", "METHOD", "SAFETY", "SUMMARY"], &rows));
        if providers.len() > 1 {
            out.push('\n');
        }
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Ok(())
}

fn flows(json: bool, compact: bool) -> Result<(), CliError> {
    if json {
        print_json(&catalog::flows_json(), compact);
        return Ok(());
    }
    let rows: Vec<[String; 3]> = catalog::FLOWS
        .iter()
        .map(|f| {
            [
                f.provider.to_owned(),
                f.name.to_owned(),
                f.summary.to_owned(),
            ]
        })
        .collect();
    let _ = std::io::stdout()
        .lock()
        .write_all(table(&["PROVIDER", "FLOW", "SUMMARY"], &rows).as_bytes());
    Ok(())
}

/// A plain text table: every column but the last padded to its widest cell.
fn table<const N: usize>(head: &[&str; N], rows: &[[String; N]]) -> String {
    let mut widths = head.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == N {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{cell:<w$}  "));
            }
        }
        s.trim_end().to_owned() + "\n"
    };
    let mut out = line(head.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_provider_has_variables_and_a_placeholder() {
        for p in PROVIDERS {
            assert!(config::VARIABLES.iter().any(|(q, _)| q == p), "{p}");
            assert!(Client::new(p, &config::placeholder(p)).is_ok(), "{p}");
        }
    }

    #[test]
    fn pretty_json_reads_back_and_keeps_scalar_arrays_inline() {
        let v = serde_json::json!({
            "a": [["x", "y"], ["z", "w"]],
            "b": {}, "c": [], "d": [1, {"e": "q\"uote"}], "f": null
        });
        let mut s = String::new();
        pretty(&v, 0, &mut s);
        assert!(s.contains("  \"a\": [\n    [\"x\", \"y\"],\n"), "{s}");
        assert_eq!(serde_json::from_str::<Value>(&s).ok(), Some(v));
    }

    #[test]
    fn table_pads_columns() {
        let t = table(
            &["A", "B"],
            &[["x".into(), "y".into()], ["long".into(), "z".into()]],
        );
        assert_eq!(t, "A     B\nx     y\nlong  z\n");
    }
}
