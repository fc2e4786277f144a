-- Each city's seal: the PKCS#12 file (certificate and private key) Pacta
-- seals issued agreements with, and its password; self_signed when Pacta
-- made it because the city configured none. Keep in step with
-- migrations/sqlite.
CREATE TABLE city_seals (
    city_id BIGINT PRIMARY KEY REFERENCES cities (id),
    pkcs12 BYTEA NOT NULL,
    password TEXT NOT NULL,
    self_signed BOOLEAN NOT NULL,
    subject TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    not_after TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL
);
