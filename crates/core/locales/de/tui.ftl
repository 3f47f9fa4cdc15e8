## tui: the full-screen wizard's own words (the sentences it shares with plain mode are in wizard.ftl)
tui-key-answer = Antwort
tui-key-dont-know = weiß nicht
tui-key-scroll = blättern
tui-key-report = Bericht
tui-key-yes = ja
tui-key-no = nein
tui-key-assessments = Einschätzungen
tui-key-organizations = Organisationen
tui-key-compare = Vergleich
tui-key-trend = Trend
tui-key-round = Runde
tui-key-add-respondent = Befragte dazu
tui-key-map = Karte
tui-key-to-trash = in den Papierkorb
tui-key-search = suchen
tui-key-by-status = nach Status
tui-key-by-round = nach Runde
tui-key-by-advisor = nach Berater
tui-key-rename-organization = Organisation umbenennen
tui-key-merge-into-another = mit anderer zusammenführen
tui-key-trash-restore = Papierkorb (wiederherstellen)
tui-key-restore = wiederherstellen
tui-key-back-to-the-lists = zurück zu den Listen
tui-key-keep-the-search = Suche behalten
tui-key-clear-the-search = Suche leeren
tui-key-go-on = weiter
tui-key-cancel = abbrechen
tui-key-chart-report = Grafik / Bericht
tui-key-other-round = andere Runde
tui-key-move-up = nach oben
tui-key-move-down = nach unten
tui-key-page-up = Seite hoch
tui-key-page-down = Seite runter
tui-key-scroll-the-explanation-up = Erklärung nach oben blättern
tui-key-scroll-the-explanation-down = Erklärung nach unten blättern
tui-key-first = erste
tui-key-last = letzte
tui-key-select = wählen
tui-key-confirm-next = bestätigen / weiter
tui-key-back = zurück
tui-key-next = weiter
tui-key-next-field = nächstes Feld
tui-key-pick-the-organizations-next-round-label = nächsten Rundennamen der Organisation wählen
tui-key-pick-the-previous-round-label = vorigen Rundennamen wählen
tui-key-previous-field = voriges Feld
tui-key-previous-choice = vorige Auswahl
tui-key-next-choice = nächste Auswahl
tui-key-note = Notiz
tui-key-flag = merken
tui-key-undo-last-answer = letzte Antwort zurücknehmen
tui-key-edit-setup = Einrichtung bearbeiten
tui-key-improvement-plan = Verbesserungsplan
tui-key-plan-or-change-the-facet = Teilaspekt planen oder ändern
tui-key-take-out-of-the-plan = aus dem Plan nehmen
tui-key-next-status = nächster Status
tui-key-previous-status = voriger Status
tui-key-go-on-to-the-questions = weiter zu den Fragen
tui-key-review-later = später prüfen
tui-key-reopen-to-amend = zum Ändern wieder öffnen
tui-key-go-to = gehe zu
tui-key-new = neu
tui-key-resume = fortsetzen
tui-key-history = Verlauf
tui-key-maps = Karten
tui-key-evidence = Belege
tui-key-layer-to-the-left = Ebene links
tui-key-layer-to-the-right = Ebene rechts
tui-key-add = hinzufügen
tui-key-edit = bearbeiten
tui-key-remove = entfernen
tui-key-by-layer = nach Ebene
tui-key-by-sector = nach Branche
tui-key-open = öffnen
tui-key-next-choice-toggle = nächste Auswahl / umschalten
tui-key-save = speichern
tui-key-open-the-map = Karte öffnen
tui-key-merge-both-recommended = beide zusammenführen (empfohlen)
tui-key-reload-theirs-yours-to-the-trash = andere neu laden (Ihre in den Papierkorb)
tui-key-keep-both-yours-as-a-conflict-copy = beide behalten (Ihre als Konfliktkopie)
tui-key-restore-with-your-answers = mit Ihren Antworten wiederherstellen
tui-key-leave-removed-yours-to-the-trash = entfernt lassen (Ihre in den Papierkorb)
tui-key-try-saving-again = erneut speichern
tui-key-help = Hilfe
tui-key-leave-saving-once-more = beenden (noch ein Speicherversuch)
tui-key-leave-ecoready-saved-first = ecoready beenden (vorher gespeichert)
tui-key-done-typing = fertig
tui-key-leave = verlassen
tui-key-leave-without-saving = verlassen ohne Speichern
tui-key-quit-now-saved = sofort beenden (gespeichert)
tui-key-label-ctrl = Strg-{ $key }
tui-key-label-any = jede andere Taste
tui-key-label-backtab = Umschalt-Tab
tui-key-label-page-up = PgUp
tui-key-label-page-down = PgDn
tui-home-skipped = { $count ->
    [one] { $count } Datei konnte nicht gelesen werden und wurde übersprungen
   *[other] { $count } Dateien konnten nicht gelesen werden und wurden übersprungen
}
tui-home-conflicts = { $count ->
    [one] { $count } Konflikt: `ecoready conflicts`
   *[other] { $count } Konflikte: `ecoready conflicts`
}
tui-home-conflicts-and-skipped = { $count ->
    [one] { $count } Konflikt
   *[other] { $count } Konflikte
}: `ecoready conflicts`; { $skipped ->
    [one] { $skipped } Datei unlesbar, übersprungen
   *[other] { $skipped } Dateien unlesbar, übersprungen
}
tui-home-resume-which = { " " }({ $organization }, { $answered } beantwortet)
tui-home-resume-whose = { " " }({ $organization }, { $answered } beantwortet, { $whose })
tui-home-colleagues-draft = Entwurf von { $advisor }
tui-home-no-advisor = ohne Berater
tui-home-draft-answered = Entwurf, { $answered } beantwortet
tui-setup-round-similar = Meinten Sie „{ $existing }“?{ " " }
tui-setup-rounds-so-far = { $similar }Bisherige Runden: { $rounds } (PgDn wählt eine; ein neuer Name beginnt eine neue Runde).
tui-setup-questionnaire = { $title } ({ $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
})
tui-setup-questionnaire-minutes = { $title } ({ $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}, etwa { $minutes } Min.)
tui-question-position = Frage { $number } von { $count }
tui-question-answered-in-part = { " " }{ $answered } von { $count } in diesem Teil beantwortet
tui-intro-part = Teil { $number } von { $count }
tui-intro-questions = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}, { $answered } bisher beantwortet. Sie behandeln:
tui-goto-legend = ✓ beantwortet · ? weiß nicht · ⚑ markiert
tui-review-answered = { $answered } von { $count } beantwortet
tui-review-summary = { $answered } von { $count } beantwortet, davon { $dont_know } „weiß nicht“. { $hint }
tui-question-number = F{ $number }
tui-not-available = k. A.
tui-coverage = { $answered } von { $count } beantwortet ({ $percent })
tui-coverage-not-enough = { $not_enough } ({ $answered } von { $count } beantwortet)
tui-results-title = { $results } · { $organization }
tui-map-notes-of = Ihre Ökosystemkarte vom { $day } zeigt:
tui-weakest-dimension = Schwächste Dimension: { $title } ({ $score })
tui-weakest-facet = Schwächster Teilaspekt: { $title } ({ $score })
tui-history-conflicts = { $count ->
    [one] { $count } Konflikt: `ecoready conflicts` listet und führt ihn zusammen
   *[other] { $count } Konflikte: `ecoready conflicts` listet und führt sie zusammen
}
tui-history-organizations = Organisationen ({ $count })
tui-history-name-column = Name (Einschätzungen)
tui-history-search = Suche:
tui-history-status = Status:
tui-history-round = Runde:
tui-history-advisor = Berater:
tui-history-filter-all = alle
tui-history-filter-drafts = Entwürfe
tui-history-filter-complete = abgeschlossen
tui-history-assessments-of = { $count ->
    [one] 1 Einschätzung
   *[other] { $count } Einschätzungen
} von { $organization }
tui-history-started-column = Begonnen
tui-history-round-column = Runde
tui-history-respondent-column = Befragte
tui-history-mode-column = Art
tui-history-score-column = Punktwert
tui-history-mode-self = selbst
tui-history-mode-interview = Interview
tui-too-small-size = Es braucht mindestens { $min_width }x{ $min_height } und hat { $width }x{ $height }.
tui-unsaved-assessment = Bei der Einschätzung von { $organization } ({ $id }) konnte nicht gespeichert werden: { $what } ({ $reason }). Was vorher gespeichert wurde, bleibt erhalten; weiter geht es mit `ecoready resume { $id }`.
tui-unsaved-new-assessment = Die neue Einschätzung von { $organization } konnte nicht gespeichert werden: { $reason }. Es wurde kein Entwurf dafür angelegt.
tui-unsaved-map-change = Die letzte Änderung an der Ökosystemkarte von { $organization } konnte nicht gespeichert werden: { $reason }. Frühere Versionen der Karte bleiben erhalten.
tui-unsaved-change = Eine Änderung konnte nicht gespeichert werden: { $reason }.
tui-changed-answers = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
tui-changed-notes = { $count ->
    [one] { $count } Notiz
   *[other] { $count } Notizen
}
tui-changed-flags = { $count ->
    [one] { $count } Markierung
   *[other] { $count } Markierungen
}
tui-list-and = { $rest } und { $last }
tui-list-separator = ,{ " " }
tui-compare-before-label = Vorher
tui-compare-after-label = Nachher
tui-compare-before = vorher
tui-compare-after = nachher
tui-compare-change = Wandel
tui-compare-items = Fragen
tui-compare-noise-column = Rauschen
tui-compare-real = echt
tui-compare-noise = Rauschen
tui-compare-no-estimate = k. Schätz.
tui-compare-before-on = vorher { $date }
tui-compare-after-on = nachher { $date }
tui-trend-date = Datum
tui-trend-round = Runde
tui-trend-overall = gesamt
tui-trend-point-answered = { "  " }{ $date }: { $respondents } mit { $questionnaires }
tui-trend-real-from = echt: ≥ { $mdc }
tui-round-respondents = { $count ->
    [one] { $count } befragte Person:
   *[other] { $count } Befragte:
}
tui-round-mean = Mittel
tui-round-range = Spanne
tui-round-rwg = rwg
tui-round-agenda-item = { $text } ({ $facet }, { $apart } Punkte auseinander)
tui-round-which = { " " }({ $number } von { $count }, neueste zuerst)
tui-evidence-flagged = { $flagged_heading } ({ $flagged } von { $count })
tui-plan-planned = { $planned } von { $most } geplant
tui-plan-nothing-to-plan = Kein Teilaspekt dieser Folgeeinschätzung hat einen Punktwert, aus dem sich planen ließe.
tui-plan-more = { "  " }↑ { $above } weitere oben · ↓ { $below } weitere unten
tui-plan-priority = Schwerpunkt: { $title } (Punktwert { $score })
tui-plan-review-plan-of = Plan vom { $date }
tui-plan-review-more = { "  " }↑ { $above } Zeilen oben · ↓ { $below } unten (↑ ↓ bewegt)
tui-plan-review-not-yet = noch nicht geprüft
tui-plan-review-owner = zuständig { $owner }
tui-plan-review-due = fällig { $date }
tui-plan-review-note = Notiz: { $note }
tui-plan-review-note-placeholder = was geschehen ist
tui-input-full = { $limit }; mehr lässt sich nicht hinzufügen
tui-rename-prompt = Neuer Name für { $organization }:
tui-merge-prompt = { $organization } zusammenführen mit:
tui-rename-question = { $organization } in jeder Einschätzung und Karte in { $new_name } umbenennen?
tui-merge-question = { $organization } mit { $into } zusammenführen? Ihre Einschätzungen lassen sich danach nicht mehr unterscheiden.
tui-trash-id-column = Papierkorb-ID
tui-trash-organization-column = Organisation
tui-trash-status-column = Status
tui-trash-restore-question = { $question } { $id } ({ $organization }, { $started })
tui-setup-saved = { $saved } { $fields }.
tui-plan-from-latest = { $made_from } ({ $date }); öffnen Sie sie im Verlauf.
tui-plan-saved = { $saved } { $id }.
tui-said-with-id = { $said } { $id }
tui-map-empty = leer
tui-map-thin = dünn
tui-map-missing = fehlt
tui-map-resources = Ressourcen:
tui-map-top-partner = größter Partner { $share } { $name }
tui-map-top-sector = größte Branche { $share } { $name }
tui-map-strong-ties-in = starke Bindungen { $strong }, { $amount } in { $sector } ({ $share })
tui-map-strong-ties = starke Bindungen { $strong }
tui-map-ties-top-partner = Bindungen: größter Partner { $share } ({ $name })
tui-map-ties-top-sector = { " " }· größte Branche { $share } ({ $name })
tui-map-ties-strong = { " " }· stark { $strong }, { $amount } in { $sector }
tui-map-more = { "  " }{ $arrow } { $count } weitere
tui-map-partner-head = { $name }{ $sector } · { $relationship } · Bindung { $tie } von { $most }, { $meaning }
tui-map-they-bring = sie bringen: { $what }
tui-map-they-bring-kinds = sie bringen ({ $kinds }): { $what }
tui-map-we-bring = wir bringen: { $what }
tui-map-version-saved = gespeichert { $date } · { $count ->
    [one] 1 Version
   *[other] { $count } Versionen
}
tui-map-version-merged = zusammengeführt { $date } · { $count ->
    [one] 1 Version
   *[other] { $count } Versionen
}
tui-map-filters = ◉ { $organization } im Mittelpunkt · gezeigt: { $layers }, { $sectors }
tui-map-of = Karte vom { $day }, { $count ->
    [one] 1 Partner
   *[other] { $count } Partner
}
tui-map-sector = Branche { $sector }
tui-map-full = Eine Karte fasst höchstens { $most } Partner; entfernen Sie einen, um einen anderen hinzuzufügen
tui-map-merged-not-saved = Die zusammengeführte Version konnte nicht gespeichert werden: { $reason }
tui-save-panel-fix = Schaffen Sie Platz (oder beheben Sie, was die Meldung nennt) und drücken Sie dann { $key } für einen neuen Versuch; jede andere Taste versucht es auch.
tui-save-panel-leave = { $key } beendet: ecoready versucht es noch einmal und sagt, falls das scheitert, beim Beenden, was nicht gespeichert werden konnte.
tui-too-small-keys = Vergrößern Sie das Fenster; Tasten warten bis dahin. { $quit_key } beendet (Ihre Antworten werden vorher gespeichert); { $help_key } zeigt die Tasten.
tui-error-restore-terminal = ecoready: das Terminal konnte nicht wiederhergestellt werden: { $reason }
tui-error-signals = die Signalbehandlung konnte nicht eingerichtet werden
tui-error-read-terminal = vom Terminal konnte nicht gelesen werden
tui-error-wait-terminal = auf das Terminal konnte nicht gewartet werden
tui-error-prepare-terminal = das Terminal konnte nicht vorbereitet werden
tui-error-draw = der Bildschirm konnte nicht gezeichnet werden
tui-error-resize = die Bildschirmgröße konnte nicht angepasst werden
tui-config-warning = Warnung: { $message }
tui-results-scores = Punktwerte
