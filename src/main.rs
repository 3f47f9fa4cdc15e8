use std::process::ExitCode;

fn main() -> ExitCode {
    ecoready::cli::main()
}
