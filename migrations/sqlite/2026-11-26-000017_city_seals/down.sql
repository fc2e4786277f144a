DROP TABLE city_seals;
