## Les mots de la mise en page du rapport : les questions d'une échelle
## composite, repliées sous leur échelle.

# Ce que contient le pli sous une échelle ; $n est écrit en chiffres, $count est le nombre.
layout-scale-items = { $count ->
    [one] La question de l'échelle
   *[other] Les { $n } questions de l'échelle
}
# Comment le pli s'ouvre, et que l'impression contient tout.
layout-items-hint = Ouvrir pour afficher les résultats de chaque question ; le rapport imprimé les contient toutes.
