## L'activité : entrées, sorties, personnes toujours accompagnées ou perdues
## de vue, taux de réponse à chaque vague.

activity-title = Activité
activity-caption = Personnes accompagnées, et qui a répondu à chaque vague
activity-column-entries = Entrées
activity-column-exits = Sorties
activity-column-still = Toujours accompagnées
activity-column-lost = Perdues de vue
# $at_wave : « à l'entrée ».
activity-response-at = Réponse { $at_wave }
# $count : « 4 » ; $share : « 10 % ».
activity-count-share = { $count } ({ $share })
# $as_of : la date écrite ; $days : « 183 » ; $min_cell : « 11 », $count : le même nombre.
activity-definitions = Activité au { $as_of } : une entrée est une personne dont l'accompagnement a commencé à cette date ou avant, une sortie l'une d'elles partie depuis, et une personne toujours accompagnée n'a pas de date de sortie à cette date. Une personne toujours accompagnée est perdue de vue quand elle est entrée plus de { $days } jours (six mois) avant cette date et n'a donné aucune réponse (à aucun indicateur, à aucune vague) dans les { $days } jours qui la précèdent. Le taux de réponse à une vague est la part des personnes attendues qui ont répondu à au moins un indicateur de cette vague ; sont attendues, à l'entrée, toutes les entrées ; au suivi, les personnes accompagnées plus de { $days } jours ; à la sortie, toutes les sorties ; après la sortie, les personnes sorties plus de { $days } jours avant le { $as_of }. Un nombre qui porte sur moins de { $min_cell } { $count ->
        [one] personne
       *[other] personnes
    } est masqué, et celui du réseau est alors compté sur les autres structures seulement.
