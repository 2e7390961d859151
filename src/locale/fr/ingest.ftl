## La lecture et la validation des données : chaque problème de
## crate::ingest (d'après les faits de sa sorte), ce qu'un refus de score
## attendait, et le bilan de validation. Les nombres arrivent écrits ($n,
## $days…) ; $count porte le même nombre pour l'accord (0 et 1 au singulier).

# La gravité d'un problème, par sorte.
ingest-severity-error = erreur
ingest-severity-warning = avertissement
# La catégorie de pluriel d'un nombre $count (sert à choisir ingest-errors-word-… et ingest-warnings-word-…).
ingest-plural-category = { $count ->
        [one] one
       *[other] other
    }
ingest-errors-word-one = erreur
ingest-errors-word-other = erreurs
ingest-warnings-word-one = avertissement
ingest-warnings-word-other = avertissements

## Les endroits d'un fichier.

ingest-location-file = fichier
# $line.
ingest-location-line = ligne { $line }
# $index (le rang de l'enregistrement), $line.
ingest-location-record = enregistrement { $index } (ligne { $line })
# $sheet, $row.
ingest-location-sheet-row = feuille « { $sheet } », ligne { $row }
# Ce qui suit une valeur coupée : $chars (sa longueur écrite), $count (la même).
ingest-cut = … ({ $chars } { $count ->
        [one] caractère
       *[other] caractères
    })
# Un texte cité : $text.
ingest-quoted = « { $text } »
# Une suggestion d'un nom proche : $suggestion.
ingest-suggestion = peut-être « { $suggestion } » ?
# Ce qui sépare les éléments d'une énumération longue.
ingest-semicolon = {" ; "}
# Le mot avant le dernier élément d'une liste.
ingest-and = {" "}et{" "}
# Le mot avant la dernière réponse acceptée.
ingest-or = {" "}ou{" "}

## Ce qui ne va pas.

ingest-problem-pdf-document = c'est un document PDF, pas un tableau de données : exportez les données en CSV ou en XLSX
ingest-problem-not-data = ce n'est pas un fichier texte (CSV, JSON) ni un classeur XLSX
# $reason : ce qu'a dit le lecteur.
ingest-problem-read-stopped = lecture interrompue : { $reason }
ingest-problem-workbooks-not-built-in = ce classeur ne peut pas être lu : la bibliothèque a été compilée sans la fonction `xlsx` ; enregistrez-le en CSV
ingest-problem-damaged-workbook = le classeur ne peut pas être ouvert (fichier tronqué, endommagé ou protégé par mot de passe ?) : enregistrez-le de nouveau depuis Excel ou LibreOffice, ou exportez-le en CSV
# $wanted : la feuille demandée.
ingest-problem-no-such-sheet = le classeur n'a pas de feuille « { $wanted } »
ingest-problem-undecidable-encoding = l'encodage du texte n'est ni UTF-8 ni Windows-1252 (Latin-1) : dans Excel, « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, cochez « Éditer les paramètres du filtre » et choisissez « Unicode (UTF-8) »
ingest-problem-read-as-windows1252 = le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (Latin-1), comme l'écrit Excel ; vérifiez les accents, ou enregistrez-le en « CSV UTF-8 »
# $position : le rang du champ.
ingest-problem-field-not-utf8 = le champ n° { $position } contient des octets qui ne sont pas de l'UTF-8 (le fichier mélange des encodages ?) : enregistrez le fichier en « CSV UTF-8 »
ingest-problem-empty-file = le fichier est vide
ingest-problem-no-line = le fichier ne contient aucune ligne
ingest-problem-no-record = le fichier ne contient aucun enregistrement
# $sheet.
ingest-problem-empty-sheet = la feuille « { $sheet } » est vide
ingest-problem-header-only = le fichier n'a qu'une ligne d'en-tête, aucune donnée
# $form (wide, long ou none), $missing (les colonnes), $count (leur nombre).
ingest-problem-missing-columns = { $form ->
        [wide] formulaire large (une colonne par indicateur) :{" "}
        [long] formulaire long :{" "}
       *[none] {""}
    }{ $count ->
        [one] colonne obligatoire absente
       *[other] colonnes obligatoires absentes
    } : { $missing }
ingest-problem-no-beneficiary-column = aucune colonne de personne accompagnée à pseudonymiser
# $name, $first (la colonne répétée), $first_position (son rang).
ingest-problem-duplicate-column = la colonne « { $name } » répète la colonne « { $first } » (colonne n° { $first_position })
# $field : le nom du champ.
ingest-problem-unused-column = colonne « { $field } » inutile dans ce fichier : ignorée
ingest-problem-unknown-column = colonne inconnue : ignorée
ingest-problem-unknown-indicator-column = colonne d'indicateur inconnue du référentiel : ses valeurs sont ignorées
# $found (écrit), $count (le même), $expected.
ingest-problem-field-count = la ligne a { $found } { $count ->
        [one] champ
       *[other] champs
    }, l'en-tête en a { $expected }
ingest-problem-cells-beyond-header = la ligne a des cellules remplies à droite de la dernière colonne nommée
ingest-problem-not-an-array = un fichier .json doit contenir un tableau d'objets `[{"{"}…{"}"}, {"{"}…{"}"}]` (ou un objet par ligne, en JSON Lines)
# $line, $column, $reason (ce qu'a dit le lecteur JSON).
ingest-problem-malformed-json = JSON mal formé (ligne { $line }, colonne { $column }) : { $reason }
ingest-problem-not-an-object = un enregistrement doit être un objet JSON `{"{"}"organisation": …{"}"}`
ingest-problem-unreadable-record = enregistrement illisible
ingest-problem-nested-value = valeur imbriquée (tableau ou objet) non acceptée
ingest-problem-missing-value = valeur obligatoire absente
ingest-problem-invalid-organisation = code de structure invalide
ingest-problem-invalid-age = âge invalide
ingest-problem-invalid-sex = sexe non reconnu
ingest-problem-unknown-missing-reason = motif d'absence inconnu
# $set.
ingest-problem-unknown-indicator = indicateur absent du référentiel « { $set } »
ingest-problem-unknown-wave = vague inconnue
# $indicator.
ingest-problem-wave-not-allowed = { $indicator } n'est pas recueilli à cette vague
# $indicator.
ingest-problem-value-not-accepted = réponse non acceptée pour { $indicator }
# $entry : la date d'entrée.
ingest-problem-exit-before-entry = date de sortie antérieure à la date d'entrée ({ $entry })
# $first : où est la première (un des ingest-location-…).
ingest-problem-identical-enrolment = inscription identique à la première ({ $first }) : gardée une fois
# $first : où est la première.
ingest-problem-duplicate-enrolment = seconde inscription de cette personne accompagnée dans cette structure (première : { $first }), avec d'autres dates ou informations
# $organisation, $enrolments (le fichier des inscriptions).
ingest-problem-observation-without-enrolment = aucune inscription de cette personne accompagnée dans la structure { $organisation } (fichier { $enrolments })
# Une observation hors de l'accompagnement : $days (écrit), $count (le même), $date (la borne).
ingest-problem-before-entry = observation datée { $days } { $count ->
        [one] jour
       *[other] jours
    } avant l'entrée ({ $date })
ingest-problem-post-exit-before-exit = observation après sortie datée { $days } { $count ->
        [one] jour
       *[other] jours
    } avant la sortie ({ $date })
ingest-problem-after-exit = observation datée { $days } { $count ->
        [one] jour
       *[other] jours
    } après la sortie ({ $date }) ; utilisez la vague « Après la sortie » (post_exit) si elle suit la sortie
ingest-problem-post-exit-without-exit = observation après sortie alors que l'inscription n'a pas de date de sortie
# $indicator, $range (un des ingest-ages-…, ou vide), $age (écrit), $count (le même).
ingest-problem-not-applicable-at-age = { $indicator } concerne les personnes { $range } ; cette personne accompagnée a { $age } { $count ->
        [one] an
       *[other] ans
    } à cette date
# Les âges d'un indicateur : $min, $max (écrits), $count (l'âge qui porte l'accord).
ingest-ages-between = de { $min } à { $max } { $count ->
        [one] an
       *[other] ans
    }
ingest-ages-from = de { $min } { $count ->
        [one] an
       *[other] ans
    } ou plus
ingest-ages-up-to = de { $max } { $count ->
        [one] an
       *[other] ans
    } ou moins
# $indicator, $wave (le code de la vague), $wave_name (son nom).
ingest-problem-duplicate-observation = { $wave ->
       *[other] { $indicator } a déjà une observation à la vague « { $wave_name } » pour cette personne accompagnée : la plus récente compte
    }
# $indicator, $wave, $rows (les autres lignes), $total (leur nombre).
ingest-problem-conflicting-duplicates = { $total ->
        [one] { $indicator } a, à la vague { $wave } et à la même date, une autre observation pour cette personne accompagnée ({ $rows }) qui ne dit pas la même chose : la réponse est comptée comme manquante, quel que soit l'ordre des lignes
       *[other] { $indicator } a, à la vague { $wave } et à la même date, d'autres observations pour cette personne accompagnée ({ $rows }) qui ne disent pas toutes la même chose : la réponse est comptée comme manquante, quel que soit l'ordre des lignes
    }
# Les lignes de plus, non nommées : $n (écrit), $count (le même).
ingest-more-rows = { $n } { $count ->
        [one] autre
       *[other] autres
    }
ingest-problem-missing-reason-ignored = motif d'absence donné alors qu'une réponse est présente : la réponse est gardée
# $why (le problème de la valeur), $read_as (un des ingest-read-as-…).
ingest-problem-optional-value-ignored = { $why } ; { $read_as }, la personne est gardée
ingest-read-as-exit_date = la date de sortie est lue comme vide (accompagnement en cours)
ingest-read-as-age_at_entry = l'âge est lu comme inconnu
ingest-read-as-sex = le sexe est lu comme inconnu
ingest-read-as-other = la valeur est lue comme vide
# $missing (les colonnes), $count (leur nombre), $consequences (des ingest-consequence-…, séparées par ingest-semicolon).
ingest-problem-optional-columns-absent = { $count ->
        [1] pas de colonne
       *[other] pas de colonnes
    } { $missing } : { $consequences }
ingest-consequence-exit_date = sans date de sortie, chaque accompagnement est compté comme en cours et les observations après la sortie ne sont pas rapprochées d'une sortie
ingest-consequence-age_at_entry = sans âge, les indicateurs réservés à certains âges ne sont pas vérifiés
# $given_as (enrolments ou observations : le rôle donné au fichier), $found (les colonnes).
ingest-problem-looks-like-other-file = cet en-tête est celui d'un fichier { $given_as ->
        [enrolments] d'observations
       *[observations] d'inscriptions
    } (colonnes { $found }), pas d'un fichier { $given_as ->
        [enrolments] d'inscriptions
       *[observations] d'observations
    } : les deux fichiers ont-ils été inversés ?

## Les dates mal écrites.

ingest-date-unreadable = date illisible
ingest-date-two-digit-year = année sur 2 chiffres : le siècle est ambigu, écrivez l'année sur 4 chiffres
# $year.
ingest-date-year-out-of-range = année { $year } hors de la plage 1900-2200
ingest-date-month-day-order = mois supérieur à 12 : la date semble écrite mois/jour (ordre américain) ; écrivez JJ/MM/AAAA
ingest-date-no-such-day = ce jour n'existe pas

## Ce qui serait accepté.

# $missing (les colonnes).
ingest-accepted-optional-columns-absent = une colonne pour { $missing } (ou un de ses noms français), même vide par endroits
ingest-accepted-enrolments-given = ici le fichier des inscriptions (organisation, beneficiary, entry_date…), et le fichier des observations à sa place
ingest-accepted-observations-given = ici le fichier des observations (organisation, beneficiary, indicator, wave, date, value…), et le fichier des inscriptions à sa place
# $sheets (les feuilles, citées).
ingest-accepted-no-such-sheet = une des feuilles { $sheets }
# $aliases (chaque colonne et ses équivalents, séparés par ingest-semicolon).
ingest-accepted-missing-columns = ces noms ou leurs équivalents : { $aliases }
# $aliases (les équivalents de beneficiary).
ingest-accepted-no-beneficiary-column = beneficiary ou { $aliases }
ingest-accepted-duplicate-column = une seule colonne par champ : supprimez ou renommez l'une des deux
ingest-accepted-field-count = autant de champs que de colonnes ; un champ qui contient le séparateur doit être entre guillemets
ingest-accepted-cells-beyond-header = une colonne nommée dans la ligne d'en-tête pour chaque cellule remplie
ingest-accepted-nested-value = un texte, un nombre, true/false ou null
ingest-accepted-invalid-organisation = 1 à 64 lettres, chiffres, « - », « _ » ou « . », commençant par une lettre ou un chiffre (ex. ASSO1)
# $max.
ingest-accepted-invalid-age = un nombre entier d'années de 0 à { $max }, ou vide
ingest-accepted-invalid-sex = F, M ou X (aussi femme/homme/autre, female/male/other), ou vide
# $codes, $names (les noms français).
ingest-accepted-unknown-missing-reason = { $codes } (aussi { $names }, en majuscules ou minuscules, avec ou sans accents), ou vide
ingest-accepted-malformed-date = une date AAAA-MM-JJ (2024-01-15) ou JJ/MM/AAAA (15/01/2024), l'année sur 4 chiffres
# $known (les indicateurs du référentiel).
ingest-accepted-unknown-indicator = l'un de : { $known }
# $accepted (les codes), $names (les noms français).
ingest-accepted-unknown-wave = { $accepted } (aussi { $names }, en majuscules ou minuscules, avec ou sans accents)
# $expected (un des ingest-expected-…).
ingest-accepted-value-not-accepted = { $expected } ; vide si la réponse manque
ingest-accepted-exit-before-entry = une date de sortie égale ou postérieure à l'entrée, ou vide si l'accompagnement continue
ingest-accepted-duplicate-enrolment = une inscription par personne accompagnée et par structure dans un fichier
ingest-accepted-observation-without-enrolment = une personne accompagnée inscrite dans la même structure, avec le même identifiant
# $tolerance (écrit), $count (le même).
ingest-accepted-outside-support = une date entre l'entrée et la sortie, à { $tolerance } { $count ->
        [one] jour
       *[other] jours
    } près (la tolérance de dates)

## Un problème sur une ligne.

# $file, $location.
ingest-line-place = { $file }, { $location }
# $column.
ingest-line-column = , colonne « { $column } »
# $severity, $code, $message.
ingest-line-problem =  : { $severity } [{ $code }] : { $message }
# $value.
ingest-line-value = {" "}(valeur « { $value } »)
# $accepted.
ingest-line-accepted = . Accepté : { $accepted }

## Ce qu'un indicateur accepte.

# $min, $max.
ingest-expected-whole-between = un nombre entier de { $min } à { $max }
# $min.
ingest-expected-whole-from = un nombre entier, { $min } ou plus
# $codes.
ingest-expected-one-of-codes = un des codes { $codes }
# $range (un des ingest-expected-range-…, ou vide), $unit.
ingest-expected-number = un nombre{ $range } (en { $unit }) ; la virgule décimale convient
# $min, $max (écrits).
ingest-expected-range-between = {" "}de { $min } à { $max }
ingest-expected-range-from = {" "}d'au moins { $min }
ingest-expected-range-up-to = {" "}d'au plus { $max }
ingest-expected-indicator-of-the-set = un indicateur du référentiel
# Un refus de score : $value, $indicator, $expected.
ingest-score-error = la valeur « { $value } » n'est pas acceptée pour { $indicator } : attendu { $expected }

## Les noms de colonnes des modèles (relus par Field::from_header), par champ.

ingest-column-organisation = Organisme
ingest-column-beneficiary = Bénéficiaire
ingest-column-entry_date = Date d'entrée
ingest-column-exit_date = Date de sortie
ingest-column-age_at_entry = Âge à l'entrée
ingest-column-sex = Sexe
ingest-column-service = Dispositif
ingest-column-indicator = Indicateur
ingest-column-wave = Vague
ingest-column-date = Date
ingest-column-value = Valeur
ingest-column-missing_reason = Motif de non-réponse

## Le bilan de validation.

ingest-file-role-enrolments = Inscriptions
ingest-file-role-observations = Observations
# $role, $path, $detected (ce qui a été reconnu).
ingest-file-heading = { $role } : { $path } ({ $detected })
ingest-delimiter-tab = séparateur tabulation
# $delimiter.
ingest-delimiter = séparateur « { $delimiter } »
# $sheet.
ingest-sheet = feuille « { $sheet } »
ingest-form-long = forme longue
ingest-form-wide = forme large
# $read, $accepted, $left_out, $kept (des ingest-rows-…).
ingest-rows = { $read }, { $accepted }, { $left_out } ; { $kept }
# Chaque compte : $n (écrit), $count (le même).
ingest-rows-read = { $n } { $count ->
        [one] ligne lue
       *[other] lignes lues
    }
ingest-rows-accepted = { $n } { $count ->
        [one] acceptée
       *[other] acceptées
    }
ingest-rows-left-out = { $n } { $count ->
        [one] écartée
       *[other] écartées
    }
ingest-rows-kept = { $n } { $count ->
        [one] enregistrement gardé
       *[other] enregistrements gardés
    }
# $n (écrit), $count (le même).
ingest-left-out-with-enrolment = { $n } { $count ->
        [one] observation écartée
       *[other] observations écartées
    } avec l'inscription en erreur de leur personne accompagnée
# $errors, $warnings (écrits).
ingest-totals = Erreurs : { $errors } ; avertissements : { $warnings }
ingest-errors-heading = Erreurs à corriger :
# $n (écrit), $count (le même) : les exemples par type.
ingest-warnings-heading = Avertissements ({ $n } { $count ->
        [one] exemple
       *[other] exemples
    } par type au plus ; --all-warnings les liste tous) :
# $n (écrit), $count (le même), $code.
ingest-more-of-kind = … et { $n } { $count ->
        [one] autre
       *[other] autres
    } de ce type ({ $code })
ingest-problems-heading = Problèmes :
# $n (écrit), $count (le même).
ingest-not-shown = … et { $n } { $count ->
        [one] autre problème non affiché
       *[other] autres problèmes non affichés
    }
# $n (écrit), $count (le même).
ingest-refusal = { $n } { $count ->
        [one] erreur
       *[other] erreurs
    } : corrigez les fichiers avant de produire un rapport
# $n (écrit), $count (le même), $output.
ingest-pseudonymised = { $n } { $count ->
        [one] ligne pseudonymisée
       *[other] lignes pseudonymisées
    } dans { $output }
# $output.
ingest-not-written = { $output } n'a pas été écrit
