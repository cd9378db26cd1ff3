-- SPDX-License-Identifier: GPL-3.0-or-later
-- Searching and sorting at scale: the PostgreSQL form of ../sqlite/003_search.sql. Where
-- SQLite keeps an FTS5 index, the exchanges here carry a text-search vector of their title,
-- description and location (the 'simple' configuration: words as written, lower case, no
-- stemming, as FTS5's unicode61 reads them), computed by the database and indexed with GIN.
-- The places' search key is one text per place, indexed by trigrams (pg_trgm), so that the
-- LIKE '%…%' a search makes of any part of a name, Chinese included, uses an index.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE exchanges ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' '
        || coalesce(location, ''))) STORED;
CREATE INDEX exchanges_search ON exchanges USING gin (search_vector);

-- The English names of Chinese places are their pinyin; stored folded ("Xi'an" -> "xian") so
-- that a search without tones, apostrophes or spaces finds them.
UPDATE places SET pinyin = lower(replace(replace(replace(name_en, '''', ''), ' ', ''), '-', ''))
WHERE country_code = 'CN' AND pinyin IS NULL;

CREATE INDEX exchanges_title ON exchanges (lower(title));
CREATE INDEX exchanges_location ON exchanges (lower(location));

-- One text per place that a search reads with a single LIKE: English (lower case), Chinese and
-- pinyin names, computed by the database.
ALTER TABLE places ADD COLUMN search_key TEXT GENERATED ALWAYS AS (
    lower(name_en) || ' ' || coalesce(name_zh, '') || ' ' || coalesce(pinyin, '')) STORED;
CREATE INDEX places_search_key ON places USING gin (search_key gin_trgm_ops);

CREATE INDEX exchanges_field_date ON exchanges (field, date);
CREATE INDEX exchanges_mode_date ON exchanges (mode, date);
