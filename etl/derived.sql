-- Tables computed from the loaded ones (etl/schema.sql), once every insert is done.
-- The latest round of each force and item: what "where has each force got" means.
CREATE TABLE plan_items AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY force_id, item_id ORDER BY round_seq DESC) AS rn FROM plan_updates
) WHERE rn = 1;
