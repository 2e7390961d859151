## La synthèse pour le conseil d'administration (`RenderOptions::summary`) :
## les personnes accompagnées, les résultats clés, la comparaison des
## structures et les précautions de lecture. Les nombres arrivent écrits
## ($people, $organisations...), avec leur valeur à côté quand un pluriel en
## dépend ($people_count...).

# Le genre du document, au-dessus du titre.
summary-kind = Synthèse pour le conseil d'administration
# Titre : les personnes accompagnées.
summary-served-title = Les personnes accompagnées
# Les personnes, les structures, les accompagnements et les réponses, en une
# phrase : $people et $organisations (écrits) avec $people_count et
# $organisations_count (leurs valeurs), $episodes et $answers (écrits).
summary-served = {$people} { $people_count ->
        [one] personne accompagnée
       *[other] personnes accompagnées
    } par {$organisations} { $organisations_count ->
        [one] structure
       *[other] structures
    } : {$episodes} accompagnements et {$answers} réponses enregistrés.
# La légende du tableau des personnes par structure.
summary-served-caption = Personnes par structure : à chaque vague, le plus grand nombre de personnes interrogées sur un même indicateur
# Une colonne : les personnes interrogées à une vague ($at_wave : « à l'entrée »).
summary-answered-at = Personnes interrogées {$at_wave}
# Une colonne : les personnes suivies entre les vagues de l'évolution ($from_to).
summary-followed = Personnes suivies {$from_to}
# Quand les structures sont trop nombreuses pour être listées ($organisations : leur nombre, écrit).
summary-too-many-to-list = Les {$organisations} structures ne sont pas listées une à une ici : le rapport complet donne les chiffres de chacune.
# Titre : les résultats clés.
summary-results-title = Résultats clés
# Titre : la comparaison des structures.
summary-comparison-title = Les structures comparées
# Ce que montre le tableau de comparaison, à une vague ($at_wave : « à la sortie »).
summary-comparison-intro = Une ligne par indicateur : les structures dont le résultat {$at_wave} est meilleur ou moins bon que celui du réseau au-delà de ce que le hasard expliquerait (hors des limites à 95 % de l'entonnoir). Les autres sont dans les limites.
# Colonne : le chiffre du réseau à une vague ($at_wave).
summary-network-at = Réseau {$at_wave}
# Colonne : les structures qui font mieux que le réseau.
summary-better = Mieux que le réseau
# Colonne : les structures qui font moins bien que le réseau.
summary-worse = Moins bien que le réseau
# « 7 structures », à la place d'une longue liste de noms : $n (écrit), $count (sa valeur).
summary-organisations = {$n} { $count ->
        [one] structure
       *[other] structures
    }
# Quand toutes les structures comparées sont dans les limites.
summary-all-within = toutes dans les limites
# Quand aucun indicateur n'a pu être comparé.
summary-no-comparison = Aucun indicateur n'a pu être comparé : il faut au moins deux structures assez grandes.
# Titre : les précautions de lecture.
summary-caveats-title = Précautions de lecture
# Combien de résultats sont masqués pour petit effectif : $n (écrit), $count
# (sa valeur), $fewer (« moins de 11 personnes »).
summary-hidden = { $count ->
        [0] Aucun résultat n'est masqué pour petit effectif.
        [1] 1 résultat est masqué parce qu'il porte sur {$fewer} : trop peu pour protéger l'anonymat et donner un chiffre fiable.
       *[other] {$n} résultats sont masqués parce qu'ils portent sur {$fewer} : trop peu pour protéger l'anonymat et donner un chiffre fiable.
    }
# Pour qui l'évolution est mesurée ($from_to : « entre l'entrée et la sortie »).
summary-change-caveat = L'évolution est mesurée {$from_to} pour les seules personnes qui ont répondu aux deux vagues ; celles parties tôt ou qui n'ont pas répondu n'y sont pas.
# Ce que veut dire un écart au réseau ($at_wave).
summary-comparison-caveat = Les structures sont comparées {$at_wave}. Elles n'accompagnent pas les mêmes personnes : un écart au réseau est une question à poser, pas un classement.
# Les enregistrements écartés, les réponses manquantes, les avertissements :
# $rejected, $missing, $warnings (écrits) et leurs valeurs $rejected_count,
# $missing_count, $warnings_count.
summary-quality = Qualité des données : {$rejected} { $rejected_count ->
        [one] enregistrement écarté comme invalide
       *[other] enregistrements écartés comme invalides
    }, {$missing} { $missing_count ->
        [one] réponse manquante
       *[other] réponses manquantes
    } et {$warnings} { $warnings_count ->
        [one] avertissement
       *[other] avertissements
    } à la lecture.
# Ce que sont les fourchettes ($level : « 95 % »).
summary-ranges = Les fourchettes sont des intervalles de confiance à {$level} : le vrai chiffre s'y trouve très probablement.
# Où trouver le reste.
summary-full-report = Le rapport complet donne chaque indicateur avec ses graphiques, la qualité des données et les méthodes.
