-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL form of ../sqlite/007_activity_by_key.sql. The triggers of 004 find each
-- pairing's activity by the table's key from the start, so they stay as they are.
--
-- What SQLite tells with PRAGMA data_version (whether anything was committed since a read),
-- PostgreSQL is told here: every statement that changes a table takes a number from one
-- sequence (which a rollback does not give back: a stamp may move without a change, never the
-- other way) and announces the table on the channel bridges_changes, so that other copies of
-- the program read it again.
CREATE SEQUENCE bridges_changes;

CREATE FUNCTION bridges_changed() RETURNS trigger AS $$
BEGIN
    PERFORM nextval('bridges_changes');
    PERFORM pg_notify('bridges_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER places_changed AFTER INSERT OR UPDATE OR DELETE ON places
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER pairings_changed AFTER INSERT OR UPDATE OR DELETE ON pairings
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER sources_changed AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER pairing_sources_changed AFTER INSERT OR UPDATE OR DELETE ON pairing_sources
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER institutions_changed AFTER INSERT OR UPDATE OR DELETE ON institutions
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER exchanges_changed AFTER INSERT OR UPDATE OR DELETE ON exchanges
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER exchange_pairings_changed AFTER INSERT OR UPDATE OR DELETE ON exchange_pairings
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER exchange_places_changed AFTER INSERT OR UPDATE OR DELETE ON exchange_places
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER exchange_institutions_changed
    AFTER INSERT OR UPDATE OR DELETE ON exchange_institutions
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
CREATE TRIGGER exchange_sources_changed AFTER INSERT OR UPDATE OR DELETE ON exchange_sources
    FOR EACH STATEMENT EXECUTE FUNCTION bridges_changed();
