## wizard: the sentences both wizards (full-screen and plain) show
# Home screen title.
wizard-home-title = ecoready · ecosystem readiness
# Home screen introduction.
wizard-home-intro = How ready is your business to work with partners across sectors? Answer a short questionnaire, see where you stand, and compare with later check-ins.
# Home menu entry: new assessment.
wizard-menu-new = Start a new assessment
# Home menu entry: resume the latest draft.
wizard-menu-resume = Resume the latest draft
# Home menu entry: quit.
wizard-menu-quit = Quit
# Heading of the recent assessments list.
wizard-recent = Recent assessments
# When there are no assessments yet.
wizard-no-assessments = No assessments yet. Start one above.
# Home's heading when the assessments cannot be listed (the reason follows).
wizard-assessments-unavailable = The assessments cannot be listed:
# Setup screen title.
wizard-setup-title = New assessment
# Setup field labels.
wizard-field-organization = Organization
# Setup field label.
wizard-field-sector = Sector
# Setup field label (self-assessment: the one who answers is the one typing).
wizard-field-respondent = Your name
# Setup field label (self-assessment).
wizard-field-role = Your role
# Setup field label in a guided interview: the advisor types the respondent's name.
wizard-field-interview-respondent = Respondent
# Setup field label in a guided interview.
wizard-field-interview-role = Respondent's role
# Setup field label.
wizard-field-mode = Mode
# Setup field label.
wizard-field-advisor = Advisor
# Setup field label.
wizard-field-round = Round label
# Setup field label.
wizard-field-questionnaire = Questionnaire
# Placeholder of the organization field.
wizard-hint-organization = type the firm's name, e.g. Alder Bakery Ltd
# Placeholder of the sector field.
wizard-hint-sector = e.g. food processing, logistics, software
# Placeholder of the respondent field.
wizard-hint-respondent = who answers the questions
# Placeholder of the role field.
wizard-hint-role = e.g. owner, operations manager
# Placeholder of the advisor field.
wizard-hint-advisor = who runs the interview
# Placeholder of the round field.
wizard-hint-round = e.g. baseline, Q3 check-in
# Mode choice: self-assessment.
wizard-mode-self = Self-assessment
# Mode choice: guided interview.
wizard-mode-interview = Guided interview
# Setup hint.
wizard-setup-hint = Only the organization is needed; the rest helps when you compare check-ins later. Tab moves between fields, ← → change a choice, Enter starts the questions.
# Setup validation message.
wizard-need-organization = Please enter the organization's name first.
# Setup validation message.
wizard-need-advisor = Please enter the advisor's name for a guided interview.
# Intro screen hint.
wizard-intro-hint = Press Enter to begin this part.
# Shown for "don't know".
wizard-dont-know = Don't know / not applicable
# Label of the item's help text.
wizard-help-label = What this means
# Label of the advisor's interview prompt.
wizard-probe-label = Ask
# Label of the note.
wizard-note-label = Note
# Note placeholder.
wizard-note-empty = none (press n to add one)
# Note editing hint.
wizard-note-editing = Editing note · Enter or Esc when done
# In place of the note's last row when the note is longer than its room.
wizard-note-more = … (n shows all)
# The question's explanation goes on below its area.
wizard-more-below = more below
# The question's explanation is scrolled to its end.
wizard-more-above = more above
# The question's explanation goes on above and below its area.
wizard-more-around = more above and below
# The question's explanation goes on (short, beside its one row on a small terminal).
wizard-more = more
# An interview's title when no respondent was named in Setup.
wizard-no-respondent = respondent not named
# Flag marker where there is no row for [`FLAGGED`] (in the frame's title).
wizard-flagged-short = ⚑ flagged
# Flag marker.
wizard-flagged = ⚑ flagged for review
# Review screen title.
wizard-review-title = Review
# Review entry that finishes the assessment.
wizard-finish = Finish and see the results
# Review heading: unanswered items.
wizard-unanswered = Not answered yet
# Review heading: flagged items.
wizard-flagged-heading = Flagged for review
# Review hint.
wizard-review-hint = Enter on a question jumps to it; Enter on Finish completes the assessment.
# Review when everything is answered and nothing is flagged.
wizard-all-answered = Every question has an answer and nothing is flagged.
# Results screen title (tests and scripts rely on "Results").
wizard-results-title = Results
# Results: a score without enough answers.
wizard-not-enough = not enough answers
# Title of the question asked when finishing with questions unanswered.
wizard-confirm-finish-title = Finish anyway?
# Keys of that question.
wizard-confirm-finish-keys =
    y or Enter: finish anyway
    n or Esc: back to the review
# Results heading.
wizard-overall = Overall readiness
# Results heading.
wizard-by-dimension = By dimension
# Results heading.
wizard-weakest = Where to start
# Results heading.
wizard-advice = Next steps
# Results heading.
wizard-notes-heading = Notes and flags
# Go-to list title.
wizard-goto-title = Go to question
# Go-to entry for the review screen.
wizard-goto-review = Review and finish
# Help overlay title.
wizard-help-title = Keys
# Help overlay footer.
wizard-help-close = ? or Esc closes this help
# Status after leaving a draft.
wizard-draft-saved = Draft saved. Choose it below or press r to resume.
# Status when there is no draft.
wizard-no-draft = There is no draft to resume.
# Shown when the terminal is too small.
wizard-too-small = The terminal is too small for ecoready.
# Title of the panel shown while a save fails.
wizard-save-panel-title = Not saved
# The panel's promise: nothing moves on while a save fails.
wizard-save-panel-kept = Nothing is lost yet: everything you entered stays here, and ecoready asks nothing new until it is saved.
# After a retry succeeded.
wizard-save-recovered = Saved now: everything you entered is on disk.
# On exit: nothing differs but where the user stopped.
wizard-unsaved-place = the last position
# On exit: finishing the assessment was not saved.
wizard-unsaved-finishing = the completion
# Explains the knowledge gap mark.
wizard-knowledge-gap = ? more than 30% "don't know": a knowledge gap worth finding out about.
# History screen title.
wizard-history-title = History
# Home menu entry: history.
wizard-menu-history = History: organizations, comparisons, trends
# Said when `c` is pressed twice on one assessment.
wizard-compare-same = That is the assessment already marked: choose another one to compare it with.
# Said when the second `c` is on another organization's assessment.
wizard-compare-other-organization = Not compared: these are two organizations, and a difference between two firms is not a change of either.
# After marking the first assessment of a comparison.
wizard-compare-marked = Marked. Select another assessment and press c again to compare.
# History: `c` or `d` pressed while the organizations are selected.
wizard-choose-assessment-first = Open the organization first (Enter), then choose an assessment for c or d.
# When an organization has no round label.
wizard-no-round = These assessments have no round label; give one in Setup to group respondents.
# After moving an assessment to the trash.
wizard-moved-to-trash = Moved to the trash folder of the data directory:
# Confirmation dialog title.
wizard-confirm-title = Move to trash?
# Confirmation question.
wizard-confirm-trash = Move this assessment to the trash folder of the data directory? Nothing is deleted:
# Confirmation keys.
wizard-confirm-keys = y or Enter: move it · n or Esc: keep it
# History: the search line before anything is typed.
wizard-search-hint = / search
# History: the keys of the filters, after the search line.
wizard-filter-keys = s status · f round · u trash
# History: nothing is left by the search and filters.
wizard-nothing-matches = Nothing matches. Esc clears the search and the filters.
# History: `f` when no assessment has a round label.
wizard-no-rounds-to-filter = No assessment has a round label yet, so there is no round to filter by.
# History's advisor filter when no assessment names an advisor.
wizard-no-advisors-to-filter = No assessment names an advisor yet, so there is no advisor to filter by.
# History's trash view: its title.
wizard-trash-title = Trash
# History's trash view when nothing was removed.
wizard-trash-empty = The trash is empty.
# Restore question title.
wizard-confirm-restore-title = Restore?
# Restore question.
wizard-confirm-restore = Move this assessment back from the trash:
# Restore question keys.
wizard-confirm-restore-keys = y or Enter: restore it · n or Esc: leave it there
# After restoring an assessment.
wizard-restored = Restored from the trash:
# Rename form title.
wizard-rename-title = Rename organization
# Merge form title.
wizard-merge-title = Merge organization
# Rename or merge form keys.
wizard-name-form-keys = Enter: go on · Esc: cancel
# Rename or merge question keys.
wizard-confirm-change-keys = y or Enter: do it · n or Esc: cancel
# Rename or merge with no name typed.
wizard-name-needed = Type a name first.
# Rename to the same name.
wizard-name-unchanged = That is its name already.
# Merge into itself.
wizard-merge-itself = That is the same organization: type the one to merge it into.
# Compare screen title.
wizard-compare-title = Compare
# Compare heading.
wizard-moved-most = Questions that moved most
# Trend screen title.
wizard-trend-title = Trend
# Trend heading.
wizard-most-improved = Most improved
# Trend heading.
wizard-concerns = Areas of concern
# Trend: nothing to list yet.
wizard-nothing-yet = needs at least two check-ins
# Trend: the questionnaire every check-in answered.
wizard-trend-questionnaire = Every check-in answered
# Trend without complete assessments.
wizard-no-complete = No complete assessments for this organization yet.
# Round screen title.
wizard-round-title = Round
# Marks a contested dimension.
wizard-contested = CONTESTED
# Explains the agreement index.
wizard-rwg-explained = rwg is the agreement among respondents (0 = none, 1 = full); below 0.50 a dimension is marked CONTESTED: the respondents see it differently, so it is worth talking about. It is computed on one answer scale at a time (where a dimension mixes scales, the lowest, with its scale), so there is no overall agreement.
# Round: the least agreed dimension, shown instead of an overall agreement.
wizard-lowest-agreement = Lowest agreement:
# Round: heading of the assessments that take no part.
wizard-round-left-out = Left out:
# Round screen: `r` when the organization has one labelled round only.
wizard-only-one-round = This organization has no other labelled round.
# Round screen: heading of the items answered far apart.
wizard-round-agenda = Agenda: items answered far apart
# Round screen: what puts an item on the agenda.
wizard-round-agenda-explained = Answers at least half the scale apart (two steps of a 5-point scale), widest first; x writes the report with every respondent's scores.
# Round screen: no item answered far apart.
wizard-round-agenda-empty = No item was answered that far apart.
# Trend: rounds with several respondents.
wizard-trend-means = n = respondents in the round; with more than one, a facet scores their mean and dimensions and overall are made from those by the usual rules.
# Trend: a point holds other respondents or questionnaires than the one before.
wizard-trend-changed = * other respondents or another questionnaire than the check-in before:
# Trend: the overall change from the first to the last point.
wizard-trend-overall-change = Overall, first to last check-in, like for like:
# Home menu entry: the instrument's evidence.
wizard-menu-evidence = Evidence: how reliable the scores are
# Evidence with no questionnaire to report on.
wizard-evidence-no-questionnaire = No questionnaire to report evidence on.
# Title of the evidence screen.
wizard-evidence-title = Evidence
# Evidence screen column: the dimension or facet.
wizard-evidence-area = Area
# Evidence screen column: the firms a figure rests on.
wizard-evidence-firms = Firms
# Evidence screen column: alpha and its interval.
wizard-evidence-alpha = Alpha (95% CI)
# Evidence screen column: the smallest real change.
wizard-evidence-mdc = MDC95
# Evidence screen column: the retest correlation.
wizard-evidence-retest = Retest (pairs)
# Evidence screen: heading of the flagged items.
wizard-evidence-flagged = Items that stand out
# Evidence screen: no item flagged.
wizard-evidence-none-flagged = none (or too few firms to tell)
# Evidence screen: where the rest of the figures are.
wizard-evidence-more = MDC95 is the smallest change in a score that is more than measurement noise. Omega, SD, SEM and every item's figures: x writes the full report (HTML) to the reports folder; `ecoready evidence` prints it, `--questionnaire ID` for another questionnaire.
# Home menu entry: ecosystem maps.
wizard-menu-maps = Ecosystem maps
# Map screen title.
wizard-map-title = Ecosystem map
# Title of the list of organizations to map.
wizard-map-picker-title = Ecosystem maps
# Hint above the list of organizations to map.
wizard-map-picker-hint = Who works with whom? Choose an organization to see and edit its map of partners, or start a map for a new one.
# Entry of the organization list that starts a map for a new organization.
wizard-map-new-organization = New organization…
# An organization without a map.
wizard-map-no-map-yet = no map yet
# While the store is read.
wizard-map-loading = Loading…
# Title of the new organization prompt.
wizard-map-name-title = New ecosystem map
# Hint of the new organization prompt.
wizard-map-name-hint = Which organization sits at the centre of the map? Enter opens its map (an existing one if the name is already mapped), Esc goes back.
# Placeholder of the new organization prompt.
wizard-map-name-placeholder = the firm's name, e.g. Alder Bakery Ltd
# Validation message of the new organization prompt.
wizard-map-need-name = Please enter the organization's name.
# A map without partners.
wizard-map-empty = No partners yet. Press a to add the first one: a supplier, a key customer, a local association, a competitor you cooperate with…
# A layer without partners.
wizard-map-empty-layer = (none yet)
# A map that has never been saved.
wizard-map-not-saved = not saved yet
# A map whose last change could not be saved.
wizard-map-unsaved = last change NOT saved
# Status after a map version is saved.
wizard-map-saved = Map saved as a new version; earlier versions are kept.
# Said when a map save was merged with versions saved elsewhere since the map was opened
# (what the merge did is shown above the map).
wizard-map-saved-merged = Map saved, merged with versions saved elsewhere meanwhile (see above).
# Layer filter off.
wizard-map-all-layers = all layers
# Sector filter off.
wizard-map-all-sectors = all sectors
# Sector filter value for partners without a sector.
wizard-map-no-sector = no sector
# Insights panel heading.
wizard-map-insights = What the map shows
# Insights heading.
wizard-map-layers = Layers
# Insights heading.
wizard-map-resources = Resources partners bring
# Insights heading.
wizard-map-concentration = Concentration
# Insights heading.
wizard-map-next-steps = Next steps
# Partner form title when adding.
wizard-map-add-title = Add a partner
# Partner form title when editing.
wizard-map-edit-title = Edit partner
# Partner form hint.
wizard-map-form-hint = Only the name is needed. Tab moves between fields, ← → change a choice or a toggle, Enter saves a new version of the map, Esc cancels.
# Partner form label.
wizard-map-field-name = Name
# Partner form label.
wizard-map-field-sector = Sector
# Partner form label.
wizard-map-field-layer = Layer
# Partner form label.
wizard-map-field-relationship = Relationship
# Partner form label.
wizard-map-field-tangible = Brings tangible
# Partner form label.
wizard-map-field-intangible = Brings intangible
# Partner form label.
wizard-map-field-relational = Brings relational
# Partner form label.
wizard-map-field-brings-note = What exactly
# Partner form label.
wizard-map-field-we-bring = We bring
# Partner form label.
wizard-map-field-tie = Tie strength
# Placeholder of the partner name.
wizard-map-hint-name = e.g. Harbour Logistics
# Placeholder of the partner sector.
wizard-map-hint-sector = e.g. logistics, research, local government
# Placeholder of what the partner brings.
wizard-map-hint-brings-note = e.g. cold transport, lab tests, introductions
# Placeholder of what the firm brings.
wizard-map-hint-we-bring = e.g. steady orders, shop space, feedback
# Partner form validation message.
wizard-map-need-partner-name = Please enter the partner's name first.
# Removal question.
wizard-map-remove-question = Remove this partner from the map?
# Removal explanation.
wizard-map-remove-note = Earlier versions of the map keep it. y removes, n keeps.
# Map files that could not be read.
wizard-map-skipped = map file(s) could not be read and were skipped
# Results: heading of the ecosystem map's notes.
wizard-map-notes = Your ecosystem map:
# After writing a report from a screen.
wizard-report-written = Report written to
# An item a respondent left unanswered.
wizard-not-answered = not answered
# Undo put back a question's answer from before the last one given.
wizard-answer-undone = Last answer undone: this question has its answer from before.
# Undo with no answer given in this run.
wizard-nothing-to-undo = No answer of this session to undo.
# `o` on the results of a draft (results shown before finishing).
wizard-not-complete-to-reopen = This assessment is not complete yet: open it to continue and change answers.
# Title of the setup form editing an existing assessment.
wizard-setup-edit-title = Edit setup
# What the setup editor says at its top.
wizard-setup-edit-hint = Correct who was assessed, by whom and in which round. Tab moves between fields, Enter saves, Esc leaves without saving. Once the assessment was completed, every change is kept in its amendment log.
# Saved a setup edit; followed by the fields changed.
wizard-setup-saved = Setup saved; changed:
# A setup edit that changed nothing.
wizard-setup-unchanged = Nothing changed in the setup.
# Before the organization's existing round labels, under Setup's round field.
wizard-rounds-so-far = Rounds so far:
# Before an existing label the typed one is written like.
wizard-round-similar = Did you mean
# PgDn on Setup when the organization has no round yet.
wizard-no-rounds-yet = This organization has no round label yet: type one.
# `e` or `o` on History's organizations: they act on one assessment.
wizard-choose-assessment-to-amend = Open the organization first (Enter), then choose an assessment for e or o.
# Title of the Plan screen.
wizard-plan-title = Improvement plan
# What the Plan screen says at its top.
wizard-plan-hint = Pick up to 5 priorities to work on until the next check-in, weakest facets first. Enter: plan or change the one selected · d: take it out · Esc: back.
# What the priority form says at its top.
wizard-plan-form-hint = Who sees to it, by when, and what is to be done. Tab moves, Enter saves the priority, Esc leaves the form.
# Label of the priority form's owner field.
wizard-field-owner = Owner
# Label of the priority form's due date field.
wizard-field-due = Due date
# Label of the priority form's note field.
wizard-field-plan-note = What to do
# Placeholder of the owner field.
wizard-hint-owner = who sees to it
# Placeholder of the due date field.
wizard-hint-due = YYYY-MM-DD, or empty
# Placeholder of the plan note field.
wizard-hint-plan-note = what is to be done
# Esc on a priority form holding typed text.
wizard-plan-form-unsaved = Not saved yet: Enter saves it, Esc again drops what you typed.
# A priority was saved; followed by the assessment's id.
wizard-plan-saved = Plan saved in assessment
# `d` on a facet that is not in the plan.
wizard-plan-not-planned = This facet is not in the plan: Enter plans it.
# `p` before the plans around the check-in have been read.
wizard-plan-not-read = The plans of this organization could not be read yet.
# `p` on Results of a draft.
wizard-plan-needs-complete = A plan is made from a complete check-in's results: finish this one first.
# How the full-screen Results says a plan is made.
wizard-plan-make-key = Press p to pick priorities.
# Title of the Review step of a new check-in.
wizard-plan-review-title = How did the plan go?
# What the Review step says at its top.
wizard-plan-review-hint = The last check-in made this plan. For each priority: ← → done, in progress or dropped; n adds a note. Enter goes on to the questions; Esc reviews later (the plan stays open: `ecoready plan --review` works too).
# The Review step was left with priorities not reviewed.
wizard-plan-review-later = The plan stays open: it is offered again when this draft is resumed, and `ecoready plan --org NAME --review FACET --status done` reviews it.
# The Review step was left with every priority reviewed.
wizard-plan-review-done = Review of the plan saved with this check-in.
# `n` on a priority not yet given a status.
wizard-plan-review-status-first = First say how it went (← →): done, in progress or dropped.
# `p` on Results of a check-in other than the organization's latest complete one;
# followed by that one's date.
wizard-plan-made-from-latest = Plans are made from the latest complete check-in
# What a long rebuild of the index is doing (the command line's progress bar on
# standard error, the TUI's loading screen).
wizard-index-rebuilding = Reading assessment files into the index
# Title of the full-screen panel when another version is on disk.
wizard-underneath-title = Changed on disk
# Title of the full-screen panel when the draft is gone from disk.
wizard-underneath-removed-title = Removed on disk
# The draft is gone from disk.
wizard-vanished-underneath = This draft was removed from disk since you opened it (moved to the trash or deleted, perhaps on another machine). Your answers are still here.
# What each choice does, as the panel and the plain prompt offer it.
wizard-merge-help = merge (recommended): both sides' answers kept, the later answer wins per question, both notes kept
# See [`MERGE_HELP`].
wizard-reload-help = reload the version on disk (yours go to the trash)
# See [`MERGE_HELP`].
wizard-keep-both-help = keep both: yours saved beside it as a conflict copy, then back to Home
# See [`MERGE_HELP`].
wizard-restore-help = restore the draft with your answers
# See [`MERGE_HELP`].
wizard-leave-removed-help = leave it removed (your answers go to the trash)
# A change to an assessment that is not the open one was refused because its file
# changed: said after the refusal.
wizard-try-again-fresh = Try again: the version on disk is read afresh.
# After a merge.
wizard-merged = Merged: every answer of both versions is in the draft, saved.
# After restoring a removed draft.
wizard-restored-with-mine = Restored: the draft is saved with your answers.
# Whose a draft resumed without an id is: another advisor's.
wizard-colleagues-draft = { $advisor }'s draft of { $organization }
# Whose a draft resumed without an id is: nobody's, while an advisor is configured.
wizard-draft-without-advisor = a draft of { $organization } without an advisor
# Resuming a draft not one's own; $theirs is one of the two messages above.
wizard-resuming-not-yours = You ({ $me }) have no draft; resuming { $theirs }.
# Resuming a draft not one's own, with no advisor configured.
wizard-resuming = Resuming { $theirs }.
# What each tie strength means, 1 to 5.
wizard-map-tie-1 = occasional contact
wizard-map-tie-2 = some exchange
wizard-map-tie-3 = regular work together
wizard-map-tie-4 = close partner
wizard-map-tie-5 = deep, trusted partnership
# How far a rebuild of the index got ($done is padded to the width of $total; $count is $total as a number).
wizard-index-progress = { $done } of { $total } { $count ->
    [one] files
   *[other] files
}
# Another, readable version is on disk; $count answers there, $mine_not_there of the window's own not in it.
wizard-changed-underneath = This draft was changed on disk since you opened it, probably by a sync or git pull: { $count ->
    [one] { $count } answer there
   *[other] { $count } answers there
}, { $mine_not_there } of yours not in it.
# As above, with the time of the latest answer there.
wizard-changed-underneath-latest = This draft was changed on disk since you opened it, probably by a sync or git pull: { $count ->
    [one] { $count } answer there
   *[other] { $count } answers there
} (the latest given { $latest }), { $mine_not_there } of yours not in it.
# Another version is on disk that cannot be read ($why).
wizard-changed-unreadable = This draft was changed on disk since you opened it, probably by a sync or git pull, and the version there cannot be read ({ $why }). Keep both: yours is saved beside it and `ecoready conflicts` shows both.
# After reloading draft $id from disk.
wizard-reloaded = Reloaded the version on disk; yours is in the trash (`ecoready trash` lists it, `ecoready restore { $id }` brings it back).
# After the window left draft $id, its version kept at $path.
wizard-kept-at = Your version is kept as { $path }; `ecoready conflicts --merge { $id }` merges it.
# What leaving with the panel still open did.
wizard-kept-on-leaving = Assessment { $id } changed on disk while it was open: your version is kept as { $path } (`ecoready conflicts --merge { $id }` merges it).
