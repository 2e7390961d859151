## Les modèles de coûts évités et leurs résultats (`impact sroi`) : les
## problèmes d'un modèle, les titres, le rapport en mots, les graphiques, la
## méthode. Les nombres arrivent écrits (`report::render::i18n`) ; ceux
## d'un fichier de modèle ($value, $low...) sont écrits comme dans le
## fichier, avec la virgule décimale.

## Ce qui ne va pas dans un modèle, et ce qui serait accepté.

# Le fichier n'a pas la forme d'un modèle ($message : l'erreur de lecture).
sroi-problem-structure = modèle SROI illisible : {$message}
# Un format inconnu ($given : le format écrit dans le fichier).
sroi-problem-format = format « {$given} » : attendu « impact-sroi-model/1 »
# Un nombre non fini.
sroi-problem-not-finite = nombre non fini : un nombre ordinaire est attendu
# Une fraction hors de [0, 1] ($value).
sroi-problem-fraction-outside = {$value} n'est pas une fraction : un nombre de 0 à 1 est attendu (0,25 pour 25 %)
# Une fourchette dans le désordre ($low, $central, $high).
sroi-problem-range-order = bas {$low}, central {$central}, haut {$high} ne sont pas dans l'ordre : bas ≤ central ≤ haut est attendu
# Un nombre négatif ($value).
sroi-problem-negative = {$value} est négatif : 0 ou plus est attendu
# Un investissement nul ou négatif ($value).
sroi-problem-investment-not-positive = investissement {$value} : un montant supérieur à 0 est attendu
# Un taux d'actualisation hors de [0, 1] ($value).
sroi-problem-discount-rate = taux d'actualisation {$value} : une fraction de 0 à 1 est attendue (0,025 pour 2,5 % par an)
# Une devise qui n'est pas un code ISO 4217 ($given).
sroi-problem-currency = devise « {$given} » : un code ISO 4217 de trois lettres majuscules est attendu, par exemple EUR
# Une durée de moins d'un an ($given : le nombre d'années).
sroi-problem-duration = durée de {$given} an : au moins 1 an est attendu
# Un indicateur inconnu ($indicator), avec un nom proche ($suggestion).
sroi-problem-unknown-indicator-suggestion = l'indicateur « {$indicator} » n'est pas dans le référentiel : vouliez-vous dire « {$suggestion} » ?
# Un indicateur inconnu ($indicator), sans nom proche.
sroi-problem-unknown-indicator = l'indicateur « {$indicator} » n'est pas dans le référentiel : un indicateur du référentiel est attendu
# Un indicateur résumé par une moyenne ($indicator).
sroi-problem-no-positive-definition = l'indicateur « {$indicator} » n'a pas de définition positive (il est résumé par une moyenne) : un indicateur binaire ou catégoriel est attendu
# `positive_at` sans vague.
sroi-problem-missing-wave = `positive_at` demande une vague (`wave`) : entry, follow_up, exit ou post_exit
# Une vague là où elle ne sert pas.
sroi-problem-unexpected-wave = `wave` ne sert qu'à `positive_at` : `gained` et `net_gained` prennent les vagues d'évolution du référentiel
# Un identifiant d'effet employé deux fois ($id).
sroi-problem-duplicate-outcome = l'identifiant d'effet « {$id} » est employé deux fois : chaque effet a le sien
# Un identifiant d'effet mal formé ($id).
sroi-problem-invalid-outcome-id = identifiant d'effet « {$id} » : lettres minuscules, chiffres et `_` attendus, par exemple nuits_hebergement
# Un modèle sans effet.
sroi-problem-no-outcome = aucun effet : au moins un est attendu
# Un texte manquant ($language : le nom de la langue, `sroi-language-…`).
sroi-problem-missing-text = le texte {$language} manque ou est vide
# Un chiffre sans source dans un modèle qui n'est pas illustratif.
sroi-problem-unsourced-figure = ce chiffre n'a pas de source alors que `illustrative` vaut false : donnez une source ou mettez `illustrative` à true
# Le modèle et le rapport ne portent pas sur le même référentiel ($model, $report).
sroi-problem-set-mismatch = le modèle est fait pour le référentiel « {$model} » mais le rapport porte sur « {$report} »

## Le nom d'une langue, par code, dans une phrase.

sroi-language-fr = français
sroi-language-en = anglais

## Pourquoi une quantité ne peut pas être lue dans le rapport : $outcome
## (l'identifiant de l'effet), $group (`sroi-quantity-network` ou
## `sroi-quantity-organisation`).

# Le groupe : l'ensemble du réseau.
sroi-quantity-network = l'ensemble du réseau
# Le groupe : une structure ($organisation).
sroi-quantity-organisation = la structure {$organisation}
sroi-quantity-no-indicator = effet {$outcome} : le rapport n'a pas cet indicateur
sroi-quantity-no-group = effet {$outcome} : le rapport n'a pas de groupe pour {$group}
sroi-quantity-suppressed = effet {$outcome} : les chiffres de {$group} sont masqués (moins de personnes que le seuil de diffusion)
sroi-quantity-no-counts = effet {$outcome} : le rapport ne donne pas les effectifs `gained`/`lost` (relancez `impact report` avec cette version)
sroi-quantity-no-wave = effet {$outcome} : le rapport n'a pas de situation de {$group} à cette vague

## Les refus et les fichiers.

# La dernière ligne quand un modèle ou un rapport est refusé ($problems : combien de problèmes).
sroi-refused = {$problems} { $problems ->
        [one] problème
       *[other] problèmes
    } : rien n'a été écrit
# Un fichier illisible ($file, $error).
sroi-cannot-read = impossible de lire {$file} : {$error}
# Un fichier qui ne peut pas être écrit ($file, $error).
sroi-cannot-write = impossible d'écrire {$file} : {$error}
# Un fichier qui n'est pas un rapport ($file, $error).
sroi-not-a-report = {$file} n'est pas un rapport JSON impact-report/1 ({$error}) : produisez-le avec `impact report --format json`
# `--draws 0`.
sroi-no-draws = --draws 0 : au moins 1 tirage est attendu (10 000 par défaut)
# Un niveau de confiance hors de ]0, 1[ ($level, écrit comme dans un fichier).
sroi-bad-confidence = niveau de confiance {$level} : un nombre strictement entre 0 et 1 est attendu, par exemple 0,95

## Le document.

# Au-dessus du titre : le genre du document.
sroi-kind = Coûts évités · rendement social de l'investissement
# Le sous-titre : $model, $version, $set (le référentiel), $group (`sroi-group-…`).
sroi-subtitle = Modèle {$model} version {$version} · référentiel {$set} · {$group}
# Le groupe lu : l'ensemble du réseau.
sroi-group-network = ensemble du réseau
# Le groupe lu : une structure ($organisation).
sroi-group-organisation = structure {$organisation}
# Le titre de la section dans le rapport de résultats.
sroi-report-section = Coûts évités et rendement social de l'investissement
# La première ligne de la section dans le rapport de résultats : $title (le modèle), $subtitle.
sroi-report-section-intro = Les quantités de ce rapport valorisées par le modèle « {$title} » ({$subtitle}).
# Chiffres clés : le rapport aux valeurs centrales.
sroi-fact-central = Rapport aux valeurs centrales
# Chiffres clés : l'intervalle ($level : « 95 % »).
sroi-fact-interval = Intervalle à {$level}
# Chiffres clés : la probabilité d'un rapport inférieur ou égal à 1.
sroi-fact-below = Probabilité de rapporter moins que le coût
# Le bandeau d'un modèle illustratif.
sroi-illustrative-banner = Modèle illustratif : certains chiffres sont des hypothèses sans source. Le résultat montre la méthode ; ce n'est pas un rendement mesuré et il ne doit pas être cité comme tel.
# Le rapport et son intervalle en mots : $low, $high, $level, $central,
# $below (écrits), $one (l'unité au singulier, `sroi-unit-one`), $many
# (l'unité qui suit $high, au singulier ou au pluriel).
sroi-summary = Chaque {$one} investi rapporte entre {$low} et {$high} {$many} de dépenses publiques évitées (intervalle à {$level}), {$central} aux valeurs centrales ; probabilité qu'il rapporte moins que ce qu'il coûte : {$below}.
# L'unité monétaire dans une phrase, au singulier : « euro » ; le code pour
# les autres devises ($currency).
sroi-unit-one = { $currency ->
        [EUR] euro
       *[other] {$currency}
    }
# L'unité monétaire au pluriel.
sroi-unit-many = { $currency ->
        [EUR] euros
       *[other] {$currency}
    }
# Si un montant de $x unités prend le pluriel : `plural` ou `singular`
# (un mot-clé, jamais montré ; « le pluriel commence à deux » : 1,5 euro,
# 2 euros).
sroi-amount-number = { $x ->
        [one] singular
       *[other] plural
    }
# Les valeurs actuelles aux valeurs centrales, en une phrase ($pv, $investment, $npv).
sroi-present-values = Aux valeurs centrales, les effets valent {$pv} en valeur actuelle pour un investissement de {$investment} : une valeur actuelle nette de {$npv}.
# Titre : le résultat.
sroi-result = Résultat
# Titre : la distribution du rapport simulé.
sroi-distribution = Distribution du rapport simulé
# Comment lire le graphique de la distribution ($draws, $seed).
sroi-distribution-reading = Chaque barre compte les tirages dont le rapport tombe dans sa tranche ({$draws} tirages, graine {$seed}). La bande grisée est l'intervalle ; le trait marque un rapport de 1, en dessous duquel l'accompagnement coûte plus qu'il ne fait économiser.
# Titre : la sensibilité.
sroi-sensitivity = Sensibilité, une hypothèse à la fois
# Comment lire le diagramme en tornade.
sroi-tornado-reading = Chaque barre va du rapport obtenu avec l'hypothèse à sa valeur basse au rapport obtenu à sa valeur haute, les autres aux valeurs centrales ; les barres les plus longues sont les hypothèses dont le résultat dépend le plus. La valeur d'équilibre est celle où le rapport vaut exactement 1.
# Titre : les hypothèses.
sroi-assumptions = Hypothèses et sources
# Titre : les effets valorisés.
sroi-outcomes = Effets valorisés
# Titre : la méthode.
sroi-method = Méthode
# La méthode, paragraphe par paragraphe (quatre).
sroi-method-1 = Valeur de l'année t (à partir de 1) : quantité × valeur par personne et par an × (1 − effet d'aubaine) × (1 − attribution) × (1 − déplacement) × (1 − érosion)^(t−1). Valeur actuelle : somme, sur la durée de l'effet, de la valeur de l'année t divisée par (1 + taux d'actualisation)^t. Rapport : valeur actuelle totale divisée par l'investissement.
sroi-method-2 = Les quantités viennent du rapport de résultats : personnes devenues en situation positive entre les deux vagues du référentiel (gained), les mêmes moins celles qui ne le sont plus (net_gained), ou personnes en situation positive à une vague. Les groupes trop petits pour être montrés ne sont jamais utilisés.
sroi-method-3 = Incertitude : chaque hypothèse donnée par une fourchette est tirée dans la loi triangulaire (bas, central, haut), avec le générateur ChaCha20 et la graine indiquée : la même graine donne les mêmes tirages sur tous les ordinateurs. L'intervalle est l'intervalle des percentiles des rapports simulés.
sroi-method-4 = Sensibilité : chaque hypothèse mise à sa valeur basse puis haute, les autres aux valeurs centrales. La valeur d'équilibre est la valeur de cette hypothèse pour laquelle le rapport vaut exactement 1, quand elle est dans sa fourchette.
# Le pied de page.
sroi-footer = Produit par social-impact. Les coûts évités reposent sur les hypothèses écrites ci-dessus ; aucun identifiant de personne n'apparaît dans ce document.

## Les colonnes des tableaux.

sroi-col-input = Hypothèse
sroi-col-low = Basse
sroi-col-central = Centrale
sroi-col-high = Haute
sroi-col-low-ratio = Rapport (bas)
sroi-col-high-ratio = Rapport (haut)
sroi-col-break-even = Valeur d'équilibre
# Aucune valeur d'équilibre dans la fourchette.
sroi-none-in-range = hors fourchette
sroi-col-source = Source
sroi-col-value = Valeur
# La quantité d'un effet.
sroi-col-quantity = Personnes
sroi-col-present-value = Valeur actuelle
# Comment la quantité est lue : $indicator (son libellé), $count (gained,
# net_gained ou positive_at), $wave (« à la sortie », vide sauf pour positive_at).
sroi-quantity-from = { $count ->
        [gained] {$indicator} : personnes devenues en situation positive
        [net_gained] {$indicator} : personnes devenues en situation positive, moins celles qui ne le sont plus
       *[positive_at] {$indicator} : personnes en situation positive {$wave}
    }
# La colonne des noms de percentiles.
sroi-col-statistic = Statistique
sroi-interval-low = Borne basse de l'intervalle
sroi-median = Médiane
sroi-interval-high = Borne haute de l'intervalle
sroi-above-one = Probabilité que le rapport dépasse 1
# Une valeur sans fourchette.
sroi-certain = tenue pour certaine
# Une source illustrative.
sroi-illustrative-source = Hypothèse illustrative

## Les légendes des tableaux et les graphiques.

sroi-caption-distribution = Rapport simulé : intervalle et médiane.
sroi-caption-sensitivity = Rapport avec chaque hypothèse à sa valeur basse et haute, les autres aux valeurs centrales.
sroi-caption-assumptions = Chaque chiffre du modèle, avec sa fourchette et sa source.
sroi-caption-outcomes = Quantité et valeur actuelle de chaque effet aux valeurs centrales.
sroi-chart-distribution = Distribution du rapport social simulé
sroi-chart-tornado = Diagramme en tornade : rapport avec chaque hypothèse à sa valeur basse et haute
# L'axe : le rapport.
sroi-axis-ratio = Rapport (dépenses évitées par unité investie)
# Légende : l'intervalle ($level).
sroi-legend-interval = intervalle à {$level}
# Légende : le rapport d'équilibre de 1.
sroi-legend-one = rapport de 1

## Les noms des hypothèses.

sroi-investment = Investissement
sroi-discount-rate = Taux d'actualisation
# Les champs d'un effet, par nom dans le fichier de modèle.
sroi-field-proxy = valeur par personne et par an
sroi-field-deadweight = effet d'aubaine
sroi-field-attribution = attribution
sroi-field-displacement = déplacement
sroi-field-drop_off = érosion
# Une durée ($years : le nombre d'années).
sroi-duration = {$years} { $years ->
        [one] an
       *[other] ans
    }
