-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL form of ../sqlite/009_exchange_facts_stamp.sql: the stamp that says whether
-- the copy of the exchanges' years, fields, modes and links held in memory (ExchangeFacts) is
-- still the database's. It takes the number of the transaction that changed them, which no
-- other transaction has or will have, once for each statement (a copy of a million exchanges
-- updates it once, not a million times).

CREATE TABLE exchange_facts_stamp (stamp BIGINT NOT NULL);
INSERT INTO exchange_facts_stamp (stamp) VALUES (txid_current());

CREATE FUNCTION exchange_facts_changed() RETURNS trigger AS $$
BEGIN
    UPDATE exchange_facts_stamp SET stamp = txid_current()
        WHERE stamp IS DISTINCT FROM txid_current();
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER exchange_facts_exchanges AFTER INSERT OR DELETE OR UPDATE OF date, field, mode
    ON exchanges FOR EACH STATEMENT EXECUTE FUNCTION exchange_facts_changed();
CREATE TRIGGER exchange_facts_links AFTER INSERT OR DELETE ON exchange_pairings
    FOR EACH STATEMENT EXECUTE FUNCTION exchange_facts_changed();
