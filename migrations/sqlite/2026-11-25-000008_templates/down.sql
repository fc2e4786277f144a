ALTER TABLE pacts DROP COLUMN template_version_id;
DROP TABLE template_versions;
DROP TABLE templates;
