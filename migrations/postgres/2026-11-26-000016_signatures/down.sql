DROP TABLE agreements;
DROP TABLE signing_requests;
ALTER TABLE pacts DROP COLUMN agreed_start_on;
ALTER TABLE cities DROP COLUMN reminder_cap;
ALTER TABLE cities DROP COLUMN reminder_days;
ALTER TABLE cities DROP COLUMN signing_link_days;
ALTER TABLE cities DROP COLUMN signing_order;
