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
