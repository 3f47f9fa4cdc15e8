## report: the words of every report (text, Markdown, HTML, SVG labels). JSON documents,
## CSV headers and ids stay English and are not here.

## Shared pieces

report-map-section-title = Ecosystem map
report-overall-caveat = The overall score averages agreement items (how far the firm agrees with a statement) and maturity items (which described level fits the firm). The two are not the same kind of number: read the overall score as a summary, and compare each dimension with itself over time rather than with other dimensions.
report-not-enough-answers = not enough answers
# Shown where a value cannot be given (no score on one side).
report-not-available = n/a
# $answered and $total are counts; $percent is already formatted ("83.3%").
report-coverage = { $answered }/{ $total } ({ $percent })
report-answered-sentence = { $answered } of { $total } items answered with a value ({ $percent }); { $dont_know } answered "don't know".
# A band's range of scores, e.g. "40 to 60".
report-band-range = { $min } to { $max }
report-mode-self-assessment = self-assessment
report-mode-interview = guided interview
report-status-draft = draft
report-status-complete = complete

## Who, how and when (one assessment)

report-label-organization = Organization
report-label-respondent = Respondent
report-label-mode = Mode
report-label-advisor = Advisor
report-label-round = Round
report-label-questionnaire = Questionnaire
report-label-started = Started
report-label-completed = Completed
report-label-status = Status
report-label-assessment-id = Assessment id
# $title is the weakest dimension's title, $score its score with band.
report-weakest-dimension-item = Dimension: { $title }, { $score }
report-weakest-facet-item = Facet: { $title } in { $dimension }, { $score }
# $titles: the dimensions with many "don't know" answers, comma-separated.
report-knowledge-gaps = Many "don't know" answers in: { $titles }. Finding out is a first step.
report-amendments-heading = Changes after completion
report-amendments-earlier-date = an earlier date
report-amendments-completed-again = First completed on { $first }, completed again on { $again }; the scores shown are the recomputed ones. Every change is kept:
report-amendments-reopened = First completed on { $first } and reopened; the changes below are not scored until it is completed again:

## The report of one assessment

# $questionnaire is the questionnaire's title, $organization the organization's name.
report-assessment-title = { $questionnaire } report: { $organization }
report-overall-heading = Overall readiness
# $score is formatted ("61.0"), $band the band's name.
report-overall-score = { $score } of 100, { $band }
report-scores-heading = Scores by dimension and facet
report-column-area = Area
report-column-score = Score
report-column-band = Band
report-column-answered = Answered
report-column-dont-know = Don't know
report-column-range = Range
report-column-meaning = Meaning
report-weakest-heading = Weakest areas
report-next-steps-heading = Next steps
report-flagged-heading = Flagged for review
report-notes-heading = Notes
report-column-item = Item
report-column-note = Note
# The radar chart of one assessment.
report-radar-title = Dimension scores, 0 to 100
report-radar-caption = Each dimension on 0 to 100, rings every 20 points; n/a: not enough answers.
# Every HTML report's footer starts with this sentence.
report-footer = Report written by ecoready. Scores are on 0 to 100, rounded to one decimal.
report-footer-questionnaire = Questionnaire { $id } { $version }, digest { $digest }.

## Improvement plans in reports

report-plan-reviewed-heading = Plan reviewed at this check-in
report-plan-made-heading = Plan made from this check-in
report-plan-trend-heading = Improvement plans
report-plan-column-priority = Priority
report-plan-column-owner = Owner
report-plan-column-due = Due
report-plan-column-status = Status
report-plan-column-before-after = Facet before → after
report-plan-column-change = Change
report-plan-column-noise = Measurement noise
report-plan-column-review-note = Review note
report-plan-column-note = Note
report-plan-change-note = Change: the facet's like-for-like score (on the items both check-ins answered) from the check-in that made the plan to the one that reviewed it. It is real when it reaches the facet's smallest real change (MDC95); a smaller one is within measurement noise, and a facet without an MDC95 has no estimate. A status says what was done; the change says what the scores show, which need not agree.
report-plan-status-done = done
report-plan-status-in-progress = in progress
report-plan-status-dropped = dropped
report-plan-status-not-reviewed = not reviewed
# $change is formatted with its mark ("+16.7 ▲").
report-plan-change-on-items = { $change } on { $count ->
    [one] { $count } item
   *[other] { $count } items
}
report-not-comparable = not comparable
report-plan-made-at = Made at the check-in of { $date } ({ $assessment }).
report-plan-made-at-round = Made at the check-in of { $date }, round "{ $round }" ({ $assessment }).
report-plan-reviewed-in = Reviewed in { $assessment }.
report-plan-open = Open: reviewed at the next check-in.
report-plan-trend-note = Each plan beside the check-ins it spans: made from one check-in's results, reviewed at the next. Change: the facet's like-for-like score from the assessment holding the plan to the one holding its review (one respondent each, not the trend's average over respondents). It is real when it reaches the facet's smallest real change (MDC95); a smaller one is within measurement noise.
report-plan-point-round = { $date } (round "{ $round }")
report-plan-point-assessment = { $date } ({ $assessment })
report-plan-span-reviewed = Plan made at the check-in of { $made }, reviewed at the check-in of { $reviewed }
report-plan-span-reviewed-in-draft = Plan made at the check-in of { $made }, reviewed in { $assessment }, a draft: not in the trend yet
report-plan-span-open = Plan made at the check-in of { $made }, open: reviewed at the next check-in

## Plain text for the terminal (show, list, questionnaires)

report-list-column-id = ID
report-list-draft-answered = draft { $responded }/{ $total } answered
report-questionnaires-column-version = Version
report-questionnaires-column-title = Title
report-questionnaires-column-items = Items
report-questionnaires-column-minutes = Minutes
report-questionnaires-column-origin = Origin
# In the origin column: a questionnaire that comes with ecoready (a file path otherwise).
report-questionnaires-origin-builtin = built-in
report-label-assessment = Assessment
report-label-last-change = Last change
report-status-draft-answered = draft, { $answered } of { $total } items answered
# $score is the score with its band ("61.0 Managed").
report-text-overall = Overall readiness: { $score }
report-text-coverage = { $answered } of { $total } items answered, { $dont_know } "don't know" (coverage { $percent })
report-text-column-dimension-facet = Dimension / facet
report-text-weakest-dimension = Weakest dimension: { $title } ({ $score })
report-text-weakest-facet = Weakest facet: { $title } in { $dimension } ({ $score })
report-peers-heading = Among peers

## Comparison of two assessments

# Under the table of changes: what the marks mean.
report-compare-marks = Change: ▲ higher, ▼ lower, = unchanged (less than 0.05 points), ? not comparable (the items both sides answered are too few for a score). Every score here is computed on the items both sides answered with a value (like for like), so it can differ from the assessment's own score. Whether a change is more than measurement noise is in the Noise column.
# Two organization names when the sides name different ones.
report-compare-two-organizations = { $before } / { $after }
# $before and $after are dates.
report-compare-title = Comparison: { $organization }, { $before } → { $after }
report-label-date = Date
report-compare-no-note = (none)
report-compare-before = Before
report-compare-after = After
report-compare-warning = Warning:
report-compare-scores-heading = Scores
report-compare-change = Change
report-compare-like-for-like = Like for like
report-compare-noise = Noise
# $note: when a change counts as real and which MDC95 was used.
report-compare-noise-note = Noise: { $note }
report-compare-moved-heading = Items that moved most
report-compare-answer-before = Answer before
report-compare-answer-after = Answer after
report-compare-series-before = Before ({ $date })
report-compare-series-after = After ({ $date })
report-compare-radar-title = Dimension scores before and after, 0 to 100
report-compare-radar-caption = Before dashed, after solid; each dimension on 0 to 100, rings every 20 points.
report-compare-reverse-worded = reverse-worded: agreeing scores lower
# In the terminal: a note before and after, aligned by the spaces after "after:".
report-text-note-before = before: { $note }
report-text-note-after = after:  { $note }
# An item that moved: the answers and the item scores ("Disagree → Agree, score 16.7 → 83.3").
report-moved-answers = { $answer_before } → { $answer_after }, score { $before } → { $after }

## An organization's trend

report-trend-grouping = Each check-in is a round, or a day's assessments without a round label. Only complete assessments count.
report-trend-changed-note = * other respondents or another questionnaire than the check-in before.
report-trend-title = Readiness over time: { $organization }
report-trend-span = { $count } check-ins, { $first } to { $last }.
report-trend-span-one = One check-in, { $date }.
report-trend-span-none = No complete assessment yet.
report-trend-concerns = Areas of concern
report-trend-concerns-lowest-now = Areas of concern (lowest now)
report-trend-concerns-nothing-declined = Areas of concern (nothing declined; lowest now)
report-trend-area-now = { $title }: { $score } now
# $rests_on: respondents and items ("2 resp. · 10 items"); $noise: the change against measurement noise.
report-trend-area-change = { $title }: { $first } → { $last }, { $change } (like for like: { $rests_on }; { $noise })
report-trend-respondents = Respondents
report-trend-most-improved = Most improved
report-trend-scores-heading = Scores over time
report-trend-chart-title = Overall readiness and each dimension over time, 0 to 100
report-trend-chart-caption = Overall readiness solid black with round markers, each dimension with its own dash pattern and marker shape, each line named at its last value; 0 to 100, placed by date.
report-trend-text-title = { $organization }: readiness over { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
report-trend-rests-on = Rests on
report-trend-how-to-read = How to read this
report-trend-no-concerns = None: every area that can be compared like for like improved by more than measurement noise.
report-trend-no-real-rise = None: no area rose by more than measurement noise.
report-trend-point-scores = A check-in's facet score is the mean of its respondents'; dimensions and overall are made from those by the usual rules.
# In a trend chart with a single check-in.
report-chart-one-check-in = One check-in so far: no change to show yet.

## A round report (several respondents of one organization)

# $alike and $random are 1.00 and 0.00 in the language's number form; $below the threshold.
report-round-agreement-explained = Agreement is rwg(j): { $alike } when everyone answered alike, { $random } when the answers are as spread as random ones. Below { $below } an area is CONTESTED: views differ, so it is a good place to talk it through together. It is computed on one answer scale at a time; an area that mixes scales shows its lowest, with the scale. Answers of different scales are never pooled, so there is no overall agreement.
report-round-agenda-explained = Items whose answers lie at least { $apart } points apart on 0-100 (half the scale: two steps of a 5-point scale), widest first, with each respondent's answer and note. A "don't know" beside an answer is shown but does not count as a difference.
report-round-agenda-too-few = An agenda needs at least two respondents in the round.
report-round-agenda-empty = No item was answered that far apart.
report-round-title = Round report: { $organization }, round "{ $round }"
# $questionnaire: id and version.
report-round-summary = { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}, on { $questionnaire }.
report-round-summary-no-questionnaire = { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}.
# Marks an area whose respondents disagree (kept in capitals: it stands out in tables).
report-round-contested = CONTESTED
report-round-respondent-number = Respondent { $number }
report-round-not-answered = not answered
report-round-role = Role
report-round-overall = Overall
report-round-left-out = Left out:
report-round-scores-heading = Scores and agreement
report-round-mean = Mean
report-round-range = Range
report-round-agreement = Agreement
report-round-agenda-heading = Agenda: items answered far apart
report-round-points-apart = { $facet }, { $apart } points apart
report-round-answer = Answer

## Where a firm stands among its peers (Results, `show`, reports).
report-peers-too-few = too few firms to compare ({ $firms } of { $needed })
report-peers-too-few-anywhere = Too few firms to compare ({ $firms } of { $needed }) on { $questionnaire } in this data directory, and no imported norms place it.
report-peers-basis-sector = On { $questionnaire }, each other firm once with its latest complete check-in; its sector: { $sector }.
report-peers-basis-no-sector = On { $questionnaire }, each other firm once with its latest complete check-in; no sector given.
report-peers-in-norms = In imported norms '{ $norms }' ({ $period }):
report-peers-in-data-directory = Among the other firms in this data directory:
report-peers-area = { $area }: { $all }
report-peers-area-with-sector = { $area }: { $all }; in its sector: { $sector }
report-peers-no-sector = no sector given
report-peers-no-score = no score to place
report-peers-among-local = { $place } among { $firms } other firms in this data directory
report-peers-among-local-sector = { $place } among { $firms } other firms of its sector in this data directory
report-peers-place-of = { $place } of { $firms } firms
report-peers-no-group-all = no group of all sectors
report-peers-no-group-sector = no group of its sector
report-peers-no-group-all-in = no group of all sectors in { $norms }
report-peers-no-group-sector-in = no group of its sector in { $norms }
report-peers-below-tenth = below the 10th percentile
report-peers-above-ninetieth = above the 90th percentile
report-peers-among-norms = { $place } among { $firms } firms in { $norms }
report-peers-among-norms-sector = { $place } among { $firms } firms of its sector in { $norms }
# An ordinal percentile: 1st, 2nd, 3rd, 4th, 11th, 21st …
report-peers-percentile = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st percentile
    [two] { $n }nd percentile
    [few] { $n }rd percentile
   *[other] { $n }th percentile
}

## `ecoready plan` as text.
report-plan-text-title = Improvement plan of { $org }
report-plan-text-none-yet = No plan yet. Pick up to 5 facets below, weakest first, with `ecoready plan --org NAME --add FACET --owner NAME --due YYYY-MM-DD --note TEXT`.
report-plan-text-current = Current plan
report-plan-text-earlier = Earlier plan
report-plan-text-candidates = Facets of the latest check-in, weakest first
report-plan-column-facet = Facet
report-plan-column-title = Title
report-plan-text-priority = { $title } (due { $due }): { $status }
report-plan-text-priority-owner = { $title } ({ $owner }, due { $due }): { $status }
report-plan-text-facet-change = Facet { $before_after }, { $change }
report-plan-text-facet-change-noise = Facet { $before_after }, { $change }, { $noise }
report-plan-text-note = Note: { $note }
report-plan-text-review = Review: { $note }

## Ecosystem map
# The rings of the map, from the firm outwards, and one short word for each.
report-map-layer-immediate = Immediate network
report-map-layer-extended = Extended network
report-map-layer-enabling = Enabling environment
report-map-layer-short-immediate = Immediate
report-map-layer-short-extended = Extended
report-map-layer-short-enabling = Enabling
# The kind of relationship with a partner.
report-map-relationship-supplier = supplier
report-map-relationship-customer = customer
report-map-relationship-collaborator = collaborator
report-map-relationship-competitor = competitor we cooperate with
report-map-relationship-institution = institution
report-map-relationship-other = other
# The kinds of resources a partner brings, and examples that explain each.
report-map-kind-tangible = tangible
report-map-kind-intangible = intangible
report-map-kind-relational = relational
report-map-kind-tangible-examples = equipment, space, materials, money
report-map-kind-intangible-examples = know-how, brands, data
report-map-kind-relational-examples = contacts, reputation, access to networks
# What the map shows.
report-map-no-partners-yet = The ecosystem map has no partners yet.
# $layer is one short word for the layer, e.g. "Immediate".
report-map-layer-empty = { $layer } layer is empty: no partners.
report-map-layer-thin = { $layer } layer is thin: { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}.
report-map-missing-tangible = No partner brings tangible resources (equipment, space, materials, money).
report-map-missing-intangible = No partner brings intangible resources (know-how, brands, data).
report-map-missing-relational = No partner brings relational resources (contacts, reputation, access to networks).
report-map-strong-ties-lean = Strong ties lean on one sector: { $sector } holds { $amount } of { $strong } ({ $share }).
report-map-much-rests-on = Much rests on { $name }: { $share } of all tie strength.
report-map-unspecified-sector = { $count ->
    [one] { $count } partner has no sector and is left out of the diversity figure.
   *[other] { $count } partners have no sector and are left out of the diversity figure.
}
report-map-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
# $index is the Gini-Simpson index (0 to 1), $effective the number of equally large sectors it equals.
report-map-diversity = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} in { $sectors ->
    [one] { $sectors } sector
   *[other] { $sectors } sectors
}; sector diversity { $index } on a 0-1 scale (like { $effective } equal sectors).
report-map-diversity-no-index = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} in { $sectors ->
    [one] { $sectors } sector
   *[other] { $sectors } sectors
}.
report-map-no-change-since = No change since the map of { $date }.
# $changes lists counts like "2 added, 1 removed".
report-map-changes-since = Since the map of { $date }: { $changes }.
report-map-count-added = { $count } added
report-map-count-removed = { $count } removed
report-map-count-moved = { $count } moved layer
report-map-count-stronger = { $count } stronger
report-map-count-weaker = { $count } weaker
report-map-none-by = No ecosystem map had been saved by { $date }, the date of this assessment; the first one was saved on { $first }.
report-map-summary = { $org } at the centre; { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}; map saved { $date }.
# Each kind of change, followed by the partners it concerns.
report-map-changed-added = Added
report-map-changed-removed = Removed
report-map-changed-moved = Moved layer
report-map-changed-stronger = Stronger ties
report-map-changed-weaker = Weaker ties
# Next steps that point at the map's gaps.
report-map-hint-start = Map your ecosystem: start with five partners you already work with, then add the bodies and trends around them.
report-map-hint-immediate = Name the suppliers, key customers and local associations you rely on, and a competitor you could cooperate with.
report-map-hint-extended = Reach out to an industry body, a research institution or a technology provider: they bring know-how a small firm cannot build alone.
report-map-hint-enabling = Note the regulations, market trends and norms that shape your field, and who speaks for them.
report-map-hint-tangible = Look for a partner who can share equipment, space or materials.
report-map-hint-intangible = Find a partner who brings know-how or data, such as a university or a technology provider.
report-map-hint-relational = Ask a trusted partner to introduce you to their network; an association or chamber can open doors too.
report-map-hint-strong-ties-in = Your strong ties sit mostly in { $sector }: build one strong tie in another sector.
report-map-hint-depends-on = Much depends on { $name }: deepen a second tie so that one partner changing course does not stall you.
report-map-hint-low-diversity = Most partners share a sector: a partner from another sector brings what your own sector lacks.
# A merge of map versions saved in parallel, in one sentence; $names lists the partners.
report-map-merge-added-some = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} added in only some of them ({ $names })
report-map-merge-removed-some = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} removed in some ({ $names })
report-map-merge-added-other = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} added by the other version ({ $names })
report-map-merge-removed-other = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} removed by the other version ({ $names })
report-map-merge-added-others = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} added by the other versions ({ $names })
report-map-merge-removed-others = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} removed by the other versions ({ $names })
report-map-merge-kept = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} removed in one version but changed in another, so kept ({ $names })
report-map-merge-edited = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
} changed in several, the latest edit kept ({ $names })
report-map-merge-no-difference = no partner differs
# $what is what the merge changed, e.g. "1 partner added by the other version (Alder)".
report-map-merged-parallel = Merged from { $count } versions saved in parallel on { $dates }: { $what }.
report-map-merged-with = Merged with { $count ->
    [one] { $count } version
   *[other] { $count } versions
} saved elsewhere on { $dates } since this map was opened: { $what }.
# "a, b and c": $rest is every item but the last, separated by commas.
report-map-list-and = { $rest } and { $last }
# The map in `ecoready map` and in reports.
report-map-text-title = Ecosystem map of { $org }
report-map-text-saved = saved { $date } · { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
} · { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
report-map-text-no-partners = (no partners yet)
report-map-text-brings = brings { $kinds }
report-map-they-bring = they bring: { $what }
report-map-we-bring = we bring: { $what }
report-map-shows = What the map shows
report-map-text-next-steps = Next steps
report-map-next-steps = Next steps for the map
report-map-changes-heading = Changes since { $date }
report-map-layer-no-partners = No partners in this layer yet.
report-map-column-partner = Partner
report-map-column-sector = Sector
report-map-column-relationship = Relationship
report-map-column-brings = Brings
report-map-column-what-exactly = What exactly
report-map-column-we-bring = We bring
report-map-column-tie = Tie
report-map-shortened = Shortened on the drawing: { $names }.
report-map-tie-of = { $tie } of { $most }

## Evidence, conflicts, organizations, round (text)
report-orgs-renamed = Renamed "{ $from }" to "{ $to }": { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
} and { $map_versions ->
    [one] { $map_versions } map version
   *[other] { $map_versions } map versions
} now carry the name.
report-orgs-merged = Merged "{ $from }" into "{ $to }": { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
} and { $map_versions ->
    [one] { $map_versions } map version
   *[other] { $map_versions } map versions
} now carry the name.
report-orgs-trash-empty = The trash is empty.
report-orgs-column-trash-id = TRASH ID
report-orgs-column-organization = ORGANIZATION
report-orgs-column-respondent = RESPONDENT
report-orgs-column-round = ROUND
report-orgs-column-status = STATUS
report-orgs-column-started = STARTED
report-orgs-trash-restore-hint = `ecoready restore TRASH-ID` moves one back.
report-conflicts-none = No conflicts: every assessment has one file.
report-conflicts-assessment = Assessment { $id } has { $count ->
    [one] { $count } version
   *[other] { $count } versions
}:
report-conflicts-merge-hint = `ecoready conflicts --merge { $id }` merges them answer by answer.
report-conflicts-kind-side = ({ $kind }, side { $side })
report-conflicts-unreadable = cannot be read: { $problem }
report-conflicts-version = { $status }, { $responses ->
    [one] { $responses } response
   *[other] { $responses } responses
}, last changed { $changed }, respondent "{ $respondent }"
report-conflicts-merged = Merged { $versions ->
    [one] { $versions } version
   *[other] { $versions } versions
} of assessment { $id } into one: { $status }, { $responses ->
    [one] { $responses } response
   *[other] { $responses } responses
}.
report-conflicts-no-difference = No response differed between the versions.
report-conflicts-differences = Responses that differed (the one given last was kept):
report-conflicts-dont-know = don't know
report-conflicts-no-response = none
report-conflicts-value = version { $version }: { $response }
report-conflicts-value-kept = version { $version }: { $response } (kept)
report-conflicts-value-at = version { $version }: { $response } at { $at }
report-conflicts-value-at-kept = version { $version }: { $response } at { $at } (kept)
report-conflicts-notes-joined = Notes of every version kept, one after the other: { $versions }.
report-conflicts-trashed = The versions' files are in the trash: { $files }.
report-conflicts-reid = Assessment { $old_id } is now { $new_id }.
report-conflicts-reid-references = The plan reviews of { $assessments } now name the new id.
report-conflicts-reid-trashed = The old file is in the trash: { $file }.
report-conflicts-repair-accepted = Accepted { $file } as it is now and wrote its checksum again.
report-conflicts-repair-intact = { $file } is intact: nothing to repair.
report-round-text-title = { $organization }, round "{ $round }": { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}
# A respondent's short label in the round tables: R1, R2, ...
report-round-text-respondent-short = R{ $number }
report-round-text-left-out = Left out
report-round-text-lowest = Lowest agreement: { $area } { $rwg } (answers on the { $scale } scale)
report-round-text-lowest-contested = Lowest agreement: { $area } { $rwg } (answers on the { $scale } scale) CONTESTED
report-round-text-agreement-too-few = Agreement needs at least two respondents in the round.
report-round-text-agenda-item = { $item } ({ $facet }), { $apart } points apart
report-evidence-column-area = Area
report-evidence-column-items = Items
report-evidence-column-firms = Firms
report-evidence-column-alpha = Alpha
report-evidence-column-ci95 = 95% CI
report-evidence-column-omega = Omega
report-evidence-column-sd = SD
report-evidence-column-sem = SEM
report-evidence-column-mdc95 = MDC95
report-evidence-column-retest = Retest
report-evidence-column-note = Note
report-evidence-column-item = Item
report-evidence-column-mean = Mean
report-evidence-column-item-total = r(it)
# "Don't know": the share of firms that answered it.
report-evidence-column-dont-know = DK
report-evidence-column-floor = Floor
report-evidence-column-ceiling = Ceil
report-evidence-column-flags = Flags / note
report-evidence-reliability-title = Reliability of the scores (0-100)
report-evidence-title = Evidence on { $title } ({ $id } { $version })
report-evidence-basis-rests-on = Rests on { $firms ->
    [one] { $firms } organization
   *[other] { $firms } organizations
} (each once, with its latest check-in), from { $check_ins ->
    [one] { $check_ins } check-in
   *[other] { $check_ins } check-ins
} and { $assessments ->
    [one] { $assessments } complete assessment
   *[other] { $assessments } complete assessments
}.
report-evidence-basis-averaged = Several respondents of one organization and round count as one check-in, the mean of their item answers ({ $count ->
    [one] { $count } check-in had several
   *[other] { $count } check-ins had several
}).
report-evidence-basis-retest = Retest: { $firms ->
    [one] { $firms } organization
   *[other] { $firms } organizations
} with two check-ins less than { $days ->
    [one] { $days } day
   *[other] { $days } days
} apart (the first such pair of each).
report-evidence-basis-left-out = Left out: { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
} and { $others ->
    [one] { $others } assessment
   *[other] { $others } assessments
} of another questionnaire, version or content.
report-evidence-basis-needs = A figure needs { $firms } organizations ({ $pairs } pairs for retest); below that the note says so instead of a number.
report-evidence-items-title = Items (flagged: item-total r < { $item_total }, don't know > { $dont_know }, floor or ceiling > { $floor_ceiling })
report-evidence-note-omega = omega: { $why }
report-evidence-note-retest = retest: { $why }
report-evidence-retest-cell = { $icc } ({ $pairs ->
    [one] { $pairs } pair
   *[other] { $pairs } pairs
})
report-evidence-flag-low-item-total = low item-total correlation
report-evidence-flag-many-dont-know = many don't know
report-evidence-flag-floor = floor
report-evidence-flag-ceiling = ceiling
report-evidence-too-few-firms = too few firms ({ $firms } of { $needed })
report-evidence-too-few-pairs = too few pairs ({ $pairs } of { $needed })
report-evidence-one-item = one item: no internal consistency to measure
report-evidence-totals-do-not-vary = the firms' totals do not vary
report-evidence-item-does-not-vary = an item does not vary
report-evidence-alpha-not-positive = alpha is not above 0: no measurement error to state
report-evidence-scores-do-not-vary = the scores do not vary
report-evidence-item-total-one-item = item-total correlation: the facet has one item
report-evidence-item-total-too-few = item-total correlation: { $too_few } with every item of the facet
report-evidence-omega-no-fit = the one-factor fit did not settle
report-evidence-omega-heywood = the one-factor fit gave an item a loading of 1 or more

## `ecoready paths` and `ecoready init --shared`.
report-paths = Data directory (may be shared): { $data }
    Per-machine state (index caches, rename journal; never shared): { $state }
    Draft locks (this machine only): { $locks }
report-paths-settings = Settings (this user): { $config }
report-setup-wrote = Wrote { $path }.
report-setup-unchanged = { $path } already had every line; left as it was.
report-setup-extended = { $path } existed: kept as it was, with these lines added at its end: { $lines }
report-setup-share = Share the data directory (see docs/teams.md); the rest stays on this machine.
report-evidence-footer = A figure that rests on too few organizations is not printed; its note says why.
report-map-dot-size = Dot size: strength of the tie, 1 (occasional contact) to { $max } (deep, trusted).
