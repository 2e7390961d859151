## Un rapport de résultats tel que les personnes le lisent : titres,
## libellés, légendes, les phrases en mots simples des résultats, le
## glossaire et les méthodes. Le moteur de rendu choisit la phrase et
## calcule les chiffres, qui arrivent écrits ($n, $value...), avec leur
## valeur à côté quand un pluriel en dépend ($count...).

## Les mots fixes, un par champ de `ReportLabels`.

report-label-report_kind = Rapport de mesure d'impact social
report-label-reference_set = Référentiel
report-label-version = version
report-label-headlines = Les résultats en bref
report-label-headlines_intro = Les évolutions les plus nettes du réseau, choisies automatiquement parmi tous les indicateurs.
report-label-no_headline = Aucun indicateur n'a assez de personnes suivies de bout en bout pour donner un résultat.
report-label-contents = Sommaire
report-label-status = Situation à chaque temps de collecte
report-label-distance = Chemin parcouru
report-label-comparison = Comparaison entre structures
report-label-duration = Durée d'accompagnement et évolution
report-label-time_to_event = Délai avant le résultat
report-label-data_quality = Qualité des données
report-label-methods = Méthodes et glossaire
report-label-network = Réseau
report-label-organisation = Structure
report-label-indicator = Indicateur
report-label-wave = Temps de collecte
report-label-people = Personnes
report-label-pairs = Personnes suivies
report-label-mean_change = Évolution moyenne
report-label-ci = IC
report-label-improved = Amélioration
report-label-unchanged = Stable
report-label-worsened = Dégradation
report-label-result = Résultat
report-label-position = Position
report-label-limits95 = Limites 95 %
report-label-limits998 = Limites 99,8 %
report-label-median_days = Médiane (jours)
report-label-events = Résultats atteints
report-label-days_since_entry = Jours depuis l'entrée
report-label-not_yet_reached = Part n'ayant pas encore atteint le résultat
report-label-not_reached = non atteinte
report-label-answers = Nombre de réponses
report-label-network_value = Valeur du réseau
report-label-higher_is_better = plus c'est haut, mieux c'est
report-label-lower_is_better = plus c'est bas, mieux c'est
report-label-records_read = Données lues
report-label-enrolments = Accompagnements (entrées)
report-label-observations = Réponses (observations)
report-label-beneficiaries = Personnes accompagnées
report-label-rejected = Lignes écartées car invalides
report-label-missing = Réponses manquantes
report-label-no_missing = Aucune réponse manquante.
report-label-total = Total
report-label-warnings = Avertissements
report-label-no_warning = Aucun avertissement.
report-label-suppressed = Résultats masqués
report-label-no_suppressed = Aucun résultat n'est masqué.
report-label-hidden = Masqué
report-label-notes = Contrôles des données
report-label-parameters = Paramètres
report-label-confidence = Niveau de confiance
report-label-min_cell = Taille minimale d'un groupe
report-label-as_of = Accompagnements en cours arrêtés au
report-label-as_of_default = dernière date des données
report-label-glossary = Glossaire
report-label-indicators = Indicateurs
report-label-definition = Définition
report-label-measure = Mesure
report-label-direction = Sens
report-label-reliability = Fiabilité de l'échelle
report-label-alpha = Alpha de Cronbach
report-label-chart = Graphique
report-label-footer = Produit par social-impact. Les identifiants des personnes n'apparaissent jamais dans ce rapport.
report-label-wilcoxon_p = p (Wilcoxon)
report-label-mcnemar_p = p (McNemar)
report-label-organisations = Structures
report-label-data_up_to = Données jusqu'au
report-label-missing_caption = Réponses manquantes par indicateur, temps de collecte et motif
report-label-time_to_outcome_hidden = délai
report-label-set_version = Version du référentiel
report-label-change_measured = Évolution mesurée
report-label-organisations_compared = Comparaison entre structures
report-label-spearman_caption = corrélation de Spearman entre la durée d'accompagnement et l'évolution
report-label-with_ci_at = avec l'intervalle de confiance à
report-label-and_n_answers = et le nombre de réponses
report-label-result_lower = résultat
report-label-figures_follow = Les chiffres sont dans le tableau qui suit.
report-label-points = points
report-label-share_positive = part des réponses positives
report-label-mean = moyenne

## Les vagues, par code : comme titre de colonne, dans une phrase
## (« à l'entrée »), après « de » et « à » (contractés : « du suivi »,
## « au suivi »).

report-wave-entry = Entrée
report-wave-follow_up = Suivi
report-wave-exit = Sortie
report-wave-post_exit = Après la sortie
report-at-wave-entry = à l'entrée
report-at-wave-follow_up = au dernier suivi
report-at-wave-exit = à la sortie
report-at-wave-post_exit = après la sortie
report-bare-wave-entry = l'entrée
report-bare-wave-follow_up = le suivi
report-bare-wave-exit = la sortie
report-bare-wave-post_exit = l'après-sortie
report-from-wave-entry = de l'entrée
report-from-wave-follow_up = du suivi
report-from-wave-exit = de la sortie
report-from-wave-post_exit = de l'après-sortie
report-to-wave-entry = à l'entrée
report-to-wave-follow_up = au suivi
report-to-wave-exit = à la sortie
report-to-wave-post_exit = à l'après-sortie
# « de l'entrée à la sortie » : $from (`report-from-wave-…`), $to (`report-to-wave-…`).
report-span = {$from} {$to}

## Les domaines de résultat, par code.

report-dimension-housing = Logement
report-dimension-rights = Accès aux droits
report-dimension-health = Santé
report-dimension-employment_income = Emploi et ressources
report-dimension-social_ties = Liens sociaux
report-dimension-autonomy = Autonomie
report-dimension-wellbeing = Bien-être
report-dimension-safety_stability = Sécurité et stabilité
report-dimension-education = Scolarité et formation
report-dimension-family = Famille
report-dimension-participation = Participation
report-dimension-support = Accompagnement

## Les motifs d'une réponse manquante, par code ; sans motif donné.

report-missing-reason-refused = Refus de répondre
report-missing-reason-not_applicable = Sans objet
report-missing-reason-unknown = Ne sait pas
report-no-missing-reason = Sans motif

## Les avertissements que le rapport décrit, par code.

report-warning-duplicate_observation = Réponses en double (même personne, même indicateur, même temps de collecte) : la plus récente compte
report-warning-duplicate_enrolment = Entrées en accompagnement en double : la plus récente compte

## La position dans l'entonnoir, comme case d'un tableau.

report-flag-within = Dans les limites
report-flag-above95 = Au-dessus (95 %)
report-flag-below95 = En dessous (95 %)
report-flag-above998 = Au-dessus (99,8 %)
report-flag-below998 = En dessous (99,8 %)

## Morceaux de phrase.

# « (IC à 95 % : 56–68 %) » : $level, $range.
report-ci-paren = (IC à {$level} : {$range})
# « moins de 11 personnes » ($min_cell).
report-fewer-than = moins de {$min_cell} personnes
# « au moins 11 personnes » ($min_cell).
report-at-least = au moins {$min_cell} personnes
# Ce qui sépare les noms d'une liste, sauf les deux derniers.
report-list-separator = {", "}
# Les deux derniers termes d'une liste : $init (les premiers, séparés), $last.
report-list-end = {$init} et {$last}
# Un libellé cité ($text).
report-quoted = « {$text} »
# Ce qui sépare les catégories citées.
report-or-separator = {" ou "}
# Ce qui compte comme positif, une à trois catégories ($categories : citées, séparées).
report-in-categories = étaient en {$categories}
# Ce qui compte comme positif, plus de trois catégories.
report-in-positive-situation = étaient dans une situation comptée comme positive
# Ce qui compte comme positif, une réponse oui ($answer : son libellé, cité).
report-answered = ont répondu {$answer}
# Ce qui compte comme positif, une réponse oui sans libellé.
report-answered-yes = ont répondu oui
# Ce qui compte comme positif quand la définition est inconnue.
report-positive-answer = avaient une réponse positive
# « sur une échelle de 1 à 10 », avec son espace devant ($min, $max).
report-on-scale = {" "}sur une échelle de {$min} à {$max}
# Ce qui sépare les parties d'une liste par des points-virgules.
report-semicolon = {"\u00A0; "}

## Les phrases des résultats. Les chiffres d'un titre de résultat : $later
## (la situation du réseau à la vague tardive), $at_later (« à la sortie »),
## $n_later (les personnes interrogées alors), $ci (son intervalle, avec son
## espace devant, ou vide), $earlier, $at_earlier, $n_earlier (de même à la
## vague précoce), $n (les personnes suivies), $from_to (« de l'entrée à la
## sortie »).

# Le titre d'une proportion ($positive : ce qui compte comme positif).
report-headline-share = {$later} des {$n_later} personnes interrogées {$at_later} {$positive}{$ci}, contre {$earlier} des {$n_earlier} personnes interrogées {$at_earlier} ({$n} personnes ont répondu aux deux et sont suivies {$from_to}).
# Le titre d'une moyenne ($scale : `report-on-scale` ou vide, $change,
# $change_ci : l'intervalle de l'évolution, avec son espace devant, ou vide).
report-headline-mean = En moyenne {$later}{$scale} pour les {$n_later} personnes interrogées {$at_later}{$ci}, contre {$earlier} pour les {$n_earlier} personnes interrogées {$at_earlier}. Pour les {$n} personnes suivies {$from_to}, l'évolution moyenne est de {$change} par personne{$change_ci}.
# Quand aucun test d'une évolution n'est possible.
report-too-few-changes = Trop peu de changements pour dire s'ils dépassent le hasard.
# Une évolution nette, meilleure ($better vaut true) ou moins bonne, avec son test ($test).
report-clear-change = Une { $better ->
        [true] amélioration
       *[false] dégradation
    } nette : une évolution de cette ampleur a peu de chances d'être due au hasard ({$test}).
# Une évolution qui pourrait être due au hasard ($test).
report-maybe-chance = Cette évolution pourrait être due au hasard ({$test}).

## Les tests d'une évolution, entre parenthèses.

report-change-test-mcnemar = test de McNemar
report-change-test-wilcoxon = test des rangs signés de Wilcoxon
report-change-test-paired_t = test t apparié

## Un verdict en quelques mots, pour une étiquette.

report-verdict-better = Amélioration nette
report-verdict-worse = Dégradation nette
report-verdict-unclear = Peut-être le hasard

## Le chemin parcouru.

# $n personnes suivies $from_to : celles qui ont progressé ($improved, écrit,
# $improved_share, leur part, $improved_count, leur nombre), sont restées au
# même point ($same...) et ont reculé ($worse...). Ce que progresser veut
# dire ($steps) : `scale`, monter d'au moins un échelon d'une échelle ou de
# catégories ordonnées ; `yes_no`, passer à la meilleure réponse d'une
# question oui / non ; `quantity`, avoir une meilleure valeur.
report-distance = Sur les {$n} personnes suivies {$from_to}, { $steps ->
        [scale] {$improved} ({$improved_share}) { $improved_count ->
            [one] a progressé
           *[other] ont progressé
        } d'au moins un échelon dans le bon sens (une meilleure réponse, pas forcément le résultat visé), {$same} ({$same_share}) { $same_count ->
            [one] est restée
           *[other] sont restées
        } au même échelon et {$worse} ({$worse_share}) { $worse_count ->
            [one] a reculé
           *[other] ont reculé
        } d'au moins un échelon
        [yes_no] {$improved} ({$improved_share}) { $improved_count ->
            [one] est passée
           *[other] sont passées
        } à la meilleure réponse, {$same} ({$same_share}) { $same_count ->
            [one] a donné
           *[other] ont donné
        } la même réponse et {$worse} ({$worse_share}) { $worse_count ->
            [one] est passée
           *[other] sont passées
        } à la moins bonne
       *[quantity] {$improved} ({$improved_share}) { $improved_count ->
            [one] a eu
           *[other] ont eu
        } une meilleure valeur, {$same} ({$same_share}) la même et {$worse} ({$worse_share}) une moins bonne
    }.
# Une évolution moyenne sur une échelle : $change (écrit, signé), $size (sa valeur absolue).
report-scale-change = {$change} { $size ->
        [one] point
       *[other] points
    } sur l'échelle
# Quand un chiffre a été mesuré et sur combien de personnes : $at_wave, $n (écrit), $count.
report-at-wave-of = {$at_wave}, {$n} { $count ->
        [one] personne
       *[other] personnes
    }

## La comparaison entre structures. Une structure ($org) hors des limites :
## $above (au-dessus ou en dessous), $better (mieux que le réseau),
## $lower_is_better (plus bas est mieux pour cet indicateur) valent true ou
## false.

# Hors des limites à 95 %.
report-outside-limits = {$org} est { $above ->
        [true] au-dessus de
       *[false] en dessous de
    } la limite à 95 % : son résultat est { $above ->
        [true] plus élevé
       *[false] plus bas
    } que celui du réseau, au-delà de ce que le hasard expliquerait. { $lower_is_better ->
        [true] Pour cet indicateur, plus c'est bas, mieux c'est : {$org}
       *[false] {$org}
    } fait donc { $better ->
        [true] mieux
       *[false] moins bien
    } que le réseau.
# Hors même des limites à 99,8 %.
report-outside-limits-strong = {$org} est { $above ->
        [true] au-dessus de
       *[false] en dessous de
    } la limite à 99,8 % : son résultat est nettement { $above ->
        [true] plus élevé
       *[false] plus bas
    } que celui du réseau, bien au-delà de ce que le hasard expliquerait. { $lower_is_better ->
        [true] Pour cet indicateur, plus c'est bas, mieux c'est : {$org}
       *[false] {$org}
    } fait donc { $better ->
        [true] mieux
       *[false] moins bien
    } que le réseau.
# Les structures dans les limites : $names (déjà jointes), $count (combien).
report-within-limits = { $count ->
        [1] {$names} est dans les limites : son écart au réseau peut s'expliquer par le hasard.
       *[other] {$names} sont dans les limites : leurs écarts au réseau peuvent s'expliquer par le hasard.
    }
# Les tests entre structures.
report-comparison-test-chi_square = test du khi-deux
report-comparison-test-kruskal_wallis = test de Kruskal-Wallis
# « p = 0,01 ; après correction de Holm, p = 0,04 » : $p, $adjusted.
report-holm = {$p} ; après correction de Holm, {$adjusted}
# Les structures diffèrent, même après correction de Holm ($detail : les tests).
report-organisations-differ = Les structures diffèrent plus que le hasard ne l'expliquerait, même en tenant compte du nombre d'indicateurs comparés ({$detail}).
# Les structures semblent différer, mais plus après correction de Holm ($detail).
report-organisations-differ-alone = Prises seules, les structures semblent différer, mais plus une fois pris en compte le nombre d'indicateurs comparés ({$detail}).
# Pas de différence nette ($detail).
report-organisations-same = Pas de différence nette entre structures au-delà du hasard ({$detail}).
# La version de l'outil et le référentiel d'un rapport, pour son pied de page ($tool_version, $set, $set_version).
report-made-with = social-impact {$tool_version}, référentiel {$set} version {$set_version}.
# Un logo qui n'est pas une image PNG ou JPEG.
report-logo-not-an-image = le logo n'est pas une image PNG ou JPEG (les images SVG ne sont pas acceptées : elles peuvent contenir des scripts)
# Un logo trop lourd ($size, $limit : en octets).
report-logo-too-large = le logo fait {$size} octets, plus que les {$limit} qu'accepte la première page d'un rapport
# La mise en garde à côté de chaque entonnoir.
report-comparison-caution = Prudence : les structures n'accompagnent pas les mêmes personnes (âge, situation à l'entrée, type de service). Un écart au réseau est une question à se poser ensemble, pas un classement ni un jugement sur la qualité du travail.
# Pas deux structures assez grandes pour comparer ($min_cell).
report-no-comparison = Pas de comparaison : il faut au moins deux structures d'au moins {$min_cell} personnes.
# Les structures laissées hors de la comparaison ($names, $fewer : `report-fewer-than`).
report-not-compared = Non comparé : {$names} ({$fewer}).

## La durée d'accompagnement et le délai avant le résultat.

# Quand le lien avec la durée ne peut pas être calculé ($n : les personnes sorties).
report-duration-no-data = Pas assez de données pour relier la durée d'accompagnement à l'évolution ({$n} personnes sorties).
# Un lien net : plus longtemps, plus de progrès ($stats).
report-duration-more = Les personnes accompagnées plus longtemps ont davantage progressé : ce lien a peu de chances d'être dû au hasard (Spearman {$stats}).
# Un lien net : plus longtemps, moins de progrès ($stats).
report-duration-less = Les personnes accompagnées plus longtemps ont moins progressé : ce lien a peu de chances d'être dû au hasard (Spearman {$stats}).
# Pas de lien net ($stats).
report-duration-none = Pas de lien net entre la durée d'accompagnement et l'évolution (Spearman {$stats}).
# Un délai masqué ($fewer).
report-time-hidden = Résultat masqué : {$fewer}.
# Le délai médian du réseau ($days).
report-time-median = La moitié des personnes ont atteint ce résultat en {$days} jours ou moins (médiane, ensemble du réseau).
# Quand la médiane n'est pas atteinte.
report-time-median-not-reached = Moins de la moitié des personnes ont atteint ce résultat pendant la période observée : la médiane n'est pas atteinte.
# Combien ont atteint le résultat ($events des $n), les autres comptant jusqu'au $as_of.
report-time-reached-as-of = {$events} des {$n} personnes suivies l'ont atteint : les autres comptent jusqu'à leur sortie ou jusqu'au {$as_of}.
# Combien ont atteint le résultat ($events des $n), sans date d'arrêt.
report-time-reached = {$events} des {$n} personnes suivies l'ont atteint : les autres comptent jusqu'à leur sortie.
# Le test du log-rank : des délais nettement différents ($detail).
report-logrank-differ = Les délais diffèrent entre structures plus que le hasard ne l'expliquerait ({$detail}).
# Le test du log-rank : pas de différence nette ($detail).
report-logrank-same = Pas de différence nette de délai entre structures ({$detail}).
# La médiane dans la légende d'un graphique ($days).
report-legend-median = médiane : {$days} j
# La médiane du réseau dans le texte de remplacement d'un graphique ($days).
report-network-median = médiane du réseau : {$days} jours
# La médiane du réseau, non atteinte ($not_reached : `report-label-not_reached`).
report-network-median-not-reached = médiane du réseau : {$not_reached}

## Le genre d'une mesure.

report-measure-binary = oui / non
# $count : le nombre de catégories.
report-measure-categorical = {$count} catégories
# $min, $max : les bornes de l'échelle.
report-measure-ordinal = échelle de {$min} à {$max}
report-measure-count = nombre
# $unit : l'unité.
report-measure-continuous = quantité ({$unit})

## Ce qui est masqué, et pourquoi.

# La situation d'un groupe, masquée ($waves : les vagues, jointes).
report-hidden-status = situation ({$waves})
# L'évolution d'un groupe, masquée.
report-hidden-change = évolution
# Un indicateur sans évolution : recueilli seulement $asked, pas aux deux vagues de $from_to.
report-change-not-measured = Cet indicateur n'est recueilli qu'{$asked} : l'évolution {$from_to} ne s'applique pas à lui, il n'y a donc pas de chemin parcouru à montrer. Rien n'est masqué ici.
# Pourquoi ces résultats sont masqués ($fewer).
report-hidden-results = Ces résultats portent sur {$fewer} et ne sont pas affichés : trop peu de personnes pour protéger leur anonymat et donner un chiffre fiable.
# « contre 13 % à l'entrée (1 870 personnes) » : $value, $at_wave, $n (écrit), $count.
report-against = contre {$value} {$at_wave} ({$n} { $count ->
        [one] personne
       *[other] personnes
    })

## La qualité des données.

# Les lignes d'un fichier lues, retenues, écartées ($name, $read, $kept, $left_out).
report-file-note = {$name} : {$read} { $read ->
        [one] ligne lue
       *[other] lignes lues
    }, {$kept} { $kept ->
        [one] retenue
       *[other] retenues
    }, {$left_out} { $left_out ->
        [one] écartée
       *[other] écartées
    }.
# Un rapport produit malgré des erreurs : $errors erreurs, $left_out lignes
# écartées sur $rows ($share), dans la limite de $limit.
report-tolerated-note = Ce rapport a été produit malgré {$errors} { $errors ->
        [one] erreur
       *[other] erreurs
    } dans les fichiers : {$left_out} { $left_out ->
        [one] ligne écartée
       *[other] lignes écartées
    } sur {$rows} ({$share}), dans la limite de {$limit} acceptée pour ce rapport. Les chiffres ne décrivent que les lignes retenues.

## Les méthodes, paragraphe par paragraphe (cinq) : $level (« 95 % »),
## $from_to, $comparison_wave (« la sortie »), $min_cell.

report-methods-1 = Chaque indicateur est résumé à chaque temps de collecte, pour chaque structure et pour l'ensemble du réseau : part des réponses positives (intervalle de Wilson) ou moyenne (intervalle t), avec un intervalle de confiance à {$level}. Au suivi, la réponse la plus récente compte.
report-methods-2 = L'évolution est mesurée {$from_to} sur les personnes qui ont répondu aux deux temps (test t apparié, test de Wilcoxon, et test de McNemar pour les questions oui/non).
report-methods-3 = Les structures sont comparées à {$comparison_wave} (khi-deux ou Kruskal-Wallis, puis correction de Holm sur l'ensemble des indicateurs) et placées sur un graphique en entonnoir avec des limites à 95 % et 99,8 %.
report-methods-4 = Les groupes de moins de {$min_cell} personnes sont masqués : leurs chiffres ne sont ni affichés ni utilisés dans les comparaisons entre structures.
report-methods-5 = Les personnes ne sont connues que par un pseudonyme : une empreinte HMAC-SHA-256 de leur identifiant, d'abord mis sous une seule forme Unicode (NFC), pour qu'un identifiant accentué saisi sur Mac ou sur Windows désigne la même personne ; les identifiants eux-mêmes ne sont jamais gardés.

## Le glossaire : chaque statistique en une phrase, dans l'ordre.

report-glossary-1-term = Intervalle de confiance (IC)
report-glossary-1-meaning = La fourchette dans laquelle la vraie valeur se trouve très probablement (95 fois sur 100 au niveau de 95 %) ; plus il y a de personnes, plus elle est étroite.
report-glossary-2-term = Intervalle de Wilson
report-glossary-2-meaning = La fourchette d'une proportion, qui reste fiable même pour de petits groupes ou des proportions proches de 0 ou de 100 %.
report-glossary-3-term = Intervalle t (de Student)
report-glossary-3-meaning = La fourchette d'une moyenne, qui tient compte du nombre de personnes et de la dispersion des réponses.
report-glossary-4-term = Test t apparié
report-glossary-4-meaning = Vérifie si l'évolution moyenne des mêmes personnes entre deux temps dépasse ce que le hasard produirait.
report-glossary-5-term = Test de Wilcoxon
report-glossary-5-meaning = Même question que le test t apparié, mais fondé sur le classement des évolutions, donc peu sensible aux valeurs extrêmes.
report-glossary-6-term = Test de McNemar
report-glossary-6-meaning = Pour une question oui/non posée deux fois aux mêmes personnes : compare ceux qui passent de non à oui à ceux qui passent de oui à non.
report-glossary-7-term = d_z de Cohen
report-glossary-7-meaning = La taille de l'évolution rapportée à sa dispersion : environ 0,2 est une petite évolution, 0,5 moyenne, 0,8 grande.
report-glossary-8-term = Valeur p
report-glossary-8-meaning = La probabilité d'observer un écart au moins aussi grand si, en réalité, rien n'avait changé ; en dessous de 0,05, on parle d'écart net.
report-glossary-9-term = Test du khi-deux
report-glossary-9-meaning = Vérifie si la part de réponses positives diffère entre structures plus que le hasard ne l'expliquerait.
report-glossary-10-term = Test de Kruskal-Wallis
report-glossary-10-meaning = Vérifie si les scores diffèrent entre structures, en comparant leurs classements.
report-glossary-11-term = Correction de Holm
report-glossary-11-meaning = Quand on fait beaucoup de tests, certains paraissent nets par hasard : la correction de Holm relève le seuil pour en tenir compte.
report-glossary-12-term = Graphique en entonnoir
report-glossary-12-meaning = Place chaque structure selon son nombre de réponses : les limites s'écartent pour les petites structures, car leurs résultats varient plus par hasard ; un point hors des limites mérite un regard.
report-glossary-13-term = Corrélation de Spearman (rho)
report-glossary-13-meaning = Mesure, de −1 à +1, si deux grandeurs montent ou descendent ensemble, ici la durée d'accompagnement et l'évolution.
report-glossary-14-term = Courbe de Kaplan-Meier
report-glossary-14-meaning = La part des personnes qui n'ont pas encore atteint le résultat, jour après jour depuis l'entrée, en comptant correctement celles encore accompagnées ou sorties avant.
report-glossary-15-term = Test du log-rank
report-glossary-15-meaning = Vérifie si les courbes de Kaplan-Meier de plusieurs structures diffèrent plus que le hasard ne l'expliquerait.
report-glossary-16-term = Alpha de Cronbach
report-glossary-16-meaning = Mesure si les questions d'une même échelle vont dans le même sens ; au-dessus de 0,7, l'échelle est jugée cohérente.
report-glossary-17-term = Résultat masqué
report-glossary-17-meaning = Les groupes trop petits ne sont pas affichés, pour que personne ne puisse être reconnu et parce que leurs chiffres seraient trop incertains.
