## Comment le français écrit les vagues, les motifs de non-réponse et les
## sexes dans les fichiers, en plus des codes : en minuscules, sans accents
## (sauf pour les sexes), `_` entre les mots, séparés par des espaces.

spellings-wave-entry = entree
spellings-wave-follow_up = suivi
spellings-wave-exit = sortie
spellings-wave-post_exit = apres_la_sortie apres_sortie
spellings-missing-refused = refus refuse refus_de_repondre
spellings-missing-not_applicable = non_applicable sans_objet
spellings-missing-unknown = inconnu ne_sait_pas nsp
# Par lettre : f (femme), m (homme), x (autre).
spellings-sex-f = femme fille
spellings-sex-m = homme h garçon garcon
spellings-sex-x = autre nsp nd
