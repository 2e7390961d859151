## La comparaison standardisée sur la tranche d'âge et le sexe
## (comparison.standardised), à côté de l'entonnoir brut, quand le référentiel
## déclare `standardise`.

standardised-heading-age-band = Standardisée sur la tranche d'âge
standardised-heading-sex = Standardisée sur le sexe
standardised-heading-age-band-sex = Standardisée sur la tranche d'âge et le sexe
standardised-explain = La standardisation directe donne à chaque organisation le chiffre qu'elle aurait si elle accueillait le même public que le réseau : le chiffre de chacune de ses strates (tranche d'âge et sexe à l'entrée) pondéré par la part de cette strate dans le réseau. Elle corrige la comparaison des différences de public sur ces seuls critères. Elle ne corrige rien d'autre (besoins à l'arrivée, durée et nature de l'accompagnement, façon et moment de recueillir les réponses), ni le hasard des petites strates ; les personnes dont l'âge ou le sexe est inconnu n'y entrent pas.
# Dans les méthodes, une fois. $min_cell : la taille minimale d'une case, écrite.
standardised-rule = Comparaison standardisée : une organisation n'a pas de chiffre standardisé quand l'une de ses strates, ou son groupe d'âge ou de sexe inconnu, compte moins de { $min_cell } personnes (toutes ses strates sont alors masquées, pour qu'aucune ne se retrouve par soustraction de son résultat), ou quand elle n'a personne dans une strate du réseau (elle est alors laissée de côté, sans fusionner la strate avec une voisine). Le public du réseau ne compte que les organisations dont les strates sont montrées.
standardised-none = Aucune organisation n'a de chiffre standardisé ici : dans chacune, une strate est trop petite pour être montrée, ou l'une des strates du réseau est vide (voir les méthodes).
# $indicator : le libellé de l'indicateur ; $at_wave : « à la sortie » ; $network : « 62 % ».
standardised-caption = Comparaison standardisée – { $indicator } : résultat brut et standardisé { $at_wave }, réseau { $network }
standardised-raw = Résultat brut
standardised-standardised = Résultat standardisé
standardised-interval = Intervalle de confiance
standardised-small-stratum = Masqué (une strate trop petite)
standardised-missing-stratum = Non calculé (une strate vide)
