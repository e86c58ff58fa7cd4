-- The pipeline's rules: response-time reminders and escalations, assignment modes, lost reasons
-- that need a comment, follow-up tasks with results and manager comments, notifications that say
-- why they fired.

-- Response rule: when the reminder and the escalation fired, and the first response time in
-- business minutes (what the reports count).
ALTER TABLE leads ADD COLUMN response_reminded_at INTEGER;
ALTER TABLE leads ADD COLUMN response_escalated_at INTEGER;
ALTER TABLE leads ADD COLUMN first_response_minutes INTEGER;
-- The manager's comment when a lost request was returned to the consultant.
ALTER TABLE leads ADD COLUMN lost_return_note TEXT NOT NULL DEFAULT '';
CREATE INDEX leads_closed ON leads(closed_at) WHERE closed_at IS NOT NULL;

-- '' follows the setting assignment.mode.
ALTER TABLE sources ADD COLUMN assignment_mode TEXT NOT NULL DEFAULT ''
    CHECK (assignment_mode IN ('', 'manual', 'round_robin', 'weighted', 'pool'));

ALTER TABLE lost_reasons ADD COLUMN needs_comment INTEGER NOT NULL DEFAULT 0;
UPDATE lost_reasons SET needs_comment = 1 WHERE key = 'other';
UPDATE lost_reasons SET name = 'Test drive impression' WHERE key = 'test_drive';

-- Round robin takes the consultant whose turn is oldest (`last_turn`); weighted shares keep a
-- running credit per consultant (smooth weighted round robin).
CREATE TABLE assignment_state (
    user_id   INTEGER PRIMARY KEY REFERENCES users(id),
    last_turn INTEGER NOT NULL DEFAULT 0,
    credit    INTEGER NOT NULL DEFAULT 0
);

-- Tasks gain appointments (invitations to the showroom) and test drives, a result when done, the
-- rule that planned them ('' when a person did) and the manager's comment.
CREATE TABLE tasks_v4 (
    id                 INTEGER PRIMARY KEY,
    lead_id            INTEGER REFERENCES leads(id),
    customer_id        INTEGER REFERENCES customers(id),
    assignee_id        INTEGER REFERENCES users(id),
    kind               TEXT NOT NULL DEFAULT 'follow_up'
                       CHECK (kind IN ('follow_up', 'call_back', 'appointment', 'test_drive', 'other')),
    title              TEXT NOT NULL,
    due_at             INTEGER NOT NULL,
    done_at            INTEGER,
    done_by            INTEGER REFERENCES users(id),
    result             TEXT NOT NULL DEFAULT '',
    rule               TEXT NOT NULL DEFAULT '',
    manager_comment    TEXT NOT NULL DEFAULT '',
    manager_comment_by INTEGER REFERENCES users(id),
    manager_comment_at INTEGER,
    created_by         INTEGER REFERENCES users(id),
    created_at         INTEGER NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
INSERT INTO tasks_v4 (id, lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by,
                      result, created_by, created_at, version)
    SELECT id, lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by,
           CASE WHEN done_at IS NULL THEN '' ELSE 'Done' END, created_by, created_at, version
      FROM tasks;
DROP TABLE tasks;
ALTER TABLE tasks_v4 RENAME TO tasks;
CREATE INDEX tasks_open ON tasks(assignee_id, due_at) WHERE done_at IS NULL;
CREATE INDEX tasks_lead ON tasks(lead_id);
CREATE INDEX tasks_customer ON tasks(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX tasks_appointments ON tasks(due_at) WHERE done_at IS NULL AND kind = 'appointment';

-- A notification's kind and parameters (JSON) let every desk show it in its own language; a rule
-- key makes a rule fire once per lead and person even when two desks evaluate it.
ALTER TABLE notifications ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
ALTER TABLE notifications ADD COLUMN rule_key TEXT;
CREATE UNIQUE INDEX notifications_rule ON notifications(user_id, rule_key) WHERE rule_key IS NOT NULL;
CREATE INDEX notifications_unread ON notifications(user_id, id) WHERE read_at IS NULL;

INSERT INTO settings (key, value) VALUES
    ('dealership.time_zone', ''),
    ('assignment.queue_owner', ''),
    ('board.card_fields', 'vehicle,consultant,source,tier,age,follow_up,response');
