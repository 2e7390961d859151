## Les personnes accompagnées (la section `served` du rapport) : les
## personnes inscrites par tranche d'âge, sexe et dispositif à l'entrée. Les
## nombres arrivent écrits ($people...), avec leur valeur à côté quand un
## pluriel en dépend ($count).

# Titre : les personnes accompagnées.
served-title = Les personnes accompagnées
# Ce que montrent les tableaux et ce qui est masqué ($min_cell : le plus petit groupe montré, écrit ; $count sa valeur).
served-intro = Les personnes inscrites, par tranche d'âge, sexe et dispositif à l'entrée. Un groupe de moins de {$min_cell} { $count ->
        [one] personne
       *[other] personnes
    } est masqué, et quand un seul groupe d'un tableau le serait, le plus petit des autres l'est aussi, pour qu'aucun nombre masqué ne se déduise du total.
# Légende du tableau par tranche d'âge.
served-by-age = Personnes par tranche d'âge à l'entrée
# Légende du tableau par sexe.
served-by-sex = Personnes par sexe
# Légende du tableau par dispositif.
served-by-service = Personnes par dispositif à l'entrée
# Colonne : tout le groupe.
served-total = Total
# La première tranche d'âge ($under : l'âge avant lequel elle s'arrête).
served-age-under = Moins de {$under} ans
# Une tranche d'âge de $from à $to ans.
served-age-range = {$from} à {$to} ans
# La dernière tranche d'âge, à partir de $from ans.
served-age-from = {$from} ans et plus
# Les personnes dont l'âge est inconnu.
served-age-unknown = Âge inconnu
# Les sexes.
served-sex-female = Femmes
served-sex-male = Hommes
served-sex-other = Autre ou non précisé
served-sex-unknown = Non renseigné
# Les personnes dont le dispositif n'est pas renseigné.
served-service-unknown = Dispositif non renseigné
# Sous le tableau d'un réseau : $people (écrit, $count sa valeur) de ses $total personnes sont dans des groupes masqués dans leur structure.
served-network-hidden = Le réseau additionne les groupes que montre chaque structure : {$people} { $count ->
        [one] personne sur {$total} est dans un groupe masqué dans sa structure
       *[other] personnes sur {$total} sont dans des groupes masqués dans leur structure
    }, et dans aucune colonne ici.
# Quand le rapport ne contient aucune répartition des personnes accompagnées.
served-absent = Ce rapport ne contient pas de répartition par tranche d'âge, sexe ou dispositif : aucune inscription n'a été lue, ou un agrégat fusionné ici a été écrit avant ces répartitions.
