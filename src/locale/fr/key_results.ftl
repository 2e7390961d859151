## Les résultats clés d'un référentiel (ses indicateurs phares) en première
## page, quand seul leur état peut être montré : un chiffre à une vague,
## sans évolution.

key-results-tag = Résultat clé
# $at_wave : « à l'entrée ».
key-results-no-figure = pas de chiffre { $at_wave }
# $value : « 41 % » ; $n : le nombre écrit, $count : le même nombre ;
# $positive : « étaient en « logement stable » » ; $ci : « (IC 95 % ...) »
# précédé de son espace, ou rien.
key-results-share = { $value } { $count ->
        [one] de la seule personne interrogée
       *[other] des { $n } personnes interrogées
    } { $at_wave } { $positive }{ $ci }.
# $scale : « sur une échelle de 1 à 10 » précédé de son espace, ou rien.
key-results-mean = En moyenne { $value }{ $scale } { $count ->
        [one] pour la seule personne interrogée
       *[other] pour les { $n } personnes interrogées
    } { $at_wave }{ $ci }.
# L'introduction des résultats en première page quand le référentiel nomme ses résultats clés.
key-results-intro = D'abord les résultats clés que nomme le référentiel, quelle que soit leur évolution ; puis les évolutions les plus nettes du réseau, choisies automatiquement parmi les autres indicateurs.
