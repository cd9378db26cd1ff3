-- SPDX-License-Identifier: GPL-3.0-or-later
-- The triggers that keep each pairing's activity (004) as exchanges and links go looked for
-- the rows to count down among all of a pairing's rows, a condition of three facets joined by
-- OR. Removing 100,000 exchanges at once (undoing an import) took seconds for that alone.
-- Each statement now names one facet and value, so it finds its row by the table's key.

DROP TRIGGER pairing_activity_exchange_delete;
CREATE TRIGGER pairing_activity_exchange_delete BEFORE DELETE ON exchanges BEGIN
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE facet = 'field' AND value = old.field
        AND pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE facet = 'mode' AND value = old.mode
        AND pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE facet = 'year' AND value = substr(old.date, 1, 4)
        AND pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
    DELETE FROM pairing_activity
    WHERE exchanges = 0 AND facet = 'field' AND value = old.field
        AND pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
    DELETE FROM pairing_activity
    WHERE exchanges = 0 AND facet = 'mode' AND value = old.mode
        AND pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
    DELETE FROM pairing_activity
    WHERE exchanges = 0 AND facet = 'year' AND value = substr(old.date, 1, 4)
        AND pairing_id IN (SELECT pairing_id FROM exchange_pairings WHERE exchange_id = old.id);
END;

-- A link removed while its exchange stays. When the exchange itself goes, the trigger above
-- has counted it down already, and these find no exchange and change nothing.
DROP TRIGGER pairing_activity_unlink;
CREATE TRIGGER pairing_activity_unlink AFTER DELETE ON exchange_pairings BEGIN
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE facet = 'field' AND pairing_id = old.pairing_id
        AND value = (SELECT field FROM exchanges WHERE id = old.exchange_id);
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE facet = 'mode' AND pairing_id = old.pairing_id
        AND value = (SELECT mode FROM exchanges WHERE id = old.exchange_id);
    UPDATE pairing_activity SET exchanges = exchanges - 1
    WHERE facet = 'year' AND pairing_id = old.pairing_id
        AND value = (SELECT substr(date, 1, 4) FROM exchanges WHERE id = old.exchange_id);
    DELETE FROM pairing_activity
    WHERE exchanges = 0 AND facet = 'field' AND pairing_id = old.pairing_id
        AND value = (SELECT field FROM exchanges WHERE id = old.exchange_id);
    DELETE FROM pairing_activity
    WHERE exchanges = 0 AND facet = 'mode' AND pairing_id = old.pairing_id
        AND value = (SELECT mode FROM exchanges WHERE id = old.exchange_id);
    DELETE FROM pairing_activity
    WHERE exchanges = 0 AND facet = 'year' AND pairing_id = old.pairing_id
        AND value = (SELECT substr(date, 1, 4) FROM exchanges WHERE id = old.exchange_id);
END;
