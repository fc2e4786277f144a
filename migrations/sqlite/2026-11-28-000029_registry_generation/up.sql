-- The registry's generation: a counter every write to a pact's public
-- record moves on (in the transaction that records its event), and the
-- generation each pact was last written in. The registry's in-memory index
-- (src/registry) reads the counter on each request and reloads only the
-- pacts written since. Writers take the counter's row in turn, so
-- generations are committed in order. Keep in step with migrations/postgres.
CREATE TABLE registry_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO registry_generation (id, value) VALUES (1, 1);
ALTER TABLE pacts ADD COLUMN generation BIGINT NOT NULL DEFAULT 1;
CREATE INDEX pacts_generation ON pacts (generation);
