-- Officers may be tied to districts of their city (a district office).
-- Keep in step with migrations/postgres.
CREATE TABLE staff_districts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id),
    district_id BIGINT NOT NULL REFERENCES districts (id),
    UNIQUE (user_id, district_id)
);
CREATE INDEX staff_districts_district ON staff_districts (district_id);
