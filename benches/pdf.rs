//! Renders the sample agreement (`fixtures/agreements/sample-agreement.json`,
//! five pages) again and again in one process, on one thread, and reports
//! PDFs per second, time per PDF, size and peak memory.
//!
//! `cargo bench --bench pdf` (release build); `-- 2000` renders 2000. To
//! measure one core: `taskset -c 0 target/release/deps/pdf-* 2000`.

use std::time::Instant;

/// Peak resident memory of this process, in MiB (Linux), if known.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    let json = include_str!("../fixtures/agreements/sample-agreement.json");
    let agreement: pacta::pdf::Agreement = serde_json::from_str(json).expect("the sample");
    // The first rendering parses the fonts, once per process.
    let started = Instant::now();
    let first = pacta::pdf::render(&agreement, false).expect("rendered");
    let warm_up = started.elapsed();
    let started = Instant::now();
    let mut bytes = 0;
    for _ in 0..count {
        bytes = pacta::pdf::render(&agreement, false)
            .expect("rendered")
            .len();
    }
    let elapsed = started.elapsed().as_secs_f64();
    #[expect(clippy::cast_precision_loss, reason = "a count of renderings")]
    let per_second = count as f64 / elapsed;
    println!("pdf/sample-agreement: {count} renderings on one thread");
    println!(
        "  first (with font parsing): {:.1} ms",
        warm_up.as_secs_f64() * 1000.0
    );
    println!(
        "  {per_second:.0} PDFs per second, {:.2} ms per PDF",
        1000.0 / per_second
    );
    println!("  size: {bytes} bytes (first: {})", first.len());
    match peak_mib() {
        Some(mib) => println!("  peak memory: {mib:.1} MiB"),
        None => println!("  peak memory: unknown on this system"),
    }
}
