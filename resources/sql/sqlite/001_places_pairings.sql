-- SPDX-License-Identifier: GPL-3.0-or-later
-- Places, the pairings between them, and the sources they cite.
-- Dates are ISO partial dates ("1979", "1980-01", "2023-11-03"): as text they sort in date order.

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
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
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX places_name_en ON places (name_en);
CREATE INDEX places_parent ON places (parent_id);
CREATE INDEX places_country_kind ON places (country_code, kind);

CREATE TABLE pairings (
    id INTEGER PRIMARY KEY,
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
CREATE INDEX pairings_us_place ON pairings (us_place_id);
CREATE INDEX pairings_established ON pairings (established);
CREATE INDEX pairings_level ON pairings (level);
CREATE INDEX pairings_relation ON pairings (relation);
CREATE INDEX pairings_status ON pairings (status);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    title TEXT,
    publisher TEXT,
    url TEXT UNIQUE,
    published TEXT CHECK (published IS NULL OR length(published) IN (4, 7, 10)),
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (coalesce(url, title) IS NOT NULL)
);

CREATE TABLE pairing_sources (
    pairing_id INTEGER NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    PRIMARY KEY (pairing_id, source_id)
);
CREATE INDEX pairing_sources_source ON pairing_sources (source_id);
