## help: the help pages of the commands (`ecoready --help`, `ecoready <command> --help`,
## `ecoready help <command>`). src/cli/help.rs finds each text by an id made from the
## command's path and the argument's name: `help-about` (ecoready itself),
## `help-list-about` (the command `list`), `help-list-org` (its option `--org`),
## `help-org-rename-new` (the argument NEW of `org rename`), `help-global-data-dir`
## (`--data-dir`, an option of every command), `help-export-format-md` (the value `md` of
## `export --format`). Flag names, values, environment variables and placeholders such as
## FILE stay as they are. No full stop at the end: clap shows none.

## clap's own words on every help page
# Before the line that shows how to type the command.
help-heading-usage = Usage:
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
# `-h, --help` when `--help` shows more than `-h`; then its text in the longer page.
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
# `-h, --help` when both show the same.
help-flag-help = Print help
help-flag-version = Print version
# The command `help` (`ecoready help list`).
help-help-about = Print this message or the help of the given subcommand(s)
# After an option's help: $values lists the values it takes (`bash, zsh, fish`).
help-possible-values = [possible values: { $values }]
# Before the list of an option's values, each with what it means.
help-possible-values-heading = Possible values:
# After an option's help: the value used when it is not given.
help-default = [default: { $value }]
# After an option's help: the environment variable that sets it, and its value now
# (`ECOREADY_DATA_DIR=/srv/ecoready`).
help-env = [env: { $variable }]

## Texts that several options share
help-shared-id = Assessment id or any unique prefix of it
help-shared-json-text = Print one JSON document instead of text
help-shared-json-table = Print one JSON document instead of a table
help-shared-org = The organization (case-insensitive)
help-shared-yes = Do not ask for confirmation

## ecoready and the options of every command
help-about = Terminal wizard that assesses how ready a small or medium business is to work in cross-sector business ecosystems
help-global-data-dir = Where assessments are kept (default: the platform's data directory)
help-global-plain = Plain line-by-line prompts instead of the full-screen wizard (automatic when TERM=dumb or when input or output is not a terminal)
help-global-theme = Colour theme of the full-screen wizard
help-global-theme-default = Colours for dark terminal backgrounds
help-global-theme-light = Dark text and deep colours for light terminal backgrounds
help-global-theme-high-contrast = Bold text, bright colours and a reversed cursor
help-global-lang = Language of the wizard, messages and reports: en, de or es (default: `language:` in config.yaml, else the locale's LC_ALL, LC_MESSAGES or LANG, else English)

## new
help-new-about = Start a new assessment (flags prefill the setup screen)
help-new-org = Organization name
help-new-sector = The organization's sector
help-new-respondent = Who answers
help-new-role = The respondent's role
help-new-round = A round label such as "baseline" or "Q3 check-in"
help-new-advisor = The advisor's name (with `new`, implies --interview)
help-new-interview = A guided interview run by an advisor
help-new-questionnaire = Questionnaire id, or a questionnaire file
help-new-answer-lang = Language the questions are asked and answered in: en, de or es, when the questionnaire has a translation into it (default: the language of the messages when it has, else the questionnaire's own)

## resume
help-resume-about = Continue a draft (the most recent one without an ID)
help-resume-id = { help-shared-id }

## edit
help-edit-about = Change an assessment's organization, sector, respondent, role, mode, advisor or round (logged when it was completed)
help-edit-id = { help-shared-id }
help-edit-org = { help-new-org }
help-edit-sector = { help-new-sector }
# Written out rather than `{ help-new-respondent }`: the glossary check reads the source.
help-edit-respondent = Who answers
help-edit-role = { help-new-role }
help-edit-round = { help-new-round }
help-edit-advisor = The advisor's name (with `new`, implies --interview)
help-edit-mode = Self-assessment or guided interview
help-edit-mode-self = The respondent answers alone
help-edit-mode-interview = An advisor interviews the respondent
help-edit-reason = Why, kept in the amendment log of a completed assessment
help-edit-json = { help-shared-json-text }

## reopen
help-reopen-about = Reopen a complete assessment to change answers in the wizard; every change is logged and the scores are recomputed when it is completed again
help-reopen-id = { help-shared-id }
help-reopen-reason = Why, kept in the amendment log

## list
help-list-about = List stored assessments
help-list-org = Only this organization (case-insensitive)
help-list-advisor = Only this advisor's assessments (case-insensitive)
help-list-round = Only this round label (case-insensitive)
help-list-json = { help-shared-json-table }

## compare
help-compare-about = Compare two assessments: per dimension and facet before, after and change
help-compare-a = The earlier assessment (id or unique prefix)
help-compare-b = The later assessment (id or unique prefix)
help-compare-force = Compare even two organizations, or an assessment with itself
help-compare-json = { help-shared-json-text }

## trend
help-trend-about = An organization's scores over time
help-trend-org = { help-shared-org }
help-trend-json = { help-shared-json-text }

## round
help-round-about = Several respondents of one organization in one round: mean, range and agreement
help-round-org = { help-shared-org }
help-round-round = The round label (default: the organization's latest round)
help-round-json = { help-shared-json-text }

## remove
help-remove-about = Move an assessment to the trash folder in the data directory (nothing is destroyed)
help-remove-id = { help-shared-id }
help-remove-yes = { help-shared-yes }

## org, org rename, org merge
help-org-about = Rename an organization, or merge one into another, in every assessment and map
help-org-rename-about = Give an organization another name (also a change of spelling or case) in every assessment and map version
help-org-rename-old = The organization's name now (case-insensitive)
help-org-rename-new = The name it gets
help-org-rename-json = { help-shared-json-text }
help-org-merge-about = Make organization A part of B: A's assessments and map versions take B's name
help-org-merge-a = The organization merged away (case-insensitive)
help-org-merge-b = The organization it becomes part of (case-insensitive; its spelling is kept)
help-org-merge-yes = { help-shared-yes }
help-org-merge-json = { help-shared-json-text }

## trash, restore
help-trash-about = List the assessments in the trash (what `restore` can bring back)
help-trash-json = { help-shared-json-table }
help-restore-about = Move an assessment back from the trash
help-restore-id = Its trash id (`ecoready trash` lists them) or any unique start of one
help-restore-json = { help-shared-json-text }

## export
help-export-about = Write a report: one assessment, a comparison, an organization's trend, or the evidence
help-export-id = Assessment id (or unique prefix) to report on
help-export-org = An organization (case-insensitive): its trend in md, html or json; its assessments in csv
help-export-compare = Compare two assessments (ids or unique prefixes); the earlier one is "before"
help-export-all = Every assessment of every organization, as CSV: the portfolio of all clients
help-export-round-report = With --org: the round report (each respondent's scores, agreement, and the agenda of items answered far apart) of the organization's latest labelled round
help-export-round = With --round-report: this round instead of the latest
help-export-evidence = The instrument report (`ecoready evidence`) in md, html or json
help-export-questionnaire = With --evidence: the questionnaire id or file (default: the built-in one)
help-export-format = The report's format
help-export-format-md = Markdown
help-export-format-html = A self-contained HTML page with charts, ready to print to PDF
help-export-format-csv = Comma-separated values for spreadsheets
help-export-format-json = The same JSON documents `--json` prints
help-export-csv-layout = CSV form: one row per assessment (wide) or one row per answer (long); not for --compare
help-export-csv-layout-wide = One row per assessment
help-export-csv-layout-long = One row per answer
help-export-force = With --compare: compare even two organizations, or an assessment with itself
help-export-output = Write the report to FILE (replaced atomically) instead of standard output

## map
help-map-about = An organization's ecosystem map: partners by layer, and what they bring
help-map-org = { help-shared-org }
help-map-json = { help-shared-json-text }

## plan
help-plan-about = An organization's improvement plan: up to five facets to work on until the next check-in, and how the previous plan went
help-plan-org = { help-shared-org }
help-plan-add = Add this facet (its id, as listed) to the plan of the latest complete check-in
help-plan-replace = With --add: replace the facet's priority if it is planned already
help-plan-owner = With --add: who sees to it
help-plan-due = With --add: by when, as YYYY-MM-DD
help-plan-remove = Take this facet out of the plan of the latest complete check-in
help-plan-review = Review this priority of the previous plan in the latest check-in
help-plan-status = With --review: done, in-progress or dropped
help-plan-note = With --add: what is to be done; with --review: what happened
help-plan-json = { help-shared-json-text }

## evidence
help-evidence-about = How reliable the scores are: alpha, omega, item figures, retest and the smallest real change, over every assessment in the data directory
help-evidence-questionnaire = Questionnaire id, or a questionnaire file (default: the built-in one)
help-evidence-json = { help-shared-json-text }

## norms, norms export, norms import, norms list
help-norms-about = Anonymous norms: export this data directory's, import others' (percentiles then say which norms they use), list the imported ones
help-norms-export-about = Write anonymous norms of this data directory: per questionnaire version, sector and dimension the number of firms and the deciles of their scores; no group under 10
help-norms-export-output = The norms file to write (replaced atomically)
help-norms-export-source = The name percentiles will give these norms (default: "ecoready norms of <quarter>")
help-norms-import-about = Check a norms file and copy it into the data directory's norms folder
help-norms-import-file = The norms file
help-norms-list-about = List the imported norms
help-norms-list-json = { help-shared-json-text }

## init
help-init-about = Prepare a data directory for a team sharing it through git or a sync folder: creates it if needed and writes .gitignore, .gitattributes and .stignore (lines missing from existing ones are added; nothing else changes)
help-init-shared = The data directory to share
help-init-json = { help-shared-json-text }

## paths
help-paths-about = Where the data directory, this machine's state for it and the settings file are
help-paths-json = { help-shared-json-text }

## completions, man
help-completions-about = Print a shell completion script
help-completions-shell = The shell: bash, zsh, fish, powershell or elvish
help-man-about = Print the manual page (roff) on stdout

## conflicts, reid, repair
help-conflicts-about = Assessments with versions from several machines (sync conflict copies, git conflict markers); `--merge ID` merges one answer by answer
help-conflicts-merge = Merge this assessment's versions (the response given last wins, every note is kept) and move their files to the trash
help-conflicts-json = { help-shared-json-text }
help-reid-about = Give an assessment a new id (when two machines made the same one); plan reviews naming it follow, the old file goes to the trash
help-reid-id = { help-shared-id }
help-reid-json = { help-shared-json-text }
help-repair-about = Accept a file whose checksum does not match (changed outside ecoready on purpose): it is written back as it reads now, with a new checksum
help-repair-id = { help-shared-id }
help-repair-map = A map version file (in the data directory's maps/<organization>/) instead
help-repair-json = { help-shared-json-text }

## show, questionnaires, validate
help-show-about = Show one assessment's scores
help-show-id = { help-shared-id }
help-show-json = { help-shared-json-text }
help-questionnaires-about = List the questionnaires available
help-questionnaires-json = { help-shared-json-table }
help-validate-about = Check questionnaire files and report every problem with its line
help-validate-files = Questionnaire files to check
