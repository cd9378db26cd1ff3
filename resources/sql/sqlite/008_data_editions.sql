-- SPDX-License-Identifier: GPL-3.0-or-later
-- The shipped data comes in editions, and a database made from one takes the next without
-- losing what its users did. Each shipped pairing and exchange keeps the id the edition gives it
-- ("p0001", "e0001") as its origin: a later edition says by that id which record it adds to or
-- corrects. Records a user makes have none. data_edition names the edition the database holds;
-- a database made before editions were named holds the first, and its records are matched to
-- the editions by their places' names (see EditionUpdate).
--
-- official_counts: the totals of China-US pairs as officially reported, with their sources, a
-- small table the user may edit like any other; the charts set them beside the pairings whose
-- year is known.

ALTER TABLE pairings ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX pairings_origin ON pairings (origin);
ALTER TABLE exchanges ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX exchanges_origin ON exchanges (origin);

CREATE TABLE data_edition (
    name TEXT NOT NULL CHECK (length(name) > 0)
);
INSERT INTO data_edition (name) SELECT 'first' WHERE EXISTS (SELECT 1 FROM pairings);

CREATE TABLE official_counts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    date TEXT NOT NULL CHECK (length(date) IN (4, 7, 10)),
    total INTEGER NOT NULL CHECK (total > 0),
    province_state INTEGER CHECK (province_state >= 0),
    city INTEGER CHECK (city >= 0),
    source_url TEXT,
    notes TEXT,
    origin TEXT UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (coalesce(province_state, 0) + coalesce(city, 0) <= total)
);
CREATE INDEX official_counts_date ON official_counts (date);
