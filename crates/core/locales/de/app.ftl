## app: was die Anwendungsschicht Menschen sagt, in jeder Oberfläche.

## Der Maßnahmenplan unter der Auswertung
app-plan-heading = Maßnahmenplan
app-plan-reviewed-here = Der Plan der Folgeeinschätzung vom { $date }, hier geprüft:
app-plan-reviewed-here-round = Der Plan der Folgeeinschätzung vom { $date } (Runde { $round }), hier geprüft:
app-plan-not-reviewed = Der Plan vom { $date } wurde in dieser Folgeeinschätzung nicht geprüft: `ecoready plan --org NAME --review TEILASPEKT --status done` prüft ihn.
app-plan-made-here = Der Plan aus dieser Folgeeinschätzung:
app-plan-none-yet = Aus dieser Folgeeinschätzung wurde noch kein Plan gemacht. { $hint }
app-plan-no-scored-facet = Kein Teilaspekt hat einen Punktwert, aus dem sich planen ließe.
app-plan-latest-only = Pläne werden aus der letzten abgeschlossenen Folgeeinschätzung der Organisation gemacht.
app-plan-once-complete = Ein Plan wird gemacht, sobald diese Folgeeinschätzung abgeschlossen ist.
app-plan-owner = zuständig: { $owner }
app-plan-due = fällig { $date }
app-plan-status = : { $status }
app-plan-status-note = : { $status } ({ $note })
app-plan-not-reviewed-status = : nicht geprüft
app-plan-items-both-times = , bei { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}, die beide Male beantwortet wurden
app-plan-no-change-incomplete = Keine vergleichbare Veränderung, bis diese Folgeeinschätzung abgeschlossen ist
app-plan-no-change-unscored = Keine vergleichbare Veränderung: der Teilaspekt hat bei einer der beiden Folgeeinschätzungen keinen Punktwert

## Runden
app-round-unknown = { $org } hat keine abgeschlossene Einschätzung in der Runde „{ $round }“; ihre Runden: { $rounds }
app-round-unknown-no-rounds = { $org } hat keine abgeschlossene Einschätzung in der Runde „{ $round }“; sie hat noch keine benannten Runden
app-round-none-labelled = { $org } hat keine abgeschlossene Einschätzung mit Rundenbezeichnung; benennen Sie Folgeeinschätzungen mit `ecoready new --round BEZEICHNUNG`

## Einschätzungen öffnen, bearbeiten und wieder öffnen
app-already-complete = Die Einschätzung { $id } ist abgeschlossen; `ecoready show { $id }` zeigt ihre Auswertung
app-organization-empty = Der Name der Organisation darf nicht leer sein
app-cannot-edit = Die Einschätzung { $id } kann nicht bearbeitet werden: { $refusal }
app-cannot-reopen = Die Einschätzung { $id } kann nicht wieder geöffnet werden: { $refusal }
app-org-no-assessments = Keine Einschätzungen von „{ $org }“; `ecoready list` zeigt die Organisationen
app-plan-made-from-latest = Pläne von { $org } werden aus ihrer letzten abgeschlossenen Folgeeinschätzung gemacht, { $date } ({ $id }): öffnen Sie diese im Verlauf
app-plan-no-complete-check-in = { $org } hat noch keine abgeschlossene Folgeeinschätzung, aus der sich ein Plan machen ließe
app-not-a-date = „{ $text }“ ist kein Datum: schreiben Sie es als JJJJ-MM-TT, etwa 2027-03-31

## Berichte und Vergleiche
app-not-compared = Nicht verglichen: { $objection }. Mit --force werden sie trotzdem verglichen.
app-compare-csv-long = Ein Vergleich hat nur eine CSV-Form; lassen Sie --csv-layout long weg
app-report-json-failed = Der Bericht konnte nicht als JSON geschrieben werden
app-report-map-failed = Die Ökosystemkarte konnte nicht in den JSON-Bericht aufgenommen werden
app-export-write-failed = Der Export konnte nicht geschrieben werden
app-export-skipped = Einschätzung { $id }: { $problem }
app-export-questionnaire-missing = Einschätzung { $id }: ihr Fragebogen { $questionnaire } konnte nicht geladen werden
app-map-unreadable = Die Ökosystemkarte konnte nicht gelesen werden: { $reason }
app-norms-default-source = ecoready-Normen aus { $quarter }
app-plan-nothing-to-review = kein Plan zu überprüfen: ein bei einer früheren Folgeeinschätzung gemachter Plan wird in der darauf folgenden überprüft (`ecoready new --org NAME` beginnt eine)
app-plan-no-complete = noch keine abgeschlossene Einschätzung dieser Organisation: ein Plan entsteht aus den Ergebnissen einer Folgeeinschätzung
app-export-evidence-formats = der Evidenzbericht wird als md, html oder json geschrieben (sein JSON enthält jede Zahl für eine Tabellenkalkulation)
app-export-all-csv-only = --all schreibt nur CSV (--format csv); `ecoready list --json` listet jede Einschätzung als JSON auf
app-caused-by = Ursache: { $cause }
