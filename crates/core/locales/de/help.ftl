## help: die Hilfeseiten der Befehle (`ecoready --help`, `ecoready <Befehl> --help`,
## `ecoready help <Befehl>`). Die Kennungen folgen dem Befehl und dem Argument (siehe
## en/help.ftl). Optionsnamen, Werte, Umgebungsvariablen und Platzhalter wie FILE bleiben,
## wie sie sind. Kein Punkt am Ende: clap zeigt keinen.

## Was clap auf jeder Hilfeseite selbst schreibt
help-heading-usage = Aufruf:
help-heading-commands = Befehle:
help-heading-arguments = Argumente:
help-heading-options = Optionen:
help-flag-help-more = Hilfe anzeigen (mehr mit „--help“)
help-flag-help-summary = Hilfe anzeigen (Kurzfassung mit „-h“)
help-flag-help = Hilfe anzeigen
help-flag-version = Version anzeigen
help-help-about = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
help-possible-values = [mögliche Werte: { $values }]
help-possible-values-heading = Mögliche Werte:
help-default = [Standard: { $value }]
help-env = [Umgebungsvariable: { $variable }]

## Texte, die mehrere Optionen teilen
help-shared-id = ID der Einschätzung oder ein eindeutiger Anfang davon
help-shared-json-text = Ein JSON-Dokument statt Text ausgeben
help-shared-json-table = Ein JSON-Dokument statt einer Tabelle ausgeben
help-shared-org = Die Organisation (Groß- und Kleinschreibung egal)
help-shared-yes = Nicht um Bestätigung bitten

## ecoready und die Optionen jedes Befehls
help-about = Assistent im Terminal, der einschätzt, wie bereit ein kleines oder mittleres Unternehmen für die Arbeit in branchenübergreifenden Geschäftsökosystemen ist
help-global-data-dir = Wo die Einschätzungen gespeichert werden (Standard: das Datenverzeichnis des Systems)
help-global-plain = Einfache Fragen Zeile für Zeile statt des Vollbild-Assistenten (automatisch bei TERM=dumb oder wenn Ein- oder Ausgabe kein Terminal ist)
help-global-theme = Farbschema des Vollbild-Assistenten
help-global-theme-default = Farben für dunkle Terminal-Hintergründe
help-global-theme-light = Dunkler Text und kräftige Farben für helle Terminal-Hintergründe
help-global-theme-high-contrast = Fette Schrift, helle Farben und ein umgekehrt dargestellter Cursor
help-global-lang = Sprache des Assistenten, der Meldungen und Berichte: en, de oder es (Standard: `language:` in config.yaml, sonst LC_ALL, LC_MESSAGES oder LANG der Locale, sonst Englisch)

## new
help-new-about = Eine neue Einschätzung beginnen (die Optionen füllen die Einrichtung vor)
help-new-org = Name der Organisation
help-new-sector = Die Branche der Organisation
help-new-respondent = Wer antwortet
help-new-role = Die Rolle der befragten Person
help-new-round = Eine Rundenbezeichnung wie „Ausgangslage“ oder „Folgeeinschätzung Q3“
help-new-advisor = Der Name des Beraters (bei `new` gilt dann --interview)
help-new-interview = Ein geführtes Interview mit einem Berater
help-new-questionnaire = ID eines Fragebogens oder eine Fragebogendatei
help-new-answer-lang = Sprache, in der die Fragen gestellt und beantwortet werden: en, de oder es, wenn es den Fragebogen in dieser Sprache gibt (Standard: die Sprache der Meldungen, wenn es ihn darin gibt, sonst die eigene Sprache des Fragebogens)

## resume
help-resume-about = Einen Entwurf fortsetzen (ohne ID den neuesten)
help-resume-id = { help-shared-id }

## edit
help-edit-about = Organisation, Branche, befragte Person, Rolle, Art, Berater oder Runde einer Einschätzung ändern (im Änderungsprotokoll festgehalten, wenn sie abgeschlossen war)
help-edit-id = { help-shared-id }
help-edit-org = { help-new-org }
help-edit-sector = { help-new-sector }
help-edit-respondent = Wer antwortet
help-edit-role = { help-new-role }
help-edit-round = { help-new-round }
help-edit-advisor = Der Name des Beraters (bei `new` gilt dann --interview)
help-edit-mode = Selbsteinschätzung oder geführtes Interview
help-edit-mode-self = Die befragte Person antwortet allein
help-edit-mode-interview = Ein Berater befragt die befragte Person
help-edit-reason = Warum; steht im Änderungsprotokoll einer abgeschlossenen Einschätzung
help-edit-json = { help-shared-json-text }

## reopen
help-reopen-about = Eine abgeschlossene Einschätzung wieder öffnen, um Antworten im Assistenten zu ändern; jede Änderung wird festgehalten, und die Punktwerte werden beim erneuten Abschluss neu berechnet
help-reopen-id = { help-shared-id }
help-reopen-reason = Warum; steht im Änderungsprotokoll

## list
help-list-about = Gespeicherte Einschätzungen auflisten
help-list-org = Nur diese Organisation (Groß- und Kleinschreibung egal)
help-list-advisor = Nur die Einschätzungen dieses Beraters (Groß- und Kleinschreibung egal)
help-list-round = Nur diese Runde (Groß- und Kleinschreibung egal)
help-list-json = { help-shared-json-table }

## compare
help-compare-about = Zwei Einschätzungen vergleichen: je Dimension und Teilaspekt vorher, nachher und die Veränderung
help-compare-a = Die frühere Einschätzung (ID oder eindeutiger Anfang)
help-compare-b = Die spätere Einschätzung (ID oder eindeutiger Anfang)
help-compare-force = Auch zwei verschiedene Organisationen vergleichen, oder eine Einschätzung mit sich selbst
help-compare-json = { help-shared-json-text }

## trend
help-trend-about = Die Punktwerte einer Organisation im Zeitverlauf
help-trend-org = { help-shared-org }
help-trend-json = { help-shared-json-text }

## round
help-round-about = Mehrere Befragte einer Organisation in einer Runde: Mittelwert, Spannweite und Übereinstimmung
help-round-org = { help-shared-org }
help-round-round = Die Rundenbezeichnung (Standard: die letzte Runde der Organisation)
help-round-json = { help-shared-json-text }

## remove
help-remove-about = Eine Einschätzung in den Papierkorb-Ordner des Datenverzeichnisses verschieben (nichts wird gelöscht)
help-remove-id = { help-shared-id }
help-remove-yes = { help-shared-yes }

## org, org rename, org merge
help-org-about = Eine Organisation umbenennen oder mit einer anderen zusammenführen, in jeder Einschätzung und Karte
help-org-rename-about = Einer Organisation einen anderen Namen geben (auch eine andere Schreibweise oder Groß- und Kleinschreibung), in jeder Einschätzung und Kartenversion
help-org-rename-old = Der jetzige Name der Organisation (Groß- und Kleinschreibung egal)
help-org-rename-new = Der neue Name
help-org-rename-json = { help-shared-json-text }
help-org-merge-about = Organisation A zu einem Teil von B machen: die Einschätzungen und Kartenversionen von A bekommen den Namen von B
help-org-merge-a = Die Organisation, die aufgeht (Groß- und Kleinschreibung egal)
help-org-merge-b = Die Organisation, in der sie aufgeht (Groß- und Kleinschreibung egal; ihre Schreibweise bleibt)
help-org-merge-yes = { help-shared-yes }
help-org-merge-json = { help-shared-json-text }

## trash, restore
help-trash-about = Die Einschätzungen im Papierkorb auflisten (was `restore` zurückholen kann)
help-trash-json = { help-shared-json-table }
help-restore-about = Eine Einschätzung aus dem Papierkorb zurückholen
help-restore-id = Ihre ID im Papierkorb (`ecoready trash` listet sie auf) oder ein eindeutiger Anfang davon
help-restore-json = { help-shared-json-text }

## export
help-export-about = Einen Bericht schreiben: eine Einschätzung, einen Vergleich, den Verlauf einer Organisation oder die Belege
help-export-id = ID der Einschätzung (oder ein eindeutiger Anfang), über die berichtet wird
help-export-org = Eine Organisation (Groß- und Kleinschreibung egal): ihr Verlauf in md, html oder json; ihre Einschätzungen in csv
help-export-compare = Zwei Einschätzungen vergleichen (IDs oder eindeutige Anfänge); die frühere ist „vorher“
help-export-all = Jede Einschätzung jeder Organisation als CSV: alle Kunden auf einen Blick
help-export-round-report = Mit --org: der Rundenbericht (die Punktwerte jeder befragten Person, die Übereinstimmung und die Fragen, bei denen die Antworten weit auseinanderliegen) zur letzten benannten Runde der Organisation
help-export-round = Mit --round-report: diese Runde statt der letzten
help-export-evidence = Der Bericht über das Instrument (`ecoready evidence`) in md, html oder json
help-export-questionnaire = Mit --evidence: ID oder Datei des Fragebogens (Standard: der eingebaute)
help-export-format = Das Format des Berichts
help-export-format-md = Markdown
help-export-format-html = Eine eigenständige HTML-Seite mit Diagrammen, fertig zum Drucken als PDF
help-export-format-csv = Kommagetrennte Werte für Tabellenkalkulationen
help-export-format-json = Dieselben JSON-Dokumente, die `--json` ausgibt
help-export-csv-layout = CSV-Form: eine Zeile je Einschätzung (wide) oder eine Zeile je Antwort (long); nicht mit --compare
help-export-csv-layout-wide = Eine Zeile je Einschätzung
help-export-csv-layout-long = Eine Zeile je Antwort
help-export-force = Mit --compare: auch zwei verschiedene Organisationen vergleichen, oder eine Einschätzung mit sich selbst
help-export-output = Den Bericht in FILE schreiben (in einem Schritt ersetzt) statt auf die Standardausgabe

## map
help-map-about = Die Ökosystemkarte einer Organisation: Partner nach Ebene und was sie einbringen
help-map-org = { help-shared-org }
help-map-json = { help-shared-json-text }

## plan
help-plan-about = Der Verbesserungsplan einer Organisation: bis zu fünf Teilaspekte, an denen bis zur nächsten Folgeeinschätzung gearbeitet wird, und wie der vorige Plan lief
help-plan-org = { help-shared-org }
help-plan-add = Diesen Teilaspekt (seine ID, wie aufgelistet) in den Plan der letzten abgeschlossenen Folgeeinschätzung aufnehmen
help-plan-replace = Mit --add: den Schwerpunkt zum Teilaspekt ersetzen, wenn er schon geplant ist
help-plan-owner = Mit --add: wer sich darum kümmert
help-plan-due = Mit --add: bis wann, als JJJJ-MM-TT (YYYY-MM-DD)
help-plan-remove = Diesen Teilaspekt aus dem Plan der letzten abgeschlossenen Folgeeinschätzung nehmen
help-plan-review = Diesen Schwerpunkt des vorigen Plans in der letzten Folgeeinschätzung prüfen
help-plan-status = Mit --review: done, in-progress oder dropped
help-plan-note = Mit --add: was zu tun ist; mit --review: was geschehen ist
help-plan-json = { help-shared-json-text }

## evidence
help-evidence-about = Wie verlässlich die Punktwerte sind: Alpha, Omega, Kennzahlen der Fragen, Retest und die kleinste echte Veränderung, über alle Einschätzungen im Datenverzeichnis
help-evidence-questionnaire = ID eines Fragebogens oder eine Fragebogendatei (Standard: der eingebaute)
help-evidence-json = { help-shared-json-text }

## norms, norms export, norms import, norms list
help-norms-about = Anonyme Normen: die dieses Datenverzeichnisses exportieren, die anderer importieren (Perzentile nennen dann die Normen, die sie verwenden), die importierten auflisten
help-norms-export-about = Anonyme Normen dieses Datenverzeichnisses schreiben: je Fragebogenversion, Branche und Dimension die Zahl der Betriebe und die Dezile ihrer Punktwerte; keine Gruppe unter 10
help-norms-export-output = Die Normendatei, die geschrieben wird (in einem Schritt ersetzt)
help-norms-export-source = Der Name, unter dem Perzentile diese Normen nennen (Standard: „ecoready norms of <Quartal>“)
help-norms-import-about = Eine Normendatei prüfen und in den Normen-Ordner des Datenverzeichnisses kopieren
help-norms-import-file = Die Normendatei
help-norms-list-about = Die importierten Normen auflisten
help-norms-list-json = { help-shared-json-text }

## init
help-init-about = Ein Datenverzeichnis für ein Team vorbereiten, das es über git oder einen Sync-Ordner teilt: legt es bei Bedarf an und schreibt .gitignore, .gitattributes und .stignore (fehlende Zeilen werden vorhandenen Dateien hinzugefügt; sonst ändert sich nichts)
help-init-shared = Das Datenverzeichnis, das geteilt wird
help-init-json = { help-shared-json-text }

## paths
help-paths-about = Wo das Datenverzeichnis, der Zustand dieses Rechners dafür und die Einstellungsdatei liegen
help-paths-json = { help-shared-json-text }

## completions, man
help-completions-about = Ein Skript zur Vervollständigung in der Shell ausgeben
help-completions-shell = Die Shell: bash, zsh, fish, powershell oder elvish
help-man-about = Die Handbuchseite (roff) auf der Standardausgabe ausgeben

## conflicts, reid, repair
help-conflicts-about = Einschätzungen mit Versionen von mehreren Rechnern (Konfliktkopien der Synchronisierung, Konfliktmarkierungen von git); `--merge ID` führt eine Antwort für Antwort zusammen
help-conflicts-merge = Die Versionen dieser Einschätzung zusammenführen (die zuletzt gegebene Antwort gilt, jede Notiz bleibt) und ihre Dateien in den Papierkorb verschieben
help-conflicts-json = { help-shared-json-text }
help-reid-about = Einer Einschätzung eine neue ID geben (wenn zwei Rechner dieselbe vergeben haben); Planprüfungen, die sie nennen, ziehen mit, die alte Datei kommt in den Papierkorb
help-reid-id = { help-shared-id }
help-reid-json = { help-shared-json-text }
help-repair-about = Eine Datei annehmen, deren Prüfsumme nicht stimmt (absichtlich außerhalb von ecoready geändert): sie wird so zurückgeschrieben, wie sie jetzt lautet, mit neuer Prüfsumme
help-repair-id = { help-shared-id }
help-repair-map = Stattdessen eine Datei einer Kartenversion (im Ordner maps/<Organisation>/ des Datenverzeichnisses)
help-repair-json = { help-shared-json-text }

## show, questionnaires, validate
help-show-about = Die Punktwerte einer Einschätzung anzeigen
help-show-id = { help-shared-id }
help-show-json = { help-shared-json-text }
help-questionnaires-about = Die verfügbaren Fragebögen auflisten
help-questionnaires-json = { help-shared-json-table }
help-validate-about = Fragebogendateien prüfen und jedes Problem mit seiner Zeile melden
help-validate-files = Die zu prüfenden Fragebogendateien
