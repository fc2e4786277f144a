DROP TABLE invitations;
ALTER TABLE proposals DROP COLUMN co_proponents;
