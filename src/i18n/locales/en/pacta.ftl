# Pacta — English. Same keys as fr/.

site-name = Pacta
nav-skip = Skip to content
nav-label = Main navigation
nav-home = Home
nav-registry = Pact registry
breadcrumb = Breadcrumb
footer-about = Pacta keeps the public registry of collaboration pacts between cities and their residents.
footer-languages = Language

home-title = The registry of collaboration pacts
home-intro = Residents, associations, schools and businesses look after a square, a garden, a building or a service together with their city: each commitment is a collaboration pact, public, followed from proposal to end.
home-pacts-explained = This registry shows every pact: who carries it, for which commons, what each party commits to, its text and its whole history.
home-figures = In figures
home-cities = Cities in the registry
home-city-in-force = { $count ->
    [0] no pact in force
    [one] { $count } pact in force
   *[other] { $count } pacts in force
}
home-browse = Browse the registry

figure-in-force = Pacts in force
figure-commons = Commons cared for
figure-parties = Committed signatories
figure-total = Pacts and proposals

registry-title = Pact registry
registry-count = { $count ->
    [0] No pact matches.
    [one] { $count } pact
   *[other] { $count } pacts
}
registry-empty = No pact matches these criteria. Try removing one.
registry-json = These results as JSON
filter-q = Search (titles, texts, commons, parties)
filter-city = City
filter-status = Status
filter-kind = Kind of pact
filter-category = Commons category
filter-district = District
filter-year = Year submitted
filter-intensity = Intensity
filter-party = Kind of party
filter-in-force = In force
filter-from = from
filter-to = to
facets-title = Narrow the search
filter-any = All
filter-apply = Filter
filter-reset = Clear filters
pagination = Result pages
pagination-previous = Previous page
pagination-next = Next page
pagination-position = Page { $page } of { $pages }

city-regulation = Regulation applied:
city-see-pacts = See this city’s pacts
city-deadlines = Procedure deadlines
city-review-days = Review of a proposal
city-publication-days = Publication for comments
city-notice-days = Expiry notices (days before the end)
city-publication-complex = { $count ->
    [one] { $count } day for complex pacts
   *[other] { $count } days for complex pacts
}
city-districts = Districts
days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}

pact-number = Pact no.
pact-kind = Kind
pact-intensity = Intensity
pact-commons = Commons
pact-submitted = Proposal submitted on
pact-unknown = not given (imported)
pact-dates = In force
pact-term = from { $start } to { $end }
pact-duration = Proposed duration
pact-comments-close = Comments open until
pact-comments-closed = Comments closed on
pact-executive-decision = City executive’s assessment
pact-renews = Renews pact
pact-renewed-by = Renewed by pact
pact-parties = Parties
pact-text = Text of the pact
pact-version = Version { $number } of { $count }, dated { $date }
pact-sha256 = SHA-256 fingerprint of the text:
history-status-change = (status: { $before } → { $after })
pact-history = History
party-anonymous = A resident

commons-kind = Nature
commons-category = Category
commons-address = Address
commons-district = District
commons-coordinates = Coordinates
commons-pacts = { $count ->
    [0] No pact on this commons
    [one] The pact on this commons
   *[other] The { $count } pacts on this commons
}

error-title-not-found = Page not found
error-title-bad-request = Bad request
error-title-internal = Service error
error-not-found = This page does not exist, or no longer does. Check the address or search the registry.
error-bad-request = This request could not be understood.
error-bad-path = This address is not valid.
error-bad-query = The search parameters are not valid (perhaps a parameter is repeated).
error-unknown-value = “{ $value }” is not a value of the “{ $field }” filter.
error-bad-year = The year must have four digits, for example 2025.
error-bad-page = The page number must be a number from 1 to { $max }.
error-query-too-long = The search text is longer than { $max } characters.
error-bad-date = “{ $field }” must be a date written YYYY-MM-DD, for example 2025-03-31.
error-empty-period = The period ends before it starts.
error-bad-cursor = This cursor was not given by this registry: start the list again from the beginning.
error-api-rate-limit = Too many requests from your address: try again in { $seconds } s.
error-method = This action is not possible at this address.
error-timeout = The answer took too long. Please try again in a moment.
error-unavailable = The service is unavailable for a moment. Please try again shortly.
error-internal = Something went wrong on our side. It has been logged; please try again in a moment.
error-back-home = Back to the home page

date-long = { $day } { $month } { $year }
datetime-utc = { $date } at { $time } UTC
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

status-submitted = Submitted
status-under_review = Under review
status-awaiting_documents = Awaiting documents
status-published_for_comments = Open for comments
status-co_design = In co-design
status-awaiting_approval = Awaiting approval
status-awaiting_signatures = Awaiting signatures
status-active = In force
status-suspended = Suspended
status-expired = Expired
status-terminated = Terminated
status-rejected = Rejected
status-withdrawn = Withdrawn
status-closed = Closed

pact-kind-ordinary = Ordinary pact
pact-kind-complex = Complex pact
intensity-occasional_care = Occasional care
intensity-continuous_care = Continuous care
intensity-shared_management = Shared management
intensity-regeneration = Regeneration
commons-kind-tangible = Tangible commons
commons-kind-intangible = Intangible commons
commons-kind-digital = Digital commons
category-green_space = Green space, garden
category-square_street = Square, street, public space
category-school_grounds = School and surroundings
category-building = Building
category-culture_heritage = Culture and heritage
category-social_inclusion = Solidarity and inclusion
category-environment = Environment
category-sport_play = Sport and play
category-digital_service = Digital service
category-unclassified = Not classified
party-kind-individual = Resident
party-kind-informal_group = Informal group
party-kind-association = Association
party-kind-school = School
party-kind-business = Business
party-kind-foundation = Foundation
party-kind-public_body = Public body
party-role-proponent = Proponent
party-role-co_signatory = Co-signatory
party-role-city = The city

actor-proponent = proponents
actor-officer = reviewing office
actor-signing_officer = signatory for the city
actor-system = Pacta

action-start_review = Review opened
action-request_documents = Documents requested
action-provide_documents = Documents provided
action-publish_for_comments = Published for comments
action-close_comments = Comments closed
action-start_co_design = Co-design opened
action-reject = Proposal rejected
action-submit_for_approval = Sent for approval
action-return_to_co_design = Returned to co-design
action-record_executive_decision = Executive assessment recorded
action-approve = Text approved
action-activate = Pact signed, in force
action-suspend = Pact suspended
action-resume = Suspension lifted
action-expire = Pact expired
action-terminate = Pact terminated
action-withdraw = Withdrawn by the proponents
action-close = Pact closed
event-submitted = Proposal submitted
event-version_added = New version of the text

nav-signin = Sign in
nav-signup = Create an account
nav-signout = Sign out
form-has-errors = The form has errors
field-name = Name
field-name-hint = Only city staff see your name; you will choose later what is published.
field-email = E-mail address
field-password = Password
field-password-hint = At least 10 characters; a passphrase easy to remember but hard to guess works well.
signup-title = Create an account
signup-intro = An account lets you propose a pact, comment on proposals and sign the pacts you take part in.
signup-submit = Create my account
signup-have-account = Already have an account?
signin-title = Sign in
signin-submit = Sign in
signin-no-account = No account yet?
mailbox-title = Check your mailbox
mailbox-body = If this address can be used, a message has just been sent to it. Follow the link it contains to go on. Check your spam folder too.
password-title = Choose a password
password-submit = Save the password
link-expired-title = This link is no longer valid
link-expired-body = The link was already used or has expired. Ask for a new one or sign in.
account-title = My account
account-role = Role
account-city = City
account-signing = May sign for the city
yes = Yes
no = No
staff-title = City staff
staff-add = Add a staff member
staff-can-sign = May sign pacts on behalf of the city
staff-submit = Add and send the access link
role-resident = Resident
role-officer = Reviewing officer
role-admin = Administrator
error-email = Enter a valid e-mail address, for example name@example.org.
error-email-taken = This address already has an account.
error-name = Enter a name (100 characters at most).
error-role = Choose a role.
error-password-short = The password must have at least 10 characters.
error-password-long = The password must not exceed 256 characters.
error-password-guessable = This password is too easy to guess (a common word, a keyboard pattern, or taken from your name or address). Try a phrase of several words.
error-signin = Wrong address or password. If you just created your account, first confirm your address with the link you received.
error-csrf = This form has expired or does not come from this site. Reload the page and try again.
error-too-large = The form sent is too large.
error-bad-form = The form sent is incomplete or malformed.
error-forbidden = You do not have access to this page.
error-sign-in-needed = Sign in to use this resource.
error-title-forbidden = Access denied
mail-greeting = Hello { $name },
mail-footer = Pacta — the registry of collaboration pacts. This message was sent automatically.
mail-verify-subject = Confirm your address for Pacta
mail-verify-body = You just created an account on Pacta. To confirm your address and open your account, follow this link (valid for 48 hours).
mail-verify-ignore = If this was not you, ignore this message: nothing will happen.
mail-verify-action = Confirm my address
mail-exists-subject = You already have an account on Pacta
mail-exists-body = Someone, perhaps you, tried to create an account with this address, which already has one. You can sign in with your password.
mail-exists-action = Sign in
mail-staff-subject = Your access to Pacta for { $city }
mail-staff-body = A staff account was created for you on Pacta, for { $city }. Choose your password by following this link.
mail-staff-expiry = The link is valid for seven days and works once.
mail-staff-action = Choose my password
signin-by-link = Get a sign-in link by e-mail
signin-forgot = Forgot your password?
link-title = Sign in without a password
link-intro = Enter your address: if it has an account, you will receive a sign-in link valid for 20 minutes.
link-confirm-body = Press the button to sign in. The link works once.
link-submit = Send the link
reset-title = Choose a new password
reset-intro = Enter your address: if it has an account, you will receive a link valid for one hour to choose a new password.
verify-title = Confirm your address
verify-body = Press the button to confirm your address and open your account.
verify-submit = Confirm my address
error-too-many = Too many attempts. For your security, try again in { $minutes } minutes.
mail-link-subject = Your sign-in link for Pacta
mail-link-body = Here is the link you asked for to sign in to Pacta without a password. It is valid for 20 minutes and works once.
mail-link-action = Sign me in
mail-reset-subject = Choose a new password for Pacta
mail-reset-body = A new password was requested for your account. The link is valid for one hour and works once; your other sessions will be closed.
mail-reset-action = Choose a new password
account-parties = Your organisations
account-representative = you represent it
account-profile = Your profile
account-save = Save
field-public-name = Published name
field-public-name-hint = The name the public registry shows for you, for example “Amélie F.”. Leave empty to appear as “a resident”.
field-language = Language of pages and messages
account-data = Your data
account-data-body = Download everything the registry holds about you: your account, your organisations, your sessions, the messages sent.
account-export = Download my data (JSON)
account-close = Close my account
account-close-body = Your address, password and sessions will be deleted. Pacts you signed keep the record of your signature, as the law requires.
account-close-confirm = I understand and want to close my account
account-close-submit = Close my account
error-close-confirm = Tick the box to confirm closing the account.
error-language = Choose a language from the list.
security-title = Account security
security-required = Your city requires its staff to use two-factor authentication. Turn it on to reach the rest of Pacta.
security-on = Two-factor authentication is on: each sign-in asks for a code from your authenticator app.
security-off = Two-factor authentication is off. It protects your account even if your password is discovered.
security-codes-left = { $count ->
    [0] You have no recovery code left.
    [one] You have { $count } recovery code left.
   *[other] You have { $count } recovery codes left.
}
security-enable = Turn on two-factor authentication
security-disable = Turn off two-factor authentication
security-code = Six-digit code from your app
security-setup-title = Turn on two-factor authentication
security-setup-scan = Scan this code with your authenticator app (for example FreeOTP, Aegis or Google Authenticator).
security-setup-type = Or type the key below, then enter the code shown to confirm.
security-qr-label = QR code to scan with your authenticator app
security-secret = Key:
security-confirm = Confirm and turn on
security-codes-title = Your recovery codes
security-codes-body = Keep these codes somewhere safe: each one lets you sign in once if you no longer have your phone. They will not be shown again.
second-factor-title = Verification code
second-factor-body = Enter the code shown by your authenticator app, or one of your recovery codes.
second-factor-code = Code
staff-security = Staff account security
staff-require-second-factor = Require two-factor authentication of all the city’s staff
error-code = This code is not valid. Check your phone’s clock and enter the current code.
error-second-factor-required = Your city requires two-factor authentication: turn it on first.
parties-title = Organisations and representatives
parties-intro = Record who belongs to each organisation and who represents it, once checked (statutes, mandate). Representatives will be able to act and sign for it.
parties-add = Add a member
parties-party = Organisation
parties-member-email = Address of the member’s account
parties-member-hint = The person must have created their account on Pacta.
parties-representative = This person represents the organisation
parties-representative-short = representative
parties-submit = Add
parties-no-members = No member recorded.
parties-remove = Remove
error-party = Choose an organisation from the list.
error-no-account = No open account uses this address: ask the person to create their account.
settings-title = The city’s regulation and deadlines
settings-regulation-title = Title of the regulation
settings-regulation-act = Act of adoption
settings-regulation-act-hint = For example: city council resolution no. 2021-118 of 14 October 2021.
settings-language = Language of the city’s documents
settings-multiplier = Factor applied to the publication period of complex pacts
settings-notice-hint = Numbers of days, separated by commas, for example “90, 30, 7”.
error-text-required = This field is required (300 characters at most).
error-days = Enter a number of days from 1 to 365.
error-multiplier = Enter a number from 1 to 10.
error-notice-days = Enter numbers of days from 1 to 730, separated by commas.
staff-districts = Districts
staff-districts-hint = For staff of a district office; with no box ticked, they work for the whole city.
staff-whole-city = Whole city
error-district = Choose districts from the list.
nav-proposals = My proposals
proposals-title = My proposals
proposals-new-city = City to propose to
proposals-new = Propose a pact
proposals-none = You have not made any proposal yet.
proposal-title = Title of the proposal
proposal-untitled = (untitled)
proposal-draft = Draft saved on
proposal-form-title = Propose a collaboration pact
proposal-saved = Draft saved. You can take it up again at any time from “My proposals”.
proposal-party = You propose
proposal-party-alone = in your own name
proposal-commons = The commons
proposal-commons-existing = A commons from the city’s list
proposal-commons-new-option = A new commons (describe it below)
proposal-commons-new-hint = If it is not on the list, describe it: its name, address and category.
proposal-commons-name = Name of the new commons
proposal-summary = Public summary
proposal-summary-hint = Two or three sentences, published in the registry.
proposal-objectives = Objectives
proposal-activities = Activities and timetable
proposal-activities-hint = What you will do, when and how often. Separate paragraphs with an empty line.
proposal-duration = Proposed duration, in months
proposal-duration-hint = From 1 to 120 months.
proposal-contributions = What you bring
proposal-support = The support you ask of the city
proposal-save = Save the draft
proposal-submit = Submit the proposal
proposal-article-objectives = Purpose and objectives
proposal-article-activities = Activities and timetable
proposal-article-contributions = What the proponents bring
proposal-article-support = Support asked of the city
proposal-article-duration = Duration
proposal-duration-text = { $count ->
    [one] The pact is proposed for { $count } month.
   *[other] The pact is proposed for { $count } months.
}
proposal-withdraw = Withdraw the proposal
proposal-withdraw-reason = Reason for withdrawing
proposal-author-tools = Your proposal
support-materials = Materials and tools
support-protective_equipment = Protective equipment
support-use_of_spaces = Use of premises
support-fee_exemption = Fee exemptions
support-training = Training
support-insurance = Insurance of volunteers
support-reimbursement = Reimbursement of expenses
error-too-long = This text is too long.
error-support = Choose among the support offered.
error-commons = Choose a commons from the list, or describe a new one.
error-commons-name = Give the name of the new commons.
error-commons-address = Give the address of the new commons.
error-category = Choose a category.
error-title = Give your proposal a title.
error-summary = Sum up your proposal in a few sentences.
error-objectives = Describe the objectives.
error-activities = Describe the activities and their timetable.
error-duration = Enter a duration from 1 to 120 months.
error-reason-required = Give the reason.
error-not-now = This action is no longer possible at this stage.
inbox-title = Proposals to review
inbox-deadline = Review deadline
inbox-deadline-week = Within 7 days
inbox-deadline-overdue = Overdue
inbox-select = Select
inbox-select-one = Select proposal { $number }
inbox-clock = Review clock
inbox-assigned = Officer in charge
inbox-bulk = Action on the proposals ticked
inbox-action = Action
inbox-reason = Reasons or documents requested
inbox-reason-hint = Required for a refusal or a request for documents; sent to the proponents.
inbox-apply = Apply to the proposals ticked
inbox-bulk-result = { $done } proposal(s) handled, { $failed } not possible at this stage.
clock-left = { $count ->
    [one] { $count } day left (due { $due })
   *[other] { $count } days left (due { $due })
}
clock-late = { $count ->
    [one] { $count } day late (due { $due })
   *[other] { $count } days late (due { $due })
}
clock-paused = { $count ->
    [one] paused, { $count } day will remain
   *[other] paused, { $count } days will remain
}
clock-unknown = submission date unknown (imported)
staff-tools = Review
staff-assign = Assign the file
do-start_review = Open the review
do-request_documents = Ask for documents
do-publish_for_comments = Publish for comments
do-start_co_design = Move to co-design
do-reject = Refuse the proposal
reason-request_documents = Documents requested, and why
reason-reject = Reasons for the refusal
proposal-answer = Your answer to the request for documents
proposal-answer-submit = Send the answer
error-answer-required = Write your answer.
mail-documents-subject = Documents requested for your proposal “{ $title }”
mail-documents-body = To go on with the review of your proposal, the city’s office asks you for:
mail-documents-clock = The review clock is paused until you answer, which you can do from the proposal’s page.
mail-documents-action = Answer
mail-rejected-subject = Your proposal “{ $title }” was not accepted
mail-rejected-body = The city examined your proposal and cannot take it forward, for these reasons:
mail-rejected-action = See the proposal
event-assigned = File assigned
pact-competing = Competing proposals on this commons
pact-comments = Comments from the public
pact-no-comments = No comment yet.
comment-kind = Your comment is
comment-body = Text
comment-body-hint = Published under the name you chose to publish, or as “a resident”. 5,000 characters at most.
comment-submit = Publish
comment-sign-in = Sign in to comment on, support or object to this proposal.
comment-kind-comment = Comment
comment-kind-support = Support
comment-kind-objection = Objection
comment-kind-join_request = Request to join the project
error-comment-empty = Write your comment.
error-comments-closed = The comment period is closed.
mail-comment-subject = New comment on “{ $title }”
mail-comment-body = Someone published a comment on your proposal: { $kind }.
mail-comment-action = Read the comments
templates-title = Pact templates
templates-new = New template
templates-name = Template name
templates-create = Create the template
template-version = version { $number } of { $date }
template-first-heading = Article 1 – Purpose
template-first-paragraph = This pact concerns {"{{"}commons.name{"}}"}.
template-text = Template text
template-text-hint = A line “## Heading” opens an article; “[if: complex]” at the end of the heading keeps it for complex pacts (or “support:insurance”, “contributions”, “not …”). An empty line separates paragraphs.
template-note = Reason for the change
template-save = Save a new version
template-variables = Variables available
template-conditions = Conditions: complex, ordinary, contributions, support:<kind> (materials, protective_equipment, use_of_spaces, fee_exemption, training, insurance, reimbursement), preceded by “not” for the opposite.
template-error-line = Line { $line }: the text must start with an article heading (“## …”).
template-draft-note = Drafted from the template “{ $name }” (version { $version })
staff-draft-template = Draft the pact from a template
staff-draft-hint = The current text is replaced by a new version; earlier versions are kept.
staff-draft = Draft the pact
error-template-name = Give the template a name and a kind.
error-template-broken = This template has mistakes: correct it before using it.
template-error-unknown = Article { $article }: there is no variable “{ $name }”.
template-error-unclosed = Article { $article }: a variable is not closed with {"}}"}.
template-error-block = Article { $article }: “{ $name }” must stand alone in its paragraph.
template-error-condition = Article { $article }: the condition “{ $condition }” is not known.
template-error-empty = The template needs at least one article.
do-submit_for_approval = Send for approval (final version)
do-return_to_co_design = Return to co-design
do-record_executive_decision = Record the executive’s assessment
do-approve = Approve the text
reason-record_executive_decision = Reference of the executive’s assessment (resolution, date)
approval-details = Version { $number } approved, SHA-256 fingerprint { $sha256 }

## Co-design drafting: versions, comparison, editor, comments
versions-title = Versions of the text
versions-caption = Every save of the text is a version, with who made it and why.
versions-number = Version
versions-date = Date
versions-author = By
versions-note = Reason
versions-sha256 = SHA-256 fingerprint
versions-all = All versions of the text
versions-last-change = See the latest change
versions-edit = Edit the draft pact
versions-compare-from = Compare version
versions-compare-to = with version
versions-compare-submit = Compare
version-title = Version { $number }
version-why = Reason: { $note }
version-pdf = Download this text as PDF
version-comments = Comments on the whole text
version-comment-article = Comment on this article
version-comment-whole = Comment on the whole text
version-comment-submit = Post the comment
compare-title = Comparing two versions
compare-caption = From version { $from } to version { $to }
compare-summary = { $count ->
    [0] No passage changes.
    [one] One passage changes.
   *[other] { $count } passages change.
}
compare-legend = Removed words are struck through, added words are underlined.
compare-nothing = (nothing here)
edit-title = Edit the draft pact
edit-hint = Edit the articles one by one: rewrite them, reorder them with their position number, remove some or add one. Saving makes a new version; the other participants are told.
edit-pact-title = Title of the pact
edit-article = Article { $number }
edit-heading = Heading
edit-body = Text
edit-body-hint = Separate paragraphs with a blank line.
edit-position = Position
edit-remove = Remove this article
edit-new-article = New article
edit-new-hint = Leave empty if you add no article. Without a position it goes last.
edit-note = Reason for the change
edit-save = Save a new version
edit-cancel = Cancel
edit-conflict-title = The text changed while you were editing it
edit-conflict-body = { $name } saved version { $number } (“{ $note }”) meanwhile. Nothing of yours was saved and your text is kept below. Look at their change, carry it into your text if needed, then save again.
edit-conflict-caption = The change saved meanwhile
edit-error-heading = Give the article a heading (or tick “Remove this article”).
edit-error-too-long = This text is too long.
edit-error-title = Give the pact a title.
edit-error-note = Say in a few words why you change the text.
edit-error-no-article = The text must keep at least one article.
edit-error-too-many = The text has too many articles.
edit-error-unchanged = The text is the same as the current version: there is nothing to save.
edit-error-position = The position must be a whole number (1 for the first article).
error-not-in-co-design = The text can only be edited or commented on during co-design.
mail-draft-subject = The draft pact “{ $title }” has changed
mail-draft-body = { $name } edited or commented on the draft pact:
mail-draft-action = See the text

## Attachments
attachment-input = Attach files (optional)
attachment-hint = PDF, images (PNG, JPEG, WebP) or office documents (ODT, ODS, DOCX, XLSX); { $megabytes } MB at most in all.
attachment-sha256 = SHA-256 fingerprint:
attachment-error-empty = The file “{ $name }” is empty.
attachment-error-too-large = The file “{ $name }” is too large.
attachment-error-type = The file “{ $name }” is not of an accepted type: send a PDF, an image (PNG, JPEG, WebP) or an office document (ODT, ODS, DOCX, XLSX).
attachment-error-none = Choose at least one file to send.
attachment-error-too-many = A proposal can have at most { $max } attached files.
error-upload-too-large = The upload is over { $megabytes } MB: send fewer files at a time, or lighter ones.
size-kb = { $value } kB
size-mb = { $value } MB
attachments-title = Files attached to the proposal
attachments-back = Back to the proposal
attachments-none = No file attached yet.
attachments-remove-title = Remove a file
attachments-remove = Remove “{ $name }”
attachments-add = Add files
attachments-send = Send the files
proposal-attachments = Attached files (plans, photos, quotes, statutes…)
proposal-attachments-later = You can attach files once the draft is saved.
proposal-answer-title = Answer the request for documents
proposal-answer-request = What the city asks
pact-documents = Attached files
pact-documents-hint = Files attached to the proposal and to the answers; seen only by the proponents and the city's staff.
comment-back = Back to the pact

## Co-proponents
proposal-co-proponents = Co-proponents (optional)
proposal-co-proponents-hint = The e-mail addresses of the people proposing with you, separated by commas or lines. Each gets an invitation to confirm when you submit the proposal.
error-co-proponents = One of the co-proponents' addresses is not a valid e-mail address.
error-co-proponents-many = You can invite at most 10 co-proponents at a time.
invitations-title = Invited co-proponents
invitations-email = Invite a co-proponent (e-mail address)
invitations-from-comment = Invite as co-proponent
invitation-from-comment = the person who asked to join the project
invitations-send = Send the invitation
invitation-state-pending = invited, no answer yet
invitation-state-accepted = joined the project
invitation-state-declined = declined
invitation-title = Invitation to propose a project
invitation-body = You are invited to propose, with its authors, a collaboration pact proposal addressed to { $city }:
invitation-sign-in = Sign in with the address { $email } to answer, or create an account with that address and come back through the link you received.
invitation-wrong-account = This invitation was sent to another address than your account's: sign in with the invited address to answer.
invitation-closed = This invitation is no longer open: it was answered, it expired, or the pact's text is final.
invitation-as = I join the project
invitation-accept = I join the project
invitation-decline = I decline
event-co_proponent_joined = A co-proponent joined the project
mail-greeting-anonymous = Hello,
mail-invitation-subject = Invitation to propose “{ $title }”
mail-invitation-body = { $name } invites you to propose with them the collaboration pact project “{ $title }”, addressed to { $city }.
mail-invitation-how = To accept or decline, open the link below and sign in with this address (or create an account with it). The link works for 30 days.
mail-invitation-action = Answer the invitation
mail-invitation-answered-subject = Answer to your invitation for “{ $title }”
mail-invitation-accepted = { $name } accepted to propose the project with you.
mail-invitation-declined = { $name } declined your invitation to propose the project.
mail-invitation-answered-action = See the pact

## Following pacts, daily digest
follow-start = Follow this pact
follow-stop = Stop following this pact
follow-hint = A daily e-mail summary of what happens to the pact.
mail-digest-subject = { $count ->
    [one] News on a pact you follow
   *[other] News on { $count } pacts you follow
}
mail-digest-intro = Here is what happened since your last summary.
mail-digest-pact = “{ $title }”: { $what }.
mail-digest-comments = { $count ->
    [one] one new comment
   *[other] { $count } new comments
}
mail-digest-action = See the pact

## Calls for proposals, finding a commons
calls-title = Calls for proposals
calls-intro = The city invites residents and organisations to propose a pact for these places, until the date shown.
calls-open = Open calls for proposals
calls-none = No call for proposals is open at the moment.
calls-new = Publish a call for proposals
call-title = Title of the call
call-description = What the city is looking for
call-description-hint = The uses hoped for, the conditions, what the city can bring. Paragraphs separated by a blank line.
call-closes-on = Last day to propose
call-closes = Proposals until { $date }
call-publish = Publish the call
call-propose = Propose a pact for this call
call-close = Close the call today
call-closed = closed
call-error-commons = Choose a place from the city's list.
call-error-title = Give the call a title.
call-error-date = Give the last day to propose (YYYY-MM-DD).
call-error-past = The last day cannot be already past.
call-error-closed = This call for proposals is closed: the proposal can no longer answer it. Contact the city about what next.
proposal-call = In answer to the call for proposals
proposal-commons-search = Find a place
proposal-commons-search-hint = A few words of its name or address; the list below keeps only the places containing them. Your draft is saved.
proposal-commons-search-submit = Search
proposal-commons-found = { $count ->
    [0] No place matches: describe it below as a new place.
    [one] One place matches.
   *[other] { $count } places match.
}

## The agreement PDF
pdf-number = Pact no. { $number }
pdf-parties = The parties
pdf-represented-by = represented by { $name }
pdf-commons = The commons
pdf-signatures = Signatures
pdf-signed-at = Signed on { $at }
pdf-identified = Identification: { $method }
pdf-ip = Network address: { $ip }
pdf-integrity = Integrity and verification
pdf-sha256 = SHA-256 fingerprint of the signed text:
pdf-code = Verification code: { $code }
pdf-verify = Check this pact, its authenticity and where it stands today:
pdf-history = History of the pact
pdf-page = Page { $page } / { $pages }

## Verification
check-title = Check a pact
check-intro = Type the verification code printed on a pact, or the SHA-256 fingerprint of its text: Pacta tells which pact and which version it is, and where the pact stands today.
check-hash = Verification code or SHA-256 fingerprint
check-hash-hint = 8 to 64 hexadecimal characters; spaces and dashes are ignored.
check-submit = Check
check-none = No pact text recorded by Pacta has this fingerprint.
check-version = Version { $version } of { $versions } of the text, of { $date }.
check-status = Where it stands today:
check-error-hash = This is not a verification code: type 8 to 64 hexadecimal characters (0-9, A-F).
nav-verify = Check a pact
check-file = Or upload a pact's PDF
check-file-hint = Pacta compares it, byte for byte, with the document it issues for that pact and version.
check-file-submit = Check the file
check-file-not-issued = This file is not a pact issued by Pacta.
check-file-identical = This file is identical, byte for byte, to the pact Pacta issues (version { $version }):
check-file-altered = This file presents itself as version { $version } of a pact issued by Pacta but differs from it: it was altered. The pact:
check-error-file = Choose a PDF file to check.
check-again = Check something else

## Signatures
signing-order-parties_then_city = Every party at once, then the city
signing-order-sequential = One after the other, the city last
signature-state-pending = Pending
signature-state-signed = Signed
signature-state-declined = Declined
signature-state-cancelled = Cancelled
signature-method-email_code = one-time code sent by e-mail
signature-method-session = signed in to their Pacta account
signature-representative-of = Representative of { $party }
event-signatures_requested = Text sent for signature
event-signed = Signature
event-signature_declined = Signature declined
event-signature_cancelled = Signing request cancelled
mail-sign-subject = Pact to sign: “{ $title }”
mail-sign-reminder-subject = Reminder: the pact “{ $title }” is waiting for your signature
mail-sign-body = The collaboration pact “{ $title }” with { $city } is ready to be signed. You sign for: { $party }.
mail-sign-hash = Before signing you will see the exact text and its SHA-256 fingerprint: { $sha256 }
mail-sign-expiry = This personal link works once and until { $date }. Do not forward it.
mail-sign-action = Read and sign the pact
mail-sign-code-subject = Your signing code: { $code }
mail-sign-code-body = To confirm your signature of the pact “{ $title }”, type the code { $code }. It is valid for { $minutes } minutes.
mail-sign-code-ignore = If you did not ask for this code, ignore this message: nobody can sign for you without it.
mail-sign-declined-subject = Signature declined for “{ $title }”
mail-sign-declined-body = { $name } declined to sign for { $party }, for this reason:
mail-agreement-subject = Pact no. { $number } signed: “{ $title }”
mail-agreement-body = Every party has signed: the pact is in force. The signed document can be downloaded from the pact's page, where anyone can also verify it.
mail-agreement-action = See the pact and download the agreement
sign-title = Sign the pact “{ $title }”
sign-lead = { $city }, pact no. { $number }. You sign for: { $party }.
sign-see-pact = See the pact's page
sign-text-title = The text you sign
sign-version = Version { $number } of the text
sign-download-pdf = Download this text as a PDF
sign-form-title = Sign
sign-code-explain = To confirm it is you, Pacta sends a one-time code to your e-mail address.
sign-code-send = E-mail me a code
sign-code-sent = A code was just sent to your address. It is valid for 15 minutes.
sign-code = Code received by e-mail
sign-signed-in = You are signed in to your account: type your name and confirm.
sign-full-name = Your full name
sign-full-name-hint = As it will appear on the signature page.
sign-consent = I have read version { $number } of the text above (SHA-256 fingerprint { $sha256 }) and I sign it for: { $party }.
sign-submit = Sign the pact
sign-decline-title = Decline to sign
sign-decline-reason = Why do you decline to sign?
sign-decline-hint = Your answer goes to the city's officers and to the other signatories.
sign-decline-submit = Decline to sign
sign-done = You signed on { $date }. Thank you.
sign-complete = Every party has signed: the pact is in force and the signed agreement can be downloaded from its page.
sign-declined = You declined to sign on { $date }. The city's officers were told.
sign-cancelled = This signing request was cancelled.
sign-wait-turn = Other signatories sign before you: you will get an e-mail when it is your turn.
sign-link-expired = This signing link has expired or was replaced by a newer one. Use the latest e-mail you received, or sign in and open the pact's page.
sign-error-not-awaiting = This pact is not waiting for signatures.
sign-error-already-sent = This version was already sent for signature.
sign-error-no-signatory = Nobody can sign for “{ $party }”: add a representative with a Pacta account.
sign-error-not-signing-officer = Choose an officer who may sign for the city.
sign-error-not-your-turn = Other signatories must sign first.
sign-error-answered = This signing request was already answered.
sign-error-text-changed = The text changed since it was sent for signature: this request no longer stands.
sign-error-last-of-party = This is the only person who can sign for this party: the request cannot be cancelled.
sign-error-start-date = Type the start date as YYYY-MM-DD, or leave it empty.
sign-error-name = Type your full name.
sign-error-consent = Tick the consent sentence to sign.
sign-error-code = This code is wrong or has expired: ask for a new one.
sign-error-reason = Say in a few words why you decline to sign.
signatures-title = Signatures
signatures-sign-now = Read and sign the pact
signatures-download-full = Download the signed agreement (PDF)
signatures-download-public = Download the public edition (PDF)
seal-sealed = sealed by the city
seal-pending = sealing under way
seal-failed = sealing failed (retried automatically)
signatures-round = Signatures of version { $number }
signatures-who = Signatory
signatures-for = For
signatures-state = State
signatures-actions = Actions
signatures-sent = link sent on { $date }, { $count } reminder(s)
signatures-not-yet = their turn has not come yet
signatures-resend = Send the link again
signatures-cancel = Cancel this request
signatures-no-signing-officer = No officer of the city may sign: an administrator must appoint one.
signatures-send-explain = Each representative of the parties, then the officer chosen for the city, will get a personal link to sign this version of the text.
signatures-signer = Signs for the city
signatures-start = Agreed start date
signatures-start-hint = Optional. The pact starts on this date, or on the day of the last signature if that is later.
signatures-send = Send for signature
check-file-edition-full = This fingerprint is that of the signed agreement's file (full edition), as Pacta issued it on { $date }.
check-file-edition-public = This fingerprint is that of the signed agreement's file (public edition), as Pacta issued it on { $date }.
check-file-sealed = This file carries the city's electronic seal.
check-seal-self-signed = The city seals its agreements with a certificate Pacta made itself (self-signed), as none is configured: PDF readers show the seal as valid but its signer as unknown. Compare the certificate's fingerprint:
check-seal-city = The city seals its agreements with its certificate: { $subject }.
check-seal-fingerprint = The certificate's SHA-256 fingerprint:
seal-title = The city's seal
seal-intro = Pacta seals every agreement it issues with the city's certificate (a PAdES signature): any PDF reader then shows the document comes from the city and was not modified.
seal-self-signed = No certificate is configured: Pacta made a self-signed one. The seal is valid, but PDF readers do not recognise its signer. Configure the city's certificate below.
seal-subject = Certificate holder
seal-fingerprint = SHA-256 fingerprint
seal-valid-until = Valid until
seal-configure = Configure the city's certificate
seal-file = PKCS#12 file (.p12 or .pfx)
seal-file-hint = It holds the city's certificate and its private key; it is used for the agreements issued from now on.
seal-password = The file's password
seal-submit = Save the certificate
seal-saved = The city's certificate is saved.
seal-back = Back to { $city }
seal-error-certificate = This file is not a PKCS#12 certificate usable with this password (an RSA or ECDSA key and its certificate are expected).
settings-signatures = Signatures
settings-signing-order = Order of signatures
settings-signing-link-days = A signing link is valid for (days, 1 to 90)
settings-reminder-days = Reminder after (days without a signature, 1 to 60)
settings-reminder-cap = Reminders at most (0 to 10)
error-signing-order = Choose an order of signatures from the list.
error-reminder-cap = Type a number of reminders between 0 and 10.
error-link-days = Type a number of days between 1 and 90.
error-reminder-days = Type a number of days between 1 and 60.
account-to-sign = Pacts waiting for your signature

## Pacts in force
do-suspend = Suspend the pact
do-resume = Lift the suspension
do-terminate = End the pact
do-close = Archive the pact
reason-suspend = Reasons for the suspension
reason-terminate = Reasons for ending the pact
termination-kind = Kind of ending
termination-withdrawal = Withdrawal of the parties
termination-breach = Breach of commitments
termination-public_interest = Revocation in the public interest
suspend-until = Suspended until (inclusive)
suspend-until-hint = Optional: the suspension lifts itself the day after. Without a date, until an officer lifts it.
act-reference = Administrative act
act-reference-hint = Optional: order, decision, resolution (number and date).
act-reference-text = act: { $act }
error-until-date = Type the end of the suspension as YYYY-MM-DD, or leave it empty.
error-termination-kind = Choose the kind of ending, from the pact's page.
mail-expiry-subject = The pact “{ $title }” ends on { $date }
mail-expiry-body = The collaboration pact no. { $number } “{ $title }” ends on { $date }, in { $days ->
    [one] { $days } day
   *[other] { $days } days
}. To carry on, ask for its renewal from its page.
mail-expired-subject = The pact “{ $title }” has ended
mail-expired-body = The collaboration pact no. { $number } “{ $title }” has reached its end. Thank you for everything done together.
mail-suspended-subject = The pact “{ $title }” is suspended
mail-suspended-body = The city suspended the collaboration pact no. { $number } “{ $title }” { $until ->
    [none] until further notice
   *[other] until { $until } inclusive
}, for these reasons:
mail-resumed-subject = The pact “{ $title }” resumes
mail-resumed-body = The suspension of the collaboration pact no. { $number } “{ $title }” is lifted: it is in force again.
mail-terminated-subject = End of the pact “{ $title }”
mail-terminated-body = The collaboration pact no. { $number } “{ $title }” was ended, for these reasons:
jobs-title = Background jobs
jobs-intro = Pacta does the routine work itself, every few seconds. A failing job is tried again later and later (1, 2, 4… minutes, at most an hour); its error shows here.
jobs-job = Job
jobs-last-run = Last run
jobs-outcome = Outcome
jobs-never = Not run yet
jobs-done = Succeeded ({ $count } item(s) handled)
jobs-failed = Failing ({ $count } times in a row); next try on { $next }
job-close_comment_periods = Closing comment periods
job-expire_pacts = Pacts reaching their end
job-resume_suspensions = End of suspensions
job-expiry_notices = Expiry notices
job-signature_reminders = Signature reminders
job-seal_agreements = Sealing agreements
job-digests = Daily digests
job-outbox = Sending e-mail
dashboard-title = Dashboard
dashboard-ending = Pacts ending within { $days } days
dashboard-review = Proposals whose review is due within 7 days, or late
dashboard-inbox = Open the proposals to review
dashboard-approval = Texts waiting for approval
dashboard-signatures = Pacts waiting for signatures ({ $pending } signature(s) pending)
dashboard-suspended = Suspended pacts
dashboard-seal = Agreements whose sealing failed
dashboard-imported = Imported pacts to complete
dashboard-imported-hint = The registry they come from did not give this information; nothing was invented. Pacts under way or in force first.
import-title = Imported pact
import-origin = Imported from the registry “{ $source }” (reference { $reference }) on { $date }.
import-missing = Information the original registry did not give:
import-complete = Complete
import-complete-title = Complete an imported pact
import-complete-hint = Fill in what you know; what you leave empty stays on the list to complete.
import-nothing-missing = Nothing is missing from this pact.
import-start-date = First day in force
import-end-date = Last day in force
import-latitude = Latitude (decimal degrees)
import-longitude = Longitude (decimal degrees)
import-save = Save
import-not-now = — (later)
error-import-date = Write a date, for example 2025-03-31.
error-import-text = This text is too long.
error-import-both-dates = Give the first and the last day.
error-import-coordinates = Write decimal degrees, for example 38.1157.
error-import-proponent-kind = Choose the proponent's kind to record it.
gap-submitted_on = submission date
gap-summary = summary
gap-kind = kind of pact (assumed)
gap-intensity = intensity (assumed)
gap-duration = duration
gap-dates = start and end dates
gap-category = category of the commons
gap-proponent_kind = kind of proponent
gap-proponent_name = name of the proponent
gap-coordinates = location of the commons
gap-commons = commons (bears the pact's title)
event-imported = Pact imported
event-import_act = Act cited by the original registry
event-import_signed = Signature noted by the original registry
event-import_note = Note from the original registry
event-import_proponent = Proponent named by the original registry, without its kind
event-import_document = Document from the original registry
event-import_completed = Imported information completed
dashboard-none = Nothing for now.
dashboard-more = … and { $count } more.

## Reports
report-frequency-yearly = One report a year (and at the end)
report-frequency-at_end = One report at the end of the pact
report-state-submitted = Sent, waiting for the officer
report-state-accepted = Accepted
report-state-changes_requested = Changes asked
reports-title = Activity reports
report-frequency = How often reports are due
report-new = Send an activity report
report-edit = Change the report
report-title = Activity report
report-period = Period covered
report-period-start = From
report-period-end = To
report-activities = Activities and events
report-activities-hint = What was done, when, with whom (no personal data: an accepted report is public).
report-places = Places
report-beneficiaries = Number of beneficiaries
report-volunteers = Number of volunteers
report-hours = Hours given
report-resources-parties = Resources the parties put in
report-resources-city = Resources the city put in
report-problems = Problems met
report-photos = Photos
report-photos-hint = Up to { $count } JPEG, PNG or WebP photos ({ $mb } MB in all); they are reduced and stripped of their metadata, where they were taken included.
report-submit = Send the report
report-changes-asked = The officer asks for these changes:
report-heading = From { $start } to { $end }
report-figure-beneficiaries = { $count } beneficiary(ies)
report-figure-volunteers = { $count } volunteer(s)
report-figure-hours = { $count } hour(s) given
report-photo-alt = Photo sent with the report
report-note = Changes asked (if you ask for some)
report-accept = Accept the report
report-ask-changes = Ask for changes
report-error-date = Type a date as YYYY-MM-DD.
report-error-period = The period must start before it ends and fall during the pact.
report-error-text = Describe the activities (within the length allowed).
report-error-figure = Type a whole number, zero or more.
report-error-photos = Attach at most 10 readable JPEG, PNG or WebP photos.
report-error-not-party = Only the pact's parties send its reports.
report-error-not-now = This report cannot be sent or changed now.
report-error-note = Say which changes you ask for.
event-report_submitted = Activity report sent
event-report_accepted = Activity report accepted
event-report_changes_requested = Changes asked to a report
figure-volunteers = Volunteers (accepted reports)
figure-hours = Hours given (accepted reports)
dashboard-reports-waiting = Reports to review
dashboard-reports-overdue = Reports overdue
job-overdue_reports = Overdue reports
mail-report-overdue-subject = Activity report due for “{ $title }”
mail-report-overdue-body = The activity report of the pact no. { $number } “{ $title }” for the period from { $start } to { $end } has not been sent yet. You can send it from the pact's page.
mail-report-accepted-subject = Report accepted for “{ $title }”
mail-report-accepted-body = The activity report of the pact no. { $number } “{ $title }” ({ $period }) is accepted and published. Thank you!
mail-report-changes-subject = Changes asked to the report of “{ $title }”
mail-report-changes-body = The city's officer asks for changes to the activity report of the pact no. { $number } “{ $title }” ({ $period }):

## Disputes
resolution-continued = The pact continues
resolution-amended = The pact will be amended (a new text, signed again)
resolution-terminated = The pact is ended
disputes-title = Disputes
dispute-by-city = Opened by the city
dispute-by-party = Opened by a party
dispute-conciliation = Conciliation on
dispute-subject = What the dispute is about
dispute-subject-hint = Seen only by the parties and the city's officers. A conciliation attempt follows.
dispute-open = Open a dispute
dispute-conciliation-on = Date of the conciliation meeting
dispute-participants = Participants
dispute-notes = What came of it
dispute-record = Record the conciliation
dispute-resolution = Outcome
dispute-note = Decision and reasons
dispute-close = Close the dispute
dispute-error-subject = Say in a few words what the dispute is about.
dispute-error-not-party = Only the pact's parties and the city open a dispute.
dispute-error-not-now = A dispute is opened over a pact in force.
dispute-error-open = A dispute is already open over this pact.
dispute-error-date = Type the date of the conciliation as YYYY-MM-DD.
dispute-error-conciliation = Say who took part and what came of the conciliation.
dispute-error-closed = This dispute is already closed.
dispute-error-note = Say the decision and its reasons.
event-dispute_opened = Dispute opened
event-conciliation_recorded = Conciliation held
event-dispute_closed = Dispute closed
mail-dispute-opened-subject = Dispute over the pact “{ $title }”
mail-dispute-opened-body = { $by ->
    [city] The city
   *[party] A party
} opened a dispute over the collaboration pact no. { $number } “{ $title }”. A conciliation attempt will follow. About:
mail-dispute-closed-subject = Dispute closed over the pact “{ $title }”
mail-dispute-closed-body = The dispute over the collaboration pact no. { $number } “{ $title }” is closed: { $resolution ->
    [continued] the pact continues.
    [amended] the pact will be amended, with a new text to sign.
   *[other] the pact is ended.
}

## Renewals
settings-renewals = Renewals
settings-tacit-renewal = Renew ordinary pacts tacitly
settings-tacit-renewal-hint = At the end of its term, an ordinary pact is renewed for the same duration unless a party or the city objects before the deadline. Complex pacts are always renewed on request.
settings-objection-days = Objection period (days before the pact ends)
error-objection-days = Enter a number of days between 1 and 365.
renewal-title = Renewal
renewal-of = Renewal of pact
renewal-last-report = Last activity report: { $start } to { $end }
renewal-no-report = No activity report was sent during the previous term.
renewal-refused = The renewal was refused:
renewal-withdrawn = The renewal request was withdrawn:
renewal-done = Renewed from { $date }:
renewal-under-way = Renewal under way:
renewal-tacit = This pact will be renewed tacitly for the same duration from { $start }, unless a party or the city objects by { $deadline }.
renewal-tacit-objected = An objection to the tacit renewal was made: the pact will end with its term unless a renewal is asked for.
renewal-objection = Reasons for objecting
renewal-objection-hint = Sent to the parties and the city's officer; the public history only says that someone objected.
renewal-object = Object to the tacit renewal
renewal-opens = Renewal can be asked for from { $date }.
renewal-ask-explain = The renewal takes the text in force and the same parties; the new term starts the day after this one ends. The city's officer accepts it, asks for changes or refuses it; it is then signed again.
renewal-duration = Duration of the new term (months)
renewal-changes = Changes you would like
renewal-changes-hint = Optional: what you would like to change for the new term.
renewal-ask = Ask for renewal
renewal-decision = Answer to the renewal request
renewal-accept = Accept (on to approval and signatures)
renewal-ask-changes = Ask for changes (co-design)
renewal-refuse = Refuse
renewal-note = Changes asked for, or reasons for refusing
renewal-note-hint = Required to ask for changes or refuse; sent to the parties.
renewal-answer = Answer
renewal-start-hint = This is a renewal: the new term starts the day after the previous one ends, on { $date }. Change this date only on purpose.
renewal-confirm-start = I confirm a start date that leaves a gap or an overlap with the previous term.
renewal-error-not-in-force = Only a pact in force can be renewed.
renewal-error-not-yet = Renewal can be asked for from { $date }.
renewal-error-already = This term of the pact already has a renewal.
renewal-error-not-tacit = This pact does not renew tacitly.
renewal-error-objections-closed = The deadline to object to the tacit renewal passed on { $date }.
renewal-error-objected = Someone already objected.
renewal-error-gap = This date would leave { $days } day(s) without a pact between the two terms. Tick the confirmation box if that is intended.
renewal-error-overlap = This date would make the two terms overlap by { $days } day(s). Tick the confirmation box if that is intended.
renewal-error-duration = Enter a duration between 1 and 120 months.
renewal-error-reason = Give the reasons for objecting.
renewal-error-not-party = Only the pact's parties and the city ask for its renewal or object to it.
event-renewal_requested = Renewal asked for
event-renewed_tacitly = Renewed tacitly
event-renewal_changes_asked = Changes asked for the renewal
event-tacit_renewal_objected = Objection to tacit renewal
mail-tacit-subject = The pact “{ $title }” ends on { $date }
mail-tacit-body = The collaboration pact no. { $number } “{ $title }” ends on { $date }. It will be renewed tacitly for the same duration { $open ->
    [yes] unless a party or the city objects by { $deadline }, from the pact's page.
   *[other] : the deadline to object passed on { $deadline }.
}
mail-renewal-requested-subject = Renewal asked for “{ $title }”
mail-renewal-requested-body = The renewal of the collaboration pact no. { $number } “{ $title }” was asked for: the new term is numbered { $renewal } and waits for the city's answer.
mail-renewal-accepted-subject = Renewal accepted: “{ $title }”
mail-renewal-accepted-body = The city accepted the renewal no. { $number } “{ $title }”. It will be approved, then sent for signature.
mail-renewal-changes-subject = Changes asked for the renewal of “{ $title }”
mail-renewal-changes-body = The city asks for changes to the renewal no. { $number } “{ $title }”, to be worked out together on the pact's page:
mail-renewal-refused-subject = Renewal refused: “{ $title }”
mail-renewal-refused-body = The city refused the renewal no. { $number } “{ $title }”, for these reasons:
mail-renewal-objected-subject = Objection to the tacit renewal of “{ $title }”
mail-renewal-objected-body = An objection to the tacit renewal of the collaboration pact no. { $number } “{ $title }” was made: it will end with its term unless a renewal is asked for. Reasons:
mail-renewed-subject = The pact “{ $title }” is renewed
mail-renewed-body = The collaboration pact no. { $number } “{ $title }” was renewed tacitly: the new term, no. { $renewal }, runs from { $start } to { $end }.
dashboard-renewals = Renewals asked for, waiting for an answer
mail-digest-notes-subject = Your daily Pacta digest: { $count } new item(s)

## Notifications
nav-notifications = Notifications
nav-unread = { $count } unread
notifications-title = Notifications
notifications-saved = Your choices are saved.
notifications-unread = { $count ->
    [0] Latest notifications
   *[other] Latest notifications ({ $count } unread)
}
notifications-none = No notifications yet.
notifications-new = New
notifications-choices = How to receive them
notifications-choices-hint = For each kind of notification: by e-mail at once, in the daily digest, or only here. Every notification stays in the list above.
notifications-binding = The pact's parties always get it by e-mail at once.
notification-signature = Signatures
notification-suspension = Suspensions
notification-termination = Early endings
notification-term = End dates and tacit renewals
notification-renewal = Renewal requests
notification-report = Activity reports
notification-dispute = Disputes
notification-proposal = Review and drafting of proposals
notification-comment = Public comments
delivery-immediate = By e-mail at once
delivery-digest = In the daily digest
delivery-none = Only in Pacta

## Amendments
amendments-title = Amendments of the pact
amendment-from = Drafted from version { $version }, which stays in force until the amendment is signed.
amendment-compare = See the changes
amendment-reason = Reason for the amendment
amendment-reason-hint = What must change in the text, and why. The text is then drafted as in co-design, approved and signed again; the signed text stays in force until then.
amendment-start = Propose an amendment of the text
amendment-state-drafting = Amendment being drafted
amendment-state-awaiting_approval = Amendment waiting for approval
amendment-state-approved = Amendment approved, to be signed
amendment-state-signed = Amendment signed
amendment-state-abandoned = Amendment abandoned
amendment-step-submit = Submit the amendment for approval
amendment-step-return = Send back to drafting
amendment-step-approve = Approve the amendment
amendment-step-abandon = Abandon the amendment
amendment-error-not-in-force = Only a pact in force can be amended.
amendment-error-open = An amendment is already under way on this pact.
amendment-error-unchanged = The text was not changed: there is nothing to approve.
amendment-error-signing-officer = Only an officer who may sign approves an amendment.
amendment-error-not-party = Only the pact's parties and the city propose an amendment.
amendment-error-reason = Say what must change and why.
event-amendment_started = Amendment of the text started
event-amendment_submitted = Amendment submitted for approval
event-amendment_returned = Amendment sent back to drafting
event-amendment_approved = Amendment approved
event-amendment_abandoned = Amendment abandoned
event-amended = Amendment signed: new version in force
mail-amendment-started-subject = Amendment of the pact “{ $title }”
mail-amendment-started-body = An amendment of the text of the collaboration pact no. { $number } “{ $title }” was started; the signed text stays in force until the amendment is signed. Reason:
mail-amendment-abandoned-subject = Amendment abandoned: “{ $title }”
mail-amendment-abandoned-body = The amendment under way of the collaboration pact no. { $number } “{ $title }” was abandoned; the text in force does not change.
notification-amendment = Amendments of the text
check-in-force = This is the version in force.
check-superseded = This version was replaced by a signed amendment: version { $version } is in force.
check-draft = This is not the version in force (version { $version }): it is a draft amendment.
check-see-in-force = See the version in force
template-reports-by-duration = By the pact's duration (yearly beyond a year, otherwise at the end)

## Feeds
feed-registry-title = Registry of collaboration pacts
feed-city-title = Collaboration pacts — { $city }
feed-search = Atom feed of this search
open-data-title = Open data
open-data-lead = The public registry of collaboration pacts, to download and reuse: one record per pact, the same columns in CSV, JSON and GeoJSON.
open-data-downloads = Downloads
open-data-dataset = Dataset
open-data-everything = The whole registry
open-data-filters = Every download takes the registry's filters (city, status, kind, intensity, district, category, party, year, from, to, q): a search's “these results” link gives its pacts.
open-data-table-schema = Schema of the CSV file (Table Schema)
open-data-dcat = DCAT-AP description of the datasets (JSON-LD), for open-data portals
open-data-columns = Columns
open-data-privacy = Personal data of private individuals never appears: a private person party to a pact is only counted by kind of party.
open-data-column = Column
open-data-type = Type
open-data-meaning = Content
open-data-values = Possible values
open-data-optional = (may be empty)
open-data-type-string = text
open-data-type-integer = integer
open-data-type-number = decimal number
open-data-type-date = date YYYY-MM-DD
open-data-type-datetime = UTC date and time
open-data-type-boolean = true or false
open-data-catalog-title = Pacta — open data of collaboration pacts
open-data-dataset-title = Registry of collaboration pacts
open-data-dataset-description = The collaboration pacts between the city and its residents to care for urban commons: status, kind, commons and location, parties (organisations), dates in force, fingerprint of the text.
open-data-column-city = City identifier
open-data-column-city_name = City name
open-data-column-number = Pact number in the city (with city, the pact's identifier)
open-data-column-title = Title
open-data-column-summary = Public summary
open-data-column-status = Status
open-data-column-kind = Ordinary or complex pact
open-data-column-intensity = Intensity of care
open-data-column-term = Term: 0 for the first, 1 for the first renewal…
open-data-column-submitted_on = Day the proposal was submitted
open-data-column-start_date = First day in force
open-data-column-end_date = Last day in force
open-data-column-duration_months = Duration in months
open-data-column-commons = Commons identifier in the city
open-data-column-commons_name = Commons name
open-data-column-commons_kind = Nature of the commons
open-data-column-commons_category = Commons category
open-data-column-address = Commons address
open-data-column-district = District
open-data-column-latitude = Latitude of the commons (WGS 84, decimal degrees)
open-data-column-longitude = Longitude of the commons (WGS 84, decimal degrees)
open-data-column-organisations = Names of the parties that are not private persons, the city aside, separated by “; ”
open-data-column-party_kinds = Kinds of the parties, the city aside, separated by “; ”
open-data-column-text_sha256 = SHA-256 of the text in force (or of the latest version before signature)
open-data-column-url = The pact's page
registry-open-data = Download these results (CSV, JSON, GeoJSON)
map-title = Map of the commons
map-count = { $count ->
    [0] No commons to place for this search.
    [one] One commons placed on the map.
   *[other] { $count } commons placed on the map.
}
map-unplaced = { $count ->
    [one] One more has no coordinates.
   *[other] { $count } more have no coordinates.
}
map-registry = The pacts of this search in the registry
map-caption = The commons of the pacts found, over the districts of their city; each point leads to the commons' page.
map-list = The commons on the map
map-pacts = { $count ->
    [one] one pact
   *[other] { $count } pacts
}
registry-map = See these results on the map
feed-city = Atom feed of the city's pacts
mail-continued-subject = The pact “{ $title }” goes on with its renewal
mail-continued-body = The term of the collaboration pact no. { $number } “{ $title }” has ended; it goes on with its renewal no. { $renewal }, in force since { $date }.
