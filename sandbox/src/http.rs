//! A minimal HTTP/1.1 server on `std::net`: one thread per connection, one request per
//! connection (`Connection: close`), bounded sizes and timeouts. Good enough for loopback tests;
//! not a general web server.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// Largest request head (request line and headers) accepted.
const MAX_HEAD: usize = 64 * 1024;
/// Largest request body accepted.
const MAX_BODY: usize = 4 * 1024 * 1024;
/// Read and write timeout on every connection.
const IO_TIMEOUT: Duration = Duration::from_secs(10);

/// A request as the sandbox sees it.
#[derive(Clone, Debug)]
pub struct Request {
    /// `GET`, `POST`, …
    pub method: String,
    /// The path, still percent-encoded, without the query.
    pub path: String,
    /// The raw query string (without `?`), empty when none.
    pub query: String,
    /// Headers as `(lowercased name, value)`, in order.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
    /// The client's address.
    pub peer: Option<SocketAddr>,
}

impl Request {
    /// The first header named `name` (give it lowercased).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The query decoded as `application/x-www-form-urlencoded` pairs, in order, keys repeated.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.query.as_bytes())
            .into_owned()
            .collect()
    }
}

/// A response to write.
#[derive(Clone, Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Response {
    /// A JSON response (compact encoding) with `content_type`.
    pub fn json_as(status: u16, content_type: &'static str, value: &serde_json::Value) -> Self {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: serde_json::to_vec(value).unwrap_or_default(),
        }
    }

    /// A JSON response labelled `application/json`.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Response::json_as(status, "application/json", value)
    }

    /// A plain-text response.
    pub fn text(status: u16, text: &str) -> Self {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            headers: Vec::new(),
            body: text.as_bytes().to_vec(),
        }
    }
}

/// What answers requests.
pub type Handler = Arc<dyn Fn(&Request) -> Response + Send + Sync>;

/// A running server; dropping it (or [`Server::shutdown`]) stops accepting connections.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds `addr` and serves `handler` on a background thread.
    pub fn start(addr: SocketAddr, handler: Handler) -> std::io::Result<Server> {
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("sandbox-accept".into())
            .spawn(move || accept_loop(&listener, &stop2, &handler))?;
        Ok(Server {
            addr,
            stop,
            thread: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Blocks until the server stops (it runs until [`Server::shutdown`] or process exit).
    pub fn join(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    /// Stops accepting connections and waits for the accept thread.
    pub fn shutdown(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept() with a connection of our own.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.shutdown();
        }
    }
}

fn accept_loop(listener: &TcpListener, stop: &AtomicBool, handler: &Handler) {
    for conn in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = conn else { continue };
        let handler = Arc::clone(handler);
        let _ = std::thread::Builder::new()
            .name("sandbox-conn".into())
            .spawn(move || serve(stream, &handler));
    }
}

fn serve(stream: TcpStream, handler: &Handler) {
    let _ = stream.set_read_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let peer = stream.peer_addr().ok();
    let Ok(read_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(read_half);
    let response = match read_request(&mut reader, peer) {
        Ok(req) => {
            if req.method == "OPTIONS" {
                preflight()
            } else {
                // A handler bug must not take the server down: answer 500 instead.
                let h = Arc::clone(handler);
                let r = req.clone();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || h(&r)))
                    .unwrap_or_else(|_| Response::text(500, "internal sandbox error"))
            }
        }
        Err(ReadError::Closed) => return,
        Err(ReadError::Bad(status, why)) => Response::text(status, why),
    };
    let mut stream = stream;
    let _ = write_response(&mut stream, &response);
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// The answer to a CORS preflight: anything from anywhere (a loopback test server).
fn preflight() -> Response {
    Response {
        status: 204,
        content_type: "text/plain",
        headers: vec![
            (
                "Access-Control-Allow-Methods".into(),
                "GET, POST, OPTIONS".into(),
            ),
            ("Access-Control-Allow-Headers".into(), "*".into()),
            ("Access-Control-Max-Age".into(), "600".into()),
        ],
        body: Vec::new(),
    }
}

enum ReadError {
    Closed,
    Bad(u16, &'static str),
}

fn read_request(
    reader: &mut BufReader<TcpStream>,
    peer: Option<SocketAddr>,
) -> Result<Request, ReadError> {
    let mut head_len = 0usize;
    let mut line = String::new();
    let n = read_line(reader, &mut line, &mut head_len)?;
    if n == 0 {
        return Err(ReadError::Closed);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad(400, "malformed request line"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(ReadError::Bad(505, "HTTP/1.x only"));
    }
    let method = method.to_owned();
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (target.to_owned(), String::new()),
    };
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        let n = read_line(reader, &mut h, &mut head_len)?;
        if n == 0 {
            return Err(ReadError::Bad(400, "connection closed inside the headers"));
        }
        let h = h.trim_end_matches(['\r', '\n']);
        if h.is_empty() {
            break;
        }
        let Some((name, value)) = h.split_once(':') else {
            return Err(ReadError::Bad(400, "malformed header"));
        };
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let find = |n: &str| {
        headers
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v): &(String, String)| v.clone())
    };
    if find("transfer-encoding").is_some_and(|v| !v.eq_ignore_ascii_case("identity")) {
        return Err(ReadError::Bad(411, "send the body with Content-Length"));
    }
    let len = match find("content-length") {
        Some(v) => v
            .parse::<usize>()
            .map_err(|_| ReadError::Bad(400, "bad Content-Length"))?,
        None => 0,
    };
    if len > MAX_BODY {
        return Err(ReadError::Bad(413, "body too large"));
    }
    let mut body = vec![0u8; len];
    reader
        .read_exact(&mut body)
        .map_err(|_| ReadError::Bad(400, "body shorter than Content-Length"))?;
    Ok(Request {
        method,
        path,
        query,
        headers,
        body,
        peer,
    })
}

fn read_line(
    reader: &mut BufReader<TcpStream>,
    line: &mut String,
    total: &mut usize,
) -> Result<usize, ReadError> {
    let mut buf = Vec::new();
    let n = reader
        .by_ref()
        .take((MAX_HEAD.saturating_sub(*total) + 1) as u64)
        .read_until(b'\n', &mut buf)
        .map_err(|_| ReadError::Closed)?;
    *total += n;
    if *total > MAX_HEAD {
        return Err(ReadError::Bad(431, "request head too large"));
    }
    *line = String::from_utf8_lossy(&buf).into_owned();
    Ok(n)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

fn write_response(stream: &mut TcpStream, r: &Response) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\
         Access-Control-Allow-Origin: *\r\nServer: registrar-sandbox\r\n",
        r.status,
        reason(r.status),
        r.content_type,
        r.body.len()
    );
    for (k, v) in &r.headers {
        head.push_str(k);
        head.push_str(": ");
        head.push_str(v);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&r.body)
}
