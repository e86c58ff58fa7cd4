<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>The database lacks the default entry “%1” in %2 that the demo data needs.</source>
        <translation>In der Datenbank fehlt der Standardeintrag „%1“ in %2, den die Demodaten brauchen.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation>anonyme Besuche</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>Die Zahl der Demokunden muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>%1 already holds users or customers. Demo data is only generated into a new, empty database; the file was left untouched.</source>
        <translation>%1 enthält bereits Benutzer oder Kunden. Demodaten werden nur in eine neue, leere Datenbank geschrieben; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an SQLite database.</source>
        <translation>Demodaten können nur in eine SQLite-Datenbank geschrieben werden.</translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation>Das Erzeugen der Demodaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>An activity cannot happen in the future; plan a follow-up instead.</source>
        <translation>Eine Aktivität kann nicht in der Zukunft liegen; planen Sie stattdessen eine Wiedervorlage.</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another customer.</source>
        <translation>Lead #%1 gehört zu einem anderen Kunden.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>Eine Sicherung darf die Datenbank selbst nicht überschreiben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (is the disk full?): %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation>Die Sicherung konnte nicht auf den Datenträger in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>Die Sicherung konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom.</source>
        <translation>Showroom CRM: Besucher, Leads, Verkäufe und Auslieferungen eines Autohauses.</translation>
    </message>
    <message>
        <source>Database file to open; a new one is created and filled with demo data (default: %1).</source>
        <translation>Zu öffnende Datenbankdatei; eine neue wird angelegt und mit Demodaten gefüllt (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system language).</source>
        <translation>Sprache der Oberfläche: %1 (Standard: Systemsprache).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Create a new database in shared mode, for a file on a network share that several desks use.</source>
        <translation>Neue Datenbank im gemeinsamen Modus anlegen, für eine Datei auf einem Netzlaufwerk, die mehrere Arbeitsplätze nutzen.</translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the password is read from the environment variable SHOWROOM_PASSWORD.</source>
        <translation>Ohne Dialog als dieser Benutzer anmelden; das Passwort kommt aus der Umgebungsvariablen SHOWROOM_PASSWORD.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>After signing in, save a picture of every page into this folder and quit (needs --user).</source>
        <translation>Nach der Anmeldung ein Bild jeder Seite in diesem Ordner speichern und beenden (erfordert --user).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Unbekannte Sprache „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <source>--user needs the password in the environment variable SHOWROOM_PASSWORD.</source>
        <translation>--user erfordert das Passwort in der Umgebungsvariablen SHOWROOM_PASSWORD.</translation>
    </message>
    <message>
        <source>--screenshot needs --user (and SHOWROOM_PASSWORD).</source>
        <translation>--screenshot erfordert --user (und SHOWROOM_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>“%1” has no valid country code. Start it with + and the country code, e.g. +49.</source>
        <translation>„%1“ hat keine gültige Ländervorwahl. Beginnen Sie mit + und der Ländervorwahl, z. B. +49.</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (check the digits and the country code).</source>
        <translation>„%1“ ist keine gültige Telefonnummer (Ziffern und Ländervorwahl prüfen).</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse (erwartet: name@example.com).</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Ein Firmenkunde braucht den Firmennamen.</translation>
    </message>
    <message>
        <source>Enter at least a first or last name.</source>
        <translation>Geben Sie mindestens einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 gehört bereits zum Kunden „%2“ (#%3). Öffnen Sie diesen Kunden, statt ein Duplikat anzulegen.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 gehört bereits zum Kunden „%2“ (#%3).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1; it was left untouched.</source>
        <translation>Unter %1 gibt es bereits eine Datei; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Showroom database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 ist keine Showroom-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Showroom. It was left untouched.</source>
        <translation>%1 gehört zu einem anderen Programm, nicht zu Showroom. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Showroom (database version %2; this version understands up to %3). Please update Showroom. The file was left untouched.</source>
        <translation>%1 wurde von einem neueren Showroom geschrieben (Datenbankversion %2; diese Version versteht bis %3). Bitte aktualisieren Sie Showroom. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom on the other desks and try again.</source>
        <translation>%1 kann nicht auf das Journal %2 umgestellt werden (bleibt im Modus %3). Schließen Sie Showroom an den anderen Arbeitsplätzen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2</source>
        <translation>%1 ist beschädigt und wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt und wurde nicht geöffnet (Integritätsprüfung: %2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Cannot create the database</source>
        <translation>Die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Creating a new database with demo data…</source>
        <translation>Neue Datenbank mit Demodaten wird angelegt…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Die Demodaten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Another program is writing to the file right now. Wait a moment, then start Showroom CRM again.</source>
        <translation>Ein anderes Programm schreibt gerade in die Datei. Einen Moment warten und Showroom CRM erneut starten.</translation>
    </message>
    <message>
        <source>Choose a Showroom database with --db, or start without --db to use your own database.</source>
        <translation>Mit --db eine Showroom-Datenbank wählen oder ohne --db starten, um die eigene Datenbank zu verwenden.</translation>
    </message>
    <message>
        <source>Install the newer version of Showroom CRM to open this file.</source>
        <translation>Installieren Sie die neuere Version von Showroom CRM, um diese Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Restore the latest backup of this database.</source>
        <translation>Stellen Sie die letzte Sicherung dieser Datenbank wieder her.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation>Kunden %1/%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>Verkaufsberater</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Verkaufsleiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Needs &amp; car selection</source>
        <translation>Bedarf &amp; Fahrzeugwahl</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Lead #%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is closed; only a manager can reopen it.</source>
        <translation>%1 ist abgeschlossen; nur ein Verkaufsleiter kann es wieder öffnen.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 gehört einem anderen Berater.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot take leads.</source>
        <translation>%1 ist deaktiviert und kann keine Leads übernehmen.</translation>
    </message>
    <message>
        <source>%1 cannot take leads.</source>
        <translation>%1 kann keine Leads übernehmen.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The stage “%1” is retired; choose another.</source>
        <translation>Die Phase „%1“ wird nicht mehr verwendet; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>A lead is only lost with a reason: use “Mark as lost” on %1.</source>
        <translation>Ein Lead geht nur mit Grund verloren: verwenden Sie „Als verloren markieren“ für %1.</translation>
    </message>
    <message>
        <source>Assign %1 to a consultant before moving it on.</source>
        <translation>Weisen Sie %1 einem Berater zu, bevor Sie es weiterschieben.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>Der SQLite-Treiber ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving.</source>
        <translation>Die Datenbank ist belegt: ein anderer Arbeitsplatz speichert gerade.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation>Die Passwort-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Arbeitsspeicher, um das Passwort zu verschlüsseln.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>log showroom visits</source>
        <translation>Besuche im Autohaus erfassen</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>create leads</source>
        <translation>Leads anlegen</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>Leads bearbeiten</translation>
    </message>
    <message>
        <source>work on other consultants&apos; leads</source>
        <translation>Leads anderer Berater bearbeiten</translation>
    </message>
    <message>
        <source>assign leads</source>
        <translation>Leads zuweisen</translation>
    </message>
    <message>
        <source>approve lost leads</source>
        <translation>verlorene Leads bestätigen</translation>
    </message>
    <message>
        <source>log calls and notes</source>
        <translation>Anrufe und Notizen erfassen</translation>
    </message>
    <message>
        <source>comment as manager</source>
        <translation>als Verkaufsleiter kommentieren</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>%1 is not allowed to %2.</source>
        <translation>%1 darf nicht: %2.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Bildschirmfotos gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Customer “%1”</source>
        <translation>Kunde „%1“</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Es gibt keinen Kunden #%1.</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>Es gibt keinen Lead #%1.</translation>
    </message>
    <message>
        <source>There is no stage “%1”.</source>
        <translation>Es gibt keine Phase „%1“.</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>Es gibt keine Phase #%1.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>Es gibt keine Lead-Quelle „%1“.</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Please try again.</source>
        <translation>Die Datenbank ist belegt: ein anderer Arbeitsplatz speichert gerade. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Es gibt keinen Benutzer #%1.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Your change was not saved; reload to see the current state and apply it again.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz geändert, seit Sie es geöffnet haben. Ihre Änderung wurde nicht gespeichert; laden Sie neu, um den aktuellen Stand zu sehen, und wiederholen Sie sie.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein gültiger Benutzername: 2 bis 32 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche verwenden.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation>Diese Datenbank hat bereits Benutzer; melden Sie sich als Administrator an.</translation>
    </message>
    <message>
        <source>The login “%1” is taken.</source>
        <translation>Der Benutzername „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation>Das Konto %1 ist deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListPage</name>
    <message>
        <source>Search name, company, phone, email, VIN…</source>
        <translation>Suche nach Name, Firma, Telefon, E-Mail, FIN…</translation>
    </message>
    <message>
        <source>Type part of a name, company, email or VIN, or some digits of a phone number (Ctrl+F)</source>
        <translation>Teil eines Namens, einer Firma, E-Mail oder FIN eingeben, oder einige Ziffern einer Telefonnummer (Strg+F)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln customers — scroll for more</source>
        <translation>
            <numerusform>%Ln Kunde angezeigt — für mehr scrollen</numerusform>
            <numerusform>%Ln Kunden angezeigt — für mehr scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln customers</source>
        <translation>
            <numerusform>Der einzige Kunde wird angezeigt</numerusform>
            <numerusform>Alle %Ln Kunden werden angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match “%1”</source>
        <translation>
            <numerusform>%Ln Kunde passt zu „%1“</numerusform>
            <numerusform>%Ln Kunden passen zu „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Showroom CRM</source>
        <translation>Bei Showroom CRM anmelden</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Bitte Benutzernamen eingeben.</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
    <message>
        <source>The reception desk: log every walk-in within 30 seconds (arrival time, consultant, purpose, first or repeat visit), hotline calls and test-drive bookings, and follow today&apos;s info-retention rate.</source>
        <translation>Der Empfang: jeden Besucher in 30 Sekunden erfassen (Ankunftszeit, Berater, Anliegen, Erst- oder Folgebesuch), Hotline-Anrufe und Probefahrt-Buchungen, dazu die heutige Kontaktdatenquote.</translation>
    </message>
    <message>
        <source>Won deals on their way to the customer: delivery dates with reminders, loan documents, accessories and the printed handover protocol.</source>
        <translation>Gewonnene Verkäufe auf dem Weg zum Kunden: Liefertermine mit Erinnerungen, Finanzierungsunterlagen, Zubehör und das gedruckte Übergabeprotokoll.</translation>
    </message>
    <message>
        <source>The weekly report: showroom traffic, funnel, sources and campaigns, lost reasons and consultant figures, ready to print.</source>
        <translation>Der Wochenbericht: Besucherfrequenz, Verkaufstrichter, Quellen und Kampagnen, Verlustgründe und Beraterzahlen, druckfertig.</translation>
    </message>
    <message>
        <source>Users and roles, stages, lead sources, lost reasons, assignment and response-time rules, and business hours.</source>
        <translation>Benutzer und Rollen, Phasen, Lead-Quellen, Verlustgründe, Zuweisungs- und Reaktionszeitregeln sowie Geschäftszeiten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sicherung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Showroom CRM</source>
        <translation>Ü&amp;ber Showroom CRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <source>Shared file: several desks work on this database</source>
        <translation>Gemeinsame Datei: mehrere Arbeitsplätze arbeiten mit dieser Datenbank</translation>
    </message>
    <message>
        <source>Local file: one desk works on this database</source>
        <translation>Lokale Datei: ein Arbeitsplatz arbeitet mit dieser Datenbank</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Showroom databases (*.sqlite);;All files (*)</source>
        <translation>Showroom-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung gespeichert unter %1</translation>
    </message>
    <message>
        <source>About Showroom CRM</source>
        <translation>Über Showroom CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for car showrooms: walk-ins, leads, deals and deliveries.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-CRM für Autohäuser: Besucher, Leads, Verkäufe und Auslieferungen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>showroom::PipelineSummaryPage</name>
    <message>
        <source>The drag-and-drop board of open leads will live here. Until then, this table counts the leads in each stage.</source>
        <translation>Hier entsteht die Tafel der offenen Leads mit Drag-and-drop. Bis dahin zählt diese Tabelle die Leads in jeder Phase.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads in all stages</source>
        <translation>
            <numerusform>%Ln Lead in allen Phasen</numerusform>
            <numerusform>%Ln Leads in allen Phasen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Dieser Teil von Showroom CRM ist noch nicht fertig.</translation>
    </message>
</context>
</TS>
