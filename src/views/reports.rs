//! Activity reports: the form, and the section of a pact page.

use maud::{Markup, html};

use super::forms::{self, FieldErrors};
use super::layout;
use crate::db::reports::Report;
use crate::domain::report::{Frequency, ReportFields, ReportState};
use crate::domain::vocab::Vocabulary as _;
use crate::i18n::{Arg, Lang};
use crate::web::Ctx;
use crate::web::reports::{FormPage, MAX_PHOTOS};

/// The report form (new, or changed as the officer asked).
pub fn form(ctx: &Ctx, page: &FormPage, fields: &ReportFields, errors: &FieldErrors) -> Markup {
    let lang = ctx.lang;
    let (slug, number, title) = &page.pact;
    let action = match &page.report {
        Some(report) => format!("/cities/{slug}/pacts/{number}/reports/{}/edit", report.id),
        None => format!("/cities/{slug}/pacts/{number}/reports/new"),
    };
    let input = |name: &'static str, label: &'static str, kind: &'static str, value: &str| {
        forms::plain(ctx, errors, (name, label), kind, value)
    };
    layout::page(
        ctx,
        &lang.t("report-title"),
        &html! {
            h1 { (lang.t("report-title")) }
            p.lead { a href=(format!("/cities/{slug}/pacts/{number}")) { (number) " — " (title) } }
            @if let Some(note) = page.report.as_ref().and_then(|r| r.review_note.as_ref()) {
                div.notice role="status" { p { (lang.t("report-changes-asked")) } blockquote { (note) } }
            }
            (forms::summary(ctx, errors))
            form.stack method="post" action=(action) enctype="multipart/form-data" novalidate {
                (forms::csrf(ctx))
                fieldset {
                    legend { (lang.t("report-period")) }
                    (input("period_start", "report-period-start", "date", &fields.period_start))
                    (input("period_end", "report-period-end", "date", &fields.period_end))
                }
                (forms::textarea(ctx, errors, "activities", "report-activities", &fields.activities, Some("report-activities-hint")))
                (forms::textarea(ctx, errors, "places", "report-places", &fields.places, None))
                (input("beneficiaries", "report-beneficiaries", "number", &fields.beneficiaries))
                (input("volunteers", "report-volunteers", "number", &fields.volunteers))
                (input("hours", "report-hours", "number", &fields.hours))
                (forms::textarea(ctx, errors, "resources_parties", "report-resources-parties", &fields.resources_parties, None))
                (forms::textarea(ctx, errors, "resources_city", "report-resources-city", &fields.resources_city, None))
                (forms::textarea(ctx, errors, "problems", "report-problems", &fields.problems, None))
                div.field {
                    label for="f-photos" { (lang.t("report-photos")) }
                    p.hint #f-photos-hint { (lang.t_args("report-photos-hint", &[("count", Arg::Num(i64::try_from(MAX_PHOTOS).unwrap_or(0))), ("mb", Arg::Num(page.max_upload_mb.into()))])) }
                    input #f-photos type="file" name="photos" multiple accept="image/jpeg,image/png,image/webp"
                        aria-describedby="f-photos-hint" aria-invalid=[errors.get("photos").map(|_| "true")];
                    @if let Some(key) = errors.get("photos") { p.field-error { (lang.t(key)) } }
                }
                button type="submit" { (lang.t("report-submit")) }
            }
        },
    )
}

/// What a pact page shows of reports.
#[derive(Debug, Default)]
pub struct Section {
    /// The reports the viewer may see.
    pub reports: Vec<Report>,
    /// Whether the viewer (a party) may send one now.
    pub can_report: bool,
    /// For the city's staff: the frequency, and whether they may change it.
    pub frequency: Option<(Frequency, bool)>,
    /// Whether the viewer is staff of the city (reviews).
    pub staff: bool,
}

/// The reports section of a pact page.
pub fn section(ctx: &Ctx, (slug, number): (&str, &str), data: &Section) -> Markup {
    let lang = ctx.lang;
    let path = format!("/cities/{slug}/pacts/{number}");
    let shown = !data.reports.is_empty() || data.can_report || data.frequency.is_some();
    html! {
        @if shown {
            section #reports aria-labelledby="reports-title" {
                h2 #reports-title { (lang.t("reports-title")) }
                @if let Some((frequency, editable)) = data.frequency {
                    @if editable {
                        form.inline method="post" action=(format!("/admin/{slug}/pacts/{number}/reporting")) {
                            (forms::csrf(ctx))
                            label for="f-frequency" { (lang.t("report-frequency")) }
                            select #f-frequency name="frequency" {
                                @for f in Frequency::all() { option value=(f.name()) selected[f == frequency] { (lang.label(f)) } }
                            }
                            button.secondary type="submit" { (lang.t("account-save")) }
                        }
                    } @else {
                        p { (lang.t("report-frequency")) " : " (lang.label(frequency)) }
                    }
                }
                @if data.can_report {
                    p { a.button href=(format!("{path}/reports/new")) { (lang.t("report-new")) } }
                }
                @for report in &data.reports { (one(ctx, lang, (slug, &path), report, data)) }
            }
        }
    }
}

fn one(
    ctx: &Ctx,
    lang: Lang,
    (slug, path): (&str, &str),
    report: &Report,
    data: &Section,
) -> Markup {
    html! {
        article.report {
            h3 {
                (lang.t_args("report-heading", &[("start", Arg::Str(lang.date(report.period.0))), ("end", Arg::Str(lang.date(report.period.1)))]))
                " · " (lang.label(report.state))
            }
            p { (report.activities) }
            @if !report.places.is_empty() { p { strong { (lang.t("report-places")) " : " } (report.places) } }
            ul.figures {
                li { (lang.t_args("report-figure-beneficiaries", &[("count", Arg::Num(report.beneficiaries.into()))])) }
                li { (lang.t_args("report-figure-volunteers", &[("count", Arg::Num(report.volunteers.into()))])) }
                li { (lang.t_args("report-figure-hours", &[("count", Arg::Num(report.hours.into()))])) }
            }
            @if !report.resources_parties.is_empty() { p { strong { (lang.t("report-resources-parties")) " : " } (report.resources_parties) } }
            @if !report.resources_city.is_empty() { p { strong { (lang.t("report-resources-city")) " : " } (report.resources_city) } }
            @if !report.problems.is_empty() { p { strong { (lang.t("report-problems")) " : " } (report.problems) } }
            @for photo in &report.photos {
                img src=(format!("/reports/photos/{photo}")) alt=(lang.t("report-photo-alt")) loading="lazy" width="320";
            }
            @if data.staff && report.state == ReportState::Submitted {
                form.stack method="post" action=(format!("/admin/{slug}/reports/{}/review", report.id)) {
                    (forms::csrf(ctx))
                    div.field {
                        label for=(format!("f-note-{}", report.id)) { (lang.t("report-note")) }
                        textarea id=(format!("f-note-{}", report.id)) name="note" rows="2" {}
                    }
                    div.actions {
                        button type="submit" name="decision" value="accept" { (lang.t("report-accept")) }
                        button.secondary type="submit" name="decision" value="changes" { (lang.t("report-ask-changes")) }
                    }
                }
            }
            @if data.can_report && report.state == ReportState::ChangesRequested {
                @if let Some(note) = &report.review_note { blockquote { (note) } }
                p { a.button href=(format!("{path}/reports/{}/edit", report.id)) { (lang.t("report-edit")) } }
            }
        }
    }
}
