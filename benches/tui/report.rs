//! The benchmark's figures, printed with their targets and PASS or FAIL.

/// Prints figures and counts the ones that miss their target.
#[derive(Default)]
pub struct Report {
    pub failed: usize,
}

impl Report {
    /// A figure beside the minimal program's: it passes below `limit` and, when
    /// `max_ratio` is given, within that many times the reference.
    pub fn side_by_side(
        &mut self,
        what: &str,
        reference: f64,
        measured: f64,
        unit: &str,
        max_ratio: Option<f64>,
        limit: f64,
    ) {
        let ratio = measured / reference;
        let pass = measured < limit && max_ratio.is_none_or(|max| ratio <= max);
        self.failed += usize::from(!pass);
        let target = match max_ratio {
            Some(max) => format!("<={max}x, <{limit} {unit}"),
            None => format!("<{limit} {unit}"),
        };
        println!(
            "{what:<34} {:>9.2} {unit:<3}{:>9.2} {unit:<3}{ratio:>6.2}x {target:>16} {}",
            reference,
            measured,
            verdict(pass)
        );
    }

    pub fn limit(&mut self, what: &str, measured: f64, unit: &str, target: f64) {
        let pass = measured <= target;
        self.failed += usize::from(!pass);
        println!(
            "{what:<34} {:>13}{measured:>9.2} {unit:<3}{:>7} {:>8} {}",
            "",
            "",
            format!("<={target} {unit}"),
            verdict(pass)
        );
    }

    /// A figure that may not have been measured (a command this build lacks).
    pub fn limit_opt(&mut self, what: &str, measured: Option<f64>, unit: &str, target: f64) {
        match measured {
            Some(measured) => self.limit(what, measured, unit, target),
            None => println!(
                "{what:<34} {:>13}{:>13} <={target} {unit} not measured",
                "", "-"
            ),
        }
    }

    /// The closing line: how many figures missed their target.
    pub fn finish(&self) {
        println!();
        println!(
            "{}",
            if self.failed == 0 {
                "all figures within their targets".to_string()
            } else {
                format!("{} figure(s) missed their target", self.failed)
            }
        );
    }

    pub fn info(&mut self, what: &str, measured: f64, unit: &str) {
        println!("{what:<34} {:>13}{measured:>9.2} {unit:<3}", "");
    }
}

fn verdict(pass: bool) -> &'static str {
    if pass { "PASS" } else { "FAIL" }
}
