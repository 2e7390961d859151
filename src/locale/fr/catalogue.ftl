## Les erreurs du catalogue : fichiers illisibles comme définitions ou
## référentiels, référentiels et indicateurs inconnus, référentiels
## incohérents.

# Un nombre entier que son champ ne peut pas contenir : $field (measure.<field>),
# $value (tel qu'écrit), $unsigned (true pour un entier sans signe, sinon false).
# (Les espaces avant « : » y sont des espaces ordinaires, comme avant.)
catalogue-number-out-of-range = measure.{ $field } vaut { $value }, que le chargement ne peut pas lire comme un nombre entier : écrivez un entier de { $unsigned ->
        [true] 0 à 18446744073709551615
       *[false] -9223372036854775808 à 9223372036854775807
    } (pas -0, sans virgule)

## Pourquoi une définition, un référentiel ou le catalogue n'a pas pu être chargé.

# Un fichier illisible : $path, $reason (ce qu'a dit le système).
catalogue-io = { $path } : lecture impossible : { $reason }
# Du JSON mal formé : $path, $line, $column, $message (ce qu'a dit le lecteur JSON).
catalogue-syntax = { $path }:{ $line }:{ $column } : JSON mal formé : { $message }
# Un fichier JSON qui n'est pas du format : $path, $what (un des catalogue-format-… ci-dessous).
catalogue-format = { $path } : { $what }
# La même chose à un endroit du fichier : $path, $line, $column, $pointer (pointeur JSON), $what.
catalogue-located = { $path }:{ $line }:{ $column } : { $pointer } : { $what }
# Un référentiel inconnu : $name, $maybe (catalogue-maybe, ou vide),
# $available (les référentiels fournis, ou catalogue-none).
catalogue-unknown-set = référentiel inconnu « { $name } »{ $maybe } (référentiels fournis : { $available } ; le chemin d'un fichier de référentiel convient aussi)
# La suggestion d'un nom proche : $suggestion.
catalogue-maybe = {" "}: peut-être « { $suggestion } » ?
# Aucun référentiel fourni.
catalogue-none = aucun
# Un indicateur inconnu : $id, $named_by (le référentiel qui le nomme), $maybe (catalogue-maybe, ou vide).
catalogue-unknown-indicator = indicateur inconnu « { $id } » dans le catalogue (nommé par le référentiel « { $named_by } »){ $maybe }
# Un identifiant défini deux fois : $path, $id, $other (où était le premier).
catalogue-duplicate-indicator = { $path } : l'identifiant d'indicateur « { $id } » est défini deux fois (aussi dans { $other })
# Un référentiel incohérent : $set, $what (un des catalogue-set-… ci-dessous).
catalogue-invalid-set = référentiel « { $set } » : { $what }

## Ce qui ne va pas dans un fichier qui est du JSON mais pas du format.

catalogue-format-not-an-object = un objet JSON est attendu (une définition d'indicateur ou un référentiel)
catalogue-format-neither-format = ni une définition d'indicateur (pas de `measure`) ni un référentiel (pas d'`indicators`)
catalogue-format-not-a-manifest = ce n'est pas un référentiel (un référentiel a `id`, `version`, `title`, `domain` et `indicators`)

## Ce qui ne va pas dans un référentiel.

# $indicator.
catalogue-set-listed-twice = l'indicateur « { $indicator } » est listé deux fois
# $analysis (l'analyse de délai), $indicator.
catalogue-set-time-to-event-not-in-set = l'analyse de délai « { $analysis } » emploie l'indicateur « { $indicator } », absent du référentiel
# $composite.
catalogue-set-composite-cycle = le composite « { $composite } » est l'un de ses propres items : une échelle ne peut pas être faite d'elle-même
# $composite, $item.
catalogue-set-composite-item-not-in-set = le composite « { $composite } » emploie l'item « { $item } », absent du référentiel
