## Les paramètres facultatifs d'un référentiel : tranches d'âge,
## indicateurs phares, facteurs de standardisation.

# En chargeant un référentiel.
set-options-headline-not-in-set = l'indicateur phare « { $indicator } » n'est pas dans le référentiel

# Les messages du vérificateur de définitions.
set-options-age-bands-first-not-zero = la première tranche d'âge commence à { $first } ans : elle doit commencer à 0, pour que chaque âge ait sa tranche
set-options-age-bands-not-increasing = cette tranche d'âge commence à { $bound } ans, pas après la précédente ({ $previous } ans) : les bornes doivent aller croissant, par exemple [0, 18, 25, 35, 50, 65]
# $hint : set-options-did-you-mean, ou rien.
set-options-headline-not-in-this-set = l'indicateur phare « { $id } » n'est pas dans ce référentiel : nommez un indicateur de indicators{ $hint }
set-options-did-you-mean = {" "}(peut-être « { $s } » ?)
set-options-repeated-entry = « { $found } » est déjà dans la liste (en { $first }) : nommez-le une seule fois
