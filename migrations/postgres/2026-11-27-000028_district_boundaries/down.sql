ALTER TABLE districts DROP COLUMN boundary;
