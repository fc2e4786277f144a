-- A search's matches are read from pact_search by a bitmap heap scan that
-- visits each match's row for its pact_id. Rows held their text and
-- vector inline (about 1 KB compressed, a few rows a page): words found
-- in 60,000 of a million pacts visited 36,000 pages (1.8 s cold). With
-- `toast_tuple_target = 128`, the text and vectors live in the TOAST
-- table and a row is its id and pointers: the same search visits a few
-- hundred pages. A table's storage parameter applies to the rows written
-- after it is set, so the table is written anew. PostgreSQL only: FTS5
-- returns the rowids from its own index.
CREATE TABLE pact_search_narrow (
    pact_id BIGINT PRIMARY KEY REFERENCES pacts (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
    ) STORED
) WITH (toast_tuple_target = 128);
INSERT INTO pact_search_narrow (pact_id, title, body) SELECT pact_id, title, body FROM pact_search;
DROP TABLE pact_search;
ALTER TABLE pact_search_narrow RENAME TO pact_search;
ALTER INDEX pact_search_narrow_pkey RENAME TO pact_search_pkey;
ALTER TABLE pact_search RENAME CONSTRAINT pact_search_narrow_pact_id_fkey TO pact_search_pact_id_fkey;
CREATE INDEX pact_search_document ON pact_search USING GIN (document);
CREATE INDEX pact_search_title ON pact_search USING GIN (to_tsvector('simple', title));
