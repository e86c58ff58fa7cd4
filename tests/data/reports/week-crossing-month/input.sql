-- Golden data for the manager's report: ISO week 2026-W44 (Mon 26 Oct - Sun 1 Nov 2026, Berlin,
-- CET = UTC+1 after DST ended on Sun 25 Oct 2026 03:00). Times are epoch seconds (UTC); each
-- comment gives the local Berlin time. Reference ids from migration 002:
--   stages: 1 unassigned, 2 assigned, 3 contacted, 4 needs, 5 offer, 6 negotiation, 7 won, 8 lost
--   sources: 1 walk_in, 2 phone, 3 web_form, 4 portal, 5 event, 6 referral, 7 repurchase
--   lost_reasons: 1 price, 2 credit_terms, 3 test_drive, 4 bought_elsewhere, 5 no_stock,
--                 6 delivery_time, 7 trade_in_value, 8 unreachable, 9 just_browsing, 10 other

-- Dealership settings
INSERT OR REPLACE INTO settings (key, value) VALUES ('dealership.time_zone', 'Europe/Berlin');
INSERT OR REPLACE INTO settings (key, value) VALUES ('dealership.currency', 'EUR');

-- Portal is retired without figures (no row); Referral is retired but has a lead this week (row)
UPDATE sources SET active = 0 WHERE key IN ('portal', 'referral');

-- user 1: manager
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (1, 'manager', 'Maria Berger', 'manager', 'x', 1, 1767600000);

-- user 2: anna
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (2, 'anna', 'Anna Schmidt', 'consultant', 'x', 1, 1767600000);

-- user 3: ben
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (3, 'ben', 'Ben Walter', 'consultant', 'x', 1, 1767600000);

-- user 4: carla
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (4, 'carla', 'Carla Fuchs', 'consultant', 'x', 1, 1767600000);

-- user 5: dieter (inactive)
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (5, 'dieter', 'Dieter Braun', 'consultant', 'x', 0, 1767600000);

-- user 6: erik (inactive)
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (6, 'erik', 'Erik Lang', 'consultant', 'x', 0, 1767600000);

-- user 7: rita
INSERT INTO users (id, login, display_name, role, password_hash, active, created_at) VALUES (7, 'rita', 'Rita Koch', 'receptionist', 'x', 1, 1767600000);

-- campaign 1: Autumn Web Days, 2026-10-20..2026-11-18
INSERT INTO campaigns (id, source_id, name, starts_on, ends_on, cost_cents) VALUES (1, 3, 'Autumn Web Days', '2026-10-20', '2026-11-18', 120000);

-- campaign 2: Open House, 2026-10-31..2026-10-31
INSERT INTO campaigns (id, source_id, name, starts_on, ends_on, cost_cents) VALUES (2, 5, 'Open House', '2026-10-31', '2026-10-31', NULL);

-- campaign 3: Summer Promo, 2026-07-01..2026-07-15
INSERT INTO campaigns (id, source_id, name, starts_on, ends_on, cost_cents) VALUES (3, 3, 'Summer Promo', '2026-07-01', '2026-07-15', 50000);

-- customer 1: Max Müller (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (1, 'Max', 'Müller', 'Max Müller', 'max müller', '0171 1234567', '+491711234567', '', NULL, 1736150400, 1736150400);

-- customer 2: Jonas Weber (no phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (2, 'Jonas', 'Weber', 'Jonas Weber', 'jonas weber', '', NULL, '', NULL, 1736150400, 1736150400);

-- customer 3: Lena Hoffmann (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (3, 'Lena', 'Hoffmann', 'Lena Hoffmann', 'lena hoffmann', '', NULL, 'lena@example.org', NULL, 1736150400, 1736150400);

-- customer 4: Paul Wagner (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (4, 'Paul', 'Wagner', 'Paul Wagner', 'paul wagner', '0160 2223344', '+491602223344', '', NULL, 1736150400, 1736150400);

-- customer 5: Sven Krause (invalid phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (5, 'Sven', 'Krause', 'Sven Krause', 'sven krause', '12', NULL, '', NULL, 1736150400, 1736150400);

-- customer 6: Julia Becker (phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (6, 'Julia', 'Becker', 'Julia Becker', 'julia becker', '0151 5556677', '+491515556677', 'julia@example.org', NULL, 1736150400, 1736150400);

-- customer 7: Julia Becker (no phone, email, merged into customer 6)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (7, 'Julia', 'Becker', 'Julia Becker', 'julia becker', '', NULL, 'j.becker@example.org', 6, 1736150400, 1736150400);

-- customer 8: Tom Richter (phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (8, 'Tom', 'Richter', 'Tom Richter', 'tom richter', '0172 9998877', '+491729998877', 'tom@example.org', NULL, 1736150400, 1736150400);

-- customer 9: Nina Koch (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (9, 'Nina', 'Koch', 'Nina Koch', 'nina koch', '0157 1112233', '+491571112233', '', NULL, 1736150400, 1736150400);

-- customer 10: Felix Wolf (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (10, 'Felix', 'Wolf', 'Felix Wolf', 'felix wolf', '0176 4445566', '+491764445566', '', NULL, 1736150400, 1736150400);

-- customer 11: Ute Schäfer (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (11, 'Ute', 'Schäfer', 'Ute Schäfer', 'ute schäfer', '030 1234567', '+49301234567', '', NULL, 1736150400, 1736150400);

-- customer 12: Hanna Berg (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (12, 'Hanna', 'Berg', 'Hanna Berg', 'hanna berg', '', NULL, 'hanna@example.org', NULL, 1736150400, 1736150400);

-- customer 13: Moritz Klein (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (13, 'Moritz', 'Klein', 'Moritz Klein', 'moritz klein', '0162 7778899', '+491627778899', '', NULL, 1736150400, 1736150400);

-- customer 14: Greta Vogel (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (14, 'Greta', 'Vogel', 'Greta Vogel', 'greta vogel', '', NULL, 'greta@example.org', NULL, 1736150400, 1736150400);

-- customer 15: Oskar Brandt (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (15, 'Oskar', 'Brandt', 'Oskar Brandt', 'oskar brandt', '', NULL, 'oskar@example.org', NULL, 1736150400, 1736150400);

-- customer 16: Ingrid Roth (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (16, 'Ingrid', 'Roth', 'Ingrid Roth', 'ingrid roth', '0170 3332211', '+491703332211', '', NULL, 1736150400, 1736150400);

-- customer 17: Karl Neumann (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (17, 'Karl', 'Neumann', 'Karl Neumann', 'karl neumann', '0175 6665544', '+491756665544', '', NULL, 1736150400, 1736150400);

-- customer 18: Eva Schulz (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (18, 'Eva', 'Schulz', 'Eva Schulz', 'eva schulz', '', NULL, 'eva@example.org', NULL, 1736150400, 1736150400);

-- customer 19: Rainer Zimmer (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (19, 'Rainer', 'Zimmer', 'Rainer Zimmer', 'rainer zimmer', '0163 1231231', '+491631231231', '', NULL, 1736150400, 1736150400);

-- customer 20: Dirk Hahn (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (20, 'Dirk', 'Hahn', 'Dirk Hahn', 'dirk hahn', '0152 9879876', '+491529879876', '', NULL, 1736150400, 1736150400);

-- customer 21: Sabine Frank (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (21, 'Sabine', 'Frank', 'Sabine Frank', 'sabine frank', '', NULL, 'sabine@example.org', NULL, 1736150400, 1736150400);

-- customer 22: Lars Busch (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (22, 'Lars', 'Busch', 'Lars Busch', 'lars busch', '0173 4564567', '+491734564567', '', NULL, 1736150400, 1736150400);

-- customer 23: Web Visitor (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (23, 'Web', 'Visitor', 'Web Visitor', 'web visitor', '', NULL, 'anon123@example.org', NULL, 1736150400, 1736150400);

-- customer 24: Petra Lange (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (24, 'Petra', 'Lange', 'Petra Lange', 'petra lange', '0178 1472583', '+491781472583', '', NULL, 1736150400, 1736150400);

-- customer 25: Udo Kaiser (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (25, 'Udo', 'Kaiser', 'Udo Kaiser', 'udo kaiser', '0159 3693693', '+491593693693', '', NULL, 1736150400, 1736150400);

-- customer 26: Heike Peters (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (26, 'Heike', 'Peters', 'Heike Peters', 'heike peters', '0155 2582582', '+491552582582', '', NULL, 1736150400, 1736150400);

-- customer 27: Jan Schmitt (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (27, 'Jan', 'Schmitt', 'Jan Schmitt', 'jan schmitt', '', NULL, 'jan@example.org', NULL, 1736150400, 1736150400);

-- customer 28: Frank Ott (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (28, 'Frank', 'Ott', 'Frank Ott', 'frank ott', '0177 7417417', '+491777417417', '', NULL, 1736150400, 1736150400);

-- customer 29: Helga Sommer (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (29, 'Helga', 'Sommer', 'Helga Sommer', 'helga sommer', '0174 8528528', '+491748528528', '', NULL, 1736150400, 1736150400);

-- customer 30: Bernd Krüger (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (30, 'Bernd', 'Krüger', 'Bernd Krüger', 'bernd krüger', '0161 9639639', '+491619639639', '', NULL, 1736150400, 1736150400);

-- customer 31: Mia Schwarz (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (31, 'Mia', 'Schwarz', 'Mia Schwarz', 'mia schwarz', '', NULL, 'mia@example.org', NULL, 1736150400, 1736150400);

-- customer 32: Ralf Engel (no phone, email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (32, 'Ralf', 'Engel', 'Ralf Engel', 'ralf engel', '', NULL, 'ralf@example.org', NULL, 1736150400, 1736150400);

-- customer 33: Werner Alt (phone, no email)
INSERT INTO customers (id, first_name, last_name, display_name, sort_key, phone, phone_e164, email, merged_into_id, created_at, updated_at) VALUES (33, 'Werner', 'Alt', 'Werner Alt', 'werner alt', '0168 1593574', '+491681593574', '', NULL, 1736150400, 1736150400);

-- lead 1: walk-in, second visit with test drive, offer. created Mon 2026-10-26 09:15 CET; due Mon 2026-10-26 09:45 CET; first response Mon 2026-10-26 09:20 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (1, 1, 5, 2, 1, NULL, 1793002500, 1793449800, 1793004300, 1793002800, 5, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793449800);

--   lead 1 - -> 2 at Mon 2026-10-26 09:15 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (1, NULL, 2, 7, 1793002500);

--   lead 1 2 -> 3 at Mon 2026-10-26 09:20 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (1, 2, 3, 2, 1793002800);

--   lead 1 3 -> 4 at Sat 2026-10-31 12:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (1, 3, 4, 2, 1793446200);

--   lead 1 4 -> 5 at Sat 2026-10-31 13:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (1, 4, 5, 2, 1793449800);

-- lead 2: walk-in without contact data, lost (just browsing). created Mon 2026-10-26 10:40 CET; due Mon 2026-10-26 11:10 CET; first response Mon 2026-10-26 10:50 CET; lost requested Thu 2026-10-29 16:00 CET; lost decided Thu 2026-10-29 17:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (2, 2, 8, 3, 1, NULL, 1793007600, 1793289600, 1793009400, 1793008200, 10, NULL, 9, 'approved', 3, 1793286000, 1, 1793289600, 1793289600, 1793289600);

--   lead 2 - -> 2 at Mon 2026-10-26 10:40 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (2, NULL, 2, 7, 1793007600);

--   lead 2 2 -> 3 at Mon 2026-10-26 10:50 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (2, 2, 3, 3, 1793008200);

--   lead 2 3 -> 8 at Thu 2026-10-29 17:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (2, 3, 8, 1, 1793289600);

-- lead 3: walk-in, skips to offer, won the same day. created Tue 2026-10-27 11:05 CET; due Tue 2026-10-27 11:35 CET; first response Tue 2026-10-27 11:10 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (3, 3, 7, 2, 1, NULL, 1793095500, 1793113200, 1793097300, 1793095800, 5, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1793113200, 1793113200);

--   lead 3 - -> 2 at Tue 2026-10-27 11:05 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (3, NULL, 2, 7, 1793095500);

--   lead 3 2 -> 5 at Tue 2026-10-27 12:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (3, 2, 5, 2, 1793098800);

--   lead 3 5 -> 7 at Tue 2026-10-27 16:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (3, 5, 7, 2, 1793113200);

-- lead 4: older walk-in, skips offer, won this week (follow-up close). created Sat 2026-10-10 11:00 CEST; due Sat 2026-10-10 11:30 CEST; first response Sat 2026-10-10 11:05 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (4, 4, 7, 2, 1, NULL, 1791622800, 1793268000, 1791624600, 1791623100, 5, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1793268000, 1793268000);

--   lead 4 - -> 2 at Sat 2026-10-10 11:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (4, NULL, 2, 7, 1791622800);

--   lead 4 2 -> 3 at Sat 2026-10-10 11:05 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (4, 2, 3, 2, 1791623100);

--   lead 4 3 -> 4 at Tue 2026-10-20 15:30 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (4, 3, 4, 2, 1792503000);

--   lead 4 4 -> 6 at Wed 2026-10-28 17:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (4, 4, 6, 2, 1793203200);

--   lead 4 6 -> 7 at Thu 2026-10-29 11:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (4, 6, 7, 2, 1793268000);

-- lead 5: walk-in with an invalid phone. created Thu 2026-10-29 10:10 CET; due Thu 2026-10-29 10:40 CET; first response Thu 2026-10-29 10:15 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (5, 5, 3, 4, 1, NULL, 1793265000, 1793265300, 1793266800, 1793265300, 5, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793265300);

--   lead 5 - -> 2 at Thu 2026-10-29 10:10 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (5, NULL, 2, 7, 1793265000);

--   lead 5 2 -> 3 at Thu 2026-10-29 10:15 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (5, 2, 3, 4, 1793265300);

-- lead 6: previous-week walk-in of the kept record. created Thu 2026-10-22 12:00 CEST; due Thu 2026-10-22 12:30 CEST; first response Thu 2026-10-22 12:10 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (6, 6, 3, 3, 1, NULL, 1792663200, 1792663800, 1792665000, 1792663800, 10, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1792663800);

--   lead 6 - -> 2 at Thu 2026-10-22 12:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (6, NULL, 2, 7, 1792663200);

--   lead 6 2 -> 3 at Thu 2026-10-22 12:10 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (6, 2, 3, 3, 1792663800);

-- lead 7: walk-in with test drive, won the same day, delivered at once. created Sat 2026-10-31 10:00 CET; due Sat 2026-10-31 10:30 CET; first response Sat 2026-10-31 10:05 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (7, 8, 7, 2, 1, NULL, 1793437200, 1793455200, 1793439000, 1793437500, 5, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1793455200, 1793455200);

--   lead 7 - -> 2 at Sat 2026-10-31 10:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (7, NULL, 2, 7, 1793437200);

--   lead 7 2 -> 3 at Sat 2026-10-31 10:05 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (7, 2, 3, 2, 1793437500);

--   lead 7 3 -> 7 at Sat 2026-10-31 15:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (7, 3, 7, 2, 1793455200);

-- lead 8: walk-in on Sunday 23:30 (in the week). created Sun 2026-11-01 23:30 CET; due Mon 2026-11-02 09:30 CET; first response Mon 2026-11-02 09:20 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (8, 9, 2, 4, 1, NULL, 1793572200, 1793572200, 1793608200, 1793607600, 20, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793607600);

--   lead 8 - -> 2 at Sun 2026-11-01 23:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (8, NULL, 2, 7, 1793572200);

-- lead 9: walk-in on Monday 00:30 (after the week). created Mon 2026-11-02 00:30 CET; due Mon 2026-11-02 09:30 CET; first response Mon 2026-11-02 09:10 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (9, 10, 2, 3, 1, NULL, 1793575800, 1793575800, 1793608200, 1793607000, 10, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793607000);

--   lead 9 - -> 2 at Mon 2026-11-02 00:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (9, NULL, 2, 7, 1793575800);

-- lead 10: hotline lead, lost in the week and reopened into offer. created Wed 2026-10-28 09:30 CET; due Wed 2026-10-28 10:00 CET; first response Wed 2026-10-28 09:30 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (10, 11, 5, 3, 2, NULL, 1793176200, 1793440800, 1793178000, 1793176200, 0, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793440800);

--   lead 10 - -> 2 at Wed 2026-10-28 09:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (10, NULL, 2, 7, 1793176200);

--   lead 10 2 -> 3 at Wed 2026-10-28 09:35 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (10, 2, 3, 3, 1793176500);

--   lead 10 3 -> 5 at Thu 2026-10-29 10:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (10, 3, 5, 3, 1793264400);

--   lead 10 5 -> 8 at Fri 2026-10-30 15:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (10, 5, 8, 1, 1793368800);

--   lead 10 8 -> 5 at Sat 2026-10-31 11:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (10, 8, 5, 1, 1793440800);

-- lead 11: web lead of the campaign, answered in time, walked in for a test drive. created Wed 2026-10-28 08:00 CET; due Wed 2026-10-28 09:30 CET; first response Wed 2026-10-28 09:10 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (11, 12, 5, 2, 3, 1, 1793170800, 1793354400, 1793176200, 1793175000, 10, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793354400);

--   lead 11 - -> 1 at Wed 2026-10-28 08:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (11, NULL, 1, NULL, 1793170800);

--   lead 11 1 -> 2 at Wed 2026-10-28 08:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (11, 1, 2, 1, 1793172600);

--   lead 11 2 -> 3 at Wed 2026-10-28 09:10 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (11, 2, 3, 2, 1793175000);

--   lead 11 3 -> 4 at Thu 2026-10-29 18:15 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (11, 3, 4, 2, 1793294100);

--   lead 11 4 -> 5 at Fri 2026-10-30 11:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (11, 4, 5, 2, 1793354400);

-- lead 12: web lead of the duplicate record 7 (moved to 6 by the merge), answered late, escalated. created Thu 2026-10-29 20:00 CET; due Fri 2026-10-30 09:30 CET; first response Fri 2026-10-30 11:00 CET; escalated Fri 2026-10-30 10:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (12, 6, 4, 3, 3, 1, 1793300400, 1793378700, 1793349000, 1793354400, 120, 1793350800, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793378700);

--   lead 12 - -> 2 at Thu 2026-10-29 20:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (12, NULL, 2, 7, 1793300400);

--   lead 12 2 -> 3 at Fri 2026-10-30 11:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (12, 2, 3, 3, 1793354400);

--   lead 12 3 -> 4 at Fri 2026-10-30 17:45 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (12, 3, 4, 3, 1793378700);

-- lead 13: web lead of the campaign through every stage, won. created Mon 2026-10-26 13:00 CET; due Mon 2026-10-26 13:30 CET; first response Mon 2026-10-26 13:20 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (13, 13, 7, 3, 3, 1, 1793016000, 1793358000, 1793017800, 1793017200, 20, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1793358000, 1793358000);

--   lead 13 - -> 2 at Mon 2026-10-26 13:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (13, NULL, 2, 7, 1793016000);

--   lead 13 2 -> 3 at Mon 2026-10-26 13:20 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (13, 2, 3, 3, 1793017200);

--   lead 13 3 -> 4 at Tue 2026-10-27 10:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (13, 3, 4, 3, 1793091600);

--   lead 13 4 -> 5 at Wed 2026-10-28 10:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (13, 4, 5, 3, 1793178000);

--   lead 13 5 -> 6 at Thu 2026-10-29 10:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (13, 5, 6, 3, 1793264400);

--   lead 13 6 -> 7 at Fri 2026-10-30 12:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (13, 6, 7, 3, 1793358000);

-- lead 14: web lead never answered, escalated. created Fri 2026-10-30 09:00 CET; due Fri 2026-10-30 09:30 CET; escalated Fri 2026-10-30 10:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (14, 14, 2, 4, 3, NULL, 1793347200, 1793347200, 1793349000, NULL, NULL, 1793350800, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793347200);

--   lead 14 - -> 2 at Fri 2026-10-30 09:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (14, NULL, 2, 7, 1793347200);

-- lead 15: unassigned web lead never answered. created Sat 2026-10-31 16:00 CET; due Sat 2026-10-31 16:30 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (15, 15, 1, NULL, 3, NULL, 1793458800, 1793458800, 1793460600, NULL, NULL, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793458800);

--   lead 15 - -> 1 at Sat 2026-10-31 16:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (15, NULL, 1, NULL, 1793458800);

-- lead 16: event lead of the Open House. created Sat 2026-10-31 11:00 CET; due Sat 2026-10-31 11:30 CET; first response Sat 2026-10-31 11:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (16, 16, 3, 4, 5, 2, 1793440800, 1793443500, 1793442600, 1793440800, 0, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 1793443500);

--   lead 16 - -> 2 at Sat 2026-10-31 11:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (16, NULL, 2, 7, 1793440800);

--   lead 16 2 -> 3 at Sat 2026-10-31 11:45 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (16, 2, 3, 4, 1793443500);

-- lead 17: lost request on Sunday 1 Nov, still pending. created Wed 2026-10-14 10:00 CEST; due Wed 2026-10-14 10:30 CEST; first response Wed 2026-10-14 10:10 CEST; lost requested Sun 2026-11-01 18:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (17, 17, 3, 4, 2, NULL, 1791964800, 1791965400, 1791966600, 1791965400, 10, NULL, 4, 'pending', 4, 1793552400, NULL, NULL, NULL, 1793552400);

--   lead 17 - -> 2 at Wed 2026-10-14 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (17, NULL, 2, 7, 1791964800);

--   lead 17 2 -> 3 at Wed 2026-10-14 10:10 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (17, 2, 3, 4, 1791965400);

-- lead 18: lost request after the week, pending. created Tue 2026-10-20 10:00 CEST; due Tue 2026-10-20 10:30 CEST; first response Tue 2026-10-20 10:05 CEST; lost requested Mon 2026-11-02 08:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (18, 18, 3, 3, 3, NULL, 1792483200, 1792483500, 1792485000, 1792483500, 5, NULL, 1, 'pending', 3, 1793602800, NULL, NULL, NULL, 1793602800);

--   lead 18 - -> 2 at Tue 2026-10-20 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (18, NULL, 2, 7, 1792483200);

--   lead 18 2 -> 3 at Tue 2026-10-20 10:05 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (18, 2, 3, 3, 1792483500);

-- lead 19: lost request in October, still pending. created Mon 2026-10-12 10:00 CEST; due Mon 2026-10-12 10:30 CEST; first response Mon 2026-10-12 10:15 CEST; lost requested Fri 2026-10-16 16:00 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (19, 19, 3, 2, 1, NULL, 1791792000, 1791792900, 1791793800, 1791792900, 15, NULL, 1, 'pending', 2, 1792159200, NULL, NULL, NULL, 1792159200);

--   lead 19 - -> 2 at Mon 2026-10-12 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (19, NULL, 2, 7, 1791792000);

--   lead 19 2 -> 3 at Mon 2026-10-12 10:15 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (19, 2, 3, 2, 1791792900);

-- lead 20: requested before the week, lost (approved) in it. created Mon 2026-10-19 10:00 CEST; due Mon 2026-10-19 10:30 CEST; first response Mon 2026-10-19 10:20 CEST; lost requested Sun 2026-10-25 18:00 CET; lost decided Mon 2026-10-26 09:30 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (20, 20, 8, 2, 2, NULL, 1792396800, 1793003400, 1792398600, 1792398000, 20, NULL, 2, 'approved', 2, 1792947600, 1, 1793003400, 1793003400, 1793003400);

--   lead 20 - -> 2 at Mon 2026-10-19 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (20, NULL, 2, 7, 1792396800);

--   lead 20 2 -> 3 at Mon 2026-10-19 10:20 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (20, 2, 3, 2, 1792398000);

--   lead 20 3 -> 4 at Wed 2026-10-21 14:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (20, 3, 4, 2, 1792584000);

--   lead 20 4 -> 8 at Mon 2026-10-26 09:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (20, 4, 8, 1, 1793003400);

-- lead 21: lost from offer (price). created Tue 2026-10-13 09:00 CEST; due Tue 2026-10-13 09:30 CEST; first response Tue 2026-10-13 09:20 CEST; lost requested Wed 2026-10-28 11:00 CET; lost decided Wed 2026-10-28 12:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (21, 21, 8, 3, 3, NULL, 1791874800, 1793185200, 1791876600, 1791876000, 20, NULL, 1, 'approved', 3, 1793181600, 1, 1793185200, 1793185200, 1793185200);

--   lead 21 - -> 2 at Tue 2026-10-13 09:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (21, NULL, 2, 7, 1791874800);

--   lead 21 2 -> 3 at Tue 2026-10-13 09:20 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (21, 2, 3, 3, 1791876000);

--   lead 21 3 -> 5 at Thu 2026-10-15 11:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (21, 3, 5, 3, 1792054800);

--   lead 21 5 -> 8 at Wed 2026-10-28 12:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (21, 5, 8, 1, 1793185200);

-- lead 22: walk-in closed by the manager from assigned. created Thu 2026-10-29 14:00 CET; due Thu 2026-10-29 14:30 CET; first response Thu 2026-10-29 14:00 CET; lost requested Thu 2026-10-29 14:30 CET; lost decided Thu 2026-10-29 14:30 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (22, 22, 8, 3, 1, NULL, 1793278800, 1793280600, 1793280600, 1793278800, 0, NULL, 9, 'approved', 1, 1793280600, 1, 1793280600, 1793280600, 1793280600);

--   lead 22 - -> 2 at Thu 2026-10-29 14:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (22, NULL, 2, 7, 1793278800);

--   lead 22 2 -> 8 at Thu 2026-10-29 14:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (22, 2, 8, 1, 1793280600);

-- lead 23: unassigned web lead closed as unreachable. created Fri 2026-10-30 22:00 CET; due Sat 2026-10-31 09:30 CET; lost requested Sat 2026-10-31 09:15 CET; lost decided Sat 2026-10-31 09:15 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (23, 23, 8, NULL, 3, NULL, 1793394000, 1793434500, 1793435400, NULL, NULL, NULL, 8, 'approved', 1, 1793434500, 1, 1793434500, 1793434500, 1793434500);

--   lead 23 - -> 1 at Fri 2026-10-30 22:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (23, NULL, 1, NULL, 1793394000);

--   lead 23 1 -> 8 at Sat 2026-10-31 09:15 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (23, 1, 8, 1, 1793434500);

-- lead 24: referral (retired source) lead, lost from needs. created Mon 2026-10-26 11:00 CET; due Mon 2026-10-26 11:30 CET; first response Mon 2026-10-26 11:10 CET; lost requested Fri 2026-10-30 17:00 CET; lost decided Sat 2026-10-31 12:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (24, 24, 8, 4, 6, NULL, 1793008800, 1793444400, 1793010600, 1793009400, 10, NULL, 6, 'approved', 4, 1793376000, 1, 1793444400, 1793444400, 1793444400);

--   lead 24 - -> 2 at Mon 2026-10-26 11:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (24, NULL, 2, 7, 1793008800);

--   lead 24 2 -> 3 at Mon 2026-10-26 11:10 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (24, 2, 3, 4, 1793009400);

--   lead 24 3 -> 4 at Wed 2026-10-28 15:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (24, 3, 4, 4, 1793196000);

--   lead 24 4 -> 8 at Sat 2026-10-31 12:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (24, 4, 8, 1, 1793444400);

-- lead 25: lost in week 41 (trend). created Mon 2026-10-05 10:00 CEST; due Mon 2026-10-05 10:30 CEST; first response Mon 2026-10-05 10:10 CEST; lost requested Wed 2026-10-07 11:00 CEST; lost decided Wed 2026-10-07 12:00 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (25, 25, 8, 2, 1, NULL, 1791187200, 1791367200, 1791189000, 1791187800, 10, NULL, 1, 'approved', 2, 1791363600, 1, 1791367200, 1791367200, 1791367200);

--   lead 25 - -> 2 at Mon 2026-10-05 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (25, NULL, 2, 7, 1791187200);

--   lead 25 2 -> 3 at Mon 2026-10-05 10:10 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (25, 2, 3, 2, 1791187800);

--   lead 25 3 -> 8 at Wed 2026-10-07 12:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (25, 3, 8, 1, 1791367200);

-- lead 26: lost Sunday 25 Oct 23:30, just before the week. created Mon 2026-10-12 09:00 CEST; due Mon 2026-10-12 09:30 CEST; first response Mon 2026-10-12 09:30 CEST; lost requested Thu 2026-10-22 15:00 CEST; lost decided Sun 2026-10-25 23:30 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (26, 26, 8, 3, 2, NULL, 1791788400, 1792967400, 1791790200, 1791790200, 30, NULL, 5, 'approved', 3, 1792674000, 1, 1792967400, 1792967400, 1792967400);

--   lead 26 - -> 2 at Mon 2026-10-12 09:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (26, NULL, 2, 7, 1791788400);

--   lead 26 2 -> 3 at Mon 2026-10-12 09:30 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (26, 2, 3, 3, 1791790200);

--   lead 26 3 -> 5 at Fri 2026-10-16 14:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (26, 3, 5, 3, 1792152000);

--   lead 26 5 -> 8 at Sun 2026-10-25 23:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (26, 5, 8, 1, 1792967400);

-- lead 27: lost on Monday 2 Nov, just after the week. created Wed 2026-10-21 10:00 CEST; due Wed 2026-10-21 10:30 CEST; first response Wed 2026-10-21 10:30 CEST; lost requested Sun 2026-11-01 19:00 CET; lost decided Mon 2026-11-02 09:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (27, 27, 8, 4, 3, NULL, 1792569600, 1793606400, 1792571400, 1792571400, 30, NULL, 1, 'approved', 4, 1793556000, 1, 1793606400, 1793606400, 1793606400);

--   lead 27 - -> 2 at Wed 2026-10-21 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (27, NULL, 2, 7, 1792569600);

--   lead 27 2 -> 3 at Wed 2026-10-21 10:30 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (27, 2, 3, 4, 1792571400);

--   lead 27 3 -> 8 at Mon 2026-11-02 09:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (27, 3, 8, 1, 1793606400);

-- lead 28: phone lead won the next day; its deal was cancelled. created Mon 2026-10-26 09:00 CET; due Mon 2026-10-26 09:30 CET; first response Mon 2026-10-26 09:00 CET
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (28, 28, 7, 4, 2, NULL, 1793001600, 1793091600, 1793003400, 1793001600, 0, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1793091600, 1793091600);

--   lead 28 - -> 2 at Mon 2026-10-26 09:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (28, NULL, 2, 7, 1793001600);

--   lead 28 2 -> 5 at Mon 2026-10-26 09:30 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (28, 2, 5, 4, 1793003400);

--   lead 28 5 -> 7 at Tue 2026-10-27 10:00 CET
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (28, 5, 7, 4, 1793091600);

-- lead 29: won in September, delivered on time this week. created Tue 2026-09-01 10:00 CEST; due Tue 2026-09-01 10:30 CEST; first response Tue 2026-09-01 10:05 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (29, 29, 7, 3, 1, NULL, 1788249600, 1789894800, 1788251400, 1788249900, 5, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1789894800, 1789894800);

--   lead 29 - -> 2 at Tue 2026-09-01 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (29, NULL, 2, 7, 1788249600);

--   lead 29 2 -> 3 at Tue 2026-09-01 10:05 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (29, 2, 3, 3, 1788249900);

--   lead 29 3 -> 7 at Sun 2026-09-20 11:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (29, 3, 7, 3, 1789894800);

-- lead 30: won 1 Oct, loan approved and delivered late this week. created Tue 2026-09-15 10:00 CEST; due Tue 2026-09-15 10:30 CEST; first response Tue 2026-09-15 10:10 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (30, 30, 7, 2, 2, NULL, 1789459200, 1790859600, 1789461000, 1789459800, 10, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1790859600, 1790859600);

--   lead 30 - -> 2 at Tue 2026-09-15 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (30, NULL, 2, 7, 1789459200);

--   lead 30 2 -> 3 at Tue 2026-09-15 10:10 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (30, 2, 3, 2, 1789459800);

--   lead 30 3 -> 7 at Thu 2026-10-01 15:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (30, 3, 7, 2, 1790859600);

-- lead 31: web lead won 5 Oct, delivered Friday 00:30, a day late. created Sun 2026-09-20 10:00 CEST; due Mon 2026-09-21 09:30 CEST; first response Mon 2026-09-21 09:10 CEST
INSERT INTO leads (id, customer_id, stage_id, consultant_id, source_id, campaign_id, created_at, stage_entered_at, response_due_at, first_response_at, first_response_minutes, response_escalated_at, lost_reason_id, lost_status, lost_requested_by, lost_requested_at, lost_decided_by, lost_decided_at, closed_at, updated_at) VALUES (31, 31, 7, 3, 3, NULL, 1789891200, 1791194400, 1789975800, 1789974600, 10, NULL, NULL, 'none', NULL, NULL, NULL, NULL, 1791194400, 1791194400);

--   lead 31 - -> 2 at Sun 2026-09-20 10:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (31, NULL, 2, 7, 1789891200);

--   lead 31 2 -> 3 at Mon 2026-09-21 09:10 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (31, 2, 3, 3, 1789974600);

--   lead 31 3 -> 7 at Mon 2026-10-05 12:00 CEST
INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, changed_by, changed_at) VALUES (31, 3, 7, 3, 1791194400);

-- visit 1: V1 in the week; Mon 2026-10-26 09:15 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (1, 'walk_in', 1793002500, 'new_car', 1, 2, 1, 1, 0, 7, 1793002500);

-- visit 2: V2 in the week, no contact data; Mon 2026-10-26 10:40 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (2, 'walk_in', 1793007600, 'new_car', 1, 3, 2, 2, 0, 7, 1793007600);

-- visit 3: V3 in the week, email only, test drive; Tue 2026-10-27 11:05 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (3, 'walk_in', 1793095500, 'new_car', 1, 2, 3, 3, 1, 7, 1793095500);

-- visit 4: V4 in the week, anonymous visitor; Tue 2026-10-27 14:20 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (4, 'walk_in', 1793107200, 'new_car', 1, 3, NULL, NULL, 0, 7, 1793107200);

-- visit 5: V13 in the week, web lead walks in, test drive; Tue 2026-10-27 15:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (5, 'walk_in', 1793111400, 'new_car', 1, 3, 13, 13, 1, 7, 1793111400);

-- visit 6: V5 in the week, repeat visit, test drive; Wed 2026-10-28 16:45 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (6, 'walk_in', 1793202300, 'new_car', 0, 2, 4, 4, 1, 7, 1793202300);

-- visit 7: H1 hotline call: not traffic; Wed 2026-10-28 09:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (7, 'phone', 1793176200, 'new_car', 1, 3, 11, 10, 0, 7, 1793176200);

-- visit 8: V6 in the week, invalid phone: not captured; Thu 2026-10-29 10:10 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (8, 'walk_in', 1793265000, 'new_car', 1, 4, 5, 5, 0, 7, 1793265000);

-- visit 9: V14 in the week; Thu 2026-10-29 14:00 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (9, 'walk_in', 1793278800, 'new_car', 1, 3, 22, 22, 0, 7, 1793278800);

-- visit 10: H2 hotline call: not traffic; Thu 2026-10-29 15:00 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (10, 'phone', 1793282400, 'new_car', 0, 2, 1, 1, 0, 7, 1793282400);

-- visit 11: V12 in the week, web lead walks in, test drive; Thu 2026-10-29 18:15 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (11, 'walk_in', 1793294100, 'new_car', 1, 2, 12, 11, 1, 7, 1793294100);

-- visit 12: V7 in the week: recorded as the duplicate's first visit, moved to 6 by the merge, no longer first; Fri 2026-10-30 17:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (12, 'walk_in', 1793377800, 'new_car', 0, 3, 6, 12, 0, 7, 1793377800);

-- visit 13: V8 in the week, test drive; Sat 2026-10-31 10:00 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (13, 'walk_in', 1793437200, 'new_car', 1, 2, 8, 7, 1, 7, 1793437200);

-- visit 14: V9 in the week, repeat visit, test drive; Sat 2026-10-31 12:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (14, 'walk_in', 1793446200, 'new_car', 0, 2, 1, 1, 1, 7, 1793446200);

-- visit 15: V10 Sunday 23:30: in the week; Sun 2026-11-01 23:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (15, 'walk_in', 1793572200, 'new_car', 1, 4, 9, 8, 0, 7, 1793572200);

-- visit 16: V11 Monday 00:30: after the week; Mon 2026-11-02 00:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (16, 'walk_in', 1793575800, 'new_car', 1, 3, 10, 9, 0, 7, 1793575800);

-- visit 17: first visit of customer 4, week 41; Sat 2026-10-10 11:00 CEST
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (17, 'walk_in', 1791622800, 'new_car', 1, 2, 4, 4, 0, 7, 1791622800);

-- visit 18: P5 Sunday 18 Oct 23:30: before the previous week; Sun 2026-10-18 23:30 CEST
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (18, 'walk_in', 1792359000, 'new_car', 1, 2, NULL, NULL, 0, 7, 1792359000);

-- visit 19: P3 previous week, email, test drive, no lead; Mon 2026-10-19 10:00 CEST
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (19, 'walk_in', 1792396800, 'new_car', 1, 4, 32, NULL, 1, 7, 1792396800);

-- visit 20: P4 previous week, repeat visit; Tue 2026-10-20 15:00 CEST
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (20, 'walk_in', 1792501200, 'new_car', 0, 2, 4, 4, 0, 7, 1792501200);

-- visit 21: H3 hotline call in the previous week: not traffic; Wed 2026-10-21 11:00 CEST
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (21, 'phone', 1792573200, 'new_car', 1, 4, 17, 17, 0, 7, 1792573200);

-- visit 22: P1 previous week, first visit of the kept record 6; Thu 2026-10-22 12:00 CEST
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (22, 'walk_in', 1792663200, 'new_car', 1, 3, 6, 6, 0, 7, 1792663200);

-- visit 23: P2 previous week, Sunday 23:30 (DST day), anonymous; Sun 2026-10-25 23:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (23, 'walk_in', 1792967400, 'new_car', 1, 2, NULL, NULL, 0, 7, 1792967400);

-- visit 24: Y3 the day before last year's week; Sun 2025-10-26 12:00 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (24, 'walk_in', 1761476400, 'new_car', 1, 2, NULL, NULL, 0, 7, 1761476400);

-- visit 25: Y1 last year's week; Wed 2025-10-29 11:00 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (25, 'walk_in', 1761732000, 'new_car', 1, 2, 33, NULL, 0, 7, 1761732000);

-- visit 26: Y2 last year's week, repeat, test drive; Sat 2025-11-01 10:00 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (26, 'walk_in', 1761987600, 'new_car', 0, 2, 33, NULL, 1, 7, 1761987600);

-- visit 27: Y5 last year's week, Sunday 23:30, anonymous; Sun 2025-11-02 23:30 CET
INSERT INTO visits (id, channel, arrived_at, purpose, first_visit, consultant_id, customer_id, lead_id, test_drive, created_by, created_at) VALUES (27, 'walk_in', 1762122600, 'new_car', 1, 4, NULL, NULL, 0, 7, 1762122600);

-- activity: test_drive by user 2 on lead 1, Sat 2026-10-31 12:45 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (1, 1, 2, 'test_drive', 1793447100, 'test_drive', 1793447100);

-- activity: offer by user 2 on lead 1, Sat 2026-10-31 13:30 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (1, 1, 2, 'offer', 1793449800, 'offer', 1793449800);

-- activity: test_drive by user 2 on lead 3, Tue 2026-10-27 11:30 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (3, 3, 2, 'test_drive', 1793097000, 'test_drive', 1793097000);

-- activity: offer by user 2 on lead 3, Tue 2026-10-27 12:00 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (3, 3, 2, 'offer', 1793098800, 'offer', 1793098800);

-- activity: test_drive by user 2 on lead 4, Wed 2026-10-28 17:00 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (4, 4, 2, 'test_drive', 1793203200, 'test_drive', 1793203200);

-- activity: offer by user 2 on lead 4, Wed 2026-10-28 17:05 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (4, 4, 2, 'offer', 1793203500, 'offer', 1793203500);

-- activity: test_drive by user 2 on lead 7, Sat 2026-10-31 10:30 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (8, 7, 2, 'test_drive', 1793439000, 'test_drive', 1793439000);

-- activity: call by user 3 on lead 10, Wed 2026-10-28 09:30 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (11, 10, 3, 'call', 1793176200, 'call', 1793176200);

-- activity: offer by user 3 on lead 10, Thu 2026-10-29 10:00 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (11, 10, 3, 'offer', 1793264400, 'offer', 1793264400);

-- activity: call by user 2 on lead 11, Wed 2026-10-28 09:10 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (12, 11, 2, 'call', 1793175000, 'call', 1793175000);

-- activity: test_drive by user 2 on lead 11, Thu 2026-10-29 18:30 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (12, 11, 2, 'test_drive', 1793295000, 'test_drive', 1793295000);

-- activity: offer by user 2 on lead 11, Fri 2026-10-30 11:00 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (12, 11, 2, 'offer', 1793354400, 'offer', 1793354400);

-- activity: test_drive by user 3 on lead 13, Tue 2026-10-27 16:00 CET
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (13, 13, 3, 'test_drive', 1793113200, 'test_drive', 1793113200);

-- activity: offer by user 2 on lead 13, Wed 2026-10-28 10:00 CET (Anna writes the offer on Ben's lead)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (13, 13, 2, 'offer', 1793178000, 'offer', 1793178000);

-- activity: test_drive by user 4 on lead 16, Sat 2026-10-31 11:30 CET (at the Open House)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (16, 16, 4, 'test_drive', 1793442600, 'test_drive', 1793442600);

-- activity: test_drive by user 4 on lead -, Thu 2026-10-29 15:00 CET (no lead)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (5, NULL, 4, 'test_drive', 1793282400, 'test_drive', 1793282400);

-- activity: offer by user 2 on lead 20, Sun 2026-10-25 20:00 CET (before the week)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (20, 20, 2, 'offer', 1792954800, 'offer', 1792954800);

-- activity: test_drive by user 3 on lead 12, Mon 2026-11-02 00:15 CET (Monday 00:15: after the week)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (6, 12, 3, 'test_drive', 1793574900, 'test_drive', 1793574900);

-- activity: manager_comment by user 1 on lead 6, Fri 2026-10-30 18:00 CET (on Ben's lead)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (6, 6, 1, 'manager_comment', 1793379600, 'manager_comment', 1793379600);

-- activity: manager_comment by user 1 on lead 14, Fri 2026-10-30 10:05 CET (on Carla's lead)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (14, 14, 1, 'manager_comment', 1793351100, 'manager_comment', 1793351100);

-- activity: manager_comment by user 1 on lead 1, Mon 2026-11-02 08:00 CET (after the week)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (1, 1, 1, 'manager_comment', 1793602800, 'manager_comment', 1793602800);

-- activity: manager_comment by user 1 on lead 3, Tue 2026-10-27 17:00 CET (on Anna's lead)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (3, 3, 1, 'manager_comment', 1793116800, 'manager_comment', 1793116800);

-- activity: note by user 3 on lead 2, Tue 2026-10-27 09:00 CET (a note counts nowhere)
INSERT INTO activities (customer_id, lead_id, user_id, kind, occurred_at, subject, created_at) VALUES (2, 2, 3, 'note', 1793088000, 'note', 1793088000);

-- task: follow_up of user 2 on lead 1, due Mon 2026-11-02 10:00 CET (due after the week)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (1, 1, 2, 'follow_up', 'follow_up', 1793610000, NULL, NULL, '', 2, 1793523600);

-- task: call_back of user 3 on lead 2, due Wed 2026-10-28 10:00 CET, done Wed 2026-10-28 10:05 CET (done)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (2, 2, 3, 'call_back', 'call_back', 1793178000, 1793178300, 3, 'Done', 3, 1793091600);

-- task: follow_up of user 4 on lead 5, due Sat 2026-10-31 10:00 CET (open: overdue)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (5, 5, 4, 'follow_up', 'follow_up', 1793437200, NULL, NULL, '', 4, 1793350800);

-- task: follow_up of user 3 on lead 6, due Fri 2026-10-30 10:00 CET, done Mon 2026-11-02 09:00 CET (done after the week)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (6, 6, 3, 'follow_up', 'follow_up', 1793350800, 1793606400, 3, 'Done', 3, 1793264400);

-- task: appointment of user 2 on lead 11, due Thu 2026-10-29 18:00 CET, done Thu 2026-10-29 18:15 CET (not a follow-up)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (11, 12, 2, 'appointment', 'appointment', 1793293200, 1793294100, 2, 'Done', 2, 1793206800);

-- task: follow_up of user 6 on lead 19, due Tue 2026-10-27 10:00 CET (inactive consultant's open task: overdue)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (19, 19, 6, 'follow_up', 'follow_up', 1793091600, NULL, NULL, '', 6, 1793005200);

-- task: follow_up of user 2 on lead 20, due Sun 2026-10-25 18:00 CET (due before the week)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (20, 20, 2, 'follow_up', 'follow_up', 1792947600, NULL, NULL, '', 2, 1792861200);

-- task: follow_up of user 3 on lead 12, due Sun 2026-11-01 20:00 CET (open: overdue)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (12, 6, 3, 'follow_up', 'follow_up', 1793559600, NULL, NULL, '', 3, 1793473200);

-- task: call_back of user 2 on lead 11, due Fri 2026-10-30 15:00 CET, done Fri 2026-10-30 14:00 CET (done early)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (11, 12, 2, 'call_back', 'call_back', 1793368800, 1793365200, 2, 'Done', 2, 1793282400);

-- task: follow_up of user 4 on lead 24, due Wed 2026-10-28 09:00 CET, done Wed 2026-10-28 09:30 CET (done)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (24, 24, 4, 'follow_up', 'follow_up', 1793174400, 1793176200, 4, 'Done', 4, 1793088000);

-- task: follow_up of user 2 on lead 4, due Tue 2026-10-27 10:00 CET (open: overdue)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (4, 4, 2, 'follow_up', 'follow_up', 1793091600, NULL, NULL, '', 2, 1793005200);

-- task: other of user 2 on lead 3, due Thu 2026-10-29 09:00 CET (not a follow-up)
INSERT INTO tasks (lead_id, customer_id, assignee_id, kind, title, due_at, done_at, done_by, result, created_by, created_at) VALUES (3, 3, 2, 'other', 'other', 1793260800, NULL, NULL, '', 2, 1793174400);

-- deal 1 on lead 3 by user 2: signed Tue 2026-10-27 16:00 CET; bank sent Wed 2026-10-28 10:00 CET; bank approved Fri 2026-10-30 14:00 CET (loan sent and approved in the week)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (1, 3, 3, 2, 'private', 3200000, 150000, 'credit', '2026-11-20', 'open', 1793113200, NULL, 1793178000, 1793365200, 1793113200);

-- deal 2 on lead 4 by user 2: signed Thu 2026-10-29 11:00 CET
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (2, 4, 4, 2, 'private', 2500000, 0, 'cash', '2026-11-10', 'open', 1793268000, NULL, NULL, NULL, 1793268000);

-- deal 3 on lead 7 by user 2: signed Sat 2026-10-31 15:00 CET; delivered Sat 2026-10-31 17:00 CET (delivered without a promised date)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (3, 7, 8, 2, 'private', 1890000, 40000, 'lease', NULL, 'delivered', 1793455200, 1793462400, NULL, NULL, 1793455200);

-- deal 4 on lead 13 by user 3: signed Fri 2026-10-30 12:00 CET; bank sent Sat 2026-10-31 10:00 CET; bank approved Tue 2026-11-03 10:00 CET (loan sent in the week, approved after it)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (4, 13, 13, 3, 'private', 4100000, 100000, 'credit', '2026-12-01', 'open', 1793358000, NULL, 1793437200, 1793696400, 1793358000);

-- deal 5 on lead 28 by user 4: signed Tue 2026-10-27 10:00 CET (cancelled: no sale)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (5, 28, 28, 4, 'private', 3000000, 0, 'cash', NULL, 'cancelled', 1793091600, NULL, NULL, NULL, 1793091600);

-- deal 6 on lead 29 by user 3: signed Sun 2026-09-20 11:00 CEST; delivered Fri 2026-10-30 10:00 CET; bank sent Tue 2026-09-22 10:00 CEST; bank approved Fri 2026-09-25 10:00 CEST (delivered on the promised date)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (6, 29, 29, 3, 'private', 2800000, 50000, 'credit', '2026-10-30', 'delivered', 1789894800, 1793350800, 1790064000, 1790323200, 1789894800);

-- deal 7 on lead 30 by user 2: signed Thu 2026-10-01 15:00 CEST; delivered Wed 2026-10-28 11:00 CET; bank sent Fri 2026-10-02 10:00 CEST; bank approved Mon 2026-10-26 08:00 CET (loan approved in the week, delivered a day late)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (7, 30, 30, 2, 'private', 3500000, 0, 'credit', '2026-10-27', 'delivered', 1790859600, 1793181600, 1790928000, 1792998000, 1790859600);

-- deal 8 on lead 31 by user 3: signed Mon 2026-10-05 12:00 CEST; delivered Fri 2026-10-30 00:30 CET (delivered Friday 00:30 local (Thursday in UTC): late)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (8, 31, 31, 3, 'private', 2200000, 0, 'cash', '2026-10-29', 'delivered', 1791194400, 1793316600, NULL, NULL, 1791194400);

-- deal 9 on lead - by user 3: signed Sun 2026-10-25 18:00 CET; bank sent Mon 2026-11-02 09:00 CET (signed before the week, loan sent after it)
INSERT INTO deals (id, lead_id, customer_id, consultant_id, buyer_kind, list_price_cents, discount_cents, payment, promised_delivery_on, status, signed_at, delivered_at, bank_sent_at, bank_approved_at, created_at) VALUES (9, NULL, 29, 3, 'private', 1500000, 0, 'credit', '2026-11-15', 'open', 1792947600, NULL, 1793606400, NULL, 1792947600);

-- deal 1: accessories item 'All-season floor mats' sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (1, 'accessories', 1, 'All-season floor mats', 0, 'sold', '', 8900);

-- deal 1: accessories item 'Tow bar' not_sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (1, 'accessories', 2, 'Tow bar', 0, 'not_sold', 'too_expensive', 69000);

-- deal 1: accessories item 'Winter wheels' sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (1, 'accessories', 3, 'Winter wheels', 0, 'sold', '', 129000);

-- deal 1: delivery item 'Car ordered' done
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (1, 'delivery', 4, 'Car ordered', 1, 'done', '', NULL);

-- deal 2: accessories item 'All-season floor mats' sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (2, 'accessories', 1, 'All-season floor mats', 0, 'sold', '', 8900);

-- deal 2: accessories item 'Paint protection' not_sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (2, 'accessories', 2, 'Paint protection', 0, 'not_sold', 'too_expensive', 34900);

-- deal 4: accessories item 'Winter wheels' sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (4, 'accessories', 1, 'Winter wheels', 0, 'sold', '', 129000);

-- deal 4: accessories item 'Tow bar' sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (4, 'accessories', 2, 'Tow bar', 0, 'sold', '', 69000);

-- deal 4: accessories item 'Paint protection' not_sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (4, 'accessories', 3, 'Paint protection', 0, 'not_sold', 'too_expensive', 34900);

-- deal 4: accessories item 'All-season floor mats' open
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (4, 'accessories', 4, 'All-season floor mats', 0, 'open', '', 8900);

-- deal 5: accessories item 'All-season floor mats' sold
INSERT INTO deal_checklist_items (deal_id, kind, position, title, required, status, not_sold_reason, price_cents) VALUES (5, 'accessories', 1, 'All-season floor mats', 0, 'sold', '', 8900);
