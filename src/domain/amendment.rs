//! Amendments during the term: the pact stays in force on its signed text
//! while the parties and the city draft a change (as in co-design), an
//! officer submits it, a signing officer approves it, and everyone signs
//! again; the signed change becomes the version in force, for the rest of
//! the same term. One amendment at a time.
//!
//! ```text
//! drafting ─submit─▶ awaiting_approval ─approve─▶ approved ─last signature─▶ signed
//!    ▲                     │    ▲                   │
//!    └─────return──────────┘    └──────return───────┘ (to drafting)
//! drafting | awaiting_approval | approved ─abandon─▶ abandoned
//! ```

use super::lifecycle::{Actor, Status};
use super::vocab::vocabulary;

vocabulary!(
    /// Where an amendment stands.
    AmendmentState, "amendment-state" {
    /// The change is being written.
    Drafting,
    /// The change waits for a signing officer's approval.
    AwaitingApproval,
    /// Approved: it is being signed.
    Approved,
    /// Signed: the changed text is in force.
    Signed,
    /// Given up; the text in force did not change.
    Abandoned,
    }
);

impl AmendmentState {
    /// Whether the amendment is still under way.
    pub fn is_open(self) -> bool {
        !matches!(self, AmendmentState::Signed | AmendmentState::Abandoned)
    }
}

vocabulary!(
    /// What an officer does with an amendment under way.
    AmendmentStep, "amendment-step" {
    /// Sends the change for approval.
    Submit,
    /// Sends it back to drafting (cancelling signatures under way).
    Return,
    /// Approves it, ready to be sent for signature.
    Approve,
    /// Gives it up.
    Abandon,
    }
);

/// Why an amendment cannot be started or moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AmendmentError {
    /// Only a pact in force is amended.
    #[error("only a pact in force can be amended")]
    NotInForce,
    /// One amendment at a time.
    #[error("an amendment is already under way")]
    AlreadyOpen,
    /// There is no amendment under way.
    #[error("no amendment is under way")]
    NoneOpen,
    /// The step makes no sense from the amendment's state.
    #[error("this step is not possible now")]
    NotNow,
    /// This actor may not take this step.
    #[error("not allowed")]
    NotPermitted,
    /// The text was not changed: nothing to approve.
    #[error("the text was not changed")]
    Unchanged,
}

/// Whether an amendment may be started on a pact in `status`, `open`
/// saying whether one is under way.
pub fn may_start(status: Status, open: bool) -> Result<(), AmendmentError> {
    if !status.is_in_force() {
        return Err(AmendmentError::NotInForce);
    }
    if open {
        return Err(AmendmentError::AlreadyOpen);
    }
    Ok(())
}

/// The state after `step` taken by `actor` from `state`; `changed` says
/// whether the latest text differs from the one in force.
pub fn next(
    state: AmendmentState,
    step: AmendmentStep,
    actor: Actor,
    changed: bool,
) -> Result<AmendmentState, AmendmentError> {
    use AmendmentState as S;
    use AmendmentStep as T;
    let allowed = match step {
        T::Approve => actor == Actor::SigningOfficer,
        T::Submit | T::Return | T::Abandon => {
            matches!(actor, Actor::Officer | Actor::SigningOfficer)
        }
    };
    if !allowed {
        return Err(AmendmentError::NotPermitted);
    }
    match (state, step) {
        (S::Drafting, T::Submit) if !changed => Err(AmendmentError::Unchanged),
        (S::Drafting, T::Submit) => Ok(S::AwaitingApproval),
        (S::AwaitingApproval, T::Approve) => Ok(S::Approved),
        (S::AwaitingApproval | S::Approved, T::Return) => Ok(S::Drafting),
        (S::Drafting | S::AwaitingApproval | S::Approved, T::Abandon) => Ok(S::Abandoned),
        _ => Err(AmendmentError::NotNow),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::Vocabulary;

    #[test]
    fn an_amendment_starts_on_a_pact_in_force_one_at_a_time() {
        assert_eq!(may_start(Status::Active, false), Ok(()));
        assert_eq!(may_start(Status::Suspended, false), Ok(()));
        assert_eq!(
            may_start(Status::Active, true),
            Err(AmendmentError::AlreadyOpen)
        );
        for status in [Status::CoDesign, Status::Expired, Status::Terminated] {
            assert_eq!(
                may_start(status, false),
                Err(AmendmentError::NotInForce),
                "{status}"
            );
        }
    }

    #[test]
    fn the_way_to_a_signed_amendment() {
        use AmendmentState as S;
        use AmendmentStep as T;
        let officer = Actor::Officer;
        let signer = Actor::SigningOfficer;
        assert_eq!(
            next(S::Drafting, T::Submit, officer, false),
            Err(AmendmentError::Unchanged)
        );
        assert_eq!(
            next(S::Drafting, T::Submit, officer, true),
            Ok(S::AwaitingApproval)
        );
        assert_eq!(
            next(S::AwaitingApproval, T::Approve, officer, true),
            Err(AmendmentError::NotPermitted)
        );
        assert_eq!(
            next(S::AwaitingApproval, T::Approve, signer, true),
            Ok(S::Approved)
        );
        assert_eq!(next(S::Approved, T::Return, officer, true), Ok(S::Drafting));
        assert_eq!(
            next(S::Drafting, T::Approve, signer, true),
            Err(AmendmentError::NotNow)
        );
        assert_eq!(
            next(S::Drafting, T::Submit, Actor::Proponent, true),
            Err(AmendmentError::NotPermitted)
        );
        for state in [S::Signed, S::Abandoned] {
            assert!(!state.is_open());
            for step in AmendmentStep::all() {
                assert!(next(state, step, signer, true).is_err(), "{state} {step}");
            }
        }
        assert_eq!(
            next(S::Approved, T::Abandon, officer, true),
            Ok(S::Abandoned)
        );
    }
}
