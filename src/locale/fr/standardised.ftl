## La comparaison standardisée sur la tranche d'âge et le sexe
## (comparison.standardised), à côté de l'entonnoir brut, quand le référentiel
## déclare `standardise`.

standardised-heading-age-band = Standardisée sur la tranche d'âge
standardised-heading-sex = Standardisée sur le sexe
standardised-heading-age-band-sex = Standardisée sur la tranche d'âge et le sexe
standardised-explain = La standardisation directe donne à chaque organisation le chiffre qu'elle aurait si elle accueillait le même public que le réseau : le chiffre de chacune de ses strates (tranche d'âge et sexe à l'entrée) pondéré par la part de cette strate dans le réseau. Elle corrige la comparaison des différences de public sur ces seuls critères. Elle ne corrige rien d'autre (besoins à l'arrivée, durée et nature de l'accompagnement, façon et moment de recueillir les réponses), ni le hasard des petites strates ; les personnes dont l'âge ou le sexe est inconnu n'y entrent pas.
# Dans les méthodes, une fois. $min_cell : la taille minimale d'une case, écrite.
standardised-rule = Comparaison standardisée : pour que toutes les organisations soient standardisées sur les mêmes strates, et donc comparées à un même standard, les strates sont regroupées une fois pour tout le réseau, selon un ordre fixé d'avance : d'abord le sexe est abandonné (les personnes de sexe « autre ou non précisé » comptent alors dans leur tranche d'âge), puis les tranches d'âge voisines sont fusionnées deux à deux, à partir des plus jeunes, jusqu'à deux groupes d'âge. Les strates d'une organisation sont montrées au regroupement le plus fin où chacune d'elles, et son groupe d'âge ou de sexe inconnu, compte au moins { $min_cell } personnes, toutes ou aucune (pour qu'aucune ne se retrouve par soustraction de son résultat). Le réseau prend le regroupement le plus fin auquel au moins quatre organisations sur cinq peuvent être standardisées (si aucun n'y arrive, le plus fin de ceux qui en standardisent le plus) ; les strates retenues sont indiquées avec chaque comparaison. Une organisation montrée seulement à un regroupement plus large, ou sans personne dans une strate du réseau, n'a pas de chiffre standardisé (elle est laissée de côté, sans fusionner la strate avec une voisine), et le public du réseau ne compte que les organisations dont les strates sont montrées à ce regroupement ou à un plus fin. La standardisation est directe plutôt qu'indirecte (observé sur attendu) : un chiffre indirect demande les effectifs de chaque organisation par strate, que son agrégat n'envoie pas quand une strate est petite, et il publierait une somme pondérée de ces effectifs d'où, avec peu de strates, on retrouverait l'effectif d'une petite strate.
standardised-none = Aucune organisation n'a de chiffre standardisé ici : dans chacune, une strate est trop petite pour être montrée, ou l'une des strates du réseau est vide (voir les méthodes).
# $indicator : le libellé de l'indicateur ; $at_wave : « à la sortie » ; $network : « 62 % ».
standardised-caption = Comparaison standardisée – { $indicator } : résultat brut et standardisé { $at_wave }, réseau { $network }
standardised-raw = Résultat brut
standardised-standardised = Résultat standardisé
standardised-interval = Intervalle de confiance
standardised-small-stratum = Masqué (une strate trop petite à ces strates)
# Sous le tableau. $strata : les strates retenues, d'après les messages ci-dessous.
standardised-used = Strates retenues ici : { $strata }.
# $count : les tranches d'âge du référentiel fusionnées dans chaque groupe (1 : aucune), $bands : écrit.
standardised-used-age = { $count ->
    [1] les tranches d'âge du référentiel
   *[other] des groupes d'âge de { $bands } tranches voisines du référentiel
}
standardised-used-age-sex = { $count ->
    [1] les tranches d'âge du référentiel, par sexe
   *[other] des groupes d'âge de { $bands } tranches voisines du référentiel, par sexe
}
standardised-used-sex = le sexe
standardised-missing-stratum = Non calculé (une strate vide)
