## language: choosing the language of answers and questionnaires
