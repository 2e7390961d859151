## The collection tools: the XLSForm questions written around the
## indicators (identification, missing reasons, constraint messages), the
## printable questionnaire, the list of forms, and the messages about
## exports read back.

# The language's own name, as XLSForm column suffixes carry it.
form-language-name = English
# The title of a form: $set_title (the set's title), $wave (one of form-wave-…).
form-title = { $set_title } — { $wave }

## The waves as they read inside a sentence (by code).

form-wave-entry = entry
form-wave-follow_up = follow-up
form-wave-exit = exit
form-wave-post_exit = after exit

## The identification questions.

# The heading of the identification questions.
form-ids-group = Identification
# The note opening the form, for the interviewer.
form-instructions = Ask each question as it is written. If the person does not answer, leave the answer empty and choose the reason just below: never guess an answer.
# The organisation question, its hint and its constraint message.
form-organisation-label = Organisation code
form-organisation-hint = Your organisation's code in the network, for example ASSO-A.
form-organisation-constraint = Unaccented letters, digits, "-", "_" or ".", at most 64 characters, starting with a letter or a digit.
# The beneficiary question and its hint.
form-beneficiary-label = Id of the person supported
form-beneficiary-hint = The id your organisation uses (never the name). It is pseudonymised on import.
# The interview-date question and its constraint message.
form-date-label = Date of the interview
form-date-constraint = The interview date cannot be in the future.
# The age question (asked only to show the questions for that age) and its hint.
form-age-label = Age of the person (in completed years)
form-age-hint = Only used to show the questions for that age.
# Why an age is refused: $max.
form-age-constraint = A whole number from 0 to { $max }.
# Yes and no, as answers.
form-yes = Yes
form-no = No

## The hints and constraints of indicator questions.

# Who answers, as a hint for the interviewer (by respondent).
form-respondent-beneficiary = Ask the person.
form-respondent-professional = Assessment by the professional who supports the person.
form-respondent-administrative = From the person's file.
# Who a question is for, by age: $min and $max (in years).
form-ages-between = For people aged { $min } to { $max }.
form-ages-from = For people aged { $min } and over.
form-ages-up-to = For people aged { $max } or under.
# What a whole number must be: $min, $max.
form-whole-number-between = A whole number from { $min } to { $max }.
form-whole-number-from = A whole number, { $min } or more.
# What a quantity must be: $unit, $min, $max (written).
form-quantity-between = A number from { $min } to { $max } (in { $unit }).
form-quantity-from = A number, { $min } or more (in { $unit }).
form-quantity-up-to = A number, { $max } at most (in { $unit }).
form-quantity-any = A number (in { $unit }).
# One labelled point of a scale, in a hint: $point, $label.
form-scale-point = { $point } = { $label }
# What separates the labelled points in a hint.
form-scale-point-separator = {"; "}
# The missing-reason question after an indicator's question: $label (the question).
form-missing-label = No answer to "{ $label }": why?
# The hint under the missing-reason question.
form-missing-hint = Only when the question was left unanswered.
# The missing reasons, as choices (by code).
form-missing-reason-refused = The person did not want to answer
form-missing-reason-not_applicable = The question does not apply to their situation
form-missing-reason-unknown = Answer unknown (does not know, information missing)
# The hint of a composite scale's group: $items (how many items).
form-scale-hint = A scale of { $items } questions, asked one by one. The score is computed on import.

## The printable questionnaire.

# The kind line.
form-paper-kind = Interview questionnaire
# The facts under the title: the wave, the set version, the form id.
form-paper-wave = Collection wave
form-paper-version = Reference set version
form-paper-form-id = Form
# The heading of the interviewer's instructions, then the instructions, one paragraph each.
form-paper-instructions-title = Instructions for the interviewer
form-paper-instruction-1 = Fill in the identification before the interview. Never write the person's name: only the id your organisation uses.
form-paper-instruction-2 = Read each question as it is written. Tick one box only, or write a number in the frame.
form-paper-instruction-3 = If the person does not answer, do not guess: leave the answer empty and tick the reason (refused, does not apply, unknown).
form-paper-instruction-4 = A question for certain ages is not asked outside those ages: tick "does not apply".
# Above the answer boxes of a single choice.
form-paper-tick-one = Tick one box
# Above the box of a number to write.
form-paper-write-number = Write the number
# Before the missing-reason boxes.
form-paper-no-answer = No answer:
# The footer of each page: $form_id.
form-paper-footer = Form { $form_id }. Answers are entered in the online form with the same id.

## impact form --list.

# The heading: $set_id, $version.
form-list-title = Forms of reference set { $set_id } (version { $version })
# The column headings.
form-list-column-wave = wave
form-list-column-form-id = form id
form-list-column-questions = questions
form-list-column-title = title

## Exports read back.

# An export from a form that lacks some questions of the wave, read all the same:
# $wave (one of form-wave-…), $version (form-export-version, or empty),
# $missing (the questions it lacks), $count (how many).
form-export-lacks = export of a form ({ $wave }){ $version } read all the same, but it does not ask the { $count ->
        [1] question
       *[other] questions
    } { $missing }: those answers are not collected
# The versions the export gives: $form_version, $set_version.
form-export-version = {" "}(form version { $form_version }, reference set { $set_version })
# What to do about it.
form-export-lacks-advice = publish the current version of the form (impact form) for the next interviews
