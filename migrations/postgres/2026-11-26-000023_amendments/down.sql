ALTER TABLE pacts DROP COLUMN version_in_force;
DROP TABLE amendments;
