## plain: der Assistent Zeile für Zeile. Die Buchstaben und Wörter, die als Befehle
## getippt werden (y, n, f, b, u, g, s, q, done, dropped …), bleiben, wie sie sind.

plain-yes-words = j, ja
plain-piped-needs-command = Bei umgeleiteter Eingabe sagen Sie, was zu tun ist: `ecoready new --plain < antworten.txt` oder `ecoready resume --plain < antworten.txt`

## Zeilen lesen
plain-line-mistake = Zeile { $line }: { $problem }
plain-stdin-failed = Die Standardeingabe konnte nicht gelesen werden
plain-line-too-long = Die Zeile ist länger als { $max } Bytes
plain-line-not-utf8 = Die Zeile ist kein gültiger UTF-8-Text

## Ein Teil (eine Dimension) und seine Fragen
plain-part-heading = Teil { $part } von { $parts }: { $title }
plain-part-summary = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}, davon bisher { $answered } beantwortet. Sie behandeln: { $facets }.
plain-question-heading = Frage { $number } von { $count } · { $dimension } › { $facet }
plain-your-answer = (Ihre Antwort)
plain-flagged = Zur Prüfung markiert.
plain-flag-removed = Markierung entfernt.
plain-answer-prompt = Antwort (1-{ $options }, 0 weiß nicht, ? Hilfe):
plain-commands-heading = Befehle:
plain-how-to-answer = Tippen Sie die Nummer Ihrer Antwort und drücken Sie Enter; ? zeigt die Hilfe und alle Befehle.
plain-saved-before-mistake = Die Antworten davor sind im Entwurf { $id } gespeichert; `ecoready resume { $id }` setzt ihn fort.
plain-mistake-type-help = { $problem }; tippen Sie ? für Hilfe
plain-not-an-option = { $number } ist hier keine Antwortmöglichkeit: wählen Sie 1-{ $options }, oder 0 für „weiß nicht“
plain-first-question = Dies ist die erste Frage.
plain-note-prompt = Notiz (eine leere Zeile entfernt sie):
plain-note-not-saved = { $problem }; die Notiz wurde nicht gespeichert
plain-note-removed = Notiz entfernt.
plain-note-saved = Notiz gespeichert.

## Zu einer Frage gehen (g)
plain-go-to-prompt = Zu Frage (1-{ $count }, Enter bleibt hier):
plain-not-a-question-number = „{ $text }“ ist keine Fragenummer
plain-no-such-question = Es gibt keine Frage { $wanted }; sie sind von 1 bis { $count } nummeriert
plain-state-answered = beantwortet
plain-state-answered-flagged = beantwortet, markiert
plain-state-dont-know = weiß nicht
plain-state-dont-know-flagged = weiß nicht, markiert
plain-state-not-answered = nicht beantwortet
plain-state-not-answered-flagged = nicht beantwortet, markiert

## Die Durchsicht und das Ende
plain-review-answered = { $answered } von { $total } beantwortet, davon { $dont_know } mit „weiß nicht“.
plain-review-prompt = Drücken Sie Enter, um abzuschließen und die Auswertung zu sehen (g N geht zu einer Frage, b zurück, q verlassen):
plain-finish-anyway-prompt = Trotzdem abschließen? Tippen Sie j zum Abschließen, oder drücken Sie Enter, um zur Durchsicht zurückzukehren:
plain-review-commands-only = Dies ist die Durchsicht: drücken Sie Enter zum Abschließen, oder g N, um zu einer Frage zu gehen
plain-saved-as = Gespeichert als Einschätzung { $id }; `ecoready show { $id }` zeigt diese Auswertung wieder.
plain-draft-saved = Entwurf gespeichert. `ecoready resume { $id }` setzt ihn fort.
plain-input-ended = Die Eingabe endete nach Zeile { $line }, bevor die Einschätzung abgeschlossen war; der Entwurf ist gespeichert (`ecoready resume { $id }` setzt ihn fort; beenden Sie die Eingabe mit einer Zeile `q`, um einen Entwurf absichtlich zu verlassen)
plain-save-failed = Speichern fehlgeschlagen: { $reason }. Die nächste Änderung versucht es erneut.
plain-could-not-save = Die Einschätzung { $id } konnte nicht gespeichert werden

## Befehle: was ? auflistet, und Tippfehler
plain-cmd-answer = antworten und weiter
plain-cmd-dont-know = weiß nicht
plain-cmd-help = Hilfe
plain-cmd-note = Notiz (n allein: in der nächsten Zeile tippen; eine leere Notiz entfernt sie)
plain-cmd-flag = zur Prüfung markieren (nochmals: Markierung entfernen)
plain-cmd-back = zurück
plain-cmd-undo = letzte Antwort rückgängig machen (zurück zu ihrer Frage)
plain-cmd-go-to = zu Frage N gehen (g allein listet sie auf)
plain-cmd-skip = nächste Frage, ohne zu antworten
plain-cmd-leave = verlassen (der Entwurf ist gespeichert)
plain-cmd-finish = abschließen und die Auswertung sehen
plain-cmd-back-to-last = zurück zur letzten Frage
plain-not-an-option-number = „{ $text }“ ist keine Nummer einer Antwortmöglichkeit
plain-takes-nothing-after = Nach `{ $word }` darf nichts folgen
plain-go-needs-number = `g` braucht eine Fragenummer, nicht „{ $text }“
plain-not-a-command = „{ $text }“ ist kein Befehl
plain-key-note = n TEXT
plain-key-go-to = g N
plain-key-skip = s oder Enter
plain-key-enter = Enter

## Start und Einrichtung
plain-nothing-saved = Nichts wurde gespeichert.
plain-piped-organization = Die erste Zeile muss der Name der Organisation sein (oder geben Sie --org NAME an)
plain-input-empty = Die Eingabe ist leer: { $problem }
plain-home-prompt = Wählen Sie 1-3:
plain-home-choose = wählen Sie 1, 2 oder 3
plain-questionnaire-choice = { $title } ({ $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
})
plain-questionnaire-choice-minutes = { $title } ({ $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}, etwa { $minutes } Minuten)
plain-questionnaire-prompt = Wählen Sie 1-{ $count } (Enter für 1):
plain-choose-number = wählen Sie eine Zahl von 1 bis { $count }
plain-organization-prompt = Organisation (Pflichtfeld):
plain-interview-needs-advisor = Ein geführtes Interview braucht den Namen des Beraters: geben Sie --advisor NAME an
plain-field-empty-hint = Drücken Sie Enter, um ein Feld leer zu lassen.
plain-mode-prompt = { $field }: 1) { $self_assessment } 2) { $interview } (Enter für 1):
plain-choose-1-or-2 = wählen Sie 1 oder 2
plain-field-prompt = { $label } ({ $hint }):
plain-field-required-prompt = { $label } ({ $hint }, Pflichtfeld):
plain-round-prompt = { $label } (eine Nummer wählt eine aus; oder tippen Sie eine neue Bezeichnung):
plain-round-similar-prompt = { $similar } „{ $existing }“? (j übernimmt sie, Enter behält „{ $typed }“):
plain-type-shorter = { $problem }; tippen Sie eine kürzere
plain-started = Einschätzung { $id } von { $org } begonnen: { $title }, { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}. Jede Antwort wird sofort gespeichert.
plain-resuming = Entwurf { $id } von { $org } wird fortgesetzt: { $answered } von { $count } Fragen beantwortet.

## Der Maßnahmenplan: den letzten prüfen, Prioritäten wählen
plain-plan-review-intro = Die Folgeeinschätzung vom { $date } hat einen Plan gemacht. Wie lief jede Priorität?
plain-plan-priority-owner = { $title } (zuständig: { $owner })
plain-plan-priority-due = { $title } (fällig { $due })
plain-plan-priority-owner-due = { $title } (zuständig: { $owner }, fällig { $due })
plain-plan-status-prompt = Wie lief es? erledigt, in Arbeit, aufgegeben (Enter: später prüfen):
plain-plan-bad-status = tippen Sie erledigt, in Arbeit oder aufgegeben, oder drücken Sie Enter
plain-plan-note-prompt = Eine Notiz dazu (Enter für keine):
plain-plan-make-hint = `ecoready plan --org "{ $org }" --add TEILASPEKT --owner NAME --due JJJJ-MM-TT` macht einen.
plain-plan-pick-prompt = Bis zu { $count } Handlungsfelder für die Zeit bis zur nächsten Folgeeinschätzung wählen? (j/N):
plain-plan-saved-note = Die Einschätzung { $id } ist abgeschlossen und gespeichert; jede Priorität wird gespeichert, sobald sie angegeben ist.
plain-plan-areas-heading = Handlungsfelder dieser Folgeeinschätzung, das schwächste zuerst:
plain-plan-facet-prompt = Nummer eines Handlungsfelds (Enter: fertig):
plain-plan-give-number = geben Sie eine Zahl von 1 bis { $count } an
plain-plan-owner-prompt = Wer kümmert sich darum? (Enter für noch niemand):
plain-plan-due-prompt = Bis wann? JJJJ-MM-TT (Enter für kein Datum):
plain-plan-what-prompt = Was ist zu tun? (Enter für keine Notiz):
plain-plan-added = Im Plan: { $title }.
plain-plan-show-hint = `ecoready plan --org "{ $org }"` zeigt den Plan.

## Der Entwurf hat sich auf der Festplatte geändert: die Wahlmöglichkeiten
plain-underneath-prompt = Ihre Wahl [{ $letters }]:
plain-underneath-not-a-choice = „{ $text }“ ist keine der Wahlmöglichkeiten: tippen Sie { $letters }.
plain-underneath-choose-again = { $problem } Wählen Sie erneut.
