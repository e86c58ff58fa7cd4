<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
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
        <source>search index</source>
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
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least a first or last name.</source>
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
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot sign in</source>
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
    <name>showroom::MainWindow</name>
    <message>
        <source>The reception desk: log every walk-in within 30 seconds (arrival time, consultant, purpose, first or repeat visit), hotline calls and test-drive bookings, and follow today&apos;s info-retention rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals on their way to the customer: delivery dates with reminders, loan documents, accessories and the printed handover protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly report: showroom traffic, funnel, sources and campaigns, lost reasons and consultant figures, ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles, stages, lead sources, lost reasons, assignment and response-time rules, and business hours.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>showroom::PipelineSummaryPage</name>
    <message>
        <source>The drag-and-drop board of open leads will live here. Until then, this table counts the leads in each stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads in all stages</source>
        <translation>
            <numerusform>%Ln lead in all stages</numerusform>
            <numerusform>%Ln leads in all stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
