-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the planner knows of pairing_activity's facets and values together. Each value belongs
-- to one facet ('online' is only ever a mode), which the planner, taking the two columns as
-- independent, cannot know: it guessed 1,900 pairings with an exchange online where there are
-- 26,594 of 30,000, sorted them all, and took 100 ms to list them (3-8 ms with these figures).
-- ANALYZE, and the server's autovacuum after it, keep them.

CREATE STATISTICS pairing_activity_facet_value (mcv) ON facet, value FROM pairing_activity;
