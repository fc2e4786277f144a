# Pacta — Italian. Same keys as fr/.

site-name = Pacta
nav-skip = Vai al contenuto
nav-label = Navigazione principale
nav-home = Home
nav-registry = Registro dei patti
breadcrumb = Percorso
footer-about = Pacta tiene il registro pubblico dei patti di collaborazione tra le città e i loro abitanti.
footer-languages = Lingua

home-title = Il registro dei patti di collaborazione
home-intro = Abitanti, associazioni, scuole e imprese si prendono cura con la loro città di una piazza, di un giardino, di un edificio o di un servizio: ogni impegno è un patto di collaborazione, pubblico, seguito dalla proposta alla conclusione.
home-pacts-explained = Questo registro mostra ogni patto: chi lo promuove, per quale bene comune, che cosa ciascuno si impegna a fare, il suo testo e tutta la sua storia.
home-figures = In cifre
home-cities = Le città del registro
home-city-in-force = { $count ->
    [0] nessun patto in vigore
    [one] { $count } patto in vigore
   *[other] { $count } patti in vigore
}
home-browse = Sfoglia il registro

figure-in-force = Patti in vigore
figure-commons = Beni comuni curati
figure-parties = Firmatari impegnati
figure-total = Patti e proposte

registry-title = Registro dei patti
registry-count = { $count ->
    [0] Nessun patto corrisponde.
    [one] { $count } patto
   *[other] { $count } patti
}
registry-empty = Nessun patto corrisponde a questi criteri. Provate a toglierne uno.
registry-json = Questi risultati in JSON
filter-q = Cerca (titoli, testi, beni comuni, parti)
filter-city = Città
filter-status = Stato
filter-kind = Tipo di patto
filter-category = Categoria del bene comune
filter-district = Quartiere
filter-year = Anno di presentazione
filter-intensity = Intensità
filter-party = Tipo di parte
filter-in-force = In vigore
filter-from = dal
filter-to = al
facets-title = Affina la ricerca
filter-any = Tutti
filter-apply = Filtra
filter-reset = Cancella i filtri
pagination = Pagine dei risultati
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-position = Pagina { $page } di { $pages }

city-regulation = Regolamento applicato:
city-see-pacts = Vedi i patti di questa città
city-deadlines = Termini del procedimento
city-review-days = Istruttoria di una proposta
city-publication-days = Pubblicazione per osservazioni
city-notice-days = Avvisi di scadenza (giorni prima della fine)
city-publication-complex = { $count ->
    [one] { $count } giorno per i patti complessi
   *[other] { $count } giorni per i patti complessi
}
city-districts = Quartieri
days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
months = { $count ->
    [one] { $count } mese
   *[other] { $count } mesi
}

pact-number = Patto n.
pact-kind = Tipo
pact-intensity = Intensità
pact-commons = Bene comune
pact-submitted = Proposta presentata il
pact-unknown = non indicato (importato)
pact-dates = In vigore
pact-term = dal { $start } al { $end }
pact-duration = Durata proposta
pact-comments-close = Osservazioni aperte fino al
pact-comments-closed = Osservazioni chiuse il
pact-executive-decision = Parere della Giunta
pact-renews = Rinnova il patto
pact-renewed-by = Rinnovato dal patto
pact-parties = Parti
pact-text = Testo del patto
pact-version = Versione { $number } di { $count }, del { $date }
pact-sha256 = Impronta SHA-256 del testo:
history-status-change = (stato: { $before } → { $after })
pact-history = Cronologia
party-anonymous = Un abitante

commons-kind = Natura
commons-category = Categoria
commons-address = Indirizzo
commons-district = Quartiere
commons-coordinates = Coordinate
commons-pacts = { $count ->
    [0] Nessun patto su questo bene comune
    [one] Il patto su questo bene comune
   *[other] I { $count } patti su questo bene comune
}

error-title-not-found = Pagina non trovata
error-title-bad-request = Richiesta non valida
error-title-internal = Errore del servizio
error-not-found = Questa pagina non esiste, o non esiste più. Controllate l’indirizzo o cercate nel registro.
error-bad-request = Questa richiesta non è stata compresa.
error-bad-path = Questo indirizzo non è valido.
error-bad-query = I parametri di ricerca non sono validi (forse un parametro è ripetuto).
error-unknown-value = Il valore «{ $value }» non esiste per il filtro «{ $field }».
error-bad-year = L’anno va scritto con quattro cifre, per esempio 2025.
error-bad-page = Il numero di pagina deve essere un numero tra 1 e { $max }.
error-query-too-long = Il testo cercato supera { $max } caratteri.
error-bad-date = «{ $field }» deve essere una data scritta AAAA-MM-GG, per esempio 2025-03-31.
error-empty-period = Il periodo finisce prima di cominciare.
error-bad-cursor = Questo cursore non è stato dato da questo registro: riprendete l’elenco dall’inizio.
error-api-rate-limit = Troppe richieste dal vostro indirizzo: riprovate fra { $seconds } s.
error-method = Questa azione non è possibile a questo indirizzo.
error-timeout = La risposta ha richiesto troppo tempo. Riprovate tra un momento.
error-unavailable = Il servizio è momentaneamente non disponibile. Riprovate tra un momento.
error-internal = Si è verificato un errore da parte nostra. È stato registrato; riprovate tra un momento.
error-back-home = Torna alla home

date-long = { $day } { $month } { $year }
datetime-utc = { $date } alle { $time } UTC
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

status-submitted = Proposta presentata
status-under_review = In istruttoria
status-awaiting_documents = In attesa di integrazione
status-published_for_comments = Aperto alle osservazioni
status-co_design = In co-progettazione
status-awaiting_approval = In attesa di approvazione
status-awaiting_signatures = In attesa di firme
status-active = In vigore
status-suspended = Sospeso
status-expired = Scaduto
status-terminated = Risolto
status-rejected = Respinto
status-withdrawn = Ritirato
status-closed = Archiviato

pact-kind-ordinary = Patto ordinario
pact-kind-complex = Patto complesso
intensity-occasional_care = Cura occasionale
intensity-continuous_care = Cura costante e continuativa
intensity-shared_management = Gestione condivisa
intensity-regeneration = Rigenerazione
commons-kind-tangible = Bene materiale
commons-kind-intangible = Bene immateriale
commons-kind-digital = Bene digitale
category-green_space = Verde, giardino
category-square_street = Piazza, strada, spazio pubblico
category-school_grounds = Scuola e dintorni
category-building = Edificio
category-culture_heritage = Cultura e patrimonio
category-social_inclusion = Solidarietà e inclusione
category-environment = Ambiente
category-sport_play = Sport e gioco
category-digital_service = Servizio digitale
category-unclassified = Non classificato
party-kind-individual = Cittadino/a
party-kind-informal_group = Gruppo informale
party-kind-association = Associazione
party-kind-school = Scuola
party-kind-business = Impresa
party-kind-foundation = Fondazione
party-kind-public_body = Ente pubblico
party-role-proponent = Proponente
party-role-co_signatory = Cofirmatario
party-role-city = Il Comune

actor-proponent = proponenti
actor-officer = ufficio istruttore
actor-signing_officer = firmatario per il Comune
actor-system = Pacta

action-start_review = Istruttoria avviata
action-request_documents = Integrazione richiesta
action-provide_documents = Integrazione fornita
action-publish_for_comments = Pubblicato per osservazioni
action-close_comments = Osservazioni chiuse
action-start_co_design = Co-progettazione avviata
action-reject = Proposta respinta
action-submit_for_approval = Trasmesso per approvazione
action-return_to_co_design = Rinviato alla co-progettazione
action-record_executive_decision = Parere della Giunta registrato
action-approve = Testo approvato
action-activate = Patto firmato, in vigore
action-suspend = Patto sospeso
action-resume = Sospensione revocata
action-expire = Patto scaduto
action-terminate = Patto risolto
action-withdraw = Ritiro dei proponenti
action-close = Patto archiviato
event-submitted = Proposta presentata
event-version_added = Nuova versione del testo

nav-signin = Accedi
nav-signup = Crea un account
nav-signout = Esci
form-has-errors = Il modulo contiene errori
field-name = Nome
field-name-hint = Il vostro nome è visibile solo agli uffici del Comune; sceglierete poi che cosa pubblicare.
field-email = Indirizzo e-mail
field-password = Password
field-password-hint = Almeno 10 caratteri; una frase facile da ricordare ma difficile da indovinare va benissimo.
signup-title = Crea un account
signup-intro = Un account vi permette di proporre un patto, commentare le proposte e firmare i patti a cui partecipate.
signup-submit = Crea il mio account
signup-have-account = Avete già un account?
signin-title = Accedi
signin-submit = Accedi
signin-no-account = Non avete ancora un account?
mailbox-title = Controllate la vostra posta
mailbox-body = Se questo indirizzo può essere usato, vi è appena stato inviato un messaggio. Seguite il link che contiene per continuare. Controllate anche la posta indesiderata.
password-title = Scegliete una password
password-submit = Salva la password
link-expired-title = Questo link non è più valido
link-expired-body = Il link è già stato usato o è scaduto. Chiedetene uno nuovo o accedete.
account-title = Il mio account
account-role = Ruolo
account-city = Comune
account-signing = Può firmare per il Comune
yes = Sì
no = No
staff-title = Personale del Comune
staff-add = Aggiungi una persona
staff-can-sign = Può firmare i patti per il Comune
staff-submit = Aggiungi e invia il link di accesso
role-resident = Cittadino/a
role-officer = Funzionario istruttore
role-admin = Amministratore
error-email = Inserite un indirizzo e-mail valido, per esempio nome@esempio.it.
error-email-taken = Questo indirizzo ha già un account.
error-name = Inserite un nome (al massimo 100 caratteri).
error-role = Scegliete un ruolo.
error-password-short = La password deve avere almeno 10 caratteri.
error-password-long = La password non deve superare 256 caratteri.
error-password-guessable = Questa password è troppo facile da indovinare (parola comune, sequenza di tasti o ricavata dal vostro nome o indirizzo). Provate una frase di più parole.
error-signin = Indirizzo o password non corretti. Se avete appena creato l’account, confermate prima l’indirizzo con il link ricevuto.
error-csrf = Questo modulo è scaduto o non proviene da questo sito. Ricaricate la pagina e riprovate.
error-too-large = Il modulo inviato è troppo grande.
error-bad-form = Il modulo inviato è incompleto o non valido.
error-forbidden = Non avete accesso a questa pagina.
error-sign-in-needed = Accedete per usare questa risorsa.
error-title-forbidden = Accesso negato
mail-greeting = Buongiorno { $name },
mail-footer = Pacta — il registro dei patti di collaborazione. Messaggio inviato automaticamente.
mail-verify-subject = Confermate il vostro indirizzo per Pacta
mail-verify-body = Avete appena creato un account su Pacta. Per confermare l’indirizzo e aprire l’account, seguite questo link (valido 48 ore).
mail-verify-ignore = Se non siete stati voi, ignorate questo messaggio: non succederà nulla.
mail-verify-action = Conferma il mio indirizzo
mail-exists-subject = Avete già un account su Pacta
mail-exists-body = Qualcuno, forse voi, ha provato a creare un account con questo indirizzo, che ne ha già uno. Potete accedere con la vostra password.
mail-exists-action = Accedi
mail-staff-subject = Il vostro accesso a Pacta per { $city }
mail-staff-body = È stato creato per voi un account del personale su Pacta, per { $city }. Scegliete la password seguendo questo link.
mail-staff-expiry = Il link è valido sette giorni e si usa una sola volta.
mail-staff-action = Scegli la mia password
signin-by-link = Ricevi un link di accesso per e-mail
signin-forgot = Password dimenticata?
link-title = Accedi senza password
link-intro = Indicate il vostro indirizzo: se ha un account, riceverete un link di accesso valido 20 minuti.
link-confirm-body = Premete il pulsante per accedere. Il link si usa una sola volta.
link-submit = Invia il link
reset-title = Scegliete una nuova password
reset-intro = Indicate il vostro indirizzo: se ha un account, riceverete un link valido un’ora per scegliere una nuova password.
verify-title = Confermate il vostro indirizzo
verify-body = Premete il pulsante per confermare l’indirizzo e aprire l’account.
verify-submit = Conferma il mio indirizzo
error-too-many = Troppi tentativi. Per sicurezza, riprovate tra { $minutes } minuti.
mail-link-subject = Il vostro link di accesso a Pacta
mail-link-body = Ecco il link richiesto per accedere a Pacta senza password. È valido 20 minuti e si usa una sola volta.
mail-link-action = Accedi
mail-reset-subject = Scegliete una nuova password per Pacta
mail-reset-body = È stata chiesta una nuova password per il vostro account. Il link è valido un’ora e si usa una sola volta; gli altri accessi saranno chiusi.
mail-reset-action = Scegli una nuova password
account-parties = Le vostre organizzazioni
account-representative = ne siete rappresentante
account-profile = Il vostro profilo
account-save = Salva
field-public-name = Nome pubblicato
field-public-name-hint = Il nome con cui il registro pubblico vi presenta, per esempio «Amélie F.». Lasciate vuoto per comparire come «un abitante».
field-language = Lingua delle pagine e dei messaggi
account-data = I vostri dati
account-data-body = Scaricate tutto ciò che il registro conserva su di voi: account, organizzazioni, accessi, messaggi inviati.
account-export = Scarica i miei dati (JSON)
account-close = Chiudi il mio account
account-close-body = Indirizzo, password e accessi saranno cancellati. I patti che avete firmato conservano la traccia della vostra firma, come richiede la legge.
account-close-confirm = Ho capito e voglio chiudere il mio account
account-close-submit = Chiudi il mio account
error-close-confirm = Spuntate la casella per confermare la chiusura dell’account.
error-language = Scegliete una lingua dell’elenco.
security-title = Sicurezza dell’account
security-required = Il vostro Comune richiede l’autenticazione a due fattori al personale. Attivatela per accedere al resto di Pacta.
security-on = L’autenticazione a due fattori è attiva: a ogni accesso vi viene chiesto un codice dell’app di autenticazione.
security-off = L’autenticazione a due fattori non è attiva. Protegge l’account anche se la password venisse scoperta.
security-codes-left = { $count ->
    [0] Non vi resta alcun codice di emergenza.
    [one] Vi resta { $count } codice di emergenza.
   *[other] Vi restano { $count } codici di emergenza.
}
security-enable = Attiva l’autenticazione a due fattori
security-disable = Disattiva l’autenticazione a due fattori
security-code = Codice a sei cifre dell’app
security-setup-title = Attivare l’autenticazione a due fattori
security-setup-scan = Inquadrate questo codice con l’app di autenticazione (per esempio FreeOTP, Aegis o Google Authenticator).
security-setup-type = Oppure inserite la chiave qui sotto, poi indicate il codice mostrato per confermare.
security-qr-label = Codice QR da inquadrare con l’app di autenticazione
security-secret = Chiave:
security-confirm = Conferma e attiva
security-codes-title = I vostri codici di emergenza
security-codes-body = Conservate questi codici in un luogo sicuro: ognuno permette un accesso se non avete più il telefono. Non saranno più mostrati.
second-factor-title = Codice di verifica
second-factor-body = Inserite il codice mostrato dall’app di autenticazione, o uno dei codici di emergenza.
second-factor-code = Codice
staff-security = Sicurezza degli account del personale
staff-require-second-factor = Richiedi l’autenticazione a due fattori a tutto il personale del Comune
error-code = Questo codice non è valido. Controllate l’ora del telefono e inserite il codice attuale.
error-second-factor-required = Il vostro Comune richiede l’autenticazione a due fattori: attivatela prima.
parties-title = Organizzazioni e rappresentanti
parties-intro = Indicate chi appartiene a ogni organizzazione e chi la rappresenta, dopo le verifiche (statuto, delega). I rappresentanti potranno agire e firmare per essa.
parties-add = Aggiungi un membro
parties-party = Organizzazione
parties-member-email = Indirizzo dell’account del membro
parties-member-hint = La persona deve aver creato il proprio account su Pacta.
parties-representative = Questa persona rappresenta l’organizzazione
parties-representative-short = rappresentante
parties-submit = Aggiungi
parties-no-members = Nessun membro registrato.
parties-remove = Togli
error-party = Scegliete un’organizzazione dell’elenco.
error-no-account = Nessun account aperto usa questo indirizzo: chiedete alla persona di creare il proprio account.
settings-title = Regolamento e termini del Comune
settings-regulation-title = Titolo del regolamento
settings-regulation-act = Atto di approvazione
settings-regulation-act-hint = Per esempio: deliberazione del Consiglio comunale n. 37 del 22 maggio 2019.
settings-language = Lingua dei documenti del Comune
settings-multiplier = Moltiplicatore del periodo di pubblicazione dei patti complessi
settings-notice-hint = Numeri di giorni separati da virgole, per esempio «90, 30, 7».
error-text-required = Questo campo è obbligatorio (al massimo 300 caratteri).
error-days = Indicate un numero di giorni tra 1 e 365.
error-multiplier = Indicate un numero tra 1 e 10.
error-notice-days = Indicate numeri di giorni tra 1 e 730, separati da virgole.
staff-districts = Quartieri
staff-districts-hint = Per il personale di un ufficio di quartiere; senza caselle spuntate lavora per tutto il Comune.
staff-whole-city = Tutto il Comune
error-district = Scegliete quartieri dell’elenco.
nav-proposals = Le mie proposte
proposals-title = Le mie proposte
proposals-new-city = Comune a cui proporre
proposals-new = Proponi un patto
proposals-none = Non avete ancora fatto proposte.
proposal-title = Titolo della proposta
proposal-untitled = (senza titolo)
proposal-draft = Bozza salvata il
proposal-form-title = Proporre un patto di collaborazione
proposal-saved = Bozza salvata. Potete riprenderla in ogni momento da «Le mie proposte».
proposal-party = Proponete
proposal-party-alone = a vostro nome
proposal-commons = Il bene comune
proposal-commons-existing = Un bene comune dell’elenco del Comune
proposal-commons-new-option = Un nuovo bene comune (da descrivere qui sotto)
proposal-commons-new-hint = Se non è nell’elenco, descrivetelo: nome, indirizzo, categoria.
proposal-commons-name = Nome del nuovo bene comune
proposal-summary = Riassunto pubblico
proposal-summary-hint = Due o tre frasi, pubblicate nel registro.
proposal-objectives = Obiettivi
proposal-activities = Attività e tempi
proposal-activities-hint = Che cosa farete, quando e con quale frequenza. Separate i paragrafi con una riga vuota.
proposal-duration = Durata proposta, in mesi
proposal-duration-hint = Tra 1 e 120 mesi.
proposal-contributions = Che cosa mettete a disposizione
proposal-support = Il sostegno che chiedete al Comune
proposal-save = Salva la bozza
proposal-submit = Presenta la proposta
proposal-article-objectives = Oggetto e obiettivi
proposal-article-activities = Attività e tempi
proposal-article-contributions = Apporto dei proponenti
proposal-article-support = Sostegno richiesto al Comune
proposal-article-duration = Durata
proposal-duration-text = { $count ->
    [one] Il patto è proposto per una durata di { $count } mese.
   *[other] Il patto è proposto per una durata di { $count } mesi.
}
proposal-withdraw = Ritira la proposta
proposal-withdraw-reason = Motivo del ritiro
proposal-author-tools = La vostra proposta
support-materials = Materiali e attrezzi
support-protective_equipment = Dispositivi di protezione
support-use_of_spaces = Uso di spazi
support-fee_exemption = Esenzione da canoni
support-training = Formazione
support-insurance = Assicurazione dei volontari
support-reimbursement = Rimborso delle spese
error-too-long = Questo testo è troppo lungo.
error-support = Scegliete tra i sostegni proposti.
error-commons = Scegliete un bene comune dell’elenco, o descrivetene uno nuovo.
error-commons-name = Indicate il nome del nuovo bene comune.
error-commons-address = Indicate l’indirizzo del nuovo bene comune.
error-category = Scegliete una categoria.
error-title = Date un titolo alla proposta.
error-summary = Riassumete la proposta in poche frasi.
error-objectives = Descrivete gli obiettivi.
error-activities = Descrivete le attività e i tempi.
error-duration = Indicate una durata tra 1 e 120 mesi.
error-reason-required = Indicate il motivo.
error-not-now = Questa azione non è più possibile a questo punto.
inbox-title = Proposte da istruire
inbox-deadline = Scadenza dell’istruttoria
inbox-deadline-week = Entro 7 giorni
inbox-deadline-overdue = Superata
inbox-select = Scegli
inbox-select-one = Scegli la proposta { $number }
inbox-clock = Termine dell’istruttoria
inbox-assigned = Funzionario incaricato
inbox-bulk = Azione sulle proposte spuntate
inbox-action = Azione
inbox-reason = Motivi o documenti richiesti
inbox-reason-hint = Obbligatorio per un rifiuto o una richiesta di integrazione; inviato ai proponenti.
inbox-apply = Applica alle proposte spuntate
inbox-bulk-result = { $done } proposta/e trattata/e, { $failed } non possibile/i in questa fase.
clock-left = { $count ->
    [one] { $count } giorno rimanente (scadenza il { $due })
   *[other] { $count } giorni rimanenti (scadenza il { $due })
}
clock-late = { $count ->
    [one] in ritardo di { $count } giorno (scadenza il { $due })
   *[other] in ritardo di { $count } giorni (scadenza il { $due })
}
clock-paused = { $count ->
    [one] sospeso, resterà { $count } giorno
   *[other] sospeso, resteranno { $count } giorni
}
clock-unknown = data di presentazione sconosciuta (importato)
staff-tools = Istruttoria
staff-assign = Affida la pratica
do-start_review = Avvia l’istruttoria
do-request_documents = Chiedi un’integrazione
do-publish_for_comments = Pubblica per osservazioni
do-start_co_design = Passa alla co-progettazione
do-reject = Respingi la proposta
reason-request_documents = Documenti richiesti e perché
reason-reject = Motivi del rifiuto
proposal-answer = La vostra risposta alla richiesta di integrazione
proposal-answer-submit = Invia la risposta
error-answer-required = Scrivete la vostra risposta.
mail-documents-subject = Integrazione richiesta per la proposta «{ $title }»
mail-documents-body = Per proseguire l’istruttoria della vostra proposta, l’ufficio vi chiede:
mail-documents-clock = Il termine dell’istruttoria è sospeso fino alla vostra risposta, che potete inviare dalla pagina della proposta.
mail-documents-action = Rispondi
mail-rejected-subject = La vostra proposta «{ $title }» non è stata accolta
mail-rejected-body = Il Comune ha esaminato la vostra proposta e non può accoglierla, per i seguenti motivi:
mail-rejected-action = Vedi la proposta
event-assigned = Pratica affidata
pact-competing = Proposte concorrenti su questo bene comune
pact-comments = Osservazioni del pubblico
pact-no-comments = Ancora nessuna osservazione.
comment-kind = La vostra osservazione è
comment-body = Testo
comment-body-hint = Pubblicato con il nome che avete scelto di pubblicare, o come «un abitante». Al massimo 5.000 caratteri.
comment-submit = Pubblica
comment-sign-in = Accedete per commentare, sostenere o opporvi a questa proposta.
comment-kind-comment = Commento
comment-kind-support = Sostegno
comment-kind-objection = Opposizione
comment-kind-join_request = Richiesta di aderire al progetto
error-comment-empty = Scrivete la vostra osservazione.
error-comments-closed = Il periodo delle osservazioni è chiuso.
mail-comment-subject = Nuova osservazione su «{ $title }»
mail-comment-body = Una persona ha pubblicato un’osservazione sulla vostra proposta: { $kind }.
mail-comment-action = Leggi le osservazioni
templates-title = Modelli di patto
templates-new = Nuovo modello
templates-name = Nome del modello
templates-create = Crea il modello
template-version = versione { $number } del { $date }
template-first-heading = Art. 1 – Oggetto
template-first-paragraph = Il presente patto riguarda {"{{"}commons.name{"}}"}.
template-text = Testo del modello
template-text-hint = Una riga «## Titolo» apre un articolo; «[if: complex]» alla fine del titolo lo riserva ai patti complessi (o «support:insurance», «contributions», «not …»). Una riga vuota separa i paragrafi.
template-note = Motivo della modifica
template-save = Salva una nuova versione
template-variables = Variabili disponibili
template-conditions = Condizioni: complex, ordinary, contributions, support:<sostegno> (materials, protective_equipment, use_of_spaces, fee_exemption, training, insurance, reimbursement), precedute da «not» per il contrario.
template-error-line = Riga { $line }: il testo deve iniziare con un titolo di articolo («## …»).
template-draft-note = Redatto dal modello «{ $name }» (versione { $version })
staff-draft-template = Redigi la bozza da un modello
staff-draft-hint = Il testo attuale è sostituito da una nuova versione; le versioni precedenti sono conservate.
staff-draft = Redigi la bozza
error-template-name = Date un nome e un tipo al modello.
error-template-broken = Questo modello contiene errori: correggetelo prima di usarlo.
template-error-unknown = Art. { $article }: la variabile «{ $name }» non esiste.
template-error-unclosed = Art. { $article }: una variabile non è chiusa da {"}}"}.
template-error-block = Art. { $article }: «{ $name }» deve stare da sola nel suo paragrafo.
template-error-condition = Art. { $article }: la condizione «{ $condition }» non è riconosciuta.
template-error-empty = Il modello deve contenere almeno un articolo.
do-submit_for_approval = Trasmetti per approvazione (versione finale)
do-return_to_co_design = Rinvia alla co-progettazione
do-record_executive_decision = Registra il parere della Giunta
do-approve = Approva il testo
reason-record_executive_decision = Riferimento del parere della Giunta (delibera, data)
approval-details = Versione { $number } approvata, impronta SHA-256 { $sha256 }

## Co-design drafting: versions, comparison, editor, comments
versions-title = Versioni del testo
versions-caption = Ogni salvataggio del testo è una versione, con chi l’ha fatta e perché.
versions-number = Versione
versions-date = Data
versions-author = Di
versions-note = Motivo
versions-sha256 = Impronta SHA-256
versions-all = Tutte le versioni del testo
versions-last-change = Vedi l’ultima modifica
versions-edit = Modifica la bozza del patto
versions-compare-from = Confronta la versione
versions-compare-to = con la versione
versions-compare-submit = Confronta
version-title = Versione { $number }
version-why = Motivo: { $note }
version-pdf = Scarica questo testo in PDF
version-comments = Commenti sull’intero testo
version-comment-article = Commenta questo articolo
version-comment-whole = Commenta l’intero testo
version-comment-submit = Pubblica il commento
compare-title = Confronto tra due versioni
compare-caption = Dalla versione { $from } alla versione { $to }
compare-summary = { $count ->
    [0] Nessun passaggio cambia.
    [one] Cambia un passaggio.
   *[other] Cambiano { $count } passaggi.
}
compare-legend = Le parole tolte sono barrate, quelle aggiunte sottolineate.
compare-nothing = (niente in questo punto)
edit-title = Modifica la bozza del patto
edit-hint = Modificate gli articoli uno per uno: riscriveteli, cambiatene l’ordine con il numero di posizione, toglietene o aggiungetene uno. Il salvataggio crea una nuova versione; gli altri partecipanti ne sono avvisati.
edit-pact-title = Titolo del patto
edit-article = Articolo { $number }
edit-heading = Titolo dell’articolo
edit-body = Testo
edit-body-hint = Separate i paragrafi con una riga vuota.
edit-position = Posizione
edit-remove = Togli questo articolo
edit-new-article = Nuovo articolo
edit-new-hint = Lasciate vuoto se non aggiungete un articolo. Senza posizione, va in fondo.
edit-note = Motivo della modifica
edit-save = Salva una nuova versione
edit-cancel = Annulla
edit-conflict-title = Il testo è cambiato mentre lo modificavate
edit-conflict-body = { $name } ha salvato nel frattempo la versione { $number } («{ $note }»). Dal vostro lato non è stato salvato nulla e il vostro testo è conservato qui sotto. Guardate la sua modifica, riportatela nel vostro testo se serve, poi salvate di nuovo.
edit-conflict-caption = La modifica salvata nel frattempo
edit-error-heading = Date un titolo all’articolo (o spuntate «Togli questo articolo»).
edit-error-too-long = Questo testo è troppo lungo.
edit-error-title = Date un titolo al patto.
edit-error-note = Dite in poche parole perché modificate il testo.
edit-error-no-article = Il testo deve avere almeno un articolo.
edit-error-too-many = Il testo ha troppi articoli.
edit-error-unchanged = Il testo è identico alla versione attuale: non c’è niente da salvare.
edit-error-position = La posizione deve essere un numero intero (1 per il primo articolo).
error-not-in-co-design = Il testo si può modificare o commentare solo durante la co-progettazione.
mail-draft-subject = La bozza del patto «{ $title }» è cambiata
mail-draft-body = { $name } ha modificato o commentato la bozza del patto:
mail-draft-action = Vedi il testo

## Attachments
attachment-input = Allega file (facoltativo)
attachment-hint = PDF, immagini (PNG, JPEG, WebP) o documenti d’ufficio (ODT, ODS, DOCX, XLSX); al massimo { $megabytes } MB in tutto.
attachment-sha256 = Impronta SHA-256:
attachment-error-empty = Il file «{ $name }» è vuoto.
attachment-error-too-large = Il file «{ $name }» è troppo grande.
attachment-error-type = Il file «{ $name }» non è di un tipo accettato: inviate un PDF, un’immagine (PNG, JPEG, WebP) o un documento d’ufficio (ODT, ODS, DOCX, XLSX).
attachment-error-none = Scegliete almeno un file da inviare.
attachment-error-too-many = Una proposta può avere al massimo { $max } file allegati.
error-upload-too-large = L’invio supera { $megabytes } MB: inviate meno file alla volta, o file più leggeri.
size-kb = { $value } kB
size-mb = { $value } MB
attachments-title = Allegati della proposta
attachments-back = Torna alla proposta
attachments-none = Ancora nessun file allegato.
attachments-remove-title = Togli un file
attachments-remove = Togli «{ $name }»
attachments-add = Aggiungi file
attachments-send = Invia i file
proposal-attachments = Allegati (planimetrie, foto, preventivi, statuto…)
proposal-attachments-later = Potrete allegare file dopo aver salvato la bozza.
proposal-answer-title = Rispondi alla richiesta di documenti
proposal-answer-request = Che cosa chiede il Comune
pact-documents = Allegati
pact-documents-hint = File allegati alla proposta e alle risposte; visibili solo ai proponenti e al personale del Comune.
comment-back = Torna al patto

## Co-proponents
proposal-co-proponents = Co-proponenti (facoltativo)
proposal-co-proponents-hint = Gli indirizzi e-mail delle persone che propongono il progetto con voi, separati da virgole o righe. Ognuna riceve un invito da confermare quando inviate la proposta.
error-co-proponents = Uno degli indirizzi dei co-proponenti non è un indirizzo e-mail valido.
error-co-proponents-many = Potete invitare al massimo 10 co-proponenti alla volta.
invitations-title = Co-proponenti invitati
invitations-email = Invita un co-proponente (indirizzo e-mail)
invitations-from-comment = Invita come co-proponente
invitation-from-comment = la persona che ha chiesto di unirsi al progetto
invitations-send = Invia l’invito
invitation-state-pending = invito inviato, senza risposta
invitation-state-accepted = si è unito al progetto
invitation-state-declined = ha rifiutato
invitation-title = Invito a proporre un progetto
invitation-body = Siete invitati a proporre insieme ai suoi autori una proposta di patto di collaborazione rivolta a { $city }:
invitation-sign-in = Accedete con l’indirizzo { $email } per rispondere, oppure create un account con questo indirizzo e tornate dal link ricevuto.
invitation-wrong-account = Questo invito è stato inviato a un indirizzo diverso da quello del vostro account: accedete con l’indirizzo invitato per rispondere.
invitation-closed = Questo invito non è più aperto: ha già avuto una risposta, è scaduto, oppure il testo del patto è definitivo.
invitation-as = Mi unisco al progetto
invitation-accept = Mi unisco al progetto
invitation-decline = Rifiuto
event-co_proponent_joined = Un co-proponente si è unito al progetto
mail-greeting-anonymous = Buongiorno,
mail-invitation-subject = Invito a proporre il progetto «{ $title }»
mail-invitation-body = { $name } vi invita a proporre con lei o lui il progetto di patto di collaborazione «{ $title }», rivolto a { $city }.
mail-invitation-how = Per accettare o rifiutare, aprite il link qui sotto e accedete con questo indirizzo (o create un account con esso). Il link vale 30 giorni.
mail-invitation-action = Rispondi all’invito
mail-invitation-answered-subject = Risposta al vostro invito per «{ $title }»
mail-invitation-accepted = { $name } ha accettato di proporre il progetto con voi.
mail-invitation-declined = { $name } ha rifiutato il vostro invito a proporre il progetto.
mail-invitation-answered-action = Vedi il patto

## Following pacts, daily digest
follow-start = Segui questo patto
follow-stop = Non seguire più questo patto
follow-hint = Un riepilogo quotidiano per e-mail di ciò che accade al patto.
mail-digest-subject = { $count ->
    [one] Novità su un patto che seguite
   *[other] Novità su { $count } patti che seguite
}
mail-digest-intro = Ecco che cosa è successo dal vostro ultimo riepilogo.
mail-digest-pact = «{ $title }»: { $what }.
mail-digest-comments = { $count ->
    [one] una nuova osservazione
   *[other] { $count } nuove osservazioni
}
mail-digest-action = Vedi il patto

## Calls for proposals, finding a commons
calls-title = Avvisi pubblici
calls-intro = Il Comune invita cittadini e associazioni a proporre un patto per questi luoghi, entro la data indicata.
calls-open = Avvisi pubblici aperti
calls-none = Nessun avviso pubblico aperto per ora.
calls-new = Pubblica un avviso
call-title = Titolo dell’avviso
call-description = Che cosa cerca il Comune
call-description-hint = Gli usi desiderati, le condizioni, che cosa può offrire il Comune. Paragrafi separati da una riga vuota.
call-closes-on = Ultimo giorno per proporre
call-closes = Proposte fino al { $date }
call-publish = Pubblica l’avviso
call-propose = Proponi un patto per questo avviso
call-close = Chiudi l’avviso oggi
call-closed = chiuso
call-error-commons = Scegliete un luogo dell’elenco del Comune.
call-error-title = Date un titolo all’avviso.
call-error-date = Indicate l’ultimo giorno per proporre (AAAA-MM-GG).
call-error-past = L’ultimo giorno non può essere già passato.
call-error-closed = Questo avviso è chiuso: la proposta non può più rispondervi. Contattate il Comune per il seguito.
proposal-call = In risposta all’avviso pubblico
proposal-commons-search = Trova un luogo
proposal-commons-search-hint = Qualche parola del nome o dell’indirizzo; l’elenco qui sotto tiene solo i luoghi che le contengono. La bozza viene salvata.
proposal-commons-search-submit = Cerca
proposal-commons-found = { $count ->
    [0] Nessun luogo corrisponde: descrivetelo qui sotto come nuovo luogo.
    [one] Un luogo corrisponde.
   *[other] { $count } luoghi corrispondono.
}

## The agreement PDF
pdf-number = Patto n. { $number }
pdf-parties = Le parti
pdf-represented-by = rappresentata da { $name }
pdf-commons = Il bene comune
pdf-signatures = Firme
pdf-signed-at = Firmato il { $at }
pdf-identified = Identificazione: { $method }
pdf-ip = Indirizzo di rete: { $ip }
pdf-integrity = Integrità e verifica
pdf-sha256 = Impronta SHA-256 del testo firmato:
pdf-code = Codice di verifica: { $code }
pdf-verify = Verifica questo patto, la sua autenticità e la sua situazione oggi:
pdf-history = Storia del patto
pdf-page = Pagina { $page } / { $pages }

## Verification
check-title = Verifica un patto
check-intro = Inserite il codice di verifica stampato su un patto, o l’impronta SHA-256 del suo testo: Pacta dice di quale patto e di quale versione si tratta, e a che punto è oggi il patto.
check-hash = Codice di verifica o impronta SHA-256
check-hash-hint = Da 8 a 64 caratteri esadecimali; spazi e trattini sono ignorati.
check-submit = Verifica
check-none = Nessun testo di patto registrato da Pacta ha questa impronta.
check-version = Versione { $version } di { $versions } del testo, del { $date }.
check-status = Situazione oggi:
check-error-hash = Questo non è un codice di verifica: inserite da 8 a 64 caratteri esadecimali (0-9, A-F).
nav-verify = Verifica un patto
check-file = Oppure caricate il PDF di un patto
check-file-hint = Pacta lo confronta, byte per byte, con il documento che rilascia per quel patto e quella versione.
check-file-submit = Verifica il file
check-file-not-issued = Questo file non è un patto rilasciato da Pacta.
check-file-identical = Questo file è identico, byte per byte, al patto che Pacta rilascia (versione { $version }):
check-file-altered = Questo file si presenta come la versione { $version } di un patto rilasciato da Pacta ma ne differisce: è stato modificato. Il patto:
check-error-file = Scegliete un file PDF da verificare.
check-again = Verifica altro

## Signatures
signing-order-parties_then_city = Tutte le parti insieme, poi il Comune
signing-order-sequential = Una dopo l’altra, il Comune per ultimo
signature-state-pending = In attesa
signature-state-signed = Firmato
signature-state-declined = Rifiutato
signature-state-cancelled = Annullato
signature-method-email_code = codice monouso inviato per e-mail
signature-method-session = accesso al proprio account Pacta
signature-representative-of = Rappresentante di { $party }
event-signatures_requested = Testo inviato per la firma
event-signed = Firma
event-signature_declined = Firma rifiutata
event-signature_cancelled = Richiesta di firma annullata
mail-sign-subject = Patto da firmare: «{ $title }»
mail-sign-reminder-subject = Promemoria: il patto «{ $title }» attende la sua firma
mail-sign-body = Il patto di collaborazione «{ $title }» con { $city } è pronto per la firma. Lei firma per: { $party }.
mail-sign-hash = Prima di firmare vedrà il testo esatto e la sua impronta SHA-256: { $sha256 }
mail-sign-expiry = Questo link personale si usa una sola volta ed è valido fino al { $date }. Non lo inoltri.
mail-sign-action = Leggere e firmare il patto
mail-sign-code-subject = Il suo codice di firma: { $code }
mail-sign-code-body = Per confermare la firma del patto «{ $title }», inserisca il codice { $code }. È valido per { $minutes } minuti.
mail-sign-code-ignore = Se non ha chiesto questo codice, ignori il messaggio: nessuno può firmare al suo posto senza di esso.
mail-sign-declined-subject = Firma rifiutata per «{ $title }»
mail-sign-declined-body = { $name } ha rifiutato di firmare per { $party }, per questo motivo:
mail-agreement-subject = Patto n. { $number } firmato: «{ $title }»
mail-agreement-body = Tutte le parti hanno firmato: il patto è in vigore. Il documento firmato si scarica dalla pagina del patto, dove chiunque può anche verificarlo.
mail-agreement-action = Vedere il patto e scaricare l’accordo
sign-title = Firmare il patto «{ $title }»
sign-lead = { $city }, patto n. { $number }. Lei firma per: { $party }.
sign-see-pact = Vedere la pagina del patto
sign-text-title = Il testo che firma
sign-version = Versione { $number } del testo
sign-download-pdf = Scaricare questo testo in PDF
sign-form-title = Firmare
sign-code-explain = Per confermare la sua identità, Pacta invia un codice monouso al suo indirizzo e-mail.
sign-code-send = Inviatemi un codice per e-mail
sign-code-sent = Un codice è stato inviato al suo indirizzo. È valido per 15 minuti.
sign-code = Codice ricevuto per e-mail
sign-signed-in = Ha effettuato l’accesso al suo account: basta inserire il nome e confermare.
sign-full-name = Nome e cognome
sign-full-name-hint = Come compariranno nella pagina delle firme.
sign-consent = Ho letto la versione { $number } del testo qui sopra (impronta SHA-256 { $sha256 }) e la firmo per: { $party }.
sign-submit = Firmare il patto
sign-decline-title = Rifiutare di firmare
sign-decline-reason = Perché rifiuta di firmare?
sign-decline-hint = La risposta è trasmessa agli uffici del Comune e agli altri firmatari.
sign-decline-submit = Rifiutare di firmare
sign-done = Ha firmato il { $date }. Grazie.
sign-complete = Tutte le parti hanno firmato: il patto è in vigore e l’accordo firmato si scarica dalla sua pagina.
sign-declined = Ha rifiutato di firmare il { $date }. Gli uffici del Comune sono stati informati.
sign-cancelled = Questa richiesta di firma è stata annullata.
sign-wait-turn = Altri firmatari devono firmare prima di lei: riceverà un’e-mail quando sarà il suo turno.
sign-link-expired = Questo link di firma è scaduto o è stato sostituito da uno più recente. Usi l’ultima e-mail ricevuta, oppure acceda e apra la pagina del patto.
sign-error-not-awaiting = Questo patto non attende firme.
sign-error-already-sent = Questa versione è già stata inviata per la firma.
sign-error-no-signatory = Nessuno può firmare per «{ $party }»: aggiungete un rappresentante con un account Pacta.
sign-error-not-signing-officer = Scegliete un funzionario abilitato a firmare per il Comune.
sign-error-not-your-turn = Altri firmatari devono firmare prima.
sign-error-answered = Questa richiesta di firma ha già avuto risposta.
sign-error-text-changed = Il testo è cambiato dall’invio per la firma: questa richiesta non vale più.
sign-error-last-of-party = È l’unica persona che può firmare per questa parte: la richiesta non può essere annullata.
sign-error-start-date = Inserite la data di inizio nel formato AAAA-MM-GG, oppure lasciatela vuota.
sign-error-name = Inserisca nome e cognome.
sign-error-consent = Spunti la frase di consenso per firmare.
sign-error-code = Il codice non è corretto o è scaduto: ne chieda uno nuovo.
sign-error-reason = Spieghi in poche parole perché rifiuta di firmare.
signatures-title = Firme
signatures-sign-now = Leggere e firmare il patto
signatures-download-full = Scaricare l’accordo firmato (PDF)
signatures-download-public = Scaricare l’edizione pubblica (PDF)
seal-sealed = sigillato dal Comune
seal-pending = sigillo in corso
seal-failed = il sigillo non è riuscito (nuovo tentativo automatico)
signatures-round = Firme della versione { $number }
signatures-who = Firmatario
signatures-for = Per
signatures-state = Stato
signatures-actions = Azioni
signatures-sent = link inviato il { $date }, { $count } promemoria
signatures-not-yet = non è ancora il suo turno
signatures-resend = Reinviare il link
signatures-cancel = Annullare questa richiesta
signatures-no-signing-officer = Nessun funzionario del Comune è abilitato a firmare: un amministratore deve designarne uno.
signatures-send-explain = Ogni rappresentante delle parti, poi il funzionario scelto per il Comune, riceverà un link personale per firmare questa versione del testo.
signatures-signer = Firma per il Comune
signatures-start = Data di inizio concordata
signatures-start-hint = Facoltativa. Il patto inizia in questa data, o il giorno dell’ultima firma se è successivo.
signatures-send = Inviare per la firma
check-file-edition-full = Questa impronta è quella del file dell’accordo firmato (edizione completa), come Pacta lo ha rilasciato il { $date }.
check-file-edition-public = Questa impronta è quella del file dell’accordo firmato (edizione pubblica), come Pacta lo ha rilasciato il { $date }.
check-file-sealed = Questo file porta il sigillo elettronico del Comune.
check-seal-self-signed = Il Comune sigilla i suoi accordi con un certificato creato da Pacta stesso (autofirmato), in mancanza di un certificato configurato: i lettori PDF mostrano il sigillo come valido ma il suo autore come sconosciuto. Confrontate l’impronta del certificato:
check-seal-city = Il Comune sigilla i suoi accordi con il proprio certificato: { $subject }.
check-seal-fingerprint = Impronta SHA-256 del certificato:
seal-title = Il sigillo del Comune
seal-intro = Pacta sigilla ogni accordo che rilascia con il certificato del Comune (firma PAdES): qualsiasi lettore PDF mostra allora che il documento proviene dal Comune e non è stato modificato.
seal-self-signed = Nessun certificato è stato configurato: Pacta ha creato un certificato autofirmato. Il sigillo è valido, ma i lettori PDF non ne riconoscono l’autore. Configurate qui sotto il certificato del Comune.
seal-subject = Titolare del certificato
seal-fingerprint = Impronta SHA-256
seal-valid-until = Valido fino al
seal-configure = Configurare il certificato del Comune
seal-file = File PKCS#12 (.p12 o .pfx)
seal-file-hint = Contiene il certificato del Comune e la sua chiave privata; vale per gli accordi rilasciati da ora in poi.
seal-password = Password del file
seal-submit = Salvare il certificato
seal-saved = Il certificato del Comune è salvato.
seal-back = Torna a { $city }
seal-error-certificate = Questo file non è un certificato PKCS#12 utilizzabile con questa password (servono una chiave RSA o ECDSA e il certificato).
settings-signatures = Firme
settings-signing-order = Ordine delle firme
settings-signing-link-days = Validità di un link di firma (giorni, da 1 a 90)
settings-reminder-days = Promemoria dopo (giorni senza firma, da 1 a 60)
settings-reminder-cap = Numero massimo di promemoria (da 0 a 10)
error-signing-order = Scegliete un ordine di firma dall’elenco.
error-reminder-cap = Inserite un numero di promemoria tra 0 e 10.
error-link-days = Inserite un numero di giorni tra 1 e 90.
error-reminder-days = Inserite un numero di giorni tra 1 e 60.
account-to-sign = Patti che attendono la sua firma

## Pacts in force
do-suspend = Sospendere il patto
do-resume = Revocare la sospensione
do-terminate = Porre fine al patto
do-close = Archiviare il patto
reason-suspend = Motivi della sospensione
reason-terminate = Motivi della fine del patto
termination-kind = Natura della cessazione
termination-withdrawal = Recesso delle parti
termination-breach = Inadempimento degli impegni
termination-public_interest = Revoca per motivi di interesse pubblico
suspend-until = Sospeso fino al (incluso)
suspend-until-hint = Facoltativo: la sospensione cessa da sé il giorno dopo. Senza data, finché un funzionario non la revoca.
act-reference = Atto amministrativo
act-reference-hint = Facoltativo: determina, decisione, delibera (numero e data).
act-reference-text = atto: { $act }
error-until-date = Inserite la data di fine sospensione nel formato AAAA-MM-GG, oppure lasciatela vuota.
error-termination-kind = Scegliete la natura della cessazione, dalla pagina del patto.
mail-expiry-subject = Il patto «{ $title }» termina il { $date }
mail-expiry-body = Il patto di collaborazione n. { $number } «{ $title }» termina il { $date }, tra { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}. Per proseguirlo, chiedetene il rinnovo dalla sua pagina.
mail-expired-subject = Il patto «{ $title }» è terminato
mail-expired-body = Il patto di collaborazione n. { $number } «{ $title }» è giunto a scadenza. Grazie per tutto ciò che è stato fatto insieme.
mail-suspended-subject = Il patto «{ $title }» è sospeso
mail-suspended-body = Il Comune ha sospeso il patto di collaborazione n. { $number } «{ $title }» { $until ->
    [none] fino a nuovo avviso
   *[other] fino al { $until } incluso
}, per i seguenti motivi:
mail-resumed-subject = Il patto «{ $title }» riprende
mail-resumed-body = La sospensione del patto di collaborazione n. { $number } «{ $title }» è revocata: il patto è di nuovo in vigore.
mail-terminated-subject = Fine del patto «{ $title }»
mail-terminated-body = Il patto di collaborazione n. { $number } «{ $title }» è cessato, per i seguenti motivi:
jobs-title = Attività di fondo
jobs-intro = Pacta svolge da sé il lavoro ordinario, ogni pochi secondi. Un’attività in errore viene ripresa sempre più tardi (1, 2, 4… minuti, al massimo un’ora); il suo errore compare qui.
jobs-job = Attività
jobs-last-run = Ultima esecuzione
jobs-outcome = Esito
jobs-never = Non ancora eseguita
jobs-done = Riuscita ({ $count } elemento/i trattato/i)
jobs-failed = In errore ({ $count } volte di seguito); prossimo tentativo il { $next }
job-close_comment_periods = Chiusura dei periodi di osservazioni
job-expire_pacts = Patti giunti a scadenza
job-resume_suspensions = Fine delle sospensioni
job-expiry_notices = Avvisi di scadenza
job-signature_reminders = Promemoria di firma
job-seal_agreements = Sigillo degli accordi
job-digests = Riepiloghi giornalieri
job-outbox = Invio delle e-mail
dashboard-title = Cruscotto
dashboard-ending = Patti che terminano nei prossimi { $days } giorni
dashboard-review = Proposte la cui istruttoria scade entro 7 giorni o è in ritardo
dashboard-inbox = Aprire le proposte da istruire
dashboard-approval = Testi in attesa di approvazione
dashboard-signatures = Patti in attesa di firme ({ $pending } firma/e attesa/e)
dashboard-suspended = Patti sospesi
dashboard-seal = Accordi il cui sigillo non è riuscito
dashboard-imported = Patti importati da completare
dashboard-imported-hint = Il registro di provenienza non dava queste informazioni; nulla è stato inventato. Prima i patti in corso o in vigore.
import-title = Patto importato
import-origin = Importato dal registro «{ $source }» (riferimento { $reference }) il { $date }.
import-missing = Informazioni che il registro di provenienza non dava:
import-complete = Completa
import-complete-title = Completare un patto importato
import-complete-hint = Compilate ciò che sapete; ciò che lasciate vuoto resta nell’elenco da completare.
import-nothing-missing = A questo patto non manca nulla.
import-start-date = Primo giorno in vigore
import-end-date = Ultimo giorno in vigore
import-latitude = Latitudine (gradi decimali)
import-longitude = Longitudine (gradi decimali)
import-save = Salva
import-not-now = — (più tardi)
error-import-date = Scrivete una data, per esempio 2025-03-31.
error-import-text = Questo testo è troppo lungo.
error-import-both-dates = Indicate il primo e l’ultimo giorno.
error-import-coordinates = Scrivete gradi decimali, per esempio 38.1157.
error-import-proponent-kind = Scegliete il tipo di proponente per registrarlo.
gap-submitted_on = data di presentazione
gap-summary = sintesi
gap-kind = tipo di patto (presunto)
gap-intensity = intensità (presunta)
gap-duration = durata
gap-dates = date di inizio e fine
gap-category = categoria del bene comune
gap-proponent_kind = tipo di proponente
gap-proponent_name = nome del proponente
gap-coordinates = posizione del bene comune
gap-commons = bene comune (porta il titolo del patto)
event-imported = Patto importato
event-import_act = Atto citato dal registro di provenienza
event-import_signed = Firma annotata dal registro di provenienza
event-import_note = Nota del registro di provenienza
event-import_proponent = Proponente indicato dal registro di provenienza, senza il tipo
event-import_document = Documento del registro di provenienza
event-import_completed = Informazioni importate completate
dashboard-none = Niente per ora.
dashboard-more = … e altri { $count }.

## Reports
report-frequency-yearly = Un rapporto all’anno (e alla fine)
report-frequency-at_end = Un rapporto alla fine del patto
report-state-submitted = Trasmesso, in attesa del funzionario
report-state-accepted = Accettato
report-state-changes_requested = Modifiche richieste
reports-title = Rapporti di attività
report-frequency = Frequenza dei rapporti
report-new = Trasmettere un rapporto di attività
report-edit = Modificare il rapporto
report-title = Rapporto di attività
report-period = Periodo coperto
report-period-start = Dal
report-period-end = Al
report-activities = Attività ed eventi
report-activities-hint = Cosa è stato fatto, quando, con chi (senza dati personali: il rapporto accettato è pubblico).
report-places = Luoghi
report-beneficiaries = Numero di beneficiari
report-volunteers = Numero di volontari
report-hours = Ore donate
report-resources-parties = Risorse messe a disposizione dalle parti
report-resources-city = Risorse messe a disposizione dal Comune
report-problems = Difficoltà incontrate
report-photos = Foto
report-photos-hint = Fino a { $count } foto JPEG, PNG o WebP ({ $mb } MB in tutto); vengono ridotte e private dei metadati, compreso il luogo dello scatto.
report-submit = Trasmettere il rapporto
report-changes-asked = Il funzionario chiede le seguenti modifiche:
report-heading = Dal { $start } al { $end }
report-figure-beneficiaries = { $count } beneficiario/i
report-figure-volunteers = { $count } volontario/i
report-figure-hours = { $count } ora/e donate
report-photo-alt = Foto allegata al rapporto
report-note = Modifiche richieste (se ne chiedete)
report-accept = Accettare il rapporto
report-ask-changes = Chiedere modifiche
report-error-date = Inserite una data nel formato AAAA-MM-GG.
report-error-period = Il periodo deve iniziare prima di finire e cadere durante il patto.
report-error-text = Descrivete le attività (restando nella lunghezza consentita).
report-error-figure = Inserite un numero intero positivo.
report-error-photos = Allegate al massimo 10 foto JPEG, PNG o WebP leggibili.
report-error-not-party = Solo le parti del patto ne trasmettono i rapporti.
report-error-not-now = Questo rapporto non può essere trasmesso o modificato ora.
report-error-note = Dite quali modifiche chiedete.
event-report_submitted = Rapporto di attività trasmesso
event-report_accepted = Rapporto di attività accettato
event-report_changes_requested = Modifiche richieste a un rapporto
figure-volunteers = Volontari (rapporti accettati)
figure-hours = Ore donate (rapporti accettati)
dashboard-reports-waiting = Rapporti da esaminare
dashboard-reports-overdue = Rapporti in ritardo
job-overdue_reports = Rapporti in ritardo
mail-report-overdue-subject = Rapporto di attività atteso per «{ $title }»
mail-report-overdue-body = Il rapporto di attività del patto n. { $number } «{ $title }» per il periodo dal { $start } al { $end } non è ancora stato trasmesso. Potete trasmetterlo dalla pagina del patto.
mail-report-accepted-subject = Rapporto accettato per «{ $title }»
mail-report-accepted-body = Il rapporto di attività del patto n. { $number } «{ $title }» ({ $period }) è accettato e pubblicato. Grazie!
mail-report-changes-subject = Modifiche richieste al rapporto di «{ $title }»
mail-report-changes-body = Il funzionario del Comune chiede modifiche al rapporto di attività del patto n. { $number } «{ $title }» ({ $period }):

## Disputes
resolution-continued = Il patto prosegue
resolution-amended = Il patto sarà modificato (nuovo testo e nuove firme)
resolution-terminated = Si pone fine al patto
disputes-title = Controversie
dispute-by-city = Aperta dal Comune
dispute-by-party = Aperta da una parte
dispute-conciliation = Conciliazione del
dispute-subject = Oggetto della controversia
dispute-subject-hint = Visibile solo alle parti e agli uffici del Comune. Seguirà un tentativo di conciliazione.
dispute-open = Aprire una controversia
dispute-conciliation-on = Data dell’incontro di conciliazione
dispute-participants = Partecipanti
dispute-notes = Esito dell’incontro
dispute-record = Registrare la conciliazione
dispute-resolution = Esito
dispute-note = Decisione e motivi
dispute-close = Chiudere la controversia
dispute-error-subject = Indicate in poche parole l’oggetto della controversia.
dispute-error-not-party = Solo le parti del patto e il Comune aprono una controversia.
dispute-error-not-now = Una controversia si apre su un patto in vigore.
dispute-error-open = Una controversia è già aperta su questo patto.
dispute-error-date = Inserite la data della conciliazione nel formato AAAA-MM-GG.
dispute-error-conciliation = Indicate i partecipanti e l’esito della conciliazione.
dispute-error-closed = Questa controversia è già chiusa.
dispute-error-note = Indicate la decisione e i motivi.
event-dispute_opened = Controversia aperta
event-conciliation_recorded = Conciliazione svolta
event-dispute_closed = Controversia chiusa
mail-dispute-opened-subject = Controversia sul patto «{ $title }»
mail-dispute-opened-body = { $by ->
    [city] Il Comune
   *[party] Una parte
} ha aperto una controversia sul patto di collaborazione n. { $number } «{ $title }». Seguirà un tentativo di conciliazione. Oggetto:
mail-dispute-closed-subject = Controversia chiusa sul patto «{ $title }»
mail-dispute-closed-body = La controversia sul patto di collaborazione n. { $number } «{ $title }» è chiusa: { $resolution ->
    [continued] il patto prosegue.
    [amended] il patto sarà modificato, con un nuovo testo da firmare.
   *[other] si pone fine al patto.
}

## Renewals
settings-renewals = Rinnovi
settings-tacit-renewal = Rinnovare tacitamente i patti ordinari
settings-tacit-renewal-hint = Alla scadenza, un patto ordinario è rinnovato per la stessa durata, salvo opposizione di una parte o del Comune entro il termine. I patti complessi si rinnovano sempre su richiesta.
settings-objection-days = Termine per l’opposizione (giorni prima della scadenza)
error-objection-days = Inserisci un numero di giorni tra 1 e 365.
renewal-title = Rinnovo
renewal-of = Rinnovo del patto
renewal-last-report = Ultima relazione di attività: dal { $start } al { $end }
renewal-no-report = Nessuna relazione di attività è stata trasmessa durante il periodo precedente.
renewal-refused = Il rinnovo è stato respinto:
renewal-withdrawn = La richiesta di rinnovo è stata ritirata:
renewal-done = Rinnovato a partire dal { $date }:
renewal-under-way = Rinnovo in corso:
renewal-tacit = Questo patto sarà rinnovato tacitamente per la stessa durata a partire dal { $start }, salvo opposizione di una parte o del Comune entro il { $deadline }.
renewal-tacit-objected = È stata presentata un’opposizione al rinnovo tacito: il patto terminerà alla scadenza, salvo richiesta di rinnovo.
renewal-objection = Motivi dell’opposizione
renewal-objection-hint = Inviati alle parti e al funzionario del Comune; la cronologia pubblica indica solo che è stata presentata un’opposizione.
renewal-object = Opporsi al rinnovo tacito
renewal-opens = Il rinnovo potrà essere richiesto a partire dal { $date }.
renewal-ask-explain = Il rinnovo riprende il testo in vigore e le stesse parti; il nuovo periodo inizia il giorno dopo la scadenza di questo. Il funzionario del Comune lo accetta, chiede modifiche o lo respinge; poi viene firmato di nuovo.
renewal-duration = Durata del nuovo periodo (mesi)
renewal-changes = Modifiche desiderate
renewal-changes-hint = Facoltativo: cosa vorreste cambiare per il nuovo periodo.
renewal-ask = Chiedere il rinnovo
renewal-decision = Risposta alla richiesta di rinnovo
renewal-accept = Accettare (verso l’approvazione e le firme)
renewal-ask-changes = Chiedere modifiche (co-progettazione)
renewal-refuse = Respingere
renewal-note = Modifiche richieste o motivi del rifiuto
renewal-note-hint = Obbligatorio per chiedere modifiche o respingere; inviato alle parti.
renewal-answer = Rispondere
renewal-start-hint = È un rinnovo: il nuovo periodo inizia il giorno dopo la scadenza del precedente, il { $date }. Cambia questa data solo deliberatamente.
renewal-confirm-start = Confermo una data di inizio che lascia un intervallo o una sovrapposizione con il periodo precedente.
renewal-error-not-in-force = Solo un patto in vigore può essere rinnovato.
renewal-error-not-yet = Il rinnovo potrà essere richiesto a partire dal { $date }.
renewal-error-already = Questo periodo del patto ha già un rinnovo.
renewal-error-not-tacit = Questo patto non si rinnova tacitamente.
renewal-error-objections-closed = Il termine per opporsi al rinnovo tacito è scaduto il { $date }.
renewal-error-objected = È già stata presentata un’opposizione.
renewal-error-gap = Questa data lascerebbe { $days } giorno/i senza patto tra i due periodi. Spunta la casella di conferma se è voluto.
renewal-error-overlap = Questa data sovrapporrebbe i due periodi di { $days } giorno/i. Spunta la casella di conferma se è voluto.
renewal-error-duration = Inserisci una durata tra 1 e 120 mesi.
renewal-error-reason = Indica i motivi dell’opposizione.
renewal-error-not-party = Solo le parti del patto e il Comune ne chiedono il rinnovo o vi si oppongono.
event-renewal_requested = Rinnovo richiesto
event-renewed_tacitly = Rinnovato tacitamente
event-renewal_changes_asked = Modifiche richieste per il rinnovo
event-tacit_renewal_objected = Opposizione al rinnovo tacito
mail-tacit-subject = Il patto «{ $title }» scade il { $date }
mail-tacit-body = Il patto di collaborazione n. { $number } «{ $title }» scade il { $date }. Sarà rinnovato tacitamente per la stessa durata { $open ->
    [yes] salvo opposizione di una parte o del Comune entro il { $deadline }, dalla pagina del patto.
   *[other] : il termine per l’opposizione è scaduto il { $deadline }.
}
mail-renewal-requested-subject = Rinnovo richiesto per «{ $title }»
mail-renewal-requested-body = È stato chiesto il rinnovo del patto di collaborazione n. { $number } «{ $title }»: il nuovo periodo ha il numero { $renewal } e attende la risposta del Comune.
mail-renewal-accepted-subject = Rinnovo accettato: «{ $title }»
mail-renewal-accepted-body = Il Comune ha accettato il rinnovo n. { $number } «{ $title }». Sarà approvato e poi inviato alla firma.
mail-renewal-changes-subject = Modifiche richieste per il rinnovo di «{ $title }»
mail-renewal-changes-body = Il Comune chiede modifiche al rinnovo n. { $number } «{ $title }», da elaborare insieme sulla pagina del patto:
mail-renewal-refused-subject = Rinnovo respinto: «{ $title }»
mail-renewal-refused-body = Il Comune ha respinto il rinnovo n. { $number } «{ $title }», per i seguenti motivi:
mail-renewal-objected-subject = Opposizione al rinnovo tacito di «{ $title }»
mail-renewal-objected-body = È stata presentata un’opposizione al rinnovo tacito del patto di collaborazione n. { $number } «{ $title }»: terminerà alla scadenza, salvo richiesta di rinnovo. Motivi:
mail-renewed-subject = Il patto «{ $title }» è rinnovato
mail-renewed-body = Il patto di collaborazione n. { $number } «{ $title }» è stato rinnovato tacitamente: il nuovo periodo, n. { $renewal }, va dal { $start } al { $end }.
dashboard-renewals = Rinnovi richiesti, in attesa di risposta
mail-digest-notes-subject = Il tuo riepilogo quotidiano Pacta: { $count } novità

## Notifications
nav-notifications = Notifiche
nav-unread = { $count } non lette
notifications-title = Notifiche
notifications-saved = Le tue scelte sono state salvate.
notifications-unread = { $count ->
    [0] Ultime notifiche
   *[other] Ultime notifiche ({ $count } non lette)
}
notifications-none = Nessuna notifica per ora.
notifications-new = Nuova
notifications-choices = Come riceverle
notifications-choices-hint = Per ogni tipo di notifica: per e-mail subito, nel riepilogo quotidiano, o solo qui. Ogni notifica resta nell’elenco qui sopra.
notifications-binding = Le parti del patto la ricevono sempre subito per e-mail.
notification-signature = Firme
notification-suspension = Sospensioni
notification-termination = Cessazioni anticipate
notification-term = Scadenze e rinnovi taciti
notification-renewal = Richieste di rinnovo
notification-report = Relazioni di attività
notification-dispute = Controversie
notification-proposal = Istruttoria e redazione delle proposte
notification-comment = Osservazioni del pubblico
delivery-immediate = Per e-mail subito
delivery-digest = Nel riepilogo quotidiano
delivery-none = Solo in Pacta

## Amendments
amendments-title = Modifiche del patto
amendment-from = Redatta a partire dalla versione { $version }, che resta in vigore fino alla firma della modifica.
amendment-compare = Vedere le modifiche
amendment-reason = Motivo della modifica
amendment-reason-hint = Cosa deve cambiare nel testo e perché. Il testo si redige poi come in co-progettazione, quindi viene approvato e firmato di nuovo; il testo firmato resta in vigore fino ad allora.
amendment-start = Proporre una modifica del testo
amendment-state-drafting = Modifica in corso di redazione
amendment-state-awaiting_approval = Modifica in attesa di approvazione
amendment-state-approved = Modifica approvata, da firmare
amendment-state-signed = Modifica firmata
amendment-state-abandoned = Modifica abbandonata
amendment-step-submit = Sottoporre la modifica all’approvazione
amendment-step-return = Rinviare in redazione
amendment-step-approve = Approvare la modifica
amendment-step-abandon = Abbandonare la modifica
amendment-error-not-in-force = Solo un patto in vigore può essere modificato.
amendment-error-open = Una modifica è già in corso su questo patto.
amendment-error-unchanged = Il testo non è stato modificato: non c’è nulla da approvare.
amendment-error-signing-officer = Solo un funzionario abilitato alla firma approva una modifica.
amendment-error-not-party = Solo le parti del patto e il Comune propongono una modifica.
amendment-error-reason = Indica cosa deve cambiare e perché.
event-amendment_started = Modifica del testo avviata
event-amendment_submitted = Modifica sottoposta all’approvazione
event-amendment_returned = Modifica rinviata in redazione
event-amendment_approved = Modifica approvata
event-amendment_abandoned = Modifica abbandonata
event-amended = Modifica firmata: nuova versione in vigore
mail-amendment-started-subject = Modifica del patto «{ $title }»
mail-amendment-started-body = È stata avviata una modifica del testo del patto di collaborazione n. { $number } «{ $title }»; il testo firmato resta in vigore fino alla firma della modifica. Motivo:
mail-amendment-abandoned-subject = Modifica abbandonata: «{ $title }»
mail-amendment-abandoned-body = La modifica in corso del patto di collaborazione n. { $number } «{ $title }» è stata abbandonata; il testo in vigore non cambia.
notification-amendment = Modifiche del testo
check-in-force = È la versione in vigore.
check-superseded = Questa versione è stata sostituita da una modifica firmata: è in vigore la versione { $version }.
check-draft = Non è la versione in vigore (la versione { $version }): è un progetto di modifica.
check-see-in-force = Vedere la versione in vigore
template-reports-by-duration = Secondo la durata del patto (annuale oltre un anno, altrimenti alla fine)

## Feeds
feed-registry-title = Registro dei patti di collaborazione
feed-city-title = Patti di collaborazione — { $city }
feed-search = Feed Atom di questa ricerca
open-data-title = Dati aperti
open-data-lead = Il registro pubblico dei patti di collaborazione, da scaricare e riutilizzare: un record per patto, le stesse colonne in CSV, JSON e GeoJSON.
open-data-downloads = Download
open-data-dataset = Dataset
open-data-everything = Tutto il registro
open-data-filters = Ogni download accetta i filtri del registro (city, status, kind, intensity, district, category, party, year, from, to, q): il link «Questi risultati» di una ricerca dà i suoi patti.
open-data-table-schema = Schema del file CSV (Table Schema)
open-data-dcat = Descrizione DCAT-AP dei dataset (JSON-LD), per i portali di dati aperti
open-data-columns = Colonne
open-data-privacy = I dati personali dei privati non vi compaiono mai: una persona fisica parte di un patto è contata solo per il suo tipo di parte.
open-data-column = Colonna
open-data-type = Tipo
open-data-meaning = Contenuto
open-data-values = Valori possibili
open-data-optional = (può essere vuota)
open-data-type-string = testo
open-data-type-integer = intero
open-data-type-number = numero decimale
open-data-type-date = data AAAA-MM-GG
open-data-type-datetime = data e ora UTC
open-data-type-boolean = vero o falso
open-data-catalog-title = Pacta — dati aperti dei patti di collaborazione
open-data-dataset-title = Registro dei patti di collaborazione
open-data-dataset-description = I patti di collaborazione tra il comune e i cittadini per la cura dei beni comuni urbani: stato, tipo, bene comune e posizione, parti (organizzazioni), date di vigenza, impronta del testo.
open-data-column-city = Identificativo del comune
open-data-column-city_name = Nome del comune
open-data-column-number = Numero del patto nel comune (con city, l’identificativo del patto)
open-data-column-title = Titolo
open-data-column-summary = Sintesi pubblica
open-data-column-status = Stato
open-data-column-kind = Patto ordinario o complesso
open-data-column-intensity = Intensità della cura
open-data-column-term = Periodo: 0 per il primo, 1 per il primo rinnovo…
open-data-column-submitted_on = Data di presentazione della proposta
open-data-column-start_date = Primo giorno in vigore
open-data-column-end_date = Ultimo giorno in vigore
open-data-column-duration_months = Durata in mesi
open-data-column-commons = Identificativo del bene comune nel comune
open-data-column-commons_name = Nome del bene comune
open-data-column-commons_kind = Natura del bene comune
open-data-column-commons_category = Categoria del bene comune
open-data-column-address = Indirizzo del bene comune
open-data-column-district = Quartiere
open-data-column-latitude = Latitudine del bene comune (WGS 84, gradi decimali)
open-data-column-longitude = Longitudine del bene comune (WGS 84, gradi decimali)
open-data-column-organisations = Nomi delle parti che non sono persone fisiche, comune escluso, separati da «; »
open-data-column-party_kinds = Tipi delle parti, comune escluso, separati da «; »
open-data-column-text_sha256 = SHA-256 del testo in vigore (o dell’ultima versione prima della firma)
open-data-column-url = Pagina del patto
registry-open-data = Scarica questi risultati (CSV, JSON, GeoJSON)
map-title = Mappa dei beni comuni
map-count = { $count ->
    [0] Nessun bene comune da collocare per questa ricerca.
    [one] Un bene comune collocato sulla mappa.
   *[other] { $count } beni comuni collocati sulla mappa.
}
map-unplaced = { $count ->
    [one] Un altro non ha coordinate.
   *[other] Altri { $count } non hanno coordinate.
}
map-registry = I patti di questa ricerca nel registro
map-caption = I beni comuni dei patti trovati, sui quartieri del loro comune; ogni punto porta alla pagina del bene comune.
map-list = I beni comuni della mappa
map-pacts = { $count ->
    [one] un patto
   *[other] { $count } patti
}
registry-map = Vedi questi risultati sulla mappa
feed-city = Feed Atom dei patti del Comune
mail-continued-subject = Il patto «{ $title }» prosegue con il suo rinnovo
mail-continued-body = Il patto di collaborazione n. { $number } «{ $title }» è giunto al termine del suo periodo; prosegue con il rinnovo n. { $renewal }, in vigore dal { $date }.
