-- SPDX-License-Identifier: GPL-3.0-or-later
-- How many exchanges there are for each year, field and mode, kept up to date by triggers: the
-- PostgreSQL form of ../sqlite/005_exchange_tally.sql. An exchange whose date is not known
-- counts under year 0, which no date can have: it is shown as "year not known", never placed
-- on a year.

CREATE TABLE exchange_tally (
    year INTEGER NOT NULL CHECK (year >= 0),
    field TEXT NOT NULL,
    mode TEXT NOT NULL,
    exchanges INTEGER NOT NULL CHECK (exchanges >= 0),
    PRIMARY KEY (year, field, mode)
);

INSERT INTO exchange_tally (year, field, mode, exchanges)
SELECT coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0), field, mode, count(*) FROM exchanges
    GROUP BY 1, field, mode;

CREATE FUNCTION exchange_tally_count(in_date TEXT, in_field TEXT, in_mode TEXT,
                                     by_count INTEGER) RETURNS void AS $$
BEGIN
    INSERT INTO exchange_tally AS t (year, field, mode, exchanges)
    VALUES (coalesce(CAST(substr(in_date, 1, 4) AS INTEGER), 0), in_field, in_mode,
            greatest(by_count, 0))
    ON CONFLICT (year, field, mode) DO UPDATE SET exchanges = t.exchanges + by_count;
    DELETE FROM exchange_tally WHERE year = coalesce(CAST(substr(in_date, 1, 4) AS INTEGER), 0)
        AND field = in_field AND mode = in_mode AND exchanges = 0;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION exchange_tally() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM exchange_tally_count(OLD.date, OLD.field, OLD.mode, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM exchange_tally_count(NEW.date, NEW.field, NEW.mode, 1);
        RETURN NEW;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

-- Exchanges added are counted once for each statement: a copy of a million exchanges would
-- otherwise update the same few hundred rows a million times in one transaction, each update
-- leaving one more version of its row to step over.
CREATE FUNCTION exchange_tally_added() RETURNS trigger AS $$
BEGIN
    INSERT INTO exchange_tally AS t (year, field, mode, exchanges)
    SELECT coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0), field, mode, count(*) FROM added
        GROUP BY 1, field, mode
    ON CONFLICT (year, field, mode) DO UPDATE SET exchanges = t.exchanges + EXCLUDED.exchanges;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER exchange_tally_added AFTER INSERT ON exchanges REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION exchange_tally_added();
CREATE TRIGGER exchange_tally_delete AFTER DELETE ON exchanges
    FOR EACH ROW EXECUTE FUNCTION exchange_tally();
CREATE TRIGGER exchange_tally_update AFTER UPDATE OF date, field, mode ON exchanges
    FOR EACH ROW EXECUTE FUNCTION exchange_tally();

-- A pairing's exchanges, read from the index alone.
DROP INDEX exchange_pairings_pairing;
CREATE INDEX exchange_pairings_pairing ON exchange_pairings (pairing_id, exchange_id);

-- The pairings established each year, read from the index alone.
CREATE INDEX pairings_established_year ON pairings (substr(established, 1, 4));

-- A link is never changed in place (moving an exchange to another pairing removes one link and
-- makes another), and the database holds to that, so the summary of 004 cannot miss a move.
CREATE FUNCTION exchange_pairings_unchanging() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a link between an exchange and a pairing is removed and made again, not changed';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER exchange_pairings_unchanging BEFORE UPDATE ON exchange_pairings
    FOR EACH ROW EXECUTE FUNCTION exchange_pairings_unchanging();
