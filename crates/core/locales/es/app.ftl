## app: lo que la capa de aplicación dice a las personas, en cada interfaz.

## El plan de mejora bajo los resultados
app-plan-heading = Plan de mejora
app-plan-reviewed-here = El plan del seguimiento del { $date }, revisado aquí:
app-plan-reviewed-here-round = El plan del seguimiento del { $date } (ronda { $round }), revisado aquí:
app-plan-not-reviewed = El plan del { $date } no se revisó en este seguimiento: `ecoready plan --org NOMBRE --review ASPECTO --status done` lo revisa.
app-plan-made-here = El plan hecho a partir de este seguimiento:
app-plan-none-yet = Todavía no se ha hecho ningún plan a partir de este seguimiento. { $hint }
app-plan-no-scored-facet = Ningún aspecto tiene una puntuación a partir de la cual planificar.
app-plan-latest-only = Los planes se hacen a partir del último seguimiento completo de la organización.
app-plan-once-complete = Se hace un plan en cuanto este seguimiento esté completo.
app-plan-owner = responsable: { $owner }
app-plan-due = para el { $date }
app-plan-status = : { $status }
app-plan-status-note = : { $status } ({ $note })
app-plan-not-reviewed-status = : sin revisar
app-plan-items-both-times = , en { $count ->
    [one] { $count } pregunta respondida
   *[other] { $count } preguntas respondidas
} las dos veces
app-plan-no-change-incomplete = no hay cambio comparable hasta que este seguimiento esté completo
app-plan-no-change-unscored = no hay cambio comparable: el aspecto no tiene puntuación en uno de los dos seguimientos

## Rondas
app-round-unknown = { $org } no tiene ninguna evaluación completa en la ronda "{ $round }"; sus rondas: { $rounds }
app-round-unknown-no-rounds = { $org } no tiene ninguna evaluación completa en la ronda "{ $round }"; todavía no tiene rondas con etiqueta
app-round-none-labelled = { $org } no tiene ninguna evaluación completa con etiqueta de ronda; etiquete los seguimientos con `ecoready new --round ETIQUETA`

## Abrir, editar y reabrir evaluaciones
app-already-complete = la evaluación { $id } está completa; `ecoready show { $id }` muestra sus resultados
app-organization-empty = el nombre de la organización no puede estar vacío
app-cannot-edit = la evaluación { $id } no se puede editar: { $refusal }
app-cannot-reopen = la evaluación { $id } no se puede reabrir: { $refusal }
app-org-no-assessments = no hay evaluaciones de "{ $org }"; `ecoready list` muestra las organizaciones
app-plan-made-from-latest = los planes de { $org } se hacen a partir de su último seguimiento completo, { $date } ({ $id }): ábralo desde el Historial
app-plan-no-complete-check-in = { $org } todavía no tiene ningún seguimiento completo a partir del cual hacer un plan
app-not-a-date = "{ $text }" no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2027-03-31

## Informes y comparaciones
app-not-compared = no se comparan: { $objection }. Añada --force para compararlas de todos modos.
app-compare-csv-long = una comparación tiene una sola forma CSV; quite --csv-layout long
app-report-json-failed = no se pudo escribir el informe como JSON
app-report-map-failed = no se pudo añadir el mapa del ecosistema al informe JSON
app-export-write-failed = no se pudo escribir la exportación
app-export-skipped = evaluación { $id }: { $problem }
app-export-questionnaire-missing = evaluación { $id }: no se pudo cargar su cuestionario { $questionnaire }
app-map-unreadable = No se pudo leer el mapa del ecosistema: { $reason }
app-norms-default-source = normas de ecoready de { $quarter }
app-plan-nothing-to-review = no hay ningún plan que revisar: un plan hecho en un seguimiento anterior se revisa en el seguimiento siguiente (`ecoready new --org NAME` empieza uno)
app-plan-no-complete = todavía no hay ninguna evaluación terminada de esta organización: un plan se hace a partir de los resultados de un seguimiento
app-export-evidence-formats = el informe de evidencia se escribe en md, html o json (su JSON contiene todas las cifras para una hoja de cálculo)
app-export-all-csv-only = --all solo escribe CSV (--format csv); `ecoready list --json` muestra todas las evaluaciones en JSON
app-caused-by = Causa: { $cause }
