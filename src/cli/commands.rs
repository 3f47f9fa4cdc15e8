//! The non-interactive commands: they read through the store, build the shapes in
//! [`crate::documents`], and print them as text or as one JSON document.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Report, Result, WrapErr, eyre};

use super::output::{print, print_json, stream_json, warn, warn_line, warn_skipped};
use crate::assessment::Assessment;
use crate::documents::{
    AssessmentDetail, AssessmentSummary, ListDocumentStream, QuestionnaireSummary,
    QuestionnairesDocument, ShowDocument,
};
use crate::error::InvalidInput;
use crate::questionnaire::{self, Loaded};
use crate::report::text::{self, ListRow};
use crate::scoring::{Score, Scores};
use crate::store::{self, Store, Summary};
use crate::text::sanitize;
use crate::tr;

/// The questionnaire `ecoready new --questionnaire` names (an id or a file), or the default.
pub fn choose_questionnaire(wanted: Option<&str>) -> Result<Loaded> {
    let Some(wanted) = wanted else {
        return questionnaire::builtins()
            .into_iter()
            .next()
            .ok_or_else(|| eyre!("{}", tr!("cli-no-builtin-questionnaire")));
    };
    let path = Path::new(wanted);
    if path.exists() || wanted.ends_with(".yaml") || wanted.ends_with(".yml") {
        return store::read_questionnaire_file(path);
    }
    if let Some(loaded) = questionnaire::builtin(wanted) {
        return Ok(loaded);
    }
    let (user, problems) = store::user_questionnaires();
    if let Some(loaded) = user.iter().find(|l| l.questionnaire.id == wanted) {
        return Ok(loaded.clone());
    }
    // The user's own file may be the one they meant, so say why it was not loaded.
    warn_skipped(&problems);
    let available: Vec<String> = questionnaire::builtins()
        .iter()
        .chain(&user)
        .map(|l| l.questionnaire.id.clone())
        .collect();
    Err(InvalidInput(tr!(
        "cli-unknown-questionnaire",
        wanted = wanted,
        available = available.join(", ")
    ))
    .into())
}

/// The advisor of `config.yaml`; a broken file is reported (and ignored).
pub fn configured_advisor() -> Option<&'static str> {
    if let (_, Some(problem)) = store::config::settings() {
        warn(&format!("{}: {}", problem.path.display(), problem.message));
    }
    store::config::configured_advisor()
}

/// The id of the draft to resume: the given prefix resolved, or the most recent draft of
/// the configured advisor (else of anyone, then saying whose it is).
pub fn draft_to_resume(store: &Store, prefix: Option<&str>) -> Result<String> {
    let Some(prefix) = prefix else {
        // From the index: finding the draft among thousands parses no YAML.
        let listing = store.summaries().readable()?;
        warn_skipped(&listing.problems);
        let me = configured_advisor();
        let draft = listing
            .draft_to_resume(me)
            .ok_or_else(|| Report::new(InvalidInput(tr!("cli-no-draft-to-resume").into())))?;
        let organization = draft.organization.name.as_str();
        if let Some(note) = crate::strings::whose_draft(draft.advisor.as_deref(), organization, me)
        {
            warn_line(&note);
        }
        return Ok(draft.id.clone());
    };
    let id = store.resolve(prefix)?;
    crate::app::ensure_draft(&store.load(&id)?)?;
    Ok(id)
}

/// What `ecoready list` keeps: every field given must match (ignoring case and the
/// spaces around).
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFilter<'a> {
    /// The organization.
    pub org: Option<&'a str>,
    /// The advisor.
    pub advisor: Option<&'a str>,
    /// The round label.
    pub round: Option<&'a str>,
}

impl ListFilter<'_> {
    fn keeps(&self, assessment: &Assessment) -> bool {
        let matches = |wanted: Option<&str>, value: Option<&str>| {
            wanted.is_none_or(|w| value.is_some_and(|v| crate::text::same_name(v, w)))
        };
        matches(self.org, Some(&assessment.organization.name))
            && matches(self.advisor, assessment.advisor.as_deref())
            && matches(self.round, assessment.round.as_deref())
    }

    /// "No assessments ... yet. Start one ..." naming what was asked for: one whole
    /// sentence per combination of filters, so each language orders its own words.
    fn nothing_found(&self) -> String {
        let shown = |value: Option<&str>| sanitize(value.unwrap_or_default(), false);
        let (org, advisor, round) = (shown(self.org), shown(self.advisor), shown(self.round));
        match (
            self.org.is_some(),
            self.advisor.is_some(),
            self.round.is_some(),
        ) {
            (false, false, false) => tr!("cli-list-none").to_string(),
            (true, false, false) => tr!("cli-list-none-org", org = org),
            (false, true, false) => tr!("cli-list-none-advisor", advisor = advisor),
            (false, false, true) => tr!("cli-list-none-round", round = round),
            (true, true, false) => tr!("cli-list-none-org-advisor", org = org, advisor = advisor),
            (true, false, true) => tr!("cli-list-none-org-round", org = org, round = round),
            (false, true, true) => {
                tr!(
                    "cli-list-none-advisor-round",
                    advisor = advisor,
                    round = round
                )
            }
            (true, true, true) => tr!(
                "cli-list-none-org-advisor-round",
                org = org,
                advisor = advisor,
                round = round
            ),
        }
    }
}

/// `ecoready list`.
pub fn list(store: &Store, filter: &ListFilter, json: bool) -> Result<u8> {
    // Served from the store's index: listing thousands of assessments parses no YAML. The
    // table shows only overall scores, which the index has without reading every score.
    // A directory that cannot be listed is an error, never "no assessments".
    let listing = if json {
        store.summaries_with_scores()
    } else {
        store.summaries()
    }
    .readable()?;
    warn_skipped(&listing.problems);
    let conflicts = store::conflict_count(&listing.problems);
    if conflicts > 0 {
        warn(&tr!("cli-conflicts-found", count = conflicts));
    }
    if json {
        // Each summary is made as it is written: tens of thousands are never held twice.
        let summaries = listing
            .summaries
            .iter()
            .filter(|s| filter.keeps(&s.assessment))
            .filter_map(|summary| match summary.scores() {
                Ok(scores) => Some(AssessmentSummary::new(&summary.assessment, scores)),
                Err(message) => {
                    let id = &summary.assessment.id;
                    warn(&tr!("cli-skipped-assessment", id = id, problem = message));
                    None
                }
            });
        return stream_json(&ListDocumentStream::new(summaries));
    }
    // Each kept summary with its overall score and local start day.
    let mut bands = crate::app::BandLabels::default();
    let mut rows: Vec<(&Summary, Scores, String)> = Vec::new();
    for summary in &listing.summaries {
        let assessment = &summary.assessment;
        if !filter.keeps(assessment) {
            continue;
        }
        match summary.overall().map(overall_only) {
            Ok(mut scores) => {
                if let Some(band) = &mut scores.overall.band {
                    *band = bands.label(store, &assessment.questionnaire, band);
                }
                rows.push((summary, scores, local_date(assessment)));
            }
            Err(message) => warn(&tr!(
                "cli-skipped-assessment",
                id = &assessment.id,
                problem = message
            )),
        }
    }
    if rows.is_empty() {
        return print(&format!("{}\n", filter.nothing_found()));
    }
    let rows: Vec<ListRow> = rows
        .iter()
        .map(|(summary, scores, started)| ListRow {
            assessment: &summary.assessment,
            overall: &scores.overall,
            started,
        })
        .collect();
    print(&text::list_table(&rows))
}

/// `questionnaire` in `lang` for `new --answer-lang`; a language it is not offered in is
/// bad input naming the ones it is.
pub fn in_offered_language(questionnaire: &Loaded, lang: crate::i18n::Lang) -> Result<Loaded> {
    let offered = crate::app::offered_languages(questionnaire);
    if !offered.contains(&lang) {
        let names: Vec<&str> = offered.iter().map(|l| l.code()).collect();
        return Err(InvalidInput(crate::tr!(
            "language-not-offered",
            id = questionnaire.questionnaire.id.as_str(),
            language = lang.code(),
            offered = names.join(", ")
        ))
        .into());
    }
    Ok(crate::app::in_answer_language(questionnaire, lang))
}

/// `ecoready show`.
pub fn show(store: &Store, id: &str, json: bool) -> Result<u8> {
    let id = store.resolve(id)?;
    let assessment = store.load(&id)?;
    let reference = &assessment.questionnaire;
    let loaded = store.questionnaire_shown(reference).wrap_err_with(|| {
        tr!(
            "cli-questionnaire-of-assessment-unloadable",
            questionnaire = format!("{}@{}", reference.id, reference.version),
            id = &id
        )
    })?;
    let q = &loaded.questionnaire;
    let scores = assessment.current_scores(q);
    let peers = crate::app::peers::standing(store, &assessment, &scores);
    warn_skipped(&peers.problems);
    let plan = crate::app::plan::of_check_in(store, &assessment)?;
    let detail = AssessmentDetail::new(&assessment, q, &scores)
        .with_peers(peers.standing)
        .with_plan(plan);
    if json {
        return print_json(&ShowDocument::new(detail));
    }
    let mut shown = text::show(&detail, q);
    shown.push_str(&map_section(store, &assessment));
    print(&shown)
}

/// What the organization's ecosystem map showed when the assessment was recorded (the
/// version that stood then), as `show` prints it; nothing without a map. A map that
/// cannot be read is a warning: the results are shown all the same.
fn map_section(store: &Store, assessment: &Assessment) -> String {
    let versions = match store.map_lineage_of(&assessment.organization.name) {
        Ok(versions) => versions,
        Err(e) => {
            warn(&tr!("cli-map-unreadable", reason = format!("{e:#}")));
            return String::new();
        }
    };
    let moment = assessment.recorded_at();
    let Some(notes) = crate::ecomap::notes_at(&versions, Some(&moment)) else {
        return String::new();
    };
    let mut out = match notes.saved_at {
        Some(saved) => format!(
            "\n{}\n",
            tr!(
                "cli-show-map-of",
                saved = saved.format("%Y-%m-%d").to_string(),
                recorded = moment.format("%Y-%m-%d").to_string()
            )
        ),
        None => format!("\n{}\n", tr!("cli-show-map")),
    };
    for line in notes.lines.iter().chain(&notes.hints) {
        out.push_str(&format!("  - {}\n", sanitize(line, false)));
    }
    out
}

/// `ecoready questionnaires`.
pub fn questionnaires(json: bool) -> Result<u8> {
    let (user, problems) = store::user_questionnaires();
    warn_skipped(&problems);
    let summaries: Vec<QuestionnaireSummary> = questionnaire::builtins()
        .iter()
        .chain(&user)
        .map(|loaded| QuestionnaireSummary::new(&store::shown(loaded)))
        .collect();
    if json {
        return print_json(&QuestionnairesDocument::new(summaries));
    }
    print(&text::questionnaires_table(&summaries))
}

/// `ecoready validate`.
pub fn validate(files: &[PathBuf]) -> Result<u8> {
    let mut failed = 0;
    for file in files {
        match store::read_translation_file(file) {
            Ok(None) => {}
            Ok(Some(checked)) => {
                let q = &checked.questionnaire.questionnaire;
                print(&format!(
                    "{}\n",
                    crate::tr!(
                        "language-validate-ok",
                        file = sanitize(&file.display().to_string(), false),
                        language = checked.language.as_str(),
                        id = q.id.as_str(),
                        version = q.version.as_str()
                    )
                ))?;
                continue;
            }
            Err(report) => {
                failed += 1;
                for line in problem_lines(file, &report) {
                    warn_line(&line);
                }
                continue;
            }
        }
        match store::read_questionnaire_file(file) {
            Ok(loaded) => {
                let items = loaded.questionnaire.item_count();
                let file = sanitize(&file.display().to_string(), false);
                print(&format!(
                    "{}\n",
                    tr!("cli-validate-ok", file = file, count = items)
                ))?;
            }
            Err(report) => {
                failed += 1;
                for line in problem_lines(file, &report) {
                    warn_line(&line);
                }
            }
        }
    }
    if failed == 0 {
        return Ok(0);
    }
    Err(InvalidInput(tr!(
        "cli-validate-failed",
        failed = failed,
        count = files.len()
    ))
    .into())
}

/// Every problem of a file that failed to load, each line starting with the file name.
fn problem_lines(file: &Path, report: &Report) -> Vec<String> {
    let name = file.display().to_string();
    let message = match report
        .chain()
        .find_map(|e| e.downcast_ref::<InvalidInput>())
    {
        Some(invalid) => invalid.0.clone(),
        None => format!("{report:#}"),
    };
    message
        .lines()
        .map(|line| {
            if line.starts_with(&name) {
                line.to_string()
            } else {
                format!("{name}: {line}")
            }
        })
        .collect()
}

/// Scores with the overall score alone, for the table, which shows nothing else.
fn overall_only(overall: &Score) -> Scores {
    Scores {
        overall: overall.clone(),
        dimensions: Vec::new(),
        weakest_dimension: None,
        weakest_facet: None,
    }
}

/// The day an assessment started, in the local time zone.
fn local_date(assessment: &Assessment) -> String {
    // `YYYY-MM-DD`, without parsing a format string for each of thousands of rows.
    assessment
        .started_at
        .with_timezone(&chrono::Local)
        .date_naive()
        .to_string()
}
