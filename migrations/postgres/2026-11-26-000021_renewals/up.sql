-- Renewals: a renewal is a new term of the same pact, numbered like it
-- with a suffix (2026-0042-R1, -R2…) and linked by renews_pact_id; its
-- term goes into the numbering key. Parties or the officer may object to a
-- tacit renewal (the reason is kept). Cities choose whether ordinary
-- pacts renew tacitly, and until how many days before the end date one
-- may object. Keep in step with migrations/sqlite.
ALTER TABLE pacts ADD COLUMN term INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pacts ADD COLUMN renewal_objection TEXT;
ALTER TABLE pacts DROP CONSTRAINT pacts_city_id_year_sequence_key;
ALTER TABLE pacts ADD CONSTRAINT pacts_city_id_year_sequence_term_key
    UNIQUE (city_id, year, sequence, term);
ALTER TABLE cities ADD COLUMN tacit_renewal BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cities ADD COLUMN objection_days INTEGER NOT NULL DEFAULT 30;
