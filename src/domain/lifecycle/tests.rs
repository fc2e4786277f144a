use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::domain::vocab::Vocabulary;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn settings() -> CitySettings {
    CitySettings::default()
}

fn proposal(kind: PactKind) -> Lifecycle {
    Lifecycle::submitted(kind, 12, day(2026, 1, 5))
}

fn run(mut pact: Lifecycle, steps: &[(Action, Actor, NaiveDate)]) -> Lifecycle {
    for (action, actor, today) in steps {
        pact = pact
            .apply(action, *actor, *today, &settings())
            .expect("step allowed");
    }
    pact
}

fn reason() -> String {
    "motif".to_owned()
}

#[test]
fn officer_starts_review_of_a_submitted_proposal() {
    let pact = proposal(PactKind::Ordinary);
    let next = pact
        .apply(
            &Action::StartReview,
            Actor::Officer,
            day(2026, 1, 6),
            &settings(),
        )
        .expect("allowed");
    assert_eq!(next.status, Status::UnderReview);
}

#[test]
fn proponent_cannot_start_the_review() {
    let pact = proposal(PactKind::Ordinary);
    let err = pact.apply(
        &Action::StartReview,
        Actor::Proponent,
        day(2026, 1, 6),
        &settings(),
    );
    assert_eq!(
        err,
        Err(TransitionError::NotPermitted {
            actor: Actor::Proponent,
            action: ActionKind::StartReview
        })
    );
}

#[test]
fn activating_a_proposal_under_review_is_refused() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[(Action::StartReview, Actor::Officer, day(2026, 1, 6))],
    );
    let err = pact.apply(
        &Action::Activate {
            start: day(2026, 2, 1),
        },
        Actor::System,
        day(2026, 2, 1),
        &settings(),
    );
    assert_eq!(
        err,
        Err(TransitionError::NotFromStatus {
            action: ActionKind::Activate,
            status: Status::UnderReview
        })
    );
}

#[test]
fn review_clock_runs_from_submission_for_the_city_period() {
    let pact = proposal(PactKind::Ordinary);
    assert_eq!(
        pact.review_clock(day(2026, 1, 10), &settings()),
        ReviewClock::Running {
            due: day(2026, 2, 4),
            days_left: 25
        }
    );
}

#[test]
fn asking_for_documents_pauses_the_review_clock() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (
                Action::RequestDocuments {
                    what: "Plan".into(),
                },
                Actor::Officer,
                day(2026, 1, 15),
            ),
        ],
    );
    assert_eq!(pact.status, Status::AwaitingDocuments);
    // Due on 4 February; paused on 15 January: 20 days remain, however long the pause.
    assert_eq!(
        pact.review_clock(day(2026, 3, 1), &settings()),
        ReviewClock::Paused { days_left: 20 }
    );
}

#[test]
fn documents_received_resume_the_clock_with_the_pause_added() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (
                Action::RequestDocuments {
                    what: "Plan".into(),
                },
                Actor::Officer,
                day(2026, 1, 15),
            ),
            (
                Action::ProvideDocuments {
                    answer: "Statuts joints.".into(),
                },
                Actor::Proponent,
                day(2026, 1, 25),
            ),
        ],
    );
    assert_eq!(pact.status, Status::UnderReview);
    assert_eq!(pact.review_paused_days, 10);
    assert_eq!(
        pact.review_clock(day(2026, 1, 25), &settings()),
        ReviewClock::Running {
            due: day(2026, 2, 14),
            days_left: 20
        }
    );
}

#[test]
fn complex_pacts_get_a_longer_publication_period() {
    let settings = settings();
    assert_eq!(publication_days(PactKind::Ordinary, &settings), 15);
    assert_eq!(publication_days(PactKind::Complex, &settings), 30);
    let pact = run(
        proposal(PactKind::Complex),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::PublishForComments, Actor::Officer, day(2026, 1, 10)),
        ],
    );
    assert_eq!(pact.comments_close_on, Some(day(2026, 2, 9)));
}

#[test]
fn comments_cannot_close_before_the_end_of_the_period() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::PublishForComments, Actor::Officer, day(2026, 1, 10)),
        ],
    );
    let early = pact.apply(
        &Action::CloseComments,
        Actor::System,
        day(2026, 1, 24),
        &settings(),
    );
    assert_eq!(
        early,
        Err(TransitionError::CommentsStillOpen {
            until: day(2026, 1, 25)
        })
    );
    let closed = pact
        .apply(
            &Action::CloseComments,
            Actor::System,
            day(2026, 1, 25),
            &settings(),
        )
        .expect("period over");
    assert_eq!(closed.status, Status::UnderReview);
}

#[test]
fn comments_are_open_only_during_the_publication_period() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::PublishForComments, Actor::Officer, day(2026, 1, 10)),
        ],
    );
    assert!(pact.comments_open(day(2026, 1, 10)));
    assert!(pact.comments_open(day(2026, 1, 24)));
    assert!(
        !pact.comments_open(day(2026, 1, 25)),
        "closed on the closing day"
    );
    assert!(
        !proposal(PactKind::Ordinary).comments_open(day(2026, 1, 10)),
        "not before publication"
    );
}

#[test]
fn rejection_needs_a_reason() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[(Action::StartReview, Actor::Officer, day(2026, 1, 6))],
    );
    let err = pact.apply(
        &Action::Reject {
            reason: "  ".into(),
        },
        Actor::Officer,
        day(2026, 1, 7),
        &settings(),
    );
    assert_eq!(
        err,
        Err(TransitionError::ReasonRequired {
            action: ActionKind::Reject
        })
    );
}

#[test]
fn only_a_signing_officer_approves() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::StartCoDesign, Actor::Officer, day(2026, 1, 7)),
            (Action::SubmitForApproval, Actor::Officer, day(2026, 2, 7)),
        ],
    );
    let err = pact.apply(
        &Action::Approve {
            version: String::new(),
        },
        Actor::Officer,
        day(2026, 2, 8),
        &settings(),
    );
    assert_eq!(
        err,
        Err(TransitionError::NotPermitted {
            actor: Actor::Officer,
            action: ActionKind::Approve
        })
    );
    let ok = pact
        .apply(
            &Action::Approve {
                version: String::new(),
            },
            Actor::SigningOfficer,
            day(2026, 2, 8),
            &settings(),
        )
        .expect("allowed");
    assert_eq!(ok.status, Status::AwaitingSignatures);
}

#[test]
fn complex_pact_needs_the_executive_decision_before_approval() {
    let pact = run(
        proposal(PactKind::Complex),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::StartCoDesign, Actor::Officer, day(2026, 1, 7)),
            (Action::SubmitForApproval, Actor::Officer, day(2026, 2, 7)),
        ],
    );
    let err = pact.apply(
        &Action::Approve {
            version: String::new(),
        },
        Actor::SigningOfficer,
        day(2026, 2, 8),
        &settings(),
    );
    assert_eq!(err, Err(TransitionError::ExecutiveDecisionRequired));
    let decided = run(
        pact,
        &[
            (
                Action::RecordExecutiveDecision {
                    reference: "DG 112/2026".into(),
                },
                Actor::Officer,
                day(2026, 2, 9),
            ),
            (
                Action::Approve {
                    version: String::new(),
                },
                Actor::SigningOfficer,
                day(2026, 2, 10),
            ),
        ],
    );
    assert_eq!(decided.status, Status::AwaitingSignatures);
    assert_eq!(decided.executive_decision.as_deref(), Some("DG 112/2026"));
}

#[test]
fn ordinary_pacts_take_no_executive_decision() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::StartCoDesign, Actor::Officer, day(2026, 1, 7)),
        ],
    );
    let err = pact.apply(
        &Action::RecordExecutiveDecision {
            reference: "DG 1".into(),
        },
        Actor::Officer,
        day(2026, 1, 8),
        &settings(),
    );
    assert_eq!(err, Err(TransitionError::NotComplex));
}

#[test]
fn returning_to_co_design_clears_the_executive_decision() {
    let pact = run(
        proposal(PactKind::Complex),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::StartCoDesign, Actor::Officer, day(2026, 1, 7)),
            (
                Action::RecordExecutiveDecision {
                    reference: "DG 3".into(),
                },
                Actor::Officer,
                day(2026, 1, 9),
            ),
            (Action::SubmitForApproval, Actor::Officer, day(2026, 2, 7)),
            (Action::ReturnToCoDesign, Actor::Officer, day(2026, 2, 8)),
        ],
    );
    assert_eq!(pact.status, Status::CoDesign);
    assert_eq!(pact.executive_decision, None);
}

fn active_pact() -> Lifecycle {
    run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (Action::StartCoDesign, Actor::Officer, day(2026, 1, 7)),
            (Action::SubmitForApproval, Actor::Officer, day(2026, 2, 7)),
            (
                Action::Approve {
                    version: String::new(),
                },
                Actor::SigningOfficer,
                day(2026, 2, 8),
            ),
            (
                Action::Activate {
                    start: day(2026, 3, 1),
                },
                Actor::System,
                day(2026, 2, 20),
            ),
        ],
    )
}

#[test]
fn activation_sets_the_term_from_the_duration() {
    let pact = active_pact();
    assert_eq!(pact.status, Status::Active);
    assert_eq!(pact.start_date, Some(day(2026, 3, 1)));
    assert_eq!(pact.end_date, Some(day(2027, 2, 28)));
}

#[test]
fn end_date_of_a_month_end_start_is_the_day_before_the_anniversary() {
    assert_eq!(end_date(day(2026, 1, 31), 1), Ok(day(2026, 2, 27)));
    assert_eq!(end_date(day(2024, 2, 29), 12), Ok(day(2025, 2, 27)));
}

#[test]
fn a_pact_expires_only_after_its_end_date() {
    let pact = active_pact();
    let early = pact.apply(
        &Action::Expire,
        Actor::System,
        day(2027, 2, 28),
        &settings(),
    );
    assert_eq!(
        early,
        Err(TransitionError::NotYetEnded {
            end: day(2027, 2, 28)
        })
    );
    let expired = pact
        .apply(&Action::Expire, Actor::System, day(2027, 3, 1), &settings())
        .expect("ended");
    assert_eq!(expired.status, Status::Expired);
}

#[test]
fn officers_cannot_expire_pacts_by_hand() {
    let err = active_pact().apply(
        &Action::Expire,
        Actor::Officer,
        day(2028, 1, 1),
        &settings(),
    );
    assert_eq!(
        err,
        Err(TransitionError::NotPermitted {
            actor: Actor::Officer,
            action: ActionKind::Expire
        })
    );
}

#[test]
fn suspension_is_lifted_only_within_the_term() {
    let suspended = run(
        active_pact(),
        &[(
            Action::Suspend { reason: reason() },
            Actor::Officer,
            day(2026, 6, 1),
        )],
    );
    assert_eq!(suspended.status, Status::Suspended);
    let late = suspended.apply(
        &Action::Resume,
        Actor::Officer,
        day(2027, 3, 1),
        &settings(),
    );
    assert_eq!(
        late,
        Err(TransitionError::AlreadyEnded {
            end: day(2027, 2, 28)
        })
    );
    let resumed = suspended
        .apply(
            &Action::Resume,
            Actor::Officer,
            day(2026, 7, 1),
            &settings(),
        )
        .expect("in term");
    assert_eq!(resumed.status, Status::Active);
}

#[test]
fn withdrawal_before_signature_withdraws_the_proposal() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[(
            Action::Withdraw { reason: reason() },
            Actor::Proponent,
            day(2026, 1, 6),
        )],
    );
    assert_eq!(pact.status, Status::Withdrawn);
}

#[test]
fn withdrawal_of_a_pact_in_force_terminates_it() {
    let pact = run(
        active_pact(),
        &[(
            Action::Withdraw { reason: reason() },
            Actor::Proponent,
            day(2026, 5, 1),
        )],
    );
    assert_eq!(pact.status, Status::Terminated);
    assert_eq!(pact.start_date, Some(day(2026, 3, 1)));
}

#[test]
fn withdrawal_while_awaiting_documents_stops_the_clock() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[
            (Action::StartReview, Actor::Officer, day(2026, 1, 6)),
            (
                Action::RequestDocuments {
                    what: "Plan".into(),
                },
                Actor::Officer,
                day(2026, 1, 7),
            ),
            (
                Action::Withdraw { reason: reason() },
                Actor::Proponent,
                day(2026, 1, 8),
            ),
        ],
    );
    assert_eq!(pact.review_paused_since, None);
    assert_eq!(
        pact.review_clock(day(2026, 1, 9), &settings()),
        ReviewClock::Stopped
    );
}

#[test]
fn closed_pacts_accept_no_action() {
    let closed = run(
        active_pact(),
        &[
            (
                Action::Terminate { reason: reason() },
                Actor::Officer,
                day(2026, 5, 1),
            ),
            (Action::Close, Actor::Officer, day(2026, 6, 1)),
        ],
    );
    for actor in Actor::all() {
        assert!(
            closed
                .available_actions(actor, day(2026, 7, 1), &settings())
                .is_empty()
        );
    }
    assert!(Status::Closed.is_final());
}

#[test]
fn expiry_notices_fall_before_the_end_date() {
    let pact = active_pact();
    assert_eq!(
        pact.expiry_notice_dates(&settings()),
        vec![day(2026, 11, 30), day(2027, 1, 29), day(2027, 2, 21)]
    );
}

#[test]
fn available_actions_for_an_officer_under_review() {
    let pact = run(
        proposal(PactKind::Ordinary),
        &[(Action::StartReview, Actor::Officer, day(2026, 1, 6))],
    );
    assert_eq!(
        pact.available_actions(Actor::Officer, day(2026, 1, 7), &settings()),
        vec![
            ActionKind::RequestDocuments,
            ActionKind::PublishForComments,
            ActionKind::StartCoDesign,
            ActionKind::Reject
        ]
    );
}

/// The transition table, written out independently of the code under test:
/// (from, action, to). Any pair not listed must be refused.
const SPEC: &[(Status, ActionKind, Status)] = {
    use ActionKind as A;
    use Status as S;
    &[
        (S::Submitted, A::StartReview, S::UnderReview),
        (S::Submitted, A::Reject, S::Rejected),
        (S::Submitted, A::Withdraw, S::Withdrawn),
        (S::UnderReview, A::RequestDocuments, S::AwaitingDocuments),
        (
            S::UnderReview,
            A::PublishForComments,
            S::PublishedForComments,
        ),
        (S::UnderReview, A::StartCoDesign, S::CoDesign),
        (S::UnderReview, A::Reject, S::Rejected),
        (S::UnderReview, A::Withdraw, S::Withdrawn),
        (S::AwaitingDocuments, A::ProvideDocuments, S::UnderReview),
        (S::AwaitingDocuments, A::Reject, S::Rejected),
        (S::AwaitingDocuments, A::Withdraw, S::Withdrawn),
        (S::PublishedForComments, A::CloseComments, S::UnderReview),
        (S::PublishedForComments, A::Withdraw, S::Withdrawn),
        (S::CoDesign, A::SubmitForApproval, S::AwaitingApproval),
        (S::CoDesign, A::RecordExecutiveDecision, S::CoDesign),
        (S::CoDesign, A::Reject, S::Rejected),
        (S::CoDesign, A::Withdraw, S::Withdrawn),
        (S::AwaitingApproval, A::Approve, S::AwaitingSignatures),
        (S::AwaitingApproval, A::ReturnToCoDesign, S::CoDesign),
        (
            S::AwaitingApproval,
            A::RecordExecutiveDecision,
            S::AwaitingApproval,
        ),
        (S::AwaitingApproval, A::Withdraw, S::Withdrawn),
        (S::AwaitingSignatures, A::Activate, S::Active),
        (S::AwaitingSignatures, A::ReturnToCoDesign, S::CoDesign),
        (S::AwaitingSignatures, A::Withdraw, S::Withdrawn),
        (S::Active, A::Suspend, S::Suspended),
        (S::Active, A::Expire, S::Expired),
        (S::Active, A::Terminate, S::Terminated),
        (S::Active, A::Withdraw, S::Terminated),
        (S::Suspended, A::Resume, S::Active),
        (S::Suspended, A::Expire, S::Expired),
        (S::Suspended, A::Terminate, S::Terminated),
        (S::Suspended, A::Withdraw, S::Terminated),
        (S::Expired, A::Close, S::Closed),
        (S::Terminated, A::Close, S::Closed),
    ]
};

fn arb_action() -> impl Strategy<Value = Action> {
    let reason = prop_oneof![Just(String::new()), Just("motif".to_owned())];
    prop_oneof![
        Just(Action::StartReview),
        Just(Action::RequestDocuments {
            what: "Plan".into()
        }),
        reason
            .clone()
            .prop_map(|answer| Action::ProvideDocuments { answer }),
        Just(Action::PublishForComments),
        Just(Action::CloseComments),
        Just(Action::StartCoDesign),
        reason.clone().prop_map(|reason| Action::Reject { reason }),
        Just(Action::SubmitForApproval),
        Just(Action::ReturnToCoDesign),
        reason
            .clone()
            .prop_map(|reference| Action::RecordExecutiveDecision { reference }),
        Just(Action::Approve {
            version: String::new()
        }),
        (0u64..400).prop_map(|offset| Action::Activate {
            start: day(2026, 1, 1) + Days::new(offset)
        }),
        reason.clone().prop_map(|reason| Action::Suspend { reason }),
        Just(Action::Resume),
        Just(Action::Expire),
        reason
            .clone()
            .prop_map(|reason| Action::Terminate { reason }),
        reason.prop_map(|reason| Action::Withdraw { reason }),
        Just(Action::Close),
    ]
}

fn arb_actor() -> impl Strategy<Value = Actor> {
    prop_oneof![
        Just(Actor::Proponent),
        Just(Actor::Officer),
        Just(Actor::SigningOfficer),
        Just(Actor::System)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// No sequence of actions, by anyone, on any day, leads to a transition
    /// the rules forbid or to an inconsistent pact.
    #[test]
    fn no_sequence_of_actions_breaks_the_rules(
        complex in any::<bool>(),
        months in 1u32..60,
        steps in proptest::collection::vec((arb_action(), arb_actor(), 0u64..40), 1..40),
    ) {
        let kind = if complex { PactKind::Complex } else { PactKind::Ordinary };
        let mut pact = Lifecycle::submitted(kind, months, day(2026, 1, 1));
        let mut today = day(2026, 1, 1);
        for (action, actor, advance) in steps {
            today = today + Days::new(advance * 10);
            let before = pact.clone();
            if let Ok(after) = before.apply(&action, actor, today, &settings()) {
                    let kind = action.kind();
                    prop_assert!(
                        SPEC.contains(&(before.status, kind, after.status)),
                        "{:?} --{:?}--> {:?} is not in the table", before.status, kind, after.status
                    );
                    prop_assert!(permitted_actors(kind).contains(&actor));
                    prop_assert!(!action.details().trim().is_empty() || !matches!(
                        kind,
                        ActionKind::Reject | ActionKind::Suspend | ActionKind::Terminate | ActionKind::Withdraw
                    ));
                    prop_assert_eq!(after.check_invariants(), Ok(()));
                    if before.status.was_signed() {
                        prop_assert_eq!(after.start_date, before.start_date, "a signed term never moves");
                    }
                    pact = after;
            }
        }
        prop_assert_eq!(pact.check_invariants(), Ok(()));
    }
}

#[test]
fn every_transition_in_the_table_is_reachable() {
    // Walk each source status with each action kind and a permitted actor,
    // on a day late enough for clock-driven actions.
    for &(from, kind, to) in SPEC {
        let mut pact = Lifecycle::submitted(PactKind::Complex, 12, day(2026, 1, 1));
        pact.status = from;
        if from == Status::AwaitingDocuments {
            pact.review_paused_since = Some(day(2026, 1, 2));
        }
        if from == Status::PublishedForComments {
            pact.comments_close_on = Some(day(2026, 1, 20));
        }
        if from.was_signed()
            || matches!(from, Status::AwaitingSignatures | Status::AwaitingApproval)
        {
            pact.executive_decision = Some("DG 1".into());
        }
        if from.was_signed() {
            pact.start_date = Some(day(2026, 2, 1));
            pact.end_date = Some(day(2027, 1, 31));
        }
        let today = if kind == ActionKind::Expire {
            day(2027, 2, 1)
        } else {
            day(2026, 6, 1)
        };
        let action = sample_action(kind, today);
        let actor = permitted_actors(kind)[0];
        let next = pact
            .apply(&action, actor, today, &settings())
            .unwrap_or_else(|e| panic!("{from:?} {kind:?}: {e}"));
        assert_eq!(next.status, to, "{from:?} --{kind:?}-->");
    }
}

#[test]
fn every_status_outside_the_table_refuses_the_action() {
    for status in Status::all() {
        for kind in ActionKind::all() {
            if SPEC.iter().any(|&(from, k, _)| from == status && k == kind) {
                continue;
            }
            let mut pact = Lifecycle::submitted(PactKind::Complex, 12, day(2026, 1, 1));
            pact.status = status;
            let action = sample_action(kind, day(2026, 6, 1));
            for actor in Actor::all() {
                assert!(
                    matches!(
                        pact.apply(&action, actor, day(2026, 6, 1), &settings()),
                        Err(TransitionError::NotFromStatus { .. })
                    ),
                    "{status:?} {kind:?} should be refused"
                );
            }
        }
    }
}
