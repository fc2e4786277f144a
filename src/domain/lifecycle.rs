//! The pact lifecycle: statuses, the actions that move a pact between them,
//! who may take each action, and the deadlines computed from the city's
//! settings.
//!
//! ```text
//! submitted ─start_review─▶ under_review ◀─provide_documents─ awaiting_documents
//!                              │  ▲  └──────request_documents──────▶
//!        publish_for_comments  │  │ close_comments (clock, at the end of the period)
//!                              ▼  │
//!                    published_for_comments
//! under_review ─start_co_design─▶ co_design ─submit_for_approval─▶ awaiting_approval
//!                                    ▲ return_to_co_design ─────────────┘   │ approve
//!                                    └──────────────────── awaiting_signatures ◀┘
//! awaiting_signatures ─activate (clock, last signature)─▶ active ◀─resume─┐
//! active ─suspend─▶ suspended ─────────────────────────────────────────────┘
//! active | suspended ─expire (clock, after the end date)─▶ expired ─close─▶ closed
//! active | suspended ─terminate / withdraw─▶ terminated ─close─▶ closed
//! before signature: reject (officer) ▶ rejected, withdraw (proponent) ▶ withdrawn
//! ```
//!
//! [`Lifecycle::apply`] is the only way to change a pact's status: it checks
//! the action is allowed from the current status, by this actor, at this
//! date, and returns the new state, which always satisfies
//! [`Lifecycle::check_invariants`].

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use super::city::CitySettings;
use super::vocab::{PactKind, vocabulary};

vocabulary!(
    /// Where a pact stands in its life.
    Status, "status" {
    /// A proposal has been submitted and waits for the city.
    Submitted,
    /// The city checks the proposal's feasibility; the review clock runs.
    UnderReview,
    /// The city asked for documents; the review clock is paused.
    AwaitingDocuments,
    /// The proposal is public and anyone may comment.
    PublishedForComments,
    /// Officers and proponents write the pact together.
    CoDesign,
    /// The final text waits for the signing officer's approval.
    AwaitingApproval,
    /// The approved text is being signed by every party and the city.
    AwaitingSignatures,
    /// Signed and in force.
    Active,
    /// In force but suspended by the city.
    Suspended,
    /// Its end date has passed.
    Expired,
    /// Ended early (withdrawal, breach, revocation).
    Terminated,
    /// The city refused the proposal.
    Rejected,
    /// The proponents withdrew before signature.
    Withdrawn,
    /// Finished and archived.
    Closed,
    }
);

impl Status {
    /// Statuses of a proposal not yet signed, which proponents may withdraw.
    pub const BEFORE_SIGNATURE: [Status; 7] = [
        Status::Submitted,
        Status::UnderReview,
        Status::AwaitingDocuments,
        Status::PublishedForComments,
        Status::CoDesign,
        Status::AwaitingApproval,
        Status::AwaitingSignatures,
    ];

    /// Whether the pact is signed and its term has started (in force or suspended).
    pub fn is_in_force(self) -> bool {
        matches!(self, Status::Active | Status::Suspended)
    }

    /// Whether no action can move the pact any more.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Rejected | Status::Withdrawn | Status::Closed)
    }

    /// Whether the pact has been signed at some point.
    pub fn was_signed(self) -> bool {
        matches!(
            self,
            Status::Active
                | Status::Suspended
                | Status::Expired
                | Status::Terminated
                | Status::Closed
        )
    }
}

vocabulary!(
    /// Who takes an action.
    Actor, "actor" {
    /// A resident or organisation that proposed the pact (or its representative).
    Proponent,
    /// A city officer.
    Officer,
    /// A senior officer who may approve and sign for the city; may also do
    /// everything an officer does.
    SigningOfficer,
    /// Pacta itself, driven by the clock or by the last signature.
    System,
    }
);

vocabulary!(
    /// The kinds of action, without their data: what the history records.
    ActionKind, "action" {
    StartReview,
    RequestDocuments,
    ProvideDocuments,
    PublishForComments,
    CloseComments,
    StartCoDesign,
    Reject,
    SubmitForApproval,
    ReturnToCoDesign,
    RecordExecutiveDecision,
    Approve,
    Activate,
    Suspend,
    Resume,
    Expire,
    Terminate,
    Withdraw,
    Close,
    }
);

vocabulary!(
    /// Why a pact in force was ended early.
    TerminationKind, "termination" {
    /// The parties withdrew from it.
    Withdrawal,
    /// A party did not keep its commitments.
    Breach,
    /// The city revoked it for reasons of public interest.
    PublicInterest,
    }
);

vocabulary!(
    /// How a dispute over a pact in force ended.
    Resolution, "resolution" {
    /// The pact goes on as it is.
    Continued,
    /// The parties agreed to amend it (through a new text and signatures).
    Amended,
    /// The pact was ended.
    Terminated,
    }
);

/// An action on a pact, with the data it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// An officer takes the proposal in hand.
    StartReview,
    /// An officer asks the proponents for documents, saying which: the
    /// review clock pauses.
    RequestDocuments { what: String },
    /// The proponents answer, with text: the review clock resumes.
    ProvideDocuments { answer: String },
    /// An officer publishes the proposal for public comments.
    PublishForComments,
    /// The clock closes comments at the end of the publication period.
    CloseComments,
    /// An officer opens co-design.
    StartCoDesign,
    /// An officer refuses the proposal, with reasons.
    Reject { reason: String },
    /// An officer marks the final version ready for approval.
    SubmitForApproval,
    /// The text needs more work (after approval, this cancels it).
    ReturnToCoDesign,
    /// An officer records the city executive's assessment of a complex pact.
    RecordExecutiveDecision { reference: String },
    /// A signing officer approves the final version, which freezes it;
    /// `version` names the version approved (number and SHA-256) for the
    /// history.
    Approve { version: String },
    /// The last signature landed: the pact starts on `start`, for its duration.
    Activate { start: NaiveDate },
    /// An officer suspends the pact, with reasons.
    Suspend { reason: String },
    /// An officer lifts the suspension.
    Resume,
    /// The clock moves a pact past its end date to expired.
    Expire,
    /// An officer ends the pact early, with reasons.
    Terminate { reason: String },
    /// The proponents withdraw, with reasons: before signature the proposal
    /// is withdrawn, once in force the pact is terminated.
    Withdraw { reason: String },
    /// An officer archives an ended pact.
    Close,
}

impl Action {
    /// The kind of this action.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::StartReview => ActionKind::StartReview,
            Action::RequestDocuments { .. } => ActionKind::RequestDocuments,
            Action::ProvideDocuments { .. } => ActionKind::ProvideDocuments,
            Action::PublishForComments => ActionKind::PublishForComments,
            Action::CloseComments => ActionKind::CloseComments,
            Action::StartCoDesign => ActionKind::StartCoDesign,
            Action::Reject { .. } => ActionKind::Reject,
            Action::SubmitForApproval => ActionKind::SubmitForApproval,
            Action::ReturnToCoDesign => ActionKind::ReturnToCoDesign,
            Action::RecordExecutiveDecision { .. } => ActionKind::RecordExecutiveDecision,
            Action::Approve { .. } => ActionKind::Approve,
            Action::Activate { .. } => ActionKind::Activate,
            Action::Suspend { .. } => ActionKind::Suspend,
            Action::Resume => ActionKind::Resume,
            Action::Expire => ActionKind::Expire,
            Action::Terminate { .. } => ActionKind::Terminate,
            Action::Withdraw { .. } => ActionKind::Withdraw,
            Action::Close => ActionKind::Close,
        }
    }

    /// The free text that goes with the action (reasons, decision
    /// reference), recorded in the history.
    pub fn details(&self) -> &str {
        match self {
            Action::Reject { reason }
            | Action::Suspend { reason }
            | Action::Terminate { reason }
            | Action::Withdraw { reason } => reason,
            Action::RecordExecutiveDecision { reference } => reference,
            Action::ProvideDocuments { answer } => answer,
            Action::RequestDocuments { what } => what,
            Action::Approve { version } => version,
            _ => "",
        }
    }
}

/// Who may take an action of this kind.
pub fn permitted_actors(kind: ActionKind) -> &'static [Actor] {
    use ActionKind as K;
    const OFFICERS: &[Actor] = &[Actor::Officer, Actor::SigningOfficer];
    match kind {
        K::StartReview
        | K::RequestDocuments
        | K::PublishForComments
        | K::StartCoDesign
        | K::Reject
        | K::SubmitForApproval
        | K::ReturnToCoDesign
        | K::RecordExecutiveDecision
        | K::Suspend
        | K::Terminate
        | K::Close => OFFICERS,
        // An officer lifts a suspension, or the clock at its end date.
        K::Resume => &[Actor::Officer, Actor::SigningOfficer, Actor::System],
        K::Approve => &[Actor::SigningOfficer],
        K::ProvideDocuments | K::Withdraw => &[Actor::Proponent],
        K::CloseComments | K::Activate | K::Expire => &[Actor::System],
    }
}

/// The statuses an action of this kind can be taken from.
pub fn source_statuses(kind: ActionKind) -> &'static [Status] {
    use ActionKind as K;
    use Status as S;
    match kind {
        K::StartReview => &[S::Submitted],
        K::RequestDocuments | K::PublishForComments | K::StartCoDesign => &[S::UnderReview],
        K::ProvideDocuments => &[S::AwaitingDocuments],
        K::CloseComments => &[S::PublishedForComments],
        K::Reject => &[
            S::Submitted,
            S::UnderReview,
            S::AwaitingDocuments,
            S::CoDesign,
        ],
        K::SubmitForApproval => &[S::CoDesign],
        K::ReturnToCoDesign => &[S::AwaitingApproval, S::AwaitingSignatures],
        K::RecordExecutiveDecision => &[S::CoDesign, S::AwaitingApproval],
        K::Approve => &[S::AwaitingApproval],
        K::Activate => &[S::AwaitingSignatures],
        K::Suspend => &[S::Active],
        K::Resume => &[S::Suspended],
        K::Expire | K::Terminate => &[S::Active, S::Suspended],
        K::Withdraw => &[
            S::Submitted,
            S::UnderReview,
            S::AwaitingDocuments,
            S::PublishedForComments,
            S::CoDesign,
            S::AwaitingApproval,
            S::AwaitingSignatures,
            S::Active,
            S::Suspended,
        ],
        K::Close => &[S::Expired, S::Terminated],
    }
}

/// Why an action was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The action makes no sense from the pact's current status.
    #[error("{action} is not possible while the pact is {status}")]
    NotFromStatus { action: ActionKind, status: Status },
    /// This actor may not take this action.
    #[error("{actor} may not {action}")]
    NotPermitted { actor: Actor, action: ActionKind },
    /// The action must give reasons.
    #[error("{action} needs a reason")]
    ReasonRequired { action: ActionKind },
    /// The comment period is still open.
    #[error("comments stay open until {until}")]
    CommentsStillOpen { until: NaiveDate },
    /// The pact has not reached its end date.
    #[error("the pact runs until {end}")]
    NotYetEnded { end: NaiveDate },
    /// The pact's end date has passed: it can only expire.
    #[error("the pact ended on {end}")]
    AlreadyEnded { end: NaiveDate },
    /// A complex pact needs the executive's assessment before approval.
    #[error("a complex pact needs the city executive's assessment before approval")]
    ExecutiveDecisionRequired,
    /// Only complex pacts go to the city executive.
    #[error("only complex pacts need an executive decision")]
    NotComplex,
    /// The computed dates do not fit in the calendar.
    #[error("the pact's dates are out of range")]
    DateOutOfRange,
    /// The pact was imported without a duration, which must be completed
    /// before it takes effect.
    #[error("the pact's duration is not known yet")]
    DurationUnknown,
}

/// The lifecycle state of one pact: its status and the dates the rules need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lifecycle {
    /// Current status.
    pub status: Status,
    /// Ordinary or complex.
    pub kind: PactKind,
    /// Proposed duration, from which the end date follows; `None` only
    /// for a pact imported without one (to be completed before it can be
    /// signed or renewed).
    pub duration_months: Option<u32>,
    /// The day the proposal was received; the review clock starts then.
    /// `None` only for a pact imported without it.
    pub submitted_on: Option<NaiveDate>,
    /// Days the review clock has been paused, not counting a pause under way.
    pub review_paused_days: u32,
    /// Start of the current pause, while awaiting documents.
    pub review_paused_since: Option<NaiveDate>,
    /// The day comments close, once published.
    pub comments_close_on: Option<NaiveDate>,
    /// The city executive's decision reference, for complex pacts.
    pub executive_decision: Option<String>,
    /// First day in force.
    pub start_date: Option<NaiveDate>,
    /// Last day in force.
    pub end_date: Option<NaiveDate>,
}

/// The review clock as it stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ReviewClock {
    /// Running: the review is due on `due`.
    Running {
        /// Day by which the city should decide.
        due: NaiveDate,
        /// Days from today to `due`; negative when late.
        days_left: i64,
    },
    /// Paused while documents are awaited, with this many days left.
    Paused {
        /// Days that will remain once the clock resumes.
        days_left: i64,
    },
    /// The pact is past review.
    Stopped,
    /// Under review, but imported without the day it was received.
    Unknown,
}

impl Lifecycle {
    /// A newly submitted proposal.
    pub fn submitted(kind: PactKind, duration_months: u32, submitted_on: NaiveDate) -> Self {
        Self {
            status: Status::Submitted,
            kind,
            duration_months: Some(duration_months),
            submitted_on: Some(submitted_on),
            review_paused_days: 0,
            review_paused_since: None,
            comments_close_on: None,
            executive_decision: None,
            start_date: None,
            end_date: None,
        }
    }

    /// Applies `action`, taken by `actor` on `today`, under the city's
    /// `settings`; returns the new state and its status, or why not.
    pub fn apply(
        &self,
        action: &Action,
        actor: Actor,
        today: NaiveDate,
        settings: &CitySettings,
    ) -> Result<Lifecycle, TransitionError> {
        let kind = action.kind();
        if !source_statuses(kind).contains(&self.status) {
            return Err(TransitionError::NotFromStatus {
                action: kind,
                status: self.status,
            });
        }
        if !permitted_actors(kind).contains(&actor) {
            return Err(TransitionError::NotPermitted {
                actor,
                action: kind,
            });
        }
        if matches!(
            kind,
            ActionKind::Reject
                | ActionKind::Suspend
                | ActionKind::Terminate
                | ActionKind::Withdraw
                | ActionKind::RecordExecutiveDecision
                | ActionKind::RequestDocuments
                | ActionKind::ProvideDocuments
        ) && action.details().trim().is_empty()
        {
            return Err(TransitionError::ReasonRequired { action: kind });
        }

        let next = self.next_state(action, today, settings)?;
        // No action makes a consistent state inconsistent. (A pact imported
        // from another registry may lack what the rules expect, its dates
        // in force for one, until an officer completes it.)
        debug_assert!(self.check_invariants().is_err() || next.check_invariants().is_ok());
        Ok(next)
    }

    /// The state after an action already known to be allowed from this
    /// status and by this actor; checks what depends on dates and kind.
    fn next_state(
        &self,
        action: &Action,
        today: NaiveDate,
        settings: &CitySettings,
    ) -> Result<Lifecycle, TransitionError> {
        let mut next = self.clone();
        match action {
            Action::StartReview => next.status = Status::UnderReview,
            Action::RequestDocuments { .. } => {
                next.status = Status::AwaitingDocuments;
                next.review_paused_since = Some(today);
            }
            Action::ProvideDocuments { .. } => {
                let since = self.review_paused_since.unwrap_or(today);
                let paused = u32::try_from((today - since).num_days().max(0)).unwrap_or(u32::MAX);
                next.review_paused_days = self.review_paused_days.saturating_add(paused);
                next.review_paused_since = None;
                next.status = Status::UnderReview;
            }
            Action::PublishForComments => {
                let days = publication_days(self.kind, settings);
                next.comments_close_on = Some(
                    today
                        .checked_add_days(Days::new(days.into()))
                        .ok_or(TransitionError::DateOutOfRange)?,
                );
                next.status = Status::PublishedForComments;
            }
            Action::CloseComments => {
                if let Some(until) = self.comments_close_on
                    && today < until
                {
                    return Err(TransitionError::CommentsStillOpen { until });
                }
                next.status = Status::UnderReview;
            }
            Action::StartCoDesign => next.status = Status::CoDesign,
            Action::Reject { .. } => {
                next.status = Status::Rejected;
                next.review_paused_since = None;
            }
            Action::SubmitForApproval => next.status = Status::AwaitingApproval,
            Action::ReturnToCoDesign => {
                // The executive assessed a text that is about to change.
                next.executive_decision = None;
                next.status = Status::CoDesign;
            }
            Action::RecordExecutiveDecision { reference } => {
                if self.kind != PactKind::Complex {
                    return Err(TransitionError::NotComplex);
                }
                next.executive_decision = Some(reference.trim().to_owned());
            }
            Action::Approve { .. } => {
                if self.kind == PactKind::Complex && self.executive_decision.is_none() {
                    return Err(TransitionError::ExecutiveDecisionRequired);
                }
                next.status = Status::AwaitingSignatures;
            }
            Action::Activate { start } => {
                let months = self
                    .duration_months
                    .ok_or(TransitionError::DurationUnknown)?;
                next.end_date = Some(end_date(*start, months)?);
                next.start_date = Some(*start);
                next.status = Status::Active;
            }
            Action::Suspend { .. } => next.status = Status::Suspended,
            Action::Resume => {
                if let Some(end) = self.end_date.filter(|end| today > *end) {
                    return Err(TransitionError::AlreadyEnded { end });
                }
                next.status = Status::Active;
            }
            Action::Expire => match self.end_date {
                Some(end) if today > end => next.status = Status::Expired,
                Some(end) => return Err(TransitionError::NotYetEnded { end }),
                None => return Err(TransitionError::DateOutOfRange),
            },
            Action::Terminate { .. } => next.status = Status::Terminated,
            Action::Withdraw { .. } => {
                next.review_paused_since = None;
                next.status = if self.status.is_in_force() {
                    Status::Terminated
                } else {
                    Status::Withdrawn
                };
            }
            Action::Close => next.status = Status::Closed,
        }
        Ok(next)
    }

    /// The kinds of action `actor` could take on `today` (ignoring reasons
    /// still to be typed), for showing only the buttons that can work.
    pub fn available_actions(
        &self,
        actor: Actor,
        today: NaiveDate,
        settings: &CitySettings,
    ) -> Vec<ActionKind> {
        <ActionKind as strum::IntoEnumIterator>::iter()
            .filter(|&kind| {
                let sample = sample_action(kind, today);
                self.apply(&sample, actor, today, settings).is_ok()
            })
            .collect()
    }

    /// Whether the public may comment on `today`: published, and before the
    /// day comments close.
    pub fn comments_open(&self, today: NaiveDate) -> bool {
        self.status == Status::PublishedForComments
            && self.comments_close_on.is_some_and(|close| today < close)
    }

    /// The review clock on `today`.
    pub fn review_clock(&self, today: NaiveDate, settings: &CitySettings) -> ReviewClock {
        let Some(submitted_on) = self.submitted_on else {
            return match self.status {
                Status::Submitted | Status::UnderReview | Status::AwaitingDocuments => {
                    ReviewClock::Unknown
                }
                _ => ReviewClock::Stopped,
            };
        };
        let base = submitted_on
            + Days::new(u64::from(settings.review_days) + u64::from(self.review_paused_days));
        match self.status {
            Status::Submitted | Status::UnderReview => ReviewClock::Running {
                due: base,
                days_left: (base - today).num_days(),
            },
            Status::AwaitingDocuments => {
                let since = self.review_paused_since.unwrap_or(today);
                ReviewClock::Paused {
                    days_left: (base - since).num_days(),
                }
            }
            _ => ReviewClock::Stopped,
        }
    }

    /// Days before the end date at which expiry notices are due, as dates.
    pub fn expiry_notice_dates(&self, settings: &CitySettings) -> Vec<NaiveDate> {
        let Some(end) = self.end_date else {
            return Vec::new();
        };
        settings
            .expiry_notice_days
            .iter()
            .filter_map(|&days| end.checked_sub_days(Days::new(days.into())))
            .collect()
    }

    /// Checks the state is consistent; `apply` never produces one that is not.
    pub fn check_invariants(&self) -> Result<(), &'static str> {
        if self.start_date.is_some() != self.end_date.is_some() {
            return Err("start and end dates go together");
        }
        if let (Some(start), Some(end)) = (self.start_date, self.end_date)
            && end < start
        {
            return Err("the end date is before the start date");
        }
        if matches!(
            self.status,
            Status::Active | Status::Suspended | Status::Expired
        ) && self.start_date.is_none()
        {
            return Err("a pact in force has a start date");
        }
        if (self.status == Status::AwaitingDocuments) != self.review_paused_since.is_some() {
            return Err("the review clock is paused exactly while documents are awaited");
        }
        if self.status == Status::PublishedForComments && self.comments_close_on.is_none() {
            return Err("a published proposal has a closing date for comments");
        }
        if self.kind == PactKind::Complex
            && matches!(
                self.status,
                Status::AwaitingSignatures | Status::Active | Status::Suspended | Status::Expired
            )
            && self.executive_decision.is_none()
        {
            return Err("a complex pact is approved only after the executive's assessment");
        }
        if self.kind == PactKind::Ordinary && self.executive_decision.is_some() {
            return Err("only complex pacts carry an executive decision");
        }
        if self.duration_months == Some(0) {
            return Err("a pact lasts at least a month");
        }
        Ok(())
    }
}

/// The publication period for comments, doubled (or more) for complex pacts.
pub fn publication_days(kind: PactKind, settings: &CitySettings) -> u32 {
    match kind {
        PactKind::Ordinary => settings.publication_days,
        PactKind::Complex => settings
            .publication_days
            .saturating_mul(settings.complex_multiplier),
    }
}

/// The last day in force of a pact starting on `start` for `months` months:
/// a pact starting on 1 March for 12 months ends on the last day of February.
pub fn end_date(start: NaiveDate, months: u32) -> Result<NaiveDate, TransitionError> {
    start
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .filter(|end| *end >= start)
        .ok_or(TransitionError::DateOutOfRange)
}

/// An action of this kind with placeholder data, to ask whether it is possible.
fn sample_action(kind: ActionKind, today: NaiveDate) -> Action {
    let reason = String::from("-");
    match kind {
        ActionKind::StartReview => Action::StartReview,
        ActionKind::RequestDocuments => Action::RequestDocuments {
            what: reason.clone(),
        },
        ActionKind::ProvideDocuments => Action::ProvideDocuments {
            answer: reason.clone(),
        },
        ActionKind::PublishForComments => Action::PublishForComments,
        ActionKind::CloseComments => Action::CloseComments,
        ActionKind::StartCoDesign => Action::StartCoDesign,
        ActionKind::Reject => Action::Reject { reason },
        ActionKind::SubmitForApproval => Action::SubmitForApproval,
        ActionKind::ReturnToCoDesign => Action::ReturnToCoDesign,
        ActionKind::RecordExecutiveDecision => {
            Action::RecordExecutiveDecision { reference: reason }
        }
        ActionKind::Approve => Action::Approve {
            version: String::new(),
        },
        ActionKind::Activate => Action::Activate { start: today },
        ActionKind::Suspend => Action::Suspend { reason },
        ActionKind::Resume => Action::Resume,
        ActionKind::Expire => Action::Expire,
        ActionKind::Terminate => Action::Terminate { reason },
        ActionKind::Withdraw => Action::Withdraw { reason },
        ActionKind::Close => Action::Close,
    }
}

#[cfg(test)]
mod tests;
