# Pacta — French, the reference language. Every key here exists in it/ and en/.

site-name = Pacta
nav-skip = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-registry = Registre des pactes
breadcrumb = Fil d’Ariane
footer-about = Pacta tient le registre public des pactes de collaboration entre les villes et leurs habitants.
footer-languages = Langue

home-title = Le registre des pactes de collaboration
home-intro = Habitants, associations, écoles et entreprises prennent soin avec leur ville d’une place, d’un jardin, d’un bâtiment ou d’un service : chaque engagement est un pacte de collaboration, public, suivi de la proposition à la fin.
home-pacts-explained = Ce registre montre chaque pacte : qui le porte, pour quel bien commun, ce que chacun s’engage à faire, son texte et toute son histoire.
home-figures = En chiffres
home-cities = Les villes du registre
home-city-in-force = { $count ->
    [0] aucun pacte en vigueur
    [one] { $count } pacte en vigueur
   *[other] { $count } pactes en vigueur
}
home-browse = Parcourir le registre

figure-in-force = Pactes en vigueur
figure-commons = Biens communs pris en charge
figure-parties = Signataires engagés
figure-total = Pactes et propositions

registry-title = Registre des pactes
registry-count = { $count ->
    [0] Aucun pacte ne correspond.
    [one] { $count } pacte
   *[other] { $count } pactes
}
registry-empty = Aucun pacte ne correspond à ces critères. Essayez d’en retirer un.
registry-json = Ces résultats en JSON
filter-q = Rechercher dans les titres et résumés
filter-city = Ville
filter-status = Statut
filter-kind = Type de pacte
filter-category = Catégorie du bien commun
filter-district = Quartier
filter-year = Année de dépôt
filter-any = Tous
filter-apply = Filtrer
filter-reset = Effacer les filtres
pagination = Pages de résultats
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-position = Page { $page } sur { $pages }

city-regulation = Règlement appliqué :
city-see-pacts = Voir les pactes de cette ville
city-deadlines = Délais de la procédure
city-review-days = Instruction d’une proposition
city-publication-days = Publication pour observations
city-notice-days = Avis avant échéance (jours avant la fin)
city-publication-complex = { $count ->
    [one] { $count } jour pour les pactes complexes
   *[other] { $count } jours pour les pactes complexes
}
city-districts = Quartiers
days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}

pact-number = Pacte n°
pact-kind = Type
pact-intensity = Intensité
pact-commons = Bien commun
pact-submitted = Proposition déposée le
pact-dates = En vigueur
pact-term = du { $start } au { $end }
pact-duration = Durée proposée
pact-comments-close = Observations ouvertes jusqu’au
pact-comments-closed = Observations closes le
pact-executive-decision = Avis de l’exécutif municipal
pact-renews = Renouvelle le pacte
pact-renewed-by = Renouvelé par le pacte
pact-parties = Parties
pact-text = Texte du pacte
pact-version = Version { $number } sur { $count }, du { $date }
pact-sha256 = Empreinte SHA-256 du texte :
history-status-change = (statut : { $before } → { $after })
pact-history = Historique
party-anonymous = Un habitant ou une habitante

commons-kind = Nature
commons-category = Catégorie
commons-address = Adresse
commons-district = Quartier
commons-coordinates = Coordonnées
commons-pacts = { $count ->
    [0] Aucun pacte sur ce bien commun
    [one] Le pacte sur ce bien commun
   *[other] Les { $count } pactes sur ce bien commun
}

error-title-not-found = Page introuvable
error-title-bad-request = Demande incorrecte
error-title-internal = Erreur du service
error-not-found = Cette page n’existe pas, ou plus. Vérifiez l’adresse ou cherchez dans le registre.
error-bad-request = Cette demande n’a pas pu être comprise.
error-bad-path = Cette adresse n’est pas valide.
error-bad-query = Les paramètres de recherche ne sont pas valides (un paramètre est peut-être répété).
error-unknown-value = La valeur « { $value } » n’existe pas pour le filtre « { $field } ».
error-bad-year = L’année doit s’écrire avec quatre chiffres, par exemple 2025.
error-bad-page = Le numéro de page doit être un nombre entre 1 et { $max }.
error-query-too-long = Le texte recherché dépasse { $max } caractères.
error-method = Cette action n’est pas possible sur cette adresse.
error-timeout = La réponse a pris trop de temps. Réessayez dans un instant.
error-unavailable = Le service est momentanément indisponible. Réessayez dans un instant.
error-internal = Une erreur s’est produite de notre côté. Elle a été enregistrée ; réessayez dans un instant.
error-back-home = Retour à l’accueil

date-long = { $day } { $month } { $year }
datetime-utc = { $date } à { $time } UTC
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

status-submitted = Proposition déposée
status-under_review = En instruction
status-awaiting_documents = En attente de pièces
status-published_for_comments = Ouvert aux observations
status-co_design = En co-construction
status-awaiting_approval = En attente d’approbation
status-awaiting_signatures = En attente de signatures
status-active = En vigueur
status-suspended = Suspendu
status-expired = Échu
status-terminated = Résilié
status-rejected = Refusé
status-withdrawn = Retiré
status-closed = Clos

pact-kind-ordinary = Pacte ordinaire
pact-kind-complex = Pacte complexe
intensity-occasional_care = Soin ponctuel
intensity-continuous_care = Soin régulier
intensity-shared_management = Gestion partagée
intensity-regeneration = Régénération
commons-kind-tangible = Bien matériel
commons-kind-intangible = Bien immatériel
commons-kind-digital = Bien numérique
category-green_space = Espace vert, jardin
category-square_street = Place, rue, espace public
category-school_grounds = École et abords
category-building = Bâtiment
category-culture_heritage = Culture et patrimoine
category-social_inclusion = Solidarité et inclusion
category-environment = Environnement
category-sport_play = Sport et jeux
category-digital_service = Service numérique
party-kind-individual = Habitant·e
party-kind-informal_group = Groupe informel
party-kind-association = Association
party-kind-school = École
party-kind-business = Entreprise
party-kind-foundation = Fondation
party-kind-public_body = Collectivité publique
party-role-proponent = Porteur du projet
party-role-co_signatory = Cosignataire
party-role-city = La Ville

actor-proponent = porteurs du projet
actor-officer = service instructeur
actor-signing_officer = signataire pour la Ville
actor-system = Pacta

action-start_review = Instruction ouverte
action-request_documents = Pièces demandées
action-provide_documents = Pièces fournies
action-publish_for_comments = Publié pour observations
action-close_comments = Observations closes
action-start_co_design = Co-construction ouverte
action-reject = Proposition refusée
action-submit_for_approval = Transmis pour approbation
action-return_to_co_design = Renvoyé en co-construction
action-record_executive_decision = Avis de l’exécutif enregistré
action-approve = Texte approuvé
action-activate = Pacte signé, entré en vigueur
action-suspend = Pacte suspendu
action-resume = Suspension levée
action-expire = Pacte arrivé à échéance
action-terminate = Pacte résilié
action-withdraw = Retrait des porteurs
action-close = Pacte clos
event-submitted = Proposition déposée
event-version_added = Nouvelle version du texte
