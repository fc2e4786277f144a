//! The amendments section of a pact page, for its parties and the city:
//! the amendment under way (why, from which version, where it stands, the
//! links to edit and compare) and the forms to start one or move it.

use maud::{Markup, html};

use super::forms;
use crate::db::amendments::Amendment;
use crate::domain::amendment::{AmendmentState, AmendmentStep};
use crate::domain::vocab::Vocabulary as _;
use crate::i18n::Arg;
use crate::web::Ctx;

/// What the section shows.
#[derive(Debug, Default)]
pub struct Section {
    /// Whether the viewer is a party or the city's staff (else nothing shows).
    pub participant: bool,
    /// Whether the viewer is the city's staff.
    pub staff: bool,
    /// Whether an amendment may be started now.
    pub can_start: bool,
    /// The latest version's number (the draft, during an amendment).
    pub latest: i32,
    /// The pact's amendments, latest first.
    pub amendments: Vec<Amendment>,
}

/// The section.
pub fn section(ctx: &Ctx, (slug, number): (&str, &str), data: &Section) -> Markup {
    let lang = ctx.lang;
    let path = format!("/cities/{slug}/pacts/{number}");
    html! {
        @if data.participant && (data.can_start || !data.amendments.is_empty()) {
            section #amendments aria-labelledby="amendments-title" {
                h2 #amendments-title { (lang.t("amendments-title")) }
                @for amendment in &data.amendments {
                    article.amendment {
                        h3 { (lang.label(amendment.state)) " — " (lang.datetime(amendment.created_at)) " (" (amendment.started_by) ")" }
                        p { (amendment.reason) }
                        @if amendment.state.is_open() {
                            p {
                                (lang.t_args("amendment-from", &[("version", Arg::Num(amendment.from_version.into()))])) " "
                                @if data.latest > amendment.from_version {
                                    a href=(format!("{path}/compare?from={}&to={}", amendment.from_version, data.latest)) { (lang.t("amendment-compare")) }
                                }
                            }
                            @if amendment.state == AmendmentState::Drafting {
                                p { a.button href=(format!("{path}/edit")) { (lang.t("versions-edit")) } }
                            }
                            @if data.staff { (steps(ctx, (slug, number), amendment.state)) }
                        }
                    }
                }
                @if data.can_start {
                    form.stack method="post" action=(format!("{path}/amendment")) {
                        (forms::csrf(ctx))
                        div.field {
                            label for="f-amendment" { (lang.t("amendment-reason")) }
                            p.hint #f-amendment-hint { (lang.t("amendment-reason-hint")) }
                            textarea #f-amendment name="reason" rows="3" required aria-describedby="f-amendment-hint" {}
                        }
                        button.secondary type="submit" { (lang.t("amendment-start")) }
                    }
                }
            }
        }
    }
}

/// The steps an officer may take from `state`, one button each.
fn steps(ctx: &Ctx, (slug, number): (&str, &str), state: AmendmentState) -> Markup {
    let lang = ctx.lang;
    let offered: &[AmendmentStep] = match state {
        AmendmentState::Drafting => &[AmendmentStep::Submit, AmendmentStep::Abandon],
        AmendmentState::AwaitingApproval => &[
            AmendmentStep::Approve,
            AmendmentStep::Return,
            AmendmentStep::Abandon,
        ],
        AmendmentState::Approved => &[AmendmentStep::Return, AmendmentStep::Abandon],
        _ => &[],
    };
    html! {
        div.actions {
            @for step in offered {
                form.inline method="post" action=(format!("/admin/{slug}/pacts/{number}/amendment")) {
                    (forms::csrf(ctx))
                    input type="hidden" name="step" value=(step.name());
                    button.secondary[*step == AmendmentStep::Abandon] type="submit" { (lang.label(*step)) }
                }
            }
        }
    }
}
