DROP INDEX pacts_assigned;
ALTER TABLE pacts DROP COLUMN assigned_to;
