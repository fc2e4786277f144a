DROP TABLE pact_titles;
