//! The page an invitation link opens, and the author's invitation form.

use maud::{Markup, html};

use super::layout;
use crate::db::invitations::Invitation;
use crate::i18n::Arg;
use crate::web::Ctx;
use crate::web::invitations::{About, Standing};

/// What the invitation is about, and what the viewer can do with it.
pub fn show(
    ctx: &Ctx,
    invitation: &Invitation,
    about: &About,
    standing: &Standing,
    here: &str,
) -> Markup {
    let lang = ctx.lang;
    let next = form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
    layout::page(
        ctx,
        &lang.t("invitation-title"),
        &html! {
            h1 { (lang.t("invitation-title")) }
            p.lead {
                (lang.t_args("invitation-body", &[("city", Arg::Str(about.city.0.clone()))]))
                " " a href=(about.path) { (about.title) }
            }
            @match standing {
                Standing::Closed => p.notice role="status" { (lang.t("invitation-closed")) },
                Standing::SignIn => {
                    p { (lang.t_args("invitation-sign-in", &[("email", Arg::Str(invitation.email.clone()))])) }
                    ul.links {
                        li { a.button href=(format!("/signin?next={next}")) { (lang.t("signin-title")) } }
                        li { a href="/signup" { (lang.t("signup-title")) } }
                    }
                },
                Standing::WrongAccount => p.notice role="alert" { (lang.t("invitation-wrong-account")) },
                Standing::Open(parties) => {
                    form.stack method="post" action=(here) {
                        input type="hidden" name="csrf" value=(ctx.csrf);
                        @if parties.is_empty() {
                            input type="hidden" name="party" value="";
                        } @else {
                            div.field {
                                label for="f-party" { (lang.t("invitation-as")) }
                                select #f-party name="party" {
                                    option value="" { (lang.t("proposal-party-alone")) }
                                    @for (id, name) in parties { option value=(id) { (name) } }
                                }
                            }
                        }
                        div.actions {
                            button type="submit" name="answer" value="accept" { (lang.t("invitation-accept")) }
                            button.secondary type="submit" name="answer" value="decline" { (lang.t("invitation-decline")) }
                        }
                    }
                },
            }
        },
    )
}

/// The author's list of invitations and the form to invite more.
pub fn author_section(ctx: &Ctx, proposal: i64, invitations: &[Invitation], open: bool) -> Markup {
    let lang = ctx.lang;
    html! {
        section #co-proponents aria-labelledby="co-proponents-title" {
            h3 #co-proponents-title { (lang.t("invitations-title")) }
            @if !invitations.is_empty() {
                ul {
                    @for invitation in invitations {
                        li {
                            @if invitation.comment_id.is_some() {
                                (lang.t("invitation-from-comment"))
                            } @else {
                                (invitation.email)
                            }
                            " — "
                            @match invitation.accepted {
                                Some(true) => (lang.t("invitation-state-accepted")),
                                Some(false) => (lang.t("invitation-state-declined")),
                                None => (lang.t("invitation-state-pending")),
                            }
                        }
                    }
                }
            }
            @if open {
                form.stack method="post" action=(format!("/proposals/{proposal}/invitations")) {
                    input type="hidden" name="csrf" value=(ctx.csrf);
                    div.field {
                        label for="f-invite" { (lang.t("invitations-email")) }
                        input #f-invite type="email" name="email" autocomplete="off" required;
                    }
                    button type="submit" { (lang.t("invitations-send")) }
                }
            }
        }
    }
}
