//! The one place that does network I/O: sends a prepared [`HttpRequest`] with `ureq` (blocking,
//! rustls) and hands back the [`HttpResponse`], with a spinner on stderr while a reply is slow.

use registrar_kit::{HttpRequest, HttpResponse};
use std::io::{IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};
use ureq::http;

/// The largest response body read (bulk lists can be big; this is a safety net).
const MAX_BODY: u64 = 64 * 1024 * 1024;
/// How long a call may take before the progress indicator appears.
const PROGRESS_AFTER: Duration = Duration::from_secs(2);

/// Why nothing usable came back.
pub struct SendError(pub String);

/// Sends `request` and reads the whole response, whatever its status (redirects are not
/// followed: the response goes to the parser as the provider sent it).
pub fn send(request: &HttpRequest, timeout: Duration) -> Result<HttpResponse, SendError> {
    let config = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("registrar-kit-cli/", env!("CARGO_PKG_VERSION")))
        .build();
    let agent = ureq::Agent::new_with_config(config);

    let mut builder = http::Request::builder()
        .method(request.method.as_str())
        .uri(request.url.as_str());
    for (name, value) in &request.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let bodyless = request.body.is_empty() && matches!(request.method.as_str(), "GET" | "HEAD");
    let result = if bodyless {
        builder
            .body(())
            .map_err(|e| SendError(format!("invalid request: {e}")))
            .and_then(|r| agent.run(r).map_err(|e| describe(&e, timeout)))
    } else {
        builder
            .body(request.body.clone())
            .map_err(|e| SendError(format!("invalid request: {e}")))
            .and_then(|r| agent.run(r).map_err(|e| describe(&e, timeout)))
    };
    let mut response = result?;
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| describe(&e, timeout))?;
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

fn describe(e: &ureq::Error, timeout: Duration) -> SendError {
    match e {
        ureq::Error::Timeout(_) => SendError(format!(
            "timed out after {} s ({e}); raise it with --timeout",
            timeout.as_secs()
        )),
        _ => SendError(e.to_string()),
    }
}

/// Runs `f`; when it takes longer than 2 s and stderr is a terminal, shows a spinner with the
/// elapsed time on stderr until it returns (and then erases it).
pub fn with_progress<T>(label: &str, enabled: bool, f: impl FnOnce() -> T) -> T {
    if !enabled || !std::io::stderr().is_terminal() {
        return f();
    }
    let (done, wait) = mpsc::channel::<()>();
    let label = label.to_owned();
    let spinner = std::thread::spawn(move || {
        let start = Instant::now();
        if !matches!(
            wait.recv_timeout(PROGRESS_AFTER),
            Err(RecvTimeoutError::Timeout)
        ) {
            return;
        }
        const FRAMES: [char; 4] = ['|', '/', '-', '\\'];
        let mut err = std::io::stderr();
        for frame in FRAMES.iter().cycle() {
            let _ = write!(
                err,
                "\r{frame} {label}: waiting for the reply ({} s)",
                start.elapsed().as_secs()
            );
            let _ = err.flush();
            if !matches!(
                wait.recv_timeout(Duration::from_millis(120)),
                Err(RecvTimeoutError::Timeout)
            ) {
                break;
            }
        }
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    });
    let out = f();
    drop(done);
    let _ = spinner.join();
    out
}
