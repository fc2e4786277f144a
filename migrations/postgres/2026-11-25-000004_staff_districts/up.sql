-- Officers may be tied to districts of their city (a district office).
-- Keep in step with migrations/sqlite.
CREATE TABLE staff_districts (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    district_id BIGINT NOT NULL REFERENCES districts (id),
    UNIQUE (user_id, district_id)
);
CREATE INDEX staff_districts_district ON staff_districts (district_id);
