DROP INDEX pacts_city_status_end;
DROP INDEX pacts_status_end;
ALTER TABLE pacts DROP COLUMN suspended_until;
DROP TABLE notices;
DROP TABLE job_runs;
