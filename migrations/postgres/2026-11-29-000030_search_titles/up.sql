-- Searches rank the pacts whose title (and commons) hold every word
-- first, then the rest newest first (src/db/search.rs): this index
-- answers "in the title" without reading each match's document. Keep in
-- step with migrations/sqlite (an FTS5 table of titles there).
CREATE INDEX pact_search_title ON pact_search USING GIN (to_tsvector('simple', title));
