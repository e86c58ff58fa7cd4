-- Schema 10: where leads that arrive by themselves are attributed. Each channel (the watched
-- folder, the mailbox) has a lead source and optionally a campaign of that source; ADF provider
-- names map to sources, one "provider=source key" a line. Empty: the provider's own name when a
-- source has it, else the channel's source.
INSERT INTO settings (key, value) VALUES
    ('intake.folder.source', ''),
    ('intake.folder.campaign', ''),
    ('intake.mailbox.source', ''),
    ('intake.mailbox.campaign', ''),
    ('intake.providers', '');
