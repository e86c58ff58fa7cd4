-- Schema 7: the manager's report reads a week's walk-ins, follow-ups and activities from indexes
-- alone. A week touches tens of thousands of rows; fetching each table row is a random page read
-- when the file is not in memory.
DROP INDEX visits_arrived;
CREATE INDEX visits_arrived
    ON visits(arrived_at, channel, first_visit, test_drive, customer_id, consultant_id, lead_id);
-- "Contact captured": is there a phone number or an email, without reading the customer row.
CREATE INDEX customers_contact ON customers(id) WHERE phone_e164 IS NOT NULL OR email <> '';
DROP INDEX tasks_due;
CREATE INDEX tasks_due ON tasks(due_at, kind, assignee_id, done_at, lead_id);
DROP INDEX activities_kind;
CREATE INDEX activities_kind ON activities(kind, occurred_at, user_id, lead_id);
