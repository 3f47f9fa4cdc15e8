//! Every renderer, by format: plain text for the terminal ([`text`]), and the reports
//! people can send (one assessment, a comparison of two, an organization's trend, with the
//! ecosystem map's section) as Markdown, HTML with SVG charts, CSV or JSON. Pure: documents
//! in, text out; the shells choose the date style from the locale and write the file
//! through the store.
//!
//! Numbers are printed at full precision in JSON and rounded to one decimal everywhere
//! else, exactly as on the screens.

mod comparison;
mod csv;
mod dates;
pub mod evidence;
pub mod html;
pub mod json;
pub mod markdown;
pub mod plan;
mod round;
mod sentences;
pub mod svg;
pub mod text;
mod trend;

pub use csv::WideRows;
pub use dates::DateStyle;

use crate::assessment::{Mode, Status};
use crate::compare::Direction;
use crate::documents::{
    AssessmentDetail, CompareDocument, DeltaSummary, EvidenceDocument, RoundDocument, ScoreSummary,
    TrendDocument,
};
use crate::questionnaire::Questionnaire;

/// What a report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown: readable as plain text, rendered by any Markdown viewer.
    Markdown,
    /// One self-contained HTML page with inline SVG charts, ready to print to PDF.
    Html,
    /// Comma-separated values (RFC 4180) for spreadsheets.
    Csv,
    /// The same JSON documents `--json` prints.
    Json,
}

impl Format {
    /// The usual file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// The two CSV forms of assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvLayout {
    /// One row per assessment: who, when, and every score.
    #[default]
    Wide,
    /// One row per answer, for analysis.
    Long,
}

/// Choices that shape a report without changing its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// How dates are written in Markdown and HTML (CSV and JSON always use ISO 8601).
    pub dates: DateStyle,
    /// Which CSV form to write.
    pub csv_layout: CsvLayout,
}

/// One assessment's results and the questionnaire it was answered against (for the
/// title, the bands and their meanings).
#[derive(Debug, Clone, Copy)]
pub struct AssessmentReport<'a> {
    /// What `show --json` prints for the assessment.
    pub detail: &'a AssessmentDetail,
    /// The questionnaire it used.
    pub questionnaire: &'a Questionnaire,
}

/// The report of one assessment in `format`. Only JSON serialisation can fail.
pub fn assessment(
    report: &AssessmentReport<'_>,
    format: Format,
    options: &Options,
) -> serde_json::Result<String> {
    // Reports name bands in the questionnaire's language; JSON and CSV keep the source
    // names scripts find them by.
    let labelled = report.detail.with_band_labels(report.questionnaire);
    let shown = AssessmentReport {
        detail: &labelled,
        questionnaire: report.questionnaire,
    };
    Ok(match format {
        Format::Markdown => markdown::assessment(&shown, options.dates),
        Format::Html => html::assessment(&shown, options.dates),
        Format::Csv => assessments_csv(std::slice::from_ref(report.detail), options.csv_layout),
        Format::Json => json::assessment(report.detail)?,
    })
}

/// The comparison of two assessments in `format`; its JSON is the `compare --json`
/// document. Only JSON serialisation can fail.
pub fn comparison(
    document: &CompareDocument,
    format: Format,
    options: &Options,
) -> serde_json::Result<String> {
    Ok(match format {
        Format::Markdown => markdown::comparison(document, options.dates),
        Format::Html => html::comparison(document, options.dates),
        Format::Csv => csv::comparison(document),
        Format::Json => json::document(document)?,
    })
}

/// An organization's trend in `format`; its JSON is the `trend --json` document and its
/// CSV has one row per check-in. Only JSON serialisation can fail.
pub fn trend(
    document: &TrendDocument,
    format: Format,
    options: &Options,
) -> serde_json::Result<String> {
    Ok(match format {
        Format::Markdown => markdown::trend(document, options.dates),
        Format::Html => html::trend(document, options.dates),
        Format::Csv => csv::trend(document),
        Format::Json => json::document(document)?,
    })
}

/// A round report in `format`: the `round --json` document as JSON, one row per area or
/// agenda item and respondent as CSV. Only JSON serialisation can fail.
pub fn round(
    document: &RoundDocument,
    format: Format,
    options: &Options,
) -> serde_json::Result<String> {
    Ok(match format {
        Format::Markdown => markdown::round(document, options.dates),
        Format::Html => html::round(document, options.dates),
        Format::Csv => csv::round(document),
        Format::Json => json::document(document)?,
    })
}

/// The file name of a round report: `ecoready-<organization>-round-<label>.<ext>`.
pub fn round_file_name(document: &RoundDocument, format: Format) -> String {
    file_name(
        &format!("{} round {}", document.organization, document.round),
        format,
    )
}

/// The instrument report in `format`, or `None` for CSV (its two tables have different
/// columns; the JSON document holds every figure for a spreadsheet). Its JSON is the
/// `evidence --json` document. Only JSON serialisation can fail.
pub fn evidence(document: &EvidenceDocument, format: Format) -> Option<serde_json::Result<String>> {
    Some(match format {
        Format::Markdown => Ok(markdown::evidence(document)),
        Format::Html => Ok(html::evidence(document)),
        Format::Csv => return None,
        Format::Json => json::document(document),
    })
}

/// The file name of the instrument report: `ecoready-evidence-<id>-<version>.<ext>`.
pub fn evidence_file_name(document: &EvidenceDocument, format: Format) -> String {
    file_name(&evidence::file_stem(document), format)
}

/// Many assessments (an organization's, or every client's) as CSV: wide, one row per
/// assessment, columns the union of their dimensions and facets in first-seen order; or
/// long, one row per answer.
pub fn assessments_csv(details: &[AssessmentDetail], layout: CsvLayout) -> String {
    match layout {
        CsvLayout::Wide => csv::wide(details),
        CsvLayout::Long => csv::long(details),
    }
}

/// The start of the long assessments CSV (byte order mark and header) for an export
/// written one assessment at a time; each assessment's rows follow with
/// [`push_long_csv_rows`]. (The wide layout's columns depend on every assessment: it is
/// made with [`WideRows`].)
pub fn long_csv_start() -> String {
    csv::long_start()
}

/// Writes one assessment's rows of the long assessments CSV (see [`long_csv_start`]).
pub fn push_long_csv_rows(out: &mut String, detail: &AssessmentDetail) {
    csv::push_long_rows(out, detail);
}

/// A file name for a report: `ecoready-<subject>.<extension>`, the subject reduced to
/// lowercase ASCII letters, digits and hyphens (e.g. `acme-gmbh-2025-01-10`).
pub fn file_name(subject: &str, format: Format) -> String {
    let mut slug = String::new();
    for c in subject.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if let Some(plain) = latin_letter(c) {
            slug.push_str(plain);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "report" } else { slug };
    format!("ecoready-{slug}.{}", format.extension())
}

/// The plain ASCII spelling of a common accented Latin letter (lowercase), so "Söhne"
/// becomes `sohne` in a file name rather than `s-hne`.
fn latin_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ș' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The file name for the report of one assessment: organization and day, e.g.
/// `ecoready-acme-gmbh-2025-01-10.html` (the day it was completed, or started for a draft).
pub fn assessment_file_name(detail: &AssessmentDetail, format: Format) -> String {
    let s = &detail.summary;
    let day = DateStyle::Iso.date_of(s.completed_at.as_ref().unwrap_or(&s.started_at));
    file_name(&format!("{} {day}", s.organization.name), format)
}

/// The file name for a comparison: organization and both days, e.g.
/// `ecoready-acme-gmbh-2025-01-10-to-2025-07-01.md`.
pub fn comparison_file_name(document: &CompareDocument, format: Format) -> String {
    let day = |at| DateStyle::Iso.date_of(at);
    let subject = format!(
        "{} {} to {}",
        document.after.organization.name,
        day(&document.before.date),
        day(&document.after.date)
    );
    file_name(&subject, format)
}

/// The file name for a trend, e.g. `ecoready-acme-gmbh-trend.html`.
pub fn trend_file_name(document: &TrendDocument, format: Format) -> String {
    file_name(&format!("{} trend", document.organization), format)
}

/// How many of the items that moved most a comparison lists on the screen and in the
/// Markdown and HTML reports (CSV and JSON have all).
pub const MOVED_ITEMS_SHOWN: usize = 10;

/// Heading of the ecosystem map's section in every report.
pub fn map_section_title() -> &'static str {
    crate::tr!("report-map-section-title")
}

/// The heads of the map's partner tables in the Markdown and HTML reports, in order.
pub(crate) fn map_column_heads() -> [&'static str; 7] {
    [
        crate::tr!("report-map-column-partner"),
        crate::tr!("report-map-column-sector"),
        crate::tr!("report-map-column-relationship"),
        crate::tr!("report-map-column-brings"),
        crate::tr!("report-map-column-what-exactly"),
        crate::tr!("report-map-column-we-bring"),
        crate::tr!("report-map-column-tie"),
    ]
}

/// What every report says about the overall score, after docs/instrument.md (Limits).
fn overall_caveat_text() -> &'static str {
    crate::tr!("report-overall-caveat")
}

/// A number to one decimal as the screens print it in the current language, never `-0.0`.
fn one_decimal(value: f64) -> String {
    crate::i18n::decimal(value, 1)
}

/// A score to one decimal, or `not enough answers`.
fn score_text(score: Option<f64>) -> String {
    score.map_or_else(
        || crate::tr!("report-not-enough-answers").to_string(),
        one_decimal,
    )
}

/// A score of one assessment to one decimal, or "not enough answers" and what is missing
/// (not escaped: the missing part names dimensions from the questionnaire).
fn shown_score(score: &ScoreSummary) -> String {
    match score.not_enough_answers() {
        Some(missing) => missing,
        None => score_text(score.score),
    }
}

/// A change with its sign and mark, as on the screens: `+12.5 ▲`, `0.0 =`, `n/a ?`.
fn change_text(delta: &DeltaSummary) -> String {
    let mark = delta.direction.mark();
    match (delta.change, delta.direction) {
        (Some(_), Direction::Same) => format!("{} {mark}", one_decimal(0.0)),
        (Some(change), _) => format!("{} {mark}", crate::i18n::signed_decimal(change, 1)),
        (None, _) => format!("{} {mark}", crate::tr!("report-not-available")),
    }
}

/// `answered/total (percent%)`, the share of items answered with a value.
fn coverage_text(score: &ScoreSummary) -> String {
    crate::tr!(
        "report-coverage",
        answered = score.answered,
        total = score.total,
        percent = crate::i18n::percent(score.coverage * 100.0, 1)
    )
}

/// "40 of 48 items answered with a value (83.3%); 2 answered "don't know"." (unescaped).
fn answered_sentence(score: &ScoreSummary) -> String {
    crate::tr!(
        "report-answered-sentence",
        answered = score.answered,
        total = score.total,
        percent = crate::i18n::percent(score.coverage * 100.0, 1),
        dont_know = score.dont_know
    )
}

/// A band's range, "40 to 60", its bounds as the language writes numbers.
fn band_range(band: &crate::questionnaire::Band) -> String {
    crate::tr!(
        "report-band-range",
        min = crate::text::plain_number(band.min),
        max = crate::text::plain_number(band.max)
    )
}

pub(crate) fn mode_words(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => crate::tr!("report-mode-self-assessment"),
        Mode::Interview => crate::tr!("report-mode-interview"),
    }
}

/// `draft` or `complete`: a status as every text report writes it, in the current
/// language (CSV files keep [`status_id`]).
pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Draft => crate::tr!("report-status-draft"),
        Status::Complete => crate::tr!("report-status-complete"),
    }
}

/// `draft` or `complete` as files and CSV columns write it (never translated).
pub fn status_id(status: Status) -> &'static str {
    match status {
        Status::Draft => "draft",
        Status::Complete => "complete",
    }
}

/// The caveat on the overall score of an assessment made with `q`: only a questionnaire
/// that mixes agreement items and items of described levels averages two kinds of number.
pub(crate) fn overall_caveat(q: &Questionnaire) -> Option<&'static str> {
    q.mixes_scale_kinds().then(overall_caveat_text)
}

/// The meaning of a band of `q`, if it has one by that name.
pub(crate) fn band_meaning<'q>(q: &'q Questionnaire, band: &str) -> Option<&'q str> {
    q.bands
        .iter()
        .find(|b| b.name == band || b.label() == band)
        .map(|b| b.meaning.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_rounds_like_the_screens_and_has_no_negative_zero() {
        // 200/3 = 66.666.. -> 66.7; -0.04 rounds to 0.0 and must not say "-0.0".
        assert_eq!(one_decimal(200.0 / 3.0), "66.7");
        assert_eq!(one_decimal(-0.04), "0.0");
        assert_eq!(one_decimal(-12.5), "-12.5");
    }

    #[test]
    fn file_names_are_plain_ascii_slugs() {
        assert_eq!(
            file_name("Müller & Söhne GmbH 2025-01-10", Format::Html),
            "ecoready-muller-sohne-gmbh-2025-01-10.html"
        );
        assert_eq!(file_name("../..", Format::Csv), "ecoready-report.csv");
        assert_eq!(file_name("東京 Ltd", Format::Json), "ecoready-ltd.json");
    }
}
