## Palabras y expresiones que aparecen en todo ecoready.

app-name = ecoready
language-name = Español
answers-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
