## Les contrôles de sûreté : fichiers qui ne sont pas écrits, entrées
## refusées pour leur taille ou leur sorte, limites atteintes, refus de la
## pseudonymisation. Les nombres ($size, $limit, $cells…) arrivent écrits ;
## $count porte le même nombre pour l'accord (0 et 1 au singulier).

## Les sortes de fichiers, comme elles se lisent dans une phrase (fsio::FileKind).

hardening-kind-regular = un fichier
hardening-kind-folder = un dossier
hardening-kind-symlink = un lien symbolique
hardening-kind-fifo = un tube nommé (FIFO)
hardening-kind-device = un périphérique
hardening-kind-socket = une socket
hardening-kind-other = un fichier spécial

## Les sorties.

# Une sortie qui est une entrée ou la clé : $path, $protected (le fichier protégé).
hardening-output-is-protected = { $path } n'a pas été écrit : c'est le même fichier que { $protected }, une entrée ou la clé, qui ne sont jamais remplacées ; choisissez un autre nom de sortie
# Une sortie qui n'est pas un fichier ordinaire : $path, $kind (un des hardening-kind-…).
hardening-output-not-regular = { $path } n'a pas été écrit : c'est { $kind }, qui n'est jamais remplacé ; choisissez un chemin de fichier ordinaire
# Une sortie qui existe et ne peut pas être remplacée sans --force : $path.
hardening-output-exists = { $path } existe déjà : il n'a pas été remplacé, le remplacement n'étant pas permis
# Le système a refusé d'écrire : $path, $reason.
hardening-cannot-write = impossible d'écrire { $path } : { $reason }

## Les entrées et leurs limites.

# Une entrée qui n'est pas un fichier ordinaire : $kind (un des hardening-kind-…).
hardening-input-not-regular = c'est { $kind }, pas un fichier ordinaire : seuls les fichiers ordinaires sont lus
# Une entrée trop grosse : $size, $limit (en octets).
hardening-input-too-large = le fichier fait au moins { $size } octets, au-delà de la limite de { $limit } octets
# Comment relever une limite : $limit, $option (le réglage).
hardening-raise-limit = au plus { $limit } (limite réglable par { $option })
# Un classeur refusé avant lecture, son format ne pouvant être lu dans des limites :
# $what (hardening-workbook-compound ou hardening-workbook-other).
hardening-unbounded-workbook = c'est { $what } : ce format n'est pas lu, car sa lecture ne peut pas être tenue dans les limites de mémoire ; dans Excel ou LibreOffice, enregistrez-le en « Classeur Excel (.xlsx) » sans mot de passe, ou en CSV UTF-8
# Un classeur au format composé (.xls, ou chiffré).
hardening-workbook-compound = un classeur Excel 97-2003 (.xls), ou un classeur protégé par mot de passe
# Un autre classeur.
hardening-workbook-other = un classeur ni .xlsx ni .ods (un .xlsb binaire ?)
# Une feuille trop grande : $sheet, $cells (écrit), $count (le même), $limit.
hardening-sheet-too-large = la feuille « { $sheet } » déclare { $cells } { $count ->
        [one] cellule
       *[other] cellules
    }, au-delà de la limite de { $limit } : supprimez les lignes et colonnes vides en fin de feuille, ou exportez-la en CSV
# Une partie d'archive de classeur trop grosse une fois décompressée : $part, $size, $limit (en octets).
hardening-workbook-part-too-large = la partie « { $part } » du classeur fait { $size } octets une fois décompressée, au-delà de la limite de { $limit } octets
# Une cellule trop longue : $column (son numéro), $limit (en caractères).
hardening-cell-too-long = la cellule de la colonne n° { $column } contient plus de { $limit } caractères, au-delà de la limite (celle d'Excel)
# Une cellule que le lecteur ne peut pas lire.
hardening-unreadable-cell = une cellule de cette ligne est illisible (valeur d'erreur inconnue ou contenu endommagé) : le classeur est endommagé
# Le lecteur de classeurs a échoué.
hardening-workbook-reader-failed = le lecteur de classeurs a échoué sur ce fichier (classeur endommagé ?) : enregistrez-le de nouveau depuis Excel ou LibreOffice, ou exportez-le en CSV
# Une cellule d'erreur (#N/A, #REF!).
hardening-error-cell = la cellule contient une erreur de formule
# Le calendrier de 1904 (lu correctement ; dit).
hardening-date-1904 = le classeur utilise le calendrier de 1904 (Excel pour Mac) : les dates ont été lues dans ce calendrier
# Un en-tête trop large : $columns (écrit), $limit.
hardening-too-many-columns = l'en-tête a { $columns } colonnes, au-delà de la limite de { $limit }
# Un enregistrement JSON qui a trop de clés : $limit.
hardening-too-many-keys = l'enregistrement a plus de { $limit } clés, au-delà de la limite
# Un enregistrement (une ligne) trop long : $limit (en octets).
hardening-record-too-long = l'enregistrement fait plus de { $limit } octets, au-delà de la limite
# D'autres colonnes inconnues, après les premières nommées : $more (écrit), $count (le même).
hardening-more-unknown-columns = et { $more } { $count ->
        [one] colonne inconnue
       *[other] colonnes inconnues
    } de plus, ignorées aussi
# De l'UTF-8 après un début lu en Windows-1252.
hardening-utf8-after-cp1252 = le début du fichier a été lu en Windows-1252 (Latin-1), mais la suite contient de l'UTF-8 : les accents de ces lignes sont faux ; enregistrez tout le fichier en « CSV UTF-8 »

## La pseudonymisation.

# Plusieurs colonnes d'identifiant possibles : $candidates (leur liste, de hardening-candidate).
hardening-ambiguous-id-columns = impossible de savoir avec certitude quelle colonne contient l'identifiant : { $candidates } pourraient en contenir un ; rien n'a été écrit
# Une colonne candidate : $name.
hardening-candidate = « { $name } »
# Ce qui serait accepté.
hardening-ambiguous-id-accepted = une seule colonne d'identifiant (beneficiary ou un de ses équivalents) : supprimez ou renommez les autres
# Un identifiant qui n'est ni un texte ni un nombre.
hardening-id-not-scalar = l'identifiant n'est ni un texte ni un nombre
# La note contre l'injection de formules : $cells (écrit), $count (le même).
hardening-formulas-neutralised = { $cells } { $count ->
        [one] cellule
       *[other] cellules
    } commençant par =, +, -, @, une tabulation ou un retour chariot { $count ->
        [one] a été
       *[other] ont été
    } précédée(s) d'une apostrophe, comme le conseille l'OWASP contre l'injection de formules dans les tableurs
