-- Searches whose words are found in a large share of the registry rank
-- the pacts holding them in their title first, then the rest newest first
-- (src/db/search.rs): this index answers "in the title" without reading
-- each match's document. PostgreSQL only: FTS5 on SQLite filters on its
-- `title` column with the index it has.
CREATE INDEX pact_search_title ON pact_search USING GIN (to_tsvector('simple', title));
