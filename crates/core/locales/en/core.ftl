## core: sentences the core builds for every surface (scores, next steps, comparisons,
## validation messages).

# Names in a sentence: "A, B and C". $first is the names before the last, comma-separated.
core-and-list = { $first } and { $last }
core-not-enough-answers = not enough answers
core-missing-items = not enough answers: { $answered } of { $total } answered (needs { $needed })
core-missing-facets = not enough answers: { $scored } of { $total } { $total ->
    [one] facet
   *[other] facets
} scored (needs { $needed })
# $titles: the dimensions without a score, as a list ("A and B").
core-missing-dimensions = not enough answers: { $titles } { $count ->
    [one] has
   *[other] have
} no score

## Next steps
core-next-steps-heading = Next steps, weakest areas first
core-next-steps-intro = For each question, the level above your answer is the next step. Areas without a score come last and say what they lack.
core-step-next = Next (level { $level } of { $levels }): { $next }
core-step-kept = Top level ({ $level } of { $level }), keep it: { $current }
core-step-dont-know = Answered "don't know": finding out is the first step; no level is suggested.
core-step-open = Not answered yet: answer it to see its next step.
# A facet's heading: the facet's title and its dimension's title.
core-facet-heading = { $facet } ({ $dimension })

## The label on a draft's or partial result's numbers
# $titles: the dimensions without a score, comma-separated.
core-caveat-unscored = { $count ->
    [one] { $count } dimension without a score ({ $titles })
   *[other] { $count } dimensions without a score ({ $titles })
}
core-caveat-draft = Draft: not finished, { $responded } of { $total } questions answered; the scores may still change.
# $unscored is core-caveat-unscored.
core-caveat-draft-unscored = Draft: not finished, { $responded } of { $total } questions answered; { $unscored }.
core-caveat-partial = Partial: { $unscored }.
core-unfinished-all-answered = Every question has an answer.
core-unfinished-unanswered = { $count ->
    [one] { $count } question is unanswered.
   *[other] { $count } questions are unanswered.
}
core-unfinished-all-scored = Every dimension will have a score.
# $titles: the dimensions as a list ("A, B and C").
core-unfinished-unscored = { $count ->
    [one] { $titles } will have no score.
   *[other] { $titles } will have no score.
}

## Comparisons

# What a change rests on: $items of $count items both questionnaires share.
core-resting-on = on { $items } of { $count ->
    [one] { $count } item
   *[other] { $count } items
}
core-not-comparable = not comparable
# $items is core-resting-on.
core-not-comparable-resting-on = not comparable ({ $items })
# $mdc95: the smallest real change, formatted.
core-noise-cell-real = real (≥ { $mdc95 })
core-noise-cell-within = within noise (< { $mdc95 })
core-noise-cell-no-estimate = no estimate
core-noise-used-measured = from { $firms } firms in this data directory ({ $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
})
core-noise-used-measured-range = from { $least } to { $most } firms in this data directory ({ $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
})
core-noise-used-default = the published default in the questionnaire ({ $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
}; the data directory has too few firms for its own, see `ecoready evidence`)
core-noise-used-none = none ({ $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
}: no estimate of measurement noise)
core-noise-rule = A change is real only when it reaches its area's MDC95, the smallest change larger than measurement noise; a smaller one is within measurement noise. The overall score has no estimate of measurement noise.
# $used: the sources of the MDC95 values, separated by semicolons.
core-noise-rule-used = A change is real only when it reaches its area's MDC95, the smallest change larger than measurement noise; a smaller one is within measurement noise. MDC95 used: { $used }. The overall score has no estimate of measurement noise.
core-objection-same-assessment = both name the same assessment ({ $id }): there is no change to show
core-objection-different-organizations = the assessments are of two organizations ("{ $first }" and "{ $second }"): a difference between two firms is not a change of either
# $objection is one of the core-objection-… messages.
core-warning-compared-although = Compared although { $objection }.
core-warning-draft-before = The before side ({ $id }) is a draft: its answers may still change, and its unanswered questions are left out of every change.
core-warning-draft-after = The after side ({ $id }) is a draft: its answers may still change, and its unanswered questions are left out of every change.
# $titles: the dimensions without a comparable score ("A and B"); $count how many;
# $compared how many dimensions can be compared; $change the signed change ("+4.2").
core-overall-not-comparable = Overall readiness is not comparable: { $titles } { $count ->
    [one] has
   *[other] have
} no comparable score. Across the { $compared ->
    [one] { $compared } dimension
   *[other] { $compared } dimensions
} that can be compared the change is { $change } (weighted as in the overall score).
# $versions: the questionnaire versions ("x 1.0.0 and x 2.0.0").
core-no-common-questions = These check-ins used different questionnaire versions ({ $versions }) with no question in common: nothing can be compared.
core-note-same-all = Both used the same questionnaire; both answered all { $count ->
    [one] { $count } question
   *[other] { $count } questions
} with a value.
core-note-same-some = Both used the same questionnaire; both answered { $answered } of its { $count ->
    [one] { $count } question
   *[other] { $count } questions
} with a value, and every change rests on those only.
core-note-shared-all = Compared on the { $count ->
    [one] { $count } question
   *[other] { $count } questions
} both questionnaires share; both answered all { $count ->
    [one] { $count } question
   *[other] { $count } questions
} with a value
core-note-shared-some = Compared on the { $count ->
    [one] { $count } question
   *[other] { $count } questions
} both questionnaires share; both answered { $answered } of them with a value, and every change rests on those only
# $compared is core-note-shared-all or core-note-shared-some.
core-note-every-question-shared = { $compared } (every question of each questionnaire is shared).
core-note-only-earlier = { $compared }; { $count ->
    [one] { $count } question of the earlier one has
   *[other] { $count } questions of the earlier one have
} no counterpart.
core-note-only-later = { $compared }; { $count ->
    [one] { $count } question of the later one has
   *[other] { $count } questions of the later one have
} no counterpart.
core-note-only-both = { $compared }; { $before ->
    [one] { $before } question
   *[other] { $before } questions
} of the earlier one and { $after ->
    [one] { $after } question
   *[other] { $after } questions
} of the later one have no counterpart.
core-note-not-compared-dimensions = { $note } Not compared at all: { $dimensions }.

## Questionnaire validation (after "file:line: field: ")

core-validate-none = none
core-validate-kind-dimension = dimension
core-validate-kind-facet = facet
core-validate-kind-item = item
core-validate-kind-questionnaire = questionnaire
# $what names the text, e.g. "the title of facet `ownership`".
core-validate-empty = { $what } is empty; it must say something
# $kind: dimension, facet, item or questionnaire (core-validate-kind-…).
core-validate-id-empty = the { $kind } id is empty; it must say something
core-validate-id-too-long = the { $kind } id is longer than { $max } characters
core-validate-id-spelling = { $kind } id `{ $id }` may only contain lowercase letters, digits, `_` and `-`, starting with a letter or digit (ids become part of file names and JSON keys)
core-validate-id-taken = { $kind } id `{ $id }` is already used by the { $first_kind } at { $first_path }; dimension, facet and item ids must be unique across the questionnaire
core-validate-id-taken-at-line = { $kind } id `{ $id }` is already used by the { $first_kind } at { $first_path } (line { $line }); dimension, facet and item ids must be unique across the questionnaire
core-validate-weight = { $kind } `{ $id }` has weight { $weight }; weights must be numbers greater than 0
core-validate-what-version = the questionnaire's `version`
core-validate-what-title = the questionnaire's `title`
core-validate-what-results-note = the questionnaire's `results_note`
core-validate-advice-unknown-dimension = advice is given for dimension `{ $dimension }`, which does not exist (dimensions: { $known })
core-validate-advice-unknown-band = advice for `{ $dimension }` names band `{ $band }`, which is not one of the bands ({ $known })
core-validate-advice-empty = advice for `{ $dimension }` in band `{ $band }` is an empty list; give at least one step or leave the band out
core-validate-what-advice-step = step { $step } of the advice for `{ $dimension }` in band `{ $band }`
core-validate-no-dimensions = the questionnaire has no dimensions; it needs at least one
core-validate-too-many-items = the questionnaire has { $items } items; at most { $max } are allowed, so that every assessment with a note on each item can still be saved and read
core-validate-what-dimension-title = the title of dimension `{ $id }`
core-validate-what-dimension-summary = the summary of dimension `{ $id }`
core-validate-what-dimension = dimension `{ $id }`
core-validate-no-facets = dimension `{ $id }` has no facets; it needs at least one
core-validate-what-facet-title = the title of facet `{ $id }`
core-validate-what-facet = facet `{ $id }`
core-validate-what-facet-advice = the advice of facet `{ $id }`
core-validate-no-items = facet `{ $id }` has no items; it needs at least one
core-validate-what-item-text = the text of item `{ $id }`
core-validate-what-item-help = the help of item `{ $id }`
core-validate-what-item-probe = the probe of item `{ $id }`
core-validate-unknown-scale = item `{ $id }` uses scale `{ $scale }`, which is not defined in `scales` (defined: { $defined })
core-validate-anchors-on-agreement = item `{ $id }` uses agreement scale `{ $scale }`, which shows its own labels, so its { $count } anchors would never be shown; remove them or use an anchored scale
core-validate-anchor-count = item `{ $id }` has { $anchors ->
    [one] { $anchors } anchor
   *[other] { $anchors } anchors
} but scale `{ $scale }` has { $levels ->
    [one] { $levels } level
   *[other] { $levels } levels
}; give one description per level, level 1 first
core-validate-what-anchor = the anchor for level { $level } of item `{ $id }`
core-validate-anchored-reverse = item `{ $id }` is anchored and marked `reverse`; anchors already run from least to most ready, so write them in that order instead
core-validate-scale-levels = anchored scale `{ $scale }` has { $levels ->
    [one] { $levels } level
   *[other] { $levels } levels
}; it needs between 2 and { $max } (the answer keys are 1-9)
core-validate-scale-too-few-options = agreement scale `{ $scale }` has { $count ->
    [one] { $count } option
   *[other] { $count } options
}; it needs at least 2
core-validate-scale-too-many-options = agreement scale `{ $scale }` has { $count } options; at most { $max } fit on the answer keys 1-9
core-validate-option-value-taken = option { $option } of scale `{ $scale }` has value { $value }, which option { $first } already has; each option needs its own value
core-validate-what-option-label = the label of option { $option } (value { $value }) of scale `{ $scale }`
core-validate-no-bands = no bands are defined; bands must cover scores from 0 to 100
core-validate-what-band-name = the name of band { $band }
core-validate-what-band-meaning = the meaning of band `{ $band }`
core-validate-band-name-taken = band name `{ $band }` is used by bands { $first } and { $second }; names must differ
# $bound is the field name, min or max (kept as in the file).
core-validate-band-bound-not-number = band `{ $band }` has { $bound } { $value }; it must be a number
core-validate-band-empty-range = band `{ $band }` runs from { $min } to { $max }; its max must be greater than its min
core-validate-band-gap = gap between band `{ $previous }` (ends at { $end }) and band `{ $band }` (starts at { $start }): scores from { $end } to { $start } would have no band
core-validate-band-overlap = band `{ $band }` starts at { $start } but band `{ $previous }` ends at { $end }: scores from { $start } to { $end } would be in both; each band must start where the previous one ends
core-validate-first-band-start = the first band `{ $band }` starts at { $min }; bands must start at 0
core-validate-last-band-end = the last band `{ $band }` ends at { $max }; bands must end at 100
# $what names the dimension or facet (core-validate-what-dimension / -facet).
core-validate-reliability-value = the reliability of { $what } is { $value }; it must be a number between 0 and 1 (not 0 or 1 themselves)
core-validate-reliability-sd = the reliability of { $what } has sd { $sd }; it must be a number above 0 and at most 100 (points on the 0-100 score)
core-validate-what-reliability-source = the reliability source of { $what }
core-validate-reliability-source-too-long = the reliability source of { $what } has { $chars } characters; at most { $max } are allowed

## Measurement noise and what a change rests on (trend and comparison reports).
core-noise-source-measured = from { $firms } firms in this data directory
core-noise-source-default = published default in the questionnaire
core-noise-smallest-real-change = smallest real change { $mdc95 } points, { $source }
core-noise-no-estimate = no estimate of measurement noise
core-noise-within = within measurement noise
core-noise-real = real change
# What a change rests on: respondents ("resp.") and items, e.g. "2 resp. · 10 items".
core-rests-on = { $respondents } resp. · { $items ->
    [one] { $items } item
   *[other] { $items } items
}
core-trend-basis-like-for-like = Changes are like for like: { $count ->
    [0] no respondent took part in both
    [one] the { $count } respondent at both
   *[other] the { $count } respondents at both
} the first and the last check-in, on the items both of their assessments answered; the figure after each change says how many respondents and items it rests on.
core-trend-no-name = (no name)
core-trend-left-out = Left out: { $name } ({ $id }): { $reason }.
core-trend-questionnaire-differs = The questionnaire differs between them: only the items both versions have are compared.
# An answer on an anchored scale, beside a change: "level 3".
core-answer-level = level { $level }

## The change log of an assessment reopened or edited after completion.
core-setup-field-organization = organization
core-setup-field-sector = sector
core-setup-field-respondent = respondent
core-setup-field-role = role
core-setup-field-mode = mode
core-setup-field-advisor = advisor
core-setup-field-round = round
core-amend-dont-know = don't know
core-amend-no-answer = no answer
core-amend-none = none
core-amend-quoted = "{ $text }"
core-amend-with-reason = { $sentence } (reason: { $reason })
core-amend-reopened = Reopened to change answers
core-amend-answer = Question { $number } "{ $text }" ({ $item }): changed from { $old } to { $new }
core-amend-answer-unknown-item = Question { $item }: changed from { $old } to { $new }
core-amend-setup = Setup: { $field } changed from { $old } to { $new }
core-amend-scores-recomputed = Completed again: scores recomputed (overall { $before } before, { $after } after)

## The kinds of conflicting copy `ecoready conflicts` finds.
core-copy-syncthing = a Syncthing conflict copy
core-copy-conflicted = a sync folder's conflicted copy
core-copy-numbered = a numbered duplicate
core-copy-git-markers = git conflict markers
core-copy-ecoready = a copy ecoready kept when the file changed under an open window

## Text limits (the field names carry their article: "{ $field } is limited…")
core-limit-field-organization = the organization name
core-limit-field-sector = the sector
core-limit-field-respondent = the respondent name
core-limit-field-role = the role
core-limit-field-advisor = the advisor name
core-limit-field-round = the round label
core-limit-field-note = the note
core-limit-field-partner-name = the partner name
core-limit-field-partner-sector = the partner sector
core-limit-field-brings-note = what the partner brings
core-limit-field-we-bring = what the firm brings
core-limit-field-reason = the reason
core-limit-field-owner = the owner
core-limit-field-due = the due date
core-limit-too-long = { $field } is limited to { $max } characters
core-limit-too-long-count = { $field } is limited to { $max } characters (this one has { $count })

## Reading YAML files
core-yaml-at-line-column = line { $line }, column { $column }: { $message }
core-yaml-at-line = line { $line }: { $message }
# $code: the character's code point, e.g. U+0007.
core-yaml-control-character = control character { $code } is not allowed
# $info: the YAML reader's own message (English).
core-yaml-in-list = { $info } (in the list that opens at line { $line }, column { $column })
core-yaml-in-mapping = { $info } (in the mapping that opens at line { $line }, column { $column })
core-yaml-several-documents = the file holds more than one YAML document
core-yaml-too-many-values = the file holds more than { $max } values
core-yaml-duplicate-key = duplicate key `{ $key }`
core-yaml-too-deep = the nesting of lists and mappings is more than { $max } deep
core-yaml-anchors-refused = YAML anchors and aliases (&name, *name) are not allowed
core-yaml-file-too-large = file is too large ({ $size } bytes; the limit is { $max } bytes)
core-yaml-not-utf8 = the file is not valid UTF-8 text
core-yaml-would-be-too-large = it would be { $size } bytes, more than the { $max } bytes ecoready reads back, so it was not saved (the file on disk is unchanged); shorten the longest texts

## Norms files (each message follows the field it is about: "groups[0].sector: …")
core-norms-unknown-format = { $found } is not a norms format this version reads (it reads { $reads })
core-norms-too-many-groups = { $count } groups; at most { $max }
core-norms-sector-not-key = must be trimmed and lowercase
# $value: the value as written, in quotes.
core-norms-not-a-quarter = { $value } is not a quarter like 2026-Q1
core-norms-period-reversed = `from` comes after `to`
core-norms-second-group = a second group of the same questionnaire version and sector
core-norms-area-count = must hold 1 to { $max } areas
core-norms-area-twice = { $area } appears twice in the group
core-norms-too-few-firms = { $firms } firms; norms hold no group of fewer than { $min }
core-norms-decile-out-of-range = { $value } is not a score from 0 to 100
core-norms-deciles-decrease = must not decrease
core-norms-label-empty = must not be empty
core-norms-label-too-long = longer than { $max } characters
core-norms-label-control = holds control characters

## Trends
core-trend-left-not-later = not at the later check-in
core-trend-left-not-earlier = not at the earlier check-in
core-trend-left-later-same-name = a later assessment under the same name counts
core-trend-reason-improved = improved
core-trend-reason-declined = declined
core-trend-reason-lowest-now = lowest now

## What makes an ecosystem map file unusable
core-map-problem-no-organization = the organization's name is empty
# $number: the partner's place in the file (1, 2, …); $id: its id as written.
core-map-problem-partner = partner { $number } (`{ $id }`)
core-map-problem-no-id = partner { $number } has no id
# $partner: map-problem-partner.
core-map-problem-id-twice = { $partner }: the id is used twice
core-map-problem-no-name = { $partner } has no name
core-map-problem-tie = { $partner }: tie { $tie } is outside { $min }-{ $max }
core-map-problem-kind-twice = { $partner }: a kind of resource is listed twice

## Plans
core-plan-too-many = a plan holds at most { $max } priorities; remove one first
core-plan-unknown-facet = no facet "{ $facet }" in this questionnaire; `ecoready plan --org NAME` lists the facets, weakest first
core-plan-duplicate = "{ $facet }" is in the plan already
core-plan-not-in-plan = "{ $facet }" is not a priority of the plan being reviewed

## Merging versions of one assessment
core-merge-no-version = there is no version to merge
core-merge-one-version = there is only one version: nothing to merge
core-merge-different-assessments = the versions hold different assessments ({ $first } and { $other }): give one of them a new id with `ecoready reid`
core-merge-different-questionnaires = the versions answer different questionnaires, so their answers cannot be merged
core-merge-marker-out-of-place = line { $line }: a conflict marker out of place
core-merge-marker-missing = the file ends inside a conflict (a marker is missing)

## Files and answers
core-seal-mismatch = its checksum does not match its content: the file was changed outside ecoready or cut short
core-seal-damaged = its checksum line is cut short: the file is incomplete
# $dont_know: the word files write for "don't know" (dont_know); $found: what the file holds.
core-response-not-on-scale = response must be a number from the scale or `{ $dont_know }`, not `{ $found }`
core-amend-not-complete = it is not complete (a draft is continued, not reopened)
core-amend-log-full = its amendment log is full ({ $max } entries at most, so the file stays readable); start a new assessment instead

## Rounds
core-round-left-draft = a draft: not finished yet
# $answered, $used: questionnaire names with their version (quick-check@2).
core-round-left-other-questionnaire = answered { $answered }, not the round's { $used }
# $name: id@version; $digest: the start of its digest, telling two contents of one version apart.
core-round-questionnaire-content = { $name } (content { $digest })

## Peers
core-peers-source-data-directory = this data directory
# $source: the norms file's source as written in it; $period: norms-period or one quarter.
core-peers-imported-norms = imported norms '{ $source }' ({ $period })
# Quarters as written in norms files (2026-Q1).
core-norms-period = { $from } to { $to }

## Evidence rules (in the evidence JSON document)
core-evidence-rule-respondents = several respondents of one organization and round: the mean of their item answers
core-evidence-rule-firms = each organization counts once, with its latest check-in; retest uses its first two check-ins less than 90 days apart
