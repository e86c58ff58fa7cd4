-- Default stages, sources, lost reasons, settings and checklist templates.
-- Names are English; the UI shows the translation for known keys.

INSERT INTO stages (key, name, position, kind) VALUES
    ('unassigned', 'Unassigned', 1, 'open'),
    ('assigned', 'Assigned', 2, 'open'),
    ('contacted', 'Contacted', 3, 'open'),
    ('needs', 'Needs & car selection', 4, 'open'),
    ('offer', 'Offer', 5, 'open'),
    ('negotiation', 'Negotiation', 6, 'open'),
    ('won', 'Won', 7, 'won'),
    ('lost', 'Lost', 8, 'lost');

INSERT INTO sources (key, name, channel, response_minutes) VALUES
    ('walk_in', 'Walk-in', 'walk_in', 30),
    ('phone', 'Phone', 'remote', 30),
    ('web_form', 'Website form', 'remote', 30),
    ('portal', 'Portal', 'remote', 30),
    ('event', 'Event', 'other', 30),
    ('referral', 'Referral', 'other', 30),
    ('repurchase', 'Repurchase', 'other', 30);

INSERT INTO lost_reasons (key, name, position) VALUES
    ('price', 'Price', 1),
    ('credit_terms', 'Credit terms', 2),
    ('test_drive', 'Test drive', 3),
    ('bought_elsewhere', 'Bought elsewhere', 4),
    ('no_stock', 'No stock / colour', 5),
    ('delivery_time', 'Delivery time', 6),
    ('trade_in_value', 'Trade-in value', 7),
    ('unreachable', 'Unreachable', 8),
    ('just_browsing', 'Just browsing', 9),
    ('other', 'Other', 10);

INSERT INTO settings (key, value) VALUES
    ('dealership.name', 'Showroom'),
    ('dealership.region', 'DE'),
    ('dealership.currency', 'EUR'),
    ('response.minutes', '30'),
    ('response.escalation_minutes', '30'),
    ('business_hours.start', '09:00'),
    ('business_hours.end', '19:00'),
    ('business_hours.days', '1,2,3,4,5,6'),
    ('follow_up.days', '1,3,7'),
    ('follow_up.no_show_days', '30'),
    ('assignment.mode', 'manual');

INSERT INTO checklist_templates (id, kind, name) VALUES
    (1, 'loan_private', 'Loan documents (private buyer)'),
    (2, 'loan_company', 'Loan documents (company buyer)'),
    (3, 'delivery', 'Delivery steps'),
    (4, 'handover', 'Handover'),
    (5, 'accessories', 'Accessories');

INSERT INTO checklist_template_items (template_id, position, title, required, requires_document, price_cents, sales_argument) VALUES
    (1, 1, 'Identity card or passport', 1, 1, NULL, ''),
    (1, 2, 'Proof of income (last 3 payslips)', 1, 1, NULL, ''),
    (1, 3, 'Bank statement', 1, 1, NULL, ''),
    (1, 4, 'Signed loan application', 1, 1, NULL, ''),
    (1, 5, 'Proof of address', 0, 1, NULL, ''),
    (2, 1, 'Commercial register extract', 1, 1, NULL, ''),
    (2, 2, 'Annual financial statements (2 years)', 1, 1, NULL, ''),
    (2, 3, 'Identity card of the signatory', 1, 1, NULL, ''),
    (2, 4, 'Signed loan application', 1, 1, NULL, ''),
    (2, 5, 'Current business analysis', 0, 1, NULL, ''),
    (3, 1, 'Car ordered', 1, 0, NULL, ''),
    (3, 2, 'Car arrived', 1, 0, NULL, ''),
    (3, 3, 'Pre-delivery inspection', 1, 0, NULL, ''),
    (3, 4, 'Registration', 1, 0, NULL, ''),
    (3, 5, 'Insurance confirmed', 1, 1, NULL, ''),
    (3, 6, 'Accessories fitted', 0, 0, NULL, ''),
    (3, 7, 'Car cleaned', 1, 0, NULL, ''),
    (3, 8, 'Handover appointment agreed', 1, 0, NULL, ''),
    (4, 1, 'Walk-around of functions', 1, 0, NULL, ''),
    (4, 2, 'Documents handed over', 1, 0, NULL, ''),
    (4, 3, 'Keys handed over', 1, 0, NULL, ''),
    (4, 4, 'Customer signature', 1, 1, NULL, ''),
    (5, 1, 'All-season floor mats', 0, 0, 8900, 'Protects the carpet in winter'),
    (5, 2, 'Tow bar', 0, 0, 69000, 'Bike carrier and trailer ready'),
    (5, 3, 'Winter wheels', 0, 0, 129000, 'Ready for the first snow, fitted on delivery'),
    (5, 4, 'Paint protection', 0, 0, 34900, 'Keeps the resale value');
