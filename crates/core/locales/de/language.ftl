## language: choosing the language of answers and questionnaires

# Prüfungen einer Übersetzungsdatei eines Fragebogens (`ecoready validate`).
language-check-empty = dieser Text ist leer; er muss etwas aussagen
language-check-placeholders = die Platzhalter weichen ab: der Text im Fragebogen hat { $expected }, dieser Text hat { $found }; übernehmen Sie jeden Platzhalter in geschweiften Klammern unverändert
language-check-field-missing = `{ $field }` fehlt: der Fragebogen hat diesen Text, also braucht ihn auch die Übersetzung
language-check-field-extra = `{ $field }` steht hier, aber der Fragebogen hat keinen solchen Text; entfernen Sie ihn
language-check-missing-scale = die Antwortmöglichkeiten der Skala `{ $id }` sind hier nicht übersetzt; ergänzen Sie sie
language-check-missing-dimension = die Dimension `{ $id }` ist hier nicht übersetzt; ergänzen Sie sie
language-check-missing-facet = der Teilaspekt `{ $id }` ist hier nicht übersetzt; ergänzen Sie ihn
language-check-missing-item = die Frage `{ $id }` ist hier nicht übersetzt; ergänzen Sie sie
language-check-unknown-scale = der Fragebogen hat keine Zustimmungsskala `{ $id }`; entfernen Sie sie oder korrigieren Sie den Namen (Zustimmungsskalen: { $known })
language-check-unknown-dimension = der Fragebogen hat keine Dimension `{ $id }`; entfernen Sie sie oder korrigieren Sie die ID (Dimensionen: { $known })
language-check-unknown-facet = der Fragebogen hat keinen Teilaspekt `{ $id }`; entfernen Sie ihn oder korrigieren Sie die ID (Teilaspekte: { $known })
language-check-unknown-item = der Fragebogen hat keine Frage `{ $id }`; entfernen Sie sie oder korrigieren Sie die ID (Fragen: { $known })
language-check-wrong-questionnaire = diese Datei übersetzt den Fragebogen `{ $translates }`, aber der Fragebogen daneben ist `{ $id }`
language-check-wrong-version = diese Datei übersetzt Version { $version }, aber der Fragebogen `{ $id }` hat Version { $actual }; bringen Sie die Texte auf den Stand von Version { $actual } und ändern Sie die Version
language-check-unknown-language = `{ $language }` ist keine Sprache, die ecoready spricht; verwenden Sie eine von { $known }
language-check-same-language = der Fragebogen ist bereits in `{ $language }`; eine Übersetzung muss in eine andere Sprache gehen
language-check-missing-option = die Antwortmöglichkeit { $value } der Skala `{ $scale }` ist hier nicht übersetzt; ergänzen Sie sie
language-check-unknown-option = die Skala `{ $scale }` hat keine Antwortmöglichkeit { $value }; entfernen Sie sie
language-check-band-count = der Fragebogen hat { $expected } Stufen, diese Datei aber { $count }; übersetzen Sie jede Stufe genau einmal, in der Reihenfolge des Fragebogens
language-check-anchor-count = die Frage `{ $id }` beschreibt im Fragebogen { $expected } Niveaus, hier aber { $count }; übersetzen Sie jede Beschreibung genau einmal, beginnend mit Niveau 1
language-check-missing-advice = die Empfehlung für die Dimension `{ $dimension }` in der Stufe `{ $band }` ist hier nicht übersetzt; ergänzen Sie sie
language-check-unknown-advice = der Fragebogen gibt keine Empfehlung für die Dimension `{ $dimension }` in der Stufe `{ $band }`; entfernen Sie sie (Stufen heißen wie im Fragebogen, in seiner Sprache)

# Einrichtung: die Sprache, in der die Fragen gestellt und beantwortet werden.
language-setup-field = Antwortsprache

# `ecoready new --answer-lang` mit einer Sprache, in die der Fragebogen nicht übersetzt ist.
language-not-offered = der Fragebogen `{ $id }` kann nicht in `{ $language }` beantwortet werden: er ist verfügbar in { $offered }

# Einfacher Modus, Einrichtung: die Frage nach der Sprache der Antworten.
language-plain-heading = Sprache der Fragen und Antworten:
language-plain-prompt = Wählen Sie 1-{ $count } (Eingabetaste für { $default }):
language-plain-reject = wählen Sie eine Zahl von 1 bis { $count }

# `ecoready validate` mit einer Übersetzungsdatei.
language-validate-ok = { $file }: in Ordnung (die Texte in { $language } von { $id } Version { $version })
language-no-questionnaire = kein Fragebogen `{ $id }` Version { $version }, gegen den sich diese Übersetzung prüfen ließe: weder daneben ({ $beside }) noch eingebaut noch unter Ihren Fragebögen
