-- The day and registry generation each sweeping job last ran through
-- without error (src/jobs/mod.rs): a server that starts, or a second
-- process, skips sweeps that would find nothing new (at a million pacts
-- they read for tens of seconds). Keep in step with the other backend.
ALTER TABLE job_runs ADD COLUMN swept_on DATE;
ALTER TABLE job_runs ADD COLUMN swept_generation BIGINT;
