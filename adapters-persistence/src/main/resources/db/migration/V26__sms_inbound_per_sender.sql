-- The router claims the oldest unrouted text of each sender (one at a time per sender, in order):
-- the waiting texts by sender, oldest first. It replaces the index by age alone, which nothing
-- reads any more (the waiting count uses this one as well).
CREATE INDEX sms_inbound_waiting_by_sender ON sms_inbound (from_number, received_at, id) WHERE routed_at IS NULL;
DROP INDEX sms_inbound_waiting;
