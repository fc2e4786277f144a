-- Full-text search over pacts. Pacta writes the terms (stemmed, without
-- accents: see src/domain/search.rs) of each pact's title and commons
-- (`title`, weight A) and of its summary, parties and text in force
-- (`body`, weight B); the `simple` configuration indexes them as they are.
-- Pacts already recorded are indexed by `pacta migrate` / `serve` after
-- this migration. Keep in step with migrations/sqlite.
CREATE TABLE pact_search (
    pact_id BIGINT PRIMARY KEY REFERENCES pacts (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
    ) STORED
);
CREATE INDEX pact_search_document ON pact_search USING GIN (document);
