DROP TABLE version_comments;
