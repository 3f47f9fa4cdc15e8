## core: Sätze, die der Kern für alle Oberflächen bildet.

core-and-list = { $first } und { $last }
core-not-enough-answers = zu wenige Antworten
core-missing-items = zu wenige Antworten: { $answered } von { $total } beantwortet (nötig: { $needed })
core-missing-facets = zu wenige Antworten: { $scored } von { $total } { $total ->
    [one] Teilaspekt
   *[other] Teilaspekten
} mit Punktwert (nötig: { $needed })
core-missing-dimensions = zu wenige Antworten: { $titles } { $count ->
    [one] hat
   *[other] haben
} keinen Punktwert

core-next-steps-heading = Nächste Schritte, die schwächsten Stellen zuerst
core-next-steps-intro = Bei jeder Frage ist das Niveau über Ihrer Antwort der nächste Schritt. Stellen ohne Punktwert kommen zuletzt und sagen, was ihnen fehlt.
core-step-next = Nächster Schritt (Niveau { $level } von { $levels }): { $next }
core-step-kept = Höchstes Niveau ({ $level } von { $level }), halten Sie es: { $current }
core-step-dont-know = Mit „Weiß nicht“ beantwortet: Es herauszufinden ist der erste Schritt; kein Niveau wird vorgeschlagen.
core-step-open = Noch nicht beantwortet: Beantworten Sie die Frage, um ihren nächsten Schritt zu sehen.
core-facet-heading = { $facet } ({ $dimension })

core-caveat-unscored = { $count ->
    [one] { $count } Dimension ohne Punktwert ({ $titles })
   *[other] { $count } Dimensionen ohne Punktwert ({ $titles })
}
core-caveat-draft = Entwurf: nicht fertig, { $responded } von { $total } Fragen beantwortet; die Punktwerte können sich noch ändern.
core-caveat-draft-unscored = Entwurf: nicht fertig, { $responded } von { $total } Fragen beantwortet; { $unscored }.
core-caveat-partial = Unvollständig: { $unscored }.
core-unfinished-all-answered = Jede Frage hat eine Antwort.
core-unfinished-unanswered = { $count ->
    [one] { $count } Frage ist unbeantwortet.
   *[other] { $count } Fragen sind unbeantwortet.
}
core-unfinished-all-scored = Jede Dimension wird einen Punktwert haben.
core-unfinished-unscored = { $count ->
    [one] { $titles } wird keinen Punktwert haben.
   *[other] { $titles } werden keinen Punktwert haben.
}

core-resting-on = auf { $items } von { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
core-not-comparable = nicht vergleichbar
core-not-comparable-resting-on = nicht vergleichbar ({ $items })
core-noise-cell-real = echt (≥ { $mdc95 })
core-noise-cell-within = im Rauschen (< { $mdc95 })
core-noise-cell-no-estimate = keine Schätzung
core-noise-used-measured = aus { $firms } Organisationen in diesem Datenverzeichnis ({ $areas ->
    [one] { $areas } Stelle
   *[other] { $areas } Stellen
})
core-noise-used-measured-range = aus { $least } bis { $most } Organisationen in diesem Datenverzeichnis ({ $areas ->
    [one] { $areas } Stelle
   *[other] { $areas } Stellen
})
core-noise-used-default = der veröffentlichte Standardwert im Fragebogen ({ $areas ->
    [one] { $areas } Stelle
   *[other] { $areas } Stellen
}; das Datenverzeichnis hat zu wenige Organisationen für einen eigenen, siehe `ecoready evidence`)
core-noise-used-none = keiner ({ $areas ->
    [one] { $areas } Stelle
   *[other] { $areas } Stellen
}: keine Schätzung des Messrauschens)
core-noise-rule = Eine Veränderung ist nur echt, wenn sie die MDC95 ihrer Stelle erreicht, die kleinste Veränderung, die größer ist als das Messrauschen; eine kleinere liegt im Messrauschen. Für den Gesamtpunktwert gibt es keine Schätzung des Messrauschens.
core-noise-rule-used = Eine Veränderung ist nur echt, wenn sie die MDC95 ihrer Stelle erreicht, die kleinste Veränderung, die größer ist als das Messrauschen; eine kleinere liegt im Messrauschen. Verwendete MDC95: { $used }. Für den Gesamtpunktwert gibt es keine Schätzung des Messrauschens.
core-objection-same-assessment = beide bezeichnen dieselbe Einschätzung ({ $id }): Es gibt keine Veränderung zu zeigen
core-objection-different-organizations = die Einschätzungen stammen von zwei Organisationen („{ $first }“ und „{ $second }“): Ein Unterschied zwischen zwei Organisationen ist keine Veränderung einer der beiden
core-warning-compared-although = Verglichen, obwohl { $objection }.
core-warning-draft-before = Die Seite vorher ({ $id }) ist ein Entwurf: Ihre Antworten können sich noch ändern, und ihre unbeantworteten Fragen fehlen in jeder Veränderung.
core-warning-draft-after = Die Seite nachher ({ $id }) ist ein Entwurf: Ihre Antworten können sich noch ändern, und ihre unbeantworteten Fragen fehlen in jeder Veränderung.
core-overall-not-comparable = Die Bereitschaft insgesamt ist nicht vergleichbar: { $titles } { $count ->
    [one] hat
   *[other] haben
} keinen vergleichbaren Punktwert. Über { $compared ->
    [one] die { $compared } vergleichbare Dimension
   *[other] die { $compared } vergleichbaren Dimensionen
} beträgt die Veränderung { $change } (gewichtet wie im Gesamtpunktwert).
core-no-common-questions = Diese Folgeeinschätzungen verwenden verschiedene Versionen des Fragebogens ({ $versions }) ohne gemeinsame Frage: Es lässt sich nichts vergleichen.
core-note-same-all = Beide verwenden denselben Fragebogen; beide haben alle { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
} mit einem Wert beantwortet.
core-note-same-some = Beide verwenden denselben Fragebogen; beide haben { $answered } seiner { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
} mit einem Wert beantwortet, und jede Veränderung beruht nur auf diesen.
core-note-shared-all = Verglichen auf { $count ->
    [one] der { $count } Frage
   *[other] den { $count } Fragen
}, die beide Fragebögen gemeinsam haben; beide haben alle { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
} mit einem Wert beantwortet
core-note-shared-some = Verglichen auf { $count ->
    [one] der { $count } Frage
   *[other] den { $count } Fragen
}, die beide Fragebögen gemeinsam haben; beide haben { $answered } davon mit einem Wert beantwortet, und jede Veränderung beruht nur auf diesen
core-note-every-question-shared = { $compared } (jede Frage beider Fragebögen ist gemeinsam).
core-note-only-earlier = { $compared }; { $count ->
    [one] { $count } Frage des früheren hat
   *[other] { $count } Fragen des früheren haben
} kein Gegenstück.
core-note-only-later = { $compared }; { $count ->
    [one] { $count } Frage des späteren hat
   *[other] { $count } Fragen des späteren haben
} kein Gegenstück.
core-note-only-both = { $compared }; { $before ->
    [one] { $before } Frage
   *[other] { $before } Fragen
} des früheren und { $after ->
    [one] { $after } Frage
   *[other] { $after } Fragen
} des späteren haben kein Gegenstück.
core-note-not-compared-dimensions = { $note } Gar nicht verglichen: { $dimensions }.

core-validate-none = keine
core-validate-kind-dimension = Dimension
core-validate-kind-facet = Teilaspekt
core-validate-kind-item = Frage
core-validate-kind-questionnaire = Fragebogen
core-validate-empty = { $what } ist leer; hier muss etwas stehen
core-validate-id-empty = die Kennung (Art: { $kind }) ist leer; hier muss etwas stehen
core-validate-id-too-long = die Kennung (Art: { $kind }) ist länger als { $max } Zeichen
core-validate-id-spelling = die Kennung `{ $id }` (Art: { $kind }) darf nur Kleinbuchstaben, Ziffern, `_` und `-` enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen (Kennungen werden Teil von Dateinamen und JSON-Schlüsseln)
core-validate-id-taken = die Kennung `{ $id }` (Art: { $kind }) ist schon vergeben an: { $first_kind } bei { $first_path }; Kennungen von Dimensionen, Teilaspekten und Fragen müssen im ganzen Fragebogen eindeutig sein
core-validate-id-taken-at-line = die Kennung `{ $id }` (Art: { $kind }) ist schon vergeben an: { $first_kind } bei { $first_path } (Zeile { $line }); Kennungen von Dimensionen, Teilaspekten und Fragen müssen im ganzen Fragebogen eindeutig sein
core-validate-weight = { $kind } `{ $id }` hat das Gewicht { $weight }; Gewichte müssen Zahlen größer als 0 sein
core-validate-what-version = die `version` des Fragebogens
core-validate-what-title = der `title` des Fragebogens
core-validate-what-results-note = die `results_note` des Fragebogens
core-validate-advice-unknown-dimension = es gibt Ratschläge für die Dimension `{ $dimension }`, die es nicht gibt (Dimensionen: { $known })
core-validate-advice-unknown-band = die Ratschläge für `{ $dimension }` nennen die Stufe `{ $band }`, die keine der Stufen ist ({ $known })
core-validate-advice-empty = die Ratschläge für `{ $dimension }` in der Stufe `{ $band }` sind eine leere Liste; geben Sie mindestens einen Schritt an oder lassen Sie die Stufe weg
core-validate-what-advice-step = Schritt { $step } der Ratschläge für `{ $dimension }` in der Stufe `{ $band }`
core-validate-no-dimensions = der Fragebogen hat keine Dimensionen; er braucht mindestens eine
core-validate-too-many-items = der Fragebogen hat { $items } Fragen; höchstens { $max } sind erlaubt, damit jede Einschätzung mit einer Notiz zu jeder Frage noch gespeichert und gelesen werden kann
core-validate-what-dimension-title = der Titel der Dimension `{ $id }`
core-validate-what-dimension-summary = die Zusammenfassung der Dimension `{ $id }`
core-validate-what-dimension = der Dimension `{ $id }`
core-validate-no-facets = die Dimension `{ $id }` hat keine Teilaspekte; sie braucht mindestens einen
core-validate-what-facet-title = der Titel des Teilaspekts `{ $id }`
core-validate-what-facet = des Teilaspekts `{ $id }`
core-validate-what-facet-advice = der Ratschlag des Teilaspekts `{ $id }`
core-validate-no-items = der Teilaspekt `{ $id }` hat keine Fragen; er braucht mindestens eine
core-validate-what-item-text = der Text der Frage `{ $id }`
core-validate-what-item-help = die Hilfe der Frage `{ $id }`
core-validate-what-item-probe = die Nachfrage der Frage `{ $id }`
core-validate-unknown-scale = die Frage `{ $id }` verwendet die Skala `{ $scale }`, die in `scales` nicht definiert ist (definiert: { $defined })
core-validate-anchors-on-agreement = die Frage `{ $id }` verwendet die Zustimmungsskala `{ $scale }`, die ihre eigenen Beschriftungen zeigt, daher würden ihre { $count } Ankertexte nie gezeigt; entfernen Sie sie oder verwenden Sie eine Skala mit beschriebenen Niveaus
core-validate-anchor-count = die Frage `{ $id }` hat { $anchors ->
    [one] { $anchors } Ankertext
   *[other] { $anchors } Ankertexte
}, aber die Skala `{ $scale }` hat { $levels ->
    [one] { $levels } Niveau
   *[other] { $levels } Niveaus
}; geben Sie eine Beschreibung pro Niveau an, Niveau 1 zuerst
core-validate-what-anchor = der Ankertext für Niveau { $level } der Frage `{ $id }`
core-validate-anchored-reverse = die Frage `{ $id }` hat beschriebene Niveaus und ist als `reverse` markiert; die Ankertexte laufen schon vom am wenigsten zum am meisten bereiten Zustand, schreiben Sie sie stattdessen in dieser Reihenfolge
core-validate-scale-levels = die Skala `{ $scale }` mit beschriebenen Niveaus hat { $levels ->
    [one] { $levels } Niveau
   *[other] { $levels } Niveaus
}; sie braucht zwischen 2 und { $max } (die Antworttasten sind 1-9)
core-validate-scale-too-few-options = die Zustimmungsskala `{ $scale }` hat { $count ->
    [one] { $count } Option
   *[other] { $count } Optionen
}; sie braucht mindestens 2
core-validate-scale-too-many-options = die Zustimmungsskala `{ $scale }` hat { $count } Optionen; höchstens { $max } passen auf die Antworttasten 1-9
core-validate-option-value-taken = die Option { $option } der Skala `{ $scale }` hat den Wert { $value }, den schon die Option { $first } hat; jede Option braucht einen eigenen Wert
core-validate-what-option-label = die Beschriftung der Option { $option } (Wert { $value }) der Skala `{ $scale }`
core-validate-no-bands = es sind keine Stufen definiert; die Stufen müssen die Punktwerte von 0 bis 100 abdecken
core-validate-what-band-name = der Name der Stufe { $band }
core-validate-what-band-meaning = die Bedeutung der Stufe `{ $band }`
core-validate-band-name-taken = der Stufenname `{ $band }` wird von den Stufen { $first } und { $second } verwendet; die Namen müssen sich unterscheiden
core-validate-band-bound-not-number = die Stufe `{ $band }` hat { $bound } { $value }; das muss eine Zahl sein
core-validate-band-empty-range = die Stufe `{ $band }` reicht von { $min } bis { $max }; ihr max muss größer sein als ihr min
core-validate-band-gap = Lücke zwischen der Stufe `{ $previous }` (endet bei { $end }) und der Stufe `{ $band }` (beginnt bei { $start }): Punktwerte von { $end } bis { $start } hätten keine Stufe
core-validate-band-overlap = die Stufe `{ $band }` beginnt bei { $start }, aber die Stufe `{ $previous }` endet bei { $end }: Punktwerte von { $start } bis { $end } lägen in beiden; jede Stufe muss dort beginnen, wo die vorige endet
core-validate-first-band-start = die erste Stufe `{ $band }` beginnt bei { $min }; die Stufen müssen bei 0 beginnen
core-validate-last-band-end = die letzte Stufe `{ $band }` endet bei { $max }; die Stufen müssen bei 100 enden
core-validate-reliability-value = die Reliabilität { $what } ist { $value }; sie muss eine Zahl zwischen 0 und 1 sein (nicht 0 oder 1 selbst)
core-validate-reliability-sd = die Reliabilität { $what } hat sd { $sd }; das muss eine Zahl über 0 und höchstens 100 sein (Punkte auf dem Punktwert von 0 bis 100)
core-validate-what-reliability-source = die Quelle der Reliabilität { $what }
core-validate-reliability-source-too-long = die Quelle der Reliabilität { $what } hat { $chars } Zeichen; höchstens { $max } sind erlaubt

## Messrauschen und worauf eine Veränderung beruht.
core-noise-source-measured = aus { $firms } Betrieben in diesem Datenverzeichnis
core-noise-source-default = veröffentlichter Standardwert im Fragebogen
core-noise-smallest-real-change = kleinste echte Veränderung { $mdc95 } Punkte, { $source }
core-noise-no-estimate = keine Schätzung des Messrauschens
core-noise-within = innerhalb des Messrauschens
core-noise-real = echte Veränderung
core-rests-on = { $respondents } Befr. · { $items ->
    [one] { $items } Frage
   *[other] { $items } Fragen
}
core-trend-basis-like-for-like = { $count ->
    [0] Veränderungen vergleichen nur Gleiches mit Gleichem: Keine befragte Person war bei der ersten und der letzten Folgeeinschätzung dabei. Die Angabe nach jeder Veränderung nennt, auf wie vielen befragten Personen und Fragen sie beruht.
    [one] Veränderungen vergleichen nur Gleiches mit Gleichem: die { $count } befragte Person, die bei der ersten und der letzten Folgeeinschätzung dabei war, mit den Fragen, die beide ihrer Einschätzungen beantwortet haben; die Angabe nach jeder Veränderung nennt, auf wie vielen befragten Personen und Fragen sie beruht.
   *[other] Veränderungen vergleichen nur Gleiches mit Gleichem: die { $count } befragten Personen, die bei der ersten und der letzten Folgeeinschätzung dabei waren, mit den Fragen, die beide ihrer Einschätzungen beantwortet haben; die Angabe nach jeder Veränderung nennt, auf wie vielen befragten Personen und Fragen sie beruht.
}
core-trend-no-name = (kein Name)
core-trend-left-out = Nicht berücksichtigt: { $name } ({ $id }): { $reason }.
core-trend-questionnaire-differs = Der Fragebogen unterscheidet sich zwischen ihnen: Verglichen werden nur die Fragen, die beide Versionen haben.
core-answer-level = Niveau { $level }

## Das Änderungsprotokoll einer nach dem Abschluss geänderten Einschätzung.
core-setup-field-organization = Organisation
core-setup-field-sector = Branche
core-setup-field-respondent = befragte Person
core-setup-field-role = Rolle
core-setup-field-mode = Art
core-setup-field-advisor = Berater
core-setup-field-round = Runde
core-amend-dont-know = weiß nicht
core-amend-no-answer = keine Antwort
core-amend-none = keine Angabe
core-amend-quoted = „{ $text }“
core-amend-with-reason = { $sentence } (Grund: { $reason })
core-amend-reopened = Wieder geöffnet, um Antworten zu ändern
core-amend-answer = Frage { $number } „{ $text }“ ({ $item }): von { $old } auf { $new } geändert
core-amend-answer-unknown-item = Frage { $item }: von { $old } auf { $new } geändert
core-amend-setup = Angaben: { $field } von { $old } auf { $new } geändert
core-amend-scores-recomputed = Erneut abgeschlossen: Punktwerte neu berechnet (gesamt { $before } vorher, { $after } nachher)

## Die Arten widersprüchlicher Kopien, die `ecoready conflicts` findet.
core-copy-syncthing = eine Konfliktkopie von Syncthing
core-copy-conflicted = eine Konfliktkopie eines Sync-Ordners
core-copy-numbered = ein nummeriertes Duplikat
core-copy-git-markers = Konfliktmarkierungen von git
core-copy-ecoready = eine Kopie, die ecoready behielt, als sich die Datei unter einem offenen Fenster änderte

## Textgrenzen (die Feldnamen tragen ihren Artikel)
core-limit-field-organization = der Name der Organisation
core-limit-field-sector = die Branche
core-limit-field-respondent = der Name der befragten Person
core-limit-field-role = die Rolle
core-limit-field-advisor = der Name des Beraters
core-limit-field-round = die Bezeichnung der Runde
core-limit-field-note = die Notiz
core-limit-field-partner-name = der Name des Partners
core-limit-field-partner-sector = die Branche des Partners
core-limit-field-brings-note = was der Partner einbringt
core-limit-field-we-bring = was die Organisation einbringt
core-limit-field-reason = der Grund
core-limit-field-owner = die verantwortliche Person
core-limit-field-due = das Fälligkeitsdatum
core-limit-too-long = { $field } ist auf { $max } Zeichen begrenzt
core-limit-too-long-count = { $field } ist auf { $max } Zeichen begrenzt (hier sind es { $count })

## YAML-Dateien lesen
core-yaml-at-line-column = Zeile { $line }, Spalte { $column }: { $message }
core-yaml-at-line = Zeile { $line }: { $message }
core-yaml-control-character = das Steuerzeichen { $code } ist nicht erlaubt
core-yaml-in-list = { $info } (in der Liste, die in Zeile { $line }, Spalte { $column } beginnt)
core-yaml-in-mapping = { $info } (in der Zuordnung, die in Zeile { $line }, Spalte { $column } beginnt)
core-yaml-several-documents = die Datei enthält mehr als ein YAML-Dokument
core-yaml-too-many-values = die Datei enthält mehr als { $max } Werte
core-yaml-duplicate-key = doppelter Schlüssel `{ $key }`
core-yaml-too-deep = Listen und Zuordnungen sind mehr als { $max }-fach verschachtelt
core-yaml-anchors-refused = YAML-Anker und -Aliase (&name, *name) sind nicht erlaubt
core-yaml-file-too-large = die Datei ist zu groß ({ $size } Bytes; die Grenze liegt bei { $max } Bytes)
core-yaml-not-utf8 = die Datei ist kein gültiger UTF-8-Text
core-yaml-would-be-too-large = sie wäre { $size } Bytes groß, mehr als die { $max } Bytes, die ecoready wieder einliest; daher wurde sie nicht gespeichert (die Datei auf der Festplatte ist unverändert); kürzen Sie die längsten Texte

## Normdateien (jede Meldung folgt dem Feld, um das es geht)
core-norms-unknown-format = { $found } ist kein Normformat, das diese Version liest (sie liest { $reads })
core-norms-too-many-groups = { $count } Gruppen; höchstens { $max }
core-norms-sector-not-key = muss ohne Leerzeichen am Rand und kleingeschrieben sein
core-norms-not-a-quarter = { $value } ist kein Quartal wie 2026-Q1
core-norms-period-reversed = `from` liegt nach `to`
core-norms-second-group = eine zweite Gruppe derselben Fragebogenversion und Branche
core-norms-area-count = muss 1 bis { $max } Bereiche enthalten
core-norms-area-twice = { $area } kommt in der Gruppe zweimal vor
core-norms-too-few-firms = { $firms } Betriebe; Normen enthalten keine Gruppe mit weniger als { $min }
core-norms-decile-out-of-range = { $value } ist kein Punktwert von 0 bis 100
core-norms-deciles-decrease = darf nicht abnehmen
core-norms-label-empty = darf nicht leer sein
core-norms-label-too-long = länger als { $max } Zeichen
core-norms-label-control = enthält Steuerzeichen

## Verläufe
core-trend-left-not-later = bei der späteren Folgeeinschätzung nicht dabei
core-trend-left-not-earlier = bei der früheren Folgeeinschätzung nicht dabei
core-trend-left-later-same-name = es zählt eine spätere Einschätzung unter demselben Namen
core-trend-reason-improved = verbessert
core-trend-reason-declined = verschlechtert
core-trend-reason-lowest-now = jetzt am niedrigsten

## Was eine Ökosystemkarte unbrauchbar macht
core-map-problem-no-organization = der Name der Organisation ist leer
core-map-problem-partner = Partner { $number } (`{ $id }`)
core-map-problem-no-id = Partner { $number } hat keine ID
core-map-problem-id-twice = { $partner }: die ID wird zweimal verwendet
core-map-problem-no-name = { $partner } hat keinen Namen
core-map-problem-tie = { $partner }: die Bindung { $tie } liegt außerhalb von { $min }-{ $max }
core-map-problem-kind-twice = { $partner }: eine Art von Ressource ist zweimal aufgeführt

## Pläne
core-plan-too-many = ein Plan enthält höchstens { $max } Prioritäten; entfernen Sie zuerst eine
core-plan-unknown-facet = kein Teilaspekt „{ $facet }“ in diesem Fragebogen; `ecoready plan --org NAME` listet die Teilaspekte auf, die schwächsten zuerst
core-plan-duplicate = „{ $facet }“ steht bereits im Plan
core-plan-not-in-plan = „{ $facet }“ ist keine Priorität des überprüften Plans

## Versionen einer Einschätzung zusammenführen
core-merge-no-version = es gibt keine Version zum Zusammenführen
core-merge-one-version = es gibt nur eine Version: nichts zusammenzuführen
core-merge-different-assessments = die Versionen enthalten verschiedene Einschätzungen ({ $first } und { $other }): geben Sie einer davon mit `ecoready reid` eine neue ID
core-merge-different-questionnaires = die Versionen beantworten verschiedene Fragebögen, daher lassen sich ihre Antworten nicht zusammenführen
core-merge-marker-out-of-place = Zeile { $line }: eine Konfliktmarkierung an falscher Stelle
core-merge-marker-missing = die Datei endet mitten in einem Konflikt (eine Markierung fehlt)

## Dateien und Antworten
core-seal-mismatch = ihre Prüfsumme passt nicht zum Inhalt: die Datei wurde außerhalb von ecoready geändert oder abgeschnitten
core-seal-damaged = ihre Prüfsummenzeile ist abgeschnitten: die Datei ist unvollständig
core-response-not-on-scale = eine Antwort muss eine Zahl der Skala oder `{ $dont_know }` sein, nicht `{ $found }`
core-amend-not-complete = sie ist nicht abgeschlossen (ein Entwurf wird fortgesetzt, nicht wieder geöffnet)
core-amend-log-full = ihr Änderungsprotokoll ist voll (höchstens { $max } Einträge, damit die Datei lesbar bleibt); beginnen Sie stattdessen eine neue Einschätzung

## Runden
core-round-left-draft = ein Entwurf: noch nicht abgeschlossen
core-round-left-other-questionnaire = beantwortet mit { $answered }, nicht mit { $used } der Runde
core-round-questionnaire-content = { $name } (Inhalt { $digest })

## Vergleichsgruppen
core-peers-source-data-directory = dieses Datenverzeichnis
core-peers-imported-norms = importierte Normen „{ $source }“ ({ $period })
core-norms-period = { $from } bis { $to }

## Regeln der Evidenz (im JSON-Dokument der Evidenz)
core-evidence-rule-respondents = mehrere befragte Personen einer Organisation und Runde: der Mittelwert ihrer Antworten je Frage
core-evidence-rule-firms = jede Organisation zählt einmal, mit ihrer letzten Folgeeinschätzung; die Wiederholungsmessung nutzt ihre ersten zwei Folgeeinschätzungen, die weniger als 90 Tage auseinanderliegen
