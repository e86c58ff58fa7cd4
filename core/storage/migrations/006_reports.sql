-- Schema 6: what the manager's report needs to count without guessing.

-- Time in stage: each stage change also records when the lead had entered the stage it leaves,
-- so a report reads durations from the changes of its period alone. A trigger keeps it for every
-- writer; existing history is filled in from each lead's previous change.
ALTER TABLE stage_history ADD COLUMN from_entered_at INTEGER;
WITH previous AS (
    SELECT id, lag(changed_at) OVER (PARTITION BY lead_id ORDER BY changed_at, id) AS entered_at
      FROM stage_history
)
UPDATE stage_history SET from_entered_at = previous.entered_at
  FROM previous
 WHERE previous.id = stage_history.id AND stage_history.from_stage_id IS NOT NULL;
CREATE TRIGGER stage_history_from_entered AFTER INSERT ON stage_history
    WHEN new.from_stage_id IS NOT NULL AND new.from_entered_at IS NULL BEGIN
    UPDATE stage_history
       SET from_entered_at = (SELECT max(h.changed_at) FROM stage_history h
                               WHERE h.lead_id = new.lead_id AND h.id < new.id)
     WHERE id = new.id;
END;
-- The funnel and time in stage, read from the index alone.
CREATE INDEX stage_history_report
    ON stage_history(changed_at, to_stage_id, from_stage_id, lead_id, from_entered_at);

-- Lost leads of a period (and the weekly trend), read from the index alone.
CREATE INDEX leads_lost_closed
    ON leads(closed_at, stage_id, lost_reason_id, consultant_id, source_id)
    WHERE lost_status = 'approved';

-- The bank's answer to a loan application.
ALTER TABLE deals ADD COLUMN bank_approved_at INTEGER;
ALTER TABLE deals ADD COLUMN bank_approved_by INTEGER; -- users.id
CREATE INDEX deals_bank_sent ON deals(bank_sent_at) WHERE bank_sent_at IS NOT NULL;
CREATE INDEX deals_bank_approved ON deals(bank_approved_at) WHERE bank_approved_at IS NOT NULL;

-- Activities (offers, test drives, manager comments) and follow-ups of a period.
CREATE INDEX activities_kind ON activities(kind, occurred_at);
CREATE INDEX tasks_due ON tasks(due_at);

-- A visit is a first visit only when the visitor had no earlier walk-in. Customers merged before
-- this version may have kept two "first" visits; only the earliest stays first. Merges now keep
-- the rule themselves.
UPDATE visits SET first_visit = 0
 WHERE first_visit = 1 AND channel = 'walk_in' AND customer_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM visits e
                WHERE e.customer_id = visits.customer_id AND e.channel = 'walk_in'
                  AND (e.arrived_at < visits.arrived_at
                       OR (e.arrived_at = visits.arrived_at AND e.id < visits.id)));
