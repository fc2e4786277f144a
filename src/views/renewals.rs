//! The renewal section of a pact page: the term it renews (with its last
//! report), its own renewal under way or done, tacit renewal and the
//! deadline to object, and the forms to ask for renewal, to object, and
//! for the officer to answer.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::forms;
use crate::db::renewals::Renewal;
use crate::domain::lifecycle::Status;
use crate::i18n::Arg;
use crate::web::Ctx;

/// The term a renewal follows.
#[derive(Debug, Clone)]
pub struct Previous {
    /// Its number.
    pub number: String,
    /// The period of its last report, if any.
    pub last_report: Option<(NaiveDate, NaiveDate)>,
}

/// A pact that renews tacitly unless someone objects.
#[derive(Debug, Clone)]
pub struct Tacit {
    /// The first day of the next term.
    pub start: NaiveDate,
    /// The last day to object.
    pub deadline: NaiveDate,
    /// Whether the viewer may object now.
    pub may_object: bool,
    /// Whether someone objected.
    pub objected: bool,
    /// Their reasons, for the parties and the city.
    pub objection: Option<String>,
}

/// What the section shows.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// This term's renewal, if one was asked for or made.
    pub renewal: Option<Renewal>,
    /// For a renewal, the term it follows.
    pub previous: Option<Previous>,
    /// Tacit renewal ahead, if the pact renews so.
    pub tacit: Option<Tacit>,
    /// Whether the viewer may ask for renewal today.
    pub may_ask: bool,
    /// For a party, when asking becomes possible.
    pub opens: Option<NaiveDate>,
    /// The current duration, to pre-fill the form.
    pub duration_months: Option<u32>,
    /// Whether the viewer (staff) answers this renewal asked for.
    pub decide: bool,
}

impl Section {
    fn is_empty(&self) -> bool {
        self.renewal.is_none()
            && self.previous.is_none()
            && self.tacit.is_none()
            && !self.may_ask
            && self.opens.is_none()
    }
}

/// The section, when there is something to show.
pub fn section(ctx: &Ctx, (slug, number): (&str, &str), data: &Section) -> Markup {
    let lang = ctx.lang;
    let day = |d: NaiveDate| Arg::Str(lang.date(d));
    html! {
        @if !data.is_empty() {
            section #renewal aria-labelledby="renewal-title" {
                h2 #renewal-title { (lang.t("renewal-title")) }
                @if let Some(previous) = &data.previous {
                    p {
                        (lang.t("renewal-of")) " "
                        a href=(format!("/cities/{slug}/pacts/{}", previous.number)) { (previous.number) }
                    }
                    @if let Some((start, end)) = previous.last_report {
                        p {
                            a href=(format!("/cities/{slug}/pacts/{}#reports", previous.number)) {
                                (lang.t_args("renewal-last-report", &[("start", day(start)), ("end", day(end))]))
                            }
                        }
                    } @else {
                        p { (lang.t("renewal-no-report")) }
                    }
                }
                @if let Some(renewal) = &data.renewal {
                    p.notice {
                        @match renewal.status {
                            Status::Rejected => { (lang.t("renewal-refused")) " " }
                            Status::Withdrawn => { (lang.t("renewal-withdrawn")) " " }
                            Status::Active | Status::Suspended | Status::Expired | Status::Terminated | Status::Closed => {
                                (lang.t_args("renewal-done", &[("date", Arg::Str(renewal.start_date.map(|d| lang.date(d)).unwrap_or_default()))])) " "
                            }
                            _ => { (lang.t("renewal-under-way")) " " }
                        }
                        a href=(format!("/cities/{slug}/pacts/{}", renewal.number)) { (renewal.number) }
                    }
                }
                @if let Some(tacit) = &data.tacit {
                    @if tacit.objected {
                        p { (lang.t("renewal-tacit-objected")) }
                        @if let Some(reason) = &tacit.objection { blockquote { (reason) } }
                    } @else {
                        p { (lang.t_args("renewal-tacit", &[("start", day(tacit.start)), ("deadline", day(tacit.deadline))])) }
                    }
                    @if tacit.may_object {
                        form.stack method="post" action=(format!("/cities/{slug}/pacts/{number}/renewal/objection")) {
                            (forms::csrf(ctx))
                            div.field {
                                label for="f-objection" { (lang.t("renewal-objection")) }
                                p.hint #f-objection-hint { (lang.t("renewal-objection-hint")) }
                                textarea #f-objection name="reason" rows="3" required aria-describedby="f-objection-hint" {}
                            }
                            button.secondary type="submit" { (lang.t("renewal-object")) }
                        }
                    }
                }
                @if let Some(opens) = data.opens {
                    p.hint { (lang.t_args("renewal-opens", &[("date", day(opens))])) }
                }
                @if data.may_ask {
                    (ask_form(ctx, (slug, number), data.duration_months))
                }
                @if data.decide {
                    (decide_form(ctx, (slug, number)))
                }
            }
        }
    }
}

fn ask_form(ctx: &Ctx, (slug, number): (&str, &str), duration_months: Option<u32>) -> Markup {
    let lang = ctx.lang;
    html! {
        form.stack method="post" action=(format!("/cities/{slug}/pacts/{number}/renewal")) {
            (forms::csrf(ctx))
            p { (lang.t("renewal-ask-explain")) }
            div.field {
                label for="f-renewal-duration" { (lang.t("renewal-duration")) }
                input #f-renewal-duration type="number" name="duration_months" min="1" max="120" required value=[duration_months];
            }
            div.field {
                label for="f-renewal-changes" { (lang.t("renewal-changes")) }
                p.hint #f-renewal-changes-hint { (lang.t("renewal-changes-hint")) }
                textarea #f-renewal-changes name="changes" rows="3" aria-describedby="f-renewal-changes-hint" {}
            }
            button type="submit" { (lang.t("renewal-ask")) }
        }
    }
}

fn decide_form(ctx: &Ctx, (slug, number): (&str, &str)) -> Markup {
    let lang = ctx.lang;
    html! {
        form.stack method="post" action=(format!("/admin/{slug}/pacts/{number}/renewal")) {
            (forms::csrf(ctx))
            fieldset {
                legend { (lang.t("renewal-decision")) }
                @for (value, key) in [("accept", "renewal-accept"), ("changes", "renewal-ask-changes"), ("refuse", "renewal-refuse")] {
                    div.check {
                        input id=(format!("f-decision-{value}")) type="radio" name="decision" value=(value) required checked[value == "accept"];
                        label for=(format!("f-decision-{value}")) { (lang.t(key)) }
                    }
                }
            }
            div.field {
                label for="f-renewal-note" { (lang.t("renewal-note")) }
                p.hint #f-renewal-note-hint { (lang.t("renewal-note-hint")) }
                textarea #f-renewal-note name="note" rows="3" aria-describedby="f-renewal-note-hint" {}
            }
            button type="submit" { (lang.t("renewal-answer")) }
        }
    }
}
