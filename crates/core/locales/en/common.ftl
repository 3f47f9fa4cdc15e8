## Words and phrases used across ecoready's surfaces. English is the source of every
## other language's catalogue: a message added here is added to de/ and es/ too.

common-app-name = ecoready
# The language's own name, as a language menu shows it.
common-language-name = English
# A count of answers (plural rules of the language choose the form).
common-answers-count = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
