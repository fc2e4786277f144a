-- Notifications: what each person was told about the pacts they take part
-- in (kind, pact, subject, a link to the page — never a personal link),
-- how it was delivered (by e-mail at once, in the daily digest, or only in
-- Pacta), when it was read and when a digest carried it; and each
-- person's choice of delivery per kind. Keep in step with
-- migrations/postgres.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    pact_id BIGINT REFERENCES pacts (id),
    subject TEXT NOT NULL,
    link TEXT NOT NULL,
    delivery TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    digested_at TIMESTAMP
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_digest ON notifications (delivery, digested_at);
CREATE TABLE notification_preferences (
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
