## cli: lo que los comandos muestran a las personas (JSON, CSV y el contenido de los archivos siguen en inglés).

## Salida
cli-stdout-failed = no se pudo escribir en la salida estándar
cli-stderr-failed = no se pudo escribir en la salida de errores
cli-stdin-failed = no se pudo leer la respuesta
cli-json-failed = no se pudo convertir el resultado en JSON
cli-warning = aviso: { $message }
cli-skipped = omitido: { $problem }
cli-skipped-file = omitido: { $path }: { $problem }

## Comandos: list, show, validate, resume
cli-no-builtin-questionnaire = esta versión de ecoready no trae ningún cuestionario incorporado
cli-unknown-questionnaire = cuestionario desconocido "{ $wanted }"; disponibles: { $available } (o indique un archivo .yaml)
cli-no-draft-to-resume = no hay ningún borrador que continuar; `ecoready new` empieza uno
cli-list-none = Todavía no hay evaluaciones. Empiece una con `ecoready new`.
cli-list-none-org = Todavía no hay evaluaciones de "{ $org }". Empiece una con `ecoready new`.
cli-list-none-advisor = Todavía no hay evaluaciones del asesor "{ $advisor }". Empiece una con `ecoready new`.
cli-list-none-round = Todavía no hay evaluaciones en la ronda "{ $round }". Empiece una con `ecoready new`.
cli-list-none-org-advisor = Todavía no hay evaluaciones de "{ $org }" del asesor "{ $advisor }". Empiece una con `ecoready new`.
cli-list-none-org-round = Todavía no hay evaluaciones de "{ $org }" en la ronda "{ $round }". Empiece una con `ecoready new`.
cli-list-none-advisor-round = Todavía no hay evaluaciones del asesor "{ $advisor }" en la ronda "{ $round }". Empiece una con `ecoready new`.
cli-list-none-org-advisor-round = Todavía no hay evaluaciones de "{ $org }" del asesor "{ $advisor }" en la ronda "{ $round }". Empiece una con `ecoready new`.
cli-conflicts-found = { $count ->
    [one] { $count } conflicto: `ecoready conflicts` lo muestra y fusiona sus versiones
   *[other] { $count } conflictos: `ecoready conflicts` los muestra y fusiona cada uno
}
cli-skipped-assessment = evaluación { $id } omitida: { $problem }
cli-questionnaire-of-assessment-unloadable = no se pudo cargar el cuestionario { $questionnaire } que usó la evaluación { $id }
cli-map-unreadable = no se pudo leer el mapa del ecosistema: { $reason }
cli-show-map-of = Mapa del ecosistema del { $saved } (la versión vigente el { $recorded })
cli-show-map = Mapa del ecosistema
cli-validate-ok = { $file }: correcto ({ $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
})
cli-validate-failed = { $failed } de { $count ->
    [one] { $count } archivo de cuestionario no es válido
   *[other] { $count } archivos de cuestionario no son válidos
}

## compare, trend, round, remove
cli-trend-none-complete = { $org } todavía no tiene ninguna evaluación completa; `ecoready resume` termina un borrador.
cli-remove-needs-yes = la evaluación { $id } no se quita sin confirmación; con --yes se mueve a la papelera
cli-remove-confirm = ¿Mover la evaluación { $id } ({ $org }, { $date }) a la papelera? [s/N]
cli-remove-confirm-unreadable = ¿Mover la evaluación { $id } (no se puede leer) a la papelera? [s/N]
cli-remove-nothing-moved = No se movió nada.
cli-removed = Evaluación { $id } movida a { $path }
cli-org-none-loadable = no se pudo cargar ninguna de las evaluaciones de "{ $org }" (vea los avisos anteriores)
cli-org-unknown-none-yet = no hay evaluaciones de "{ $org }"; todavía no hay ninguna evaluación; empiece una con `ecoready new`
cli-org-unknown = no hay evaluaciones de "{ $org }"; organizaciones con evaluaciones: { $organizations }

## export
cli-export-compare-two = --compare necesita dos identificadores de evaluación
cli-export-what = indique qué exportar: un ID, --org NOMBRE, --compare A B, --all o --evidence
cli-export-wrote = Informe escrito en { $path }

## plan
cli-plan-due-needs-date = --due necesita una fecha con el formato AAAA-MM-DD (YYYY-MM-DD)
cli-plan-bad-status = "{ $text }": indique done, in-progress o dropped
cli-plan-review-needs-status = --review necesita --status done|in-progress|dropped
cli-plan-saved = Guardado en la evaluación { $id }

## norms
cli-norms-source-length = --source: indique una etiqueta de 1 a { $max } caracteres
cli-norms-yaml-failed = no se pudieron escribir las normas como YAML
cli-norms-exported = Escrito { $file } ({ $groups } grupos, { $areas } áreas; se omiten los grupos de menos de { $min_firms } organizaciones)
cli-norms-imported = Normas { $source } ({ $groups } grupos) importadas como { $file }
cli-norms-none = No hay normas importadas (ecoready norms import ARCHIVO añade algunas).
cli-norms-all-sectors = todos los sectores
cli-norms-firms = hasta { $firms } organizaciones en { $areas } áreas

## map
cli-map-none = todavía no hay ningún mapa del ecosistema de "{ $org }"; dibuje uno en el asistente (`ecoready`, luego Mapas del ecosistema)

## --lang
cli-lang-unknown = ecoready no habla { $value }; habla { $codes }

## org, trash, restore
cli-merge-nothing-merged = No se fusionó nada.
cli-merge-needs-yes = "{ $a }" no se fusiona con "{ $b }" sin confirmación; indique --yes
cli-merge-confirm = ¿Fusionar "{ $a }" con "{ $b }"? Después sus evaluaciones ya no se podrán distinguir. [s/N]
cli-restored = Evaluación { $id } restaurada.

## edit
cli-edit-nothing-changed = No ha cambiado nada en la evaluación { $id }.
cli-edit-changed = Evaluación { $id }: cambiado: { $fields }.
cli-edit-changed-logged = Evaluación { $id }: cambiado: { $fields } (queda en su registro de cambios).

## repair
cli-repair-what = indique el ID de una evaluación, o --map ARCHIVO
cli-man-failed = no se pudo generar la página del manual
