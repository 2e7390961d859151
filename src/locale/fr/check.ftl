## Le vérificateur de définitions (catalogue::check, impact check-definitions) :
## chaque problème d'après les faits de sa sorte et sa place, et la ligne de bilan.
## $field est le champ que nomme l'endroit (measure.max, ou check-document) ;
## $found, $limit, $min, $max… arrivent écrits.

# Le champ d'un pointeur qui désigne le document entier.
check-document = le document
# Une suggestion d'un nom proche : $suggestion.
check-hint = {" "}(peut-être « { $suggestion } » ?)
# Ce qui sépare les derniers types attendus.
check-or = {" "}ou{" "}

## Les langues, par code, et les types JSON.

check-language-fr = français
check-language-en = anglais
check-type-integer = un nombre entier
check-type-number = un nombre
check-type-string = un texte
check-type-boolean = un booléen (true ou false)
check-type-object = un objet
check-type-array = une liste
check-type-null = null

## Les problèmes.

# $reason : ce qu'a dit le système.
check-unreadable = lecture impossible : { $reason }
check-no-such-path = aucun fichier ni dossier de ce nom
# $reason : ce qu'a dit le lecteur JSON.
check-syntax = JSON mal formé : { $reason } : vérifiez les virgules, guillemets et crochets juste avant cet endroit
check-not-an-object = un objet JSON est attendu (une définition d'indicateur ou un référentiel)
check-neither-format = ni une définition d'indicateur (pas de `measure`) ni un référentiel (pas d'`indicators`)
# $reason : ce qu'a dit le compilateur de schémas.
check-schema-does-not-compile = le schéma publié ne se compile pas : { $reason }
# $field.
check-missing-field = champ { $field } absent : le format l'exige
# $name (le champ inconnu), $parent (le champ qui le contient).
check-unknown-field = champ inconnu « { $name } » dans { $parent } : supprimez-le ou vérifiez son orthographe (le schéma publié liste les champs)
# $field, $found, $expected (les types attendus, de check-type-…, joints par check-or).
check-wrong-type = { $field } vaut { $found }, qui n'est pas du bon type : attendu { $expected }
# Hors limites : $field, $found, $limit ; une par sorte de limite.
check-below-minimum = { $field } { $found } est inférieur au minimum { $limit }
check-above-maximum = { $field } { $found } est supérieur au maximum { $limit }
check-not-above = { $field } { $found } doit être supérieur à { $limit }
check-not-below = { $field } { $found } doit être inférieur à { $limit }
# $field, $min (écrit), $count (le même ; le français n'en accorde rien).
check-too-few-entries = { $field } a trop peu d'entrées : il en faut au moins { $min }{ $count ->
       *[other] {""}
    }
# $field.
check-empty-value = { $field } est vide : écrivez une valeur
# $field, $found, $pattern.
check-pattern-mismatch = { $field } { $found } n'est pas écrit comme attendu : il doit suivre le motif { $pattern }
# $field, $found, $expected (la seule valeur acceptée).
check-not-accepted-one = { $field } { $found } n'est pas accepté : attendu { $expected }
# $field, $found, $expected (les valeurs acceptées).
check-not-accepted = { $field } { $found } n'est pas accepté : attendu l'un de { $expected }
# $id, $other (l'autre fichier).
check-duplicate-definition-id = l'identifiant d'indicateur « { $id } » est aussi défini dans { $other } : chaque identifiant est défini une fois ; renommez l'un ou supprimez la copie
# $id, $other (l'autre fichier).
check-duplicate-set-id = l'identifiant de référentiel « { $id } » est aussi utilisé par { $other } : chaque référentiel a le sien
# $code.
check-invalid-category-code = le code de catégorie « { $code } » n'est pas valide : lettres minuscules, chiffres et « _ », en commençant par une lettre ou un chiffre (ex. street)
# $version.
check-not-semver = la version « { $version } » n'est pas une version sémantique (MAJEURE.MINEURE.CORRECTIF, ex. 1.2.0)
# $found, $accepted (les codes acceptés), $hint (check-hint, ou vide).
check-unknown-dimension = dimension inconnue « { $found } » : attendu l'une de { $accepted }{ $hint }
# $found, $accepted (les codes acceptés), $hint (check-hint, ou vide).
check-unknown-wave = vague inconnue « { $found } » : attendu l'une de { $accepted }{ $hint }
# $min, $max (les âges).
check-ages-reversed = applies_to.min_age { $min } dépasse applies_to.max_age { $max } : donnez d'abord l'âge le plus jeune
# $min, $max (écrits).
check-range-reversed = measure.min { $min } n'est pas inférieur à measure.max { $max } : il faut min < max
# $min, $max.
check-scale-reversed = measure.min { $min } n'est pas inférieur à measure.max { $max } : une échelle demande min < max, par exemple min 1 et max 10
# $threshold, $min, $max.
check-threshold-outside-scale = measure.positive_threshold { $threshold } est hors de l'échelle { $min }..{ $max } : choisissez un point de l'échelle
# $key, $min, $max.
check-level-outside-scale = la clé « { $key } » de measure.levels n'est pas un point de l'échelle { $min }..{ $max } : indexez chaque libellé par un nombre entier de { $min } à { $max }
# $code, $first (où il est employé d'abord).
check-duplicate-category-code = le code de catégorie « { $code } » est employé deux fois (aussi en { $first }) : donnez à chaque catégorie son propre code
check-no-positive-category = aucune catégorie n'est positive : marquez au moins une catégorie avec "positive": true (sinon la proportion positive vaut toujours 0)
# $field, $blank (true si le texte est vide, false s'il est absent), $language et $code
# (la langue qui manque), $other_language et $other_code (l'autre).
check-missing-text = { $field } { $blank ->
        [true] est vide
       *[false] est absent
    } : écrivez le texte en { $language } ({ $code }) comme en { $other_language } ({ $other_code })
# $id, $hint (check-hint, ou vide).
check-composite-unknown-item = l'item de composite « { $id } » n'est pas un indicateur du catalogue : définissez-le dans un fichier vérifié avec celui-ci, ou employez un indicateur fourni{ $hint }
# $id, $first (où il est listé d'abord).
check-composite-duplicate-item = l'item de composite « { $id } » est listé deux fois (aussi en { $first }) : listez chaque item une fois
# $id, $measure (sa sorte de mesure).
check-composite-item-not-ordinal = l'item de composite « { $id } » est un indicateur { $measure } : les items d'une échelle doivent être ordinaux (une échelle bornée de nombres entiers)
# $id, $missing (les items absents).
check-composite-item-not-in-set = le composite « { $id } » emploie des items absents de ce référentiel ({ $missing }) : ajoutez-les à indicators
# $id, $hint (check-hint, ou vide).
check-set-unknown-indicator = l'indicateur « { $id } » n'est défini nulle part (ni dans les fichiers vérifiés, ni dans le catalogue fourni) : ajoutez son fichier de définition, ou écrivez la définition dans le référentiel{ $hint }
# $more (écrit), $count (le même).
check-more-unknown-indicators = et { $more } { $count ->
        [one] autre indicateur défini
       *[other] autres indicateurs définis
    } nulle part
# $id, $through (le chemin du cycle).
check-composite-cycle = le composite « { $id } » est l'un de ses propres items (par { $through }) : une échelle ne peut pas être faite d'elle-même
# $id, $first (où il est listé d'abord).
check-set-duplicate-indicator = l'indicateur « { $id } » est listé deux fois (aussi en { $first }) : listez chaque indicateur une fois
# $id, $hint (check-hint, ou vide).
check-time-to-event-not-in-set = l'indicateur « { $id } » de time_to_event n'est pas dans ce référentiel : nommez un indicateur du référentiel, ou ajoutez-le à indicators{ $hint }

## Le bilan : « 42 fichiers vérifiés (40 définitions, 2 référentiels) : aucun problème ».
## Chaque compte : $n (écrit), $count (le même, pour l'accord).

check-count-files-checked = { $n } { $count ->
        [one] fichier vérifié
       *[other] fichiers vérifiés
    }
check-count-definitions = { $n } { $count ->
        [one] définition
       *[other] définitions
    }
check-count-sets = { $n } { $count ->
        [one] référentiel
       *[other] référentiels
    }
check-count-models = { $n } { $count ->
        [one] modèle de coûts évités
       *[other] modèles de coûts évités
    }
check-count-problems = { $n } { $count ->
        [one] problème
       *[other] problèmes
    }
check-count-files = { $n } { $count ->
        [one] fichier
       *[other] fichiers
    }
# Les référentiels, et les modèles de coûts évités quand il y en a : $sets, $models (comptes).
check-sets-and-models = { $sets }, { $models }
# Aucun problème.
check-no-problem = aucun problème
# Des problèmes : $problems, $files (comptes).
check-problems-in-files = { $problems } dans { $files }
# La ligne : $files, $definitions, $sets (comptes), $outcome.
check-summary = { $files } ({ $definitions }, { $sets }) : { $outcome }
