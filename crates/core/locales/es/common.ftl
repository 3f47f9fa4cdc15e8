## Palabras y expresiones que aparecen en todo ecoready.

common-app-name = ecoready
common-language-name = Español
common-answers-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
