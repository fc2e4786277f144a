DROP TABLE staff_districts;
