## Les outils de collecte : les questions XLSForm écrites autour des
## indicateurs (identification, motifs de non-réponse, messages de
## contrainte), le questionnaire imprimable, la liste des formulaires, et les
## messages sur les exports relus.

# Le nom de la langue, tel que les suffixes de colonnes XLSForm le portent.
form-language-name = Français
# Le titre d'un formulaire : $set_title (le titre du référentiel), $wave (un des form-wave-…).
form-title = { $set_title } — { $wave }

## Les vagues, telles qu'elles se lisent dans une phrase (par code).

form-wave-entry = entrée
form-wave-follow_up = suivi
form-wave-exit = sortie
form-wave-post_exit = après la sortie

## Les questions d'identification.

# Le titre du groupe des questions d'identification.
form-ids-group = Identification
# La note qui ouvre le formulaire, pour l'enquêteur.
form-instructions = Posez chaque question telle qu'elle est écrite. Si la personne ne répond pas, laissez la réponse vide et choisissez le motif juste en dessous : ne devinez jamais une réponse.
# La question de la structure, son aide et son message de contrainte.
form-organisation-label = Code de la structure
form-organisation-hint = Le code de votre structure dans le réseau, par exemple ASSO-A.
form-organisation-constraint = Lettres sans accent, chiffres, « - », « _ » ou « . », 64 caractères au plus, en commençant par une lettre ou un chiffre.
# La question de la personne accompagnée et son aide.
form-beneficiary-label = Identifiant de la personne accompagnée
form-beneficiary-hint = L'identifiant que votre structure utilise (jamais le nom). Il est pseudonymisé à l'import.
# La question de la date d'entretien et son message de contrainte.
form-date-label = Date de l'entretien
form-date-constraint = La date de l'entretien ne peut pas être dans le futur.
# La question de l'âge (posée seulement pour afficher les questions de cet âge) et son aide.
form-age-label = Âge de la personne (en années révolues)
form-age-hint = Sert seulement à afficher les questions qui concernent cet âge.
# Pourquoi un âge est refusé : $max.
form-age-constraint = Un nombre entier de 0 à { $max }.
# Oui et non, comme réponses.
form-yes = Oui
form-no = Non

## Les aides et contraintes des questions d'indicateurs.

# Qui répond, comme aide pour l'enquêteur (par répondant).
form-respondent-beneficiary = À demander à la personne.
form-respondent-professional = Appréciation du professionnel qui accompagne la personne.
form-respondent-administrative = D'après le dossier de la personne.
# À qui une question est posée, par âge : $min et $max (en années).
form-ages-between = Pour les personnes de { $min } à { $max } ans.
form-ages-from = Pour les personnes de { $min } ans et plus.
form-ages-up-to = Pour les personnes de { $max } ans au plus.
# Ce que doit être un nombre entier : $min, $max.
form-whole-number-between = Un nombre entier de { $min } à { $max }.
form-whole-number-from = Un nombre entier, { $min } ou plus.
# Ce que doit être une quantité : $unit, $min, $max (écrits).
form-quantity-between = Un nombre de { $min } à { $max } (en { $unit }).
form-quantity-from = Un nombre, { $min } ou plus (en { $unit }).
form-quantity-up-to = Un nombre, { $max } au plus (en { $unit }).
form-quantity-any = Un nombre (en { $unit }).
# Un point étiqueté d'une échelle, dans une aide : $point, $label.
form-scale-point = { $point } = { $label }
# Ce qui sépare les points étiquetés dans une aide.
form-scale-point-separator = {"\u00A0; "}
# La question du motif de non-réponse après celle d'un indicateur : $label (la question).
form-missing-label = Pas de réponse à « { $label } » : pourquoi ?
# L'aide sous la question du motif.
form-missing-hint = Seulement si la question est restée sans réponse.
# Les motifs de non-réponse, comme choix (par code).
form-missing-reason-refused = La personne n'a pas voulu répondre
form-missing-reason-not_applicable = La question ne s'applique pas à sa situation
form-missing-reason-unknown = Réponse inconnue (ne sait pas, information absente)
# L'aide du groupe d'une échelle composite : $items (le nombre d'items).
form-scale-hint = Échelle en { $items } questions, posées une à une. Le score est calculé à l'import.

## Le questionnaire imprimable.

# La ligne de genre.
form-paper-kind = Questionnaire d'entretien
# Les faits sous le titre : la vague, la version du référentiel, l'identifiant du formulaire.
form-paper-wave = Vague de collecte
form-paper-version = Version du référentiel
form-paper-form-id = Formulaire
# Le titre des consignes pour l'enquêteur, puis les consignes, un paragraphe chacune.
form-paper-instructions-title = Consignes pour la personne qui mène l'entretien
form-paper-instruction-1 = Remplissez l'identification avant l'entretien. N'écrivez jamais le nom de la personne : seulement l'identifiant que votre structure utilise.
form-paper-instruction-2 = Lisez chaque question telle qu'elle est écrite. Cochez une seule case, ou écrivez un nombre dans le cadre.
form-paper-instruction-3 = Si la personne ne répond pas, ne devinez pas : laissez la réponse vide et cochez le motif (refus, ne s'applique pas, inconnu).
form-paper-instruction-4 = Une question réservée à certains âges ne se pose pas en dehors de ces âges : cochez « ne s'applique pas ».
# Au-dessus des cases d'un choix unique.
form-paper-tick-one = Cochez une case
# Au-dessus du cadre d'un nombre à écrire.
form-paper-write-number = Écrivez le nombre
# Avant les cases des motifs de non-réponse.
form-paper-no-answer = Pas de réponse :
# Le pied de chaque page : $form_id.
form-paper-footer = Formulaire { $form_id }. Les réponses se saisissent dans le formulaire en ligne du même identifiant.

## impact form --list.

# Le titre : $set_id, $version.
form-list-title = Formulaires du référentiel { $set_id } (version { $version })
# Les titres de colonnes.
form-list-column-wave = vague
form-list-column-form-id = identifiant du formulaire
form-list-column-questions = questions
form-list-column-title = titre

## Les exports relus.

# Un export d'un formulaire auquel manquent des questions de la vague, lu quand même :
# $wave (un des form-wave-…), $version (form-export-version, ou vide),
# $missing (les questions absentes), $count (leur nombre).
form-export-lacks = export d'un formulaire ({ $wave }){ $version } lu quand même, mais il ne pose pas { $count ->
        [1] la question
       *[other] les questions
    } { $missing } : ces réponses ne sont pas recueillies
# Les versions que dit l'export : $form_version, $set_version.
form-export-version = {" "}(version { $form_version } du formulaire, { $set_version } du référentiel)
# Que faire.
form-export-lacks-advice = publiez la version actuelle du formulaire (impact form) pour les prochains entretiens
