-- A district may carry its boundary, a GeoJSON Polygon or MultiPolygon
-- (longitude, latitude), drawn on the map page. Keep in step with the
-- other tree.
ALTER TABLE districts ADD COLUMN boundary TEXT;
