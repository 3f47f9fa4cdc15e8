## report: die Wörter aller Berichte (Text, Markdown, HTML, SVG-Beschriftungen).

report-map-section-title = Ökosystemkarte
report-overall-caveat = Der Gesamtpunktwert mittelt Zustimmungsfragen (wie sehr die Organisation einer Aussage zustimmt) und Reifegradfragen (welches beschriebene Niveau auf die Organisation passt). Das sind nicht dieselbe Art von Zahl: Lesen Sie den Gesamtpunktwert als Zusammenfassung und vergleichen Sie jede Dimension mit sich selbst über die Zeit, nicht mit anderen Dimensionen.
report-not-enough-answers = zu wenige Antworten
report-not-available = k. A.
report-coverage = { $answered }/{ $total } ({ $percent })
report-answered-sentence = { $answered } von { $total } Fragen mit einem Wert beantwortet ({ $percent }); { $dont_know } mit „Weiß nicht“ beantwortet.
report-band-range = { $min } bis { $max }
report-mode-self-assessment = Selbsteinschätzung
report-mode-interview = begleitetes Gespräch
report-status-draft = Entwurf
report-status-complete = abgeschlossen

report-label-organization = Organisation
report-label-respondent = Befragte Person
report-label-mode = Art
report-label-advisor = Berater
report-label-round = Runde
report-label-questionnaire = Fragebogen
report-label-started = Begonnen
report-label-completed = Abgeschlossen
report-label-status = Status
report-label-assessment-id = Kennung der Einschätzung
report-weakest-dimension-item = Dimension: { $title }, { $score }
report-weakest-facet-item = Teilaspekt: { $title } in { $dimension }, { $score }
report-knowledge-gaps = Viele Antworten „Weiß nicht“ in: { $titles }. Es herauszufinden ist ein erster Schritt.
report-amendments-heading = Änderungen nach dem Abschluss
report-amendments-earlier-date = einem früheren Datum
report-amendments-completed-again = Zuerst abgeschlossen am { $first }, erneut abgeschlossen am { $again }; die gezeigten Punktwerte sind neu berechnet. Jede Änderung bleibt erhalten:
report-amendments-reopened = Zuerst abgeschlossen am { $first } und wieder geöffnet; die Änderungen unten zählen erst, wenn die Einschätzung erneut abgeschlossen ist:

report-assessment-title = { $questionnaire }, Bericht: { $organization }
report-overall-heading = Bereitschaft insgesamt
report-overall-score = { $score } von 100, { $band }
report-scores-heading = Punktwerte nach Dimension und Teilaspekt
report-column-area = Dimension / Teilaspekt
report-column-score = Punktwert
report-column-band = Stufe
report-column-answered = Beantwortet
report-column-dont-know = Weiß nicht
report-column-range = Spanne
report-column-meaning = Bedeutung
report-weakest-heading = Schwächste Stellen
report-next-steps-heading = Nächste Schritte
report-flagged-heading = Zur Prüfung markiert
report-notes-heading = Notizen
report-column-item = Frage
report-column-note = Notiz
report-radar-title = Punktwerte der Dimensionen, 0 bis 100
report-radar-caption = Jede Dimension auf 0 bis 100, Ringe alle 20 Punkte; k. A.: zu wenige Antworten.
report-footer = Bericht erstellt mit ecoready. Punktwerte liegen zwischen 0 und 100, gerundet auf eine Nachkommastelle.
report-footer-questionnaire = Fragebogen { $id } { $version }, Prüfsumme { $digest }.

report-plan-reviewed-heading = Bei dieser Folgeeinschätzung überprüfter Plan
report-plan-made-heading = Aus dieser Folgeeinschätzung erstellter Plan
report-plan-trend-heading = Verbesserungspläne
report-plan-column-priority = Priorität
report-plan-column-owner = Zuständig
report-plan-column-due = Fällig
report-plan-column-status = Status
report-plan-column-before-after = Teilaspekt vorher → nachher
report-plan-column-change = Veränderung
report-plan-column-noise = Messrauschen
report-plan-column-review-note = Notiz zur Überprüfung
report-plan-column-note = Notiz
report-plan-change-note = Veränderung: der vergleichbare Punktwert des Teilaspekts (auf den Fragen, die beide Folgeeinschätzungen beantwortet haben) von der Folgeeinschätzung, aus der der Plan stammt, bis zu der, die ihn überprüft hat. Sie ist echt, wenn sie die kleinste echte Veränderung des Teilaspekts (MDC95) erreicht; eine kleinere liegt im Messrauschen, und ein Teilaspekt ohne MDC95 hat keine Schätzung. Der Status sagt, was getan wurde; die Veränderung sagt, was die Punktwerte zeigen. Beides muss nicht übereinstimmen.
report-plan-status-done = erledigt
report-plan-status-in-progress = in Arbeit
report-plan-status-dropped = aufgegeben
report-plan-status-not-reviewed = nicht überprüft
report-plan-change-on-items = { $change } auf { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
report-not-comparable = nicht vergleichbar
report-plan-made-at = Erstellt bei der Folgeeinschätzung vom { $date } ({ $assessment }).
report-plan-made-at-round = Erstellt bei der Folgeeinschätzung vom { $date }, Runde „{ $round }“ ({ $assessment }).
report-plan-reviewed-in = Überprüft in { $assessment }.
report-plan-open = Offen: wird bei der nächsten Folgeeinschätzung überprüft.
report-plan-trend-note = Jeder Plan steht neben den Folgeeinschätzungen, die er umfasst: erstellt aus den Punktwerten einer Folgeeinschätzung, überprüft bei der nächsten. Veränderung: der vergleichbare Punktwert des Teilaspekts von der Einschätzung mit dem Plan bis zu der mit seiner Überprüfung (je eine befragte Person, nicht der Mittelwert des Verlaufs über alle Befragten). Sie ist echt, wenn sie die kleinste echte Veränderung des Teilaspekts (MDC95) erreicht; eine kleinere liegt im Messrauschen.
report-plan-point-round = { $date } (Runde „{ $round }“)
report-plan-point-assessment = { $date } ({ $assessment })
report-plan-span-reviewed = Plan erstellt bei der Folgeeinschätzung vom { $made }, überprüft bei der Folgeeinschätzung vom { $reviewed }
report-plan-span-reviewed-in-draft = Plan erstellt bei der Folgeeinschätzung vom { $made }, überprüft in { $assessment }, einem Entwurf: noch nicht im Verlauf
report-plan-span-open = Plan erstellt bei der Folgeeinschätzung vom { $made }, offen: wird bei der nächsten Folgeeinschätzung überprüft

report-list-column-id = Kennung
report-list-draft-answered = Entwurf { $responded }/{ $total } beantwortet
report-questionnaires-column-version = Version
report-questionnaires-column-title = Titel
report-questionnaires-column-items = Fragen
report-questionnaires-column-minutes = Minuten
report-questionnaires-column-origin = Herkunft
report-questionnaires-origin-builtin = eingebaut
report-label-assessment = Einschätzung
report-label-last-change = Letzte Änderung
report-status-draft-answered = Entwurf, { $answered } von { $total } Fragen beantwortet
report-text-overall = Bereitschaft insgesamt: { $score }
report-text-coverage = { $answered } von { $total } Fragen beantwortet, { $dont_know } „Weiß nicht“ (Abdeckung { $percent })
report-text-column-dimension-facet = Dimension / Teilaspekt
report-text-weakest-dimension = Schwächste Dimension: { $title } ({ $score })
report-text-weakest-facet = Schwächster Teilaspekt: { $title } in { $dimension } ({ $score })
report-peers-heading = Im Vergleich mit anderen

report-compare-marks = Veränderung: ▲ höher, ▼ niedriger, = unverändert (weniger als 0,05 Punkte), ? nicht vergleichbar (zu wenige Fragen, die beide Seiten beantwortet haben, für einen Punktwert). Jeder Punktwert hier ist auf den Fragen berechnet, die beide Seiten mit einem Wert beantwortet haben (vergleichbar), und kann daher vom eigenen Punktwert der Einschätzung abweichen. Ob eine Veränderung größer ist als das Messrauschen, steht in der Spalte Rauschen.
report-compare-two-organizations = { $before } / { $after }
report-compare-title = Vergleich: { $organization }, { $before } → { $after }
report-label-date = Datum
report-compare-no-note = (keine)
report-compare-before = Vorher
report-compare-after = Nachher
report-compare-warning = Warnung:
report-compare-scores-heading = Punktwerte
report-compare-change = Veränderung
report-compare-like-for-like = Vergleichbar
report-compare-noise = Rauschen
report-compare-noise-note = Rauschen: { $note }
report-compare-moved-heading = Fragen mit der größten Veränderung
report-compare-answer-before = Antwort vorher
report-compare-answer-after = Antwort nachher
report-compare-series-before = Vorher ({ $date })
report-compare-series-after = Nachher ({ $date })
report-compare-radar-title = Punktwerte der Dimensionen vorher und nachher, 0 bis 100
report-compare-radar-caption = Vorher gestrichelt, nachher durchgezogen; jede Dimension auf 0 bis 100, Ringe alle 20 Punkte.
report-compare-reverse-worded = umgekehrt formuliert: Zustimmung ergibt einen niedrigeren Punktwert
report-text-note-before = vorher:  { $note }
report-text-note-after = nachher: { $note }
report-moved-answers = { $answer_before } → { $answer_after }, Punktwert { $before } → { $after }

report-trend-grouping = Jede Folgeeinschätzung ist eine Runde oder die Einschätzungen eines Tages ohne Rundenbezeichnung. Nur abgeschlossene Einschätzungen zählen.
report-trend-changed-note = * andere befragte Personen oder ein anderer Fragebogen als bei der Folgeeinschätzung davor.
report-trend-title = Bereitschaft im Zeitverlauf: { $organization }
report-trend-span = { $count } Folgeeinschätzungen, { $first } bis { $last }.
report-trend-span-one = Eine Folgeeinschätzung, { $date }.
report-trend-span-none = Noch keine abgeschlossene Einschätzung.
report-trend-concerns = Stellen, die Sorgen machen
report-trend-concerns-lowest-now = Stellen, die Sorgen machen (derzeit am niedrigsten)
report-trend-concerns-nothing-declined = Stellen, die Sorgen machen (nichts ist gesunken; derzeit am niedrigsten)
report-trend-area-now = { $title }: jetzt { $score }
report-trend-area-change = { $title }: { $first } → { $last }, { $change } (vergleichbar: { $rests_on }; { $noise })
report-trend-respondents = Befragte
report-trend-most-improved = Am stärksten verbessert
report-trend-scores-heading = Punktwerte im Zeitverlauf
report-trend-chart-title = Bereitschaft insgesamt und jede Dimension im Zeitverlauf, 0 bis 100
report-trend-chart-caption = Bereitschaft insgesamt durchgezogen schwarz mit runden Markierungen, jede Dimension mit eigenem Strichmuster und eigener Markierung, jede Linie an ihrem letzten Wert beschriftet; 0 bis 100, nach Datum angeordnet.
report-trend-text-title = { $organization }: Bereitschaft über { $count ->
    [one] { $count } Folgeeinschätzung
   *[other] { $count } Folgeeinschätzungen
}
report-trend-rests-on = Beruht auf
report-trend-how-to-read = So lesen Sie das
report-trend-no-concerns = Keine: Jede vergleichbare Stelle hat sich um mehr als das Messrauschen verbessert.
report-trend-no-real-rise = Keine: Keine Stelle ist um mehr als das Messrauschen gestiegen.
report-trend-point-scores = Der Punktwert eines Teilaspekts bei einer Folgeeinschätzung ist der Mittelwert ihrer Befragten; Dimensionen und Gesamtpunktwert werden daraus nach den üblichen Regeln gebildet.
report-chart-one-check-in = Bisher eine Folgeeinschätzung: noch keine Veränderung zu zeigen.

report-round-agreement-explained = Die Übereinstimmung ist rwg(j): { $alike }, wenn alle gleich geantwortet haben, { $random }, wenn die Antworten so gestreut sind wie zufällige. Unter { $below } ist eine Stelle UMSTRITTEN: Die Sichtweisen gehen auseinander, daher lohnt es sich, gemeinsam darüber zu sprechen. Sie wird auf jeweils einer Antwortskala berechnet; eine Stelle, die Skalen mischt, zeigt ihren niedrigsten Wert mit der Skala. Antworten verschiedener Skalen werden nie zusammengelegt, daher gibt es keine Übereinstimmung insgesamt.
report-round-agenda-explained = Fragen, deren Antworten mindestens { $apart } Punkte auf 0-100 auseinanderliegen (die halbe Skala: zwei Schritte einer 5-stufigen Skala), die größten Abstände zuerst, mit der Antwort und Notiz jeder befragten Person. Ein „Weiß nicht“ neben einer Antwort wird gezeigt, zählt aber nicht als Unterschied.
report-round-agenda-too-few = Für eine Tagesordnung braucht die Runde mindestens zwei befragte Personen.
report-round-agenda-empty = Keine Frage wurde so unterschiedlich beantwortet.
report-round-title = Rundenbericht: { $organization }, Runde „{ $round }“
report-round-summary = { $count ->
    [one] { $count } befragte Person
   *[other] { $count } befragte Personen
}, mit { $questionnaire }.
report-round-summary-no-questionnaire = { $count ->
    [one] { $count } befragte Person
   *[other] { $count } befragte Personen
}.
report-round-contested = UMSTRITTEN
report-round-respondent-number = Befragte Person { $number }
report-round-not-answered = nicht beantwortet
report-round-role = Rolle
report-round-overall = Insgesamt
report-round-left-out = Nicht berücksichtigt:
report-round-scores-heading = Punktwerte und Übereinstimmung
report-round-mean = Mittelwert
report-round-range = Spannweite
report-round-agreement = Übereinstimmung
report-round-agenda-heading = Tagesordnung: sehr unterschiedlich beantwortete Fragen
report-round-points-apart = { $facet }, { $apart } Punkte auseinander
report-round-answer = Antwort

## Wo ein Betrieb unter vergleichbaren steht.
report-peers-too-few = zu wenige Betriebe für einen Vergleich ({ $firms } von { $needed })
report-peers-too-few-anywhere = Zu wenige Betriebe für einen Vergleich ({ $firms } von { $needed }) mit { $questionnaire } in diesem Datenverzeichnis, und keine importierten Normen ordnen ihn ein.
report-peers-basis-sector = Mit { $questionnaire }, jeder andere Betrieb einmal mit seiner letzten abgeschlossenen Folgeeinschätzung; seine Branche: { $sector }.
report-peers-basis-no-sector = Mit { $questionnaire }, jeder andere Betrieb einmal mit seiner letzten abgeschlossenen Folgeeinschätzung; keine Branche angegeben.
report-peers-in-norms = In den importierten Normen „{ $norms }“ ({ $period }):
report-peers-in-data-directory = Unter den anderen Betrieben in diesem Datenverzeichnis:
report-peers-area = { $area }: { $all }
report-peers-area-with-sector = { $area }: { $all }; in seiner Branche: { $sector }
report-peers-no-sector = keine Branche angegeben
report-peers-no-score = kein Punktwert zum Einordnen
report-peers-among-local = { $place } unter { $firms } anderen Betrieben in diesem Datenverzeichnis
report-peers-among-local-sector = { $place } unter { $firms } anderen Betrieben seiner Branche in diesem Datenverzeichnis
report-peers-place-of = { $place } von { $firms } Betrieben
report-peers-no-group-all = keine Gruppe über alle Branchen
report-peers-no-group-sector = keine Gruppe seiner Branche
report-peers-no-group-all-in = keine Gruppe über alle Branchen in { $norms }
report-peers-no-group-sector-in = keine Gruppe seiner Branche in { $norms }
report-peers-below-tenth = unter dem 10. Perzentil
report-peers-above-ninetieth = über dem 90. Perzentil
report-peers-among-norms = { $place } unter { $firms } Betrieben in { $norms }
report-peers-among-norms-sector = { $place } unter { $firms } Betrieben seiner Branche in { $norms }
report-peers-percentile = { $n }. Perzentil

## `ecoready plan` als Text.
report-plan-text-title = Verbesserungsplan von { $org }
report-plan-text-none-yet = Noch kein Plan. Wählen Sie bis zu 5 Teilaspekte unten, den schwächsten zuerst, mit `ecoready plan --org NAME --add FACET --owner NAME --due YYYY-MM-DD --note TEXT`.
report-plan-text-current = Aktueller Plan
report-plan-text-earlier = Früherer Plan
report-plan-text-candidates = Teilaspekte der letzten Folgeeinschätzung, der schwächste zuerst
report-plan-column-facet = Teilaspekt
report-plan-column-title = Titel
report-plan-text-priority = { $title } (fällig { $due }): { $status }
report-plan-text-priority-owner = { $title } ({ $owner }, fällig { $due }): { $status }
report-plan-text-facet-change = Teilaspekt { $before_after }, { $change }
report-plan-text-facet-change-noise = Teilaspekt { $before_after }, { $change }, { $noise }
report-plan-text-note = Notiz: { $note }
report-plan-text-review = Rückblick: { $note }

## Ecosystem map
# The rings of the map, from the firm outwards, and one short word for each.
report-map-layer-immediate = Unmittelbares Netzwerk
report-map-layer-extended = Erweitertes Netzwerk
report-map-layer-enabling = Förderndes Umfeld
report-map-layer-short-immediate = Unmittelbar
report-map-layer-short-extended = Erweitert
report-map-layer-short-enabling = Umfeld
# The kind of relationship with a partner.
report-map-relationship-supplier = Lieferant
report-map-relationship-customer = Kunde
report-map-relationship-collaborator = Kooperationspartner
report-map-relationship-competitor = Wettbewerber, mit dem wir kooperieren
report-map-relationship-institution = Institution
report-map-relationship-other = Sonstiges
# The kinds of resources a partner brings, and examples that explain each.
report-map-kind-tangible = materiell
report-map-kind-intangible = immateriell
report-map-kind-relational = beziehungsbezogen
report-map-kind-tangible-examples = Ausrüstung, Räume, Material, Geld
report-map-kind-intangible-examples = Know-how, Marken, Daten
report-map-kind-relational-examples = Kontakte, Ruf, Zugang zu Netzwerken
# What the map shows.
report-map-no-partners-yet = Die Ökosystemkarte hat noch keine Partner.
# $layer is one short word for the layer, e.g. "Immediate".
report-map-layer-empty = Ebene „{ $layer }“ ist leer: keine Partner.
report-map-layer-thin = Ebene „{ $layer }“ ist dünn besetzt: { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}.
report-map-missing-tangible = Kein Partner bringt materielle Ressourcen ein (Ausrüstung, Räume, Material, Geld).
report-map-missing-intangible = Kein Partner bringt immaterielle Ressourcen ein (Know-how, Marken, Daten).
report-map-missing-relational = Kein Partner bringt Beziehungen als Ressource ein (Kontakte, Ruf, Zugang zu Netzwerken).
report-map-strong-ties-lean = Starke Bindungen stützen sich auf eine Branche: { $sector } hat { $amount } von { $strong } ({ $share }).
report-map-much-rests-on = Viel hängt an { $name }: { $share } der gesamten Bindungsstärke.
report-map-unspecified-sector = { $count ->
    [one] { $count } Partner hat keine Branche und bleibt bei der Vielfaltskennzahl unberücksichtigt.
   *[other] { $count } Partner haben keine Branche und bleiben bei der Vielfaltskennzahl unberücksichtigt.
}
report-map-partners = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}
# $index is the Gini-Simpson index (0 to 1), $effective the number of equally large sectors it equals.
report-map-diversity = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} in { $sectors ->
    [one] { $sectors } Branche
   *[other] { $sectors } Branchen
}; Branchenvielfalt { $index } auf einer Skala von 0 bis 1 (wie { $effective } gleich große Branchen).
report-map-diversity-no-index = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} in { $sectors ->
    [one] { $sectors } Branche
   *[other] { $sectors } Branchen
}.
report-map-no-change-since = Keine Änderung seit der Karte vom { $date }.
# $changes lists counts like "2 added, 1 removed".
report-map-changes-since = Seit der Karte vom { $date }: { $changes }.
report-map-count-added = { $count } hinzugefügt
report-map-count-removed = { $count } entfernt
report-map-count-moved = { $count } in eine andere Ebene verschoben
report-map-count-stronger = { $count } stärker
report-map-count-weaker = { $count } schwächer
report-map-none-by = Bis zum { $date }, dem Datum dieser Einschätzung, war keine Ökosystemkarte gespeichert; die erste wurde am { $first } gespeichert.
report-map-summary = { $org } im Mittelpunkt; { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}; Karte gespeichert am { $date }.
# Each kind of change, followed by the partners it concerns.
report-map-changed-added = Hinzugefügt
report-map-changed-removed = Entfernt
report-map-changed-moved = Ebene gewechselt
report-map-changed-stronger = Stärkere Bindungen
report-map-changed-weaker = Schwächere Bindungen
# Next steps that point at the map's gaps.
report-map-hint-start = Erfassen Sie Ihr Ökosystem: Beginnen Sie mit fünf Partnern, mit denen Sie bereits zusammenarbeiten, und ergänzen Sie dann die Verbände, Einrichtungen und Trends um sie herum.
report-map-hint-immediate = Nennen Sie die Lieferanten, wichtigen Kunden und örtlichen Verbände, auf die Sie sich stützen, und einen Wettbewerber, mit dem Sie kooperieren könnten.
report-map-hint-extended = Wenden Sie sich an einen Branchenverband, eine Forschungseinrichtung oder einen Technologieanbieter: Sie bringen Know-how ein, das ein kleines Unternehmen allein nicht aufbauen kann.
report-map-hint-enabling = Halten Sie die Vorschriften, Markttrends und Normen fest, die Ihr Feld prägen, und wer für sie spricht.
report-map-hint-tangible = Suchen Sie einen Partner, der Ausrüstung, Räume oder Material teilen kann.
report-map-hint-intangible = Finden Sie einen Partner, der Know-how oder Daten einbringt, etwa eine Hochschule oder einen Technologieanbieter.
report-map-hint-relational = Bitten Sie einen vertrauten Partner, Sie in sein Netzwerk einzuführen; auch ein Verband oder eine Kammer kann Türen öffnen.
report-map-hint-strong-ties-in = Ihre starken Bindungen liegen überwiegend in { $sector }: Bauen Sie eine starke Bindung in einer anderen Branche auf.
report-map-hint-depends-on = Viel hängt von { $name } ab: Vertiefen Sie eine zweite Bindung, damit Sie nicht stillstehen, wenn ein Partner den Kurs ändert.
report-map-hint-low-diversity = Die meisten Partner gehören zu einer Branche: Ein Partner aus einer anderen Branche bringt mit, was Ihrer eigenen Branche fehlt.
# A merge of map versions saved in parallel, in one sentence; $names lists the partners.
report-map-merge-added-some = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} nur in einigen davon hinzugefügt ({ $names })
report-map-merge-removed-some = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} in einigen entfernt ({ $names })
report-map-merge-added-other = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} von der anderen Version hinzugefügt ({ $names })
report-map-merge-removed-other = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} von der anderen Version entfernt ({ $names })
report-map-merge-added-others = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} von den anderen Versionen hinzugefügt ({ $names })
report-map-merge-removed-others = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} von den anderen Versionen entfernt ({ $names })
report-map-merge-kept = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} in einer Version entfernt, in einer anderen aber geändert und daher behalten ({ $names })
report-map-merge-edited = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} in mehreren geändert, die letzte Änderung behalten ({ $names })
report-map-merge-no-difference = kein Partner unterscheidet sich
# $what is what the merge changed, e.g. "1 partner added by the other version (Alder)".
report-map-merged-parallel = Zusammengeführt aus { $count } Versionen, parallel gespeichert am { $dates }: { $what }.
report-map-merged-with = Zusammengeführt mit { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
}, die seit dem Öffnen dieser Karte anderswo gespeichert wurden (am { $dates }): { $what }.
# "a, b and c": $rest is every item but the last, separated by commas.
report-map-list-and = { $rest } und { $last }
# The map in `ecoready map` and in reports.
report-map-text-title = Ökosystemkarte von { $org }
report-map-text-saved = gespeichert { $date } · { $versions ->
    [one] { $versions } Version
   *[other] { $versions } Versionen
} · { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}
report-map-text-no-partners = (noch keine Partner)
report-map-text-brings = bringt { $kinds } ein
report-map-they-bring = sie bringen: { $what }
report-map-we-bring = wir bringen: { $what }
report-map-shows = Was die Karte zeigt
report-map-text-next-steps = Nächste Schritte
report-map-next-steps = Nächste Schritte für die Karte
report-map-changes-heading = Änderungen seit { $date }
report-map-layer-no-partners = Noch keine Partner in dieser Ebene.
report-map-column-partner = Partner
report-map-column-sector = Branche
report-map-column-relationship = Beziehung
report-map-column-brings = Bringt ein
report-map-column-what-exactly = Was genau
report-map-column-we-bring = Wir bringen
report-map-column-tie = Bindung
report-map-shortened = In der Zeichnung gekürzt: { $names }.
report-map-tie-of = { $tie } von { $most }

## Evidence, conflicts, organizations, round (text)
report-orgs-renamed = „{ $from }“ in „{ $to }“ umbenannt: { $assessments ->
    [one] { $assessments } Einschätzung
   *[other] { $assessments } Einschätzungen
} und { $map_versions ->
    [one] { $map_versions } Kartenversion
   *[other] { $map_versions } Kartenversionen
} tragen jetzt den Namen.
report-orgs-merged = „{ $from }“ mit „{ $to }“ zusammengeführt: { $assessments ->
    [one] { $assessments } Einschätzung
   *[other] { $assessments } Einschätzungen
} und { $map_versions ->
    [one] { $map_versions } Kartenversion
   *[other] { $map_versions } Kartenversionen
} tragen jetzt den Namen.
report-orgs-trash-empty = Der Papierkorb ist leer.
report-orgs-column-trash-id = PAPIERKORB-ID
report-orgs-column-organization = ORGANISATION
report-orgs-column-respondent = BEFRAGTE PERSON
report-orgs-column-round = RUNDE
report-orgs-column-status = STATUS
report-orgs-column-started = BEGONNEN
report-orgs-trash-restore-hint = `ecoready restore TRASH-ID` holt einen Eintrag aus dem Papierkorb zurück.
report-conflicts-none = Keine Konflikte: Jede Einschätzung hat eine Datei.
report-conflicts-assessment = Einschätzung { $id } hat { $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
}:
report-conflicts-merge-hint = `ecoready conflicts --merge { $id }` führt sie Antwort für Antwort zusammen.
report-conflicts-kind-side = ({ $kind }, Seite { $side })
report-conflicts-unreadable = nicht lesbar: { $problem }
report-conflicts-version = { $status }, { $responses ->
    [one] { $responses } Antwort
   *[other] { $responses } Antworten
}, zuletzt geändert { $changed }, befragte Person „{ $respondent }“
report-conflicts-merged = { $versions ->
    [one] { $versions } Version
   *[other] { $versions } Versionen
} der Einschätzung { $id } zu einer zusammengeführt: { $status }, { $responses ->
    [one] { $responses } Antwort
   *[other] { $responses } Antworten
}.
report-conflicts-no-difference = Keine Antwort unterschied sich zwischen den Versionen.
report-conflicts-differences = Antworten, die sich unterschieden (die zuletzt gegebene wurde behalten):
report-conflicts-dont-know = weiß nicht
report-conflicts-no-response = keine
report-conflicts-value = Version { $version }: { $response }
report-conflicts-value-kept = Version { $version }: { $response } (behalten)
report-conflicts-value-at = Version { $version }: { $response } am { $at }
report-conflicts-value-at-kept = Version { $version }: { $response } am { $at } (behalten)
report-conflicts-notes-joined = Die Notizen jeder Version wurden behalten, eine nach der anderen: { $versions }.
report-conflicts-trashed = Die Dateien der Versionen liegen im Papierkorb: { $files }.
report-conflicts-reid = Einschätzung { $old_id } heißt jetzt { $new_id }.
report-conflicts-reid-references = Die Planüberprüfungen von { $assessments } nennen jetzt die neue ID.
report-conflicts-reid-trashed = Die alte Datei liegt im Papierkorb: { $file }.
report-conflicts-repair-accepted = { $file } wurde so übernommen, wie die Datei jetzt ist, und ihre Prüfsumme neu geschrieben.
report-conflicts-repair-intact = { $file } ist unversehrt: Es gibt nichts zu reparieren.
report-round-text-title = { $organization }, Runde „{ $round }“: { $count ->
    [one] { $count } befragte Person
   *[other] { $count } befragte Personen
}
# A respondent's short label in the round tables: R1, R2, ...
report-round-text-respondent-short = B{ $number }
report-round-text-left-out = Nicht berücksichtigt
report-round-text-lowest = Niedrigste Übereinstimmung: { $area } { $rwg } (Antworten auf der Skala { $scale })
report-round-text-lowest-contested = Niedrigste Übereinstimmung: { $area } { $rwg } (Antworten auf der Skala { $scale }) UMSTRITTEN
report-round-text-agreement-too-few = Für die Übereinstimmung braucht die Runde mindestens zwei befragte Personen.
report-round-text-agenda-item = { $item } ({ $facet }), { $apart } Punkte auseinander
report-evidence-column-area = Teil
report-evidence-column-items = Fragen
report-evidence-column-firms = Betriebe
report-evidence-column-alpha = Alpha
report-evidence-column-ci95 = 95 % KI
report-evidence-column-omega = Omega
report-evidence-column-sd = SD
report-evidence-column-sem = SEM
report-evidence-column-mdc95 = MDC95
report-evidence-column-retest = Retest
report-evidence-column-note = Hinweis
report-evidence-column-item = Frage
report-evidence-column-mean = Mittelwert
report-evidence-column-item-total = r(it)
# "Don't know": the share of firms that answered it.
report-evidence-column-dont-know = WN
report-evidence-column-floor = Boden
report-evidence-column-ceiling = Decke
report-evidence-column-flags = Auffällig / Hinweis
report-evidence-reliability-title = Verlässlichkeit der Punktwerte (0-100)
report-evidence-title = Belege zu { $title } ({ $id } { $version })
report-evidence-basis-rests-on = Beruht auf { $firms ->
    [one] { $firms } Organisation
   *[other] { $firms } Organisationen
} (jede einmal, mit ihrer letzten Folgeeinschätzung), aus { $check_ins ->
    [one] { $check_ins } Folgeeinschätzung
   *[other] { $check_ins } Folgeeinschätzungen
} und { $assessments ->
    [one] { $assessments } abgeschlossenen Einschätzung
   *[other] { $assessments } abgeschlossenen Einschätzungen
}.
report-evidence-basis-averaged = Mehrere befragte Personen einer Organisation und Runde zählen als eine Folgeeinschätzung, der Mittelwert ihrer Antworten je Frage ({ $count ->
    [one] { $count } Folgeeinschätzung hatte mehrere
   *[other] { $count } Folgeeinschätzungen hatten mehrere
}).
report-evidence-basis-retest = Retest: { $firms ->
    [one] { $firms } Organisation
   *[other] { $firms } Organisationen
} mit zwei Folgeeinschätzungen weniger als { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} auseinander (jeweils das erste solche Paar).
report-evidence-basis-left-out = Nicht berücksichtigt: { $drafts ->
    [one] { $drafts } Entwurf
   *[other] { $drafts } Entwürfe
} und { $others ->
    [one] { $others } Einschätzung
   *[other] { $others } Einschätzungen
} eines anderen Fragebogens, einer anderen Version oder mit anderem Inhalt.
report-evidence-basis-needs = Eine Zahl braucht { $firms } Organisationen ({ $pairs } Paare für den Retest); darunter sagt der Hinweis das, statt eine Zahl zu zeigen.
report-evidence-items-title = Fragen (auffällig: Trennschärfe r < { $item_total }, „Weiß nicht“ > { $dont_know }, Boden oder Decke > { $floor_ceiling })
report-evidence-note-omega = Omega: { $why }
report-evidence-note-retest = Retest: { $why }
report-evidence-retest-cell = { $icc } ({ $pairs ->
    [one] { $pairs } Paar
   *[other] { $pairs } Paare
})
report-evidence-flag-low-item-total = geringe Trennschärfe
report-evidence-flag-many-dont-know = oft „Weiß nicht“
report-evidence-flag-floor = Bodeneffekt
report-evidence-flag-ceiling = Deckeneffekt
report-evidence-too-few-firms = zu wenige Betriebe ({ $firms } von { $needed })
report-evidence-too-few-pairs = zu wenige Paare ({ $pairs } von { $needed })
report-evidence-one-item = eine Frage: keine innere Konsistenz zu messen
report-evidence-totals-do-not-vary = die Summen der Betriebe unterscheiden sich nicht
report-evidence-item-does-not-vary = eine Frage wird von allen gleich beantwortet
report-evidence-alpha-not-positive = Alpha ist nicht größer als 0: kein Messfehler anzugeben
report-evidence-scores-do-not-vary = die Punktwerte unterscheiden sich nicht
report-evidence-item-total-one-item = Trennschärfe: der Teilaspekt hat nur eine Frage
report-evidence-item-total-too-few = Trennschärfe: { $too_few } mit allen Fragen des Teilaspekts
report-evidence-omega-no-fit = das Ein-Faktor-Modell kam zu keinem Ergebnis
report-evidence-omega-heywood = das Ein-Faktor-Modell gab einer Frage eine Ladung von 1 oder mehr

## `ecoready paths` und `ecoready init --shared`.
report-paths = Datenverzeichnis (kann geteilt werden): { $data }
    Zustand dieses Rechners (Index-Caches, Umbenennungsprotokoll; nie geteilt): { $state }
    Sperren von Entwürfen (nur dieser Rechner): { $locks }
report-paths-settings = Einstellungen (dieser Benutzer): { $config }
report-setup-wrote = { $path } geschrieben.
report-setup-unchanged = { $path } hatte schon jede Zeile; unverändert gelassen.
report-setup-extended = { $path } war vorhanden: unverändert behalten, mit diesen Zeilen am Ende ergänzt: { $lines }
report-setup-share = Teilen Sie das Datenverzeichnis (siehe docs/teams.md); der Rest bleibt auf diesem Rechner.
report-evidence-footer = Eine Zahl, die auf zu wenigen Organisationen beruht, wird nicht gedruckt; ihre Anmerkung sagt, warum.
report-map-dot-size = Punktgröße: Stärke der Bindung, von 1 (gelegentlicher Kontakt) bis { $max } (eng, vertrauensvoll).
