## report: las palabras de todos los informes (texto, Markdown, HTML, etiquetas SVG).

report-map-section-title = Mapa del ecosistema
report-overall-caveat = La puntuación global promedia preguntas de acuerdo (cuánto está de acuerdo la organización con una afirmación) y preguntas de madurez (qué nivel descrito corresponde a la organización). No son el mismo tipo de número: lea la puntuación global como un resumen y compare cada dimensión consigo misma a lo largo del tiempo, no con otras dimensiones.
report-not-enough-answers = respuestas insuficientes
report-not-available = n/d
report-coverage = { $answered }/{ $total } ({ $percent })
report-answered-sentence = { $answered } de { $total } preguntas respondidas con un valor ({ $percent }); { $dont_know } respondidas con «No sé».
report-band-range = { $min } a { $max }
report-mode-self-assessment = autoevaluación
report-mode-interview = entrevista guiada
report-status-draft = borrador
report-status-complete = completa

report-label-organization = Organización
report-label-respondent = Persona encuestada
report-label-mode = Modalidad
report-label-advisor = Asesor
report-label-round = Ronda
report-label-questionnaire = Cuestionario
report-label-started = Iniciada
report-label-completed = Completada
report-label-status = Estado
report-label-assessment-id = Identificador de la evaluación
report-weakest-dimension-item = Dimensión: { $title }, { $score }
report-weakest-facet-item = Aspecto: { $title } en { $dimension }, { $score }
report-knowledge-gaps = Muchas respuestas «No sé» en: { $titles }. Averiguarlo es un primer paso.
report-amendments-heading = Cambios después de completarla
report-amendments-earlier-date = una fecha anterior
report-amendments-completed-again = Completada por primera vez el { $first }, completada de nuevo el { $again }; las puntuaciones mostradas son las recalculadas. Se conserva cada cambio:
report-amendments-reopened = Completada por primera vez el { $first } y reabierta; los cambios de abajo no cuentan hasta que se complete de nuevo:

report-assessment-title = Informe de { $questionnaire }: { $organization }
report-overall-heading = Preparación global
report-overall-score = { $score } de 100, { $band }
report-scores-heading = Puntuaciones por dimensión y aspecto
report-column-area = Área
report-column-score = Puntuación
report-column-band = Tramo
report-column-answered = Respondidas
report-column-dont-know = No sé
report-column-range = Intervalo
report-column-meaning = Significado
report-weakest-heading = Áreas más débiles
report-next-steps-heading = Próximos pasos
report-flagged-heading = Marcadas para revisar
report-notes-heading = Comentarios
report-column-item = Pregunta
report-column-note = Comentario
report-radar-title = Puntuaciones de las dimensiones, de 0 a 100
report-radar-caption = Cada dimensión de 0 a 100, anillos cada 20 puntos; n/d: respuestas insuficientes.
report-footer = Informe generado por ecoready. Las puntuaciones van de 0 a 100, redondeadas a un decimal.
report-footer-questionnaire = Cuestionario { $id } { $version }, huella { $digest }.

report-plan-reviewed-heading = Plan revisado en este seguimiento
report-plan-made-heading = Plan elaborado a partir de este seguimiento
report-plan-trend-heading = Planes de mejora
report-plan-column-priority = Prioridad
report-plan-column-owner = Responsable
report-plan-column-due = Fecha límite
report-plan-column-status = Estado
report-plan-column-before-after = Aspecto antes → después
report-plan-column-change = Cambio
report-plan-column-noise = Ruido de medición
report-plan-column-review-note = Comentario de la revisión
report-plan-column-note = Comentario
report-plan-change-note = Cambio: la puntuación comparable del aspecto (sobre las preguntas que ambos seguimientos respondieron) desde el seguimiento que elaboró el plan hasta el que lo revisó. Es real cuando alcanza el cambio real más pequeño del aspecto (MDC95); uno menor está dentro del ruido de medición, y un aspecto sin MDC95 no tiene estimación. El estado dice lo que se hizo; el cambio dice lo que muestran las puntuaciones, y no tienen por qué coincidir.
report-plan-status-done = hecho
report-plan-status-in-progress = en curso
report-plan-status-dropped = abandonado
report-plan-status-not-reviewed = sin revisar
report-plan-change-on-items = { $change } sobre { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
report-not-comparable = no comparable
report-plan-made-at = Elaborado en el seguimiento del { $date } ({ $assessment }).
report-plan-made-at-round = Elaborado en el seguimiento del { $date }, ronda «{ $round }» ({ $assessment }).
report-plan-reviewed-in = Revisado en { $assessment }.
report-plan-open = Abierto: se revisa en el próximo seguimiento.
report-plan-trend-note = Cada plan junto a los seguimientos que abarca: elaborado a partir de las puntuaciones de un seguimiento, revisado en el siguiente. Cambio: la puntuación comparable del aspecto desde la evaluación que contiene el plan hasta la que contiene su revisión (una persona encuestada en cada una, no el promedio de la evolución entre personas encuestadas). Es real cuando alcanza el cambio real más pequeño del aspecto (MDC95); uno menor está dentro del ruido de medición.
report-plan-point-round = { $date } (ronda «{ $round }»)
report-plan-point-assessment = { $date } ({ $assessment })
report-plan-span-reviewed = Plan elaborado en el seguimiento del { $made }, revisado en el seguimiento del { $reviewed }
report-plan-span-reviewed-in-draft = Plan elaborado en el seguimiento del { $made }, revisado en { $assessment }, un borrador: aún no está en la evolución
report-plan-span-open = Plan elaborado en el seguimiento del { $made }, abierto: se revisa en el próximo seguimiento

report-list-column-id = Identificador
report-list-draft-answered = borrador { $responded }/{ $total } respondidas
report-questionnaires-column-version = Versión
report-questionnaires-column-title = Título
report-questionnaires-column-items = Preguntas
report-questionnaires-column-minutes = Minutos
report-questionnaires-column-origin = Origen
report-questionnaires-origin-builtin = incluido
report-label-assessment = Evaluación
report-label-last-change = Último cambio
report-status-draft-answered = borrador, { $answered } de { $total } preguntas respondidas
report-text-overall = Preparación global: { $score }
report-text-coverage = { $answered } de { $total } preguntas respondidas, { $dont_know } «No sé» (cobertura { $percent })
report-text-column-dimension-facet = Dimensión / aspecto
report-text-weakest-dimension = Dimensión más débil: { $title } ({ $score })
report-text-weakest-facet = Aspecto más débil: { $title } en { $dimension } ({ $score })
report-peers-heading = Frente a organizaciones similares

report-compare-marks = Cambio: ▲ mayor, ▼ menor, = sin cambio (menos de 0,05 puntos), ? no comparable (las preguntas que ambas partes respondieron son muy pocas para una puntuación). Cada puntuación aquí se calcula sobre las preguntas que ambas partes respondieron con un valor (comparable), por lo que puede diferir de la puntuación propia de la evaluación. Si un cambio supera el ruido de medición se indica en la columna Ruido.
report-compare-two-organizations = { $before } / { $after }
report-compare-title = Comparación: { $organization }, { $before } → { $after }
report-label-date = Fecha
report-compare-no-note = (ninguno)
report-compare-before = Antes
report-compare-after = Después
report-compare-warning = Aviso:
report-compare-scores-heading = Puntuaciones
report-compare-change = Cambio
report-compare-like-for-like = Comparable
report-compare-noise = Ruido
report-compare-noise-note = Ruido: { $note }
report-compare-moved-heading = Preguntas que más cambiaron
report-compare-answer-before = Respuesta antes
report-compare-answer-after = Respuesta después
report-compare-series-before = Antes ({ $date })
report-compare-series-after = Después ({ $date })
report-compare-radar-title = Puntuaciones de las dimensiones antes y después, de 0 a 100
report-compare-radar-caption = Antes en línea discontinua, después en línea continua; cada dimensión de 0 a 100, anillos cada 20 puntos.
report-compare-reverse-worded = formulada al revés: estar de acuerdo da una puntuación más baja
report-text-note-before = antes:   { $note }
report-text-note-after = después: { $note }
report-moved-answers = { $answer_before } → { $answer_after }, puntuación { $before } → { $after }

report-trend-grouping = Cada seguimiento es una ronda, o las evaluaciones de un día sin etiqueta de ronda. Solo cuentan las evaluaciones completas.
report-trend-changed-note = * otras personas encuestadas u otro cuestionario que en el seguimiento anterior.
report-trend-title = Preparación a lo largo del tiempo: { $organization }
report-trend-span = { $count } seguimientos, del { $first } al { $last }.
report-trend-span-one = Un seguimiento, { $date }.
report-trend-span-none = Aún no hay ninguna evaluación completa.
report-trend-concerns = Áreas preocupantes
report-trend-concerns-lowest-now = Áreas preocupantes (las más bajas ahora)
report-trend-concerns-nothing-declined = Áreas preocupantes (nada ha bajado; las más bajas ahora)
report-trend-area-now = { $title }: { $score } ahora
report-trend-area-change = { $title }: { $first } → { $last }, { $change } (comparable: { $rests_on }; { $noise })
report-trend-respondents = Personas encuestadas
report-trend-most-improved = Lo que más mejoró
report-trend-scores-heading = Puntuaciones a lo largo del tiempo
report-trend-chart-title = Preparación global y cada dimensión a lo largo del tiempo, de 0 a 100
report-trend-chart-caption = Preparación global en negro continuo con marcadores redondos, cada dimensión con su propio trazo y forma de marcador, cada línea nombrada en su último valor; de 0 a 100, situadas por fecha.
report-trend-text-title = { $organization }: preparación a lo largo de { $count ->
    [one] { $count } seguimiento
   *[other] { $count } seguimientos
}
report-trend-rests-on = Se basa en
report-trend-how-to-read = Cómo leer esto
report-trend-no-concerns = Ninguna: cada área que se puede comparar mejoró más que el ruido de medición.
report-trend-no-real-rise = Ninguna: ningún área subió más que el ruido de medición.
report-trend-point-scores = La puntuación de un aspecto en un seguimiento es la media de sus personas encuestadas; las dimensiones y la puntuación global se calculan a partir de ellas con las reglas habituales.
report-chart-one-check-in = Por ahora un solo seguimiento: aún no hay ningún cambio que mostrar.

report-round-agreement-explained = El acuerdo es rwg(j): { $alike } cuando todos respondieron igual, { $random } cuando las respuestas están tan dispersas como unas al azar. Por debajo de { $below } un área está EN DISPUTA: las opiniones difieren, así que es un buen punto para hablarlo juntos. Se calcula sobre una escala de respuesta cada vez; un área que mezcla escalas muestra la más baja, con la escala. Las respuestas de escalas distintas nunca se juntan, por lo que no hay acuerdo global.
report-round-agenda-explained = Preguntas cuyas respuestas distan al menos { $apart } puntos en 0-100 (la mitad de la escala: dos pasos de una escala de 5 puntos), de mayor a menor distancia, con la respuesta y el comentario de cada persona encuestada. Un «No sé» junto a una respuesta se muestra pero no cuenta como diferencia.
report-round-agenda-too-few = Un orden del día necesita al menos dos personas encuestadas en la ronda.
report-round-agenda-empty = Ninguna pregunta se respondió de forma tan distinta.
report-round-title = Informe de ronda: { $organization }, ronda «{ $round }»
report-round-summary = { $count ->
    [one] { $count } persona encuestada
   *[other] { $count } personas encuestadas
}, con { $questionnaire }.
report-round-summary-no-questionnaire = { $count ->
    [one] { $count } persona encuestada
   *[other] { $count } personas encuestadas
}.
report-round-contested = EN DISPUTA
report-round-respondent-number = Persona encuestada { $number }
report-round-not-answered = sin responder
report-round-role = Función
report-round-overall = Global
report-round-left-out = Excluidas:
report-round-scores-heading = Puntuaciones y acuerdo
report-round-mean = Media
report-round-range = Rango
report-round-agreement = Acuerdo
report-round-agenda-heading = Orden del día: preguntas respondidas de forma muy distinta
report-round-points-apart = { $facet }, a { $apart } puntos de distancia
report-round-answer = Respuesta

## Dónde se sitúa una empresa entre otras comparables.
report-peers-too-few = demasiado pocas empresas para comparar ({ $firms } de { $needed })
report-peers-too-few-anywhere = Demasiado pocas empresas para comparar ({ $firms } de { $needed }) con { $questionnaire } en este directorio de datos, y ninguna norma importada la sitúa.
report-peers-basis-sector = Con { $questionnaire }, cada otra empresa una vez con su último seguimiento completo; su sector: { $sector }.
report-peers-basis-no-sector = Con { $questionnaire }, cada otra empresa una vez con su último seguimiento completo; sin sector indicado.
report-peers-in-norms = En las normas importadas «{ $norms }» ({ $period }):
report-peers-in-data-directory = Entre las otras empresas de este directorio de datos:
report-peers-area = { $area }: { $all }
report-peers-area-with-sector = { $area }: { $all }; en su sector: { $sector }
report-peers-no-sector = sin sector indicado
report-peers-no-score = ninguna puntuación que situar
report-peers-among-local = { $place } entre { $firms } otras empresas de este directorio de datos
report-peers-among-local-sector = { $place } entre { $firms } otras empresas de su sector en este directorio de datos
report-peers-place-of = { $place } de { $firms } empresas
report-peers-no-group-all = ningún grupo de todos los sectores
report-peers-no-group-sector = ningún grupo de su sector
report-peers-no-group-all-in = ningún grupo de todos los sectores en { $norms }
report-peers-no-group-sector-in = ningún grupo de su sector en { $norms }
report-peers-below-tenth = por debajo del percentil 10
report-peers-above-ninetieth = por encima del percentil 90
report-peers-among-norms = { $place } entre { $firms } empresas en { $norms }
report-peers-among-norms-sector = { $place } entre { $firms } empresas de su sector en { $norms }
report-peers-percentile = percentil { $n }

## `ecoready plan` como texto.
report-plan-text-title = Plan de mejora de { $org }
report-plan-text-none-yet = Todavía no hay plan. Elija hasta 5 aspectos de abajo, el más débil primero, con `ecoready plan --org NAME --add FACET --owner NAME --due YYYY-MM-DD --note TEXT`.
report-plan-text-current = Plan actual
report-plan-text-earlier = Plan anterior
report-plan-text-candidates = Aspectos del último seguimiento, el más débil primero
report-plan-column-facet = Aspecto
report-plan-column-title = Título
report-plan-text-priority = { $title } (plazo { $due }): { $status }
report-plan-text-priority-owner = { $title } ({ $owner }, plazo { $due }): { $status }
report-plan-text-facet-change = Aspecto { $before_after }, { $change }
report-plan-text-facet-change-noise = Aspecto { $before_after }, { $change }, { $noise }
report-plan-text-note = Anotación: { $note }
report-plan-text-review = Revisión: { $note }

## Ecosystem map
# The rings of the map, from the firm outwards, and one short word for each.
report-map-layer-immediate = Red inmediata
report-map-layer-extended = Red ampliada
report-map-layer-enabling = Entorno propicio
report-map-layer-short-immediate = Inmediata
report-map-layer-short-extended = Ampliada
report-map-layer-short-enabling = Entorno
# The kind of relationship with a partner.
report-map-relationship-supplier = proveedor
report-map-relationship-customer = cliente
report-map-relationship-collaborator = colaborador
report-map-relationship-competitor = competidor con el que cooperamos
report-map-relationship-institution = institución
report-map-relationship-other = otro
# The kinds of resources a partner brings, and examples that explain each.
report-map-kind-tangible = tangibles
report-map-kind-intangible = intangibles
report-map-kind-relational = relacionales
report-map-kind-tangible-examples = equipos, espacio, materiales, dinero
report-map-kind-intangible-examples = conocimientos, marcas, datos
report-map-kind-relational-examples = contactos, reputación, acceso a redes
# What the map shows.
report-map-no-partners-yet = El mapa del ecosistema aún no tiene socios.
# $layer is one short word for the layer, e.g. "Immediate".
report-map-layer-empty = La capa «{ $layer }» está vacía: ningún socio.
report-map-layer-thin = La capa «{ $layer }» es escasa: { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}.
report-map-missing-tangible = Ningún socio aporta recursos tangibles (equipos, espacio, materiales, dinero).
report-map-missing-intangible = Ningún socio aporta recursos intangibles (conocimientos, marcas, datos).
report-map-missing-relational = Ningún socio aporta recursos relacionales (contactos, reputación, acceso a redes).
report-map-strong-ties-lean = Los vínculos fuertes se apoyan en un solo sector: { $sector } reúne { $amount } de { $strong } ({ $share }).
report-map-much-rests-on = Mucho depende de { $name }: { $share } de la fuerza total de los vínculos.
report-map-unspecified-sector = { $count ->
    [one] { $count } socio no tiene sector y queda fuera de la cifra de diversidad.
   *[other] { $count } socios no tienen sector y quedan fuera de la cifra de diversidad.
}
report-map-partners = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}
# $index is the Gini-Simpson index (0 to 1), $effective the number of equally large sectors it equals.
report-map-diversity = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
} en { $sectors ->
    [one] { $sectors } sector
   *[other] { $sectors } sectores
}; diversidad de sectores { $index } en una escala de 0 a 1 (como { $effective } sectores del mismo tamaño).
report-map-diversity-no-index = { $count ->
    [one] { $count } socio
   *[other] { $count } socios
} en { $sectors ->
    [one] { $sectors } sector
   *[other] { $sectors } sectores
}.
report-map-no-change-since = Sin cambios desde el mapa del { $date }.
# $changes lists counts like "2 added, 1 removed".
report-map-changes-since = Desde el mapa del { $date }: { $changes }.
report-map-count-added = { $count ->
    [one] { $count } añadido
   *[other] { $count } añadidos
}
report-map-count-removed = { $count ->
    [one] { $count } quitado
   *[other] { $count } quitados
}
report-map-count-moved = { $count ->
    [one] { $count } cambiado de capa
   *[other] { $count } cambiados de capa
}
report-map-count-stronger = { $count ->
    [one] { $count } más fuerte
   *[other] { $count } más fuertes
}
report-map-count-weaker = { $count ->
    [one] { $count } más débil
   *[other] { $count } más débiles
}
report-map-none-by = No se había guardado ningún mapa del ecosistema el { $date }, fecha de esta evaluación; el primero se guardó el { $first }.
report-map-summary = { $org } en el centro; { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}; mapa guardado el { $date }.
# Each kind of change, followed by the partners it concerns.
report-map-changed-added = Añadidos
report-map-changed-removed = Quitados
report-map-changed-moved = Cambiados de capa
report-map-changed-stronger = Vínculos más fuertes
report-map-changed-weaker = Vínculos más débiles
# Next steps that point at the map's gaps.
report-map-hint-start = Trace el mapa de su ecosistema: empiece por cinco socios con los que ya trabaja y después añada los organismos y las tendencias que los rodean.
report-map-hint-immediate = Nombre a los proveedores, clientes clave y asociaciones locales en los que se apoya, y a un competidor con el que podría cooperar.
report-map-hint-extended = Diríjase a una asociación sectorial, una institución de investigación o un proveedor de tecnología: aportan conocimientos que una pequeña empresa no puede desarrollar sola.
report-map-hint-enabling = Anote las normativas, tendencias de mercado y normas que marcan su campo, y quién habla por ellas.
report-map-hint-tangible = Busque un socio que pueda compartir equipos, espacio o materiales.
report-map-hint-intangible = Encuentre un socio que aporte conocimientos o datos, como una universidad o un proveedor de tecnología.
report-map-hint-relational = Pida a un socio de confianza que le presente a su red; una asociación o una cámara también pueden abrirle puertas.
report-map-hint-strong-ties-in = Sus vínculos fuertes están sobre todo en { $sector }: cree un vínculo fuerte en otro sector.
report-map-hint-depends-on = Mucho depende de { $name }: refuerce un segundo vínculo para que un cambio de rumbo de un socio no le paralice.
report-map-hint-low-diversity = La mayoría de los socios comparten sector: un socio de otro sector aporta lo que le falta al suyo.
# A merge of map versions saved in parallel, in one sentence; $names lists the partners.
report-map-merge-added-some = { $count ->
    [one] { $count } socio añadido solo en algunas de ellas
   *[other] { $count } socios añadidos solo en algunas de ellas
} ({ $names })
report-map-merge-removed-some = { $count ->
    [one] { $count } socio quitado en algunas
   *[other] { $count } socios quitados en algunas
} ({ $names })
report-map-merge-added-other = { $count ->
    [one] { $count } socio añadido por la otra versión
   *[other] { $count } socios añadidos por la otra versión
} ({ $names })
report-map-merge-removed-other = { $count ->
    [one] { $count } socio quitado por la otra versión
   *[other] { $count } socios quitados por la otra versión
} ({ $names })
report-map-merge-added-others = { $count ->
    [one] { $count } socio añadido por las otras versiones
   *[other] { $count } socios añadidos por las otras versiones
} ({ $names })
report-map-merge-removed-others = { $count ->
    [one] { $count } socio quitado por las otras versiones
   *[other] { $count } socios quitados por las otras versiones
} ({ $names })
report-map-merge-kept = { $count ->
    [one] { $count } socio quitado en una versión pero cambiado en otra, por lo que se conserva
   *[other] { $count } socios quitados en una versión pero cambiados en otra, por lo que se conservan
} ({ $names })
report-map-merge-edited = { $count ->
    [one] { $count } socio cambiado en varias; se conserva el último cambio
   *[other] { $count } socios cambiados en varias; se conserva el último cambio
} ({ $names })
report-map-merge-no-difference = ningún socio difiere
# $what is what the merge changed, e.g. "1 partner added by the other version (Alder)".
report-map-merged-parallel = Fusionado a partir de { $count } versiones guardadas en paralelo el { $dates }: { $what }.
report-map-merged-with = Fusionado con { $count ->
    [one] { $count } versión guardada
   *[other] { $count } versiones guardadas
} en otro lugar el { $dates } desde que se abrió este mapa: { $what }.
# "a, b and c": $rest is every item but the last, separated by commas.
report-map-list-and = { $rest } y { $last }
# The map in `ecoready map` and in reports.
report-map-text-title = Mapa del ecosistema de { $org }
report-map-text-saved = guardado { $date } · { $versions ->
    [one] { $versions } versión
   *[other] { $versions } versiones
} · { $count ->
    [one] { $count } socio
   *[other] { $count } socios
}
report-map-text-no-partners = (aún no hay socios)
report-map-text-brings = aporta recursos { $kinds }
report-map-they-bring = aportan: { $what }
report-map-we-bring = aportamos: { $what }
report-map-shows = Lo que muestra el mapa
report-map-text-next-steps = Próximos pasos
report-map-next-steps = Próximos pasos para el mapa
report-map-changes-heading = Cambios desde { $date }
report-map-layer-no-partners = Aún no hay socios en esta capa.
report-map-column-partner = Socio
report-map-column-sector = Sector
report-map-column-relationship = Relación
report-map-column-brings = Aporta
report-map-column-what-exactly = Qué exactamente
report-map-column-we-bring = Aportamos
report-map-column-tie = Vínculo
report-map-shortened = Abreviados en el dibujo: { $names }.
report-map-tie-of = { $tie } de { $most }

## Evidence, conflicts, organizations, round (text)
report-orgs-renamed = Se cambió el nombre «{ $from }» a «{ $to }»: { $assessments ->
    [one] { $assessments } evaluación
   *[other] { $assessments } evaluaciones
} y { $map_versions ->
    [one] { $map_versions } versión del mapa
   *[other] { $map_versions } versiones del mapa
} llevan ahora el nombre.
report-orgs-merged = Se unió «{ $from }» con «{ $to }»: { $assessments ->
    [one] { $assessments } evaluación
   *[other] { $assessments } evaluaciones
} y { $map_versions ->
    [one] { $map_versions } versión del mapa
   *[other] { $map_versions } versiones del mapa
} llevan ahora el nombre.
report-orgs-trash-empty = La papelera está vacía.
report-orgs-column-trash-id = ID EN PAPELERA
report-orgs-column-organization = ORGANIZACIÓN
report-orgs-column-respondent = PERSONA ENCUESTADA
report-orgs-column-round = RONDA
report-orgs-column-status = ESTADO
report-orgs-column-started = INICIO
report-orgs-trash-restore-hint = `ecoready restore TRASH-ID` recupera un elemento de la papelera.
report-conflicts-none = No hay conflictos: cada evaluación tiene un solo archivo.
report-conflicts-assessment = La evaluación { $id } tiene { $count ->
    [one] { $count } versión
   *[other] { $count } versiones
}:
report-conflicts-merge-hint = `ecoready conflicts --merge { $id }` las une respuesta por respuesta.
report-conflicts-kind-side = ({ $kind }, lado { $side })
report-conflicts-unreadable = no se puede leer: { $problem }
report-conflicts-version = { $status }, { $responses ->
    [one] { $responses } respuesta
   *[other] { $responses } respuestas
}, último cambio { $changed }, persona encuestada «{ $respondent }»
report-conflicts-merged = Se unieron { $versions ->
    [one] { $versions } versión
   *[other] { $versions } versiones
} de la evaluación { $id } en una: { $status }, { $responses ->
    [one] { $responses } respuesta
   *[other] { $responses } respuestas
}.
report-conflicts-no-difference = Ninguna respuesta era distinta entre las versiones.
report-conflicts-differences = Respuestas distintas (se conservó la última dada):
report-conflicts-dont-know = no sé
report-conflicts-no-response = ninguna
report-conflicts-value = versión { $version }: { $response }
report-conflicts-value-kept = versión { $version }: { $response } (conservada)
report-conflicts-value-at = versión { $version }: { $response } el { $at }
report-conflicts-value-at-kept = versión { $version }: { $response } el { $at } (conservada)
report-conflicts-notes-joined = Se conservaron las notas de cada versión, una tras otra: { $versions }.
report-conflicts-trashed = Los archivos de las versiones están en la papelera: { $files }.
report-conflicts-reid = La evaluación { $old_id } ahora es { $new_id }.
report-conflicts-reid-references = Las revisiones del plan de { $assessments } nombran ahora el nuevo id.
report-conflicts-reid-trashed = El archivo anterior está en la papelera: { $file }.
report-conflicts-repair-accepted = Se aceptó { $file } tal como está ahora y se volvió a escribir su suma de comprobación.
report-conflicts-repair-intact = { $file } está intacto: no hay nada que reparar.
report-round-text-title = { $organization }, ronda «{ $round }»: { $count ->
    [one] { $count } persona encuestada
   *[other] { $count } personas encuestadas
}
# A respondent's short label in the round tables: R1, R2, ...
report-round-text-respondent-short = P{ $number }
report-round-text-left-out = Excluidas
report-round-text-lowest = Acuerdo más bajo: { $area } { $rwg } (respuestas en la escala { $scale })
report-round-text-lowest-contested = Acuerdo más bajo: { $area } { $rwg } (respuestas en la escala { $scale }) EN DISPUTA
report-round-text-agreement-too-few = El acuerdo necesita al menos dos personas encuestadas en la ronda.
report-round-text-agenda-item = { $item } ({ $facet }), a { $apart } puntos de distancia
report-evidence-column-area = Área
report-evidence-column-items = Preguntas
report-evidence-column-firms = Negocios
report-evidence-column-alpha = Alfa
report-evidence-column-ci95 = IC 95 %
report-evidence-column-omega = Omega
report-evidence-column-sd = DE
report-evidence-column-sem = EEM
report-evidence-column-mdc95 = MDC95
report-evidence-column-retest = Retest
report-evidence-column-note = Nota
report-evidence-column-item = Pregunta
report-evidence-column-mean = Media
report-evidence-column-item-total = r(it)
# "Don't know": the share of firms that answered it.
report-evidence-column-dont-know = NS
report-evidence-column-floor = Suelo
report-evidence-column-ceiling = Techo
report-evidence-column-flags = Señales / nota
report-evidence-reliability-title = Fiabilidad de las puntuaciones (0-100)
report-evidence-title = Evidencia sobre { $title } ({ $id } { $version })
report-evidence-basis-rests-on = Se basa en { $firms ->
    [one] { $firms } organización
   *[other] { $firms } organizaciones
} (cada una una vez, con su último seguimiento), a partir de { $check_ins ->
    [one] { $check_ins } seguimiento
   *[other] { $check_ins } seguimientos
} y { $assessments ->
    [one] { $assessments } evaluación completa
   *[other] { $assessments } evaluaciones completas
}.
report-evidence-basis-averaged = Varias personas encuestadas de una organización y ronda cuentan como un seguimiento, la media de sus respuestas por pregunta ({ $count ->
    [one] { $count } seguimiento tuvo varias
   *[other] { $count } seguimientos tuvieron varias
}).
report-evidence-basis-retest = Retest: { $firms ->
    [one] { $firms } organización
   *[other] { $firms } organizaciones
} con dos seguimientos separados por menos de { $days ->
    [one] { $days } día
   *[other] { $days } días
} (el primer par así de cada una).
report-evidence-basis-left-out = Excluidos: { $drafts ->
    [one] { $drafts } borrador
   *[other] { $drafts } borradores
} y { $others ->
    [one] { $others } evaluación
   *[other] { $others } evaluaciones
} de otro cuestionario, otra versión u otro contenido.
report-evidence-basis-needs = Una cifra necesita { $firms } organizaciones ({ $pairs } pares para el retest); por debajo, la nota lo dice en lugar de dar un número.
report-evidence-items-title = Preguntas (señaladas: r pregunta-total < { $item_total }, «No sé» > { $dont_know }, suelo o techo > { $floor_ceiling })
report-evidence-note-omega = omega: { $why }
report-evidence-note-retest = retest: { $why }
report-evidence-retest-cell = { $icc } ({ $pairs ->
    [one] { $pairs } par
   *[other] { $pairs } pares
})
report-evidence-flag-low-item-total = baja correlación pregunta-total
report-evidence-flag-many-dont-know = muchos «No sé»
report-evidence-flag-floor = efecto suelo
report-evidence-flag-ceiling = efecto techo
report-evidence-too-few-firms = muy pocos negocios ({ $firms } de { $needed })
report-evidence-too-few-pairs = muy pocos pares ({ $pairs } de { $needed })
report-evidence-one-item = una sola pregunta: no hay consistencia interna que medir
report-evidence-totals-do-not-vary = los totales de los negocios no varían
report-evidence-item-does-not-vary = una pregunta no varía
report-evidence-alpha-not-positive = alfa no es mayor que 0: no hay error de medición que indicar
report-evidence-scores-do-not-vary = las puntuaciones no varían
report-evidence-item-total-one-item = correlación pregunta-total: el aspecto tiene una sola pregunta
report-evidence-item-total-too-few = correlación pregunta-total: { $too_few } con todas las preguntas del aspecto
report-evidence-omega-no-fit = el ajuste de un factor no convergió
report-evidence-omega-heywood = el ajuste de un factor dio a una pregunta una carga de 1 o más

## `ecoready paths` y `ecoready init --shared`.
report-paths = Directorio de datos (se puede compartir): { $data }
    Estado de este equipo (cachés del índice, registro de renombrados; nunca se comparte): { $state }
    Bloqueos de borradores (solo este equipo): { $locks }
report-paths-settings = Ajustes (este usuario): { $config }
report-setup-wrote = Escrito { $path }.
report-setup-unchanged = { $path } ya tenía cada línea; se dejó como estaba.
report-setup-extended = { $path } existía: se conservó como estaba, con estas líneas añadidas al final: { $lines }
report-setup-share = Comparta el directorio de datos (vea docs/teams.md); el resto se queda en este equipo.
report-evidence-footer = Una cifra que se basa en demasiado pocas organizaciones no se imprime; su nota explica por qué.
report-map-dot-size = Tamaño del punto: fuerza del vínculo, de 1 (contacto ocasional) a { $max } (estrecho, de confianza).
