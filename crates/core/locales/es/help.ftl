## help: las páginas de ayuda de los comandos (`ecoready --help`, `ecoready <comando> --help`,
## `ecoready help <comando>`). Los identificadores siguen al comando y al argumento (vea
## en/help.ftl). Los nombres de opciones, los valores, las variables de entorno y los
## marcadores como FILE quedan como están. Sin punto final: clap no muestra ninguno.

## Lo que clap escribe por su cuenta en cada página de ayuda
help-heading-usage = Uso:
help-heading-commands = Comandos:
help-heading-arguments = Argumentos:
help-heading-options = Opciones:
help-flag-help-more = Mostrar la ayuda (más con «--help»)
help-flag-help-summary = Mostrar la ayuda (un resumen con «-h»)
help-flag-help = Mostrar la ayuda
help-flag-version = Mostrar la versión
help-help-about = Mostrar esta ayuda o la de los comandos indicados
help-possible-values = [valores posibles: { $values }]
help-possible-values-heading = Valores posibles:
help-default = [por defecto: { $value }]
help-env = [variable de entorno: { $variable }]

## Textos que comparten varias opciones
help-shared-id = Identificador de la evaluación o cualquier comienzo único de él
help-shared-json-text = Mostrar un documento JSON en lugar de texto
help-shared-json-table = Mostrar un documento JSON en lugar de una tabla
help-shared-org = La organización (sin distinguir mayúsculas y minúsculas)
help-shared-yes = No pedir confirmación

## ecoready y las opciones de todos los comandos
help-about = Asistente de terminal que evalúa qué tan preparado está un negocio pequeño o mediano para trabajar en ecosistemas de negocio entre sectores
help-global-data-dir = Dónde se guardan las evaluaciones (por defecto: el directorio de datos del sistema)
help-global-plain = Preguntas sencillas línea a línea en lugar del asistente a pantalla completa (automático con TERM=dumb o cuando la entrada o la salida no es un terminal)
help-global-theme = Tema de colores del asistente a pantalla completa
help-global-theme-default = Colores para fondos de terminal oscuros
help-global-theme-light = Texto oscuro y colores intensos para fondos de terminal claros
help-global-theme-high-contrast = Texto en negrita, colores vivos y un cursor invertido
help-global-lang = Idioma del asistente, los mensajes y los informes: en, de o es (por defecto: `language:` en config.yaml, si no LC_ALL, LC_MESSAGES o LANG de la configuración regional, si no inglés)

## new
help-new-about = Empezar una evaluación nueva (las opciones rellenan la configuración)
help-new-org = Nombre de la organización
help-new-sector = El sector de la organización
help-new-respondent = Quién responde
help-new-role = El cargo de la persona encuestada
help-new-round = Un nombre de ronda como «inicial» o «seguimiento T3»
help-new-advisor = El nombre del asesor (con `new`, supone --interview)
help-new-interview = Una entrevista guiada por un asesor
help-new-questionnaire = Identificador de un cuestionario, o un archivo de cuestionario
help-new-answer-lang = Idioma en que se hacen y se responden las preguntas: en, de o es, cuando el cuestionario tiene traducción a ese idioma (por defecto: el idioma de los mensajes si la tiene, si no el propio del cuestionario)

## resume
help-resume-about = Continuar un borrador (sin identificador, el más reciente)
help-resume-id = { help-shared-id }

## edit
help-edit-about = Cambiar la organización, el sector, la persona encuestada, el cargo, la modalidad, el asesor o la ronda de una evaluación (queda registrado si estaba completada)
help-edit-id = { help-shared-id }
help-edit-org = { help-new-org }
help-edit-sector = { help-new-sector }
help-edit-respondent = Quién responde
help-edit-role = { help-new-role }
help-edit-round = { help-new-round }
help-edit-advisor = El nombre del asesor (con `new`, supone --interview)
help-edit-mode = Autoevaluación o entrevista guiada
help-edit-mode-self = La persona encuestada responde sola
help-edit-mode-interview = Un asesor entrevista a la persona encuestada
help-edit-reason = Por qué; queda en el registro de cambios de una evaluación completada
help-edit-json = { help-shared-json-text }

## reopen
help-reopen-about = Reabrir una evaluación completada para cambiar respuestas en el asistente; cada cambio queda registrado y las puntuaciones se vuelven a calcular al completarla de nuevo
help-reopen-id = { help-shared-id }
help-reopen-reason = Por qué; queda en el registro de cambios

## list
help-list-about = Listar las evaluaciones guardadas
help-list-org = Solo esta organización (sin distinguir mayúsculas y minúsculas)
help-list-advisor = Solo las evaluaciones de este asesor (sin distinguir mayúsculas y minúsculas)
help-list-round = Solo esta ronda (sin distinguir mayúsculas y minúsculas)
help-list-json = { help-shared-json-table }

## compare
help-compare-about = Comparar dos evaluaciones: por dimensión y aspecto, antes, después y el cambio
help-compare-a = La evaluación anterior (identificador o comienzo único)
help-compare-b = La evaluación posterior (identificador o comienzo único)
help-compare-force = Comparar incluso dos organizaciones distintas, o una evaluación consigo misma
help-compare-json = { help-shared-json-text }

## trend
help-trend-about = Las puntuaciones de una organización a lo largo del tiempo
help-trend-org = { help-shared-org }
help-trend-json = { help-shared-json-text }

## round
help-round-about = Varias personas encuestadas de una organización en una ronda: media, rango y acuerdo
help-round-org = { help-shared-org }
help-round-round = El nombre de la ronda (por defecto: la última ronda de la organización)
help-round-json = { help-shared-json-text }

## remove
help-remove-about = Mover una evaluación a la papelera del directorio de datos (no se borra nada)
help-remove-id = { help-shared-id }
help-remove-yes = { help-shared-yes }

## org, org rename, org merge
help-org-about = Cambiar el nombre de una organización, o unirla a otra, en todas las evaluaciones y mapas
help-org-rename-about = Dar otro nombre a una organización (también otra ortografía o mayúsculas) en todas las evaluaciones y versiones del mapa
help-org-rename-old = El nombre actual de la organización (sin distinguir mayúsculas y minúsculas)
help-org-rename-new = El nombre nuevo
help-org-rename-json = { help-shared-json-text }
help-org-merge-about = Hacer de la organización A parte de B: las evaluaciones y versiones del mapa de A toman el nombre de B
help-org-merge-a = La organización que se une a la otra (sin distinguir mayúsculas y minúsculas)
help-org-merge-b = La organización de la que pasa a formar parte (sin distinguir mayúsculas y minúsculas; se mantiene su ortografía)
help-org-merge-yes = { help-shared-yes }
help-org-merge-json = { help-shared-json-text }

## trash, restore
help-trash-about = Listar las evaluaciones de la papelera (lo que `restore` puede recuperar)
help-trash-json = { help-shared-json-table }
help-restore-about = Sacar una evaluación de la papelera
help-restore-id = Su identificador en la papelera (`ecoready trash` los lista) o cualquier comienzo único de él
help-restore-json = { help-shared-json-text }

## export
help-export-about = Escribir un informe: una evaluación, una comparación, la evolución de una organización o la evidencia
help-export-id = Identificador de la evaluación (o comienzo único) del informe
help-export-org = Una organización (sin distinguir mayúsculas y minúsculas): su evolución en md, html o json; sus evaluaciones en csv
help-export-compare = Comparar dos evaluaciones (identificadores o comienzos únicos); la anterior es «antes»
help-export-all = Todas las evaluaciones de todas las organizaciones, en CSV: la cartera de todos los clientes
help-export-round-report = Con --org: el informe de la ronda (las puntuaciones de cada persona encuestada, el acuerdo y las preguntas con respuestas muy distintas) de la última ronda con nombre de la organización
help-export-round = Con --round-report: esta ronda en lugar de la última
help-export-evidence = El informe del instrumento (`ecoready evidence`) en md, html o json
help-export-questionnaire = Con --evidence: el identificador o el archivo del cuestionario (por defecto: el incorporado)
help-export-format = El formato del informe
help-export-format-md = Markdown
help-export-format-html = Una página HTML autónoma con gráficos, lista para imprimir en PDF
help-export-format-csv = Valores separados por comas para hojas de cálculo
help-export-format-json = Los mismos documentos JSON que muestra `--json`
help-export-csv-layout = Forma del CSV: una fila por evaluación (wide) o una fila por respuesta (long); no con --compare
help-export-csv-layout-wide = Una fila por evaluación
help-export-csv-layout-long = Una fila por respuesta
help-export-force = Con --compare: comparar incluso dos organizaciones distintas, o una evaluación consigo misma
help-export-output = Escribir el informe en FILE (reemplazado de una sola vez) en lugar de la salida estándar

## map
help-map-about = El mapa del ecosistema de una organización: socios por capa y lo que aportan
help-map-org = { help-shared-org }
help-map-json = { help-shared-json-text }

## plan
help-plan-about = El plan de mejora de una organización: hasta cinco aspectos en los que trabajar hasta el próximo seguimiento, y cómo fue el plan anterior
help-plan-org = { help-shared-org }
help-plan-add = Añadir este aspecto (su identificador, como aparece en la lista) al plan del último seguimiento completado
help-plan-replace = Con --add: reemplazar la prioridad del aspecto si ya está en el plan
help-plan-owner = Con --add: quién se encarga
help-plan-due = Con --add: para cuándo, como AAAA-MM-DD (YYYY-MM-DD)
help-plan-remove = Quitar este aspecto del plan del último seguimiento completado
help-plan-review = Revisar esta prioridad del plan anterior en el último seguimiento
help-plan-status = Con --review: done, in-progress o dropped
help-plan-note = Con --add: qué hay que hacer; con --review: qué pasó
help-plan-json = { help-shared-json-text }

## evidence
help-evidence-about = Qué tan fiables son las puntuaciones: alfa, omega, cifras de las preguntas, retest y el menor cambio real, sobre todas las evaluaciones del directorio de datos
help-evidence-questionnaire = Identificador de un cuestionario, o un archivo de cuestionario (por defecto: el incorporado)
help-evidence-json = { help-shared-json-text }

## norms, norms export, norms import, norms list
help-norms-about = Normas anónimas: exportar las de este directorio de datos, importar las de otros (los percentiles dicen entonces qué normas usan), listar las importadas
help-norms-export-about = Escribir normas anónimas de este directorio de datos: por versión del cuestionario, sector y dimensión, el número de empresas y los deciles de sus puntuaciones; ningún grupo de menos de 10
help-norms-export-output = El archivo de normas que se escribe (reemplazado de una sola vez)
help-norms-export-source = El nombre con que los percentiles citarán estas normas (por defecto: «ecoready norms of <trimestre>»)
help-norms-import-about = Comprobar un archivo de normas y copiarlo en la carpeta de normas del directorio de datos
help-norms-import-file = El archivo de normas
help-norms-list-about = Listar las normas importadas
help-norms-list-json = { help-shared-json-text }

## init
help-init-about = Preparar un directorio de datos para un equipo que lo comparte mediante git o una carpeta sincronizada: lo crea si hace falta y escribe .gitignore, .gitattributes y .stignore (a los que ya existen se les añaden las líneas que faltan; nada más cambia)
help-init-shared = El directorio de datos que se comparte
help-init-json = { help-shared-json-text }

## paths
help-paths-about = Dónde están el directorio de datos, el estado de este equipo para él y el archivo de ajustes
help-paths-json = { help-shared-json-text }

## completions, man
help-completions-about = Mostrar un script de autocompletado para la shell
help-completions-shell = La shell: bash, zsh, fish, powershell o elvish
help-man-about = Mostrar la página del manual (roff) en la salida estándar

## conflicts, reid, repair
help-conflicts-about = Evaluaciones con versiones de varios equipos (copias en conflicto de la sincronización, marcas de conflicto de git); `--merge ID` une una respuesta por respuesta
help-conflicts-merge = Unir las versiones de esta evaluación (gana la última respuesta dada, se conservan todas las notas) y mover sus archivos a la papelera
help-conflicts-json = { help-shared-json-text }
help-reid-about = Dar a una evaluación un identificador nuevo (cuando dos equipos crearon el mismo); las revisiones del plan que la nombran la siguen, el archivo antiguo va a la papelera
help-reid-id = { help-shared-id }
help-reid-json = { help-shared-json-text }
help-repair-about = Aceptar un archivo cuya suma de comprobación no coincide (cambiado a propósito fuera de ecoready): se vuelve a escribir tal como se lee ahora, con una suma de comprobación nueva
help-repair-id = { help-shared-id }
help-repair-map = En su lugar, un archivo de una versión del mapa (en la carpeta maps/<organización>/ del directorio de datos)
help-repair-json = { help-shared-json-text }

## show, questionnaires, validate
help-show-about = Mostrar las puntuaciones de una evaluación
help-show-id = { help-shared-id }
help-show-json = { help-shared-json-text }
help-questionnaires-about = Listar los cuestionarios disponibles
help-questionnaires-json = { help-shared-json-table }
help-validate-about = Comprobar archivos de cuestionario e informar de cada problema con su línea
help-validate-files = Los archivos de cuestionario que se comprueban
