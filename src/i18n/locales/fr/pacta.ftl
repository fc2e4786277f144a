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
filter-q = Rechercher (titres, textes, biens communs, parties)
filter-city = Ville
filter-status = Statut
filter-kind = Type de pacte
filter-category = Catégorie du bien commun
filter-district = Quartier
filter-year = Année de dépôt
filter-intensity = Intensité
filter-party = Type de partie
filter-in-force = En vigueur
filter-from = du
filter-to = au
facets-title = Affiner la recherche
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
pact-unknown = non renseigné (importé)
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
error-bad-date = « { $field } » doit être une date écrite AAAA-MM-JJ, par exemple 2025-03-31.
error-empty-period = La période se termine avant de commencer.
error-bad-cursor = Ce curseur n’a pas été donné par ce registre : reprenez la liste depuis le début.
error-api-rate-limit = Trop de requêtes depuis votre adresse : réessayez dans { $seconds } s.
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
category-unclassified = Non classé
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

nav-signin = Se connecter
nav-signup = Créer un compte
nav-signout = Se déconnecter
form-has-errors = Le formulaire contient des erreurs
field-name = Nom
field-name-hint = Votre nom n’est visible que des services de la Ville ; vous choisirez plus tard ce qui est publié.
field-email = Adresse électronique
field-password = Mot de passe
field-password-hint = Au moins 10 caractères ; une phrase de passe facile à retenir mais difficile à deviner convient bien.
signup-title = Créer un compte
signup-intro = Un compte vous permet de proposer un pacte, de commenter les propositions et de signer les pactes auxquels vous participez.
signup-submit = Créer mon compte
signup-have-account = Vous avez déjà un compte ?
signin-title = Se connecter
signin-submit = Se connecter
signin-no-account = Pas encore de compte ?
mailbox-title = Vérifiez votre messagerie
mailbox-body = Si cette adresse peut être utilisée, un message vient d’y être envoyé. Suivez le lien qu’il contient pour continuer. Pensez à regarder dans les indésirables.
password-title = Choisir un mot de passe
password-submit = Enregistrer le mot de passe
link-expired-title = Ce lien n’est plus valable
link-expired-body = Le lien a déjà servi ou a expiré. Demandez-en un nouveau ou connectez-vous.
account-title = Mon compte
account-role = Rôle
account-city = Ville
account-signing = Peut signer pour la Ville
yes = Oui
no = Non
staff-title = Agents de la Ville
staff-add = Ajouter un agent
staff-can-sign = Peut signer les pactes au nom de la Ville
staff-submit = Ajouter et envoyer le lien d’accès
role-resident = Habitant·e
role-officer = Agent instructeur
role-admin = Administrateur
error-email = Saisissez une adresse électronique valable, par exemple nom@exemple.fr.
error-email-taken = Cette adresse a déjà un compte.
error-name = Saisissez un nom (100 caractères au plus).
error-role = Choisissez un rôle.
error-password-short = Le mot de passe doit compter au moins 10 caractères.
error-password-long = Le mot de passe ne doit pas dépasser 256 caractères.
error-password-guessable = Ce mot de passe est trop facile à deviner (mot courant, suite de touches, ou tiré de votre nom ou de votre adresse). Essayez une phrase de plusieurs mots.
error-signin = Adresse ou mot de passe incorrect. Si vous venez de créer votre compte, confirmez d’abord votre adresse avec le lien reçu par message.
error-csrf = Ce formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez.
error-too-large = Le formulaire envoyé est trop volumineux.
error-bad-form = Le formulaire envoyé est incomplet ou mal formé.
error-forbidden = Vous n’avez pas accès à cette page.
error-sign-in-needed = Connectez-vous pour accéder à cette ressource.
error-title-forbidden = Accès refusé
mail-greeting = Bonjour { $name },
mail-footer = Pacta — le registre des pactes de collaboration. Ce message a été envoyé automatiquement.
mail-verify-subject = Confirmez votre adresse pour Pacta
mail-verify-body = Vous venez de créer un compte sur Pacta. Pour confirmer votre adresse et ouvrir votre compte, suivez ce lien (valable 48 heures).
mail-verify-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne sera fait.
mail-verify-action = Confirmer mon adresse
mail-exists-subject = Vous avez déjà un compte sur Pacta
mail-exists-body = Quelqu’un, peut-être vous, a voulu créer un compte avec cette adresse, qui en a déjà un. Vous pouvez vous connecter avec votre mot de passe.
mail-exists-action = Se connecter
mail-staff-subject = Votre accès à Pacta pour { $city }
mail-staff-body = Un compte d’agent a été créé pour vous sur Pacta, pour { $city }. Choisissez votre mot de passe en suivant ce lien.
mail-staff-expiry = Le lien est valable sept jours et ne sert qu’une fois.
mail-staff-action = Choisir mon mot de passe
signin-by-link = Recevoir un lien de connexion par message
signin-forgot = Mot de passe oublié ?
link-title = Se connecter sans mot de passe
link-intro = Indiquez votre adresse : si elle a un compte, vous recevrez un lien de connexion valable 20 minutes.
link-confirm-body = Cliquez sur le bouton pour vous connecter. Le lien ne sert qu’une fois.
link-submit = Envoyer le lien
reset-title = Choisir un nouveau mot de passe
reset-intro = Indiquez votre adresse : si elle a un compte, vous recevrez un lien valable une heure pour choisir un nouveau mot de passe.
verify-title = Confirmer votre adresse
verify-body = Cliquez sur le bouton pour confirmer votre adresse et ouvrir votre compte.
verify-submit = Confirmer mon adresse
error-too-many = Trop de tentatives. Par sécurité, réessayez dans { $minutes } minutes.
mail-link-subject = Votre lien de connexion à Pacta
mail-link-body = Voici le lien demandé pour vous connecter à Pacta sans mot de passe. Il est valable 20 minutes et ne sert qu’une fois.
mail-link-action = Me connecter
mail-reset-subject = Choisir un nouveau mot de passe pour Pacta
mail-reset-body = Une demande de nouveau mot de passe a été faite pour votre compte. Le lien est valable une heure et ne sert qu’une fois ; vos autres connexions seront fermées.
mail-reset-action = Choisir un nouveau mot de passe
account-parties = Vos organisations
account-representative = vous la représentez
account-profile = Votre profil
account-save = Enregistrer
field-public-name = Nom publié
field-public-name-hint = Le nom sous lequel le registre public vous présente, par exemple « Amélie F. ». Laissez vide pour apparaître comme « un habitant ou une habitante ».
field-language = Langue des pages et des messages
account-data = Vos données
account-data-body = Téléchargez tout ce que le registre conserve sur vous : votre compte, vos organisations, vos connexions, les messages envoyés.
account-export = Télécharger mes données (JSON)
account-close = Fermer mon compte
account-close-body = Votre adresse, votre mot de passe et vos connexions seront supprimés. Les pactes que vous avez signés gardent la trace de votre signature, comme la loi l’exige.
account-close-confirm = Je comprends et je veux fermer mon compte
account-close-submit = Fermer mon compte
error-close-confirm = Cochez la case pour confirmer la fermeture du compte.
error-language = Choisissez une langue de la liste.
security-title = Sécurité du compte
security-required = Votre ville demande à ses agents une double authentification. Activez-la pour accéder au reste de Pacta.
security-on = La double authentification est activée : à chaque connexion, un code de votre application d’authentification vous est demandé.
security-off = La double authentification n’est pas activée. Elle protège votre compte même si votre mot de passe est découvert.
security-codes-left = { $count ->
    [0] Il ne vous reste aucun code de secours.
    [one] Il vous reste { $count } code de secours.
   *[other] Il vous reste { $count } codes de secours.
}
security-enable = Activer la double authentification
security-disable = Désactiver la double authentification
security-code = Code à six chiffres de votre application
security-setup-title = Activer la double authentification
security-setup-scan = Scannez ce code avec votre application d’authentification (par exemple FreeOTP, Aegis ou Google Authenticator).
security-setup-type = Ou saisissez la clé ci-dessous, puis indiquez le code affiché pour confirmer.
security-qr-label = Code QR à scanner avec votre application d’authentification
security-secret = Clé :
security-confirm = Confirmer et activer
security-codes-title = Vos codes de secours
security-codes-body = Conservez ces codes en lieu sûr : chacun permet une connexion si vous n’avez plus votre téléphone. Ils ne seront plus affichés.
second-factor-title = Code de vérification
second-factor-body = Saisissez le code affiché par votre application d’authentification, ou l’un de vos codes de secours.
second-factor-code = Code
staff-security = Sécurité des comptes des agents
staff-require-second-factor = Exiger la double authentification de tous les agents de la ville
error-code = Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et saisissez le code actuel.
error-second-factor-required = Votre ville exige la double authentification : activez-la d’abord.
parties-title = Organisations et représentants
parties-intro = Indiquez qui appartient à chaque organisation et qui la représente, après vérification (statuts, mandat). Les représentants pourront agir et signer pour elle.
parties-add = Ajouter un membre
parties-party = Organisation
parties-member-email = Adresse du compte du membre
parties-member-hint = La personne doit avoir créé son compte sur Pacta.
parties-representative = Cette personne représente l’organisation
parties-representative-short = représentant·e
parties-submit = Ajouter
parties-no-members = Aucun membre enregistré.
parties-remove = Retirer
error-party = Choisissez une organisation de la liste.
error-no-account = Aucun compte ouvert n’utilise cette adresse : demandez à la personne de créer son compte.
settings-title = Règlement et délais de la ville
settings-regulation-title = Titre du règlement
settings-regulation-act = Acte d’adoption
settings-regulation-act-hint = Par exemple : délibération du conseil municipal n° 2021-118 du 14 octobre 2021.
settings-language = Langue des documents de la ville
settings-multiplier = Multiplicateur du délai de publication des pactes complexes
settings-notice-hint = Nombres de jours, séparés par des virgules, par exemple « 90, 30, 7 ».
error-text-required = Ce champ est obligatoire (300 caractères au plus).
error-days = Indiquez un nombre de jours entre 1 et 365.
error-multiplier = Indiquez un nombre entre 1 et 10.
error-notice-days = Indiquez des nombres de jours entre 1 et 730, séparés par des virgules.
staff-districts = Quartiers
staff-districts-hint = Pour un agent d’une mairie de quartier ; sans case cochée, il travaille pour toute la ville.
staff-whole-city = Toute la ville
error-district = Choisissez des quartiers de la liste.
nav-proposals = Mes propositions
proposals-title = Mes propositions
proposals-new-city = Ville à qui proposer
proposals-new = Proposer un pacte
proposals-none = Vous n’avez encore fait aucune proposition.
proposal-title = Titre de la proposition
proposal-untitled = (sans titre)
proposal-draft = Brouillon enregistré le
proposal-form-title = Proposer un pacte de collaboration
proposal-saved = Brouillon enregistré. Vous pouvez le reprendre à tout moment depuis « Mes propositions ».
proposal-party = Vous proposez
proposal-party-alone = en votre nom
proposal-commons = Le bien commun
proposal-commons-existing = Un bien commun de la liste de la ville
proposal-commons-new-option = Un nouveau bien commun (à décrire ci-dessous)
proposal-commons-new-hint = S’il n’est pas dans la liste, décrivez-le : son nom, son adresse, sa catégorie.
proposal-commons-name = Nom du nouveau bien commun
proposal-summary = Résumé public
proposal-summary-hint = Deux ou trois phrases, publiées dans le registre.
proposal-objectives = Objectifs
proposal-activities = Actions et calendrier
proposal-activities-hint = Ce que vous ferez, quand et à quelle fréquence. Séparez les paragraphes par une ligne vide.
proposal-duration = Durée proposée, en mois
proposal-duration-hint = Entre 1 et 120 mois.
proposal-contributions = Ce que vous apportez
proposal-support = Le soutien que vous demandez à la ville
proposal-save = Enregistrer le brouillon
proposal-submit = Déposer la proposition
proposal-article-objectives = Objet et objectifs
proposal-article-activities = Actions et calendrier
proposal-article-contributions = Apport des porteurs du projet
proposal-article-support = Soutien demandé à la Ville
proposal-article-duration = Durée
proposal-duration-text = { $count ->
    [one] Le pacte est proposé pour une durée de { $count } mois.
   *[other] Le pacte est proposé pour une durée de { $count } mois.
}
proposal-withdraw = Retirer la proposition
proposal-withdraw-reason = Motif du retrait
proposal-author-tools = Votre proposition
support-materials = Matériel et outillage
support-protective_equipment = Équipements de protection
support-use_of_spaces = Mise à disposition de locaux
support-fee_exemption = Exonération de redevances
support-training = Formation
support-insurance = Assurance des bénévoles
support-reimbursement = Remboursement de frais
error-too-long = Ce texte est trop long.
error-support = Choisissez parmi les soutiens proposés.
error-commons = Choisissez un bien commun de la liste, ou décrivez-en un nouveau.
error-commons-name = Indiquez le nom du nouveau bien commun.
error-commons-address = Indiquez l’adresse du nouveau bien commun.
error-category = Choisissez une catégorie.
error-title = Donnez un titre à votre proposition.
error-summary = Résumez votre proposition en quelques phrases.
error-objectives = Décrivez les objectifs.
error-activities = Décrivez les actions et leur calendrier.
error-duration = Indiquez une durée entre 1 et 120 mois.
error-reason-required = Indiquez le motif.
error-not-now = Cette action n’est plus possible à ce stade.
inbox-title = Propositions à instruire
inbox-deadline = Échéance d’instruction
inbox-deadline-week = Dans les 7 jours
inbox-deadline-overdue = Dépassée
inbox-select = Choisir
inbox-select-one = Choisir la proposition { $number }
inbox-clock = Délai d’instruction
inbox-assigned = Agent chargé du dossier
inbox-bulk = Action sur les propositions cochées
inbox-action = Action
inbox-reason = Motifs ou pièces demandées
inbox-reason-hint = Obligatoire pour un refus ou une demande de pièces ; envoyé aux porteurs du projet.
inbox-apply = Appliquer aux propositions cochées
inbox-bulk-result = { $done } proposition(s) traitée(s), { $failed } impossible(s) à ce stade.
clock-left = { $count ->
    [one] { $count } jour restant (échéance le { $due })
   *[other] { $count } jours restants (échéance le { $due })
}
clock-late = { $count ->
    [one] en retard d’{ $count } jour (échéance le { $due })
   *[other] en retard de { $count } jours (échéance le { $due })
}
clock-paused = { $count ->
    [one] suspendu, { $count } jour restera
   *[other] suspendu, { $count } jours resteront
}
clock-unknown = date de dépôt inconnue (importé)
staff-tools = Instruction
staff-assign = Confier le dossier
do-start_review = Ouvrir l’instruction
do-request_documents = Demander des pièces
do-publish_for_comments = Publier pour observations
do-start_co_design = Passer en co-construction
do-reject = Refuser la proposition
reason-request_documents = Pièces demandées et pourquoi
reason-reject = Motifs du refus
proposal-answer = Votre réponse à la demande de pièces
proposal-answer-submit = Envoyer la réponse
error-answer-required = Écrivez votre réponse.
mail-documents-subject = Pièces demandées pour votre proposition « { $title } »
mail-documents-body = Pour poursuivre l’instruction de votre proposition, le service instructeur vous demande :
mail-documents-clock = Le délai d’instruction est suspendu jusqu’à votre réponse, que vous pouvez envoyer depuis la page de la proposition.
mail-documents-action = Répondre
mail-rejected-subject = Votre proposition « { $title } » n’a pas été retenue
mail-rejected-body = La Ville a examiné votre proposition et ne peut pas y donner suite, pour les motifs suivants :
mail-rejected-action = Voir la proposition
event-assigned = Dossier confié
pact-competing = Propositions concurrentes sur ce bien commun
pact-comments = Observations du public
pact-no-comments = Aucune observation pour l’instant.
comment-kind = Votre observation est
comment-body = Texte
comment-body-hint = Publié sous le nom que vous avez choisi de publier, ou comme « un habitant ou une habitante ». 5 000 caractères au plus.
comment-submit = Publier
comment-sign-in = Connectez-vous pour commenter, soutenir ou vous opposer à cette proposition.
comment-kind-comment = Commentaire
comment-kind-support = Soutien
comment-kind-objection = Opposition
comment-kind-join_request = Demande pour rejoindre le projet
error-comment-empty = Écrivez votre observation.
error-comments-closed = La période d’observations est close.
mail-comment-subject = Nouvelle observation sur « { $title } »
mail-comment-body = Une personne a publié une observation sur votre proposition : { $kind }.
mail-comment-action = Lire les observations
templates-title = Modèles de pactes
templates-new = Nouveau modèle
templates-name = Nom du modèle
templates-create = Créer le modèle
template-version = version { $number } du { $date }
template-first-heading = Article 1 – Objet
template-first-paragraph = Le présent pacte porte sur {"{{"}commons.name{"}}"}.
template-text = Texte du modèle
template-text-hint = Une ligne « ## Titre » ouvre un article ; « [if: complex] » à la fin du titre le réserve aux pactes complexes (ou « support:insurance », « contributions », « not … »). Une ligne vide sépare les paragraphes.
template-note = Motif de la modification
template-save = Enregistrer une nouvelle version
template-variables = Variables disponibles
template-conditions = Conditions : complex, ordinary, contributions, support:<soutien> (materials, protective_equipment, use_of_spaces, fee_exemption, training, insurance, reimbursement), précédées de « not » pour l’inverse.
template-error-line = Ligne { $line } : le texte doit commencer par un titre d’article (« ## … »).
template-draft-note = Rédigé à partir du modèle « { $name } » (version { $version })
staff-draft-template = Rédiger le projet à partir d’un modèle
staff-draft-hint = Le texte actuel est remplacé par une nouvelle version ; les versions précédentes sont conservées.
staff-draft = Rédiger le projet
error-template-name = Donnez un nom et un type au modèle.
error-template-broken = Ce modèle contient des erreurs : corrigez-le avant de l’utiliser.
template-error-unknown = Article { $article } : la variable « { $name } » n’existe pas.
template-error-unclosed = Article { $article } : une variable n’est pas fermée par {"}}"}.
template-error-block = Article { $article } : « { $name } » doit être seule dans son paragraphe.
template-error-condition = Article { $article } : la condition « { $condition } » n’est pas reconnue.
template-error-empty = Le modèle doit contenir au moins un article.
do-submit_for_approval = Transmettre pour approbation (version finale)
do-return_to_co_design = Renvoyer en co-construction
do-record_executive_decision = Enregistrer l’avis de l’exécutif
do-approve = Approuver le texte
reason-record_executive_decision = Référence de l’avis de l’exécutif (délibération, date)
approval-details = Version { $number } approuvée, empreinte SHA-256 { $sha256 }

## Co-design drafting: versions, comparison, editor, comments
versions-title = Versions du texte
versions-caption = Chaque enregistrement du texte est une version, avec qui l’a faite et pourquoi.
versions-number = Version
versions-date = Date
versions-author = Par
versions-note = Motif
versions-sha256 = Empreinte SHA-256
versions-all = Toutes les versions du texte
versions-last-change = Voir la dernière modification
versions-edit = Modifier le projet de pacte
versions-compare-from = Comparer la version
versions-compare-to = avec la version
versions-compare-submit = Comparer
version-title = Version { $number }
version-why = Motif : { $note }
version-pdf = Télécharger ce texte en PDF
version-comments = Commentaires sur l’ensemble du texte
version-comment-article = Commenter cet article
version-comment-whole = Commenter l’ensemble du texte
version-comment-submit = Publier le commentaire
compare-title = Comparaison de deux versions
compare-caption = De la version { $from } à la version { $to }
compare-summary = { $count ->
    [0] Aucun passage ne change.
    [one] Un passage change.
   *[other] { $count } passages changent.
}
compare-legend = Les mots retirés sont barrés, les mots ajoutés sont soulignés.
compare-nothing = (rien à cet endroit)
edit-title = Modifier le projet de pacte
edit-hint = Modifiez les articles un par un : réécrivez-les, changez leur ordre avec leur numéro de position, retirez-en ou ajoutez-en un. L’enregistrement crée une nouvelle version ; les autres participants en sont avertis.
edit-pact-title = Titre du pacte
edit-article = Article { $number }
edit-heading = Intitulé
edit-body = Texte
edit-body-hint = Séparez les paragraphes par une ligne vide.
edit-position = Position
edit-remove = Retirer cet article
edit-new-article = Nouvel article
edit-new-hint = Laissez vide si vous n’ajoutez pas d’article. Sans position, il vient en dernier.
edit-note = Motif de la modification
edit-save = Enregistrer une nouvelle version
edit-cancel = Annuler
edit-conflict-title = Le texte a changé pendant que vous le modifiiez
edit-conflict-body = { $name } a enregistré la version { $number } (« { $note } ») entre-temps. Rien n’a été enregistré de votre côté et votre texte est conservé ci-dessous. Voyez sa modification, reportez-la dans votre texte si besoin, puis enregistrez à nouveau.
edit-conflict-caption = La modification enregistrée entre-temps
edit-error-heading = Donnez un intitulé à l’article (ou cochez « Retirer cet article »).
edit-error-too-long = Ce texte est trop long.
edit-error-title = Donnez un titre au pacte.
edit-error-note = Dites en quelques mots pourquoi vous modifiez le texte.
edit-error-no-article = Le texte doit garder au moins un article.
edit-error-too-many = Le texte a trop d’articles.
edit-error-unchanged = Le texte est identique à la version actuelle : il n’y a rien à enregistrer.
edit-error-position = La position doit être un nombre entier (1 pour le premier article).
error-not-in-co-design = Le texte ne peut être modifié ou commenté qu’en co-construction.
mail-draft-subject = Le projet de pacte « { $title } » a évolué
mail-draft-body = { $name } a modifié ou commenté le projet de pacte :
mail-draft-action = Voir le texte

## Attachments
attachment-input = Joindre des fichiers (facultatif)
attachment-hint = PDF, images (PNG, JPEG, WebP) ou documents bureautiques (ODT, ODS, DOCX, XLSX) ; { $megabytes } Mo au plus en tout.
attachment-sha256 = Empreinte SHA-256 :
attachment-error-empty = Le fichier « { $name } » est vide.
attachment-error-too-large = Le fichier « { $name } » est trop volumineux.
attachment-error-type = Le fichier « { $name } » n’est pas d’un type accepté : envoyez un PDF, une image (PNG, JPEG, WebP) ou un document bureautique (ODT, ODS, DOCX, XLSX).
attachment-error-none = Choisissez au moins un fichier à envoyer.
attachment-error-too-many = Une proposition peut avoir au plus { $max } fichiers joints.
error-upload-too-large = L’envoi dépasse { $megabytes } Mo : envoyez moins de fichiers à la fois, ou des fichiers plus légers.
size-kb = { $value } Ko
size-mb = { $value } Mo
attachments-title = Pièces jointes de la proposition
attachments-back = Revenir à la proposition
attachments-none = Aucun fichier joint pour l’instant.
attachments-remove-title = Retirer un fichier
attachments-remove = Retirer « { $name } »
attachments-add = Ajouter des fichiers
attachments-send = Envoyer les fichiers
proposal-attachments = Pièces jointes (plans, photos, devis, statuts…)
proposal-attachments-later = Vous pourrez joindre des fichiers une fois le brouillon enregistré.
proposal-answer-title = Répondre à la demande de pièces
proposal-answer-request = Ce que la Ville demande
pact-documents = Pièces jointes
pact-documents-hint = Fichiers joints à la proposition et aux réponses ; visibles des porteurs du projet et des agents de la Ville seulement.
comment-back = Revenir au pacte

## Co-proponents
proposal-co-proponents = Co-porteurs du projet (facultatif)
proposal-co-proponents-hint = Les adresses électroniques des personnes qui portent le projet avec vous, séparées par des virgules ou des lignes. Chacune reçoit une invitation à confirmer quand vous envoyez la proposition.
error-co-proponents = Une des adresses des co-porteurs n’est pas une adresse électronique valide.
error-co-proponents-many = Vous pouvez inviter au plus 10 co-porteurs à la fois.
invitations-title = Co-porteurs invités
invitations-email = Inviter un co-porteur (adresse électronique)
invitations-from-comment = Inviter comme co-porteur
invitation-from-comment = la personne qui a demandé à rejoindre le projet
invitations-send = Envoyer l’invitation
invitation-state-pending = invitation envoyée, sans réponse
invitation-state-accepted = a rejoint le projet
invitation-state-declined = a décliné
invitation-title = Invitation à porter un projet
invitation-body = Vous êtes invité·e à porter avec ses auteurs une proposition de pacte de collaboration adressée à { $city } :
invitation-sign-in = Connectez-vous avec l’adresse { $email } pour répondre, ou créez un compte avec cette adresse puis revenez par le lien reçu.
invitation-wrong-account = Cette invitation a été envoyée à une autre adresse que celle de votre compte : connectez-vous avec l’adresse invitée pour répondre.
invitation-closed = Cette invitation n’est plus ouverte : elle a déjà reçu une réponse, elle a expiré, ou le texte du pacte est arrêté.
invitation-as = Je rejoins le projet
invitation-accept = Je rejoins le projet
invitation-decline = Je décline
event-co_proponent_joined = Un co-porteur a rejoint le projet
mail-greeting-anonymous = Bonjour,
mail-invitation-subject = Invitation à porter le projet « { $title } »
mail-invitation-body = { $name } vous invite à porter avec elle ou lui le projet de pacte de collaboration « { $title } », proposé à { $city }.
mail-invitation-how = Pour accepter ou décliner, ouvrez le lien ci-dessous et connectez-vous avec cette adresse (ou créez un compte avec elle). Le lien reste valable 30 jours.
mail-invitation-action = Répondre à l’invitation
mail-invitation-answered-subject = Réponse à votre invitation pour « { $title } »
mail-invitation-accepted = { $name } a accepté de porter le projet avec vous.
mail-invitation-declined = { $name } a décliné votre invitation à porter le projet.
mail-invitation-answered-action = Voir le pacte

## Following pacts, daily digest
follow-start = Suivre ce pacte
follow-stop = Ne plus suivre ce pacte
follow-hint = Un résumé quotidien par courriel de ce qui arrive au pacte.
mail-digest-subject = { $count ->
    [one] Du nouveau sur un pacte que vous suivez
   *[other] Du nouveau sur { $count } pactes que vous suivez
}
mail-digest-intro = Voici ce qui s’est passé depuis votre dernier résumé.
mail-digest-pact = « { $title } » : { $what }.
mail-digest-comments = { $count ->
    [one] une nouvelle observation
   *[other] { $count } nouvelles observations
}
mail-digest-action = Voir le pacte

## Calls for proposals, finding a commons
calls-title = Appels à propositions
calls-intro = La Ville invite les habitants et les associations à proposer un pacte pour ces lieux, jusqu’à la date indiquée.
calls-open = Appels à propositions ouverts
calls-none = Aucun appel à propositions ouvert pour l’instant.
calls-new = Publier un appel à propositions
call-title = Titre de l’appel
call-description = Ce que la Ville recherche
call-description-hint = Les usages souhaités, les conditions, ce que la Ville peut apporter. Paragraphes séparés par une ligne vide.
call-closes-on = Dernier jour pour proposer
call-closes = Propositions jusqu’au { $date }
call-publish = Publier l’appel
call-propose = Proposer un pacte pour cet appel
call-close = Clore l’appel aujourd’hui
call-closed = clos
call-error-commons = Choisissez un lieu de la liste de la Ville.
call-error-title = Donnez un titre à l’appel.
call-error-date = Indiquez le dernier jour pour proposer (AAAA-MM-JJ).
call-error-past = Le dernier jour ne peut pas être déjà passé.
call-error-closed = Cet appel à propositions est clos : la proposition ne peut plus y répondre. Contactez la Ville pour la suite.
proposal-call = En réponse à l’appel à propositions
proposal-commons-search = Trouver un lieu
proposal-commons-search-hint = Quelques mots du nom ou de l’adresse ; la liste ci-dessous ne garde que les lieux qui les contiennent. Votre brouillon est enregistré.
proposal-commons-search-submit = Chercher
proposal-commons-found = { $count ->
    [0] Aucun lieu ne correspond : décrivez-le ci-dessous comme un nouveau lieu.
    [one] Un lieu correspond.
   *[other] { $count } lieux correspondent.
}

## The agreement PDF
pdf-number = Pacte n° { $number }
pdf-parties = Les parties
pdf-represented-by = représentée par { $name }
pdf-commons = Le bien commun
pdf-signatures = Signatures
pdf-signed-at = Signé le { $at }
pdf-identified = Identification : { $method }
pdf-ip = Adresse réseau : { $ip }
pdf-integrity = Intégrité et vérification
pdf-sha256 = Empreinte SHA-256 du texte signé :
pdf-code = Code de vérification : { $code }
pdf-verify = Vérifier ce pacte, son authenticité et sa situation aujourd’hui :
pdf-history = Historique du pacte
pdf-page = Page { $page } / { $pages }

## Verification
check-title = Vérifier un pacte
check-intro = Saisissez le code de vérification imprimé sur un pacte, ou l’empreinte SHA-256 de son texte : Pacta dit de quel pacte et de quelle version il s’agit, et où en est le pacte aujourd’hui.
check-hash = Code de vérification ou empreinte SHA-256
check-hash-hint = De 8 à 64 caractères hexadécimaux ; espaces et tirets sont ignorés.
check-submit = Vérifier
check-none = Aucun texte de pacte enregistré par Pacta n’a cette empreinte.
check-version = Version { $version } sur { $versions } du texte, du { $date }.
check-status = Situation aujourd’hui :
check-error-hash = Ce n’est pas un code de vérification : saisissez de 8 à 64 caractères hexadécimaux (0-9, A-F).
nav-verify = Vérifier un pacte
check-file = Ou déposez le PDF d’un pacte
check-file-hint = Pacta le compare, octet par octet, au document qu’il délivre pour ce pacte et cette version.
check-file-submit = Vérifier le fichier
check-file-not-issued = Ce fichier n’est pas un pacte délivré par Pacta.
check-file-identical = Ce fichier est identique, octet pour octet, au pacte que Pacta délivre (version { $version }) :
check-file-altered = Ce fichier se présente comme la version { $version } d’un pacte délivré par Pacta mais en diffère : il a été modifié. Le pacte :
check-error-file = Choisissez un fichier PDF à vérifier.
check-again = Vérifier autre chose

## Signatures
signing-order-parties_then_city = Toutes les parties en même temps, puis la Ville
signing-order-sequential = L’un après l’autre, la Ville en dernier
signature-state-pending = En attente
signature-state-signed = Signé
signature-state-declined = Refusé
signature-state-cancelled = Annulé
signature-method-email_code = code à usage unique envoyé par courriel
signature-method-session = connexion à son compte Pacta
signature-representative-of = Représentant·e de { $party }
event-signatures_requested = Texte envoyé pour signature
event-signed = Signature
event-signature_declined = Signature refusée
event-signature_cancelled = Demande de signature annulée
mail-sign-subject = Pacte à signer : « { $title } »
mail-sign-reminder-subject = Rappel : le pacte « { $title } » attend votre signature
mail-sign-body = Le pacte de collaboration « { $title } » avec { $city } est prêt à être signé. Vous le signez pour : { $party }.
mail-sign-hash = Avant de signer, vous verrez le texte exact et son empreinte SHA-256 : { $sha256 }
mail-sign-expiry = Ce lien personnel sert une seule fois et reste valable jusqu’au { $date }. Ne le transmettez pas.
mail-sign-action = Lire et signer le pacte
mail-sign-code-subject = Votre code de signature : { $code }
mail-sign-code-body = Pour confirmer votre signature du pacte « { $title } », saisissez le code { $code }. Il reste valable { $minutes } minutes.
mail-sign-code-ignore = Si vous n’avez pas demandé ce code, ignorez ce message : personne ne peut signer à votre place sans lui.
mail-sign-declined-subject = Signature refusée pour « { $title } »
mail-sign-declined-body = { $name } a refusé de signer pour { $party }, pour la raison suivante :
mail-agreement-subject = Pacte n° { $number } signé : « { $title } »
mail-agreement-body = Toutes les parties ont signé : le pacte est en vigueur. Le document signé se télécharge depuis la page du pacte, où chacun peut aussi le vérifier.
mail-agreement-action = Voir le pacte et télécharger l’accord
sign-title = Signer le pacte « { $title } »
sign-lead = { $city }, pacte n° { $number }. Vous signez pour : { $party }.
sign-see-pact = Voir la page du pacte
sign-text-title = Le texte que vous signez
sign-version = Version { $number } du texte
sign-download-pdf = Télécharger ce texte en PDF
sign-form-title = Signer
sign-code-explain = Pour confirmer que c’est bien vous, Pacta envoie un code à usage unique à votre adresse électronique.
sign-code-send = M’envoyer un code par courriel
sign-code-sent = Un code vient d’être envoyé à votre adresse. Il reste valable 15 minutes.
sign-code = Code reçu par courriel
sign-signed-in = Vous êtes connecté·e à votre compte : il suffit de saisir votre nom et de confirmer.
sign-full-name = Vos nom et prénom
sign-full-name-hint = Tels qu’ils figureront sur la page des signatures.
sign-consent = J’ai lu la version { $number } du texte ci-dessus (empreinte SHA-256 { $sha256 }) et je la signe pour : { $party }.
sign-submit = Signer le pacte
sign-decline-title = Refuser de signer
sign-decline-reason = Pourquoi refusez-vous de signer ?
sign-decline-hint = Votre réponse est transmise aux agents de la Ville et aux autres signataires.
sign-decline-submit = Refuser de signer
sign-done = Vous avez signé le { $date }. Merci.
sign-complete = Toutes les parties ont signé : le pacte est en vigueur et l’accord signé se télécharge depuis sa page.
sign-declined = Vous avez refusé de signer le { $date }. Les agents de la Ville en ont été informés.
sign-cancelled = Cette demande de signature a été annulée.
sign-wait-turn = D’autres signataires doivent signer avant vous : vous recevrez un courriel quand ce sera votre tour.
sign-link-expired = Ce lien de signature a expiré ou a été remplacé par un plus récent. Utilisez le dernier courriel reçu, ou connectez-vous et ouvrez la page du pacte.
sign-error-not-awaiting = Ce pacte n’attend pas de signatures.
sign-error-already-sent = Cette version a déjà été envoyée pour signature.
sign-error-no-signatory = Personne ne peut signer pour « { $party } » : ajoutez un ou une représentante ayant un compte Pacta.
sign-error-not-signing-officer = Choisissez un agent habilité à signer pour la Ville.
sign-error-not-your-turn = D’autres signataires doivent signer d’abord.
sign-error-answered = Cette demande de signature a déjà reçu une réponse.
sign-error-text-changed = Le texte a changé depuis l’envoi pour signature : cette demande ne vaut plus.
sign-error-last-of-party = C’est la seule personne qui peut signer pour cette partie : cette demande ne peut pas être annulée.
sign-error-start-date = Saisissez la date de début sous la forme AAAA-MM-JJ, ou laissez-la vide.
sign-error-name = Saisissez vos nom et prénom.
sign-error-consent = Cochez la phrase de consentement pour signer.
sign-error-code = Ce code n’est pas le bon ou a expiré : demandez-en un nouveau.
sign-error-reason = Dites en quelques mots pourquoi vous refusez de signer.
signatures-title = Signatures
signatures-sign-now = Lire et signer le pacte
signatures-download-full = Télécharger l’accord signé (PDF)
signatures-download-public = Télécharger l’édition publique (PDF)
seal-sealed = scellé par la Ville
seal-pending = scellement en cours
seal-failed = le scellement a échoué (nouvel essai automatique)
signatures-round = Signatures de la version { $number }
signatures-who = Signataire
signatures-for = Pour
signatures-state = Situation
signatures-actions = Actions
signatures-sent = lien envoyé le { $date }, { $count } rappel(s)
signatures-not-yet = son tour n’est pas encore venu
signatures-resend = Renvoyer le lien
signatures-cancel = Annuler cette demande
signatures-no-signing-officer = Aucun agent de la Ville n’est habilité à signer : un administrateur doit en désigner un.
signatures-send-explain = Chaque représentant des parties, puis l’agent choisi pour la Ville, recevra un lien personnel pour signer cette version du texte.
signatures-signer = Signe pour la Ville
signatures-start = Date de début convenue
signatures-start-hint = Facultative. Le pacte commence à cette date, ou le jour de la dernière signature si elle est plus tardive.
signatures-send = Envoyer pour signature
check-file-edition-full = Cette empreinte est celle du fichier de l’accord signé (édition complète), tel que Pacta l’a délivré le { $date }.
check-file-edition-public = Cette empreinte est celle du fichier de l’accord signé (édition publique), tel que Pacta l’a délivré le { $date }.
check-file-sealed = Ce fichier porte le sceau électronique de la Ville.
check-seal-self-signed = La Ville scelle ses accords avec un certificat que Pacta a créé lui-même (auto-signé), faute de certificat configuré : les lecteurs PDF montrent le sceau comme valide mais son auteur comme inconnu. Comparez l’empreinte du certificat :
check-seal-city = La Ville scelle ses accords avec son certificat : { $subject }.
check-seal-fingerprint = Empreinte SHA-256 du certificat :
seal-title = Le sceau de la Ville
seal-intro = Pacta scelle chaque accord qu’il délivre avec le certificat de la Ville (signature PAdES) : tout lecteur PDF montre alors que le document vient de la Ville et n’a pas été modifié.
seal-self-signed = Aucun certificat n’a été configuré : Pacta a créé un certificat auto-signé. Le sceau est valide, mais les lecteurs PDF ne reconnaissent pas son auteur. Configurez le certificat de la Ville ci-dessous.
seal-subject = Titulaire du certificat
seal-fingerprint = Empreinte SHA-256
seal-valid-until = Valide jusqu’au
seal-configure = Configurer le certificat de la Ville
seal-file = Fichier PKCS#12 (.p12 ou .pfx)
seal-file-hint = Il contient le certificat de la Ville et sa clé privée ; il sert aux accords délivrés à partir de maintenant.
seal-password = Mot de passe du fichier
seal-submit = Enregistrer le certificat
seal-saved = Le certificat de la Ville est enregistré.
seal-back = Retour à { $city }
seal-error-certificate = Ce fichier n’est pas un certificat PKCS#12 utilisable avec ce mot de passe (clé RSA ou ECDSA et certificat attendus).
settings-signatures = Signatures
settings-signing-order = Ordre des signatures
settings-signing-link-days = Validité d’un lien de signature (jours, 1 à 90)
settings-reminder-days = Rappel après (jours sans signature, 1 à 60)
settings-reminder-cap = Nombre maximal de rappels (0 à 10)
error-signing-order = Choisissez un ordre de signature de la liste.
error-reminder-cap = Saisissez un nombre de rappels entre 0 et 10.
error-link-days = Indiquez un nombre de jours entre 1 et 90.
error-reminder-days = Indiquez un nombre de jours entre 1 et 60.
account-to-sign = Pactes qui attendent votre signature

## Pacts in force
do-suspend = Suspendre le pacte
do-resume = Lever la suspension
do-terminate = Mettre fin au pacte
do-close = Archiver le pacte
reason-suspend = Motifs de la suspension
reason-terminate = Motifs de la fin du pacte
termination-kind = Nature de la fin
termination-withdrawal = Retrait des parties
termination-breach = Manquement aux engagements
termination-public_interest = Révocation pour motif d’intérêt général
suspend-until = Suspendu jusqu’au (inclus)
suspend-until-hint = Facultatif : la suspension est levée d’elle-même le lendemain. Sans date, jusqu’à ce qu’un agent la lève.
act-reference = Acte administratif
act-reference-hint = Facultatif : arrêté, décision, délibération (numéro et date).
act-reference-text = acte : { $act }
error-until-date = Saisissez la date de fin de suspension sous la forme AAAA-MM-JJ, ou laissez-la vide.
error-termination-kind = Choisissez la nature de la fin du pacte, depuis la page du pacte.
mail-expiry-subject = Le pacte « { $title } » prend fin le { $date }
mail-expiry-body = Le pacte de collaboration n° { $number } « { $title } » prend fin le { $date }, dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}. Pour le poursuivre, demandez son renouvellement depuis sa page.
mail-expired-subject = Le pacte « { $title } » a pris fin
mail-expired-body = Le pacte de collaboration n° { $number } « { $title } » est arrivé à son terme. Merci pour tout ce qui a été fait ensemble.
mail-suspended-subject = Le pacte « { $title } » est suspendu
mail-suspended-body = La Ville a suspendu le pacte de collaboration n° { $number } « { $title } » { $until ->
    [none] jusqu’à nouvel ordre
   *[other] jusqu’au { $until } inclus
}, pour les motifs suivants :
mail-resumed-subject = Le pacte « { $title } » reprend
mail-resumed-body = La suspension du pacte de collaboration n° { $number } « { $title } » est levée : il est de nouveau en vigueur.
mail-terminated-subject = Fin du pacte « { $title } »
mail-terminated-body = Il a été mis fin au pacte de collaboration n° { $number } « { $title } », pour les motifs suivants :
jobs-title = Tâches de fond
jobs-intro = Pacta fait lui-même le travail courant, toutes les quelques secondes. Une tâche en échec est reprise de plus en plus tard (1, 2, 4… minutes, au plus une heure) ; son erreur s’affiche ici.
jobs-job = Tâche
jobs-last-run = Dernier passage
jobs-outcome = Résultat
jobs-never = Pas encore passée
jobs-done = Réussie ({ $count } élément(s) traité(s))
jobs-failed = En échec ({ $count } fois de suite) ; prochain essai le { $next }
job-close_comment_periods = Clôture des périodes d’observations
job-expire_pacts = Pactes arrivés à leur terme
job-resume_suspensions = Fin des suspensions
job-expiry_notices = Avis d’échéance
job-signature_reminders = Rappels de signature
job-seal_agreements = Sceau des accords
job-digests = Résumés quotidiens
job-outbox = Envoi des courriels
dashboard-title = Tableau de bord
dashboard-ending = Pactes qui prennent fin dans les { $days } jours
dashboard-review = Propositions dont l’instruction arrive à échéance (7 jours) ou est en retard
dashboard-inbox = Ouvrir les propositions à instruire
dashboard-approval = Textes en attente d’approbation
dashboard-signatures = Pactes en attente de signatures ({ $pending } signature(s) attendue(s))
dashboard-suspended = Pactes suspendus
dashboard-seal = Accords dont le scellement a échoué
dashboard-imported = Pactes importés à compléter
dashboard-imported-hint = Le registre d’où ils viennent ne donnait pas ces informations ; rien n’a été inventé. Les pactes en cours ou en vigueur d’abord.
import-title = Pacte importé
import-origin = Importé du registre « { $source } » (référence { $reference }) le { $date }.
import-missing = Informations que le registre d’origine ne donnait pas :
import-complete = Compléter
import-complete-title = Compléter un pacte importé
import-complete-hint = Remplissez ce que vous savez ; ce que vous laissez vide reste dans la liste à compléter.
import-nothing-missing = Rien ne manque à ce pacte.
import-start-date = Premier jour en vigueur
import-end-date = Dernier jour en vigueur
import-latitude = Latitude (degrés décimaux)
import-longitude = Longitude (degrés décimaux)
import-save = Enregistrer
import-not-now = — (plus tard)
error-import-date = Écrivez une date, par exemple 2025-03-31.
error-import-text = Ce texte est trop long.
error-import-both-dates = Donnez le premier et le dernier jour.
error-import-coordinates = Écrivez des degrés décimaux, par exemple 38.1157.
error-import-proponent-kind = Choisissez le type du porteur pour l’enregistrer.
gap-submitted_on = date de dépôt
gap-summary = résumé
gap-kind = type de pacte (supposé)
gap-intensity = intensité (supposée)
gap-duration = durée
gap-dates = dates de début et de fin
gap-category = catégorie du bien commun
gap-proponent_kind = type de porteur
gap-proponent_name = nom du porteur
gap-coordinates = emplacement du bien commun
gap-commons = bien commun (porte le titre du pacte)
event-imported = Pacte importé
event-import_act = Acte cité par le registre d’origine
event-import_signed = Signature notée par le registre d’origine
event-import_note = Note du registre d’origine
event-import_proponent = Porteur nommé par le registre d’origine, sans son type
event-import_document = Document du registre d’origine
event-import_completed = Informations importées complétées
dashboard-none = Rien pour l’instant.
dashboard-more = … et { $count } autre(s).

## Reports
report-frequency-yearly = Un rapport par an (et à la fin)
report-frequency-at_end = Un rapport à la fin du pacte
report-state-submitted = Transmis, en attente de l’agent
report-state-accepted = Accepté
report-state-changes_requested = Modifications demandées
reports-title = Rapports d’activité
report-frequency = Fréquence des rapports
report-new = Transmettre un rapport d’activité
report-edit = Modifier le rapport
report-title = Rapport d’activité
report-period = Période couverte
report-period-start = Du
report-period-end = Au
report-activities = Activités et événements
report-activities-hint = Ce qui a été fait, quand, avec qui (sans données personnelles : le rapport accepté est public).
report-places = Lieux
report-beneficiaries = Nombre de bénéficiaires
report-volunteers = Nombre de bénévoles
report-hours = Heures données
report-resources-parties = Moyens apportés par les parties
report-resources-city = Moyens apportés par la Ville
report-problems = Difficultés rencontrées
report-photos = Photos
report-photos-hint = Jusqu’à { $count } photos JPEG, PNG ou WebP ({ $mb } Mo en tout) ; elles sont réduites et débarrassées de leurs métadonnées, lieu de prise de vue compris.
report-submit = Transmettre le rapport
report-changes-asked = L’agent demande les modifications suivantes :
report-heading = Du { $start } au { $end }
report-figure-beneficiaries = { $count } bénéficiaire(s)
report-figure-volunteers = { $count } bénévole(s)
report-figure-hours = { $count } heure(s) données
report-photo-alt = Photo jointe au rapport
report-note = Modifications demandées (si vous en demandez)
report-accept = Accepter le rapport
report-ask-changes = Demander des modifications
report-error-date = Saisissez une date sous la forme AAAA-MM-JJ.
report-error-period = La période doit commencer avant de finir et tomber pendant le pacte.
report-error-text = Décrivez les activités (et restez dans la longueur permise).
report-error-figure = Saisissez un nombre entier positif.
report-error-photos = Joignez au plus 10 photos JPEG, PNG ou WebP lisibles.
report-error-not-party = Seules les parties au pacte transmettent ses rapports.
report-error-not-now = Ce rapport ne peut pas être transmis ou modifié maintenant.
report-error-note = Dites quelles modifications vous demandez.
event-report_submitted = Rapport d’activité transmis
event-report_accepted = Rapport d’activité accepté
event-report_changes_requested = Modifications demandées sur un rapport
figure-volunteers = Bénévoles (rapports acceptés)
figure-hours = Heures données (rapports acceptés)
dashboard-reports-waiting = Rapports à examiner
dashboard-reports-overdue = Rapports en retard
job-overdue_reports = Rapports en retard
mail-report-overdue-subject = Rapport d’activité attendu pour « { $title } »
mail-report-overdue-body = Le rapport d’activité du pacte n° { $number } « { $title } » pour la période du { $start } au { $end } n’a pas encore été transmis. Vous pouvez le transmettre depuis la page du pacte.
mail-report-accepted-subject = Rapport accepté pour « { $title } »
mail-report-accepted-body = Le rapport d’activité du pacte n° { $number } « { $title } » ({ $period }) est accepté et publié. Merci !
mail-report-changes-subject = Modifications demandées au rapport de « { $title } »
mail-report-changes-body = L’agent de la Ville demande des modifications au rapport d’activité du pacte n° { $number } « { $title } » ({ $period }) :

## Disputes
resolution-continued = Le pacte continue
resolution-amended = Le pacte sera modifié (nouveau texte et nouvelles signatures)
resolution-terminated = Il est mis fin au pacte
disputes-title = Différends
dispute-by-city = Ouvert par la Ville
dispute-by-party = Ouvert par une partie
dispute-conciliation = Conciliation du
dispute-subject = Objet du différend
dispute-subject-hint = Visible des parties et des agents de la Ville seulement. Une tentative de conciliation suit.
dispute-open = Ouvrir un différend
dispute-conciliation-on = Date de la réunion de conciliation
dispute-participants = Participants
dispute-notes = Ce qui en est ressorti
dispute-record = Enregistrer la conciliation
dispute-resolution = Issue
dispute-note = Décision et motifs
dispute-close = Clore le différend
dispute-error-subject = Dites en quelques mots l’objet du différend.
dispute-error-not-party = Seules les parties au pacte et la Ville ouvrent un différend.
dispute-error-not-now = Un différend s’ouvre sur un pacte en vigueur.
dispute-error-open = Un différend est déjà ouvert sur ce pacte.
dispute-error-date = Saisissez la date de la conciliation sous la forme AAAA-MM-JJ.
dispute-error-conciliation = Indiquez les participants et ce qui est ressorti de la conciliation.
dispute-error-closed = Ce différend est déjà clos.
dispute-error-note = Dites la décision et ses motifs.
event-dispute_opened = Différend ouvert
event-conciliation_recorded = Conciliation tenue
event-dispute_closed = Différend clos
mail-dispute-opened-subject = Différend sur le pacte « { $title } »
mail-dispute-opened-body = { $by ->
    [city] La Ville
   *[party] Une partie
} a ouvert un différend sur le pacte de collaboration n° { $number } « { $title } ». Une tentative de conciliation va suivre. Objet :
mail-dispute-closed-subject = Différend clos sur le pacte « { $title } »
mail-dispute-closed-body = Le différend sur le pacte de collaboration n° { $number } « { $title } » est clos : { $resolution ->
    [continued] le pacte continue.
    [amended] le pacte sera modifié, par un nouveau texte à signer.
   *[other] il est mis fin au pacte.
}

## Renewals
settings-renewals = Renouvellements
settings-tacit-renewal = Renouveler tacitement les pactes ordinaires
settings-tacit-renewal-hint = À son terme, un pacte ordinaire est renouvelé pour la même durée, sauf opposition d’une partie ou de la Ville avant la date limite. Les pactes complexes se renouvellent toujours sur demande.
settings-objection-days = Délai d’opposition (jours avant la fin du pacte)
error-objection-days = Saisissez un nombre de jours entre 1 et 365.
renewal-title = Renouvellement
renewal-of = Renouvellement du pacte
renewal-last-report = Dernier rapport d’activité : du { $start } au { $end }
renewal-no-report = Aucun rapport d’activité n’a été transmis pendant le terme précédent.
renewal-refused = Le renouvellement a été refusé :
renewal-withdrawn = La demande de renouvellement a été retirée :
renewal-done = Renouvelé à compter du { $date } :
renewal-under-way = Renouvellement en cours :
renewal-tacit = Ce pacte sera renouvelé tacitement pour la même durée à compter du { $start }, sauf opposition d’une partie ou de la Ville au plus tard le { $deadline }.
renewal-tacit-objected = Une opposition au renouvellement tacite a été formée : le pacte prendra fin à son terme, sauf demande de renouvellement.
renewal-objection = Motifs de l’opposition
renewal-objection-hint = Transmis aux parties et à l’agent de la Ville ; l’historique public indique seulement qu’une opposition a été formée.
renewal-object = S’opposer au renouvellement tacite
renewal-opens = Le renouvellement pourra être demandé à partir du { $date }.
renewal-ask-explain = Le renouvellement reprend le texte en vigueur et les mêmes parties ; le nouveau terme commence le lendemain de la fin de celui-ci. L’agent de la Ville l’accepte, demande des modifications ou le refuse ; il est ensuite signé à nouveau.
renewal-duration = Durée du nouveau terme (mois)
renewal-changes = Modifications souhaitées
renewal-changes-hint = Facultatif : ce que vous aimeriez changer pour le nouveau terme.
renewal-ask = Demander le renouvellement
renewal-decision = Réponse à la demande de renouvellement
renewal-accept = Accepter (vers l’approbation puis les signatures)
renewal-ask-changes = Demander des modifications (co-construction)
renewal-refuse = Refuser
renewal-note = Modifications demandées ou motifs du refus
renewal-note-hint = Obligatoire pour demander des modifications ou refuser ; envoyé aux parties.
renewal-answer = Répondre
renewal-start-hint = C’est un renouvellement : le nouveau terme commence le lendemain de la fin du précédent, le { $date }. Ne changez cette date que délibérément.
renewal-confirm-start = Je confirme une date de début qui laisse un intervalle ou un chevauchement avec le terme précédent.
renewal-error-not-in-force = Seul un pacte en vigueur peut être renouvelé.
renewal-error-not-yet = Le renouvellement pourra être demandé à partir du { $date }.
renewal-error-already = Ce terme du pacte a déjà un renouvellement.
renewal-error-not-tacit = Ce pacte ne se renouvelle pas tacitement.
renewal-error-objections-closed = Le délai pour s’opposer au renouvellement tacite a expiré le { $date }.
renewal-error-objected = Une opposition a déjà été formée.
renewal-error-gap = Cette date laisserait { $days } jour(s) sans pacte entre les deux termes. Cochez la case de confirmation si c’est voulu.
renewal-error-overlap = Cette date ferait chevaucher les deux termes de { $days } jour(s). Cochez la case de confirmation si c’est voulu.
renewal-error-duration = Saisissez une durée entre 1 et 120 mois.
renewal-error-reason = Indiquez les motifs de l’opposition.
renewal-error-not-party = Seules les parties au pacte et la Ville demandent son renouvellement ou s’y opposent.
event-renewal_requested = Renouvellement demandé
event-renewed_tacitly = Renouvelé tacitement
event-renewal_changes_asked = Modifications demandées pour le renouvellement
event-tacit_renewal_objected = Opposition au renouvellement tacite
mail-tacit-subject = Le pacte « { $title } » arrive à son terme le { $date }
mail-tacit-body = Le pacte de collaboration n° { $number } « { $title } » arrive à son terme le { $date }. Il sera renouvelé tacitement pour la même durée { $open ->
    [yes] sauf opposition d’une partie ou de la Ville au plus tard le { $deadline }, depuis la page du pacte.
   *[other] : le délai d’opposition a expiré le { $deadline }.
}
mail-renewal-requested-subject = Renouvellement demandé pour « { $title } »
mail-renewal-requested-body = Le renouvellement du pacte de collaboration n° { $number } « { $title } » a été demandé : le nouveau terme porte le numéro { $renewal } et attend la réponse de la Ville.
mail-renewal-accepted-subject = Renouvellement accepté : « { $title } »
mail-renewal-accepted-body = La Ville a accepté le renouvellement n° { $number } « { $title } ». Il va être approuvé puis envoyé à la signature.
mail-renewal-changes-subject = Modifications demandées pour le renouvellement de « { $title } »
mail-renewal-changes-body = La Ville demande des modifications au renouvellement n° { $number } « { $title } », à travailler ensemble sur la page du pacte :
mail-renewal-refused-subject = Renouvellement refusé : « { $title } »
mail-renewal-refused-body = La Ville a refusé le renouvellement n° { $number } « { $title } », pour les motifs suivants :
mail-renewal-objected-subject = Opposition au renouvellement tacite de « { $title } »
mail-renewal-objected-body = Une opposition au renouvellement tacite du pacte de collaboration n° { $number } « { $title } » a été formée : il prendra fin à son terme, sauf demande de renouvellement. Motifs :
mail-renewed-subject = Le pacte « { $title } » est renouvelé
mail-renewed-body = Le pacte de collaboration n° { $number } « { $title } » a été renouvelé tacitement : le nouveau terme, n° { $renewal }, court du { $start } au { $end }.
dashboard-renewals = Renouvellements demandés, en attente de réponse
mail-digest-notes-subject = Votre résumé quotidien Pacta : { $count } nouveauté(s)

## Notifications
nav-notifications = Notifications
nav-unread = { $count } non lue(s)
notifications-title = Notifications
notifications-saved = Vos choix sont enregistrés.
notifications-unread = { $count ->
    [0] Dernières notifications
   *[other] Dernières notifications ({ $count } non lue(s))
}
notifications-none = Aucune notification pour l’instant.
notifications-new = Nouveau
notifications-choices = Comment les recevoir
notifications-choices-hint = Pour chaque sorte de notification : par courriel tout de suite, dans le résumé quotidien, ou seulement ici. Chaque notification reste dans la liste ci-dessus.
notifications-binding = Les parties au pacte la reçoivent toujours par courriel tout de suite.
notification-signature = Signatures
notification-suspension = Suspensions
notification-termination = Fins anticipées
notification-term = Échéances et renouvellements tacites
notification-renewal = Demandes de renouvellement
notification-report = Rapports d’activité
notification-dispute = Différends
notification-proposal = Instruction et rédaction des propositions
notification-comment = Observations du public
delivery-immediate = Par courriel tout de suite
delivery-digest = Dans le résumé quotidien
delivery-none = Seulement dans Pacta

## Amendments
amendments-title = Modifications du pacte
amendment-from = Rédigée à partir de la version { $version }, qui reste en vigueur jusqu’à la signature de la modification.
amendment-compare = Voir les changements
amendment-reason = Motif de la modification
amendment-reason-hint = Ce qui doit changer dans le texte et pourquoi. Le texte se rédige ensuite comme en co-construction, puis est approuvé et signé à nouveau ; le texte signé reste en vigueur d’ici là.
amendment-start = Proposer une modification du texte
amendment-state-drafting = Modification en cours de rédaction
amendment-state-awaiting_approval = Modification en attente d’approbation
amendment-state-approved = Modification approuvée, à signer
amendment-state-signed = Modification signée
amendment-state-abandoned = Modification abandonnée
amendment-step-submit = Soumettre la modification à l’approbation
amendment-step-return = Renvoyer en rédaction
amendment-step-approve = Approuver la modification
amendment-step-abandon = Abandonner la modification
amendment-error-not-in-force = Seul un pacte en vigueur peut être modifié.
amendment-error-open = Une modification est déjà en cours sur ce pacte.
amendment-error-unchanged = Le texte n’a pas été modifié : il n’y a rien à approuver.
amendment-error-signing-officer = Seul un agent habilité à signer approuve une modification.
amendment-error-not-party = Seules les parties au pacte et la Ville proposent une modification.
amendment-error-reason = Dites ce qui doit changer et pourquoi.
event-amendment_started = Modification du texte engagée
event-amendment_submitted = Modification soumise à l’approbation
event-amendment_returned = Modification renvoyée en rédaction
event-amendment_approved = Modification approuvée
event-amendment_abandoned = Modification abandonnée
event-amended = Modification signée : nouvelle version en vigueur
mail-amendment-started-subject = Modification du pacte « { $title } »
mail-amendment-started-body = Une modification du texte du pacte de collaboration n° { $number } « { $title } » est engagée ; le texte signé reste en vigueur jusqu’à la signature de la modification. Motif :
mail-amendment-abandoned-subject = Modification abandonnée : « { $title } »
mail-amendment-abandoned-body = La modification en cours du pacte de collaboration n° { $number } « { $title } » est abandonnée ; le texte en vigueur ne change pas.
notification-amendment = Modifications du texte
check-in-force = C’est la version en vigueur.
check-superseded = Cette version a été remplacée par une modification signée : la version { $version } est en vigueur.
check-draft = Ce n’est pas la version en vigueur (la version { $version }) : c’est un projet de modification.
check-see-in-force = Voir la version en vigueur
template-reports-by-duration = Selon la durée du pacte (par an au-delà d’un an, sinon à la fin)

## Feeds
feed-registry-title = Registre des pactes de collaboration
feed-city-title = Pactes de collaboration — { $city }
feed-search = Flux Atom de cette recherche
open-data-title = Données ouvertes
open-data-lead = Le registre public des pactes de collaboration, à télécharger et réutiliser : un enregistrement par pacte, les mêmes colonnes en CSV, JSON et GeoJSON.
open-data-downloads = Téléchargements
open-data-dataset = Jeu de données
open-data-everything = Tout le registre
open-data-filters = Chaque téléchargement accepte les filtres du registre (city, status, kind, intensity, district, category, party, year, from, to, q) : le lien « Ces résultats » d’une recherche donne ses pactes.
open-data-table-schema = Schéma du fichier CSV (Table Schema)
open-data-dcat = Description DCAT-AP des jeux de données (JSON-LD), pour les portails de données ouvertes
open-data-columns = Colonnes
open-data-privacy = Les données personnelles des particuliers n’y figurent jamais : une personne privée partie à un pacte n’est comptée que par son type de partie.
open-data-column = Colonne
open-data-type = Type
open-data-meaning = Contenu
open-data-values = Valeurs possibles
open-data-optional = (peut être vide)
open-data-type-string = texte
open-data-type-integer = entier
open-data-type-number = nombre décimal
open-data-type-date = date AAAA-MM-JJ
open-data-type-datetime = date et heure UTC
open-data-type-boolean = vrai ou faux
open-data-catalog-title = Pacta — données ouvertes des pactes de collaboration
open-data-dataset-title = Registre des pactes de collaboration
open-data-dataset-description = Les pactes de collaboration entre la ville et ses habitants pour prendre soin des communs urbains : statut, type, bien commun et son emplacement, parties (organisations), dates en vigueur, empreinte du texte.
open-data-column-city = Identifiant de la ville
open-data-column-city_name = Nom de la ville
open-data-column-number = Numéro du pacte dans la ville (avec city, l’identifiant du pacte)
open-data-column-title = Titre
open-data-column-summary = Résumé public
open-data-column-status = Statut
open-data-column-kind = Pacte ordinaire ou complexe
open-data-column-intensity = Intensité du soin
open-data-column-term = Période : 0 pour la première, 1 pour le premier renouvellement…
open-data-column-submitted_on = Date de dépôt de la proposition
open-data-column-start_date = Premier jour en vigueur
open-data-column-end_date = Dernier jour en vigueur
open-data-column-duration_months = Durée en mois
open-data-column-commons = Identifiant du bien commun dans la ville
open-data-column-commons_name = Nom du bien commun
open-data-column-commons_kind = Nature du bien commun
open-data-column-commons_category = Catégorie du bien commun
open-data-column-address = Adresse du bien commun
open-data-column-district = Quartier
open-data-column-latitude = Latitude du bien commun (WGS 84, degrés décimaux)
open-data-column-longitude = Longitude du bien commun (WGS 84, degrés décimaux)
open-data-column-organisations = Noms des parties qui ne sont pas des particuliers, la ville exceptée, séparés par « ; »
open-data-column-party_kinds = Types des parties, la ville exceptée, séparés par « ; »
open-data-column-text_sha256 = SHA-256 du texte en vigueur (ou de la dernière version avant signature)
open-data-column-url = Page du pacte
registry-open-data = Télécharger ces résultats (CSV, JSON, GeoJSON)
map-title = Carte des biens communs
map-count = { $count ->
    [0] Aucun bien commun à placer pour cette recherche.
    [one] Un bien commun placé sur la carte.
   *[other] { $count } biens communs placés sur la carte.
}
map-unplaced = { $count ->
    [one] Un autre n’a pas de coordonnées.
   *[other] { $count } autres n’ont pas de coordonnées.
}
map-registry = Les pactes de cette recherche dans le registre
map-caption = Les biens communs des pactes trouvés, sur les quartiers de leur ville ; chaque point mène à la page du bien commun.
map-list = Les biens communs de la carte
map-pacts = { $count ->
    [one] un pacte
   *[other] { $count } pactes
}
registry-map = Voir ces résultats sur la carte
feed-city = Flux Atom des pactes de la ville
mail-continued-subject = Le pacte « { $title } » continue avec son renouvellement
mail-continued-body = Le pacte de collaboration n° { $number } « { $title } » est arrivé au terme de sa période ; il se poursuit avec son renouvellement n° { $renewal }, en vigueur depuis le { $date }.
