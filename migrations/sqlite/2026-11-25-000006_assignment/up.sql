-- The officer a proposal is assigned to. Keep in step with migrations/postgres.
-- No REFERENCES clause here: SQLite cannot drop a column that carries one,
-- so down.sql could not run; PostgreSQL keeps the foreign key.
ALTER TABLE pacts ADD COLUMN assigned_to BIGINT;
CREATE INDEX pacts_assigned ON pacts (assigned_to);
