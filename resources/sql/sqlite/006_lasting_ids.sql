-- SPDX-License-Identifier: GPL-3.0-or-later
-- An id, once given, is never given again. Without AUTOINCREMENT SQLite hands out the highest
-- id plus one, so deleting the newest pairing and adding another reused its id, and a window
-- still holding the deleted one could write over a different record. Each table is rebuilt
-- with AUTOINCREMENT, keeping every row, id and row version; its indexes and triggers are made
-- again as the earlier scripts made them. The migrator runs this with foreign keys off and
-- checks them all before it commits. Ids already used from here on stay used even when their
-- record is deleted; undo puts a record back under its own id.

PRAGMA legacy_alter_table = ON;

CREATE TABLE places_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    name_zh TEXT,
    pinyin TEXT,
    kind TEXT CHECK (kind IN ('province_state', 'city', 'county', 'district')),
    country_code TEXT NOT NULL CHECK (length(country_code) = 2 AND country_code = upper(country_code)),
    region_code TEXT UNIQUE,
    parent_id INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    latitude REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude BETWEEN -180 AND 180),
    row_version INTEGER NOT NULL DEFAULT 1,
    search_key TEXT,
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
INSERT INTO places_new (id, name_en, name_zh, pinyin, kind, country_code, region_code, parent_id,
                        latitude, longitude, row_version, search_key)
SELECT id, name_en, name_zh, pinyin, kind, country_code, region_code, parent_id, latitude,
       longitude, row_version, search_key FROM places;
DROP TABLE places;
ALTER TABLE places_new RENAME TO places;
CREATE INDEX places_name_en ON places (name_en);
CREATE INDEX places_parent ON places (parent_id);
CREATE INDEX places_country_kind ON places (country_code, kind);
CREATE INDEX places_name_lower ON places (lower(name_en));

CREATE TRIGGER places_search_key_insert AFTER INSERT ON places BEGIN
    UPDATE places SET search_key = lower(new.name_en) || ' ' || coalesce(new.name_zh, '') || ' '
        || coalesce(new.pinyin, '') WHERE id = new.id;
END;

CREATE TRIGGER places_search_key_update AFTER UPDATE OF name_en, name_zh, pinyin ON places BEGIN
    UPDATE places SET search_key = lower(new.name_en) || ' ' || coalesce(new.name_zh, '') || ' '
        || coalesce(new.pinyin, '') WHERE id = new.id;
END;

CREATE TABLE pairings_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chinese_place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
    us_place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
    relation TEXT NOT NULL CHECK (relation IN ('sister', 'friendship')),
    level TEXT NOT NULL CHECK (level IN ('province_state', 'city', 'county', 'district')),
    established TEXT CHECK (established IS NULL OR length(established) IN (4, 7, 10)),
    status TEXT CHECK (status IN ('active', 'dormant', 'ended')),
    notes TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (chinese_place_id, us_place_id),
    CHECK (chinese_place_id <> us_place_id)
);
INSERT INTO pairings_new (id, chinese_place_id, us_place_id, relation, level, established, status,
                          notes, row_version)
SELECT id, chinese_place_id, us_place_id, relation, level, established, status, notes, row_version
FROM pairings;
DROP TABLE pairings;
ALTER TABLE pairings_new RENAME TO pairings;
CREATE INDEX pairings_us_place ON pairings (us_place_id);
CREATE INDEX pairings_established ON pairings (established);
CREATE INDEX pairings_level ON pairings (level);
CREATE INDEX pairings_relation ON pairings (relation);
CREATE INDEX pairings_status ON pairings (status);
CREATE INDEX pairings_established_year ON pairings (substr(established, 1, 4));

CREATE TABLE sources_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    publisher TEXT,
    url TEXT UNIQUE,
    published TEXT CHECK (published IS NULL OR length(published) IN (4, 7, 10)),
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (coalesce(url, title) IS NOT NULL)
);
INSERT INTO sources_new (id, title, publisher, url, published, row_version)
SELECT id, title, publisher, url, published, row_version FROM sources;
DROP TABLE sources;
ALTER TABLE sources_new RENAME TO sources;

CREATE TABLE institutions_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    name_zh TEXT,
    kind TEXT CHECK (kind IN ('university', 'school', 'conservatory', 'company', 'association',
                              'government', 'other')),
    place_id INTEGER REFERENCES places (id) ON DELETE SET NULL,
    url TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO institutions_new (id, name_en, name_zh, kind, place_id, url, row_version)
SELECT id, name_en, name_zh, kind, place_id, url, row_version FROM institutions;
DROP TABLE institutions;
ALTER TABLE institutions_new RENAME TO institutions;
CREATE INDEX institutions_name_en ON institutions (name_en);

CREATE TABLE exchanges_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    date TEXT CHECK (date IS NULL OR length(date) IN (4, 7, 10)),
    end_date TEXT CHECK (end_date IS NULL OR length(end_date) IN (4, 7, 10)),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    field TEXT NOT NULL CHECK (field IN ('education', 'science', 'language', 'art', 'culture',
                                         'tourism', 'business', 'government', 'sports', 'health',
                                         'environment', 'youth', 'agriculture')),
    mode TEXT NOT NULL CHECK (mode IN ('in_person', 'online', 'hybrid')),
    location TEXT,
    description TEXT,
    participants TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR (date IS NOT NULL AND end_date >= date))
);
INSERT INTO exchanges_new (id, date, end_date, title, field, mode, location, description,
                           participants, row_version)
SELECT id, date, end_date, title, field, mode, location, description, participants, row_version
FROM exchanges;
DROP TABLE exchanges;
ALTER TABLE exchanges_new RENAME TO exchanges;
CREATE INDEX exchanges_date ON exchanges (date);
CREATE INDEX exchanges_field ON exchanges (field);
CREATE INDEX exchanges_mode ON exchanges (mode);
CREATE INDEX exchanges_title ON exchanges (lower(title));
CREATE INDEX exchanges_location ON exchanges (lower(location));
CREATE INDEX exchanges_field_date ON exchanges (field, date);
CREATE INDEX exchanges_mode_date ON exchanges (mode, date);

CREATE TRIGGER exchanges_search_insert AFTER INSERT ON exchanges BEGIN
    INSERT INTO exchanges_search (rowid, title, description, location)
    VALUES (new.id, new.title, new.description, new.location);
END;

CREATE TRIGGER exchanges_search_delete AFTER DELETE ON exchanges BEGIN
    INSERT INTO exchanges_search (exchanges_search, rowid, title, description, location)
    VALUES ('delete', old.id, old.title, old.description, old.location);
END;

CREATE TRIGGER exchanges_search_update AFTER UPDATE OF title, description, location ON exchanges BEGIN
    INSERT INTO exchanges_search (exchanges_search, rowid, title, description, location)
    VALUES ('delete', old.id, old.title, old.description, old.location);
    INSERT INTO exchanges_search (rowid, title, description, location)
    VALUES (new.id, new.title, new.description, new.location);
END;

CREATE TRIGGER pairing_activity_exchange_delete BEFORE DELETE ON exchanges BEGIN
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id)
        AND ((facet = 'field' AND value = old.field) OR (facet = 'mode' AND value = old.mode)
            OR (facet = 'year' AND value = substr(old.date, 1, 4)));
    DELETE FROM pairing_activity WHERE exchanges = 0 AND pairing_id IN
        (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
END;

CREATE TRIGGER pairing_activity_exchange_update AFTER UPDATE OF field, mode, date ON exchanges BEGIN
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id)
        AND ((facet = 'field' AND value = old.field) OR (facet = 'mode' AND value = old.mode)
            OR (facet = 'year' AND value = substr(old.date, 1, 4)));
    INSERT INTO pairing_activity (facet, value, pairing_id, exchanges)
    SELECT 'field', new.field, pairing_id, 1 FROM exchange_pairings WHERE exchange_id = new.id
    UNION ALL
    SELECT 'mode', new.mode, pairing_id, 1 FROM exchange_pairings WHERE exchange_id = new.id
    UNION ALL
    SELECT 'year', substr(new.date, 1, 4), pairing_id, 1 FROM exchange_pairings
        WHERE exchange_id = new.id AND new.date IS NOT NULL
    ON CONFLICT (facet, value, pairing_id) DO UPDATE SET exchanges = exchanges + 1;
    DELETE FROM pairing_activity WHERE exchanges = 0 AND pairing_id IN
        (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = new.id);
END;

CREATE TRIGGER exchange_tally_insert AFTER INSERT ON exchanges BEGIN
    INSERT INTO exchange_tally (year, field, mode, exchanges)
    VALUES (coalesce(CAST(substr(new.date, 1, 4) AS INTEGER), 0), new.field, new.mode, 1)
    ON CONFLICT (year, field, mode) DO UPDATE SET exchanges = exchanges + 1;
END;

CREATE TRIGGER exchange_tally_delete AFTER DELETE ON exchanges BEGIN
    UPDATE exchange_tally SET exchanges = exchanges - 1
    WHERE year = coalesce(CAST(substr(old.date, 1, 4) AS INTEGER), 0) AND field = old.field
        AND mode = old.mode;
    DELETE FROM exchange_tally WHERE year = coalesce(CAST(substr(old.date, 1, 4) AS INTEGER), 0)
        AND field = old.field AND mode = old.mode AND exchanges = 0;
END;

CREATE TRIGGER exchange_tally_update AFTER UPDATE OF date, field, mode ON exchanges BEGIN
    UPDATE exchange_tally SET exchanges = exchanges - 1
    WHERE year = coalesce(CAST(substr(old.date, 1, 4) AS INTEGER), 0) AND field = old.field
        AND mode = old.mode;
    INSERT INTO exchange_tally (year, field, mode, exchanges)
    VALUES (coalesce(CAST(substr(new.date, 1, 4) AS INTEGER), 0), new.field, new.mode, 1)
    ON CONFLICT (year, field, mode) DO UPDATE SET exchanges = exchanges + 1;
    DELETE FROM exchange_tally WHERE year = coalesce(CAST(substr(old.date, 1, 4) AS INTEGER), 0)
        AND field = old.field AND mode = old.mode AND exchanges = 0;
END;

PRAGMA legacy_alter_table = OFF;

-- A record's row version changes with every edit, and an edit is refused when the version it
-- read is no longer there. Versions come from one counter for the whole database and are never
-- given twice, so a version always stands for the same content: undo puts back the version
-- the record had together with what it held, and an edit after that takes a new one.
CREATE TABLE row_version_counter (last INTEGER NOT NULL);
INSERT INTO row_version_counter (last)
SELECT max(1, coalesce(max(v), 1)) FROM (
    SELECT max(row_version) AS v FROM places
    UNION ALL SELECT max(row_version) FROM pairings
    UNION ALL SELECT max(row_version) FROM sources
    UNION ALL SELECT max(row_version) FROM institutions
    UNION ALL SELECT max(row_version) FROM exchanges);
