ALTER TABLE invitations DROP COLUMN comment_id;
