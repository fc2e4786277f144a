-- How often the parties of a pact drafted from a template report
-- (`yearly`, `at_end`), as each template version says; NULL: by the
-- pact's duration. Keep in step with migrations/postgres.
ALTER TABLE template_versions ADD COLUMN report_frequency TEXT;
