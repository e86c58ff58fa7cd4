-- Schema 9: leads that arrived by themselves (ADF, email, CSV, vCard). The sender's id of a record
-- (ADF: the prospect id and its source) makes a second import of the same record a duplicate; a
-- record read from damaged data keeps its raw text for the person who reviews it. The customer is
-- the lead's (a merge moves the lead).
CREATE TABLE lead_imports (
    id           INTEGER PRIMARY KEY,
    lead_id      INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('adf', 'email', 'csv', 'vcard')),
    external_key TEXT,
    file_name    TEXT NOT NULL DEFAULT '',
    needs_review INTEGER NOT NULL DEFAULT 0,
    raw_text     TEXT NOT NULL DEFAULT '',
    imported_at  INTEGER NOT NULL,
    imported_by  INTEGER REFERENCES users(id)
);
-- "adf:<id source>/<id>" or "mail:<Message-ID>": the same prospect is one lead whether it came
-- as a file or by email.
CREATE UNIQUE INDEX lead_imports_key ON lead_imports(external_key) WHERE external_key IS NOT NULL;
CREATE INDEX lead_imports_lead ON lead_imports(lead_id);
CREATE INDEX lead_imports_review ON lead_imports(lead_id) WHERE needs_review = 1;
