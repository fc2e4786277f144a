DROP TABLE digests;
DROP TABLE follows;
