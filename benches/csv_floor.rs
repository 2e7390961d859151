//! The floor of reading a CSV file: the `csv` crate iterating
//! `ByteRecord`s and counting them, nothing else. BENCHMARKS.md compares
//! `impact report` with it on the same file.
//!
//! ```sh
//! cargo bench --bench csv_floor -- observations.csv
//! ```
//!
//! (`cargo bench --no-run --bench csv_floor` names the executable, to time
//! it alone.)

use std::process::ExitCode;

fn main() -> ExitCode {
    // `cargo bench` adds `--bench`.
    let Some(path) = std::env::args_os().skip(1).find(|a| a != "--bench") else {
        eprintln!("usage: csv_floor FILE.csv");
        return ExitCode::FAILURE;
    };
    let reader = csv::ReaderBuilder::new().delimiter(b',').has_headers(false).flexible(true).from_path(&path);
    let mut reader = match reader {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut record = csv::ByteRecord::new();
    let (mut records, mut fields) = (0u64, 0u64);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                records += 1;
                fields += record.len() as u64;
            }
            Ok(false) => break,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("{records} records, {fields} fields");
    ExitCode::SUCCESS
}
