## app: what the application layer says to people, in every shell (the wizard's results,
## plain mode, commands).

## The improvement plan under the results
app-plan-heading = Improvement plan
app-plan-reviewed-here = The plan made at the check-in of { $date }, reviewed here:
app-plan-reviewed-here-round = The plan made at the check-in of { $date } (round { $round }), reviewed here:
# NAME and FACET are typed by the user; done is typed as it is.
app-plan-not-reviewed = The plan made on { $date } was not reviewed in this check-in: `ecoready plan --org NAME --review FACET --status done` reviews it.
app-plan-made-here = The plan made from this check-in:
# $hint says how a plan is made here (a key, a command) or why none can be.
app-plan-none-yet = No plan made from this check-in yet. { $hint }
app-plan-no-scored-facet = No facet has a score to plan from.
app-plan-latest-only = Plans are made from the organization's latest complete check-in.
app-plan-once-complete = A plan is made once this check-in is complete.
app-plan-owner = owner { $owner }
app-plan-due = due { $date }
# After a priority's title: how its review went ($status is done, in progress, dropped).
app-plan-status = : { $status }
app-plan-status-note = : { $status } ({ $note })
app-plan-not-reviewed-status = : not reviewed
# After a facet's change in score (begins with a comma, joined to the figures before it).
app-plan-items-both-times = , on { $count } items answered both times
app-plan-no-change-incomplete = no like-for-like change until this check-in is complete
app-plan-no-change-unscored = no like-for-like change: the facet has no score at one of the two check-ins

## Rounds
app-round-unknown = { $org } has no complete assessment in round "{ $round }"; its rounds: { $rounds }
app-round-unknown-no-rounds = { $org } has no complete assessment in round "{ $round }"; it has no labelled rounds yet
app-round-none-labelled = { $org } has no complete assessment with a round label; label check-ins with `ecoready new --round LABEL`

## Opening, editing and reopening assessments
app-already-complete = assessment { $id } is complete; `ecoready show { $id }` shows its results
app-organization-empty = the organization name cannot be empty
# $refusal says why (it is complete, a field is too long …).
app-cannot-edit = assessment { $id } cannot be edited: { $refusal }
app-cannot-reopen = assessment { $id } cannot be reopened: { $refusal }
app-org-no-assessments = no assessments of "{ $org }"; `ecoready list` shows the organizations
app-plan-made-from-latest = plans of { $org } are made from its latest complete check-in, { $date } ({ $id }): open that one from History
app-plan-no-complete-check-in = { $org } has no complete check-in to make a plan from yet
# YYYY-MM-DD is the form the date is typed in; keep it.
app-not-a-date = "{ $text }" is not a date: write it as YYYY-MM-DD, such as 2027-03-31

## Reports and comparisons
# $objection says why the two are not comparable.
app-not-compared = not compared: { $objection }. Add --force to compare them anyway.
app-compare-csv-long = a comparison has one CSV form; leave out --csv-layout long
app-report-json-failed = could not write the report as JSON
app-report-map-failed = could not add the ecosystem map to the JSON report
app-export-write-failed = could not write the export
app-export-skipped = assessment { $id }: { $problem }
app-export-questionnaire-missing = assessment { $id }: its questionnaire { $questionnaire } could not be loaded
app-map-unreadable = The ecosystem map could not be read: { $reason }
# $quarter: the quarter norms were made in (2026-Q4); the default label of exported norms.
app-norms-default-source = ecoready norms of { $quarter }
app-plan-nothing-to-review = no plan to review: a plan made at an earlier check-in is reviewed in the check-in after it (`ecoready new --org NAME` starts one)
app-plan-no-complete = no complete assessment of this organization yet: a plan is made from a check-in's results
app-export-evidence-formats = the evidence report is written as md, html or json (its JSON holds every figure for a spreadsheet)
app-export-all-csv-only = --all writes CSV only (--format csv); `ecoready list --json` lists every assessment as JSON
# Under an error, each of its causes.
app-caused-by = Caused by: { $cause }
