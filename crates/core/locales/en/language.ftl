## language: choosing the language of answers and questionnaires

# Checks of a questionnaire translation file (`ecoready validate`); each message follows
# "file:line: field:". Ids and file contents in backquotes stay as they are.
language-check-empty = this text is empty; it must say something
language-check-placeholders = the placeholders differ: the questionnaire's text has { $expected }, this text has { $found }; keep every placeholder in curly brackets unchanged
language-check-field-missing = `{ $field }` is missing: the questionnaire has this text, so the translation needs it too
language-check-field-extra = `{ $field }` is here but the questionnaire has no such text; remove it
language-check-missing-scale = the options of scale `{ $id }` have no translation here; add them
language-check-missing-dimension = dimension `{ $id }` has no translation here; add it
language-check-missing-facet = facet `{ $id }` has no translation here; add it
language-check-missing-item = item `{ $id }` has no translation here; add it
language-check-unknown-scale = the questionnaire has no agreement scale `{ $id }`; remove it or correct the name (agreement scales: { $known })
language-check-unknown-dimension = the questionnaire has no dimension `{ $id }`; remove it or correct the id (dimensions: { $known })
language-check-unknown-facet = the questionnaire has no facet `{ $id }`; remove it or correct the id (facets: { $known })
language-check-unknown-item = the questionnaire has no item `{ $id }`; remove it or correct the id (items: { $known })
language-check-wrong-questionnaire = this file translates questionnaire `{ $translates }`, but the questionnaire beside it is `{ $id }`
language-check-wrong-version = this file translates version { $version }, but questionnaire `{ $id }` is version { $actual }; bring the texts up to version { $actual } and change the version
language-check-unknown-language = `{ $language }` is not a language ecoready speaks; use one of { $known }
language-check-same-language = the questionnaire is already in `{ $language }`; a translation must be into another language
language-check-missing-option = option { $value } of scale `{ $scale }` has no translation here; add it
language-check-unknown-option = scale `{ $scale }` has no option { $value }; remove it
language-check-band-count = the questionnaire has { $expected } bands but this file has { $count }; translate each band once, in the questionnaire's order
language-check-anchor-count = item `{ $id }` describes { $expected } levels in the questionnaire but { $count } here; translate each description once, level 1 first
language-check-missing-advice = the advice for dimension `{ $dimension }` in band `{ $band }` has no translation here; add it
language-check-unknown-advice = the questionnaire gives no advice for dimension `{ $dimension }` in band `{ $band }`; remove it (bands are named as in the questionnaire, in its language)

# Setup: the language the questions are asked and answered in.
language-setup-field = Answer language

# `ecoready new --answer-lang` with a language the questionnaire has no translation into.
language-not-offered = questionnaire `{ $id }` cannot be answered in `{ $language }`: it is offered in { $offered }

# Plain-mode setup: the question of the language of the answers.
language-plain-heading = Language of the questions and answers:
language-plain-prompt = Choose 1-{ $count } (Enter for { $default }):
language-plain-reject = choose a number from 1 to { $count }

# `ecoready validate` on a translation file.
language-validate-ok = { $file }: ok (the { $language } texts of { $id } version { $version })
language-no-questionnaire = no questionnaire `{ $id }` version { $version } to check this translation against: none beside it ({ $beside }), built in or among your questionnaires
