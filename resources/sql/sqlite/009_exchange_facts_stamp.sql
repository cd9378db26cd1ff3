-- SPDX-License-Identifier: GPL-3.0-or-later
-- The charts and counts under a filter on pairings or a search read each exchange's year,
-- field and mode, and which pairings it belongs to, from a copy held in memory (ExchangeFacts):
-- at a million exchanges, a scan of the rows is too slow for a window that answers at once.
-- The copy is good for as long as this stamp is unchanged. Anything that changes what the copy
-- holds (an exchange added or removed, its date, field or mode changed, a link to a pairing
-- made or removed) gives the stamp a new random value, never the one it had, so a copy read
-- inside a transaction later rolled back is never taken for the database's state.

CREATE TABLE exchange_facts_stamp (stamp INTEGER NOT NULL);
INSERT INTO exchange_facts_stamp (stamp) VALUES (random());

CREATE TRIGGER exchange_facts_exchange_added AFTER INSERT ON exchanges BEGIN
    UPDATE exchange_facts_stamp SET stamp = random();
END;
CREATE TRIGGER exchange_facts_exchange_removed AFTER DELETE ON exchanges BEGIN
    UPDATE exchange_facts_stamp SET stamp = random();
END;
CREATE TRIGGER exchange_facts_exchange_changed AFTER UPDATE OF date, field, mode ON exchanges
BEGIN
    UPDATE exchange_facts_stamp SET stamp = random();
END;
CREATE TRIGGER exchange_facts_link_added AFTER INSERT ON exchange_pairings BEGIN
    UPDATE exchange_facts_stamp SET stamp = random();
END;
CREATE TRIGGER exchange_facts_link_removed AFTER DELETE ON exchange_pairings BEGIN
    UPDATE exchange_facts_stamp SET stamp = random();
END;
