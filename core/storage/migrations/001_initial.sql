-- Showroom CRM schema, version 1.
-- Timestamps are INTEGER seconds since the Unix epoch (UTC); calendar dates are TEXT 'YYYY-MM-DD';
-- money is INTEGER cents. Every editable row carries `version` for optimistic concurrency.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE users (
    id                INTEGER PRIMARY KEY,
    login             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name      TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('receptionist', 'consultant', 'manager', 'admin')),
    password_hash     TEXT NOT NULL,
    email             TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT '',
    active            INTEGER NOT NULL DEFAULT 1,
    on_duty           INTEGER NOT NULL DEFAULT 1,
    busy              INTEGER NOT NULL DEFAULT 0,
    assignment_weight INTEGER NOT NULL DEFAULT 1 CHECK (assignment_weight >= 0),
    created_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sources (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    channel          TEXT NOT NULL CHECK (channel IN ('walk_in', 'remote', 'other')),
    response_minutes INTEGER NOT NULL DEFAULT 30,
    active           INTEGER NOT NULL DEFAULT 1,
    version          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE campaigns (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    name       TEXT NOT NULL,
    starts_on  TEXT,
    ends_on    TEXT,
    cost_cents INTEGER,
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX campaigns_source ON campaigns(source_id);

CREATE TABLE stages (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    retired  INTEGER NOT NULL DEFAULT 0,
    version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE lost_reasons (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1,
    version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    first_name       TEXT NOT NULL DEFAULT '',
    last_name        TEXT NOT NULL DEFAULT '',
    company_name     TEXT NOT NULL DEFAULT '',
    display_name     TEXT NOT NULL,
    sort_key         TEXT NOT NULL,            -- lower-cased display name, for keyset paging
    phone            TEXT NOT NULL DEFAULT '', -- as entered
    phone_e164       TEXT,                     -- normalised; NULL when there is no valid phone
    email            TEXT NOT NULL DEFAULT '',
    street           TEXT NOT NULL DEFAULT '',
    postal_code      TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT '',
    tier             TEXT NOT NULL DEFAULT 'general' CHECK (tier IN ('high', 'value', 'general')),
    owner_id         INTEGER REFERENCES users(id),
    consent_email    INTEGER NOT NULL DEFAULT 0,
    consent_email_at INTEGER,
    consent_sms      INTEGER NOT NULL DEFAULT 0,
    consent_sms_at   INTEGER,
    consent_phone    INTEGER NOT NULL DEFAULT 0,
    consent_phone_at INTEGER,
    notes            TEXT NOT NULL DEFAULT '',
    merged_into_id   INTEGER REFERENCES customers(id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_sort ON customers(sort_key, id);
CREATE INDEX customers_phone ON customers(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX customers_email ON customers(lower(email)) WHERE email <> '';
CREATE INDEX customers_owner ON customers(owner_id);

-- Who gave or withdrew which marketing consent, and when.
CREATE TABLE consent_events (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone')),
    granted     INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    user_id     INTEGER REFERENCES users(id)
);
CREATE INDEX consent_events_customer ON consent_events(customer_id, at);

CREATE TABLE contact_persons (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    role        TEXT NOT NULL CHECK (role IN ('decision_maker', 'vehicle_user', 'driver', 'other')),
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    position    TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    phone_e164  TEXT,
    email       TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_persons_customer ON contact_persons(customer_id);
CREATE INDEX contact_persons_phone ON contact_persons(phone_e164) WHERE phone_e164 IS NOT NULL;

CREATE TABLE vehicles (
    id                INTEGER PRIMARY KEY,
    vin               TEXT NOT NULL UNIQUE,
    make              TEXT NOT NULL,
    model             TEXT NOT NULL,
    trim              TEXT NOT NULL DEFAULT '',
    colour            TEXT NOT NULL DEFAULT '',
    model_year        INTEGER,
    condition         TEXT NOT NULL DEFAULT 'new' CHECK (condition IN ('new', 'used', 'demo')),
    status            TEXT NOT NULL DEFAULT 'in_stock'
                      CHECK (status IN ('in_stock', 'in_transit', 'reserved', 'sold', 'delivered')),
    expected_on       TEXT,
    price_cents       INTEGER,
    stock_number      TEXT NOT NULL DEFAULT '',
    test_drive_car    INTEGER NOT NULL DEFAULT 0,
    owner_customer_id INTEGER REFERENCES customers(id),
    created_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vehicles_status ON vehicles(status);
CREATE INDEX vehicles_owner ON vehicles(owner_customer_id) WHERE owner_customer_id IS NOT NULL;

CREATE TABLE leads (
    id                    INTEGER PRIMARY KEY,
    customer_id           INTEGER NOT NULL REFERENCES customers(id),
    stage_id              INTEGER NOT NULL REFERENCES stages(id),
    consultant_id         INTEGER REFERENCES users(id), -- NULL: in the unassigned queue
    source_id             INTEGER NOT NULL REFERENCES sources(id),
    campaign_id           INTEGER REFERENCES campaigns(id),
    tier                  TEXT NOT NULL DEFAULT 'general' CHECK (tier IN ('high', 'value', 'general')),
    vehicle_interest      TEXT NOT NULL DEFAULT '',
    vehicle_id            INTEGER REFERENCES vehicles(id),
    estimated_value_cents INTEGER,
    created_at            INTEGER NOT NULL,
    stage_entered_at      INTEGER NOT NULL,
    response_due_at       INTEGER,
    first_response_at     INTEGER,
    next_follow_up_at     INTEGER,
    lost_reason_id        INTEGER REFERENCES lost_reasons(id),
    lost_note             TEXT NOT NULL DEFAULT '',
    lost_status           TEXT NOT NULL DEFAULT 'none'
                          CHECK (lost_status IN ('none', 'pending', 'approved', 'rejected')),
    lost_requested_by     INTEGER REFERENCES users(id),
    lost_requested_at     INTEGER,
    lost_decided_by       INTEGER REFERENCES users(id),
    lost_decided_at       INTEGER,
    closed_at             INTEGER,
    updated_at            INTEGER NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX leads_customer ON leads(customer_id);
CREATE INDEX leads_stage ON leads(stage_id, consultant_id);
CREATE INDEX leads_consultant ON leads(consultant_id, stage_id);
CREATE INDEX leads_source ON leads(source_id, created_at);
CREATE INDEX leads_created ON leads(created_at);
CREATE INDEX leads_response_due ON leads(response_due_at) WHERE first_response_at IS NULL;
CREATE INDEX leads_lost_pending ON leads(lost_status) WHERE lost_status = 'pending';

CREATE TABLE stage_history (
    id            INTEGER PRIMARY KEY,
    lead_id       INTEGER NOT NULL REFERENCES leads(id),
    from_stage_id INTEGER REFERENCES stages(id),
    to_stage_id   INTEGER NOT NULL REFERENCES stages(id),
    changed_by    INTEGER REFERENCES users(id),
    changed_at    INTEGER NOT NULL
);
CREATE INDEX stage_history_lead ON stage_history(lead_id, changed_at);
CREATE INDEX stage_history_changed ON stage_history(changed_at);

CREATE TABLE activities (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    lead_id      INTEGER REFERENCES leads(id),
    user_id      INTEGER REFERENCES users(id),
    kind         TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'test_drive', 'email', 'sms', 'note',
                                               'offer', 'manager_comment')),
    direction    TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'in', 'out')),
    occurred_at  INTEGER NOT NULL,
    duration_min INTEGER,
    subject      TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    vehicle_id   INTEGER REFERENCES vehicles(id),
    created_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activities_customer ON activities(customer_id, occurred_at);
CREATE INDEX activities_lead ON activities(lead_id, occurred_at);
CREATE INDEX activities_user ON activities(user_id, occurred_at);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER REFERENCES leads(id),
    customer_id INTEGER REFERENCES customers(id),
    assignee_id INTEGER REFERENCES users(id),
    kind        TEXT NOT NULL DEFAULT 'follow_up' CHECK (kind IN ('follow_up', 'call_back', 'other')),
    title       TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    done_at     INTEGER,
    done_by     INTEGER REFERENCES users(id),
    created_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_open ON tasks(assignee_id, due_at) WHERE done_at IS NULL;
CREATE INDEX tasks_lead ON tasks(lead_id);

CREATE TABLE visits (
    id             INTEGER PRIMARY KEY,
    arrived_at     INTEGER NOT NULL,
    left_at        INTEGER,
    party_size     INTEGER NOT NULL DEFAULT 1 CHECK (party_size >= 1),
    purpose        TEXT NOT NULL CHECK (purpose IN ('new_car', 'used_car', 'service', 'pickup', 'other')),
    first_visit    INTEGER NOT NULL,
    consultant_id  INTEGER REFERENCES users(id),
    customer_id    INTEGER REFERENCES customers(id), -- NULL: anonymous visitor
    lead_id        INTEGER REFERENCES leads(id),
    model_interest TEXT NOT NULL DEFAULT '',
    test_drive     INTEGER NOT NULL DEFAULT 0,
    created_by     INTEGER REFERENCES users(id),
    created_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX visits_arrived ON visits(arrived_at);
CREATE INDEX visits_customer ON visits(customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE deals (
    id                   INTEGER PRIMARY KEY,
    lead_id              INTEGER REFERENCES leads(id),
    customer_id          INTEGER NOT NULL REFERENCES customers(id),
    vehicle_id           INTEGER REFERENCES vehicles(id),
    consultant_id        INTEGER REFERENCES users(id),
    buyer_kind           TEXT NOT NULL CHECK (buyer_kind IN ('private', 'company')),
    list_price_cents     INTEGER NOT NULL,
    discount_cents       INTEGER NOT NULL DEFAULT 0,
    trade_in_value_cents INTEGER,
    trade_in_description TEXT NOT NULL DEFAULT '',
    payment              TEXT NOT NULL CHECK (payment IN ('cash', 'credit', 'lease')),
    deposit_cents        INTEGER NOT NULL DEFAULT 0,
    promised_delivery_on TEXT,
    status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'delivered', 'cancelled')),
    signed_at            INTEGER NOT NULL,
    delivered_at         INTEGER,
    created_at           INTEGER NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deals_customer ON deals(customer_id);
CREATE INDEX deals_status ON deals(status, promised_delivery_on);
CREATE INDEX deals_signed ON deals(signed_at);
CREATE INDEX deals_lead ON deals(lead_id);

CREATE TABLE checklist_templates (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('loan_private', 'loan_company', 'accessories', 'delivery', 'handover')),
    name    TEXT NOT NULL,
    model   TEXT NOT NULL DEFAULT '', -- accessories per model; '' for all
    active  INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE checklist_template_items (
    id                INTEGER PRIMARY KEY,
    template_id       INTEGER NOT NULL REFERENCES checklist_templates(id),
    position          INTEGER NOT NULL,
    title             TEXT NOT NULL,
    required          INTEGER NOT NULL DEFAULT 1,
    requires_document INTEGER NOT NULL DEFAULT 0,
    price_cents       INTEGER,
    sales_argument    TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX checklist_template_items_template ON checklist_template_items(template_id, position);

CREATE TABLE deal_checklist_items (
    id                INTEGER PRIMARY KEY,
    deal_id           INTEGER NOT NULL REFERENCES deals(id),
    template_item_id  INTEGER REFERENCES checklist_template_items(id),
    kind              TEXT NOT NULL CHECK (kind IN ('loan_private', 'loan_company', 'accessories', 'delivery', 'handover')),
    position          INTEGER NOT NULL,
    title             TEXT NOT NULL,
    required          INTEGER NOT NULL DEFAULT 1,
    requires_document INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'sold', 'not_sold')),
    not_sold_reason   TEXT NOT NULL DEFAULT '',
    price_cents       INTEGER,
    due_on            TEXT,
    done_by           INTEGER REFERENCES users(id),
    done_at           INTEGER,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deal_checklist_items_deal ON deal_checklist_items(deal_id, kind, position);
CREATE INDEX deal_checklist_items_due ON deal_checklist_items(due_on) WHERE status = 'open';

CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('customer', 'lead', 'deal', 'checklist_item')),
    owner_id   INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id);

CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    lead_id    INTEGER REFERENCES leads(id),
    deal_id    INTEGER REFERENCES deals(id),
    created_at INTEGER NOT NULL,
    read_at    INTEGER
);
CREATE INDEX notifications_user ON notifications(user_id, created_at);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_id   INTEGER REFERENCES users(id),
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    details   TEXT NOT NULL DEFAULT '{}' -- JSON
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_at ON audit_log(at);

-- Search-as-you-type: substring match (trigram) over names, company, phone digits, email, VINs.
-- rowid = customers.id. Kept in step by the triggers below.
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, company, phone_digits, email, vins, tokenize = 'trigram'
);

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search (rowid, name, company, phone_digits, email, vins)
    VALUES (new.id, trim(new.first_name || ' ' || new.last_name), new.company_name,
            replace(coalesce(new.phone_e164, ''), '+', '') || ' ' || new.phone, new.email, '');
END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF first_name, last_name, company_name, phone,
    phone_e164, email ON customers BEGIN
    UPDATE customer_search
       SET name = trim(new.first_name || ' ' || new.last_name), company = new.company_name,
           phone_digits = replace(coalesce(new.phone_e164, ''), '+', '') || ' ' || new.phone,
           email = new.email
     WHERE rowid = new.id;
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_search WHERE rowid = old.id;
END;

-- VINs of cars a customer owns or has ordered.
CREATE TRIGGER vehicles_search_owner AFTER UPDATE OF owner_customer_id, vin ON vehicles BEGIN
    UPDATE customer_search
       SET vins = coalesce((SELECT group_concat(vin, ' ') FROM vehicles
                             WHERE owner_customer_id = old.owner_customer_id), '')
     WHERE rowid = old.owner_customer_id;
    UPDATE customer_search
       SET vins = coalesce((SELECT group_concat(vin, ' ') FROM vehicles
                             WHERE owner_customer_id = new.owner_customer_id), '')
     WHERE rowid = new.owner_customer_id;
END;

CREATE TRIGGER vehicles_search_insert AFTER INSERT ON vehicles WHEN new.owner_customer_id IS NOT NULL BEGIN
    UPDATE customer_search
       SET vins = coalesce((SELECT group_concat(vin, ' ') FROM vehicles
                             WHERE owner_customer_id = new.owner_customer_id), '')
     WHERE rowid = new.owner_customer_id;
END;
