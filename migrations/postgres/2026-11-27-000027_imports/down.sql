-- Fails while imported pacts lack a year, a submission date or a
-- duration: complete them (or delete them) first.
DROP TABLE import_gaps;
DROP TABLE pact_imports;
ALTER TABLE pacts ALTER COLUMN year SET NOT NULL;
ALTER TABLE pacts ALTER COLUMN sequence SET NOT NULL;
ALTER TABLE pacts ALTER COLUMN duration_months SET NOT NULL;
ALTER TABLE pacts ALTER COLUMN submitted_on SET NOT NULL;
