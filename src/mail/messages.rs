//! The messages Pacta sends, in the recipient's language: a subject, a
//! plain-text body and an HTML body built from the same translated texts.

use std::fmt::Write as _;

use maud::{DOCTYPE, html};

use crate::db::outbox::OutgoingMail;
use crate::domain::notification::NotificationKind;
use crate::i18n::{Arg, Lang};

/// A message made of a greeting, paragraphs, one action link and a footer.
fn compose(
    lang: Lang,
    to: &str,
    to_name: &str,
    subject: String,
    paragraphs: &[String],
    link: (&str, &str),
) -> OutgoingMail {
    let greeting = if to_name.is_empty() {
        lang.t("mail-greeting-anonymous")
    } else {
        lang.t_args("mail-greeting", &[("name", Arg::Str(to_name.to_owned()))])
    };
    let footer = lang.t("mail-footer");
    let (label, url) = link;
    let mut text = format!("{greeting}\n\n");
    for paragraph in paragraphs {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    let _ = write!(text, "{label}\n{url}\n\n-- \n{footer}\n");
    let html = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head { meta charset="utf-8"; title { (subject) } }
            body style="font-family: sans-serif; line-height: 1.5; color: #1d2433" {
                p { (greeting) }
                @for paragraph in paragraphs { p { (paragraph) } }
                p { a href=(url) { (label) } }
                hr;
                p style="color: #5a6275; font-size: small" { (footer) }
            }
        }
    };
    OutgoingMail {
        to: to.to_owned(),
        to_name: to_name.to_owned(),
        subject,
        text,
        html: html.into_string(),
    }
}

/// Asks a new resident to confirm their address.
pub fn verify_email(lang: Lang, to: &str, name: &str, link: &str) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t("mail-verify-subject"),
        &[lang.t("mail-verify-body"), lang.t("mail-verify-ignore")],
        (&lang.t("mail-verify-action"), link),
    )
}

/// Tells the owner of an address that someone tried to sign up with it:
/// the page said the same as for a new address, so nobody learns which
/// addresses have accounts.
pub fn already_registered(lang: Lang, to: &str, name: &str, link: &str) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t("mail-exists-subject"),
        &[lang.t("mail-exists-body"), lang.t("mail-verify-ignore")],
        (&lang.t("mail-exists-action"), link),
    )
}

/// Gives new city staff the link to choose their password.
pub fn welcome_staff(lang: Lang, to: &str, name: &str, city: &str, link: &str) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args("mail-staff-subject", &[("city", Arg::Str(city.to_owned()))]),
        &[
            lang.t_args("mail-staff-body", &[("city", Arg::Str(city.to_owned()))]),
            lang.t("mail-staff-expiry"),
        ],
        (&lang.t("mail-staff-action"), link),
    )
}

/// A link to sign in without a password.
pub fn sign_in_link(lang: Lang, to: &str, name: &str, link: &str) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t("mail-link-subject"),
        &[lang.t("mail-link-body"), lang.t("mail-verify-ignore")],
        (&lang.t("mail-link-action"), link),
    )
}

/// A link to choose a new password.
pub fn reset_password(lang: Lang, to: &str, name: &str, link: &str) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t("mail-reset-subject"),
        &[lang.t("mail-reset-body"), lang.t("mail-verify-ignore")],
        (&lang.t("mail-reset-action"), link),
    )
}

/// Tells the proponents that the city asks for documents, and why.
pub fn documents_requested(
    lang: Lang,
    to: &str,
    name: &str,
    title: &str,
    request: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-documents-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &[
            lang.t("mail-documents-body"),
            request.to_owned(),
            lang.t("mail-documents-clock"),
        ],
        (&lang.t("mail-documents-action"), link),
    )
}

/// Tells the proponents that the city refused the proposal, and why.
pub fn proposal_rejected(
    lang: Lang,
    to: &str,
    name: &str,
    title: &str,
    reasons: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-rejected-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &[lang.t("mail-rejected-body"), reasons.to_owned()],
        (&lang.t("mail-rejected-action"), link),
    )
}

/// Tells the proponents someone commented, supported, objected or asked
/// to join.
pub fn new_comment(
    lang: Lang,
    to: &str,
    name: &str,
    title: &str,
    kind: &str,
    body: &str,
    link: &str,
) -> OutgoingMail {
    let mut paragraphs =
        vec![lang.t_args("mail-comment-body", &[("kind", Arg::Str(kind.to_owned()))])];
    if !body.is_empty() {
        paragraphs.push(body.to_owned());
    }
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-comment-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &paragraphs,
        (&lang.t("mail-comment-action"), link),
    )
}

/// Tells the other side of a co-design that the draft moved: a new
/// version (with why) or a comment on one.
pub fn draft_changed(
    lang: Lang,
    (to, name): (&str, &str),
    title: &str,
    by: &str,
    what: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-draft-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &[
            lang.t_args("mail-draft-body", &[("name", Arg::Str(by.to_owned()))]),
            what.to_owned(),
        ],
        (&lang.t("mail-draft-action"), link),
    )
}

/// Invites someone to join a proposal as co-proponent.
pub fn co_proponent_invitation(
    lang: Lang,
    to: &str,
    inviter: &str,
    title: &str,
    city: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        "",
        lang.t_args(
            "mail-invitation-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &[
            lang.t_args(
                "mail-invitation-body",
                &[
                    ("name", Arg::Str(inviter.to_owned())),
                    ("title", Arg::Str(title.to_owned())),
                    ("city", Arg::Str(city.to_owned())),
                ],
            ),
            lang.t("mail-invitation-how"),
        ],
        (&lang.t("mail-invitation-action"), link),
    )
}

/// Tells whoever invited a co-proponent that they joined or declined.
pub fn invitation_answered(
    lang: Lang,
    (to, name): (&str, &str),
    title: &str,
    who: &str,
    accepted: bool,
    link: &str,
) -> OutgoingMail {
    let key = if accepted {
        "mail-invitation-accepted"
    } else {
        "mail-invitation-declined"
    };
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-invitation-answered-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &[lang.t_args(key, &[("name", Arg::Str(who.to_owned()))])],
        (&lang.t("mail-invitation-answered-action"), link),
    )
}

/// The daily digest: the notifications held for it (subject and path),
/// then for each followed pact that moved, what happened and its link.
pub fn digest(
    lang: Lang,
    (to, name): (&str, &str),
    (notes, activity): (&[(String, String)], &[crate::db::follows::PactActivity]),
    site: &str,
) -> OutgoingMail {
    let mut paragraphs = vec![lang.t("mail-digest-intro")];
    for (subject, path) in notes {
        paragraphs.push(format!("{subject}\n{site}{path}"));
    }
    for pact in activity {
        let mut what: Vec<String> = pact.events.iter().map(|kind| lang.event(kind)).collect();
        if pact.comments > 0 {
            what.push(lang.t_args(
                "mail-digest-comments",
                &[("count", Arg::Num(pact.comments))],
            ));
        }
        let line = lang.t_args(
            "mail-digest-pact",
            &[
                ("title", Arg::Str(pact.title.clone())),
                ("what", Arg::Str(what.join(" ; "))),
            ],
        );
        paragraphs.push(format!("{line}\n{site}{}", pact.path));
    }
    let first = notes.first().map(|(_, path)| path.as_str());
    let first = first.or(activity.first().map(|p| p.path.as_str()));
    let (key, count) = if notes.is_empty() {
        ("mail-digest-subject", activity.len())
    } else {
        ("mail-digest-notes-subject", notes.len() + activity.len())
    };
    compose(
        lang,
        to,
        name,
        lang.t_args(
            key,
            &[("count", Arg::Num(i64::try_from(count).unwrap_or(i64::MAX)))],
        ),
        &paragraphs,
        (
            &lang.t("mail-digest-action"),
            &format!("{site}{}", first.unwrap_or("/pacts")),
        ),
    )
}

/// Asks a signatory to sign (or reminds them): what, for whom, the
/// fingerprint of the text, and their personal link with its expiry.
pub fn signature_requested(
    lang: Lang,
    (to, name): (&str, &str),
    (title, city): (&str, &str),
    (capacity, sha256): (&str, &str),
    link: &str,
    (expires, reminder): (chrono::NaiveDateTime, bool),
) -> OutgoingMail {
    let title_arg = || ("title", Arg::Str(title.to_owned()));
    let subject = if reminder {
        lang.t_args("mail-sign-reminder-subject", &[title_arg()])
    } else {
        lang.t_args("mail-sign-subject", &[title_arg()])
    };
    compose(
        lang,
        to,
        name,
        subject,
        &[
            lang.t_args(
                "mail-sign-body",
                &[
                    title_arg(),
                    ("city", Arg::Str(city.to_owned())),
                    ("party", Arg::Str(capacity.to_owned())),
                ],
            ),
            lang.t_args("mail-sign-hash", &[("sha256", Arg::Str(sha256.to_owned()))]),
            lang.t_args(
                "mail-sign-expiry",
                &[("date", Arg::Str(lang.datetime(expires)))],
            ),
        ],
        (&lang.t("mail-sign-action"), link),
    )
}

/// The one-time code a signatory types to confirm their signature.
pub fn signature_code(
    lang: Lang,
    (to, name): (&str, &str),
    title: &str,
    code: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-sign-code-subject",
            &[("code", Arg::Str(code.to_owned()))],
        ),
        &[
            lang.t_args(
                "mail-sign-code-body",
                &[
                    ("title", Arg::Str(title.to_owned())),
                    ("code", Arg::Str(code.to_owned())),
                    ("minutes", Arg::Num(crate::domain::signing::CODE_MINUTES)),
                ],
            ),
            lang.t("mail-sign-code-ignore"),
        ],
        (&lang.t("mail-sign-action"), link),
    )
}

/// Tells the officers and the other signatories that someone declined to
/// sign, and why.
pub fn signature_declined(
    lang: Lang,
    (to, name): (&str, &str),
    title: &str,
    (who, party): (&str, &str),
    reason: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-sign-declined-subject",
            &[("title", Arg::Str(title.to_owned()))],
        ),
        &[
            lang.t_args(
                "mail-sign-declined-body",
                &[
                    ("name", Arg::Str(who.to_owned())),
                    ("party", Arg::Str(party.to_owned())),
                ],
            ),
            reason.to_owned(),
        ],
        (&lang.t("mail-invitation-answered-action"), link),
    )
}

/// Tells a party the agreement is signed by everyone and in force, with a
/// link to download it.
pub fn agreement_issued(
    lang: Lang,
    (to, name): (&str, &str),
    (title, number): (&str, &str),
    link: &str,
) -> OutgoingMail {
    compose(
        lang,
        to,
        name,
        lang.t_args(
            "mail-agreement-subject",
            &[
                ("title", Arg::Str(title.to_owned())),
                ("number", Arg::Str(number.to_owned())),
            ],
        ),
        &[lang.t("mail-agreement-body")],
        (&lang.t("mail-agreement-action"), link),
    )
}

/// What a message about a pact in force says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PactNotice {
    /// Its end date comes (`date`, `days`).
    Expiry,
    /// It has ended.
    Expired,
    /// Its term has ended and it goes on with its renewal (`renewal`, in
    /// force from `date`).
    Continued,
    /// The city suspended it (`until`, possibly empty), with reasons.
    Suspended,
    /// The suspension is over.
    Resumed,
    /// It was ended early, with reasons.
    Terminated,
    /// A report is overdue (`period`).
    ReportOverdue,
    /// The officer accepted a report (`period`).
    ReportAccepted,
    /// The officer asked for changes to a report (`period`), saying which.
    ReportChanges,
    /// A dispute was opened (`by`: `city` or `party`), about the reasons.
    DisputeOpened,
    /// A dispute was closed (`resolution`), with a note.
    DisputeClosed,
    /// Its end date comes (`date`, `days`) and it will renew tacitly
    /// unless someone objects by `deadline` (`open`: `yes`/`no`, whether
    /// one still may).
    TacitRenewal,
    /// Someone asked for its renewal (`renewal`: the new term's number),
    /// maybe with changes.
    RenewalRequested,
    /// The officer accepted the renewal (this pact is the new term).
    RenewalAccepted,
    /// The officer asks for changes to the renewal, saying which.
    RenewalChanges,
    /// The officer refused the renewal, with reasons.
    RenewalRefused,
    /// Someone objected to its tacit renewal, with reasons.
    RenewalObjected,
    /// It was renewed tacitly: `renewal` runs from `start` to `end`.
    RenewedTacitly,
    /// An amendment of its text was started, with reasons.
    AmendmentStarted,
    /// The amendment under way was abandoned.
    AmendmentAbandoned,
}

impl PactNotice {
    /// The kind of notification it is, for the recipient's preferences.
    pub fn kind(self) -> NotificationKind {
        use NotificationKind as K;
        match self {
            PactNotice::Expiry
            | PactNotice::Expired
            | PactNotice::Continued
            | PactNotice::TacitRenewal
            | PactNotice::RenewedTacitly => K::Term,
            PactNotice::Suspended | PactNotice::Resumed => K::Suspension,
            PactNotice::Terminated => K::Termination,
            PactNotice::ReportOverdue | PactNotice::ReportAccepted | PactNotice::ReportChanges => {
                K::Report
            }
            PactNotice::DisputeOpened | PactNotice::DisputeClosed => K::Dispute,
            PactNotice::RenewalRequested
            | PactNotice::RenewalAccepted
            | PactNotice::RenewalChanges
            | PactNotice::RenewalRefused
            | PactNotice::RenewalObjected => K::Renewal,
            PactNotice::AmendmentStarted | PactNotice::AmendmentAbandoned => K::Amendment,
        }
    }

    fn keys(self) -> (&'static str, &'static str) {
        match self {
            PactNotice::Expiry => ("mail-expiry-subject", "mail-expiry-body"),
            PactNotice::Expired => ("mail-expired-subject", "mail-expired-body"),
            PactNotice::Continued => ("mail-continued-subject", "mail-continued-body"),
            PactNotice::Suspended => ("mail-suspended-subject", "mail-suspended-body"),
            PactNotice::Resumed => ("mail-resumed-subject", "mail-resumed-body"),
            PactNotice::Terminated => ("mail-terminated-subject", "mail-terminated-body"),
            PactNotice::ReportOverdue => {
                ("mail-report-overdue-subject", "mail-report-overdue-body")
            }
            PactNotice::ReportAccepted => {
                ("mail-report-accepted-subject", "mail-report-accepted-body")
            }
            PactNotice::ReportChanges => {
                ("mail-report-changes-subject", "mail-report-changes-body")
            }
            PactNotice::DisputeOpened => {
                ("mail-dispute-opened-subject", "mail-dispute-opened-body")
            }
            PactNotice::DisputeClosed => {
                ("mail-dispute-closed-subject", "mail-dispute-closed-body")
            }
            PactNotice::TacitRenewal => ("mail-tacit-subject", "mail-tacit-body"),
            PactNotice::RenewalRequested => (
                "mail-renewal-requested-subject",
                "mail-renewal-requested-body",
            ),
            PactNotice::RenewalAccepted => (
                "mail-renewal-accepted-subject",
                "mail-renewal-accepted-body",
            ),
            PactNotice::RenewalChanges => {
                ("mail-renewal-changes-subject", "mail-renewal-changes-body")
            }
            PactNotice::RenewalRefused => {
                ("mail-renewal-refused-subject", "mail-renewal-refused-body")
            }
            PactNotice::RenewalObjected => (
                "mail-renewal-objected-subject",
                "mail-renewal-objected-body",
            ),
            PactNotice::RenewedTacitly => ("mail-renewed-subject", "mail-renewed-body"),
            PactNotice::AmendmentStarted => (
                "mail-amendment-started-subject",
                "mail-amendment-started-body",
            ),
            PactNotice::AmendmentAbandoned => (
                "mail-amendment-abandoned-subject",
                "mail-amendment-abandoned-body",
            ),
        }
    }
}

/// A message about a pact in force to one of its parties or its officer:
/// the pact's title and number, what happened (with `args`), the reasons
/// quoted when there are some, and the pact's link.
pub fn about_pact(
    lang: Lang,
    (to, name): (&str, &str),
    notice: PactNotice,
    (title, number): (&str, &str),
    args: &[(&'static str, Arg)],
    (reasons, link): (Option<&str>, &str),
) -> OutgoingMail {
    let (subject, body) = notice.keys();
    let mut all = vec![
        ("title", Arg::Str(title.to_owned())),
        ("number", Arg::Str(number.to_owned())),
    ];
    all.extend(args.iter().cloned());
    let mut paragraphs = vec![lang.t_args(body, &all)];
    paragraphs.extend(reasons.filter(|r| !r.is_empty()).map(str::to_owned));
    compose(
        lang,
        to,
        name,
        lang.t_args(subject, &all),
        &paragraphs,
        (&lang.t("mail-invitation-answered-action"), link),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_carry_the_link_in_both_bodies() {
        let mail = verify_email(
            Lang::Fr,
            "amelie@example.org",
            "Amélie Fontaine-Roux",
            "https://pacta.example/v/abc",
        );
        assert_eq!(mail.subject, "Confirmez votre adresse pour Pacta");
        assert!(mail.text.contains("https://pacta.example/v/abc"));
        assert!(mail.html.contains(r#"href="https://pacta.example/v/abc""#));
        assert!(mail.text.starts_with("Bonjour Amélie Fontaine-Roux,"));
    }

    #[test]
    fn names_are_escaped_in_html() {
        let mail = verify_email(
            Lang::En,
            "x@example.org",
            "<b>Eve</b>",
            "https://pacta.example/v/abc",
        );
        assert!(!mail.html.contains("<b>Eve</b>"));
        assert!(mail.html.contains("&lt;b&gt;Eve&lt;/b&gt;"));
    }

    #[test]
    fn messages_follow_the_recipients_language() {
        let it = welcome_staff(
            Lang::It,
            "g@example.org",
            "Giulia",
            "Comune di Borgoverde",
            "https://x/y",
        );
        assert!(it.subject.contains("Comune di Borgoverde"));
        assert!(it.text.starts_with("Buongiorno Giulia,"));
    }
}
