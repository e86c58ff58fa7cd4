-- Reception logs hotline calls the same way as walk-ins; traffic counts walk-ins only.
ALTER TABLE visits ADD COLUMN channel TEXT NOT NULL DEFAULT 'walk_in'
    CHECK (channel IN ('walk_in', 'phone'));
CREATE INDEX visits_lead ON visits(lead_id) WHERE lead_id IS NOT NULL;
