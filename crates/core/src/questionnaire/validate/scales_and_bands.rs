//! Rules for the numbers: answer scales and the score bands over 0-100.

use super::{Checker, counted};
use crate::questionnaire::model::{Band, Questionnaire, Scale, ScaleOption};

/// The answer keys are `1`-`9`, so no scale may offer more choices than that.
const MAX_CHOICES: usize = 9;

impl Checker {
    pub(super) fn scales(&mut self, q: &Questionnaire) {
        for (name, scale) in &q.scales {
            let path = format!("scales.{name}");
            match scale {
                Scale::Agreement { options } => self.agreement(&path, name, options),
                Scale::Anchored { levels } => {
                    if !(2..=MAX_CHOICES).contains(&usize::from(*levels)) {
                        self.fail(
                            format!("{path}.levels"),
                            format!(
                                "anchored scale `{name}` has {}; it needs between 2 and \
                                 {MAX_CHOICES} (the answer keys are 1-9)",
                                counted(usize::from(*levels), "level")
                            ),
                        );
                    }
                }
            }
        }
    }

    fn agreement(&mut self, path: &str, name: &str, options: &[ScaleOption]) {
        let count = options.len();
        if count < 2 {
            self.fail(
                format!("{path}.options"),
                format!(
                    "agreement scale `{name}` has {}; it needs at least 2",
                    counted(count, "option")
                ),
            );
        }
        if count > MAX_CHOICES {
            self.fail(
                format!("{path}.options"),
                format!(
                    "agreement scale `{name}` has {count} options; at most {MAX_CHOICES} fit on \
                     the answer keys 1-9"
                ),
            );
        }
        for (i, option) in options.iter().enumerate() {
            let value = option.value;
            if let Some(first) = options[..i].iter().position(|o| o.value == value) {
                self.fail(
                    format!("{path}.options[{i}].value"),
                    format!(
                        "option {} of scale `{name}` has value {value}, which option {} already \
                         has; each option needs its own value",
                        i + 1,
                        first + 1
                    ),
                );
            }
            let what = format!(
                "the label of option {} (value {value}) of scale `{name}`",
                i + 1
            );
            self.text(format!("{path}.options[{i}].label"), &what, &option.label);
        }
    }

    pub(super) fn bands(&mut self, bands: &[Band]) {
        let (Some(first), Some(last)) = (bands.first(), bands.last()) else {
            self.fail(
                "bands",
                "no bands are defined; bands must cover scores from 0 to 100",
            );
            return;
        };
        for (i, band) in bands.iter().enumerate() {
            let path = format!("bands[{i}]");
            let name = &band.name;
            self.text(
                format!("{path}.name"),
                &format!("the name of band {}", i + 1),
                name,
            );
            self.text(
                format!("{path}.meaning"),
                &format!("the meaning of band `{name}`"),
                &band.meaning,
            );
            if let Some(earlier) = bands[..i].iter().position(|b| &b.name == name) {
                self.fail(
                    format!("{path}.name"),
                    format!(
                        "band name `{name}` is used by bands {} and {}; names must differ",
                        earlier + 1,
                        i + 1
                    ),
                );
            }
            for (bound, value) in [("min", band.min), ("max", band.max)] {
                if !value.is_finite() {
                    self.fail(
                        format!("{path}.{bound}"),
                        format!("band `{name}` has {bound} {value}; it must be a number"),
                    );
                }
            }
            if band.min >= band.max {
                self.fail(
                    format!("{path}.max"),
                    format!(
                        "band `{name}` runs from {} to {}; its max must be greater than its min",
                        band.min, band.max
                    ),
                );
            }
            if let Some(previous) = i.checked_sub(1).map(|p| &bands[p]) {
                let (end, start) = (previous.max, band.min);
                let message = if start > end {
                    format!(
                        "gap between band `{}` (ends at {end}) and band `{name}` (starts at {start}): \
                         scores from {end} to {start} would have no band",
                        previous.name
                    )
                } else if start < end {
                    format!(
                        "band `{name}` starts at {start} but band `{}` ends at {end}: scores from \
                         {start} to {end} would be in both; each band must start where the previous one ends",
                        previous.name
                    )
                } else {
                    continue;
                };
                self.fail(format!("{path}.min"), message);
            }
        }
        if first.min != 0.0 {
            self.fail(
                "bands[0].min",
                format!(
                    "the first band `{}` starts at {}; bands must start at 0",
                    first.name, first.min
                ),
            );
        }
        if last.max != 100.0 {
            self.fail(
                format!("bands[{}].max", bands.len() - 1),
                format!(
                    "the last band `{}` ends at {}; bands must end at 100",
                    last.name, last.max
                ),
            );
        }
    }
}
