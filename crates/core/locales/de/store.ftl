## store: was das Datenverzeichnis ablehnt oder nicht kann, wie Menschen es lesen.

## Einträge, die der Speicher ablehnt
store-symbolic-link = { $path } ist ein symbolischer Link; ecoready folgt keinen Links in seinem Datenverzeichnis
store-not-regular-file = { $path } ist { $kind }, keine gewöhnliche Datei; ecoready liest nur gewöhnliche Dateien
store-not-a-directory = { $path } ist { $kind }, kein Verzeichnis
store-not-owned = { $path } gehört einem anderen Benutzer (uid { $owner }, nicht { $user }); ecoready verwendet nur Verzeichnisse des Benutzers, der es ausführt
store-unreadable-directory = Das Verzeichnis { $path } kann nicht gelesen werden: { $reason }
store-kind-fifo = eine FIFO (benannte Pipe)
store-kind-socket = ein Socket
store-kind-device = ein Gerät
store-kind-symbolic-link = ein symbolischer Link
store-kind-directory = ein Verzeichnis
store-kind-file = eine Datei
store-kind-special-file = eine Spezialdatei

## Eine Einschätzung finden und sperren
store-invalid-id = `{ $id }` ist keine gültige ID einer Einschätzung: verwenden Sie 1 bis { $max } Buchstaben, Ziffern, `_` oder `-`
store-no-assessment-with-id = Keine Einschätzung mit der ID `{ $wanted }`
store-no-assessment-starting-with = Keine Einschätzung mit einer ID, die mit `{ $wanted }` beginnt
store-ambiguous-id = `{ $prefix }` passt zu { $count } Einschätzungen ({ $candidates }); geben Sie mehr von der ID an
store-candidates-and-more = { $shown } und { $count } weitere
store-draft-busy = Dieser Entwurf ist in einem anderen ecoready-Fenster geöffnet. Schließen Sie ihn zuerst dort.
store-draft-busy-pid = Dieser Entwurf ist in einem anderen ecoready-Fenster geöffnet (PID { $pid }). Schließen Sie ihn zuerst dort.
store-lock-failed = { $path } konnte nicht gesperrt werden: { $reason }

## Dateien von Einschätzungen, die nicht gelesen werden können
store-git-markers = Die Datei enthält Git-Konfliktmarkierungen (zwei Versionen aus einem Merge); { $hint }
store-conflict-hint = { $mark }, und `ecoready conflicts --merge { $id }` führt die Versionen zusammen
store-conflict-hint-mark = `ecoready conflicts` zeigt den Konflikt
store-conflict-copy = { $copy } der Einschätzung { $id }; { $hint }
store-file-name-not-id = Der Dateiname ist keine gültige ID einer Einschätzung
store-id-mismatch = Die Datei enthält die Einschätzung `{ $id }`, die nicht zu ihrem Dateinamen passt
store-not-ecoready-assessment = Dies ist keine Einschätzungsdatei von ecoready (sie hat kein `schema_version`); ihr Inhalt wird nicht gezeigt, und die Datei blieb unverändert
store-not-ecoready-map = Dies ist keine Ökosystemkarte von ecoready (sie hat kein `schema_version`); ihr Inhalt wird nicht gezeigt, und die Datei blieb unverändert
store-not-ecoready-norms = Dies ist keine Normendatei von ecoready (sie hat kein `schema_version`); ihr Inhalt wird nicht gezeigt, und die Datei blieb unverändert
store-newer-schema = Von einer neueren Version von ecoready geschrieben (schema_version { $version }; diese Version liest bis { $supported }); aktualisieren Sie ecoready, um sie zu öffnen (die Datei blieb unverändert)
store-cannot-read-it = Die Datei kann nicht gelesen werden: { $reason }
store-too-large = Die Datei ist zu groß (die Grenze ist { $limit } Bytes)
store-open-failed = Das Datenverzeichnis konnte nicht geöffnet werden
store-yaml-failed = Die Einschätzung { $id } konnte nicht als YAML geschrieben werden

## Papierkorb
store-trash-no-id = Nichts im Papierkorb hat die ID `{ $wanted }` (`ecoready trash` listet seinen Inhalt auf)
store-trash-no-id-starting-with = Nichts im Papierkorb hat eine ID, die mit `{ $wanted }` beginnt (`ecoready trash` listet seinen Inhalt auf)
store-trash-create-failed = Der Papierkorb-Ordner konnte nicht angelegt werden
store-move-failed = { $from } konnte nicht nach { $to } verschoben werden
store-move-back-failed = { $path } konnte nicht zurückverschoben werden

## Organisationen umbenennen und zusammenführen
store-org-not-found = Keine Einschätzung und keine Karte von „{ $org }“
store-org-bad-name = Der neue Name { $problem }
store-org-name-empty = ist leer
store-org-name-taken = „{ $org }“ ist bereits der Name einer anderen Organisation; führen Sie die beiden stattdessen zusammen (`ecoready org merge`, oder M im Verlauf)
store-org-same = „{ $a }“ und „{ $b }“ sind dieselbe Organisation; benennen Sie sie stattdessen um
store-org-draft-busy = Nichts wurde umbenannt: die Einschätzung { $id } ist ein Entwurf

## Versionen eines Konflikts zusammenführen
store-merge-version-unreadable = Nichts wurde zusammengeführt: { $file }: { $problem }
store-merge-refused = Nichts wurde zusammengeführt: { $problem }
store-side-first = (erste Seite der Konfliktmarkierungen)
store-side-second = (zweite Seite der Konfliktmarkierungen)

## Einstellungen, Reparatur, Karten
store-config-defaults = { $problem }; es gelten die Standardeinstellungen
store-config-language = language: ecoready spricht { $value } nicht; es spricht { $codes }
store-not-repairable = { $path }: { $problem }; repair nimmt nur eine Datei an, die noch eine vollständige Einschätzung ist
store-map-cannot-save = Die Ökosystemkarte kann nicht gespeichert werden: { $problems }
store-map-git-markers = Die Datei enthält Git-Konfliktmarkierungen (zwei Versionen aus einem Merge); behalten Sie die Zeilen einer Seite, oder legen Sie die Datei beiseite und speichern Sie die Karte erneut

## Fragebogendateien, Normen, Berichte
store-questionnaire-not-utf8 = { $file }:{ $line }: Die Datei ist kein gültiger UTF-8-Text
store-kept-questionnaire-unloadable = Die aufbewahrte Kopie des Fragebogens `{ $questionnaire }` in Version { $version } kann nicht geladen werden
store-norms-already-imported = Normen aus { $source } sind bereits importiert ({ $path }); entfernen Sie diese Datei, um sie zu ersetzen
store-norms-dir-failed = Das Verzeichnis der Normen konnte nicht angelegt werden
store-norms-too-many = { $dir } enthält zu viele Normendateien mit dem Namen { $name }
store-report-bad-name = Kein einfacher Dateiname für einen Bericht: { $name }
store-reports-too-many = { $dir } enthält bereits { $count } Berichte mit dem Namen { $name }

## Dateien schreiben
store-save-failed = { $path } konnte nicht gespeichert werden
store-create-dir-failed = Das Verzeichnis { $path } konnte nicht angelegt werden
store-sync-dir-failed = { $path } gespeichert, aber sein Verzeichnis konnte nicht synchronisiert werden
store-maps-dir-failed = Das Verzeichnis der Karten konnte nicht angelegt werden
store-map-dir-failed = Das Verzeichnis der Karte konnte nicht angelegt werden
store-map-yaml-failed = Die Karte von { $org } konnte nicht als YAML geschrieben werden
store-map-versions-too-many = { $dir } enthält bereits { $count } Kartenversionen mit dem Namen { $name }

## Prüfsummen, Umbenennungen, Zustand
store-seal-missing = Der Datei fehlt die Prüfsummenzeile, mit der jede Datei ihrer Formatversion endet: Die Datei ist unvollständig (abgeschnitten) oder wurde außerhalb von ecoready geändert
store-seal-remedy = { $problem }; die Datei wird nicht verwendet und blieb unverändert (wenn die Änderung absichtlich war, nimmt `{ $accept }` die Datei so an, wie sie ist)
store-lock-path-failed = { $path } konnte nicht gesperrt werden
store-journal-write-failed = Der Plan konnte nicht geschrieben werden
store-journal-damaged = Der Plan ist beschädigt
store-journal-newer = Der Plan wurde von einer neueren Version von ecoready geschrieben; schließen Sie ihn mit dieser Version ab
store-file-yaml-failed = { $path } konnte nicht als YAML geschrieben werden
store-remove-failed = { $path } konnte nicht entfernt werden
store-open-file-failed = { $path } konnte nicht geöffnet werden
store-read-failed = { $path } konnte nicht gelesen werden
store-state-dir-failed = Das Verzeichnis für den Zustand dieses Rechners konnte nicht angelegt werden
store-listing-without-scores = Diese Liste wurde ohne alle Punktwerte erstellt
store-trash-full-of-name = { $trash } enthält { $count } Dateien, die nach { $id } benannt sind
store-restore-id-taken = die Einschätzung { $id } ist bereits im Datenverzeichnis, daher bleibt { $trash_id } im Papierkorb (entfernen Sie zuerst die andere, um sie zu tauschen)
store-no-cache-directory = dieses System hat kein übliches Cache-Verzeichnis (kein Home-Verzeichnis gefunden); setzen Sie { $variable } auf ein Verzeichnis für den Zustand von ecoready auf diesem Rechner
store-org-both-mapped = „{ $a }“ und „{ $b }“ haben beide eine Ökosystemkarte; zwei Karten lassen sich nicht zu einem Verlauf zusammenführen. Behalten Sie eine: benennen Sie stattdessen die andere Organisation um, oder führen Sie in der anderen Richtung zusammen, nachdem Sie deren Karte woandershin verschoben haben
store-rename-unfinished = eine unterbrochene Umbenennung einer Organisation ließ sich nicht abschließen; ihr Plan ist { $path } (nichts ging verloren: jede Datei enthält den alten oder den neuen Namen)
store-rename-under-way = eine andere Umbenennung läuft oder wurde unterbrochen ({ $path } existiert); starten Sie ecoready erneut, wenn sie abgeschlossen ist
store-no-conflict = die Einschätzung { $id } hat keine Konfliktkopien und keine Konfliktmarkierungen: nichts zusammenzuführen (`ecoready conflicts` listet die Konflikte auf)
store-no-data-directory = dieses System hat kein übliches Datenverzeichnis (kein Home-Verzeichnis gefunden); geben Sie --data-dir DIR an oder setzen Sie ECOREADY_DATA_DIR
store-questionnaire-not-kept = der Fragebogen `{ $id }` in Version { $version } (Prüfsumme { $digest }) ist nicht in diese Version von ecoready eingebaut, und in { $dir } liegt keine Kopie davon
store-save-changed = die Einschätzung { $id } wurde auf der Festplatte geändert, seit dieses Fenster sie geöffnet hat (vermutlich durch eine Synchronisierung oder git pull); nichts wurde überschrieben
store-save-vanished = die Einschätzung { $id } wurde von der Festplatte entfernt, seit dieses Fenster sie geöffnet hat (in den Papierkorb verschoben oder gelöscht, vielleicht auf einem anderen Rechner); sie wurde nicht erneut gespeichert
store-too-many-copies = in dieser Sekunde wurden { $count } Konfliktkopien der Einschätzung { $id } angelegt; nichts weiter wurde geschrieben
