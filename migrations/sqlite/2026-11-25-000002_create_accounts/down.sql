DROP TABLE auth_attempts;
DROP TABLE outbox;
DROP TABLE tokens;
DROP TABLE sessions;
DROP TABLE memberships;
DROP TABLE users;
