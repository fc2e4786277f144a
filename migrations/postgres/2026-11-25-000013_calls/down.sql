ALTER TABLE proposals DROP COLUMN call_id;
DROP TABLE calls;
