DROP TABLE pact_search;
