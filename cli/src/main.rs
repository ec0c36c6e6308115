//! The `registrar` command (work in progress: see issue 8).

fn main() {
    eprintln!("registrar: not implemented yet");
    std::process::exit(2);
}
