//! Rules for the numbers: answer scales and the score bands over 0-100.

use super::{Checker, num};
use crate::questionnaire::model::{Band, Questionnaire, Scale, ScaleOption};
use crate::tr;

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
                            tr!(
                                "core-validate-scale-levels",
                                scale = name.as_str(),
                                levels = *levels,
                                max = MAX_CHOICES
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
                tr!(
                    "core-validate-scale-too-few-options",
                    scale = name,
                    count = count
                ),
            );
        }
        if count > MAX_CHOICES {
            self.fail(
                format!("{path}.options"),
                tr!(
                    "core-validate-scale-too-many-options",
                    scale = name,
                    count = count,
                    max = MAX_CHOICES
                ),
            );
        }
        for (i, option) in options.iter().enumerate() {
            let value = option.value;
            if let Some(first) = options[..i].iter().position(|o| o.value == value) {
                self.fail(
                    format!("{path}.options[{i}].value"),
                    tr!(
                        "core-validate-option-value-taken",
                        option = i + 1,
                        scale = name,
                        value = value.to_string(),
                        first = first + 1
                    ),
                );
            }
            let what = tr!(
                "core-validate-what-option-label",
                option = i + 1,
                value = value.to_string(),
                scale = name
            );
            self.text(format!("{path}.options[{i}].label"), &what, &option.label);
        }
    }

    pub(super) fn bands(&mut self, bands: &[Band]) {
        let (Some(first), Some(last)) = (bands.first(), bands.last()) else {
            self.fail("bands", tr!("core-validate-no-bands"));
            return;
        };
        for (i, band) in bands.iter().enumerate() {
            let path = format!("bands[{i}]");
            let name = &band.name;
            self.text(
                format!("{path}.name"),
                &tr!("core-validate-what-band-name", band = i + 1),
                name,
            );
            self.text(
                format!("{path}.meaning"),
                &tr!("core-validate-what-band-meaning", band = name.as_str()),
                &band.meaning,
            );
            if let Some(earlier) = bands[..i].iter().position(|b| &b.name == name) {
                self.fail(
                    format!("{path}.name"),
                    tr!(
                        "core-validate-band-name-taken",
                        band = name.as_str(),
                        first = earlier + 1,
                        second = i + 1
                    ),
                );
            }
            for (bound, value) in [("min", band.min), ("max", band.max)] {
                if !value.is_finite() {
                    self.fail(
                        format!("{path}.{bound}"),
                        tr!(
                            "core-validate-band-bound-not-number",
                            band = name.as_str(),
                            bound = bound,
                            value = value.to_string()
                        ),
                    );
                }
            }
            if band.min >= band.max {
                self.fail(
                    format!("{path}.max"),
                    tr!(
                        "core-validate-band-empty-range",
                        band = name.as_str(),
                        min = num(band.min),
                        max = num(band.max)
                    ),
                );
            }
            if let Some(previous) = i.checked_sub(1).map(|p| &bands[p]) {
                let (end, start) = (previous.max, band.min);
                let message = if start > end {
                    tr!(
                        "core-validate-band-gap",
                        previous = previous.name.as_str(),
                        end = num(end),
                        band = name.as_str(),
                        start = num(start)
                    )
                } else if start < end {
                    tr!(
                        "core-validate-band-overlap",
                        band = name.as_str(),
                        start = num(start),
                        previous = previous.name.as_str(),
                        end = num(end)
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
                tr!(
                    "core-validate-first-band-start",
                    band = first.name.as_str(),
                    min = num(first.min)
                ),
            );
        }
        if last.max != 100.0 {
            self.fail(
                format!("bands[{}].max", bands.len() - 1),
                tr!(
                    "core-validate-last-band-end",
                    band = last.name.as_str(),
                    max = num(last.max)
                ),
            );
        }
    }
}
