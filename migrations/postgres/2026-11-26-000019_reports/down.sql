DROP TABLE report_photos;
DROP TABLE reports;
ALTER TABLE pacts DROP COLUMN report_frequency;
