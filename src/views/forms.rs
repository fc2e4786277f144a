//! Form pieces: fields with their labels and errors, the CSRF field, the
//! error summary. Errors are shown next to their field and listed at the
//! top, all at once, and what was typed is kept.

use std::collections::BTreeMap;

use maud::{Markup, html};

use crate::web::Ctx;

/// Errors of a submitted form: field name → translation key.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(BTreeMap<&'static str, &'static str>);

impl FieldErrors {
    /// Records an error on `field` (the first one wins).
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.entry(field).or_insert(key);
    }

    /// Whether the form is valid.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The error on `field`, if any.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.get(field).copied()
    }
}

/// The hidden field carrying the CSRF token.
pub fn csrf(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name=(crate::web::session::CSRF_FIELD) value=(ctx.csrf); }
}

/// A list of the form's errors, linking to each field.
pub fn summary(ctx: &Ctx, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" {
                h2 { (ctx.lang.t("form-has-errors")) }
                ul {
                    @for (field, key) in &errors.0 {
                        li { a href=(format!("#f-{field}")) { (ctx.lang.t(key)) } }
                    }
                }
            }
        }
    }
}

/// One labelled input with its error.
pub struct Input<'a> {
    /// Field name.
    pub name: &'static str,
    /// Translation key of the label.
    pub label: &'static str,
    /// `text`, `email`, `password`…
    pub kind: &'static str,
    /// Value to show again (never for passwords).
    pub value: &'a str,
    /// `autocomplete` hint.
    pub autocomplete: &'static str,
    /// Translation key of a hint under the label, if any.
    pub hint: Option<&'static str>,
}

/// A text-like input with no hint and no autocompletion.
pub fn plain(
    ctx: &Ctx,
    errors: &FieldErrors,
    (name, label): (&'static str, &'static str),
    kind: &'static str,
    value: &str,
) -> Markup {
    input(
        ctx,
        errors,
        &Input {
            name,
            label,
            kind,
            value,
            autocomplete: "off",
            hint: None,
        },
    )
}

/// Renders an [`Input`].
pub fn input(ctx: &Ctx, errors: &FieldErrors, field: &Input<'_>) -> Markup {
    let id = format!("f-{}", field.name);
    let error = errors.get(field.name);
    let described = match (field.hint.is_some(), error.is_some()) {
        (true, true) => Some(format!("{id}-hint {id}-error")),
        (true, false) => Some(format!("{id}-hint")),
        (false, true) => Some(format!("{id}-error")),
        (false, false) => None,
    };
    html! {
        div.field {
            label for=(id) { (ctx.lang.t(field.label)) }
            @if let Some(hint) = field.hint { p.hint id=(format!("{id}-hint")) { (ctx.lang.t(hint)) } }
            input id=(id) name=(field.name) type=(field.kind) value=(field.value) autocomplete=(field.autocomplete)
                required aria-invalid=[error.map(|_| "true")] aria-describedby=[described];
            @if let Some(key) = error { p.field-error id=(format!("{id}-error")) { (ctx.lang.t(key)) } }
        }
    }
}

/// A labelled text area with its error.
pub fn textarea(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &'static str,
    label: &'static str,
    value: &str,
    hint: Option<&'static str>,
) -> Markup {
    let id = format!("f-{name}");
    let error = errors.get(name);
    let described: Vec<String> = [
        hint.map(|_| format!("{id}-hint")),
        error.map(|_| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        div.field {
            label for=(id) { (ctx.lang.t(label)) }
            @if let Some(hint) = hint { p.hint id=(format!("{id}-hint")) { (ctx.lang.t(hint)) } }
            textarea id=(id) name=(name) rows="6" aria-invalid=[error.map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then(|| described.join(" "))] { (value) }
            @if let Some(key) = error { p.field-error id=(format!("{id}-error")) { (ctx.lang.t(key)) } }
        }
    }
}
