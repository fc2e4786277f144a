ALTER TABLE cities DROP COLUMN require_second_factor;
ALTER TABLE users DROP COLUMN totp_last_step;
DROP TABLE recovery_codes;
