## core: frases que el núcleo construye para todas las superficies.

core-and-list = { $first } y { $last }
core-not-enough-answers = respuestas insuficientes
core-missing-items = respuestas insuficientes: { $answered } de { $total } respondidas (necesita { $needed })
core-missing-facets = respuestas insuficientes: { $scored } de { $total } { $total ->
    [one] aspecto
   *[other] aspectos
} con puntuación (necesita { $needed })
core-missing-dimensions = respuestas insuficientes: { $titles } no { $count ->
    [one] tiene
   *[other] tienen
} puntuación

core-next-steps-heading = Próximos pasos, primero las áreas más débiles
core-next-steps-intro = En cada pregunta, el nivel por encima de su respuesta es el siguiente paso. Las áreas sin puntuación aparecen al final e indican qué les falta.
core-step-next = Siguiente (nivel { $level } de { $levels }): { $next }
core-step-kept = Nivel más alto ({ $level } de { $level }), manténgalo: { $current }
core-step-dont-know = Respondida con «No sé»: averiguarlo es el primer paso; no se sugiere ningún nivel.
core-step-open = Aún sin responder: respóndala para ver su siguiente paso.
core-facet-heading = { $facet } ({ $dimension })

core-caveat-unscored = { $count ->
    [one] { $count } dimensión sin puntuación ({ $titles })
   *[other] { $count } dimensiones sin puntuación ({ $titles })
}
core-caveat-draft = Borrador: sin terminar, { $responded } de { $total } preguntas respondidas; las puntuaciones aún pueden cambiar.
core-caveat-draft-unscored = Borrador: sin terminar, { $responded } de { $total } preguntas respondidas; { $unscored }.
core-caveat-partial = Parcial: { $unscored }.
core-unfinished-all-answered = Todas las preguntas tienen respuesta.
core-unfinished-unanswered = { $count ->
    [one] { $count } pregunta sin responder.
   *[other] { $count } preguntas sin responder.
}
core-unfinished-all-scored = Todas las dimensiones tendrán puntuación.
core-unfinished-unscored = { $count ->
    [one] { $titles } no tendrá puntuación.
   *[other] { $titles } no tendrán puntuación.
}

core-resting-on = sobre { $items } de { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
core-not-comparable = no comparable
core-not-comparable-resting-on = no comparable ({ $items })
core-noise-cell-real = real (≥ { $mdc95 })
core-noise-cell-within = dentro del ruido (< { $mdc95 })
core-noise-cell-no-estimate = sin estimación
core-noise-used-measured = de { $firms } organizaciones en este directorio de datos ({ $areas ->
    [one] { $areas } área
   *[other] { $areas } áreas
})
core-noise-used-measured-range = de { $least } a { $most } organizaciones en este directorio de datos ({ $areas ->
    [one] { $areas } área
   *[other] { $areas } áreas
})
core-noise-used-default = el valor por defecto publicado en el cuestionario ({ $areas ->
    [one] { $areas } área
   *[other] { $areas } áreas
}; el directorio de datos tiene muy pocas organizaciones para uno propio, vea `ecoready evidence`)
core-noise-used-none = ninguno ({ $areas ->
    [one] { $areas } área
   *[other] { $areas } áreas
}: sin estimación del ruido de medición)
core-noise-rule = Un cambio solo es real cuando alcanza el MDC95 de su área, el cambio más pequeño que supera el ruido de medición; uno menor está dentro del ruido de medición. La puntuación global no tiene estimación del ruido de medición.
core-noise-rule-used = Un cambio solo es real cuando alcanza el MDC95 de su área, el cambio más pequeño que supera el ruido de medición; uno menor está dentro del ruido de medición. MDC95 usado: { $used }. La puntuación global no tiene estimación del ruido de medición.
core-objection-same-assessment = ambas indican la misma evaluación ({ $id }): no hay ningún cambio que mostrar
core-objection-different-organizations = las evaluaciones son de dos organizaciones («{ $first }» y «{ $second }»): una diferencia entre dos organizaciones no es un cambio de ninguna de ellas
core-warning-compared-although = Comparadas aunque { $objection }.
core-warning-draft-before = La parte de antes ({ $id }) es un borrador: sus respuestas aún pueden cambiar, y sus preguntas sin responder quedan fuera de todo cambio.
core-warning-draft-after = La parte de después ({ $id }) es un borrador: sus respuestas aún pueden cambiar, y sus preguntas sin responder quedan fuera de todo cambio.
core-overall-not-comparable = La preparación global no es comparable: { $titles } no { $count ->
    [one] tiene
   *[other] tienen
} una puntuación comparable. En { $compared ->
    [one] la { $compared } dimensión que se puede comparar
   *[other] las { $compared } dimensiones que se pueden comparar
} el cambio es { $change } (ponderado como en la puntuación global).
core-no-common-questions = Estos seguimientos usaron versiones distintas del cuestionario ({ $versions }) sin ninguna pregunta en común: no se puede comparar nada.
core-note-same-all = Ambas usaron el mismo cuestionario; ambas respondieron { $count ->
    [one] la { $count } pregunta
   *[other] las { $count } preguntas
} con un valor.
core-note-same-some = Ambas usaron el mismo cuestionario; ambas respondieron { $answered } de sus { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
} con un valor, y cada cambio se basa solo en ellas.
core-note-shared-all = Comparadas sobre { $count ->
    [one] la { $count } pregunta
   *[other] las { $count } preguntas
} que ambos cuestionarios comparten; ambas respondieron { $count ->
    [one] la { $count } pregunta
   *[other] las { $count } preguntas
} con un valor
core-note-shared-some = Comparadas sobre { $count ->
    [one] la { $count } pregunta
   *[other] las { $count } preguntas
} que ambos cuestionarios comparten; ambas respondieron { $answered } de ellas con un valor, y cada cambio se basa solo en ellas
core-note-every-question-shared = { $compared } (todas las preguntas de cada cuestionario son compartidas).
core-note-only-earlier = { $compared }; { $count ->
    [one] { $count } pregunta del anterior no tiene
   *[other] { $count } preguntas del anterior no tienen
} equivalente.
core-note-only-later = { $compared }; { $count ->
    [one] { $count } pregunta del posterior no tiene
   *[other] { $count } preguntas del posterior no tienen
} equivalente.
core-note-only-both = { $compared }; { $before ->
    [one] { $before } pregunta
   *[other] { $before } preguntas
} del anterior y { $after ->
    [one] { $after } pregunta
   *[other] { $after } preguntas
} del posterior no tienen equivalente.
core-note-not-compared-dimensions = { $note } Sin comparar en absoluto: { $dimensions }.

core-validate-none = ninguno
core-validate-kind-dimension = dimensión
core-validate-kind-facet = aspecto
core-validate-kind-item = pregunta
core-validate-kind-questionnaire = cuestionario
core-validate-empty = { $what } no tiene texto; debe decir algo
core-validate-id-empty = el identificador ({ $kind }) no tiene texto; debe decir algo
core-validate-id-too-long = el identificador ({ $kind }) tiene más de { $max } caracteres
core-validate-id-spelling = el identificador `{ $id }` ({ $kind }) solo puede contener minúsculas, cifras, `_` y `-`, y debe empezar por una letra o una cifra (los identificadores forman parte de nombres de archivo y claves JSON)
core-validate-id-taken = el identificador `{ $id }` ({ $kind }) ya lo usa: { $first_kind } en { $first_path }; los identificadores de dimensiones, aspectos y preguntas deben ser únicos en todo el cuestionario
core-validate-id-taken-at-line = el identificador `{ $id }` ({ $kind }) ya lo usa: { $first_kind } en { $first_path } (línea { $line }); los identificadores de dimensiones, aspectos y preguntas deben ser únicos en todo el cuestionario
core-validate-weight = { $kind } `{ $id }` tiene peso { $weight }; los pesos deben ser números mayores que 0
core-validate-what-version = la `version` del cuestionario
core-validate-what-title = el `title` del cuestionario
core-validate-what-results-note = la `results_note` del cuestionario
core-validate-advice-unknown-dimension = hay consejos para la dimensión `{ $dimension }`, que no existe (dimensiones: { $known })
core-validate-advice-unknown-band = los consejos para `{ $dimension }` mencionan el tramo `{ $band }`, que no es ninguno de los tramos ({ $known })
core-validate-advice-empty = los consejos para `{ $dimension }` en el tramo `{ $band }` son una lista vacía; indique al menos un paso u omita el tramo
core-validate-what-advice-step = el paso { $step } de los consejos para `{ $dimension }` en el tramo `{ $band }`
core-validate-no-dimensions = el cuestionario no tiene dimensiones; necesita al menos una
core-validate-too-many-items = el cuestionario tiene { $items } preguntas; se permiten como máximo { $max }, para que toda evaluación con un comentario en cada pregunta se pueda seguir guardando y leyendo
core-validate-what-dimension-title = el título de la dimensión `{ $id }`
core-validate-what-dimension-summary = el resumen de la dimensión `{ $id }`
core-validate-what-dimension = la dimensión `{ $id }`
core-validate-no-facets = la dimensión `{ $id }` no tiene aspectos; necesita al menos uno
core-validate-what-facet-title = el título del aspecto `{ $id }`
core-validate-what-facet = el aspecto `{ $id }`
core-validate-what-facet-advice = el consejo del aspecto `{ $id }`
core-validate-no-items = el aspecto `{ $id }` no tiene preguntas; necesita al menos una
core-validate-what-item-text = el texto de la pregunta `{ $id }`
core-validate-what-item-help = la ayuda de la pregunta `{ $id }`
core-validate-what-item-probe = la repregunta de la pregunta `{ $id }`
core-validate-unknown-scale = la pregunta `{ $id }` usa la escala `{ $scale }`, que no está definida en `scales` (definidas: { $defined })
core-validate-anchors-on-agreement = la pregunta `{ $id }` usa la escala de acuerdo `{ $scale }`, que muestra sus propias etiquetas, así que sus { $count } descripciones de nivel nunca se mostrarían; quítelas o use una escala con niveles descritos
core-validate-anchor-count = la pregunta `{ $id }` tiene { $anchors ->
    [one] { $anchors } descripción de nivel
   *[other] { $anchors } descripciones de nivel
} pero la escala `{ $scale }` tiene { $levels ->
    [one] { $levels } nivel
   *[other] { $levels } niveles
}; dé una descripción por nivel, empezando por el nivel 1
core-validate-what-anchor = la descripción del nivel { $level } de la pregunta `{ $id }`
core-validate-anchored-reverse = la pregunta `{ $id }` tiene niveles descritos y está marcada como `reverse`; las descripciones ya van de menos a más preparada, así que escríbalas en ese orden
core-validate-scale-levels = la escala con niveles descritos `{ $scale }` tiene { $levels ->
    [one] { $levels } nivel
   *[other] { $levels } niveles
}; necesita entre 2 y { $max } (las teclas de respuesta son 1-9)
core-validate-scale-too-few-options = la escala de acuerdo `{ $scale }` tiene { $count ->
    [one] { $count } opción
   *[other] { $count } opciones
}; necesita al menos 2
core-validate-scale-too-many-options = la escala de acuerdo `{ $scale }` tiene { $count } opciones; como máximo caben { $max } en las teclas de respuesta 1-9
core-validate-option-value-taken = la opción { $option } de la escala `{ $scale }` tiene el valor { $value }, que ya tiene la opción { $first }; cada opción necesita su propio valor
core-validate-what-option-label = la etiqueta de la opción { $option } (valor { $value }) de la escala `{ $scale }`
core-validate-no-bands = no hay tramos definidos; los tramos deben cubrir las puntuaciones de 0 a 100
core-validate-what-band-name = el nombre del tramo { $band }
core-validate-what-band-meaning = el significado del tramo `{ $band }`
core-validate-band-name-taken = el nombre de tramo `{ $band }` lo usan los tramos { $first } y { $second }; los nombres deben ser distintos
core-validate-band-bound-not-number = el tramo `{ $band }` tiene { $bound } { $value }; debe ser un número
core-validate-band-empty-range = el tramo `{ $band }` va de { $min } a { $max }; su max debe ser mayor que su min
core-validate-band-gap = hueco entre el tramo `{ $previous }` (termina en { $end }) y el tramo `{ $band }` (empieza en { $start }): las puntuaciones de { $end } a { $start } no tendrían tramo
core-validate-band-overlap = el tramo `{ $band }` empieza en { $start } pero el tramo `{ $previous }` termina en { $end }: las puntuaciones de { $start } a { $end } estarían en ambos; cada tramo debe empezar donde termina el anterior
core-validate-first-band-start = el primer tramo `{ $band }` empieza en { $min }; los tramos deben empezar en 0
core-validate-last-band-end = el último tramo `{ $band }` termina en { $max }; los tramos deben terminar en 100
core-validate-reliability-value = la fiabilidad de { $what } es { $value }; debe ser un número entre 0 y 1 (sin incluir 0 ni 1)
core-validate-reliability-sd = la fiabilidad de { $what } tiene sd { $sd }; debe ser un número mayor que 0 y como máximo 100 (puntos en la puntuación de 0 a 100)
core-validate-what-reliability-source = la fuente de la fiabilidad de { $what }
core-validate-reliability-source-too-long = la fuente de la fiabilidad de { $what } tiene { $chars } caracteres; se permiten como máximo { $max }

## Ruido de medida y en qué se basa un cambio.
core-noise-source-measured = de { $firms } empresas de este directorio de datos
core-noise-source-default = valor publicado por defecto en el cuestionario
core-noise-smallest-real-change = menor cambio real { $mdc95 } puntos, { $source }
core-noise-no-estimate = sin estimación del ruido de medida
core-noise-within = dentro del ruido de medida
core-noise-real = cambio real
core-rests-on = { $respondents } pers. · { $items ->
    [one] { $items } pregunta
   *[other] { $items } preguntas
}
core-trend-basis-like-for-like = { $count ->
    [0] Los cambios comparan lo mismo con lo mismo: ninguna persona encuestada participó en el primer y el último seguimiento. La cifra tras cada cambio indica en cuántas personas encuestadas y preguntas se basa.
    [one] Los cambios comparan lo mismo con lo mismo: la { $count } persona encuestada presente en el primer y el último seguimiento, en las preguntas que sus dos evaluaciones respondieron; la cifra tras cada cambio indica en cuántas personas encuestadas y preguntas se basa.
   *[other] Los cambios comparan lo mismo con lo mismo: las { $count } personas encuestadas presentes en el primer y el último seguimiento, en las preguntas que sus dos evaluaciones respondieron; la cifra tras cada cambio indica en cuántas personas encuestadas y preguntas se basa.
}
core-trend-no-name = (sin nombre)
core-trend-left-out = Excluido: { $name } ({ $id }): { $reason }.
core-trend-questionnaire-differs = El cuestionario difiere entre ellos: solo se comparan las preguntas que ambas versiones tienen.
core-answer-level = nivel { $level }

## El registro de cambios de una evaluación modificada después de completarla.
core-setup-field-organization = organización
core-setup-field-sector = sector
core-setup-field-respondent = persona encuestada
core-setup-field-role = función
core-setup-field-mode = modo
core-setup-field-advisor = asesor
core-setup-field-round = ronda
core-amend-dont-know = no sé
core-amend-no-answer = sin respuesta
core-amend-none = ninguno
core-amend-quoted = «{ $text }»
core-amend-with-reason = { $sentence } (motivo: { $reason })
core-amend-reopened = Reabierta para cambiar respuestas
core-amend-answer = Pregunta { $number } «{ $text }» ({ $item }): cambiada de { $old } a { $new }
core-amend-answer-unknown-item = Pregunta { $item }: cambiada de { $old } a { $new }
core-amend-setup = Datos: { $field } cambiado de { $old } a { $new }
core-amend-scores-recomputed = Completada de nuevo: puntuaciones recalculadas (global { $before } antes, { $after } después)

## Los tipos de copia en conflicto que encuentra `ecoready conflicts`.
core-copy-syncthing = una copia de conflicto de Syncthing
core-copy-conflicted = una copia en conflicto de una carpeta sincronizada
core-copy-numbered = un duplicado numerado
core-copy-git-markers = marcas de conflicto de git
core-copy-ecoready = una copia que ecoready guardó cuando el archivo cambió con una ventana abierta

## Límites de texto (los nombres de campo llevan su artículo)
core-limit-field-organization = el nombre de la organización
core-limit-field-sector = el sector
core-limit-field-respondent = el nombre de la persona encuestada
core-limit-field-role = el cargo
core-limit-field-advisor = el nombre del asesor
core-limit-field-round = la etiqueta de la ronda
core-limit-field-note = la nota
core-limit-field-partner-name = el nombre del socio
core-limit-field-partner-sector = el sector del socio
core-limit-field-brings-note = lo que aporta el socio
core-limit-field-we-bring = lo que aporta la organización
core-limit-field-reason = el motivo
core-limit-field-owner = la persona responsable
core-limit-field-due = la fecha límite
core-limit-too-long = { $field } admite como máximo { $max } caracteres
core-limit-too-long-count = { $field } admite como máximo { $max } caracteres (hay { $count })

## Lectura de archivos YAML
core-yaml-at-line-column = línea { $line }, columna { $column }: { $message }
core-yaml-at-line = línea { $line }: { $message }
core-yaml-control-character = el carácter de control { $code } no está permitido
core-yaml-in-list = { $info } (en la lista que empieza en la línea { $line }, columna { $column })
core-yaml-in-mapping = { $info } (en la tabla de claves que empieza en la línea { $line }, columna { $column })
core-yaml-several-documents = el archivo contiene más de un documento YAML
core-yaml-too-many-values = el archivo contiene más de { $max } valores
core-yaml-duplicate-key = clave repetida `{ $key }`
core-yaml-too-deep = las listas y tablas de claves están anidadas a más de { $max } niveles de profundidad
core-yaml-anchors-refused = no se permiten anclas ni alias de YAML (&name, *name)
core-yaml-file-too-large = el archivo es demasiado grande ({ $size } bytes; el límite es { $max } bytes)
core-yaml-not-utf8 = el archivo no es texto UTF-8 válido
core-yaml-would-be-too-large = ocuparía { $size } bytes, más de los { $max } bytes que ecoready vuelve a leer, así que no se guardó (el archivo en disco no ha cambiado); acorte los textos más largos

## Archivos de normas (cada mensaje sigue al campo del que trata)
core-norms-unknown-format = { $found } no es un formato de normas que esta versión lea (lee { $reads })
core-norms-too-many-groups = { $count } grupos; como mucho { $max }
core-norms-sector-not-key = debe estar sin espacios en los extremos y en minúsculas
core-norms-not-a-quarter = { $value } no es un trimestre como 2026-Q1
core-norms-period-reversed = `from` es posterior a `to`
core-norms-second-group = un segundo grupo de la misma versión del cuestionario y el mismo sector
core-norms-area-count = debe contener de 1 a { $max } áreas
core-norms-area-twice = { $area } aparece dos veces en el grupo
core-norms-too-few-firms = { $firms } empresas; las normas no contienen ningún grupo de menos de { $min }
core-norms-decile-out-of-range = { $value } no es una puntuación de 0 a 100
core-norms-deciles-decrease = no debe disminuir
core-norms-label-empty = no debe estar vacío
core-norms-label-too-long = más de { $max } caracteres
core-norms-label-control = contiene caracteres de control

## Tendencias
core-trend-left-not-later = no estaba en el seguimiento posterior
core-trend-left-not-earlier = no estaba en el seguimiento anterior
core-trend-left-later-same-name = cuenta una evaluación posterior con el mismo nombre
core-trend-reason-improved = mejoró
core-trend-reason-declined = empeoró
core-trend-reason-lowest-now = la más baja ahora

## Lo que hace inutilizable un mapa del ecosistema
core-map-problem-no-organization = el nombre de la organización está vacío
core-map-problem-partner = socio { $number } (`{ $id }`)
core-map-problem-no-id = el socio { $number } no tiene identificador
core-map-problem-id-twice = { $partner }: el identificador se usa dos veces
core-map-problem-no-name = { $partner } no tiene nombre
core-map-problem-tie = { $partner }: el vínculo { $tie } está fuera de { $min }-{ $max }
core-map-problem-kind-twice = { $partner }: un tipo de recurso aparece dos veces

## Planes
core-plan-too-many = un plan contiene como mucho { $max } prioridades; quite una primero
core-plan-unknown-facet = no hay ningún aspecto "{ $facet }" en este cuestionario; `ecoready plan --org NAME` muestra los aspectos, los más débiles primero
core-plan-duplicate = "{ $facet }" ya está en el plan
core-plan-not-in-plan = "{ $facet }" no es una prioridad del plan que se revisa

## Combinar versiones de una evaluación
core-merge-no-version = no hay ninguna versión que combinar
core-merge-one-version = solo hay una versión: no hay nada que combinar
core-merge-different-assessments = las versiones contienen evaluaciones distintas ({ $first } y { $other }): dé a una de ellas un identificador nuevo con `ecoready reid`
core-merge-different-questionnaires = las versiones responden a cuestionarios distintos, así que sus respuestas no se pueden combinar
core-merge-marker-out-of-place = línea { $line }: una marca de conflicto fuera de lugar
core-merge-marker-missing = el archivo termina dentro de un conflicto (falta una marca)

## Archivos y respuestas
core-seal-mismatch = su suma de comprobación no coincide con su contenido: el archivo se modificó fuera de ecoready o está cortado
core-seal-damaged = su línea de suma de comprobación está cortada: el archivo está incompleto
core-response-not-on-scale = una respuesta debe ser un número de la escala o `{ $dont_know }`, no `{ $found }`
core-amend-not-complete = no está terminada (un borrador se continúa, no se reabre)
core-amend-log-full = su registro de cambios está lleno (como mucho { $max } entradas, para que el archivo siga siendo legible); empiece una evaluación nueva en su lugar

## Rondas
core-round-left-draft = un borrador: aún no está terminado
core-round-left-other-questionnaire = respondió a { $answered }, no a { $used } de la ronda
core-round-questionnaire-content = { $name } (contenido { $digest })

## Comparación con otras empresas
core-peers-source-data-directory = este directorio de datos
core-peers-imported-norms = normas importadas "{ $source }" ({ $period })
core-norms-period = de { $from } a { $to }

## Reglas de la evidencia (en el documento JSON de la evidencia)
core-evidence-rule-respondents = varias personas encuestadas de una organización y una ronda: la media de sus respuestas a cada pregunta
core-evidence-rule-firms = cada organización cuenta una vez, con su seguimiento más reciente; la repetición de la medida usa sus dos primeros seguimientos con menos de 90 días entre ellos
