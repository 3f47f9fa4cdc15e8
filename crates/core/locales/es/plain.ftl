## plain: el asistente línea a línea. Las letras y palabras que se escriben como
## órdenes (y, n, f, b, u, g, s, q, done, dropped …) se quedan como están.

plain-yes-words = s, si, sí
plain-piped-needs-command = con la entrada redirigida, indique qué hacer: `ecoready new --plain < respuestas.txt` o `ecoready resume --plain < respuestas.txt`

## Leer líneas
plain-line-mistake = línea { $line }: { $problem }
plain-stdin-failed = no se pudo leer la entrada estándar
plain-line-too-long = la línea tiene más de { $max } bytes
plain-line-not-utf8 = la línea no es texto UTF-8 válido

## Una parte (una dimensión) y sus preguntas
plain-part-heading = Parte { $part } de { $parts }: { $title }
plain-part-summary = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}, { $answered } respondidas hasta ahora. Tratan: { $facets }.
plain-question-heading = Pregunta { $number } de { $count } · { $dimension } › { $facet }
plain-your-answer = (su respuesta)
plain-flagged = Marcada para revisar.
plain-flag-removed = Marca quitada.
plain-answer-prompt = Respuesta (1-{ $options }, 0 no sé, ? ayuda):
plain-commands-heading = Órdenes:
plain-how-to-answer = Escriba el número de su respuesta y pulse Enter; ? muestra la ayuda y todas las órdenes.
plain-saved-before-mistake = Las respuestas anteriores están guardadas en el borrador { $id }; `ecoready resume { $id }` lo continúa.
plain-mistake-type-help = { $problem }; escriba ? para ver la ayuda
plain-not-an-option = { $number } no es una opción aquí: elija 1-{ $options }, o 0 para "no sé"
plain-first-question = Esta es la primera pregunta.
plain-note-prompt = Nota (una línea vacía la quita):
plain-note-not-saved = { $problem }; la nota no se guardó
plain-note-removed = Nota quitada.
plain-note-saved = Nota guardada.

## Ir a una pregunta (g)
plain-go-to-prompt = Ir a la pregunta (1-{ $count }, Enter para quedarse):
plain-not-a-question-number = "{ $text }" no es un número de pregunta
plain-no-such-question = no hay pregunta { $wanted }; están numeradas del 1 al { $count }
plain-state-answered = respondida
plain-state-answered-flagged = respondida, marcada
plain-state-dont-know = no sé
plain-state-dont-know-flagged = no sé, marcada
plain-state-not-answered = sin responder
plain-state-not-answered-flagged = sin responder, marcada

## El repaso y el final
plain-review-answered = { $answered } de { $total } respondidas, { $dont_know } de ellas con "no sé".
plain-review-prompt = Pulse Enter para terminar y ver los resultados (g N va a una pregunta, b atrás, q salir):
plain-finish-anyway-prompt = ¿Terminar de todos modos? Escriba s para terminar, o pulse Enter para volver al repaso:
plain-review-commands-only = esto es el repaso: pulse Enter para terminar, o g N para ir a una pregunta
plain-saved-as = Guardada como evaluación { $id }; `ecoready show { $id }` vuelve a mostrar estos resultados.
plain-draft-saved = Borrador guardado. `ecoready resume { $id }` lo continúa.
plain-input-ended = la entrada terminó después de la línea { $line } antes de terminar la evaluación; el borrador está guardado (`ecoready resume { $id }` lo continúa; termine la entrada con una línea `q` para dejar un borrador a propósito)
plain-save-failed = No se pudo guardar: { $reason }. El próximo cambio lo vuelve a intentar.
plain-could-not-save = no se pudo guardar la evaluación { $id }

## Órdenes: lo que muestra ? y los errores al escribirlas
plain-cmd-answer = responder y seguir
plain-cmd-dont-know = no sé
plain-cmd-help = ayuda
plain-cmd-note = nota (n sola: escríbala en la línea siguiente; una nota vacía la quita)
plain-cmd-flag = marcar para revisar (otra vez: quitar la marca)
plain-cmd-back = atrás
plain-cmd-undo = deshacer la última respuesta (vuelve a su pregunta)
plain-cmd-go-to = ir a la pregunta N (g sola las lista)
plain-cmd-skip = siguiente pregunta sin responder
plain-cmd-leave = salir (el borrador queda guardado)
plain-cmd-finish = terminar y ver los resultados
plain-cmd-back-to-last = volver a la última pregunta
plain-not-an-option-number = "{ $text }" no es un número de opción
plain-takes-nothing-after = `{ $word }` no lleva nada detrás
plain-go-needs-number = `g` necesita un número de pregunta, no "{ $text }"
plain-not-a-command = "{ $text }" no es una orden
plain-key-note = n TEXTO
plain-key-go-to = g N
plain-key-skip = s o Enter
plain-key-enter = Enter

## Inicio y configuración
plain-nothing-saved = No se guardó nada.
plain-piped-organization = la primera línea debe ser el nombre de la organización (o indique --org NOMBRE)
plain-input-empty = la entrada está vacía: { $problem }
plain-home-prompt = Elija 1-3:
plain-home-choose = elija 1, 2 o 3
plain-questionnaire-choice = { $title } ({ $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
})
plain-questionnaire-choice-minutes = { $title } ({ $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}, unos { $minutes } minutos)
plain-questionnaire-prompt = Elija 1-{ $count } (Enter para 1):
plain-choose-number = elija un número del 1 al { $count }
plain-organization-prompt = Organización (obligatorio):
plain-interview-needs-advisor = una entrevista guiada necesita el nombre del asesor: añada --advisor NOMBRE
plain-field-empty-hint = Pulse Enter para dejar un campo vacío.
plain-mode-prompt = { $field }: 1) { $self_assessment } 2) { $interview } (Enter para 1):
plain-choose-1-or-2 = elija 1 o 2
plain-field-prompt = { $label } ({ $hint }):
plain-field-required-prompt = { $label } ({ $hint }, obligatorio):
plain-round-prompt = { $label } (un número elige una; o escriba una etiqueta nueva):
plain-round-similar-prompt = { $similar } "{ $existing }"? (s la usa, Enter conserva "{ $typed }"):
plain-type-shorter = { $problem }; escriba uno más corto
plain-started = Empezada la evaluación { $id } de { $org }: { $title }, { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}. Cada respuesta se guarda al momento.
plain-resuming = Continuando el borrador { $id } de { $org }: { $answered } de { $count } preguntas respondidas.

## El plan de mejora: revisar el anterior, elegir prioridades
plain-plan-review-intro = El seguimiento del { $date } hizo un plan. ¿Cómo fue cada prioridad?
plain-plan-priority-owner = { $title } (responsable: { $owner })
plain-plan-priority-due = { $title } (para el { $due })
plain-plan-priority-owner-due = { $title } (responsable: { $owner }, para el { $due })
plain-plan-status-prompt = ¿Cómo fue? hecho, en curso, abandonado (Enter: revisar más tarde):
plain-plan-bad-status = escriba hecho, en curso o abandonado, o pulse Enter
plain-plan-note-prompt = Una nota al respecto (Enter para ninguna):
plain-plan-make-hint = `ecoready plan --org "{ $org }" --add ASPECTO --owner NOMBRE --due AAAA-MM-DD` hace uno.
plain-plan-pick-prompt = ¿Elegir hasta { $count } aspectos en los que trabajar hasta el próximo seguimiento? (s/N):
plain-plan-saved-note = La evaluación { $id } está completa y guardada; cada prioridad se guarda en cuanto se indica.
plain-plan-areas-heading = Aspectos de este seguimiento, el más débil primero:
plain-plan-facet-prompt = Número de un aspecto en el que trabajar (Enter: terminado):
plain-plan-give-number = indique un número del 1 al { $count }
plain-plan-owner-prompt = ¿Quién se encarga? (Enter para nadie todavía):
plain-plan-due-prompt = ¿Para cuándo? AAAA-MM-DD (Enter para sin fecha):
plain-plan-what-prompt = ¿Qué hay que hacer? (Enter para sin nota):
plain-plan-added = En el plan: { $title }.
plain-plan-show-hint = `ecoready plan --org "{ $org }"` muestra el plan.

## El borrador cambió en el disco: las opciones
plain-underneath-prompt = Su elección [{ $letters }]:
plain-underneath-not-a-choice = "{ $text }" no es una de las opciones: escriba { $letters }.
plain-underneath-choose-again = { $problem } Elija de nuevo.
