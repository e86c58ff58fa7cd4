-- Schema 8: a report over months adds up cached figures per local day (report_day_cache)
-- instead of reading every event again. A cached day is valid while the versions of the UTC days
-- it overlaps are the ones it was computed with; the triggers below bump the version of every UTC
-- day (epoch seconds / 86400) whose figures a write can change.
CREATE TABLE report_day_versions (
    day     INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TABLE report_day_cache (
    part    TEXT NOT NULL,    -- which figures: 'traffic', 'lost' or 'main'
    filter  TEXT NOT NULL,    -- the consultant and source the figures are for
    day     INTEGER NOT NULL, -- the local date as a Julian day
    context TEXT NOT NULL,    -- time zone and stages the figures were computed with
    stamp   INTEGER NOT NULL, -- sum of the versions of the UTC days the local day overlaps
    figures BLOB NOT NULL,
    PRIMARY KEY (part, filter, day)
);

-- Walk-ins: the day of arrival.
CREATE TRIGGER report_day_visit_insert AFTER INSERT ON visits BEGIN
    INSERT INTO report_day_versions (day, version) VALUES (new.arrived_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_visit_update AFTER UPDATE ON visits BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.arrived_at AS t UNION SELECT new.arrived_at) WHERE true
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_visit_delete AFTER DELETE ON visits BEGIN
    INSERT INTO report_day_versions (day, version) VALUES (old.arrived_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;

-- "Contact captured" is read from the visitor: the days of his or her walk-ins.
CREATE TRIGGER report_day_customer_contact AFTER UPDATE OF phone_e164, email ON customers
    WHEN old.phone_e164 IS NOT new.phone_e164 OR old.email IS NOT new.email BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT DISTINCT arrived_at / 86400, 1 FROM visits WHERE customer_id = new.id
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;

-- Leads: the day created (new leads, responses) and the day closed (lost analysis).
CREATE TRIGGER report_day_lead_insert AFTER INSERT ON leads BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT new.created_at AS t UNION SELECT new.closed_at)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_lead_update AFTER UPDATE OF stage_id, consultant_id, source_id,
    campaign_id, created_at, response_due_at, first_response_at, first_response_minutes,
    response_escalated_at, lost_reason_id, lost_status, closed_at ON leads BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.created_at AS t UNION SELECT new.created_at
                                  UNION SELECT old.closed_at UNION SELECT new.closed_at)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
-- The consultant and source filters and first-visit closes read the lead: a change moves every
-- one of its events between filters.
CREATE TRIGGER report_day_lead_owner AFTER UPDATE OF consultant_id, source_id, campaign_id,
    created_at ON leads
    WHEN old.consultant_id IS NOT new.consultant_id OR old.source_id IS NOT new.source_id
      OR old.campaign_id IS NOT new.campaign_id OR old.created_at IS NOT new.created_at BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT DISTINCT t / 86400, 1 FROM (
            SELECT changed_at AS t FROM stage_history WHERE lead_id = new.id
            UNION ALL SELECT occurred_at FROM activities WHERE lead_id = new.id
            UNION ALL SELECT due_at FROM tasks WHERE lead_id = new.id
            UNION ALL SELECT arrived_at FROM visits WHERE lead_id = new.id
            UNION ALL SELECT signed_at FROM deals WHERE lead_id = new.id
            UNION ALL SELECT delivered_at FROM deals WHERE lead_id = new.id
            UNION ALL SELECT bank_sent_at FROM deals WHERE lead_id = new.id
            UNION ALL SELECT bank_approved_at FROM deals WHERE lead_id = new.id)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_lead_delete AFTER DELETE ON leads BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.created_at AS t UNION SELECT old.closed_at)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;

-- Stage moves: the day of the move, and the days of the lead's later moves, which count a lead
-- only at its first entry into a stage in a period.
CREATE TRIGGER report_day_move_insert AFTER INSERT ON stage_history BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT DISTINCT changed_at / 86400, 1 FROM stage_history
        WHERE lead_id = new.lead_id AND changed_at >= new.changed_at
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_move_update AFTER UPDATE ON stage_history BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT DISTINCT changed_at / 86400, 1 FROM stage_history
        WHERE lead_id IN (old.lead_id, new.lead_id)
          AND changed_at >= min(old.changed_at, new.changed_at)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
    INSERT INTO report_day_versions (day, version) VALUES (old.changed_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_move_delete AFTER DELETE ON stage_history BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (
            SELECT old.changed_at AS t
            UNION SELECT changed_at FROM stage_history
            WHERE lead_id = old.lead_id AND changed_at >= old.changed_at)
        WHERE true
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;

-- Activities (test drives, offers, manager comments) and follow-up tasks: their own day.
CREATE TRIGGER report_day_activity_insert AFTER INSERT ON activities BEGIN
    INSERT INTO report_day_versions (day, version) VALUES (new.occurred_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_activity_update AFTER UPDATE ON activities BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.occurred_at AS t UNION SELECT new.occurred_at)
        WHERE true
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_activity_delete AFTER DELETE ON activities BEGIN
    INSERT INTO report_day_versions (day, version) VALUES (old.occurred_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_task_insert AFTER INSERT ON tasks BEGIN
    INSERT INTO report_day_versions (day, version) VALUES (new.due_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_task_update AFTER UPDATE ON tasks BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.due_at AS t UNION SELECT new.due_at) WHERE true
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_task_delete AFTER DELETE ON tasks BEGIN
    INSERT INTO report_day_versions (day, version) VALUES (old.due_at / 86400, 1)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;

-- Deals: signed (sales, revenue, accessories), delivered, sent to and approved by the bank.
CREATE TRIGGER report_day_deal_insert AFTER INSERT ON deals BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT new.signed_at AS t UNION SELECT new.delivered_at
                                  UNION SELECT new.bank_sent_at UNION SELECT new.bank_approved_at)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_deal_update AFTER UPDATE ON deals BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.signed_at AS t UNION SELECT new.signed_at
                                  UNION SELECT old.delivered_at UNION SELECT new.delivered_at
                                  UNION SELECT old.bank_sent_at UNION SELECT new.bank_sent_at
                                  UNION SELECT old.bank_approved_at
                                  UNION SELECT new.bank_approved_at)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_deal_delete AFTER DELETE ON deals BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT t / 86400, 1 FROM (SELECT old.signed_at AS t UNION SELECT old.delivered_at
                                  UNION SELECT old.bank_sent_at UNION SELECT old.bank_approved_at)
        WHERE t IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
-- Accessories count on the day their deal was signed.
CREATE TRIGGER report_day_accessory_insert AFTER INSERT ON deal_checklist_items
    WHEN new.kind = 'accessories' BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT signed_at / 86400, 1 FROM deals WHERE id = new.deal_id
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_accessory_update AFTER UPDATE ON deal_checklist_items
    WHEN old.kind = 'accessories' OR new.kind = 'accessories' BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT DISTINCT signed_at / 86400, 1 FROM deals WHERE id IN (old.deal_id, new.deal_id)
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER report_day_accessory_delete AFTER DELETE ON deal_checklist_items
    WHEN old.kind = 'accessories' BEGIN
    INSERT INTO report_day_versions (day, version)
        SELECT signed_at / 86400, 1 FROM deals WHERE id = old.deal_id
        ON CONFLICT (day) DO UPDATE SET version = version + 1;
END;
