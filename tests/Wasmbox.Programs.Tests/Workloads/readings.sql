-- Files in and out of the shell: a CSV import, sorts big enough to spill into temporary files,
-- a report written with .output, a dump with .once, a backup, and the backup attached and
-- compared. The test checks every file this leaves behind, byte for byte.
.bail on
PRAGMA cache_size = 16;
.import --csv readings.csv readings
.mode list
.headers on
SELECT count(*) AS imported, count(DISTINCT sensor) AS sensors, min(taken) AS first, max(taken) AS last FROM readings;

-- ORDER BY an expression and a fresh index both sort 40,000 rows: more than 16 pages of cache
-- holds, so the sorter writes to temporary files (deleted as soon as they are opened).
SELECT sensor, taken, value FROM readings ORDER BY substr(taken, 12) || sensor, value DESC LIMIT 5;
CREATE INDEX readings_by_value ON readings(value, sensor);
SELECT sensor, value FROM readings ORDER BY value DESC, sensor LIMIT 3;

.output report.txt
.mode column
SELECT sensor, count(*) AS n, printf('%.3f', avg(value)) AS mean, printf('%.3f', min(value)) AS low,
       printf('%.3f', max(value)) AS high
FROM readings GROUP BY sensor ORDER BY sensor;
.output stdout
.mode list

.once dump.sql
.dump readings

.backup copy.db
ATTACH 'copy.db' AS copy;
SELECT (SELECT count(*) FROM copy.readings) = (SELECT count(*) FROM main.readings) AS copied;
DELETE FROM copy.readings WHERE sensor = 'north-3';
SELECT count(*) AS left_in_copy FROM copy.readings;
DETACH copy;

.read summary.sql
.print done
