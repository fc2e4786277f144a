DROP INDEX pact_versions_sha256;
