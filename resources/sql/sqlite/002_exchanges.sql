-- SPDX-License-Identifier: GPL-3.0-or-later
-- Exchanges, the institutions taking part in them, and their links to pairings, places and
-- sources. An exchange may belong to several pairings, or to none (a multilateral event).

CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    name_zh TEXT,
    kind TEXT CHECK (kind IN ('university', 'school', 'conservatory', 'company', 'association',
                              'government', 'other')),
    place_id INTEGER REFERENCES places (id) ON DELETE SET NULL,
    url TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX institutions_name_en ON institutions (name_en);

CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
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
CREATE INDEX exchanges_date ON exchanges (date);
CREATE INDEX exchanges_field ON exchanges (field);
CREATE INDEX exchanges_mode ON exchanges (mode);

CREATE TABLE exchange_pairings (
    exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
    pairing_id INTEGER NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,
    PRIMARY KEY (exchange_id, pairing_id)
);
CREATE INDEX exchange_pairings_pairing ON exchange_pairings (pairing_id);

CREATE TABLE exchange_places (
    exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
    PRIMARY KEY (exchange_id, place_id)
);
CREATE INDEX exchange_places_place ON exchange_places (place_id);

CREATE TABLE exchange_institutions (
    exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
    PRIMARY KEY (exchange_id, institution_id)
);
CREATE INDEX exchange_institutions_institution ON exchange_institutions (institution_id);

CREATE TABLE exchange_sources (
    exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    PRIMARY KEY (exchange_id, source_id)
);
CREATE INDEX exchange_sources_source ON exchange_sources (source_id);
