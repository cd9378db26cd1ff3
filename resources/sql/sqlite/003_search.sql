-- SPDX-License-Identifier: GPL-3.0-or-later
-- Searching and sorting at scale: a full-text index over exchanges (SQLite FTS5, kept in step
-- by triggers), pinyin without tones for the Chinese places, and indexes for the sortable
-- columns of the exchanges list.

CREATE VIRTUAL TABLE exchanges_search USING fts5 (
    title, description, location,
    content = 'exchanges', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

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

INSERT INTO exchanges_search (exchanges_search) VALUES ('rebuild');

-- The English names of Chinese places are their pinyin; stored folded ("Xi'an" -> "xian") so
-- that a search without tones, apostrophes or spaces finds them.
UPDATE places SET pinyin = lower(replace(replace(replace(name_en, '''', ''), ' ', ''), '-', ''))
WHERE country_code = 'CN' AND pinyin IS NULL;

CREATE INDEX exchanges_title ON exchanges (lower(title));
CREATE INDEX exchanges_location ON exchanges (lower(location));

-- One text per place that a search reads with a single LIKE: English (lower case), Chinese and
-- pinyin names. Kept in step by triggers.
ALTER TABLE places ADD COLUMN search_key TEXT;
UPDATE places SET search_key = lower(name_en) || ' ' || coalesce(name_zh, '') || ' '
    || coalesce(pinyin, '');

CREATE TRIGGER places_search_key_insert AFTER INSERT ON places BEGIN
    UPDATE places SET search_key = lower(new.name_en) || ' ' || coalesce(new.name_zh, '') || ' '
        || coalesce(new.pinyin, '') WHERE id = new.id;
END;

CREATE TRIGGER places_search_key_update AFTER UPDATE OF name_en, name_zh, pinyin ON places BEGIN
    UPDATE places SET search_key = lower(new.name_en) || ' ' || coalesce(new.name_zh, '') || ' '
        || coalesce(new.pinyin, '') WHERE id = new.id;
END;

-- A field or a mode with the dates in order inside it: the exchanges of one field show newest
-- first without sorting all of them. (The single-column indexes stay: sorting by field or mode
-- walks them in id order within each value.)
CREATE INDEX exchanges_field_date ON exchanges (field, date);
CREATE INDEX exchanges_mode_date ON exchanges (mode, date);
