//! Activity reports of a pact in force: how often the parties report,
//! which periods are due and when, which are overdue, and the fields of a
//! report, checked.

use chrono::{Days, Months, NaiveDate};

use super::vocab::vocabulary;

vocabulary!(
    /// How often a pact's parties report.
    Frequency, "report-frequency" {
    /// Once a year of the term (the last year may be shorter), and so at the end.
    Yearly,
    /// Once, for the whole term, at its end.
    AtEnd,
    }
);

vocabulary!(
    /// Where a report stands.
    ReportState, "report-state" {
    /// Sent by the parties, waiting for the officer.
    Submitted,
    /// Accepted: public while the pact is.
    Accepted,
    /// The officer asked for changes.
    ChangesRequested,
    }
);

/// Days after the end of a period within which its report is due.
pub const DUE_DAYS: u32 = 30;

/// A period the parties report on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// The day the report is due.
    pub due: NaiveDate,
}

/// The periods of a term from `start` to `end` (inclusive).
pub fn periods(start: NaiveDate, end: NaiveDate, frequency: Frequency) -> Vec<Period> {
    let period = |start: NaiveDate, end: NaiveDate| Period {
        start,
        end,
        due: end
            .checked_add_days(Days::new(DUE_DAYS.into()))
            .unwrap_or(end),
    };
    match frequency {
        Frequency::AtEnd => vec![period(start, end)],
        Frequency::Yearly => {
            let mut out = Vec::new();
            let mut from = start;
            while from <= end {
                let next = from
                    .checked_add_months(Months::new(12))
                    .unwrap_or(NaiveDate::MAX);
                let last = next.pred_opt().unwrap_or(next).min(end);
                out.push(period(from, last));
                from = next;
            }
            out
        }
    }
}

/// Whether a report on `start..=end` covers `period`: it ends within a
/// month of the period's end (or after) and starts before it ends.
pub fn covers((start, end): (NaiveDate, NaiveDate), period: &Period) -> bool {
    start <= period.end
        && end
            .checked_add_days(Days::new(DUE_DAYS.into()))
            .is_some_and(|e| e >= period.end)
}

/// Which pacts may have a period overdue on `today`, whatever their
/// frequency: those that started before the first bound (a first yearly
/// period lasts at least 364 days, then its report has [`DUE_DAYS`]) or
/// ended before the second. A filter for the database, so that the
/// younger pacts are not read at all.
pub fn overdue_candidates(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let back = |days: u32| {
        today
            .checked_sub_days(Days::new(days.into()))
            .unwrap_or(today)
    };
    (back(364 + DUE_DAYS), back(DUE_DAYS))
}

/// The periods past their due date on `today` that no report covers.
pub fn overdue(
    periods: &[Period],
    reports: &[(NaiveDate, NaiveDate)],
    today: NaiveDate,
) -> Vec<Period> {
    periods
        .iter()
        .filter(|p| p.due < today && !reports.iter().any(|r| covers(*r, p)))
        .copied()
        .collect()
}

/// The default frequency for a pact of this many months: a report a year
/// for pacts longer than a year, one at the end otherwise.
pub fn default_frequency(duration_months: u32) -> Frequency {
    if duration_months > 12 {
        Frequency::Yearly
    } else {
        Frequency::AtEnd
    }
}

/// A report as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ReportFields {
    /// First day (`YYYY-MM-DD`).
    #[serde(default)]
    pub period_start: String,
    /// Last day.
    #[serde(default)]
    pub period_end: String,
    /// Activities and events.
    #[serde(default)]
    pub activities: String,
    /// Places.
    #[serde(default)]
    pub places: String,
    /// How many people benefited.
    #[serde(default)]
    pub beneficiaries: String,
    /// How many volunteers took part.
    #[serde(default)]
    pub volunteers: String,
    /// Hours given.
    #[serde(default)]
    pub hours: String,
    /// Resources the parties put in.
    #[serde(default)]
    pub resources_parties: String,
    /// Resources the city put in.
    #[serde(default)]
    pub resources_city: String,
    /// Problems met.
    #[serde(default)]
    pub problems: String,
}

/// A report, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedReport {
    /// The period.
    pub period: (NaiveDate, NaiveDate),
    /// Activities and events.
    pub activities: String,
    /// Places.
    pub places: String,
    /// Beneficiaries, volunteers, hours.
    pub figures: (i32, i32, i32),
    /// Resources of the parties and of the city.
    pub resources: (String, String),
    /// Problems met.
    pub problems: String,
}

/// Largest figure accepted (people or hours).
pub const MAX_FIGURE: i32 = 10_000_000;

impl ReportFields {
    /// Checks every field for a pact in force from `term.0` to `term.1`;
    /// free texts at most `max_chars`. Returns every error at once, as
    /// (field, translation key).
    pub fn check(
        &self,
        term: (NaiveDate, NaiveDate),
        max_chars: usize,
    ) -> Result<CheckedReport, Vec<(&'static str, &'static str)>> {
        let mut errors = Vec::new();
        let date = |value: &str, field: &'static str, errors: &mut Vec<_>| {
            let parsed = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
            if parsed.is_none() {
                errors.push((field, "report-error-date"));
            }
            parsed
        };
        let start = date(&self.period_start, "period_start", &mut errors);
        let end = date(&self.period_end, "period_end", &mut errors);
        if let (Some(start), Some(end)) = (start, end)
            && (start > end || end < term.0 || start > term.1)
        {
            errors.push(("period_end", "report-error-period"));
        }
        let text = |value: &str, field: &'static str, required: bool, errors: &mut Vec<_>| {
            let value = value.trim().to_owned();
            if (required && value.is_empty()) || value.chars().count() > max_chars {
                errors.push((field, "report-error-text"));
            }
            value
        };
        let activities = text(&self.activities, "activities", true, &mut errors);
        let places = text(&self.places, "places", false, &mut errors);
        let resources_parties = text(
            &self.resources_parties,
            "resources_parties",
            false,
            &mut errors,
        );
        let resources_city = text(&self.resources_city, "resources_city", false, &mut errors);
        let problems = text(&self.problems, "problems", false, &mut errors);
        let figure = |value: &str, field: &'static str, errors: &mut Vec<_>| {
            let value = value.trim();
            if value.is_empty() {
                return 0;
            }
            match value.parse::<i32>() {
                Ok(n) if (0..=MAX_FIGURE).contains(&n) => n,
                _ => {
                    errors.push((field, "report-error-figure"));
                    0
                }
            }
        };
        let figures = (
            figure(&self.beneficiaries, "beneficiaries", &mut errors),
            figure(&self.volunteers, "volunteers", &mut errors),
            figure(&self.hours, "hours", &mut errors),
        );
        match (start, end) {
            (Some(start), Some(end)) if errors.is_empty() => Ok(CheckedReport {
                period: (start, end),
                activities,
                places,
                figures,
                resources: (resources_parties, resources_city),
                problems,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn no_pact_outside_the_candidates_has_a_period_overdue() {
        let today = day(2027, 3, 31);
        let (started, ended) = overdue_candidates(today);
        let mut overdue_seen = 0;
        for offset in 0..900_u64 {
            let start = day(2025, 1, 1) + Days::new(offset);
            for months in [3, 12, 13, 24] {
                let end = start + Months::new(months) - Days::new(1);
                for frequency in [Frequency::Yearly, Frequency::AtEnd] {
                    let late = !overdue(&periods(start, end, frequency), &[], today).is_empty();
                    overdue_seen += usize::from(late);
                    assert!(
                        !late || start < started || end < ended,
                        "{start} {end} {frequency}"
                    );
                }
            }
        }
        assert!(overdue_seen > 0);
    }

    #[test]
    fn a_two_and_a_half_year_term_has_three_yearly_periods() {
        let p = periods(day(2026, 3, 1), day(2028, 8, 31), Frequency::Yearly);
        assert_eq!(
            p.iter().map(|p| (p.start, p.end)).collect::<Vec<_>>(),
            vec![
                (day(2026, 3, 1), day(2027, 2, 28)),
                (day(2027, 3, 1), day(2028, 2, 29)),
                (day(2028, 3, 1), day(2028, 8, 31)),
            ]
        );
        assert_eq!(p[0].due, day(2027, 3, 30));
        assert_eq!(
            periods(day(2026, 3, 1), day(2028, 8, 31), Frequency::AtEnd).len(),
            1
        );
    }

    #[test]
    fn a_period_is_overdue_after_its_due_date_unless_a_report_covers_it() {
        let p = periods(day(2026, 3, 1), day(2028, 2, 29), Frequency::Yearly);
        assert!(
            overdue(&p, &[], day(2027, 3, 30)).is_empty(),
            "due that day"
        );
        assert_eq!(overdue(&p, &[], day(2027, 3, 31)), vec![p[0]]);
        let report = (day(2026, 3, 1), day(2027, 2, 15));
        assert!(overdue(&p, &[report], day(2027, 6, 1)).is_empty());
        assert_eq!(overdue(&p, &[report], day(2028, 4, 1)), vec![p[1]]);
    }

    #[test]
    fn every_error_of_a_report_is_said_at_once() {
        let fields = ReportFields {
            period_start: "2026-05-01".into(),
            period_end: "2026-04-01".into(),
            activities: " ".into(),
            volunteers: "-3".into(),
            hours: "lots".into(),
            ..ReportFields::default()
        };
        let errors = fields
            .check((day(2026, 1, 1), day(2027, 12, 31)), 100)
            .expect_err("refused");
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec!["period_end", "activities", "volunteers", "hours"]
        );
    }

    #[test]
    fn a_good_report_is_tidied() {
        let fields = ReportFields {
            period_start: "2026-01-01".into(),
            period_end: "2026-12-31".into(),
            activities: "  Plantations et ateliers.  ".into(),
            volunteers: "12".into(),
            hours: "340".into(),
            ..ReportFields::default()
        };
        let report = fields
            .check((day(2026, 1, 1), day(2027, 12, 31)), 100)
            .expect("accepted");
        assert_eq!(report.activities, "Plantations et ateliers.");
        assert_eq!(report.figures, (0, 12, 340));
    }
}
