-- Searches rank the pacts whose title (and commons) hold every word
-- first, then the rest newest first (src/db/search.rs). A filter on
-- pact_search's `title` column reads the position lists of every match of
-- the whole entries; this index of titles alone answers it from short
-- lists (no positions: `detail = none`). Written with pact_search, from
-- the same terms. Keep in step with migrations/postgres.
CREATE VIRTUAL TABLE pact_titles USING fts5(title, detail = none, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO pact_titles (rowid, title) SELECT rowid, title FROM pact_search;
