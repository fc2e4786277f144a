-- Full-text search over pacts. Pacta writes the terms (stemmed, without
-- accents: see src/domain/search.rs) of each pact's title and commons
-- (`title`) and of its summary, parties and text in force (`body`) under
-- the pact's id as rowid; FTS5 indexes and ranks them (BM25). Pacts
-- already recorded are indexed by `pacta migrate` / `serve` after this
-- migration. Keep in step with migrations/postgres.
CREATE VIRTUAL TABLE pact_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
