-- No counsellor and no room is ever in two places at once: two live slots (open slots, walk-ins, blocked
-- time) of one counsellor, or of one room, may not overlap. PostgreSQL enforces it, so no race between
-- two staff members or a job and a request can get around it. btree_gist lets a GiST index compare uuids.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE slots ADD CONSTRAINT slots_counsellor_no_overlap
  EXCLUDE USING gist (counsellor_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
  WHERE (status <> 'cancelled');
--> statement-breakpoint
ALTER TABLE slots ADD CONSTRAINT slots_room_no_overlap
  EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
  WHERE (status <> 'cancelled' AND room_id IS NOT NULL);
--> statement-breakpoint
-- A roster generates each of its slots once, however often generation runs.
CREATE UNIQUE INDEX slots_roster_start_uniq ON slots (roster_id, starts_at)
  WHERE roster_id IS NOT NULL AND status <> 'cancelled';
