//! Notifications: what Pacta tells people about the pacts they take part
//! in, by kind, and how each person wants each kind delivered (by e-mail at
//! once, in the daily digest, or only in Pacta). The parties to a pact
//! always get at once what concerns their signature, a suspension or a
//! termination, whatever they chose.

use super::vocab::vocabulary;

vocabulary!(
    /// What a notification is about.
    NotificationKind, "notification" {
    /// Signatures: a request or a reminder, a refusal, the agreement issued.
    Signature,
    /// A suspension, or its end.
    Suspension,
    /// The pact ended early.
    Termination,
    /// The term: expiry notices, expiry, tacit renewal.
    Term,
    /// Renewals asked for and the answers to them.
    Renewal,
    /// Amendments of the text during the term.
    Amendment,
    /// Activity reports: overdue, accepted, changes asked for.
    Report,
    /// Disputes opened and closed.
    Dispute,
    /// The way of a proposal: documents asked for, refusal, changes to the
    /// draft, answers to invitations.
    Proposal,
    /// Public comments on a proposal.
    Comment,
    }
);

vocabulary!(
    /// How a kind of notification reaches its recipient.
    Delivery, "delivery" {
    /// By e-mail at once.
    Immediate,
    /// In the daily digest e-mail.
    Digest,
    /// Only in Pacta's list of notifications.
    None,
    }
);

impl NotificationKind {
    /// Whether the parties to a pact always get it at once.
    pub fn is_binding(self) -> bool {
        matches!(
            self,
            NotificationKind::Signature
                | NotificationKind::Suspension
                | NotificationKind::Termination
        )
    }
}

/// How a notification of `kind` reaches someone who chose `chosen` (or
/// nothing: by e-mail at once); `party` says whether they are a party to
/// the pact concerned.
pub fn delivery(kind: NotificationKind, chosen: Option<Delivery>, party: bool) -> Delivery {
    if party && kind.is_binding() {
        Delivery::Immediate
    } else {
        chosen.unwrap_or(Delivery::Immediate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::Vocabulary;

    #[test]
    fn parties_always_get_signatures_suspensions_and_terminations_at_once() {
        for kind in NotificationKind::all() {
            for chosen in [None, Some(Delivery::Digest), Some(Delivery::None)] {
                let party = delivery(kind, chosen, true);
                let other = delivery(kind, chosen, false);
                assert_eq!(other, chosen.unwrap_or(Delivery::Immediate), "{kind}");
                if kind.is_binding() {
                    assert_eq!(party, Delivery::Immediate, "{kind}");
                } else {
                    assert_eq!(party, other, "{kind}");
                }
            }
        }
        assert!(NotificationKind::Termination.is_binding());
        assert!(!NotificationKind::Report.is_binding());
    }
}
