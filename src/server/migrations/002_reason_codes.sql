-- Why a refused hand-in was refused, as a code and the values its line names (a turn, a
-- report's field, the group of the same game), so that a page says it in its own language
-- (docs/SERVER.md). `reason` keeps the English line. Rows refused before have no code: their
-- English line is all there is.

ALTER TABLE submissions ADD COLUMN reason_code TEXT;
ALTER TABLE submissions ADD COLUMN reason_values JSONB;
