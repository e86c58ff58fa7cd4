-- Reception logs hotline calls the same way as walk-ins; traffic counts walk-ins only.
ALTER TABLE visits ADD COLUMN channel TEXT NOT NULL DEFAULT 'walk_in'
    CHECK (channel IN ('walk_in', 'phone'));
CREATE INDEX visits_lead ON visits(lead_id) WHERE lead_id IS NOT NULL;

-- Merging customers finds what points at a record without scanning whole tables.
CREATE INDEX tasks_customer ON tasks(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX customers_merged_into ON customers(merged_into_id) WHERE merged_into_id IS NOT NULL;
