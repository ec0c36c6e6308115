//! `registrar-sandbox [--port N] [--host ADDR]`: serves the sandbox until interrupted.

use registrar_sandbox::Sandbox;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

fn main() {
    let mut port: u16 = 8080;
    let mut host = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--port" | "-p" => match args.next().and_then(|v| v.parse().ok()) {
                Some(p) => port = p,
                None => usage("--port needs a number (0 = any free port)"),
            },
            "--host" => match args.next().and_then(|v| v.parse().ok()) {
                Some(h) => host = h,
                None => usage("--host needs an IP address"),
            },
            "-h" | "--help" => {
                println!("usage: registrar-sandbox [--port N] [--host 127.0.0.1]");
                return;
            }
            other => usage(&format!("unknown argument {other:?}")),
        }
    }
    match Sandbox::start(SocketAddr::new(host, port)) {
        Ok(s) => {
            println!("{}", s.banner());
            s.join();
        }
        Err(e) => {
            eprintln!("registrar-sandbox: cannot listen on {host}:{port}: {e}");
            std::process::exit(1);
        }
    }
}

fn usage(why: &str) -> ! {
    eprintln!("registrar-sandbox: {why}\nusage: registrar-sandbox [--port N] [--host 127.0.0.1]");
    std::process::exit(2);
}
