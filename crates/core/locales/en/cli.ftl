## cli: what the commands print for people (JSON, CSV and file contents stay English).

## Output
cli-stdout-failed = could not write to standard output
cli-stderr-failed = could not write to standard error
cli-stdin-failed = could not read the answer
cli-json-failed = could not turn the result into JSON
# A line on standard error about something that did not stop the command.
cli-warning = warning: { $message }
# A file left out of a listing: $problem starts with the file's path.
cli-skipped = skipped { $problem }
cli-skipped-file = skipped { $path }: { $problem }

## Commands: list, show, validate, resume
cli-no-builtin-questionnaire = this build of ecoready has no built-in questionnaire
cli-unknown-questionnaire = unknown questionnaire "{ $wanted }"; available: { $available } (or give a .yaml file)
cli-no-draft-to-resume = no draft to resume; `ecoready new` starts one
# `ecoready list` with nothing to show, for each combination of filters given.
cli-list-none = No assessments yet. Start one with `ecoready new`.
cli-list-none-org = No assessments of "{ $org }" yet. Start one with `ecoready new`.
cli-list-none-advisor = No assessments by advisor "{ $advisor }" yet. Start one with `ecoready new`.
cli-list-none-round = No assessments in round "{ $round }" yet. Start one with `ecoready new`.
cli-list-none-org-advisor = No assessments of "{ $org }" by advisor "{ $advisor }" yet. Start one with `ecoready new`.
cli-list-none-org-round = No assessments of "{ $org }" in round "{ $round }" yet. Start one with `ecoready new`.
cli-list-none-advisor-round = No assessments by advisor "{ $advisor }" in round "{ $round }" yet. Start one with `ecoready new`.
cli-list-none-org-advisor-round = No assessments of "{ $org }" by advisor "{ $advisor }" in round "{ $round }" yet. Start one with `ecoready new`.
cli-conflicts-found = { $count } conflict(s): `ecoready conflicts` lists them and merges each
cli-skipped-assessment = skipped assessment { $id }: { $problem }
cli-questionnaire-of-assessment-unloadable = the questionnaire { $questionnaire } that assessment { $id } used could not be loaded
cli-map-unreadable = the ecosystem map could not be read: { $reason }
# Heading in `ecoready show`: the map version that stood when the assessment was recorded.
cli-show-map-of = Ecosystem map of { $saved } (the version that stood on { $recorded })
cli-show-map = Ecosystem map
cli-validate-ok = { $file }: ok ({ $count } items)
cli-validate-failed = { $failed } of { $count } questionnaire { $count ->
    [one] file
   *[other] files
} invalid

## compare, trend, round, remove
cli-trend-none-complete = { $org } has no complete assessment yet; `ecoready resume` finishes a draft.
cli-remove-needs-yes = not removing assessment { $id } without confirmation; pass --yes to move it to the trash
# Asked before `remove` (the answer y or yes confirms; see cli-yes-words).
cli-remove-confirm = Move assessment { $id } ({ $org }, { $date }) to the trash? [y/N]
cli-remove-confirm-unreadable = Move assessment { $id } (cannot be read) to the trash? [y/N]
cli-remove-nothing-moved = Nothing was moved.
cli-removed = Moved assessment { $id } to { $path }
cli-org-none-loadable = none of the assessments of "{ $org }" could be loaded (see the warnings above)
cli-org-unknown-none-yet = no assessments of "{ $org }"; there are no assessments yet; start one with `ecoready new`
cli-org-unknown = no assessments of "{ $org }"; organizations with assessments: { $organizations }

## export
cli-export-compare-two = --compare takes two assessment ids
cli-export-what = say what to export: an ID, --org NAME, --compare A B, --all or --evidence
cli-export-wrote = Wrote the report to { $path }

## plan
cli-plan-due-needs-date = --due needs a date as YYYY-MM-DD
# The words done, in-progress and dropped are typed as they are (not translated).
cli-plan-bad-status = "{ $text }": say done, in-progress or dropped
cli-plan-review-needs-status = --review needs --status done|in-progress|dropped
cli-plan-saved = Saved in assessment { $id }

## norms
cli-norms-source-length = --source: give a label of 1 to { $max } characters
cli-norms-yaml-failed = could not write the norms as YAML
cli-norms-exported = Wrote { $file } ({ $groups } groups, { $areas } areas; groups of fewer than { $min_firms } firms left out)
cli-norms-imported = Imported norms { $source } ({ $groups } groups) as { $file }
cli-norms-none = No norms imported (ecoready norms import FILE adds some).
cli-norms-all-sectors = all sectors
# One group of imported norms: the most firms in any of its areas.
cli-norms-firms = up to { $firms } firms in { $areas } areas

## map
cli-map-none = no ecosystem map of "{ $org }" yet; draw one in the wizard (`ecoready`, then Ecosystem maps)

## --lang (shown by clap, before a language is chosen: English only)
cli-lang-unknown = ecoready does not speak { $value }; it speaks { $codes }

## org, trash, restore
cli-merge-nothing-merged = Nothing was merged.
cli-merge-needs-yes = not merging "{ $a }" into "{ $b }" without confirmation; pass --yes
cli-merge-confirm = Merge "{ $a }" into "{ $b }"? Their assessments cannot be told apart afterwards. [y/N]
cli-restored = Restored assessment { $id }.

## edit
cli-edit-nothing-changed = Nothing changed in assessment { $id }.
cli-edit-changed = Assessment { $id }: changed { $fields }.
cli-edit-changed-logged = Assessment { $id }: changed { $fields } (kept in its amendment log).

## repair
cli-repair-what = give an assessment id, or --map FILE
cli-man-failed = could not render the manual page
