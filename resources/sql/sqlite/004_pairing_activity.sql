-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each pairing's exchanges cover, kept up to date by triggers: for every pairing, the
-- fields, modes and years of its exchanges, each with how many exchanges. The pairings list
-- answers "pairings with a science exchange" (or an online one, or one in 2020-2022, or any)
-- from here instead of from a million exchanges.

CREATE TABLE pairing_activity (
    facet TEXT NOT NULL CHECK (facet IN ('field', 'mode', 'year')),
    value TEXT NOT NULL,
    pairing_id INTEGER NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,
    exchanges INTEGER NOT NULL CHECK (exchanges >= 0),
    PRIMARY KEY (facet, value, pairing_id)
) WITHOUT ROWID;
CREATE INDEX pairing_activity_pairing ON pairing_activity (pairing_id);

INSERT INTO pairing_activity (facet, value, pairing_id, exchanges)
SELECT 'field', e.field, ep.pairing_id, count(*) FROM exchange_pairings ep
    JOIN exchanges e ON e.id = ep.exchange_id GROUP BY e.field, ep.pairing_id
UNION ALL
SELECT 'mode', e.mode, ep.pairing_id, count(*) FROM exchange_pairings ep
    JOIN exchanges e ON e.id = ep.exchange_id GROUP BY e.mode, ep.pairing_id
UNION ALL
SELECT 'year', substr(e.date, 1, 4), ep.pairing_id, count(*) FROM exchange_pairings ep
    JOIN exchanges e ON e.id = ep.exchange_id WHERE e.date IS NOT NULL
    GROUP BY substr(e.date, 1, 4), ep.pairing_id;

-- A link made: count the exchange for its pairing.
CREATE TRIGGER pairing_activity_link AFTER INSERT ON exchange_pairings BEGIN
    INSERT INTO pairing_activity (facet, value, pairing_id, exchanges)
    SELECT 'field', field, new.pairing_id, 1 FROM exchanges WHERE id = new.exchange_id
    UNION ALL
    SELECT 'mode', mode, new.pairing_id, 1 FROM exchanges WHERE id = new.exchange_id
    UNION ALL
    SELECT 'year', substr(date, 1, 4), new.pairing_id, 1 FROM exchanges
        WHERE id = new.exchange_id AND date IS NOT NULL
    ON CONFLICT (facet, value, pairing_id) DO UPDATE SET exchanges = exchanges + 1;
END;

-- A link removed while its exchange stays: count it no more. (When the exchange itself goes,
-- the trigger below has already done so, and the exchange is no longer found here.)
CREATE TRIGGER pairing_activity_unlink AFTER DELETE ON exchange_pairings BEGIN
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE pairing_id = old.pairing_id AND EXISTS (
        SELECT 1 FROM exchanges e WHERE e.id = old.exchange_id AND (
            (facet = 'field' AND value = e.field) OR (facet = 'mode' AND value = e.mode)
            OR (facet = 'year' AND value = substr(e.date, 1, 4))));
    DELETE FROM pairing_activity WHERE pairing_id = old.pairing_id AND exchanges = 0;
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

-- The pairings list sorted by a place's name walks this index (see PairingStore::list).
CREATE INDEX places_name_lower ON places (lower(name_en));
