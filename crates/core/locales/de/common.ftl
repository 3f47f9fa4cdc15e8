## Wörter und Wendungen, die überall in ecoready vorkommen.

app-name = ecoready
language-name = Deutsch
answers-count = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
