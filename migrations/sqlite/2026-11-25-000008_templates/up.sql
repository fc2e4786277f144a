-- Each city's pact templates, with immutable versions; a pact records the
-- template version its draft started from. Keep in step with migrations/postgres.
CREATE TABLE templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX templates_city ON templates (city_id);
CREATE TABLE template_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    template_id BIGINT NOT NULL REFERENCES templates (id),
    number INTEGER NOT NULL,
    articles TEXT NOT NULL,
    author TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (template_id, number)
);
-- No REFERENCES: SQLite could not drop the column in down.sql.
ALTER TABLE pacts ADD COLUMN template_version_id BIGINT;
