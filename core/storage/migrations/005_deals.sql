-- After Won: deals with trade-in details and factory orders, test-drive bookings that reserve a
-- car for a time slot, dated checklist steps, the bank gate and the after-sales follow-ups.

-- A factory order has no stock vehicle yet: what was ordered is described in words.
ALTER TABLE deals ADD COLUMN factory_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN ordered_vehicle TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN trade_in_make TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN trade_in_model TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN trade_in_year INTEGER;
ALTER TABLE deals ADD COLUMN trade_in_mileage_km INTEGER;
ALTER TABLE deals ADD COLUMN offer_valid_until TEXT;
ALTER TABLE deals ADD COLUMN bank_sent_at INTEGER;
ALTER TABLE deals ADD COLUMN bank_sent_by INTEGER; -- users.id
ALTER TABLE deals ADD COLUMN delivered_by INTEGER; -- users.id
ALTER TABLE deals ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX deals_vehicle ON deals(vehicle_id) WHERE vehicle_id IS NOT NULL;

-- Dated steps: due this many days before the promised delivery date (NULL: not dated).
ALTER TABLE checklist_template_items ADD COLUMN due_days_before INTEGER;
UPDATE checklist_template_items SET due_days_before = CASE position
    WHEN 1 THEN 21 WHEN 2 THEN 7 WHEN 3 THEN 4 WHEN 4 THEN 3 WHEN 5 THEN 3 WHEN 6 THEN 2
    WHEN 7 THEN 1 WHEN 8 THEN 5 END
 WHERE template_id = 3;
-- Loan documents are due a week after signing (negative: after the contract, counted from it).
ALTER TABLE checklist_template_items ADD COLUMN due_days_after_signing INTEGER;
UPDATE checklist_template_items SET due_days_after_signing = 7 WHERE template_id IN (1, 2);

ALTER TABLE deal_checklist_items ADD COLUMN sales_argument TEXT NOT NULL DEFAULT '';
ALTER TABLE deal_checklist_items ADD COLUMN note TEXT NOT NULL DEFAULT '';
UPDATE deal_checklist_items
   SET sales_argument = coalesce((SELECT sales_argument FROM checklist_template_items t
                                   WHERE t.id = deal_checklist_items.template_item_id), '');
-- The demo and early rows kept the reason as words; reasons are keys from now on.
UPDATE deal_checklist_items SET not_sold_reason = CASE not_sold_reason
    WHEN 'Too expensive' THEN 'too_expensive' WHEN 'Already has one' THEN 'already_has'
    WHEN 'Not needed' THEN 'not_needed' WHEN 'Will decide later' THEN 'later'
    ELSE not_sold_reason END;

-- Why an offered accessory was not sold: a list, like the lost reasons.
CREATE TABLE accessory_reasons (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO accessory_reasons (key, name, position) VALUES
    ('too_expensive', 'Too expensive', 1),
    ('already_has', 'Already has one', 2),
    ('not_needed', 'Not needed', 3),
    ('later', 'Will decide later', 4),
    ('bought_elsewhere', 'Buys it elsewhere', 5);

-- A test drive reserves a car for a time slot; a cancelled booking frees it.
CREATE TABLE test_drive_bookings (
    id            INTEGER PRIMARY KEY,
    vehicle_id    INTEGER NOT NULL REFERENCES vehicles(id),
    lead_id       INTEGER REFERENCES leads(id),
    customer_id   INTEGER REFERENCES customers(id),
    task_id       INTEGER REFERENCES tasks(id),
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL CHECK (ends_at > starts_at),
    cancelled_at  INTEGER,
    created_by    INTEGER REFERENCES users(id),
    created_at    INTEGER NOT NULL
);
CREATE INDEX test_drive_bookings_vehicle ON test_drive_bookings(vehicle_id, starts_at)
    WHERE cancelled_at IS NULL;
CREATE INDEX test_drive_bookings_lead ON test_drive_bookings(lead_id);

CREATE INDEX vehicles_stock ON vehicles(make, model, trim, colour) WHERE owner_customer_id IS NULL;

INSERT INTO settings (key, value) VALUES
    ('dealership.address', ''),
    ('dealership.phone', ''),
    ('dealership.logo', ''),
    ('offer.valid_days', '14'),
    ('delivery.reminder_days', '2'),
    ('after_sales.call_days', '3'),
    ('after_sales.evening_weekday', '4'),
    ('after_sales.evening_time', '18:30');

-- Stock search by any fragment of a VIN, a stock number or "make model trim": a trigram index,
-- kept by triggers.
CREATE VIRTUAL TABLE vehicle_search USING fts5(vin, stock_number, label, tokenize = 'trigram');
INSERT INTO vehicle_search (rowid, vin, stock_number, label)
    SELECT id, vin, stock_number, make || ' ' || model || ' ' || trim FROM vehicles;
CREATE TRIGGER vehicle_search_insert AFTER INSERT ON vehicles BEGIN
    INSERT INTO vehicle_search (rowid, vin, stock_number, label)
        VALUES (new.id, new.vin, new.stock_number, new.make || ' ' || new.model || ' ' || new.trim);
END;
CREATE TRIGGER vehicle_search_update AFTER UPDATE OF vin, stock_number, make, model, trim
    ON vehicles BEGIN
    UPDATE vehicle_search SET vin = new.vin, stock_number = new.stock_number,
           label = new.make || ' ' || new.model || ' ' || new.trim
     WHERE rowid = new.id;
END;
CREATE TRIGGER vehicle_search_delete AFTER DELETE ON vehicles BEGIN
    DELETE FROM vehicle_search WHERE rowid = old.id;
END;

-- The Deliveries list: open deals and those delivered recently.
CREATE INDEX deals_delivered ON deals(delivered_at) WHERE status = 'delivered';
-- A deal's checklist progress read from the index alone.
CREATE INDEX deal_checklist_items_progress
    ON deal_checklist_items(deal_id, status, due_on, position, title);
