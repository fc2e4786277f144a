//! The `pacta` command: see `pacta --help`.

/// See Cargo.toml: less memory held under load than glibc's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    pacta::cli::main()
}
