DROP INDEX pacts_updated;
