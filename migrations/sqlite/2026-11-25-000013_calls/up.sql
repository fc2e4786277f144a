-- Calls for proposals a city publishes for one of its listed commons, open
-- until closes_on; a proposal may answer one. Keep in step with
-- migrations/postgres.
CREATE TABLE calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    commons_id BIGINT NOT NULL REFERENCES commons (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX calls_city ON calls (city_id, closes_on);
ALTER TABLE proposals ADD COLUMN call_id BIGINT; -- no REFERENCES: SQLite could not drop the column again
