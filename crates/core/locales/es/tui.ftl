## tui: the full-screen wizard's own words (the sentences it shares with plain mode are in wizard.ftl)
tui-key-answer = responder
tui-key-dont-know = no sé
tui-key-scroll = desplazar
tui-key-report = informe
tui-key-yes = sí
tui-key-no = no
tui-key-assessments = evaluaciones
tui-key-organizations = organizaciones
tui-key-compare = cotejar
tui-key-trend = tendencia
tui-key-round = ronda
tui-key-add-respondent = +persona encuestada
tui-key-map = mapa
tui-key-to-trash = a la papelera
tui-key-search = buscar
tui-key-by-status = por estado
tui-key-by-round = por ronda
tui-key-by-advisor = por asesor
tui-key-rename-organization = renombrar la organización
tui-key-merge-into-another = fusionar con otra
tui-key-trash-restore = papelera (restaurar)
tui-key-restore = restaurar
tui-key-back-to-the-lists = volver a las listas
tui-key-keep-the-search = mantener la búsqueda
tui-key-clear-the-search = borrar la búsqueda
tui-key-go-on = seguir
tui-key-cancel = cancelar
tui-key-chart-report = gráfico / informe
tui-key-other-round = otra ronda
tui-key-move-up = subir
tui-key-move-down = bajar
tui-key-page-up = página arriba
tui-key-page-down = página abajo
tui-key-scroll-the-explanation-up = subir la explicación
tui-key-scroll-the-explanation-down = bajar la explicación
tui-key-first = primero
tui-key-last = último
tui-key-select = elegir
tui-key-confirm-next = confirmar / siguiente
tui-key-back = atrás
tui-key-next = siguiente
tui-key-next-field = campo siguiente
tui-key-pick-the-organizations-next-round-label = elegir la siguiente ronda de la organización
tui-key-pick-the-previous-round-label = elegir la ronda anterior
tui-key-previous-field = campo anterior
tui-key-previous-choice = opción anterior
tui-key-next-choice = opción siguiente
tui-key-note = anotación
tui-key-flag = marcar
tui-key-undo-last-answer = deshacer la última respuesta
tui-key-edit-setup = editar la configuración
tui-key-improvement-plan = plan de mejora
tui-key-plan-or-change-the-facet = planificar o cambiar el aspecto
tui-key-take-out-of-the-plan = quitar del plan
tui-key-next-status = estado siguiente
tui-key-previous-status = estado anterior
tui-key-go-on-to-the-questions = seguir con las preguntas
tui-key-review-later = revisar más tarde
tui-key-reopen-to-amend = reabrir para corregir
tui-key-go-to = ir a
tui-key-new = nueva
tui-key-resume = continuar
tui-key-history = historial
tui-key-maps = mapas
tui-key-evidence = evidencia
tui-key-layer-to-the-left = capa a la izquierda
tui-key-layer-to-the-right = capa a la derecha
tui-key-add = añadir
tui-key-edit = editar
tui-key-remove = quitar
tui-key-by-layer = por capa
tui-key-by-sector = por sector
tui-key-open = abrir
tui-key-next-choice-toggle = opción siguiente / alternar
tui-key-save = guardar
tui-key-open-the-map = abrir el mapa
tui-key-merge-both-recommended = fusionar ambas (recomendado)
tui-key-reload-theirs-yours-to-the-trash = cargar la otra (la suya a la papelera)
tui-key-keep-both-yours-as-a-conflict-copy = conservar ambas (la suya como copia en conflicto)
tui-key-restore-with-your-answers = restaurar con sus respuestas
tui-key-leave-removed-yours-to-the-trash = dejarlo quitado (la suya a la papelera)
tui-key-try-saving-again = intentar guardar de nuevo
tui-key-help = ayuda
tui-key-leave-saving-once-more = salir (guardando una vez más)
tui-key-leave-ecoready-saved-first = salir de ecoready (guardado antes)
tui-key-done-typing = terminar de escribir
tui-key-leave = salir
tui-key-leave-without-saving = salir sin guardar
tui-key-quit-now-saved = salir ya (guardado)
tui-key-label-ctrl = Ctrl-{ $key }
tui-key-label-any = cualquier otra tecla
tui-key-label-backtab = Mayús-Tab
tui-key-label-page-up = PgUp
tui-key-label-page-down = PgDn
tui-home-skipped = { $count ->
    [one] { $count } archivo no se pudo leer y se omitió
   *[other] { $count } archivos no se pudieron leer y se omitieron
}
tui-home-conflicts = { $count ->
    [one] { $count } conflicto: `ecoready conflicts`
   *[other] { $count } conflictos: `ecoready conflicts`
}
tui-home-conflicts-and-skipped = { $count ->
    [one] { $count } conflicto
   *[other] { $count } conflictos
}: `ecoready conflicts`; { $skipped ->
    [one] { $skipped } archivo ilegible, omitido
   *[other] { $skipped } archivos ilegibles, omitidos
}
tui-home-resume-which = { " " }({ $organization }, { $answered } respondidas)
tui-home-resume-whose = { " " }({ $organization }, { $answered } respondidas, { $whose })
tui-home-colleagues-draft = borrador de { $advisor }
tui-home-no-advisor = sin asesor
tui-home-draft-answered = borrador, { $answered } respondidas
tui-setup-round-similar = ¿Quiso decir «{ $existing }»?{ " " }
tui-setup-rounds-so-far = { $similar }Rondas hasta ahora: { $rounds } (PgDn elige una; escribir un nombre nuevo empieza una ronda nueva).
tui-setup-questionnaire = { $title } ({ $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
})
tui-setup-questionnaire-minutes = { $title } ({ $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}, unos { $minutes } min)
tui-question-position = Pregunta { $number } de { $count }
tui-question-answered-in-part = { " " }{ $answered } de { $count } respondidas en esta parte
tui-intro-part = Parte { $number } de { $count }
tui-intro-questions = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}, { $answered } respondidas hasta ahora. Tratan:
tui-goto-legend = ✓ respondida · ? no sé · ⚑ marcada
tui-review-answered = { $answered } de { $count } respondidas
tui-review-summary = { $answered } de { $count } respondidas, { $dont_know } de ellas «no sé». { $hint }
tui-question-number = P{ $number }
tui-not-available = n/d
tui-coverage = { $answered } de { $count } respondidas ({ $percent })
tui-coverage-not-enough = { $not_enough } ({ $answered } de { $count } respondidas)
tui-results-title = { $results } · { $organization }
tui-map-notes-of = Su mapa del ecosistema del { $day } muestra:
tui-weakest-dimension = Dimensión más débil: { $title } ({ $score })
tui-weakest-facet = Aspecto más débil: { $title } ({ $score })
tui-history-conflicts = { $count ->
    [one] { $count } conflicto: `ecoready conflicts` lo lista y lo fusiona
   *[other] { $count } conflictos: `ecoready conflicts` los lista y los fusiona
}
tui-history-organizations = Organizaciones ({ $count })
tui-history-name-column = Nombre (evaluaciones)
tui-history-search = Buscar:
tui-history-status = Estado:
tui-history-round = Ronda:
tui-history-advisor = Asesor:
tui-history-filter-all = todas
tui-history-filter-drafts = borradores
tui-history-filter-complete = completas
tui-history-assessments-of = { $count ->
    [one] 1 evaluación
   *[other] { $count } evaluaciones
} de { $organization }
tui-history-started-column = Inicio
tui-history-round-column = Ronda
tui-history-respondent-column = Persona encuestada
tui-history-mode-column = Modo
tui-history-score-column = Puntuación
tui-history-mode-self = auto
tui-history-mode-interview = entrevista
tui-too-small-size = Necesita al menos { $min_width }x{ $min_height } y tiene { $width }x{ $height }.
tui-unsaved-assessment = En la evaluación de { $organization } ({ $id }) no se pudo guardar: { $what } ({ $reason }). Lo guardado antes se conserva; continúe con `ecoready resume { $id }`.
tui-unsaved-new-assessment = No se pudo guardar la evaluación nueva de { $organization }: { $reason }. No se creó ningún borrador.
tui-unsaved-map-change = No se pudo guardar el último cambio en el mapa del ecosistema de { $organization }: { $reason }. Las versiones anteriores del mapa se conservan.
tui-unsaved-change = No se pudo guardar un cambio: { $reason }.
tui-changed-answers = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
tui-changed-notes = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
tui-changed-flags = { $count ->
    [one] { $count } marca
   *[other] { $count } marcas
}
tui-list-and = { $rest } y { $last }
tui-list-separator = ,{ " " }
tui-compare-before-label = Antes
tui-compare-after-label = Después
tui-compare-before = antes
tui-compare-after = después
tui-compare-change = cambio
tui-compare-items = ítems
tui-compare-noise-column = ruido
tui-compare-real = real
tui-compare-noise = ruido
tui-compare-no-estimate = sin est.
tui-compare-before-on = antes { $date }
tui-compare-after-on = después { $date }
tui-trend-date = fecha
tui-trend-round = ronda
tui-trend-overall = total
tui-trend-point-answered = { "  " }{ $date }: { $respondents } con { $questionnaires }
tui-trend-real-from = real: ≥ { $mdc }
tui-round-respondents = { $count ->
    [one] { $count } persona encuestada:
   *[other] { $count } personas encuestadas:
}
tui-round-mean = media
tui-round-range = rango
tui-round-rwg = rwg
tui-round-agenda-item = { $text } ({ $facet }, { $apart } puntos de diferencia)
tui-round-which = { " " }({ $number } de { $count }, la más reciente primero)
tui-evidence-flagged = { $flagged_heading } ({ $flagged } de { $count })
tui-plan-planned = { $planned } de { $most } planificadas
tui-plan-nothing-to-plan = Ningún aspecto de este seguimiento tiene una puntuación con la que planificar.
tui-plan-more = { "  " }↑ { $above } más arriba · ↓ { $below } más abajo
tui-plan-priority = Prioridad: { $title } (puntuación { $score })
tui-plan-review-plan-of = plan del { $date }
tui-plan-review-more = { "  " }↑ { $above } líneas arriba · ↓ { $below } abajo (↑ ↓ mueve)
tui-plan-review-not-yet = aún sin revisar
tui-plan-review-owner = responsable { $owner }
tui-plan-review-due = para el { $date }
tui-plan-review-note = anotación: { $note }
tui-plan-review-note-placeholder = qué pasó
tui-input-full = { $limit }; no se puede añadir más
tui-rename-prompt = Nombre nuevo para { $organization }:
tui-merge-prompt = Fusionar { $organization } con:
tui-rename-question = ¿Renombrar { $organization } como { $new_name } en cada evaluación y mapa?
tui-merge-question = ¿Fusionar { $organization } con { $into }? Después no se podrán distinguir sus evaluaciones.
tui-trash-id-column = Id en papelera
tui-trash-organization-column = Organización
tui-trash-status-column = Estado
tui-trash-restore-question = { $question } { $id } ({ $organization }, { $started })
tui-setup-saved = { $saved } { $fields }.
tui-plan-from-latest = { $made_from } ({ $date }); ábralo desde el historial.
tui-plan-saved = { $saved } { $id }.
tui-said-with-id = { $said } { $id }
tui-map-empty = vacía
tui-map-thin = escasa
tui-map-missing = falta
tui-map-resources = Recursos:
tui-map-top-partner = socio principal { $share } { $name }
tui-map-top-sector = sector principal { $share } { $name }
tui-map-strong-ties-in = vínculos fuertes { $strong }, { $amount } en { $sector } ({ $share })
tui-map-strong-ties = vínculos fuertes { $strong }
tui-map-ties-top-partner = Vínculos: socio principal { $share } ({ $name })
tui-map-ties-top-sector = { " " }· sector principal { $share } ({ $name })
tui-map-ties-strong = { " " }· fuertes { $strong }, { $amount } en { $sector }
tui-map-more = { "  " }{ $arrow } { $count } más
tui-map-partner-head = { $name }{ $sector } · { $relationship } · vínculo { $tie } de { $most }, { $meaning }
tui-map-they-bring = aportan: { $what }
tui-map-they-bring-kinds = aportan ({ $kinds }): { $what }
tui-map-we-bring = aportamos: { $what }
tui-map-version-saved = guardado { $date } · { $count ->
    [one] 1 versión
   *[other] { $count } versiones
}
tui-map-version-merged = fusionado { $date } · { $count ->
    [one] 1 versión
   *[other] { $count } versiones
}
tui-map-filters = ◉ { $organization } en el centro · se muestran { $layers }, { $sectors }
tui-map-of = mapa del { $day }, { $count ->
    [one] 1 socio
   *[other] { $count } socios
}
tui-map-sector = sector { $sector }
tui-map-full = Un mapa admite como máximo { $most } socios; quite uno para añadir otro
tui-map-merged-not-saved = No se pudo guardar la versión fusionada: { $reason }
tui-save-panel-fix = Libere espacio (o corrija lo que indica el mensaje) y pulse { $key } para intentarlo de nuevo; cualquier otra tecla también lo intenta.
tui-save-panel-leave = { $key } sale: ecoready lo intenta una vez más y, si falla, dice al salir qué no se pudo guardar.
tui-too-small-keys = Agrande la ventana; las teclas esperan hasta entonces. { $quit_key } sale (sus respuestas se guardan antes); { $help_key } muestra las teclas.
tui-error-restore-terminal = ecoready: no se pudo restaurar la terminal: { $reason }
tui-error-signals = no se pudo preparar el manejo de señales
tui-error-read-terminal = no se pudo leer de la terminal
tui-error-wait-terminal = no se pudo esperar a la terminal
tui-error-prepare-terminal = no se pudo preparar la terminal
tui-error-draw = no se pudo dibujar la pantalla
tui-error-resize = no se pudo ajustar el tamaño de la pantalla
tui-config-warning = aviso: { $message }
tui-results-scores = puntuaciones
