-- The registry: cities, their districts, the commons cared for, the parties,
-- the pacts with their parties, immutable text versions and history events.
-- Keep in step with migrations/sqlite (same names, portable types only).

CREATE TABLE cities (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    regulation_title TEXT NOT NULL,
    regulation_act TEXT NOT NULL,
    review_days INTEGER NOT NULL,
    publication_days INTEGER NOT NULL,
    complex_multiplier INTEGER NOT NULL,
    expiry_notice_days TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE districts (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (city_id, slug)
);

CREATE TABLE commons (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    district_id BIGINT REFERENCES districts (id),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    address TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    description TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (city_id, slug)
);
CREATE INDEX commons_district ON commons (district_id);

CREATE TABLE parties (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    public_name TEXT,
    referent_name TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX parties_city ON parties (city_id);

CREATE TABLE pacts (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    commons_id BIGINT NOT NULL REFERENCES commons (id),
    renews_pact_id BIGINT REFERENCES pacts (id),
    number TEXT NOT NULL,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    kind TEXT NOT NULL,
    intensity TEXT NOT NULL,
    status TEXT NOT NULL,
    duration_months INTEGER NOT NULL,
    submitted_on DATE NOT NULL,
    review_paused_days INTEGER NOT NULL,
    review_paused_since DATE,
    comments_close_on DATE,
    executive_decision TEXT,
    start_date DATE,
    end_date DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (city_id, number),
    UNIQUE (city_id, year, sequence)
);
CREATE INDEX pacts_city_status ON pacts (city_id, status, id);
CREATE INDEX pacts_status ON pacts (status, id);
CREATE INDEX pacts_commons ON pacts (commons_id);
CREATE INDEX pacts_renews ON pacts (renews_pact_id);

CREATE TABLE pact_parties (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    party_id BIGINT NOT NULL REFERENCES parties (id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (pact_id, party_id)
);
CREATE INDEX pact_parties_party ON pact_parties (party_id);

CREATE TABLE pact_versions (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    number INTEGER NOT NULL,
    content TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    author TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (pact_id, number)
);

CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    pact_id BIGINT NOT NULL REFERENCES pacts (id),
    occurred_at TIMESTAMP NOT NULL,
    actor_role TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    status_before TEXT,
    status_after TEXT,
    details TEXT NOT NULL
);
CREATE INDEX events_pact ON events (pact_id, occurred_at, id);

-- Versions and events are append-only: the database refuses to rewrite them.
CREATE FUNCTION pacta_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER pact_versions_immutable BEFORE UPDATE ON pact_versions
    FOR EACH ROW EXECUTE FUNCTION pacta_refuse_update();
CREATE TRIGGER events_append_only BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION pacta_refuse_update();
