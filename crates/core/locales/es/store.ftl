## store: lo que el directorio de datos rechaza o no puede hacer, tal como lo leen las personas.

## Entradas que el almacén rechaza
store-symbolic-link = { $path } es un enlace simbólico; ecoready no sigue enlaces dentro de su directorio de datos
store-not-regular-file = { $path } es { $kind }, no un archivo normal; ecoready solo lee archivos normales
store-not-a-directory = { $path } es { $kind }, no un directorio
store-not-owned = { $path } pertenece a otro usuario (uid { $owner }, no { $user }); ecoready solo usa directorios del usuario que lo ejecuta
store-unreadable-directory = no se puede leer el directorio { $path }: { $reason }
store-kind-fifo = una FIFO (tubería con nombre)
store-kind-socket = un socket
store-kind-device = un dispositivo
store-kind-symbolic-link = un enlace simbólico
store-kind-directory = un directorio
store-kind-file = un archivo
store-kind-special-file = un archivo especial

## Encontrar y bloquear una evaluación
store-invalid-id = `{ $id }` no es un identificador de evaluación válido: use de 1 a { $max } letras, cifras, `_` o `-`
store-no-assessment-with-id = no hay ninguna evaluación con el identificador `{ $wanted }`
store-no-assessment-starting-with = no hay ninguna evaluación con un identificador que empiece por `{ $wanted }`
store-ambiguous-id = `{ $prefix }` coincide con { $count } evaluaciones ({ $candidates }); indique más del identificador
store-candidates-and-more = { $shown } y { $count } más
store-draft-busy = Este borrador está abierto en otra ventana de ecoready. Ciérrelo allí primero.
store-draft-busy-pid = Este borrador está abierto en otra ventana de ecoready (pid { $pid }). Ciérrelo allí primero.
store-lock-failed = no se pudo bloquear { $path }: { $reason }

## Archivos de evaluación que no se pueden leer
store-git-markers = contiene marcas de conflicto de git (dos versiones de una fusión); { $hint }
store-conflict-hint = { $mark } y `ecoready conflicts --merge { $id }` fusiona las versiones
store-conflict-hint-mark = `ecoready conflicts` muestra el conflicto
store-conflict-copy = { $copy } de la evaluación { $id }; { $hint }
store-file-name-not-id = el nombre del archivo no es un identificador de evaluación válido
store-id-mismatch = el archivo contiene la evaluación `{ $id }`, que no coincide con su nombre de archivo
store-not-ecoready-assessment = este no es un archivo de evaluación de ecoready (no tiene `schema_version`); su contenido no se muestra y el archivo se dejó sin cambios
store-not-ecoready-map = este no es un archivo de mapa del ecosistema de ecoready (no tiene `schema_version`); su contenido no se muestra y el archivo se dejó sin cambios
store-not-ecoready-norms = este no es un archivo de normas de ecoready (no tiene `schema_version`); su contenido no se muestra y el archivo se dejó sin cambios
store-newer-schema = escrito por una versión más nueva de ecoready (schema_version { $version }; esta versión lee hasta la { $supported }); actualice ecoready para abrirlo (el archivo se dejó sin cambios)
store-cannot-read-it = no se puede leer: { $reason }
store-too-large = el archivo es demasiado grande (el límite es { $limit } bytes)
store-open-failed = no se pudo abrir el directorio de datos
store-yaml-failed = no se pudo escribir la evaluación { $id } como YAML

## Papelera
store-trash-no-id = nada en la papelera tiene el identificador `{ $wanted }` (`ecoready trash` muestra su contenido)
store-trash-no-id-starting-with = nada en la papelera tiene un identificador que empiece por `{ $wanted }` (`ecoready trash` muestra su contenido)
store-trash-create-failed = no se pudo crear la carpeta de la papelera
store-move-failed = no se pudo mover { $from } a { $to }
store-move-back-failed = no se pudo devolver { $path } a su sitio

## Renombrar y fusionar organizaciones
store-org-not-found = no hay ninguna evaluación ni mapa de "{ $org }"
store-org-bad-name = el nombre nuevo { $problem }
store-org-name-empty = está vacío
store-org-name-taken = "{ $org }" ya es el nombre de otra organización; fusione las dos en su lugar (`ecoready org merge`, o M en el Historial)
store-org-same = "{ $a }" y "{ $b }" son la misma organización; cámbiele el nombre en su lugar
store-org-draft-busy = no se renombró nada: la evaluación { $id } es un borrador

## Fusionar las versiones de un conflicto
store-merge-version-unreadable = no se fusionó nada: { $file }: { $problem }
store-merge-refused = no se fusionó nada: { $problem }
store-side-first = (primer lado de las marcas de conflicto)
store-side-second = (segundo lado de las marcas de conflicto)

## Configuración, reparación, mapas
store-config-defaults = { $problem }; se usa la configuración predeterminada
store-config-language = language: ecoready no habla { $value }; habla { $codes }
store-not-repairable = { $path }: { $problem }; repair solo acepta un archivo que siga siendo una evaluación completa
store-map-cannot-save = no se puede guardar el mapa del ecosistema: { $problems }
store-map-git-markers = contiene marcas de conflicto de git (dos versiones de una fusión); conserve las líneas de un lado, o aparte el archivo y guarde el mapa de nuevo

## Archivos de cuestionario, normas, informes
store-questionnaire-not-utf8 = { $file }:{ $line }: el archivo no es texto UTF-8 válido
store-kept-questionnaire-unloadable = no se puede cargar la copia guardada del cuestionario `{ $questionnaire }` versión { $version }
store-norms-already-imported = las normas de { $source } ya están importadas ({ $path }); quite ese archivo para sustituirlas
store-norms-dir-failed = no se pudo crear el directorio de normas
store-norms-too-many = { $dir } contiene demasiados archivos de normas con el nombre { $name }
store-report-bad-name = no es un nombre de archivo simple para un informe: { $name }
store-reports-too-many = { $dir } ya contiene { $count } informes con el nombre { $name }

## Escribir archivos
store-save-failed = no se pudo guardar { $path }
store-create-dir-failed = no se pudo crear el directorio { $path }
store-sync-dir-failed = se guardó { $path } pero no se pudo sincronizar su directorio
store-maps-dir-failed = no se pudo crear el directorio de mapas
store-map-dir-failed = no se pudo crear el directorio del mapa
store-map-yaml-failed = no se pudo escribir el mapa de { $org } como YAML
store-map-versions-too-many = { $dir } ya contiene { $count } versiones del mapa con el nombre { $name }

## Sumas de comprobación, cambios de nombre, estado
store-seal-missing = le falta la línea de suma de comprobación con la que termina cada archivo de su versión de formato: el archivo está incompleto (cortado) o se cambió fuera de ecoready
store-seal-remedy = { $problem }; no se usa y se dejó sin cambios (si el cambio fue a propósito, `{ $accept }` acepta el archivo tal como está)
store-lock-path-failed = no se pudo bloquear { $path }
store-journal-write-failed = no se pudo escribir el plan
store-journal-damaged = el plan está dañado
store-journal-newer = el plan lo escribió una versión más nueva de ecoready; termínelo con esa versión
store-file-yaml-failed = no se pudo escribir { $path } como YAML
store-remove-failed = no se pudo quitar { $path }
store-open-file-failed = no se pudo abrir { $path }
store-read-failed = no se pudo leer { $path }
store-state-dir-failed = no se pudo crear el directorio del estado de esta máquina
store-listing-without-scores = esta lista se hizo sin todas las puntuaciones
store-trash-full-of-name = { $trash } contiene { $count } archivos con el nombre de { $id }
store-restore-id-taken = la evaluación { $id } ya está en el directorio de datos, así que { $trash_id } se queda en la papelera (quite primero la otra para intercambiarlas)
store-no-cache-directory = este sistema no tiene un directorio de caché estándar (no se encontró el directorio personal); asigne a { $variable } un directorio para el estado de ecoready en este equipo
store-org-both-mapped = "{ $a }" y "{ $b }" tienen cada una un mapa del ecosistema; dos mapas no se pueden combinar en un solo historial. Conserve uno: cambie el nombre de la otra organización, o combínelas en el otro sentido después de apartar su mapa
store-rename-unfinished = no se pudo terminar un cambio de nombre interrumpido de una organización; su plan es { $path } (no se perdió nada: cada archivo tiene el nombre antiguo o el nuevo)
store-rename-under-way = otro cambio de nombre está en curso o se interrumpió (existe { $path }); vuelva a ejecutar ecoready cuando haya terminado
store-no-conflict = la evaluación { $id } no tiene copias en conflicto ni marcas de conflicto: no hay nada que combinar (`ecoready conflicts` muestra los conflictos)
store-no-data-directory = este sistema no tiene un directorio de datos estándar (no se encontró el directorio personal); indique --data-dir DIR o asigne ECOREADY_DATA_DIR
store-questionnaire-not-kept = el cuestionario `{ $id }` versión { $version } (huella { $digest }) no está incluido en esta versión de ecoready y no hay ninguna copia en { $dir }
store-save-changed = la evaluación { $id } cambió en el disco desde que esta ventana la abrió (probablemente por una sincronización o un git pull); no se escribió nada encima
store-save-vanished = la evaluación { $id } se quitó del disco desde que esta ventana la abrió (se movió a la papelera o se borró, quizá en otro equipo); no se volvió a guardar
store-too-many-copies = en este segundo se hicieron { $count } copias en conflicto de la evaluación { $id }; no se escribió nada más
