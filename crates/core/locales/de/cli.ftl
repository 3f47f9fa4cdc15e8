## cli: was die Befehle für Menschen ausgeben (JSON, CSV und Dateiinhalte bleiben englisch).

## Ausgabe
cli-stdout-failed = Die Standardausgabe konnte nicht geschrieben werden
cli-stderr-failed = Die Standardfehlerausgabe konnte nicht geschrieben werden
cli-stdin-failed = Die Antwort konnte nicht gelesen werden
cli-json-failed = Das Ergebnis konnte nicht als JSON ausgegeben werden
cli-warning = Warnung: { $message }
cli-skipped = übersprungen: { $problem }
cli-skipped-file = übersprungen: { $path }: { $problem }

## Befehle: list, show, validate, resume
cli-no-builtin-questionnaire = Diese Version von ecoready hat keinen eingebauten Fragebogen
cli-unknown-questionnaire = Unbekannter Fragebogen „{ $wanted }“; verfügbar: { $available } (oder geben Sie eine .yaml-Datei an)
cli-no-draft-to-resume = Kein Entwurf zum Fortsetzen; `ecoready new` beginnt einen
cli-list-none = Noch keine Einschätzungen. Beginnen Sie eine mit `ecoready new`.
cli-list-none-org = Noch keine Einschätzungen von „{ $org }“. Beginnen Sie eine mit `ecoready new`.
cli-list-none-advisor = Noch keine Einschätzungen des Beraters „{ $advisor }“. Beginnen Sie eine mit `ecoready new`.
cli-list-none-round = Noch keine Einschätzungen in der Runde „{ $round }“. Beginnen Sie eine mit `ecoready new`.
cli-list-none-org-advisor = Noch keine Einschätzungen von „{ $org }“ des Beraters „{ $advisor }“. Beginnen Sie eine mit `ecoready new`.
cli-list-none-org-round = Noch keine Einschätzungen von „{ $org }“ in der Runde „{ $round }“. Beginnen Sie eine mit `ecoready new`.
cli-list-none-advisor-round = Noch keine Einschätzungen des Beraters „{ $advisor }“ in der Runde „{ $round }“. Beginnen Sie eine mit `ecoready new`.
cli-list-none-org-advisor-round = Noch keine Einschätzungen von „{ $org }“ des Beraters „{ $advisor }“ in der Runde „{ $round }“. Beginnen Sie eine mit `ecoready new`.
cli-conflicts-found = { $count ->
    [one] { $count } Konflikt: `ecoready conflicts` listet ihn auf und führt die Versionen zusammen
   *[other] { $count } Konflikte: `ecoready conflicts` listet sie auf und führt jeden zusammen
}
cli-skipped-assessment = Einschätzung { $id } übersprungen: { $problem }
cli-questionnaire-of-assessment-unloadable = Der Fragebogen { $questionnaire }, den die Einschätzung { $id } verwendet hat, konnte nicht geladen werden
cli-map-unreadable = Die Ökosystemkarte konnte nicht gelesen werden: { $reason }
cli-show-map-of = Ökosystemkarte vom { $saved } (die Version, die am { $recorded } galt)
cli-show-map = Ökosystemkarte
cli-validate-ok = { $file }: in Ordnung ({ $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
})
cli-validate-failed = { $failed } von { $count ->
    [one] { $count } Fragebogendatei
   *[other] { $count } Fragebogendateien
} ungültig

## compare, trend, round, remove
cli-trend-none-complete = { $org } hat noch keine abgeschlossene Einschätzung; `ecoready resume` schließt einen Entwurf ab.
cli-remove-needs-yes = Die Einschätzung { $id } wird ohne Bestätigung nicht entfernt; mit --yes kommt sie in den Papierkorb
cli-remove-confirm = Einschätzung { $id } ({ $org }, { $date }) in den Papierkorb verschieben? [j/N]
cli-remove-confirm-unreadable = Einschätzung { $id } (nicht lesbar) in den Papierkorb verschieben? [j/N]
cli-remove-nothing-moved = Nichts wurde verschoben.
cli-removed = Einschätzung { $id } nach { $path } verschoben
cli-org-none-loadable = Keine der Einschätzungen von „{ $org }“ konnte geladen werden (siehe die Warnungen oben)
cli-org-unknown-none-yet = Keine Einschätzungen von „{ $org }“; es gibt noch gar keine Einschätzungen; beginnen Sie eine mit `ecoready new`
cli-org-unknown = Keine Einschätzungen von „{ $org }“; Organisationen mit Einschätzungen: { $organizations }

## export
cli-export-compare-two = --compare braucht zwei Kennungen von Einschätzungen
cli-export-what = Geben Sie an, was exportiert werden soll: eine ID, --org NAME, --compare A B, --all oder --evidence
cli-export-wrote = Bericht nach { $path } geschrieben

## plan
cli-plan-due-needs-date = --due braucht ein Datum im Format JJJJ-MM-TT (YYYY-MM-DD)
cli-plan-bad-status = „{ $text }“: geben Sie done, in-progress oder dropped an
cli-plan-review-needs-status = --review braucht --status done|in-progress|dropped
cli-plan-saved = In der Einschätzung { $id } gespeichert

## norms
cli-norms-source-length = --source: geben Sie eine Bezeichnung mit 1 bis { $max } Zeichen an
cli-norms-yaml-failed = Die Normen konnten nicht als YAML geschrieben werden
cli-norms-exported = { $file } geschrieben ({ $groups } Gruppen, { $areas } Bereiche; Gruppen mit weniger als { $min_firms } Betrieben ausgelassen)
cli-norms-imported = Normen { $source } ({ $groups } Gruppen) als { $file } importiert
cli-norms-none = Keine Normen importiert (ecoready norms import DATEI fügt welche hinzu).
cli-norms-all-sectors = alle Branchen
cli-norms-firms = bis zu { $firms } Betriebe in { $areas } Bereichen

## map
cli-map-none = Noch keine Ökosystemkarte von „{ $org }“; zeichnen Sie eine im Assistenten (`ecoready`, dann Ökosystemkarten)

## --lang
cli-lang-unknown = ecoready spricht { $value } nicht; es spricht { $codes }

## org, trash, restore
cli-merge-nothing-merged = Nichts wurde zusammengeführt.
cli-merge-needs-yes = „{ $a }“ wird ohne Bestätigung nicht mit „{ $b }“ zusammengeführt; geben Sie --yes an
cli-merge-confirm = „{ $a }“ mit „{ $b }“ zusammenführen? Ihre Einschätzungen lassen sich danach nicht mehr unterscheiden. [j/N]
cli-restored = Einschätzung { $id } wiederhergestellt.

## edit
cli-edit-nothing-changed = In der Einschätzung { $id } hat sich nichts geändert.
cli-edit-changed = Einschätzung { $id }: geändert: { $fields }.
cli-edit-changed-logged = Einschätzung { $id }: geändert: { $fields } (im Änderungsprotokoll festgehalten).

## repair
cli-repair-what = Geben Sie die ID einer Einschätzung an, oder --map DATEI
cli-man-failed = Die Handbuchseite konnte nicht erzeugt werden
