-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL form of ../sqlite/006_lasting_ids.sql. Identity columns never give an id
-- twice, so no table is rebuilt here: only the row-version counter is made.
-- A record's row version changes with every edit, and an edit is refused when the version it
-- read is no longer there. Versions come from one counter for the whole database and are never
-- given twice, so a version always stands for the same content: undo puts back the version
-- the record had together with what it held, and an edit after that takes a new one.
CREATE TABLE row_version_counter (last BIGINT NOT NULL);
INSERT INTO row_version_counter (last)
SELECT greatest(1, coalesce(max(v), 1)) FROM (
    SELECT max(row_version) AS v FROM places
    UNION ALL SELECT max(row_version) FROM pairings
    UNION ALL SELECT max(row_version) FROM sources
    UNION ALL SELECT max(row_version) FROM institutions
    UNION ALL SELECT max(row_version) FROM exchanges) AS versions;
