## Le chargement d'un référentiel dont le manifeste nomme des fichiers de
## définition, et les fichiers qui ne se chargent pas. Chaque problème est
## dit avec les mots du vérificateur.

# Une entrée de `indicators` d'aucune forme : $found est la valeur, en JSON court.
loading-not-an-entry = l'entrée { $found } n'est ni un identifiant d'indicateur (un texte, ex. "excl.housing.stable"), ni un fichier de définition ({"{"}"file": "definitions/logement.json"{"}"}), ni une définition écrite dans le référentiel (un objet)
# Le chemin d'un fichier de définition qui n'est pas suivi : $file tel qu'écrit, $why l'un des loading-why-*.
loading-path-refused = le chemin « { $file } » n'est pas suivi : { $why }

## Pourquoi un chemin n'est pas suivi.

loading-why-empty = il est vide : donnez le chemin du fichier de définition, relatif au dossier du référentiel
loading-why-absolute = c'est un chemin absolu : écrivez-le relatif au dossier du référentiel (ex. definitions/logement.json), pour que le référentiel se déplace avec son dossier
loading-why-backslash = il contient « \ » : séparez les dossiers par « / », sur tous les systèmes
loading-why-parent = il contient « .. » : le fichier doit être dans le dossier du référentiel ou en dessous ; des définitions rangées ailleurs s'ajoutent comme un dossier de définitions et se nomment par leur identifiant
loading-why-outside = un lien symbolique y mène hors du dossier du référentiel : placez le fichier dans ce dossier

## Les fichiers de définition qui ne sont pas lus : $path est le chemin joint au dossier du référentiel.

loading-file-missing = aucun fichier { $path } : vérifiez le chemin, relatif au dossier du référentiel
loading-not-regular = { $path } n'est pas un fichier ordinaire : seuls les fichiers ordinaires sont lus
# $bytes et $limit sont des nombres écrits.
loading-too-large = { $path } : les fichiers de définition de ce référentiel font ensemble { $bytes } octets, au-delà de la limite de { $limit } octets
# $reason est celle du système (en anglais).
loading-unreadable = { $path } : lecture impossible : { $reason }
loading-not-a-definition = { $path } ne contient pas de définition d'indicateur (c'est un référentiel, un schéma ou un modèle de coûts évités) : nommez un fichier qui définit un indicateur (avec son champ measure)
# $file tel qu'écrit.
loading-file-not-read = le fichier de définition « { $file } » n'a pas été lu : ouvrez le référentiel par le chemin de son fichier pour que ses fichiers de définition soient lus
# Un dossier de définitions qui n'en est pas un : $exists vaut true quand un fichier est à $path.
loading-not-a-folder = { $exists ->
        [true] { $path } est un fichier, pas un dossier : donnez le dossier qui contient vos fichiers de définition (.json)
       *[false] aucun dossier { $path } : donnez le dossier qui contient vos fichiers de définition (.json)
    }
# Un problème à son pointeur JSON.
loading-at-entry = { $pointer } : { $problem }

## Les fichiers qui ne se chargent pas : une première ligne, puis une ligne par problème.

# $count est le nombre de problèmes, $n le même nombre écrit.
loading-problems = { $count ->
        [one] { $n } problème empêche de charger les définitions :
       *[other] { $n } problèmes empêchent de charger les définitions :
    }
# $place est fichier:ligne:colonne (ou le fichier seul).
loading-problem = { $place } : { $message }
loading-problem-at = { $place } : { $pointer } : { $message }
