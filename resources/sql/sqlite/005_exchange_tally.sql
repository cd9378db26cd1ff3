-- SPDX-License-Identifier: GPL-3.0-or-later
-- How many exchanges there are for each year, field and mode, kept up to date by triggers.
-- The timeline and the statistics answer the whole record, or one field, mode or span of
-- years, from these few hundred rows instead of from a million exchanges. An exchange whose
-- date is not known counts under year 0, which no date can have: it is shown as "year not
-- known", never placed on a year.

CREATE TABLE exchange_tally (
    year INTEGER NOT NULL CHECK (year >= 0),
    field TEXT NOT NULL,
    mode TEXT NOT NULL,
    exchanges INTEGER NOT NULL CHECK (exchanges >= 0),
    PRIMARY KEY (year, field, mode)
) WITHOUT ROWID;

INSERT INTO exchange_tally (year, field, mode, exchanges)
SELECT coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0), field, mode, count(*) FROM exchanges
    GROUP BY 1, field, mode;

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

-- A pairing's exchanges, read from the index alone: the charts collect the exchanges of every
-- pairing a filter keeps.
DROP INDEX exchange_pairings_pairing;
CREATE INDEX exchange_pairings_pairing ON exchange_pairings (pairing_id, exchange_id);

-- The pairings established each year, read from the index alone.
CREATE INDEX pairings_established_year ON pairings (substr(established, 1, 4));

-- The per-pairing summary of 004 follows links made and removed. A link is never changed in
-- place (moving an exchange to another pairing removes one link and makes another), and the
-- database holds to that, so the summary cannot miss a move.
CREATE TRIGGER exchange_pairings_unchanging BEFORE UPDATE ON exchange_pairings BEGIN
    SELECT RAISE(ABORT, 'a link between an exchange and a pairing is removed and made again, not changed');
END;
