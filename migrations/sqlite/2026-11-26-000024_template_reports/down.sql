ALTER TABLE template_versions DROP COLUMN report_frequency;
