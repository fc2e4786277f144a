//! The `pacta` command: see `pacta --help`.

fn main() -> std::process::ExitCode {
    pacta::cli::main()
}
