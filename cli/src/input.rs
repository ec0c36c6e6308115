//! Arguments that may be literal text, `@file` or `-` (stdin), and the command's error type.

use registrar_kit::{Error, ErrorKind};
use serde_json::Value;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the library refused the input or the provider answered with an error (JSON on
/// stdout).
pub const EXIT_ERROR: i32 = 1;
/// Exit code: bad command line, unreadable file, no credentials, a sandbox that cannot start.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: `call` got no answer (kind `transport`; the outcome of an unsafe operation is unknown).
pub const EXIT_TRANSPORT: i32 = 3;

/// Why a command failed.
#[derive(Debug)]
pub enum CliError {
    /// A problem with the command line itself (exit 2), explained on stderr.
    Usage(String),
    /// A typed error from the library (exit 1, or 3 for `transport`), printed as JSON on stdout.
    Lib(Error),
}

impl CliError {
    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }

    /// The process exit code.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => EXIT_USAGE,
            CliError::Lib(e) if e.kind() == ErrorKind::Transport => EXIT_TRANSPORT,
            CliError::Lib(_) => EXIT_ERROR,
        }
    }
}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        CliError::Lib(e)
    }
}

static STDIN_TAKEN: AtomicBool = AtomicBool::new(false);

/// Reads all of stdin (once per process).
pub fn read_stdin(what: &str) -> Result<Vec<u8>, CliError> {
    if STDIN_TAKEN.swap(true, Ordering::SeqCst) {
        return Err(CliError::usage(format!(
            "{what}: stdin (-) is already used by another argument"
        )));
    }
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| CliError::usage(format!("{what}: cannot read stdin: {e}")))?;
    Ok(buf)
}

/// Reads a file's bytes, `-` meaning stdin.
pub fn read_file(path: &str, what: &str) -> Result<Vec<u8>, CliError> {
    if path == "-" {
        return read_stdin(what);
    }
    std::fs::read(path).map_err(|e| CliError::usage(format!("{what}: cannot read {path}: {e}")))
}

/// The text of an argument: `-` is stdin, `@path` a file, anything else the text itself.
pub fn read_arg(text: &str, what: &str) -> Result<String, CliError> {
    let bytes = if text == "-" {
        read_stdin(what)?
    } else if let Some(path) = text.strip_prefix('@') {
        read_file(path, what)?
    } else {
        return Ok(text.to_owned());
    };
    String::from_utf8(bytes).map_err(|_| CliError::usage(format!("{what}: not UTF-8 text")))
}

/// JSON text to a value (empty text is `null`); a syntax error is the library's `invalid_input`
/// for `field`, as the bindings report it.
pub fn json_arg(text: &str, field: &str) -> Result<Value, CliError> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text).map_err(|e| CliError::Lib(Error::invalid_input(field, e)))
}

/// Parses a `Name: value` header argument.
pub fn header_arg(text: &str) -> Result<(String, String), String> {
    match text.split_once(':') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.trim().to_owned()))
        }
        _ => Err(format!("expected 'Name: value', got {text:?}")),
    }
}
