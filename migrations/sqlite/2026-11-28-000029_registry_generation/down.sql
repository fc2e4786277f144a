DROP INDEX pacts_generation;
ALTER TABLE pacts DROP COLUMN generation;
DROP TABLE registry_generation;
