## Wörter und Wendungen, die überall in ecoready vorkommen.

common-app-name = ecoready
common-language-name = Deutsch
common-answers-count = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
