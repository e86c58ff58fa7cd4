<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityService</name>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity cannot happen in the future; plan a follow-up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Adf</name>
    <message>
        <source>The request date &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect has no phone number or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ADF is not valid XML (%1); the contact data was taken from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid ADF (%1) and holds no phone number or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no ADF prospect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marketing consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marketing consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>“%1” of deal #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1 is closed; its checklists can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its document: attach the scan or PDF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan application already went to the bank; %1 stays done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accessory can be recorded as not sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why %1 was not sold: the reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reason “%1” for an accessory not sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 25 MB; scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored document %1 does not match its checksum; it was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank already approved the loan; %1 stays done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due days must be within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model the accessories are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already are accessories for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new template could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open; a new one is created and filled with demo data (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database in shared mode, for a file on a network share that several desks use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the password is read from the environment variable SHOWROOM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing in, save a picture of every page into this folder and quit (needs --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs the password in the environment variable SHOWROOM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --user (and SHOWROOM_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPersonService</name>
    <message>
        <source>Enter the contact person&apos;s first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was merged into customer #%2; edit that customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only company customers have contact persons; “%1” is a private person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no valid country code. Start it with + and the country code, e.g. +49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (check the digits and the country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The quoted field starting on line %1 is never closed: a &quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardService</name>
    <message>
        <source>“%1” was merged into customer #%2; create the lead there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the lead came from (its source).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMergeService</name>
    <message>
        <source>A customer record cannot be merged into itself. Choose two different records of the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen values belong to customer #%1, not to the kept record #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3. Merge with that customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer “%1” was changed on another desk since you opened the merge. Nothing was merged; look at the records again and repeat the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons</source>
        <translation>
            <numerusform>%n contact person</numerusform>
            <numerusform>%n contact persons</numerusform>
        </translation>
    </message>
    <message>
        <source>1 consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n consent record</numerusform>
            <numerusform>%n consent records</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>1 earlier merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merged records</source>
        <translation>
            <numerusform>%n earlier merged record</numerusform>
            <numerusform>%n earlier merged records</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 test drive booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test drive bookings</source>
        <translation>
            <numerusform>%n test drive booking</numerusform>
            <numerusform>%n test drive bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Showroom database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Showroom. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Showroom (database version %2; this version understands up to %3). Please update Showroom. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom on the other desks and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a new database with demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the file right now. Wait a moment, then start Showroom CRM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Showroom database with --db, or start without --db to use your own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version of Showroom CRM to open this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>Deal %1: %2, %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price, --discount and --deposit are amounts like 28500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payment is cash, credit or lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--buyer is private or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delivery is a date like 2026-12-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal show needs DEAL_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  blocks sending to the bank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs DEAL_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist tick|not-sold needs DEAL_ID ITEM_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist not-sold needs --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not belong to deal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist needs tick or not-sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not done, document not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: document not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for deal %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal needs create, show, send-to-bank, bank-approved, deliver or print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPrinter</name>
    <message>
        <source>Offer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deal no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financed by a loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the dealership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory order, delivery promised for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VEHICLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sales consultant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Deal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales call: how is the new car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to the “second delivery” evening on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid in cash: there is no loan application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan application of %1 was already sent to the bank on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan application cannot go to the bank yet. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already delivered or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a factory order without a vehicle yet: add the arrived car (with its VIN) to the stock and to the deal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car cannot be handed over yet. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has deal #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (VIN %2) is not available: it is reserved, sold or delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car from stock, or describe the factory order (make, model, trim, colour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factory order needs the delivery date promised to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised delivery date %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be between 0 and the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit or trade-in value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the trade-in&apos;s make and model (or leave the trade-in empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade-in&apos;s year %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade-in&apos;s mileage cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory #%1 is not offered for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the promised delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank already approved the loan of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan application of %1 has not been sent to the bank yet: send it first, then record the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan application does not go to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealText</name>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database lacks the default entry “%1” in %2 that the demo data needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds users or customers. Demo data is only generated into a new, empty database; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be generated into an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderIntake</name>
    <message>
        <source>Record %1%2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ADF, email or vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>Message %1 is no longer in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the login “%2”; check the login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 offers no encrypted connection (STARTTLS); use imaps:// or a server that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message in %1 is larger than %2 MB; it was left in the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: this computer does not trust the server&apos;s certificate (%2). A mail server with a certificate of its own needs that certificate given as the server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import %1 needs one or more files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2%3: %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 created, %3 linked to known customers, %4 imported before, %5 to review, %6 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lead(s), moved to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the format: adf, eml, vcard or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map is for csv lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake run needs --folder DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake imap needs the password: --password-file FILE or the environment variable SHOWROOM_IMAP_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: message %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 message(s), %3 lead(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake imap needs --url imaps://HOST/INBOX and --login L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs whole minutes, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake needs run --folder DIR, or imap --url URL --login L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign needs the campaign&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSources</name>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead source fits; choose one with --source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp; car selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-up / delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock / colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-in value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadIntakeService</name>
    <message>
        <source>Imported before, on %1, as lead %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid phone number or email (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not begin a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead imported from a vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead from an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead imported from ADF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid, not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of leads needs the source it came from (--source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 columns, the mapping names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a phone number or an email; map the columns by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead imported from a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; only a manager can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot take leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” is retired; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead is only lost with a reason: use “Mark as lost” on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to a consultant before moving it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lost; a manager reopens it with “Reopen”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostService</name>
    <message>
        <source>%1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why %1 is lost: the reason is never optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason “%1” is retired; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason “%1” needs a comment saying what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not waiting for a lost approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is not lost: the consultant reads your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only who asked can take back the lost request on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1 into an open stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxAddress</name>
    <message>
        <source>“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox address “%1” names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login and password separately, not in the mailbox address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox address “%1” has more than a folder after the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxPassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keychain: the mailbox password is kept in the settings file %1 in plain text. Anyone who can read your files can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox password could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>Lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no first contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: %1 is still waiting for a first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approve “lost”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was closed as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in the unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manager commented on a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response deadline (%1 business minutes after the lead arrived) passed at %2. A call, email, SMS or visit stops the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first contact %1 business minutes after the deadline of %2; the consultant is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment rule (%1) chose you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to close it as lost: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved your request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not approve “lost”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was invited for %1 and has not come within %2 days; the lead left %3 for reassignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: delivery due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the promised delivery date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The car (%1) was promised for %2. Reminders start %n day(s) before.</source>
        <translation>
            <numerusform>The car (%1) was promised for %2. Reminders start %n day before.</numerusform>
            <numerusform>The car (%1) was promised for %2. Reminders start %n days before.</numerusform>
        </translation>
    </message>
    <message>
        <source>The car (%1) was promised for %2 and is not handed over yet. Agree a new date with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist was due on %2 and is still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>log showroom visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on other consultants&apos; leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve lost leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log calls and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment as manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the vehicle stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view every consultant&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>there is no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead assign needs LEAD_ID CONSULTANT_LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is now with %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY: the reason is never optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reasons: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 waits for a manager to approve “lost”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead take needs LEAD_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is now yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead approve-lost needs LEAD_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT: the consultant reads why the lead is not lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 went back to its consultant in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead reopen needs LEAD_ID [--stage KEY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is open again in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s), %2 in total</source>
        <translation>
            <numerusform>%1: %n lead, %2 in total</numerusform>
            <numerusform>%1: %n leads, %2 in total</numerusform>
        </translation>
    </message>
    <message>
        <source>rules needs run [--now 2026-11-23T10:30] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time like 2026-11-23T10:30 or 2026-11-23T09:30:00Z, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on lead %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineConfigService</name>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” always starts the pipeline and cannot move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won and Lost always come last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” is part of every pipeline and cannot be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are still in “%1”; move them to another stage first.</source>
        <translation>
            <numerusform>%n lead is still in “%1”; move it to another stage first.</numerusform>
            <numerusform>%n leads are still in “%1”; move them to another stage first.</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a lost reason “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one lost reason: a lead is never lost without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response time is between 1 minute and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>W%1</source>
        <extracomment>Short for a calendar week on a chart axis, e.g. &quot;W47&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year on a chart axis, e.g. &quot;Q1 26&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 first visits, %3 repeat visits. Click to list the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins by hour of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3 walk-ins. Click to list the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel: leads that reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 leads reached this stage, %3 entered it. Click to list the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A funnel stage on the chart axis with its conversion to the next stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and sales by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 sales. Click to list the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 leads lost. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>There is no source “%1”; the source keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs weekly and one of --pdf FILE or --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report weekly takes --week or --from and --to, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report weekly needs both --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build); use --json instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportService</name>
    <message>
        <source>Choose a file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder or a device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.</source>
        <translation>
            <numerusform>A CSV file holds one table, and this export has %n table. Export them as an Excel workbook (one sheet per table), or one table at a time.</numerusform>
            <numerusform>A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not recorded in the audit log, so %1 was removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;25.0%&quot;; %1 is the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points, the difference of two rates</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>“%1” is not an ISO week; write it like 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not week %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-11-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most three years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 may see only his or her own figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads by reason and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory attach rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries and loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan applications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message numerus="yes">
        <source>Did not come within %n days of the invitation</source>
        <translation>
            <numerusform>Did not come within %n day of the invitation</numerusform>
            <numerusform>Did not come within %n days of the invitation</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned by the assignment rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought a used car from a private seller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use two letters such as DE, AT, CH, RU, UA or CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days are numbers from 1 (Monday) to 7 (Sunday), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a card field; known are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; use a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not “provider name=source key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than the channel&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCommands</name>
    <message>
        <source>  [test drive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle add needs --vin VIN --make MAKE --model MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year like 2026, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--condition is one of new, used, demo, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--in-transit needs the expected date like 2026-12-15, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle import needs FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testdrive book needs LEAD_ID --vin VIN --at DATE_TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time like 2026-11-24T14:00, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes needs a positive number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testdrive cancel needs BOOKING_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle needs add, list or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testdrive needs book or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>“%1” is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-12-01 or 01.12.2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition “%1” is unknown (new, used or demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is set by a deal, not by a stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is unknown (in stock or in transit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: “%1” is not a model year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the make of the car (for example VW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model of the car (for example Golf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible model year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car in transit needs the date it is expected to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a deal (reserved, sold or delivered); its status follows the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car is reserved, sold and delivered through its deal, not in the stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new car is in stock or in transit; deals reserve and sell it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN %1 is already in the stock list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no VIN column: its header line needs a column “VIN” (or “FIN”). Found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN %1 already appeared on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockText</name>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit, expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo car</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Your change was not saved; reload to see the current state and apply it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact person #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. It was not removed; reload to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lost reason “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist item #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist template item #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no test-drive booking #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vehicle #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle with the VIN %1 is in the stock list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>activity add needs LEAD_ID --kind KIND --outcome TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of call, email, sms, visit, note, test_drive, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction is in or out, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activity %1 logged; the first response on lead %2 took %n business minute(s)</source>
        <translation>
            <numerusform>Activity %1 logged; the first response on lead %2 took %n business minute</numerusform>
            <numerusform>Activity %1 logged; the first response on lead %2 took %n business minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 logged on lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task add needs LEAD_ID --due DATE_TIME --title TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due needs an ISO 8601 date and time like 2026-11-24T10:00, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of follow_up, call_back, appointment, test_drive, other, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task done needs TASK_ID --result TEXT: what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #%1 %2  %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity needs add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task needs add or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call, day %1 after the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the result: what came of the follow-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back as promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule · day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by a rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by the follow-up rule: day %1 after the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestDriveService</name>
    <message>
        <source>The %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test drive needs a date, a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test drive must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test drive lasts at most 4 hours; this one would take %1 h %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a test-drive car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold and no longer available for test drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked for a test drive %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test drive #%1 is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share is a whole number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The card has no phone number or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vin</name>
    <message>
        <source>A VIN never contains the letter I (position %1): it would be read as 1. Type the digit 1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN never contains the letter O (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN never contains the letter Q (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VIN (17 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A VIN has 17 characters; this one has %n.</source>
        <translation>
            <numerusform>A VIN has 17 characters; this one has %n.</numerusform>
            <numerusform>A VIN has 17 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A VIN holds only the letters A–Z and the digits 0–9; “%1” at position %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (position 9) should be %1 but is %2: a character of this VIN is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VIN carries no check digit (usual outside North America and China); length and characters were checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Customer #%1 was merged into #%2; link the visit to that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party size must be between 1 and 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name, phone number or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit #%1 already belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visitor already left at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure time is before the arrival time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyReportPrinter</name>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info-retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <comment>consultants</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <comment>sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly-report</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-visit closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead moved through the funnel in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads that reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads or sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and sales per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign had leads, sales or costs in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead was lost in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead was lost in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultant had figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column title “%1” is too long for Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” holds a text longer than the %L3 characters an Excel cell can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” could not be written: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most %L4 rows below its header and %L5 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel does not accept “%1” as a sheet name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::AccessoryChoiceModel</name>
    <message>
        <source>Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers take it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colleagues should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing: we called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: the customer called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::AddContactDialog</name>
    <message>
        <source>Add the visitor&apos;s contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit at %1. Whatever the visitor gives counts: a phone number or an email address captures the contact and opens a lead for the consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact data was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::AssignmentForm</name>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign new leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned leads are watched by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are reminded when a lead in the queue is not taken within its response time. Lead sources can have their own rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares under weighted assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each consultant receives new leads in proportion to their share, e.g. 40 and 60. Consultants who are off duty or busy are skipped; 0 takes no leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the shares: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager gives every new lead to a consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads go in turn to the consultants who are on duty and not busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads go to the consultants on duty in proportion to their shares below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads wait in a shared pool; the consultants take them themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::AvailabilitySwitch</name>
    <message>
        <source>My availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are at your desk and take new leads and walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a customer: no new leads are given to you until you are available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at work: you get no leads and the reception does not offer you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your availability was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new leads while busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leads, not offered at the reception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::BoardActions</name>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Move %n lead to %1</numerusform>
            <numerusform>Move %n leads to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>Assign %n lead</numerusform>
            <numerusform>Assign %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 not lost? The consultant reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal belongs to one lead. Drop the leads on Won one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::BoardColumnView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when won · %n in 7 days</source>
        <translation>
            <numerusform>Drop when won · %n in 7 days</numerusform>
            <numerusform>Drop when won · %n in 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when lost · %n</source>
        <translation>
            <numerusform>Drop when lost · %n</numerusform>
            <numerusform>Drop when lost · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::BoardFilterBar</name>
    <message>
        <source>My leads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ days in stage</source>
        <translation>
            <numerusform>%n+ day in stage</numerusform>
            <numerusform>%n+ days in stage</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, car, consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::BoardModel</name>
    <message>
        <source>Lead #%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::BoardPage</name>
    <message>
        <source>Open customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule test drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to the showroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lost: return with a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected leads from the unassigned pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign: drop cards on a consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) match the filter</source>
        <translation>
            <numerusform>%1 of %n lead matches the filter</numerusform>
            <numerusform>%1 of %n leads match the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::CampaignBox</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CardActions</name>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on this customer&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call with this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new sales opportunity for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call or visit for the selected (or newest) open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;test drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a test drive for the selected (or newest) open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open lead to plan for. Start one with “New lead…” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” planned for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer buys: the deal form for the selected (or newest) open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal card with its delivery checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open lead to close with a deal. Start one with “New lead…” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CardDelegate</name>
    <message>
        <source>no car chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost? waiting for approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CardFieldsForm</name>
    <message>
        <source>Shown on every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card shows the customer&apos;s name. Fewer fields keep the board calm; more help to decide at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model the customer asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in, phone, website form, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value for walk-ins, value for calls, chats and web forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the lead has been in its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next planned call or appointment is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to contact a new lead, red when missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected price of the deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CheckedField</name>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemDialog</name>
    <message>
        <source>Edit the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Winter wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Proof of income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Number plates fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required: must be done before the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document needed: done only with a file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 299,00 (%1); empty: no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer wants it, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative: after the promised delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemModel</name>
    <message>
        <source>on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this many days before the promised delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this many days after the contract was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required item must be done before the next step (bank, handover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item counts as done only with a scan or file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n attached</numerusform>
            <numerusform>%n attached</numerusform>
        </translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document must be attached before this item can be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistPanel</name>
    <message>
        <source>&amp;Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer takes the selected accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item as done by you, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to open (a mistake); attached documents stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not sold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer did not take it: record why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a scan or PDF with the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected item&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistTemplateListModel</name>
    <message>
        <source>Loan documents — private buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories — all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistsSection</name>
    <message>
        <source>The loan file can go to the bank only when every required item is done and, where a document is needed, attached. Items are due this many days after the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps until the car is handed over, dated back from the promised delivery date; the consultant is reminded the day before a step is due and when it is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone through with the customer at the handover and printed on the handover protocol the customer signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is offered to the buyer and recorded as sold, or as not sold with the reason. A model&apos;s own list replaces the one for all models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add accessories for a &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of accessories offered only with one model, e.g. Golf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item at the end of this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected item (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deals no longer get this item; running deals keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One place earlier in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One place later in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new deal copies these checklists; changes here are saved at once and do not alter deals already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new deal copies these checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklists could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories for a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model these accessories are offered with, e.g. Golf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessories were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this checklist? New deals no longer get it; deals already running keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CompleteTaskDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it, e.g. “reached, test drive on Friday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next step afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ConflictDialog</name>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved on another desk while you were editing. Choose for each field which value to keep; fields you changed are marked and keep your value unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the other desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ConsentEditor</name>
    <message>
        <source>given — recorded with today&apos;s date when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn — recorded with today&apos;s date when you save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantStrip</name>
    <message>
        <source>Drop lead cards on a consultant to assign them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n open</source>
        <translation>
            <numerusform>%1
%2 · %n open</numerusform>
            <numerusform>%1
%2 · %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantTableModel</name>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads
assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First
response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response
breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups
due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups
done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test
drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories
offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories
sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager
comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a consultant to list his leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads now his that were assigned to him in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median business time to the first response, over his leads created in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His leads created in the period that missed the response deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His leads created in the period that were escalated to a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up and call-back tasks due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones still open after their due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drives he logged in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers he logged in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals he signed in the period (not cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price minus discount of those deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories offered on those deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories sold on those deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories sold / offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager comments on his leads in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): double-click to list his leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accessories offered were sold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantsTab</name>
    <message>
        <source>Figures attributed to each consultant in the period. Click a column title to sort, hover it for what it counts, right-click it to show more columns; double-click a consultant to list his leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ContactFields</name>
    <message>
        <source>e.g. 0151 2345678 or +49 151 2345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+L links the visit to the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to customer &lt;b&gt;%1&lt;/b&gt; (#%2): the visit is added to this customer; empty fields of the record are filled in from what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone number belongs to a customer.&lt;/b&gt; Press Ctrl+L to add the visit to them instead of creating a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches. Ctrl+L links the visit to the selected customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonDialog</name>
    <message>
        <source>Edit contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker: signs (owner, fleet manager). Vehicle user: chooses the car. Driver: drives a pool car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Fleet manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonsTab</name>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only company customers have contact persons. To add some, set “Customer is a” to Company on the Details tab and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact persons yet. Add the decision maker first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the contact persons of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardDialog</name>
    <message>
        <source>Manager comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load customer #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — customer #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at this customer but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a colleague changed this customer meanwhile. Your edits are still here; save again to compare them with the stored record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the values saved on the other desk were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this customer keeps changing on another desk. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Close the card and discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardHeader</name>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought from us before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged into customer #%1 and is kept for reference only. Work on that customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CustomerDetailsForm</name>
    <message>
        <source>e.g. 0151 23456789 or +49 151 23456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in: high value; call, chat or web form: value; others: general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colleagues should know about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company customer needs the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CustomerLeadsModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListPage</name>
    <message>
        <source>Search name, company, phone, email, VIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, company, email or VIN, or some digits of a phone number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln customers — scroll for more</source>
        <translation>
            <numerusform>Showing %Ln customer — scroll for more</numerusform>
            <numerusform>Showing %Ln customers — scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln customers</source>
        <translation>
            <numerusform>Showing the only customer</numerusform>
            <numerusform>Showing all %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match “%1”</source>
        <translation>
            <numerusform>%Ln customer matches “%1”</numerusform>
            <numerusform>%Ln customers match “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer card (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two records of the same customer to merge them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DealDialog</name>
    <message>
        <source>Deal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the commercial offer for this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the contract summary to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handover protocol for the customer&apos;s big day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one of the documents as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car was handed over to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan application went to the bank on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan file is complete and can go to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the loan application to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan application is marked as sent to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand %1 over to %2 now? The car is then delivered and the after-sales follow-ups are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered. The after-sales call is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised date not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised delivery date is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank appro&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the bank on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the bank approved the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the loan application to the bank first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s approval of the loan is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DealFormDialog</name>
    <message>
        <source>New deal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer as it stands, to print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan documents differ for private persons and companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessories could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accessories are offered for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the customer takes with the car; the others stay on the deal&apos;s accessories list to be offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the factory order: make, model, trim and colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car from the list (search by any part of the VIN), or switch to a factory order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the deal, close the lead as won and reserve the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 already has deal #%2; a lead has one deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DealHeader</name>
    <message>
        <source>&amp;Move date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise the customer this delivery date; the open delivery steps move with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;romised delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factory order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(list %1 − discount %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan application sent to the bank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan application not yet sent to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan approved by the bank %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DealTermsForm</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the colleagues should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised &amp;delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;osit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trade-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mileage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factory order needs the promised delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is more than the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which car is traded in (make and model), or uncheck the trade-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit is more than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Trade-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DealsForm</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;offer is valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the day the offer is printed; the offer shows its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind before a delivery date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultant is reminded this many days before the promised delivery date (0: on the day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call the customer after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the handover: how is the new car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Second delivery&quot; &amp;evening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month, on the last such weekday, new owners are invited back to learn their car&apos;s functions at leisure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DeliveriesPage</name>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal card with its checklists (double-click or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer card of the selected deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;delivered (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My deals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliveries could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DeliveryListModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s) overdue</source>
        <translation>
            <numerusform>%1 — %n step overdue</numerusform>
            <numerusform>%1 — %n steps overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checklist items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factory order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing dated open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the bank on %1, approved on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the bank on %1, not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownDialog</name>
    <message>
        <source>Leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer card of the selected lead (double-click or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the first %2 are shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1: double-click to open the customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::FunnelTab</name>
    <message>
        <source>Leads in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a stage to list the leads that entered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads moved to Won in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads moved to Lost in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won / new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on the day the lead was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on a later day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::HoursForm</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters, e.g. DE: numbers typed without a country code are read as this country&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times and follow-up calls count only these hours, in the dealership&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one business day; response times count only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address, phone and logo head every printed offer, contract and handover protocol.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::IntakeForm</name>
    <message>
        <source>Where arriving leads are attributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s usual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADF providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ADF lead names its sender (the provider): a provider listed here gets its source, one named like a source gets that one, any other the channel&apos;s. A campaign counts only leads of its own source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an intake &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADF, email, vCard and list files dropped there are imported within seconds, then moved to processed/ or failed/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a &amp;mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake folder: not watched on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox: not checked on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread messages become leads and are marked read; the message stays attached to the lead. imap:// must offer STARTTLS unless the server is this computer. A server certificate (PEM) is trusted besides the system&apos;s, for a mail server with a certificate of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::IntakeWatcher</name>
    <message>
        <source>No mailbox password on this desk; enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox password cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the failed folder.</source>
        <translation>
            <numerusform>%n file could not be imported; see the failed folder.</numerusform>
            <numerusform>%n files could not be imported; see the failed folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (next try at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for the first check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked at %2, no new leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: checked at %2; %n lead(s) came in at %3</source>
        <translation>
            <numerusform>%1: checked at %2; %n lead came in at %3</numerusform>
            <numerusform>%1: checked at %2; %n leads came in at %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::KpiTiles</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins recorded as the visitor&apos;s first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits whose visitor left a phone number or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads won / new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals signed in the period (not cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price minus discount of the deals signed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs prev. period</source>
        <extracomment>A tile&apos;s change against the previous period, e.g. &quot;+12% vs prev. period&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <extracomment>A tile&apos;s change against the same period last year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id (for re-imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file: every record is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source this list came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 “Import” creates the leads; rejected records and those imported before are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportModel</name>
    <message>
        <source>New customer and lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer and lead created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead for a known customer created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead to review created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Showroom CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 512 KB, printed at the top of offers, contracts and handover protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dealership&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be closed as lost. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays on your board until the manager approves. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the lead is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reason needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultant must explain the loss in a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonsSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for the selected reason (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired reasons are no longer offered; past leads keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new reason, e.g. Financing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost lead always needs one of these reasons; where a reason needs a comment, the consultant explains it too. They are the manager&apos;s most valuable figures in the weekly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reasons could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason was not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::LostTab</name>
    <message>
        <source>Lost leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a reason, or a reason&apos;s count in a stage, to list the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads whose loss was approved and that were closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses requested by the end of the period that still wait for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads lost in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Showroom CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared file: several desks work on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file: one desk works on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Showroom CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for car showrooms: walk-ins, leads, deals and deliveries.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged customer #%1 into #%2 (%3): moved %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead intake: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead intake: %1 not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the %1</source>
        <translation>
            <numerusform>%n new lead from the %1</numerusform>
            <numerusform>%n new leads from the %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record to keep and, where the two records differ, the value to keep. Everything attached to the other record moves to the kept one; the other record is archived, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the records differ, click the value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records hold the same values in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging moves %1 from record #%2 to record #%3. Record #%2 is then archived: it keeps its data and points to #%3; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #%1 has nothing attached. Merging archives it: it keeps its data and points to #%2; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::MergeFieldModel</name>
    <message>
        <source>High (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (call, chat, web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept record #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NewLeadDialog</name>
    <message>
        <source>New lead for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the lead came from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought from us before, so this lead counts as a repurchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VW ID.4 Pro, used estate car up to 20,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NotSoldDialog</name>
    <message>
        <source>Not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did the customer not take &lt;b&gt;%1&lt;/b&gt;? The reason goes into the accessories report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the accessory was not sold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NotificationButton</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NotificationCenter</name>
    <message>
        <source>The reminder rules could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NotificationListModel</name>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NotificationPanel</name>
    <message>
        <source>Mark all &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications. Reminders, escalations, assignments and comments on your follow-ups will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications — %n unread</source>
        <translation>
            <numerusform>Notifications — %n unread</numerusform>
            <numerusform>Notifications — %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications not marked read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification not marked read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::NotificationTray</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showroom CRM — %n unread notification(s)</source>
        <translation>
            <numerusform>Showroom CRM — %n unread notification</numerusform>
            <numerusform>Showroom CRM — %n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::OverviewTab</name>
    <message>
        <source>Deliveries and loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals handed over in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over on or before the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over after the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan applications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan documents sent to the bank in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loans approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans the bank approved in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ProviderSourceTable</name>
    <message>
        <source>Provider name in ADF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ReceptionPage</name>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the phone or email this visitor gave (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the departure time now (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visitors and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ReportExportDialog</name>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx): every table as a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv): one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ReportHeader</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly report as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the printed report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants see their own figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ReportsPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourc&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consul&amp;tants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are for consultants and managers.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1 (%2). Click a bar or double-click a row to list the leads behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::RulesForm</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 3, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact a new lead within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default; each lead source can have its own time (see Lead sources). Only business hours count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell the manager after a further:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the deadline the consultant, or whoever watches the unassigned queue, is reminded; if the lead is still waiting this much later, the manager is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call after a first visit on &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the visit, separated by commas. A call due on a closed day moves to the next business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign invited leads who did not come after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up days are whole numbers above zero, e.g. 1, 3, 7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::SettingsForm</name>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these settings for every desk (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::SettingsPage</name>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;&amp; follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership &amp;&amp; hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change these settings; you can look at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals &amp;&amp; after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::ShareModel</name>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change; 0 takes no leads under weighted assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::SourceDelegate</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the general rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: walked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: call, chat or web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change how soon a new lead from this source must be contacted (business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose how leads from this source find a consultant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::SourcesSection</name>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours. Double-click a time or an assignment rule to change it; the change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead sources could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead source was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::SourcesTab</name>
    <message>
        <source>Double-click a source to list its leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a campaign to list its leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::StageListModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: closes the lead as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: closes the lead as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: new leads wait here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: a consultant took the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: not on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::StagesSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for the selected stage (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column further left on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column further right on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired stages leave the board; their history stays in the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new stage, e.g. Test drive booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new stage comes last among the open stages, before Won and Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost. Changes here are saved at once and every desk sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::StockImportDialog</name>
    <message>
        <source>Import a stock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: VIN, make, model, … (English or German headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file: every row is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock list was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 Rejected rows are skipped; “Import” writes the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::StockImportModel</name>
    <message>
        <source>Will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::StockListModel</name>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test-drive car: customers can book it for test drives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::StockPage</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers keep the stock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a car to the stock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a stock list (CSV) from the importer or the factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: any part of the VIN, stock number, make or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailable only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock or in transit, not reserved or sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::TaskCommentDialog</name>
    <message>
        <source>Comment on a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice or a question for the consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice or a question for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::TestDriveDialog</name>
    <message>
        <source>Book a test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no test-drive car in the stock list yet. A manager marks cars as test-drive cars on the Stock page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a test-drive car.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::TodayModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::TodayPage</name>
    <message>
        <source>Rule · day 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected task with its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the consultant&apos;s follow-up; the consultant is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan another follow-up for the same lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer card at this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::TrafficTiles</name>
    <message>
        <source>Visitors today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time visitors whose phone or email was captured, out of all first-time visitors today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters, e.g. WVWZZZ1KZAW000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Moonstone Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32.990,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-drive car: customers can book it for test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved, sold and delivered follow the car&apos;s deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::VehicleListModel</name>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expected on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stock no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::VehiclePicker</name>
    <message>
        <source>Car from &amp;stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factory order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN (any part), stock number, make or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make, model, trim, colour and options as ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No available car matches. A factory order is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n available car(s)</source>
        <translation>
            <numerusform>%n available car</numerusform>
            <numerusform>%n available cars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::VisitForm</name>
    <message>
        <source>New walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VW ID.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat visit (was here before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel of interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet (lead queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — with %Ln visitor(s)</source>
        <translation>
            <numerusform>%1 — with %Ln visitor</numerusform>
            <numerusform>%1 — with %Ln visitors</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showroom::VisitListModel</name>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or email yet: select the visit and add the contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (still here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
