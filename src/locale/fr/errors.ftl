## Les erreurs qui arrêtent une commande avant tout chiffre : un fichier
## que le système ne peut pas ouvrir, une clé inutilisable, des options hors
## limites, un exemple impossible à produire.

## Ce que le système a dit d'un fichier, par sorte d'échec (std::io::ErrorKind).

errors-io-not-found = fichier introuvable
errors-io-permission-denied = accès refusé
errors-io-already-exists = le fichier existe déjà
errors-io-is-a-directory = c'est un dossier, pas un fichier
errors-io-not-a-directory = une partie du chemin n'est pas un dossier
errors-io-storage-full = le disque est plein
errors-io-read-only-filesystem = le disque est en lecture seule
errors-io-unexpected-eof = le fichier s'arrête trop tôt
errors-io-invalid-data = le contenu est illisible
# Toute autre sorte : $error, le texte du système.
errors-io-other = erreur du système ({ $error })

## Fichiers et clés.

# Un fichier qui n'a pu être lu ni écrit : $path, $reason (ce qu'a dit le système).
errors-file = { $path } : { $reason }
# Un fichier de clé illisible : $path, $reason.
errors-key-unreadable = impossible de lire le fichier de clé de pseudonymisation { $path } : { $reason }
# Un fichier de clé vide : $path.
errors-key-empty = le fichier de clé de pseudonymisation { $path } est vide : créez une clé avec `impact key new --output { $path }` ou mettez-y un long secret aléatoire (au moins 16 octets)
# Un fichier de clé trop gros : $path, $limit (en octets).
errors-key-too-large = le fichier de clé de pseudonymisation { $path } contient plus de { $limit } octets : une clé est un secret court (32 octets aléatoires suffisent)
# Une clé qui n'est pas un fichier ordinaire : $path.
errors-key-not-regular = la clé de pseudonymisation { $path } n'est pas un fichier ordinaire : donnez le chemin d'un fichier qui contient la clé
# Une clé trop courte : $path, $len (sa taille écrite), $count (la même, pour l'accord), $min.
errors-key-too-short = la clé de pseudonymisation de { $path } est trop courte ({ $len } { $count ->
        [one] octet
       *[other] octets
    }) : il faut au moins { $min } octets aléatoires

## Options et données.

# Un niveau de confiance hors de ]0, 1[ : $value.
errors-confidence = niveau de confiance { $value } : il faut un nombre strictement entre 0 et 1, par exemple 0,95
# Une taille minimale de groupe de 0.
errors-min-cell = taille minimale de groupe 0 : il faut 1 ou plus (11 par défaut ; en dessous de 11, seulement pour un usage interne)
# Des données préparées pour un autre référentiel : $set.
errors-dataset-mismatch = les données ont été préparées pour d'autres indicateurs que ceux du référentiel { $set }
# Un exemple qui ne peut pas être produit : $message (pourquoi).
errors-sample-spec = impossible de produire cet exemple : { $message }
# Les données ont des erreurs : $errors (leur nombre écrit), $count (le même, pour l'accord).
errors-data-invalid = les données ont { $errors } { $count ->
        [one] erreur
       *[other] erreurs
    } : aucun rapport n'a été calculé
