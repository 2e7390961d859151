## Les noms que lisent les personnes pour les vocabulaires fermés du format
## de définition (`impact indicators show`) que les mots du rapport n'ont
## pas déjà : les répondants, le cycle de vie, les références, les types
## de mesure. Chaque message porte la valeur telle qu'écrite dans les
## fichiers.

## Qui répond.

vocabulary-respondent-beneficiary = la personne accompagnée
vocabulary-respondent-professional = un professionnel
vocabulary-respondent-administrative = dossier administratif

## Où en est une définition dans son cycle de vie.

vocabulary-status-draft = brouillon
vocabulary-status-pilot = expérimentation
vocabulary-status-stable = stable
vocabulary-status-deprecated = abandonné

## Ce vers quoi pointe une référence.

vocabulary-reference-sdg = Objectif de développement durable (ODD), cible
vocabulary-reference-concept = Notion
vocabulary-reference-statistic = Série statistique
vocabulary-reference-other = Autre

## Les types de mesure (`other` : un type inconnu).

vocabulary-measure-binary = oui ou non
vocabulary-measure-ordinal = échelle ordonnée
vocabulary-measure-categorical = catégories
vocabulary-measure-count = nombre
vocabulary-measure-continuous = valeur continue
vocabulary-measure-other = autre
