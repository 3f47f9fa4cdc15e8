## plain: the line-by-line wizard (prompts, lists, results, mistakes). The letters and
## words typed as commands (y, n, f, b, u, g, s, q, done, dropped …) stay as they are.

# Words that answer "yes" to a y/N question besides y and yes, separated by commas
# (lower case). English needs none beyond y and yes.
plain-yes-words = y, yes
plain-piped-needs-command = with piped input, say what to do: `ecoready new --plain < answers.txt` or `ecoready resume --plain < answers.txt`

## Reading lines
# A mistake in piped input ends the run naming the line.
plain-line-mistake = line { $line }: { $problem }
plain-stdin-failed = could not read standard input
plain-line-too-long = the line is longer than { $max } bytes
plain-line-not-utf8 = the line is not valid UTF-8 text

## A part (dimension) and its questions
plain-part-heading = Part { $part } of { $parts }: { $title }
plain-part-summary = { $count } questions, { $answered } answered so far. They cover: { $facets }.
plain-question-heading = Question { $number } of { $count } · { $dimension } › { $facet }
# Marks the recorded answer among the options.
plain-your-answer = (your answer)
plain-flagged = Flagged for review.
plain-flag-removed = Flag removed.
# The digits and ? are typed as they are.
plain-answer-prompt = Answer (1-{ $options }, 0 don't know, ? help):
plain-commands-heading = Commands:
plain-how-to-answer = Type the number of your answer and press Enter; ? shows help and every command.
plain-saved-before-mistake = The answers before it are saved in draft { $id }; `ecoready resume { $id }` continues it.
plain-mistake-type-help = { $problem }; type ? for help
plain-not-an-option = { $number } is not an option here: choose 1-{ $options }, or 0 for "don't know"
plain-first-question = This is the first question.
plain-note-prompt = Note (an empty line removes it):
plain-note-not-saved = { $problem }; the note was not saved
plain-note-removed = Note removed.
plain-note-saved = Note saved.

## Going to a question (g)
plain-go-to-prompt = Go to question (1-{ $count }, Enter to stay):
plain-not-a-question-number = "{ $text }" is not a question number
plain-no-such-question = there is no question { $wanted }; they are numbered 1 to { $count }
# A question's state in the list `g` shows.
plain-state-answered = answered
plain-state-answered-flagged = answered, flagged
plain-state-dont-know = don't know
plain-state-dont-know-flagged = don't know, flagged
plain-state-not-answered = not answered
plain-state-not-answered-flagged = not answered, flagged

## The review and the end
plain-review-answered = { $answered } of { $total } answered, { $dont_know } of them "don't know".
plain-review-prompt = Press Enter to finish and see the results (g N goes to a question, b back, q leave):
plain-finish-anyway-prompt = Finish anyway? Type y to finish, or press Enter to go back to the review:
plain-review-commands-only = this is the review: press Enter to finish, or g N to go to a question
plain-saved-as = Saved as assessment { $id }; `ecoready show { $id }` shows these results again.
plain-draft-saved = Draft saved. `ecoready resume { $id }` continues it.
plain-input-ended = the input ended after line { $line } before the assessment was finished; the draft is saved (`ecoready resume { $id }` continues it; end the input with a line `q` to leave a draft on purpose)
plain-save-failed = Could not save: { $reason }. The next change tries again.
plain-could-not-save = could not save assessment { $id }

## Commands: what `?` lists (the full-screen wizard's words) and typing mistakes
plain-cmd-answer = answer and go on
plain-cmd-dont-know = don't know
plain-cmd-help = help
plain-cmd-note = note (n alone: type it on the next line; an empty note removes it)
plain-cmd-flag = flag for review (again: remove the flag)
plain-cmd-back = back
plain-cmd-undo = undo last answer (back to its question)
plain-cmd-go-to = go to question N (g alone lists them)
plain-cmd-skip = next question without answering
plain-cmd-leave = leave (the draft is saved)
plain-cmd-finish = finish and see the results
plain-cmd-back-to-last = back to the last question
plain-not-an-option-number = "{ $text }" is not an option number
plain-takes-nothing-after = `{ $word }` takes nothing after it
plain-go-needs-number = `g` needs a question number, not "{ $text }"
plain-not-a-command = "{ $text }" is not a command
# How a command is typed, in the list `?` shows: the letters stay, the words after them
# (TEXT, N, Enter) are the language's.
plain-key-note = n TEXT
plain-key-go-to = g N
plain-key-skip = s or Enter
plain-key-enter = Enter

## Home and setup
plain-nothing-saved = Nothing was saved.
plain-piped-organization = the first line must be the organization's name (or give --org NAME)
plain-input-empty = the input is empty: { $problem }
plain-home-prompt = Choose 1-3:
plain-home-choose = choose 1, 2 or 3
# A questionnaire in the list to choose from.
plain-questionnaire-choice = { $title } ({ $count } questions)
plain-questionnaire-choice-minutes = { $title } ({ $count } questions, about { $minutes } minutes)
plain-questionnaire-prompt = Choose 1-{ $count } (Enter for 1):
plain-choose-number = choose a number from 1 to { $count }
plain-organization-prompt = Organization (required):
plain-interview-needs-advisor = a guided interview needs the advisor's name: add --advisor NAME
plain-field-empty-hint = Press Enter to leave a field empty.
# $field is "Mode", $self_assessment and $interview the two modes.
plain-mode-prompt = { $field }: 1) { $self_assessment } 2) { $interview } (Enter for 1):
plain-choose-1-or-2 = choose 1 or 2
# A setup field's prompt: its label and what to type.
plain-field-prompt = { $label } ({ $hint }):
plain-field-required-prompt = { $label } ({ $hint }, required):
plain-round-prompt = { $label } (a number picks one; or type a new label):
# $similar asks whether the typed label means an existing one; y answers yes.
plain-round-similar-prompt = { $similar } "{ $existing }"? (y uses it, Enter keeps "{ $typed }"):
plain-type-shorter = { $problem }; type a shorter one
plain-started = Started assessment { $id } of { $org }: { $title }, { $count } questions. Every answer is saved at once.
plain-resuming = Resuming draft { $id } of { $org }: { $answered } of { $count } questions answered.

## The improvement plan: reviewing the last one, picking priorities
plain-plan-review-intro = The check-in of { $date } made a plan. How did each priority go?
plain-plan-priority-owner = { $title } (owner { $owner })
plain-plan-priority-due = { $title } (due { $due })
plain-plan-priority-owner-due = { $title } (owner { $owner }, due { $due })
# done, in progress and dropped are typed as they are.
plain-plan-status-prompt = How did it go? done, in progress, dropped (Enter: review later):
plain-plan-bad-status = say done, in progress or dropped, or press Enter
plain-plan-note-prompt = A note on it (Enter for none):
# FACET, NAME and YYYY-MM-DD are what the user types in their place.
plain-plan-make-hint = `ecoready plan --org "{ $org }" --add FACET --owner NAME --due YYYY-MM-DD` makes one.
plain-plan-pick-prompt = Pick up to { $count } areas to work on until the next check-in? (y/N):
plain-plan-saved-note = Assessment { $id } is complete and saved; each priority is saved as soon as it is given.
plain-plan-areas-heading = Areas of this check-in, weakest first:
plain-plan-facet-prompt = Number of an area to work on (Enter: done):
plain-plan-give-number = give a number from 1 to { $count }
plain-plan-owner-prompt = Who sees to it? (Enter for nobody yet):
plain-plan-due-prompt = By when? YYYY-MM-DD (Enter for no date):
plain-plan-what-prompt = What is to be done? (Enter for no note):
plain-plan-added = In the plan: { $title }.
plain-plan-show-hint = `ecoready plan --org "{ $org }"` shows the plan.

## The draft changed on disk: the choices
plain-underneath-prompt = Your choice [{ $letters }]:
plain-underneath-not-a-choice = "{ $text }" is not one of the choices: type { $letters }.
plain-underneath-choose-again = { $problem } Choose again.
