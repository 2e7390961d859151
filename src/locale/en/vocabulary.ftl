## The names people read for the closed vocabularies of the definition
## format (`impact indicators show`) that the report words do not already
## hold: respondents, life cycle, references, measure types. Each message
## is keyed by the value as written in files.

## Who answers.

vocabulary-respondent-beneficiary = the person supported
vocabulary-respondent-professional = a professional
vocabulary-respondent-administrative = administrative record

## Where a definition stands in its life cycle.

vocabulary-status-draft = draft
vocabulary-status-pilot = pilot
vocabulary-status-stable = stable
vocabulary-status-deprecated = deprecated

## What a reference points to.

vocabulary-reference-sdg = Sustainable Development Goal (SDG) target
vocabulary-reference-concept = Concept
vocabulary-reference-statistic = Statistical series
vocabulary-reference-other = Other

## Measure types (`other`: an unknown type).

vocabulary-measure-binary = yes or no
vocabulary-measure-ordinal = ordered scale
vocabulary-measure-categorical = categories
vocabulary-measure-count = count
vocabulary-measure-continuous = continuous value
vocabulary-measure-other = other
