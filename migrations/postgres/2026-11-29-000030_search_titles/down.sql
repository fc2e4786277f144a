DROP INDEX pact_search_title;
