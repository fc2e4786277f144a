ALTER TABLE job_runs DROP COLUMN swept_generation;
ALTER TABLE job_runs DROP COLUMN swept_on;
