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
