-- Registries imported from spreadsheets (`pacta import csv`): a pact
-- imported keeps its source and its reference there (importing the same
-- file again finds it), the line it came from, the row as read, and the
-- fields Pacta expects but the source did not give (`import_gaps`), which
-- officers complete from their worklist. Imported pacts may lack a year and
-- sequence of submission (they keep their source's number), a submission
-- date and a duration: those columns become nullable, rather than holding
-- invented values. Keep in step with migrations/sqlite.
ALTER TABLE pacts ALTER COLUMN year DROP NOT NULL;
ALTER TABLE pacts ALTER COLUMN sequence DROP NOT NULL;
ALTER TABLE pacts ALTER COLUMN duration_months DROP NOT NULL;
ALTER TABLE pacts ALTER COLUMN submitted_on DROP NOT NULL;
CREATE TABLE pact_imports (
    pact_id BIGINT PRIMARY KEY REFERENCES pacts (id),
    city_id BIGINT NOT NULL REFERENCES cities (id),
    source TEXT NOT NULL,
    reference TEXT NOT NULL,
    line INTEGER NOT NULL,
    record TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    UNIQUE (city_id, source, reference)
);
CREATE TABLE import_gaps (
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    field TEXT NOT NULL,
    PRIMARY KEY (pact_id, field)
);
