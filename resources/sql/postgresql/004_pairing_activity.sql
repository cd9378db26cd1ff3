-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each pairing's exchanges cover, kept up to date by triggers: the PostgreSQL form of
-- ../sqlite/004_pairing_activity.sql. For every pairing, the fields, modes and years of its
-- exchanges, each with how many exchanges. The triggers find each row by the table's key, as
-- ../sqlite/007_activity_by_key.sql made SQLite's do.

CREATE TABLE pairing_activity (
    facet TEXT NOT NULL CHECK (facet IN ('field', 'mode', 'year')),
    value TEXT NOT NULL,
    pairing_id BIGINT NOT NULL REFERENCES pairings (id) ON DELETE CASCADE DEFERRABLE,
    exchanges INTEGER NOT NULL CHECK (exchanges >= 0),
    PRIMARY KEY (facet, value, pairing_id)
);
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

-- Counts one exchange of these field, mode and date up (by 1) or down (by -1) for a pairing;
-- a row counted down to nothing goes.
CREATE FUNCTION pairing_activity_count(in_pairing BIGINT, in_field TEXT, in_mode TEXT,
                                       in_date TEXT, by_count INTEGER) RETURNS void AS $$
BEGIN
    IF by_count > 0 THEN
        INSERT INTO pairing_activity AS a (facet, value, pairing_id, exchanges)
        SELECT f.facet, f.value, in_pairing, by_count FROM (VALUES
            ('field', in_field), ('mode', in_mode), ('year', substr(in_date, 1, 4)))
            AS f (facet, value)
        WHERE f.value IS NOT NULL
        ON CONFLICT (facet, value, pairing_id) DO UPDATE SET exchanges = a.exchanges + by_count;
    ELSE
        UPDATE pairing_activity SET exchanges = exchanges + by_count
        WHERE pairing_id = in_pairing AND ((facet = 'field' AND value = in_field)
            OR (facet = 'mode' AND value = in_mode)
            OR (facet = 'year' AND value = substr(in_date, 1, 4)));
        DELETE FROM pairing_activity WHERE pairing_id = in_pairing AND exchanges = 0;
    END IF;
END;
$$ LANGUAGE plpgsql;

-- Links made: count their exchanges for their pairings, once for each statement, so that a copy
-- of a million links updates each row of the summary a few times rather than once a link.
CREATE FUNCTION pairing_activity_links_made() RETURNS trigger AS $$
BEGIN
    INSERT INTO pairing_activity AS a (facet, value, pairing_id, exchanges)
    SELECT f.facet, f.value, made.pairing_id, count(*) FROM made
        JOIN exchanges e ON e.id = made.exchange_id
        CROSS JOIN LATERAL (VALUES
            ('field', e.field), ('mode', e.mode), ('year', substr(e.date, 1, 4)))
            AS f (facet, value)
    WHERE f.value IS NOT NULL
    GROUP BY f.facet, f.value, made.pairing_id
    ON CONFLICT (facet, value, pairing_id) DO UPDATE SET exchanges = a.exchanges + EXCLUDED.exchanges;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pairing_activity_links_made AFTER INSERT ON exchange_pairings
    REFERENCING NEW TABLE AS made
    FOR EACH STATEMENT EXECUTE FUNCTION pairing_activity_links_made();

-- A link removed while its exchange stays: count it no more. (When the exchange itself goes,
-- its trigger below has counted it down already, and the exchange is no longer found here.)
CREATE FUNCTION pairing_activity_link_removed() RETURNS trigger AS $$
DECLARE
    e exchanges%ROWTYPE;
BEGIN
    SELECT * INTO e FROM exchanges WHERE id = OLD.exchange_id;
    IF FOUND THEN
        PERFORM pairing_activity_count(OLD.pairing_id, e.field, e.mode, e.date, -1);
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pairing_activity_link_removed AFTER DELETE ON exchange_pairings
    FOR EACH ROW EXECUTE FUNCTION pairing_activity_link_removed();

-- An exchange deleted (before its links go) or changed in field, mode or date.
CREATE FUNCTION pairing_activity_exchange() RETURNS trigger AS $$
DECLARE
    linked BIGINT;
BEGIN
    FOR linked IN SELECT pairing_id FROM exchange_pairings WHERE exchange_id = OLD.id LOOP
        PERFORM pairing_activity_count(linked, OLD.field, OLD.mode, OLD.date, -1);
        IF TG_OP = 'UPDATE' THEN
            PERFORM pairing_activity_count(linked, NEW.field, NEW.mode, NEW.date, 1);
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' THEN
        RETURN NEW;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pairing_activity_exchange_delete BEFORE DELETE ON exchanges
    FOR EACH ROW EXECUTE FUNCTION pairing_activity_exchange();
CREATE TRIGGER pairing_activity_exchange_update AFTER UPDATE OF field, mode, date ON exchanges
    FOR EACH ROW EXECUTE FUNCTION pairing_activity_exchange();

-- The pairings list sorted by a place's name walks this index (see PairingStore::list).
CREATE INDEX places_name_lower ON places (lower(name_en));
