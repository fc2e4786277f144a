-- Back to one term per number: fails while renewals numbered -R exist.
ALTER TABLE cities DROP COLUMN objection_days;
ALTER TABLE cities DROP COLUMN tacit_renewal;
ALTER TABLE pacts DROP CONSTRAINT pacts_city_id_year_sequence_term_key;
ALTER TABLE pacts ADD CONSTRAINT pacts_city_id_year_sequence_key
    UNIQUE (city_id, year, sequence);
ALTER TABLE pacts DROP COLUMN renewal_objection;
ALTER TABLE pacts DROP COLUMN term;
