<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>CardText</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Vehicle user</source>
        <translation>Fahrzeugnutzer</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nie angefragt</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>erteilt am %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Besuch im Autohaus</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Website-Formular</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Autoportal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>Wiederkauf</translation>
    </message>
    <message>
        <source>new car</source>
        <translation>Neuwagen</translation>
    </message>
    <message>
        <source>used car</source>
        <translation>Gebrauchtwagen</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Anruf über die Hotline</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Probefahrt</translation>
    </message>
    <message>
        <source>Email received</source>
        <translation>E-Mail erhalten</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>SMS received</source>
        <translation>SMS erhalten</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS gesendet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>Kommentar der Leitung</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Deal signed</source>
        <translation>Kaufvertrag unterschrieben</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Auslieferung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>Interesse an %1</translation>
    </message>
    <message>
        <source>with test drive</source>
        <translation>mit Probefahrt</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1, Quelle: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 handed over</source>
        <translation>%1 übergeben</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>%1 marketing consent given</source>
        <translation>%1: Werbeeinwilligung erteilt</translation>
    </message>
    <message>
        <source>%1 marketing consent withdrawn</source>
        <translation>%1: Werbeeinwilligung widerrufen</translation>
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
    <name>ContactPersonService</name>
    <message>
        <source>Enter the contact person&apos;s first or last name.</source>
        <translation>Geben Sie den Vor- oder Nachnamen des Ansprechpartners ein.</translation>
    </message>
    <message>
        <source>“%1” was merged into customer #%2; edit that customer instead.</source>
        <translation>„%1“ wurde mit Kunde #%2 zusammengeführt; bearbeiten Sie stattdessen diesen Kunden.</translation>
    </message>
    <message>
        <source>Only company customers have contact persons; “%1” is a private person.</source>
        <translation>Nur Firmenkunden haben Ansprechpartner; „%1“ ist eine Privatperson.</translation>
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
    <name>CustomerCardService</name>
    <message>
        <source>“%1” was merged into customer #%2; create the lead there.</source>
        <translation>„%1“ wurde mit Kunde #%2 zusammengeführt; legen Sie den Lead dort an.</translation>
    </message>
    <message>
        <source>Choose where the lead came from (its source).</source>
        <translation>Wählen Sie, woher der Lead kommt (seine Quelle).</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person or company</source>
        <translation>Person oder Firma</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>Zuständiger Berater</translation>
    </message>
    <message>
        <source>Email marketing consent</source>
        <translation>Einwilligung E-Mail-Werbung</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>Einwilligung SMS-Werbung</translation>
    </message>
    <message>
        <source>Phone marketing consent</source>
        <translation>Einwilligung Telefonwerbung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>erteilt am %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>widerrufen am %1</translation>
    </message>
</context>
<context>
    <name>CustomerMergeService</name>
    <message>
        <source>A customer record cannot be merged into itself. Choose two different records of the same customer.</source>
        <translation>Ein Kundendatensatz kann nicht mit sich selbst zusammengeführt werden. Wählen Sie zwei verschiedene Datensätze desselben Kunden.</translation>
    </message>
    <message>
        <source>The chosen values belong to customer #%1, not to the kept record #%2.</source>
        <translation>Die gewählten Werte gehören zu Kunde #%1, nicht zum beibehaltenen Datensatz #%2.</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3. Merge with that customer instead.</source>
        <translation>„%1“ (#%2) wurde bereits mit Kunde #%3 zusammengeführt. Verwenden Sie stattdessen diesen Kunden.</translation>
    </message>
    <message>
        <source>Customer “%1” was changed on another desk since you opened the merge. Nothing was merged; look at the records again and repeat the merge.</source>
        <translation>Kunde „%1“ wurde an einem anderen Arbeitsplatz geändert, seit Sie das Zusammenführen geöffnet haben. Es wurde nichts zusammengeführt; prüfen Sie die Datensätze erneut und führen Sie sie noch einmal zusammen.</translation>
    </message>
    <message>
        <source>Customer “%1”</source>
        <translation>Kunde „%1“</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 Lead</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 Besuch</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 Verkauf</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n Verkauf</numerusform>
            <numerusform>%n Verkäufe</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 Ansprechpartner</translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons</source>
        <translation>
            <numerusform>%n Ansprechpartner</numerusform>
            <numerusform>%n Ansprechpartner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 consent record</source>
        <translation>1 Einwilligungseintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n Einwilligungseintrag</numerusform>
            <numerusform>%n Einwilligungseinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 Fahrzeug</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 Anhang</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 earlier merged record</source>
        <translation>1 früher zusammengeführter Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merged records</source>
        <translation>
            <numerusform>%n früher zusammengeführter Datensatz</numerusform>
            <numerusform>%n früher zusammengeführte Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Ein Firmenkunde braucht den Firmennamen.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 gehört bereits zum Kunden „%2“ (#%3). Öffnen Sie diesen Kunden, statt ein Duplikat anzulegen.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 gehört bereits zum Kunden „%2“ (#%3).</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>Geben Sie einen Namen, eine Telefonnummer oder eine E-Mail-Adresse ein.</translation>
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
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
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
    <message>
        <source>New car</source>
        <translation>Neuwagen</translation>
    </message>
    <message>
        <source>Used car</source>
        <translation>Gebrauchtwagen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Pick-up / delivery</source>
        <translation>Abholung / Auslieferung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
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
    <name>SettingsService</name>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use two letters such as DE, AT, CH, RU, UA or CN.</source>
        <translation>„%1“ ist kein Ländercode für Telefonnummern; verwenden Sie zwei Buchstaben wie DE, AT, CH, RU, UA oder CN.</translation>
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
    <message>
        <source>Contact person “%1”</source>
        <translation>Ansprechpartner „%1“</translation>
    </message>
    <message>
        <source>There is no contact person #%1.</source>
        <translation>Es gibt keinen Ansprechpartner #%1.</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. It was not removed; reload to see the current state.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz geändert, seit Sie den Eintrag geöffnet haben. Er wurde nicht entfernt; laden Sie neu, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>There is no visit #%1.</source>
        <translation>Es gibt keinen Besuch #%1.</translation>
    </message>
    <message>
        <source>Visit #%1</source>
        <translation>Besuch #%1</translation>
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
    <name>VisitService</name>
    <message>
        <source>Customer #%1 was merged into #%2; link the visit to that one.</source>
        <translation>Kunde #%1 wurde mit #%2 zusammengeführt; verknüpfen Sie den Besuch mit #%2.</translation>
    </message>
    <message>
        <source>The party size must be between 1 and 99.</source>
        <translation>Die Personenzahl muss zwischen 1 und 99 liegen.</translation>
    </message>
    <message>
        <source>The arrival time cannot be in the future.</source>
        <translation>Die Ankunftszeit darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>%1 cannot take visitors.</source>
        <translation>%1 kann keine Besucher übernehmen.</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name, phone number or email address.</source>
        <translation>Geben Sie Name, Telefonnummer oder E-Mail-Adresse des Besuchers ein.</translation>
    </message>
    <message>
        <source>Visit #%1 already belongs to another customer.</source>
        <translation>Besuch #%1 gehört bereits zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>The departure time cannot be in the future.</source>
        <translation>Die Uhrzeit des Weggangs darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>This visitor already left at %1.</source>
        <translation>Dieser Besucher ist bereits um %1 gegangen.</translation>
    </message>
    <message>
        <source>The departure time is before the arrival time.</source>
        <translation>Der Weggang liegt vor der Ankunft.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>showroom::ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Was besprochen und was vereinbart wurde</translation>
    </message>
    <message>
        <source>What colleagues should know</source>
        <translation>Was Kollegen wissen sollten</translation>
    </message>
    <message>
        <source>Outgoing: we called</source>
        <translation>Ausgehend: Wir haben angerufen</translation>
    </message>
    <message>
        <source>Incoming: the customer called</source>
        <translation>Eingehend: Der Kunde hat angerufen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>Kein Lead</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>noch kein Fahrzeug</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
</context>
<context>
    <name>showroom::AddContactDialog</name>
    <message>
        <source>Add the visitor&apos;s contact data</source>
        <translation>Kontaktdaten des Besuchers hinzufügen</translation>
    </message>
    <message>
        <source>Visit at %1. Whatever the visitor gives counts: a phone number or an email address captures the contact and opens a lead for the consultant.</source>
        <translation>Besuch um %1. Jede Angabe des Besuchers zählt: Eine Telefonnummer oder E-Mail-Adresse erfasst den Kontakt und legt einen Lead für den Berater an.</translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>Kontaktdaten des Besuchers prüfen</translation>
    </message>
    <message>
        <source>The contact data was not saved</source>
        <translation>Die Kontaktdaten wurden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>showroom::CheckedField</name>
    <message>
        <source>Saved as %1</source>
        <translation>Wird gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>showroom::ConflictDialog</name>
    <message>
        <source>No owner</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>An einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved on another desk while you were editing. Choose for each field which value to keep; fields you changed are marked and keep your value unless you choose otherwise.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde an einem anderen Arbeitsplatz gespeichert, während Sie bearbeitet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll; von Ihnen geänderte Felder sind markiert und behalten Ihren Wert, sofern Sie nichts anderes wählen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Saved on the other desk</source>
        <translation>Am anderen Arbeitsplatz gespeichert</translation>
    </message>
    <message>
        <source> (you changed it)</source>
        <translation> (von Ihnen geändert)</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Gewählte Werte speichern</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved</source>
        <translation>Weiter bearbeiten; nichts wird gespeichert</translation>
    </message>
</context>
<context>
    <name>showroom::ConsentEditor</name>
    <message>
        <source>given — recorded with today&apos;s date when you save</source>
        <translation>erteilt — wird beim Speichern mit dem heutigen Datum erfasst</translation>
    </message>
    <message>
        <source>withdrawn — recorded with today&apos;s date when you save</source>
        <translation>widerrufen — wird beim Speichern mit dem heutigen Datum erfasst</translation>
    </message>
</context>
<context>
    <name>showroom::ContactFields</name>
    <message>
        <source>e.g. 0151 2345678 or +49 151 2345678</source>
        <translation>z. B. 0151 2345678 oder +49 151 2345678</translation>
    </message>
    <message>
        <source>Enter or Ctrl+L links the visit to the selected customer</source>
        <translation>Eingabetaste oder Strg+L verknüpft den Besuch mit dem gewählten Kunden</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Linked to customer &lt;b&gt;%1&lt;/b&gt; (#%2): the visit is added to this customer; empty fields of the record are filled in from what you typed.</source>
        <translation>Mit Kunde &lt;b&gt;%1&lt;/b&gt; (#%2) verknüpft: Der Besuch wird diesem Kunden zugeordnet; leere Felder des Datensatzes werden mit Ihren Eingaben gefüllt.</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Gleiche E-Mail</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone number belongs to a customer.&lt;/b&gt; Press Ctrl+L to add the visit to them instead of creating a duplicate.</source>
        <translation>&lt;b&gt;Diese Telefonnummer gehört zu einem Kunden.&lt;/b&gt; Drücken Sie Strg+L, um den Besuch diesem Kunden zuzuordnen, statt ein Duplikat anzulegen.</translation>
    </message>
    <message>
        <source>Possible matches. Ctrl+L links the visit to the selected customer.</source>
        <translation>Mögliche Treffer. Strg+L verknüpft den Besuch mit dem gewählten Kunden.</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonDialog</name>
    <message>
        <source>Edit contact person</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Ansprechpartner hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Decision maker: signs (owner, fleet manager). Vehicle user: chooses the car. Driver: drives a pool car.</source>
        <translation>Entscheider: unterschreibt (Inhaber, Fuhrparkleiter). Fahrzeugnutzer: wählt das Fahrzeug aus. Fahrer: fährt ein Poolfahrzeug.</translation>
    </message>
    <message>
        <source>e.g. Fleet manager</source>
        <translation>z. B. Fuhrparkleiter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonsTab</name>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Only company customers have contact persons. To add some, set “Customer is a” to Company on the Details tab and save.</source>
        <translation>Nur Firmenkunden haben Ansprechpartner. Um welche hinzuzufügen, stellen Sie auf der Registerkarte „Stammdaten“ die „Kundenart“ auf „Firma“ und speichern Sie.</translation>
    </message>
    <message>
        <source>No contact persons yet. Add the decision maker first.</source>
        <translation>Noch keine Ansprechpartner. Fügen Sie zuerst den Entscheider hinzu.</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Ansprechpartner entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the contact persons of %2?</source>
        <translation>%1 aus den Ansprechpartnern von %2 entfernen?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardDialog</name>
    <message>
        <source>Manager comment</source>
        <translation>Kommentar der Leitung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Write a note on this customer&apos;s timeline</source>
        <translation>Eine Notiz in den Verlauf dieses Kunden schreiben</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>&amp;Anruf erfassen…</translation>
    </message>
    <message>
        <source>Record a call with this customer</source>
        <translation>Ein Telefonat mit diesem Kunden erfassen</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Neuer &amp;Lead…</translation>
    </message>
    <message>
        <source>Start a new sales opportunity for this customer</source>
        <translation>Eine neue Verkaufschance für diesen Kunden anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>Stammdaten speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cannot load customer #%1: %2</source>
        <translation>Kunde #%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>%1 — customer #%2</source>
        <translation>%1 — Kunde #%2</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Ansprechpartner (%1)</translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation>Leads (%1)</translation>
    </message>
    <message>
        <source>You can look at this customer but not change it.</source>
        <translation>Sie können diesen Kunden ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Kunde nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: a colleague changed this customer meanwhile. Your edits are still here; save again to compare them with the stored record.</source>
        <translation>Nicht gespeichert: Ein Kollege hat diesen Kunden inzwischen geändert. Ihre Eingaben sind noch da; speichern Sie erneut, um sie mit dem gespeicherten Stand zu vergleichen.</translation>
    </message>
    <message>
        <source>Nothing to save: the values saved on the other desk were kept.</source>
        <translation>Nichts zu speichern: Die am anderen Arbeitsplatz gespeicherten Werte wurden übernommen.</translation>
    </message>
    <message>
        <source>Not saved: this customer keeps changing on another desk. Try again.</source>
        <translation>Nicht gespeichert: Dieser Kunde wird an einem anderen Arbeitsplatz laufend geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Anruf erfasst.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Lead #%1 created.</source>
        <translation>Lead #%1 angelegt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Close the card and discard your changes?</source>
        <translation>Sie haben %1 geändert, aber nicht gespeichert. Kundenkarte schließen und Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardHeader</name>
    <message>
        <source>Tier: %1</source>
        <translation>Kundenwert: %1</translation>
    </message>
    <message>
        <source>No owner consultant</source>
        <translation>Kein zuständiger Berater</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Bought from us before</source>
        <translation>Hat bereits bei uns gekauft</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1 and is kept for reference only. Work on that customer instead.</source>
        <translation>Dieser Datensatz wurde mit Kunde #%1 zusammengeführt und bleibt nur zum Nachschlagen erhalten. Arbeiten Sie stattdessen mit diesem Kunden.</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>#%1 öffnen</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerDetailsForm</name>
    <message>
        <source>e.g. 0151 23456789 or +49 151 23456789</source>
        <translation>z. B. 0151 23456789 oder +49 151 23456789</translation>
    </message>
    <message>
        <source>Walk-in: high value; call, chat or web form: value; others: general</source>
        <translation>Besuch im Autohaus: hoch; Anruf, Chat oder Website-Formular: mittel; sonstige: Standard</translation>
    </message>
    <message>
        <source>What colleagues should know about this customer</source>
        <translation>Was Kollegen über diesen Kunden wissen sollten</translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation>Kundenart</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
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
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>Zuständiger Berater</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Werbeeinwilligung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Ein Firmenkunde braucht den Firmennamen.</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>Geben Sie einen Namen, eine Telefonnummer oder eine E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerLeadsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>Fahrzeugwunsch</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
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
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the customer card (Enter or double-click)</source>
        <translation>Kundenkarte öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Select two records of the same customer to merge them</source>
        <translation>Zwei Datensätze desselben Kunden auswählen, um sie zusammenzuführen</translation>
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
    <message>
        <source>Merged customer #%1 into #%2 (%3): moved %4.</source>
        <translation>Kunde #%1 wurde mit #%2 (%3) zusammengeführt; übertragen: %4.</translation>
    </message>
</context>
<context>
    <name>showroom::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where the two records differ, the value to keep. Everything attached to the other record moves to the kept one; the other record is archived, not deleted.</source>
        <translation>Wählen Sie den Datensatz, der bleiben soll, und – wo sich die beiden unterscheiden – den Wert, der bleiben soll. Alles, was dem anderen Datensatz zugeordnet ist, geht auf den beibehaltenen über; der andere Datensatz wird archiviert, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Where the records differ, click the value to keep:</source>
        <translation>Wo sich die Datensätze unterscheiden, klicken Sie auf den Wert, der bleiben soll:</translation>
    </message>
    <message>
        <source>The two records hold the same values in every field.</source>
        <translation>Beide Datensätze haben in allen Feldern dieselben Werte.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Diesen Datensatz behalten</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Zugeordnet:</translation>
    </message>
    <message>
        <source>Customers cannot be merged</source>
        <translation>Kunden können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3.</source>
        <translation>„%1“ (#%2) wurde bereits mit Kunde #%3 zusammengeführt.</translation>
    </message>
    <message>
        <source>Merging moves %1 from record #%2 to record #%3. Record #%2 is then archived: it keeps its data and points to #%3; nothing is deleted.</source>
        <translation>Beim Zusammenführen wird von Datensatz #%2 auf Datensatz #%3 übertragen: %1. Danach wird Datensatz #%2 archiviert: Er behält seine Daten und verweist auf #%3; gelöscht wird nichts.</translation>
    </message>
    <message>
        <source>Record #%1 has nothing attached. Merging archives it: it keeps its data and points to #%2; nothing is deleted.</source>
        <translation>Dem Datensatz #%1 ist nichts zugeordnet. Das Zusammenführen archiviert ihn: Er behält seine Daten und verweist auf #%2; gelöscht wird nichts.</translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  #%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Customers not merged</source>
        <translation>Kunden nicht zusammengeführt</translation>
    </message>
</context>
<context>
    <name>showroom::MergeFieldModel</name>
    <message>
        <source>High (walk-in)</source>
        <translation>Hoch (Besuch im Autohaus)</translation>
    </message>
    <message>
        <source>Value (call, chat, web)</source>
        <translation>Mittel (Anruf, Chat, Web)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nicht beibehalten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kept record #%1</source>
        <translation>Beibehaltener Datensatz #%1</translation>
    </message>
    <message>
        <source>Merged record #%1</source>
        <translation>Zusammengeführter Datensatz #%1</translation>
    </message>
</context>
<context>
    <name>showroom::NewLeadDialog</name>
    <message>
        <source>New lead for %1</source>
        <translation>Neuer Lead für %1</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Lead anlegen</translation>
    </message>
    <message>
        <source>Choose where the lead came from…</source>
        <translation>Herkunft des Leads wählen…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 bought from us before, so this lead counts as a repurchase.</source>
        <translation>%1 hat bereits bei uns gekauft, daher zählt dieser Lead als Wiederkauf.</translation>
    </message>
    <message>
        <source>e.g. VW ID.4 Pro, used estate car up to 20,000</source>
        <translation>z. B. VW ID.4 Pro, gebrauchter Kombi bis 20.000</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>Fahrzeugwunsch</translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation>Nicht zugewiesen (Warteschlange)</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
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
<context>
    <name>showroom::ReceptionPage</name>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add the phone or email this visitor gave (Ctrl+K)</source>
        <translation>Telefonnummer oder E-Mail erfassen, die dieser Besucher angegeben hat (Strg+K)</translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation>Besucher &amp;gegangen</translation>
    </message>
    <message>
        <source>Record the departure time now (Ctrl+D)</source>
        <translation>Uhrzeit des Weggangs jetzt erfassen (Strg+D)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Kunde ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Today&apos;s visitors and calls</source>
        <translation>Heutige Besucher und Anrufe</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be loaded</source>
        <translation>Die heutigen Besuche konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The departure was not recorded</source>
        <translation>Der Weggang wurde nicht erfasst</translation>
    </message>
</context>
<context>
    <name>showroom::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>showroom::TrafficTiles</name>
    <message>
        <source>Visitors today</source>
        <translation>Besucher heute</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Erstbesuche</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>Kontakt erfasst</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>Kontakterfassungsquote</translation>
    </message>
    <message>
        <source>First-time visitors whose phone or email was captured, out of all first-time visitors today</source>
        <translation>Anteil der heutigen Erstbesucher, deren Telefonnummer oder E-Mail erfasst wurde</translation>
    </message>
</context>
<context>
    <name>showroom::VisitForm</name>
    <message>
        <source>New walk-in</source>
        <translation>Neuer Besuch</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Anruf über die Hotline</translation>
    </message>
    <message>
        <source>e.g. VW ID.4</source>
        <translation>z. B. VW ID.4</translation>
    </message>
    <message>
        <source>&amp;Test drive</source>
        <translation>&amp;Probefahrt</translation>
    </message>
    <message>
        <source>&amp;Repeat visit (was here before)</source>
        <translation>Folgebe&amp;such (war schon einmal hier)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>Neu beginnen (Esc)</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>An&amp;liegen:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Berater:</translation>
    </message>
    <message>
        <source>M&amp;odel of interest:</source>
        <translation>&amp;Wunschmodell:</translation>
    </message>
    <message>
        <source>Party si&amp;ze:</source>
        <translation>Personen&amp;zahl:</translation>
    </message>
    <message>
        <source>Visitor (optional)</source>
        <translation>Besucher (optional)</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>Ankunft &amp;um:</translation>
    </message>
    <message>
        <source>C&amp;all at:</source>
        <translation>Anruf &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Log walk-in</source>
        <translation>Besuch &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>Anruf &amp;erfassen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <source>Nobody yet (lead queue)</source>
        <translation>Noch niemand (Lead-Warteschlange)</translation>
    </message>
    <message>
        <source>%1 — off duty</source>
        <translation>%1 — nicht im Dienst</translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation>%1 — beschäftigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — with %Ln visitor(s)</source>
        <translation>
            <numerusform>%1 — mit %Ln Besucher</numerusform>
            <numerusform>%1 — mit %Ln Besuchern</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>Kontaktdaten des Besuchers prüfen</translation>
    </message>
    <message>
        <source>The visit was not logged</source>
        <translation>Der Besuch wurde nicht erfasst</translation>
    </message>
</context>
<context>
    <name>showroom::VisitListModel</name>
    <message>
        <source>Arrived</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>No phone or email yet: select the visit and add the contact data</source>
        <translation>Noch keine Telefonnummer oder E-Mail: Besuch auswählen und Kontaktdaten hinzufügen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Erstbesuch</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>Folgebesuch</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonymer Besucher</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 (still here)</source>
        <translation>%1 (noch da)</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
</TS>
