## Les commandes du réseau (`impact aggregate`, `impact network`) : les
## refus, les libellés des autres membres, et ce que le rapport d'un membre
## dit de lui face au réseau. Les nombres arrivent écrits ($total...), avec
## leur valeur à côté quand un pluriel en dépend ($count...).

# Un fichier d'agrégat refusé, rien n'a été écrit ($file, $why).
network-refused = {$file} refusé : {$why}. Rien n'a été écrit.
# Les données contiennent des erreurs : aucun agrégat n'a été écrit.
network-data-errors = les données contiennent des erreurs : aucun agrégat n'a été écrit (voir `impact validate`)
# Aucun fichier d'agrégat là où il en fallait ($place).
network-no-aggregate = aucun fichier d'agrégat (.json) dans {$place}
# `--for` nomme une structure qui n'est dans aucun agrégat ($organisation).
network-not-a-member = la structure {$organisation} ne figure dans aucun agrégat
# Le libellé anonyme d'un autre membre ($number : son rang, sur quatre chiffres).
network-member-label = Membre {$number}
# Méthodes : ce que compte le réseau (*) ($min_cell : le seuil de diffusion).
network-counts = L'ensemble du réseau (*) compte, pour chaque chiffre, les personnes des seules structures dont le groupe est affiché pour ce même chiffre (au moins {$min_cell} { $min_cell ->
        [one] personne
       *[other] personnes
    }) : situation à chaque temps, évolution, délai jusqu'au résultat et fiabilité des échelles ont chacun leur réseau. Ce qui est masqué n'est compté nulle part : on ne peut pas le retrouver en retranchant les structures affichées du réseau.
# Méthodes : le lien entre durée et évolution du réseau, fusionné à partir d'agrégats.
network-fisher-z = Réseau fusionné à partir d'agrégats : le lien entre durée d'accompagnement et évolution du réseau combine les coefficients de Spearman des structures sur l'échelle z de Fisher (poids n-3) ; rassembler les durées de toutes les structures mêlerait les effets des structures et de la durée.
# Un tableau d'entonnoir qui ne liste que les structures hors des limites ($listed sur $total).
network-flagged-only = (structures hors des limites à 95 % seulement : {$listed} sur {$total})
# Sous un tableau qui laisse de côté $not_listed (valeur $count) des $total
# structures, au-delà de $threshold : il ne nomme que le réseau, les
# structures signalées et $member (quand $has_member vaut true).
network-not-listed = {$not_listed} des {$total} structures { $count ->
        [one] n'est pas listée
       *[other] ne sont pas listées
    } ici : au-delà de {$threshold} structures, les tableaux ne nomment que le réseau, les structures hors des limites à 95 % de l'entonnoir{ $has_member ->
        [true] {" "}et {$member}
       *[false] {""}
    }, et les graphiques autres que les entonnoirs ne montrent que le réseau{ $has_member ->
        [true] {" "}et {$member}
       *[false] {""}
    }. Chaque structure reste un point des graphiques en entonnoir et figure dans le rapport JSON.
# « 312 structures » : $n (écrit), $count (sa valeur).
network-organisations = {$n} { $count ->
        [one] structure
       *[other] structures
    }
# Un entonnoir de $total structures, dont $outside (valeur $count) hors des
# limites à 95 % ($above au-dessus, $below en dessous).
network-funnel-counts = Sur {$total} structures, {$outside} { $count ->
        [one] est
       *[other] sont
    } hors des limites à 95 % ({$above} au-dessus, {$below} en dessous ; le tableau les nomme) ; les autres sont dans les limites : leurs écarts au réseau peuvent s'expliquer par le hasard.
# $earlier agrégats arrêtés avant la date du rapport ($latest), le plus
# ancien au $earliest (quand $dated vaut true ; sinon, sans date).
network-censoring-dates-differ = {$earlier} { $earlier ->
        [one] agrégat a été arrêté
       *[other] agrégats ont été arrêtés
    } avant le {$latest}{ $dated ->
        [true] , le plus ancien au {$earliest}
       *[false] {" "}(sans date)
    }. La date d'arrêt du rapport est le {$latest} ; le délai jusqu'au résultat de leurs structures s'arrête à leur propre date.
# Un écart de $signed points de pourcentage, $whole sa taille arrondie.
network-points = {$signed} { $whole ->
        [one] point
       *[other] points
    }
# Titre de l'ouverture « vous face au réseau ».
network-you-title = Vous face au réseau
# L'introduction de l'ouverture, qui nomme le membre ($member).
network-you-intro = Où se situe {$member} sur chaque indicateur face à l'ensemble du réseau, au temps où les structures sont comparées, avec la lecture du graphique en entonnoir : un écart dans les limites à 95 % peut s'expliquer par le hasard. Les résultats clés d'abord ; les autres membres sont désignés par des libellés anonymes.
# Des personnes : $n (écrit), $count (sa valeur).
network-people = {$n} { $count ->
        [one] personne
       *[other] personnes
    }
# Un indicateur : $label, le chiffre du membre $member ($value, $at_wave,
# $people : `network-people`), celui du réseau quand $compared vaut true
# ($network, $network_people), l'écart quand $has_gap vaut true ($gap), et
# la lecture de l'entonnoir ($reading : `network-reading-…`).
network-member-line = {$label} : {$member} {$value} {$at_wave} ({$people}){ $compared ->
        [true] , contre {$network} pour le réseau ({$network_people})
       *[false] {""}
    }{ $has_gap ->
        [true] , soit un écart de {$gap}
       *[false] {""}
    } ; {$reading}.
# La lecture : dans les limites.
network-reading-within = dans les limites à 95 % : l'écart peut s'expliquer par le hasard
# La lecture : pas de comparaison.
network-reading-not-compared = pas de comparaison entre structures sur cet indicateur
# La lecture : hors des limites à 95 % ; $above (au-dessus ou en dessous),
# $better (du bon côté), $lower_is_better (un indicateur où plus bas est
# mieux) valent true ou false.
network-reading-outside = { $above ->
        [true] au-dessus de
       *[false] en dessous de
    } la limite à 95 % : { $above ->
        [true] plus élevé
       *[false] plus bas
    } que le réseau au-delà de ce que le hasard expliquerait, c'est-à-dire { $better ->
        [true] mieux
       *[false] moins bien
    }{ $lower_is_better ->
        [true] {" "}(pour cet indicateur, plus c'est bas, mieux c'est)
       *[false] {""}
    }
# La lecture : hors même des limites à 99,8 % ; les mêmes variables.
network-reading-strong = { $above ->
        [true] au-dessus de
       *[false] en dessous de
    } la limite à 99,8 % : nettement { $above ->
        [true] plus élevé
       *[false] plus bas
    } que le réseau, c'est-à-dire { $better ->
        [true] mieux
       *[false] moins bien
    }{ $lower_is_better ->
        [true] {" "}(pour cet indicateur, plus c'est bas, mieux c'est)
       *[false] {""}
    }
# Un indicateur où le chiffre du membre est masqué ($label, $member,
# $at_wave, $fewer : « moins de 11 personnes »).
network-member-hidden = {$label} : masqué pour {$member} {$at_wave} ({$fewer}) : aucun chiffre n'est donné.
# Un indicateur sans réponse du membre au temps comparé ($label, $member, $at_wave).
network-member-no-answer = {$label} : aucune réponse de {$member} {$at_wave}.
