## tui: the full-screen wizard's own words (the sentences it shares with plain mode are in wizard.ftl)

## Key help: what a key does, in the help bar and the ? overlay (keep these short: the bar has one row).
tui-key-answer = answer
tui-key-dont-know = don't know
tui-key-scroll = scroll
tui-key-report = report
tui-key-yes = yes
tui-key-no = no
tui-key-assessments = assessments
tui-key-organizations = organizations
tui-key-compare = compare
tui-key-trend = trend
tui-key-round = round
tui-key-add-respondent = add respondent
tui-key-map = map
tui-key-to-trash = to trash
tui-key-search = search
tui-key-by-status = by status
tui-key-by-round = by round
tui-key-by-advisor = by advisor
tui-key-rename-organization = rename organization
tui-key-merge-into-another = merge into another
tui-key-trash-restore = trash (restore)
tui-key-restore = restore
tui-key-back-to-the-lists = back to the lists
tui-key-keep-the-search = keep the search
tui-key-clear-the-search = clear the search
tui-key-go-on = go on
tui-key-cancel = cancel
tui-key-chart-report = chart / report
tui-key-other-round = other round
tui-key-move-up = move up
tui-key-move-down = move down
tui-key-page-up = page up
tui-key-page-down = page down
tui-key-scroll-the-explanation-up = scroll the explanation up
tui-key-scroll-the-explanation-down = scroll the explanation down
tui-key-first = first
tui-key-last = last
tui-key-select = select
tui-key-confirm-next = confirm / next
tui-key-back = back
tui-key-next = next
tui-key-next-field = next field
tui-key-pick-the-organizations-next-round-label = pick the organization's next round label
tui-key-pick-the-previous-round-label = pick the previous round label
tui-key-previous-field = previous field
tui-key-previous-choice = previous choice
tui-key-next-choice = next choice
tui-key-note = note
tui-key-flag = flag
tui-key-undo-last-answer = undo last answer
tui-key-edit-setup = edit setup
tui-key-improvement-plan = improvement plan
tui-key-plan-or-change-the-facet = plan or change the facet
tui-key-take-out-of-the-plan = take out of the plan
tui-key-next-status = next status
tui-key-previous-status = previous status
tui-key-go-on-to-the-questions = go on to the questions
tui-key-review-later = review later
tui-key-reopen-to-amend = reopen to amend
tui-key-go-to = go to
tui-key-new = new
tui-key-resume = resume
tui-key-history = history
tui-key-maps = maps
tui-key-evidence = evidence
tui-key-layer-to-the-left = layer to the left
tui-key-layer-to-the-right = layer to the right
tui-key-add = add
tui-key-edit = edit
tui-key-remove = remove
tui-key-by-layer = by layer
tui-key-by-sector = by sector
tui-key-open = open
tui-key-next-choice-toggle = next choice / toggle
tui-key-save = save
tui-key-open-the-map = open the map
tui-key-merge-both-recommended = merge both (recommended)
tui-key-reload-theirs-yours-to-the-trash = reload theirs (yours to the trash)
tui-key-keep-both-yours-as-a-conflict-copy = keep both (yours as a conflict copy)
tui-key-restore-with-your-answers = restore with your answers
tui-key-leave-removed-yours-to-the-trash = leave removed (yours to the trash)
tui-key-try-saving-again = try saving again
tui-key-help = help
tui-key-leave-saving-once-more = leave (saving once more)
tui-key-leave-ecoready-saved-first = leave ecoready (saved first)
tui-key-done-typing = done typing
tui-key-leave = leave
tui-key-leave-without-saving = leave without saving
tui-key-quit-now-saved = quit now (saved)

## How keys are written in help (Enter, Esc, Tab and the arrows stay as they are on the keyboard).
# Control plus a letter ($key: the letter).
tui-key-label-ctrl = Ctrl-{ $key }
# In the help of a binding that takes every other key.
tui-key-label-any = any other key
tui-key-label-backtab = Shift-Tab
tui-key-label-page-up = PgUp
tui-key-label-page-down = PgDn

## Home
# Files Home skipped that are not conflicts.
tui-home-skipped = { $count } file(s) could not be read and were skipped
# Conflict copies Home skipped, with the command that merges them.
tui-home-conflicts = { $count } conflict(s): `ecoready conflicts`
tui-home-conflicts-and-skipped = { $count } conflict(s): `ecoready conflicts`; { $skipped } file(s) could not be read and were skipped
# After "Resume the latest draft": the draft's organization and answers so far.
tui-home-resume-which = { " " }({ $organization }, { $answered } answered)
# As above, when the draft is not the user's own ($whose: one of the two messages below).
tui-home-resume-whose = { " " }({ $organization }, { $answered } answered, { $whose })
tui-home-colleagues-draft = { $advisor }'s draft
tui-home-no-advisor = no advisor
# A draft's standing in the list of assessments.
tui-home-draft-answered = draft, { $answered } answered

## Setup
# Under the round field, before the existing labels, when the typed label is written like one of them.
tui-setup-round-similar = Did you mean "{ $existing }"?{ " " }
# Under the round field: the organization's existing round labels ($similar: the message above, or nothing).
tui-setup-rounds-so-far = { $similar }Rounds so far: { $rounds } (PgDn picks one; typing a new label starts a new round).
# The questionnaire choice: its title and size.
tui-setup-questionnaire = { $title } ({ $count } questions)
tui-setup-questionnaire-minutes = { $title } ({ $count } questions, about { $minutes } min)

## Questions
# The question screen's title, on the right.
tui-question-position = Question { $number } of { $count }
# Beside the bar of the part's progress.
tui-question-answered-in-part = { " " }{ $answered } of { $count } answered in this part
# The intro of a part (a dimension): which part, on the right of the title.
tui-intro-part = Part { $number } of { $count }
tui-intro-questions = { $count } questions, { $answered } answered so far. They cover:
# The go-to list's legend of its marks (the marks stay as they are).
tui-goto-legend = ✓ answered · ? don't know · ⚑ flagged

## Review
tui-review-answered = { $answered } of { $count } answered
# Above the review's list ($hint: how to use it).
tui-review-summary = { $answered } of { $count } answered, { $dont_know } of them "don't know". { $hint }
# A question's number in lists (keep it short: Q12).
tui-question-number = Q{ $number }

## Results
# In place of a figure there are too few answers for (keep it short: a column of 5).
tui-not-available = n/a
# How many of a score's questions were answered.
tui-coverage = { $answered } of { $count } answered ({ $percent })
tui-coverage-not-enough = { $not_enough } ({ $answered } of { $count } answered)
# The Results screen's title ($results: the word Results).
tui-results-title = { $results } · { $organization }
# Results, under complementary strengths: the heading of what the ecosystem map saved on $day shows.
tui-map-notes-of = Your ecosystem map of { $day } shows:
tui-weakest-dimension = Weakest dimension: { $title } ({ $score })
tui-weakest-facet = Weakest facet: { $title } ({ $score })

## History
tui-history-conflicts = { $count } conflict(s): `ecoready conflicts` lists and merges them
tui-history-organizations = Organizations ({ $count })
# Column heading of the organizations (the number after a name is its assessments).
tui-history-name-column = Name (assessments)
# Before what is typed into History's search.
tui-history-search = Search:
# The filters' labels and values.
tui-history-status = Status:
tui-history-round = Round:
tui-history-advisor = Advisor:
tui-history-filter-all = all
tui-history-filter-drafts = drafts
tui-history-filter-complete = complete
# The heading of an organization's assessments.
tui-history-assessments-of = { $count ->
    [one] 1 assessment
   *[other] { $count } assessments
} of { $organization }
# Column headings of the assessments (Started: a date; keep these within 10, 9 and 6 columns).
tui-history-started-column = Started
tui-history-round-column = Round
tui-history-respondent-column = Respondent
tui-history-mode-column = Mode
tui-history-score-column = Score
# The mode column's values.
tui-history-mode-self = self
tui-history-mode-interview = interview

## The too-small screen
tui-too-small-size = It needs at least { $min_width }x{ $min_height } and has { $width }x{ $height }.

## On exit after a save failed (printed on the terminal)
# $what: what differs (tui-changed-… joined by tui-list-and, or the last position, or the completion); $reason: why the save failed.
tui-unsaved-assessment = { $what } of the assessment of { $organization } ({ $id }) could not be saved: { $reason }. What was saved before is kept; continue it with `ecoready resume { $id }`.
tui-unsaved-new-assessment = The new assessment of { $organization } could not be saved: { $reason }. No draft of it was created.
tui-unsaved-map-change = The latest change to the ecosystem map of { $organization } could not be saved: { $reason }. Earlier versions of the map are kept.
tui-unsaved-change = A change could not be saved: { $reason }.
tui-changed-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
tui-changed-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
tui-changed-flags = { $count ->
    [one] { $count } flag
   *[other] { $count } flags
}
# A list of several things: all but the last joined by tui-list-separator, then the last.
tui-list-and = { $rest } and { $last }
tui-list-separator = ,{ " " }

## Compare
# The two assessments compared, at the top (the shorter is padded to the longer).
tui-compare-before-label = Before
tui-compare-after-label = After
# Column headings of the comparison (within 6, 7, 7 and 8 columns) and the verdict column's values.
tui-compare-before = before
tui-compare-after = after
tui-compare-change = change
tui-compare-items = items
tui-compare-noise-column = noise
tui-compare-real = real
tui-compare-noise = noise
tui-compare-no-estimate = no est.
# The radar's legend.
tui-compare-before-on = before { $date }
tui-compare-after-on = after { $date }

## Trend
# Column headings of the trend's table (within 10, 12 and 7 columns).
tui-trend-date = date
tui-trend-round = round
tui-trend-overall = overall
# Under the table: who answered which questionnaire at a point.
tui-trend-point-answered = { "  " }{ $date }: { $respondents } on { $questionnaires }
# A change counts as real from this size on ($mdc: the smallest real change).
tui-trend-real-from = real: ≥ { $mdc }

## Round
tui-round-respondents = { $count } respondents:
# Column headings of the round's table (within 6 and 9 columns; rwg stays as it is).
tui-round-mean = mean
tui-round-range = range
# The agreement statistic rwg(j): a symbol, usually kept as it is.
tui-round-rwg = rwg
# An agenda item: the question, its facet, how far apart the answers are.
tui-round-agenda-item = { $text } ({ $facet }, { $apart } points apart)
# After the round's title: which of the organization's rounds this is.
tui-round-which = { " " }({ $number } of { $count }, newest first)

## Evidence
# The heading of the items that stand out: how many of all.
tui-evidence-flagged = { $flagged_heading } ({ $flagged } of { $count })

## Plan
tui-plan-planned = { $planned } of { $most } planned
tui-plan-nothing-to-plan = No facet of this check-in has a score to plan from.
# The last row of a list cut to fit: how many rows are above and below.
tui-plan-more = { "  " }↑ { $above } more above · ↓ { $below } more below
# The priority form's heading: the facet and its score.
tui-plan-priority = Priority: { $title } (score { $score })

## Review of the last plan
tui-plan-review-plan-of = plan of { $date }
tui-plan-review-more = { "  " }↑ { $above } lines above · ↓ { $below } below (↑ ↓ moves)
tui-plan-review-not-yet = not reviewed yet
tui-plan-review-owner = owner { $owner }
tui-plan-review-due = due { $date }
tui-plan-review-note = note: { $note }
tui-plan-review-note-placeholder = what happened

## Text fields, renaming and merging, the trash
# A text field is full ($limit: what the limit allows, from the catalogue of limits).
tui-input-full = { $limit }; nothing more can be added
tui-rename-prompt = New name for { $organization }:
tui-merge-prompt = Merge { $organization } into:
tui-rename-question = Rename { $organization } to { $new_name } in every assessment and map?
tui-merge-question = Merge { $organization } into { $into }? Their assessments cannot be told apart afterwards.
# Column headings of the trash (within 20 and 10 columns).
tui-trash-id-column = Trash id
tui-trash-organization-column = Organization
tui-trash-status-column = Status
# $question: the restore question; then which assessment.
tui-trash-restore-question = { $question } { $id } ({ $organization }, { $started })

## Status lines
# After a setup edit: $saved says it was saved, $fields which fields changed.
tui-setup-saved = { $saved } { $fields }.
tui-plan-from-latest = { $made_from } ({ $date }); open it from History.
tui-plan-saved = { $saved } { $id }.
# A status line naming what it is about ($said: the sentence, $id: an assessment's id or a file's path).
tui-said-with-id = { $said } { $id }

## Ecosystem map
# Marks of a layer or a resource with a gap (after the ⚠ mark).
tui-map-empty = empty
tui-map-thin = thin
tui-map-missing = missing
# Before the resources partners bring, on narrow terminals.
tui-map-resources = Resources:
# Concentration of the ties ($share: a percentage as the map writes it).
tui-map-top-partner = top partner { $share } { $name }
tui-map-top-sector = top sector { $share } { $name }
tui-map-strong-ties-in = strong ties { $strong }, { $amount } in { $sector } ({ $share })
tui-map-strong-ties = strong ties { $strong }
# The same in one line on narrow terminals (the parts follow each other).
tui-map-ties-top-partner = Ties: top partner { $share } ({ $name })
tui-map-ties-top-sector = { " " }· top sector { $share } ({ $name })
tui-map-ties-strong = { " " }· strong { $strong }, { $amount } in { $sector }
# Under a layer's column cut to fit ($arrow: ↑ or ↓).
tui-map-more = { "  " }{ $arrow } { $count } more
# The selected partner: name, sector (" · sector" or nothing), relationship, tie strength and what it means.
tui-map-partner-head = { $name }{ $sector } · { $relationship } · tie { $tie } of { $most }, { $meaning }
tui-map-they-bring = they bring: { $what }
tui-map-they-bring-kinds = they bring ({ $kinds }): { $what }
tui-map-we-bring = we bring: { $what }
# The map's version, on the right of its title.
tui-map-version-saved = saved { $date } · { $count ->
    [one] 1 version
   *[other] { $count } versions
}
tui-map-version-merged = merged { $date } · { $count ->
    [one] 1 version
   *[other] { $count } versions
}
# Above the map: its centre and the filters ($layers, $sectors: "all layers" or the one shown).
tui-map-filters = ◉ { $organization } at the centre · showing { $layers }, { $sectors }
# An organization's latest map in the list of maps.
tui-map-of = map of { $day }, { $count ->
    [one] 1 partner
   *[other] { $count } partners
}
# The sector filter showing one sector.
tui-map-sector = sector { $sector }
tui-map-full = A map holds at most { $most } partners; remove one to add another
tui-map-merged-not-saved = The merged version could not be saved: { $reason }

## The panel shown while a save fails, the too-small screen
# $key: the key that tries again.
tui-save-panel-fix = Free some space (or fix what the message names), then press { $key } to try again; any other key tries too.
# $key: the key that leaves.
tui-save-panel-leave = { $key } leaves: ecoready tries once more and, if that fails, says on exit what could not be saved.
tui-too-small-keys = Enlarge the window; keys wait until then. { $quit_key } leaves (your answers are saved first); { $help_key } shows the keys.

## Messages on the terminal when it fails
tui-error-restore-terminal = ecoready: could not restore the terminal: { $reason }
tui-error-signals = could not set up signal handling
tui-error-read-terminal = could not read from the terminal
tui-error-wait-terminal = could not wait for the terminal
tui-error-prepare-terminal = could not prepare the terminal
tui-error-draw = could not draw the screen
tui-error-resize = could not resize the screen
# A broken config file, on standard error ($message: the file and what is wrong).
tui-config-warning = warning: { $message }
# The radar's legend on Results.
tui-results-scores = scores
