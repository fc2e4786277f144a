//! The disputes section of a pact page, for its parties and the city.

use maud::{Markup, html};

use super::forms;
use crate::db::disputes::Dispute;
use crate::domain::lifecycle::Resolution;
use crate::domain::vocab::Vocabulary as _;
use crate::web::Ctx;

/// What the section shows.
#[derive(Debug, Default)]
pub struct Section {
    /// Whether the viewer is a party or the city's staff (else nothing shows).
    pub participant: bool,
    /// Whether the viewer is the city's staff.
    pub staff: bool,
    /// Whether a dispute may be opened now (in force, none open).
    pub can_open: bool,
    /// The pact's disputes, latest first.
    pub disputes: Vec<Dispute>,
}

/// The section.
pub fn section(ctx: &Ctx, (slug, number): (&str, &str), data: &Section) -> Markup {
    let lang = ctx.lang;
    html! {
        @if data.participant && (data.can_open || !data.disputes.is_empty()) {
            section #disputes aria-labelledby="disputes-title" {
                h2 #disputes-title { (lang.t("disputes-title")) }
                @for dispute in &data.disputes {
                    article.dispute {
                        h3 {
                            (lang.t(if dispute.by_city { "dispute-by-city" } else { "dispute-by-party" }))
                            " — " (lang.datetime(dispute.opened_at))
                        }
                        p { (dispute.subject) }
                        @if let Some((on, participants, notes)) = &dispute.conciliation {
                            p { strong { (lang.t("dispute-conciliation")) " " (lang.date(*on)) } " — " (participants) }
                            p { (notes) }
                        }
                        @if let Some((resolution, note)) = &dispute.resolution {
                            p { strong { (lang.label(*resolution)) } " — " (note) }
                        } @else if data.staff {
                            (staff_forms(ctx, slug, dispute.id))
                        }
                    }
                }
                @if data.can_open {
                    form.stack method="post" action=(format!("/cities/{slug}/pacts/{number}/disputes")) {
                        (forms::csrf(ctx))
                        div.field {
                            label for="f-dispute" { (lang.t("dispute-subject")) }
                            p.hint #f-dispute-hint { (lang.t("dispute-subject-hint")) }
                            textarea #f-dispute name="subject" rows="3" required aria-describedby="f-dispute-hint" {}
                        }
                        button.secondary type="submit" { (lang.t("dispute-open")) }
                    }
                }
            }
        }
    }
}

fn staff_forms(ctx: &Ctx, slug: &str, id: i64) -> Markup {
    let lang = ctx.lang;
    html! {
        form.stack method="post" action=(format!("/admin/{slug}/disputes/{id}/conciliation")) {
            (forms::csrf(ctx))
            div.field { label for=(format!("f-on-{id}")) { (lang.t("dispute-conciliation-on")) } input id=(format!("f-on-{id}")) type="date" name="on" required; }
            div.field { label for=(format!("f-participants-{id}")) { (lang.t("dispute-participants")) } input id=(format!("f-participants-{id}")) type="text" name="participants" required; }
            div.field { label for=(format!("f-notes-{id}")) { (lang.t("dispute-notes")) } textarea id=(format!("f-notes-{id}")) name="notes" rows="3" required {} }
            button.secondary type="submit" { (lang.t("dispute-record")) }
        }
        form.stack method="post" action=(format!("/admin/{slug}/disputes/{id}/close")) {
            (forms::csrf(ctx))
            div.field {
                label for=(format!("f-resolution-{id}")) { (lang.t("dispute-resolution")) }
                select id=(format!("f-resolution-{id}")) name="resolution" {
                    @for r in Resolution::all() { option value=(r.name()) { (lang.label(r)) } }
                }
            }
            div.field { label for=(format!("f-note-{id}")) { (lang.t("dispute-note")) } textarea id=(format!("f-note-{id}")) name="note" rows="3" required {} }
            button type="submit" { (lang.t("dispute-close")) }
        }
    }
}
