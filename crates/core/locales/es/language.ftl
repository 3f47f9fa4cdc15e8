## language: choosing the language of answers and questionnaires

# Comprobaciones de un archivo de traducción de un cuestionario (`ecoready validate`).
language-check-empty = este texto está vacío; debe decir algo
language-check-placeholders = los marcadores no coinciden: el texto del cuestionario tiene { $expected } y este texto tiene { $found }; mantenga sin cambios cada marcador entre llaves
language-check-field-missing = falta `{ $field }`: el cuestionario tiene este texto, así que la traducción también lo necesita
language-check-field-extra = `{ $field }` está aquí, pero el cuestionario no tiene ese texto; elimínelo
language-check-missing-scale = las opciones de la escala `{ $id }` no están traducidas aquí; añádalas
language-check-missing-dimension = la dimensión `{ $id }` no está traducida aquí; añádala
language-check-missing-facet = el aspecto `{ $id }` no está traducido aquí; añádalo
language-check-missing-item = la pregunta `{ $id }` no está traducida aquí; añádala
language-check-unknown-scale = el cuestionario no tiene ninguna escala de acuerdo `{ $id }`; elimínela o corrija el nombre (escalas de acuerdo: { $known })
language-check-unknown-dimension = el cuestionario no tiene ninguna dimensión `{ $id }`; elimínela o corrija el identificador (dimensiones: { $known })
language-check-unknown-facet = el cuestionario no tiene ningún aspecto `{ $id }`; elimínelo o corrija el identificador (aspectos: { $known })
language-check-unknown-item = el cuestionario no tiene ninguna pregunta `{ $id }`; elimínela o corrija el identificador (preguntas: { $known })
language-check-wrong-questionnaire = este archivo traduce el cuestionario `{ $translates }`, pero el cuestionario que está a su lado es `{ $id }`
language-check-wrong-version = este archivo traduce la versión { $version }, pero el cuestionario `{ $id }` está en la versión { $actual }; actualice los textos a la versión { $actual } y cambie la versión
language-check-unknown-language = `{ $language }` no es un idioma que ecoready hable; use uno de { $known }
language-check-same-language = el cuestionario ya está en `{ $language }`; una traducción debe ser a otro idioma
language-check-missing-option = la opción { $value } de la escala `{ $scale }` no está traducida aquí; añádala
language-check-unknown-option = la escala `{ $scale }` no tiene ninguna opción { $value }; elimínela
language-check-band-count = el cuestionario tiene { $expected } tramos, pero este archivo tiene { $count }; traduzca cada tramo una vez, en el orden del cuestionario
language-check-anchor-count = la pregunta `{ $id }` describe { $expected } niveles en el cuestionario, pero { $count } aquí; traduzca cada descripción una vez, empezando por el nivel 1
language-check-missing-advice = la recomendación para la dimensión `{ $dimension }` en el tramo `{ $band }` no está traducida aquí; añádala
language-check-unknown-advice = el cuestionario no da ninguna recomendación para la dimensión `{ $dimension }` en el tramo `{ $band }`; elimínela (los tramos se llaman como en el cuestionario, en su idioma)

# Configuración: el idioma en que se hacen y responden las preguntas.
language-setup-field = Idioma de respuesta

# `ecoready new --answer-lang` con un idioma al que el cuestionario no está traducido.
language-not-offered = el cuestionario `{ $id }` no se puede responder en `{ $language }`: está disponible en { $offered }

# Modo sencillo, configuración: la pregunta por el idioma de las respuestas.
language-plain-heading = Idioma de las preguntas y respuestas:
language-plain-prompt = Elija 1-{ $count } (Intro para { $default }):
language-plain-reject = elija un número del 1 al { $count }

# `ecoready validate` con un archivo de traducción.
language-validate-ok = { $file }: correcto (los textos en { $language } de { $id } versión { $version })
language-no-questionnaire = no hay ningún cuestionario `{ $id }` versión { $version } con el que comprobar esta traducción: ni a su lado ({ $beside }), ni integrado, ni entre sus cuestionarios
