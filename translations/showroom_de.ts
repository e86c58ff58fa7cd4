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
    <name>Adf</name>
    <message>
        <source>The request date &quot;%1&quot; could not be read.</source>
        <translation>Das Anfragedatum „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The vendor has no name.</source>
        <translation>Der Händler hat keinen Namen.</translation>
    </message>
    <message>
        <source>The prospect has no phone number or email.</source>
        <translation>Der Interessent hat weder Telefonnummer noch E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The ADF is not valid XML (%1); the contact data was taken from the text.</source>
        <translation>Das ADF ist kein gültiges XML (%1); die Kontaktdaten wurden aus dem Text übernommen.</translation>
    </message>
    <message>
        <source>The file is not valid ADF (%1) and holds no phone number or email.</source>
        <translation>Die Datei ist kein gültiges ADF (%1) und enthält weder Telefonnummer noch E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The file holds no ADF prospect.</source>
        <translation>Die Datei enthält keinen ADF-Interessenten.</translation>
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
    <name>BoardText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig um %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>escalated %1</source>
        <translation>eskaliert, %1 überfällig</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
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
    <name>ChecklistService</name>
    <message>
        <source>“%1” of deal #%2</source>
        <translation>„%1“ aus Geschäft #%2</translation>
    </message>
    <message>
        <source>Deal #%1 is closed; its checklists can no longer change.</source>
        <translation>Geschäft #%1 ist abgeschlossen; seine Checklisten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 ist bereits erledigt.</translation>
    </message>
    <message>
        <source>%1 needs its document: attach the scan or PDF first.</source>
        <translation>%1 erfordert ein Dokument: Hängen Sie zuerst den Scan oder das PDF an.</translation>
    </message>
    <message>
        <source>The loan application already went to the bank; %1 stays done.</source>
        <translation>Der Kreditantrag wurde bereits an die Bank gesendet; %1 bleibt erledigt.</translation>
    </message>
    <message>
        <source>Only an accessory can be recorded as not sold.</source>
        <translation>Nur Zubehör kann als nicht verkauft erfasst werden.</translation>
    </message>
    <message>
        <source>Choose why %1 was not sold: the reason is required.</source>
        <translation>Wählen Sie, warum %1 nicht verkauft wurde: Ein Grund ist Pflicht.</translation>
    </message>
    <message>
        <source>There is no reason “%1” for an accessory not sold.</source>
        <translation>Es gibt keinen Grund „%1“ für nicht verkauftes Zubehör.</translation>
    </message>
    <message>
        <source>The file %1 is empty; nothing was attached.</source>
        <translation>Die Datei %1 ist leer; es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 25 MB; scan it at a lower resolution.</source>
        <translation>Die Datei %1 ist größer als 25 MB; scannen Sie sie mit geringerer Auflösung.</translation>
    </message>
    <message>
        <source>The stored document %1 does not match its checksum; it was damaged.</source>
        <translation>Das gespeicherte Dokument %1 stimmt nicht mit seiner Prüfsumme überein; es wurde beschädigt.</translation>
    </message>
    <message>
        <source>The bank already approved the loan; %1 stays done.</source>
        <translation>Die Bank hat den Kredit bereits genehmigt; %1 bleibt erledigt.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist item “%1”</source>
        <translation>Der Checklistenpunkt „%1“</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>Geben Sie den Namen des Punkts ein.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The due days must be within a year.</source>
        <translation>Die Fälligkeit in Tagen muss innerhalb eines Jahres liegen.</translation>
    </message>
    <message>
        <source>Enter the model the accessories are for.</source>
        <translation>Geben Sie das Modell ein, für das das Zubehör gedacht ist.</translation>
    </message>
    <message>
        <source>There already are accessories for the %1.</source>
        <translation>Für %1 gibt es bereits Zubehör.</translation>
    </message>
    <message>
        <source>Accessories for the %1</source>
        <translation>Zubehör für %1</translation>
    </message>
    <message>
        <source>The new template could not be read back.</source>
        <translation>Die neue Vorlage konnte nicht wieder gelesen werden.</translation>
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
    <name>Csv</name>
    <message>
        <source>The quoted field starting on line %1 is never closed: a &quot; is missing.</source>
        <translation>Das Feld in Anführungszeichen ab Zeile %1 wird nie geschlossen: Ein &quot; fehlt.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>Die Datei ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
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
    <message>
        <source>1 test drive booking</source>
        <translation>1 Probefahrtbuchung</translation>
    </message>
    <message numerus="yes">
        <source>%n test drive bookings</source>
        <translation>
            <numerusform>%n Probefahrtbuchung</numerusform>
            <numerusform>%n Probefahrtbuchungen</numerusform>
        </translation>
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
    <name>DealCommands</name>
    <message>
        <source>Deal %1: %2, %3, %4 (%5)</source>
        <translation>Geschäft %1: %2, %3, %4 (%5)</translation>
    </message>
    <message>
        <source>deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)</source>
        <translation>deal create erfordert --lead LEAD_ID und --vin VIN (oder --factory-order TEXT)</translation>
    </message>
    <message>
        <source>--price, --discount and --deposit are amounts like 28500.00</source>
        <translation>--price, --discount und --deposit sind Beträge wie 28500.00</translation>
    </message>
    <message>
        <source>--payment is cash, credit or lease</source>
        <translation>--payment ist cash, credit oder lease</translation>
    </message>
    <message>
        <source>--buyer is private or company</source>
        <translation>--buyer ist private oder company</translation>
    </message>
    <message>
        <source>--delivery is a date like 2026-12-14</source>
        <translation>--delivery ist ein Datum wie 2026-12-14</translation>
    </message>
    <message>
        <source>deal show needs DEAL_ID</source>
        <translation>deal show erfordert DEAL_ID</translation>
    </message>
    <message>
        <source>  blocks sending to the bank: %1</source>
        <translation>  verhindert das Senden an die Bank: %1</translation>
    </message>
    <message>
        <source>this command needs DEAL_ID</source>
        <translation>dieser Befehl erfordert DEAL_ID</translation>
    </message>
    <message>
        <source>checklist tick|not-sold needs DEAL_ID ITEM_ID</source>
        <translation>checklist tick|not-sold erfordert DEAL_ID ITEM_ID</translation>
    </message>
    <message>
        <source>checklist not-sold needs --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</source>
        <translation>checklist not-sold erfordert --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Item %1 does not belong to deal %2.</source>
        <translation>Punkt %1 gehört nicht zu Geschäft %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>checklist needs tick or not-sold</source>
        <translation>checklist erfordert tick oder not-sold</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>der Kreditantrag wurde noch nicht an die Bank gesendet</translation>
    </message>
    <message>
        <source>%1: not done, document not attached</source>
        <translation>%1: nicht erledigt, Dokument nicht angehängt</translation>
    </message>
    <message>
        <source>%1: document not attached</source>
        <translation>%1: Dokument nicht angehängt</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: nicht erledigt</translation>
    </message>
    <message>
        <source>deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE</source>
        <translation>deal print erfordert DEAL_ID, eines von --offer, --contract, --handover und --pdf FILE</translation>
    </message>
    <message>
        <source>%1 for deal %2 written to %3</source>
        <translation>%1 für Geschäft %2 nach %3 geschrieben</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build).</source>
        <translation>Dieses showroom-cli wurde ohne Druckfunktion gebaut (nur Kern).</translation>
    </message>
    <message>
        <source>deal needs create, show, send-to-bank, bank-approved, deliver or print</source>
        <translation>deal erfordert create, show, send-to-bank, bank-approved, deliver oder print</translation>
    </message>
</context>
<context>
    <name>DealPrinter</name>
    <message>
        <source>Offer no. %1</source>
        <translation>Angebot Nr. %1</translation>
    </message>
    <message>
        <source>%1, deal no. %2</source>
        <translation>%1, Geschäft Nr. %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Seite %1 / %2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>Vertragsübersicht</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>Übergabeprotokoll</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>file name</comment>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>file name</comment>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Handover</source>
        <comment>file name</comment>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <source>Demonstration vehicle</source>
        <translation>Vorführwagen</translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation>Barzahlung</translation>
    </message>
    <message>
        <source>Financed by a loan</source>
        <translation>Finanzierung über einen Kredit</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Leasing</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>Verkaufsberater</translation>
    </message>
    <message>
        <source>For the dealership</source>
        <translation>Für das Autohaus</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>Geschäft Nr.</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Übergabedatum</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Factory order, delivery promised for %1</source>
        <translation>Werksbestellung, Lieferung zugesagt für %1</translation>
    </message>
    <message>
        <source>Factory order</source>
        <translation>Werksbestellung</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Modelljahr</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>VEHICLE</source>
        <translation>FAHRZEUG</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>Preis nach Rabatt</translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation>Zubehör:</translation>
    </message>
    <message>
        <source>Trade-in:</source>
        <translation>Inzahlungnahme:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>This offer is valid until %1.</source>
        <translation>Dieses Angebot ist gültig bis %1.</translation>
    </message>
    <message>
        <source>Your sales consultant: %1</source>
        <translation>Ihr Verkaufsberater: %1</translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation>Übergabeschritt</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation>BEMERKUNGEN</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Deal #%1</source>
        <translation>Geschäft #%1</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>der Kreditantrag wurde noch nicht an die Bank gesendet</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>Dokument nicht angehängt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>After-sales call: how is the new car?</source>
        <translation>Nachbetreuungsanruf: Wie gefällt das neue Auto?</translation>
    </message>
    <message>
        <source>Invite to the “second delivery” evening on %1 at %2</source>
        <translation>Zum Abend der „zweiten Auslieferung“ am %1 um %2 einladen</translation>
    </message>
    <message>
        <source>%1 is paid in cash: there is no loan application.</source>
        <translation>%1 wird bar bezahlt: Es gibt keinen Kreditantrag.</translation>
    </message>
    <message>
        <source>The loan application of %1 was already sent to the bank on %2.</source>
        <translation>Der Kreditantrag (%1) wurde bereits am %2 an die Bank gesendet.</translation>
    </message>
    <message>
        <source>The loan application cannot go to the bank yet. Missing: %1.</source>
        <translation>Der Kreditantrag kann noch nicht an die Bank gesendet werden. Es fehlt: %1.</translation>
    </message>
    <message>
        <source>%1 is already delivered or cancelled.</source>
        <translation>%1: Das Fahrzeug ist bereits ausgeliefert, oder das Geschäft wurde storniert.</translation>
    </message>
    <message>
        <source>%1 is a factory order without a vehicle yet: add the arrived car (with its VIN) to the stock and to the deal first.</source>
        <translation>%1 ist eine Werksbestellung noch ohne Fahrzeug: Nehmen Sie zuerst das eingetroffene Fahrzeug (mit seiner FIN) in den Bestand und in das Geschäft auf.</translation>
    </message>
    <message>
        <source>The car cannot be handed over yet. Missing: %1.</source>
        <translation>Das Fahrzeug kann noch nicht übergeben werden. Es fehlt: %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 gehört einem anderen Berater.</translation>
    </message>
    <message>
        <source>%1 already has deal #%2.</source>
        <translation>%1 hat bereits Geschäft #%2.</translation>
    </message>
    <message>
        <source>%1 (VIN %2) is not available: it is reserved, sold or delivered.</source>
        <translation>%1 (FIN %2) ist nicht verfügbar: Das Fahrzeug ist reserviert, verkauft oder ausgeliefert.</translation>
    </message>
    <message>
        <source>Choose a car from stock, or describe the factory order (make, model, trim, colour).</source>
        <translation>Wählen Sie ein Fahrzeug aus dem Bestand, oder beschreiben Sie die Werksbestellung (Marke, Modell, Ausstattung, Farbe).</translation>
    </message>
    <message>
        <source>A factory order needs the delivery date promised to the customer.</source>
        <translation>Eine Werksbestellung braucht den dem Kunden zugesagten Liefertermin.</translation>
    </message>
    <message>
        <source>The promised delivery date %1 is in the past.</source>
        <translation>Der zugesagte Liefertermin %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Geben Sie den Listenpreis ein.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and the list price.</source>
        <translation>Der Rabatt muss zwischen 0 und dem Listenpreis liegen.</translation>
    </message>
    <message>
        <source>A deposit or trade-in value cannot be negative.</source>
        <translation>Anzahlung und Inzahlungnahmewert dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Name the trade-in&apos;s make and model (or leave the trade-in empty).</source>
        <translation>Geben Sie Marke und Modell der Inzahlungnahme an (oder lassen Sie die Inzahlungnahme leer).</translation>
    </message>
    <message>
        <source>The trade-in&apos;s year %1 is not plausible.</source>
        <translation>Das Baujahr %1 der Inzahlungnahme ist nicht plausibel.</translation>
    </message>
    <message>
        <source>The trade-in&apos;s mileage cannot be negative.</source>
        <translation>Der Kilometerstand der Inzahlungnahme darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Accessory #%1 is not offered for this car.</source>
        <translation>Zubehör #%1 wird für dieses Fahrzeug nicht angeboten.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Enter the promised delivery date.</source>
        <translation>Geben Sie den zugesagten Liefertermin ein.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan cannot be approved.</source>
        <translation>%1 wurde storniert: Der Kredit kann nicht genehmigt werden.</translation>
    </message>
    <message>
        <source>The bank already approved the loan of %1 on %2.</source>
        <translation>Die Bank hat den Kredit (%1) bereits am %2 genehmigt.</translation>
    </message>
    <message>
        <source>The loan application of %1 has not been sent to the bank yet: send it first, then record the approval.</source>
        <translation>Der Kreditantrag (%1) wurde noch nicht an die Bank gesendet: Zuerst senden, dann die Genehmigung erfassen.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan application does not go to the bank.</source>
        <translation>%1 wurde storniert: Der Kreditantrag geht nicht an die Bank.</translation>
    </message>
</context>
<context>
    <name>DealText</name>
    <message>
        <source>Private person</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmenkunde</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Barzahlung</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Leasing</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>In Auslieferung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Loan documents</source>
        <translation>Kreditunterlagen</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>Auslieferungsschritte</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>Vertragsübersicht</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>Übergabeprotokoll</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Zu teuer</translation>
    </message>
    <message>
        <source>Already has one</source>
        <translation>Hat bereits eines</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht benötigt</translation>
    </message>
    <message>
        <source>Will decide later</source>
        <translation>Entscheidet später</translation>
    </message>
    <message>
        <source>Buys it elsewhere</source>
        <translation>Kauft woanders</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>Dokument nicht angehängt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
    <name>FolderIntake</name>
    <message>
        <source>Record %1%2: %3: %4</source>
        <translation>Datensatz %1%2: %3: %4</translation>
    </message>
    <message>
        <source>The intake folder %1 does not exist.</source>
        <translation>Der Eingangsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an ADF, email or vCard file.</source>
        <translation>%1 ist keine ADF-, E-Mail- oder vCard-Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>Message %1 is no longer in %2.</source>
        <translation>Die Nachricht %1 ist nicht mehr in %2.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>Die Mail-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>Der Mailserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login “%2”; check the login and password.</source>
        <translation>Der Mailserver %1 hat die Anmeldung als „%2“ abgelehnt; prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no encrypted connection (STARTTLS); use imaps:// or a server that does.</source>
        <translation>Der Mailserver %1 bietet keine verschlüsselte Verbindung (STARTTLS) an; verwenden Sie imaps:// oder einen Server, der sie anbietet.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: %2</source>
        <translation>Die verschlüsselte Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The mailbox check was stopped.</source>
        <translation>Der Postfachabruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A message in %1 is larger than %2 MB; it was left in the mailbox.</source>
        <translation>Eine Nachricht in %1 ist größer als %2 MB; sie bleibt im Postfach.</translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error: %2</source>
        <translation>Der Mailserver %1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: this computer does not trust the server&apos;s certificate (%2). A mail server with a certificate of its own needs that certificate given as the server certificate.</source>
        <translation>Die verschlüsselte Verbindung zu %1 ist fehlgeschlagen: Dieser Computer vertraut dem Zertifikat des Servers nicht (%2). Ein Mailserver mit eigenem Zertifikat braucht dieses Zertifikat als Serverzertifikat.</translation>
    </message>
    <message>
        <source>The server certificate %1 cannot be used: %2</source>
        <translation>Das Serverzertifikat %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import %1 needs one or more files</source>
        <translation>import %1 erfordert eine oder mehrere Dateien</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, record %2%3: %4: %5</source>
        <translation>%1, Datensatz %2%3: %4: %5</translation>
    </message>
    <message>
        <source>%1%2 created, %3 linked to known customers, %4 imported before, %5 to review, %6 rejected</source>
        <translation>%1%2 angelegt, %3 mit bekannten Kunden verknüpft, %4 bereits importiert, %5 zu prüfen, %6 abgelehnt</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Probelauf, nichts geschrieben: </translation>
    </message>
    <message>
        <source>%1: left in place: %2</source>
        <translation>%1: im Eingangsordner belassen: %2</translation>
    </message>
    <message>
        <source>%1: %2 lead(s), moved to %3</source>
        <translation>%1: %2 Lead(s), verschoben nach %3</translation>
    </message>
    <message>
        <source>Nothing to import in %1</source>
        <translation>In %1 gibt es nichts zu importieren</translation>
    </message>
    <message>
        <source>import needs the format: adf, eml, vcard or csv</source>
        <translation>import erfordert das Format: adf, eml, vcard oder csv</translation>
    </message>
    <message>
        <source>--map is for csv lists</source>
        <translation>--map gilt nur für csv-Listen</translation>
    </message>
    <message>
        <source>intake run needs --folder DIR</source>
        <translation>intake run erfordert --folder DIR</translation>
    </message>
    <message>
        <source>intake imap needs the password: --password-file FILE or the environment variable SHOWROOM_IMAP_PASSWORD</source>
        <translation>intake imap erfordert das Passwort: --password-file FILE oder die Umgebungsvariable SHOWROOM_IMAP_PASSWORD</translation>
    </message>
    <message>
        <source>%1: message %2: %3 %4</source>
        <translation>%1: Nachricht %2: %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 message(s), %3 lead(s)</source>
        <translation>%1: %2 Nachricht(en), %3 Lead(s)</translation>
    </message>
    <message>
        <source>intake imap needs --url imaps://HOST/INBOX and --login L</source>
        <translation>intake imap erfordert --url imaps://HOST/INBOX und --login L</translation>
    </message>
    <message>
        <source>--interval needs whole minutes, 1 or more</source>
        <translation>--interval erfordert ganze Minuten, mindestens 1</translation>
    </message>
    <message>
        <source>intake needs run --folder DIR, or imap --url URL --login L</source>
        <translation>intake erfordert run --folder DIR oder imap --url URL --login L</translation>
    </message>
    <message>
        <source>--campaign needs the campaign&apos;s number</source>
        <translation>--campaign erfordert die Nummer der Kampagne</translation>
    </message>
</context>
<context>
    <name>IntakeSources</name>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation>Es gibt keine Leadquelle „%1“.</translation>
    </message>
    <message>
        <source>No lead source fits; choose one with --source.</source>
        <translation>Keine Leadquelle passt; wählen Sie eine mit --source.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Es gibt keine Kampagne %1.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than &quot;%2&quot;.</source>
        <translation>Kampagne %1 gehört zu einer anderen Leadquelle als „%2“.</translation>
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
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Credit terms</source>
        <translation>Finanzierungskonditionen</translation>
    </message>
    <message>
        <source>Test drive impression</source>
        <translation>Eindruck bei der Probefahrt</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Woanders gekauft</translation>
    </message>
    <message>
        <source>No stock / colour</source>
        <translation>Nicht vorrätig / Farbe</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>Trade-in value</source>
        <translation>Inzahlungnahmewert</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Just browsing</source>
        <translation>Nur informiert</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <source>Weighted shares</source>
        <translation>Gewichtete Anteile</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>Gemeinsamer Pool</translation>
    </message>
</context>
<context>
    <name>LeadIntakeService</name>
    <message>
        <source>Imported before, on %1, as lead %2.</source>
        <translation>Bereits am %1 als Lead %2 importiert.</translation>
    </message>
    <message>
        <source>No phone number or email.</source>
        <translation>Weder Telefonnummer noch E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No valid phone number or email (%1).</source>
        <translation>Keine gültige Telefonnummer oder E-Mail-Adresse (%1).</translation>
    </message>
    <message>
        <source>The import could not begin a record.</source>
        <translation>Der Import konnte keinen Datensatz beginnen.</translation>
    </message>
    <message>
        <source>Lead imported from a vCard</source>
        <translation>Lead aus einer vCard importiert</translation>
    </message>
    <message>
        <source>Lead from an email</source>
        <translation>Lead aus einer E-Mail</translation>
    </message>
    <message>
        <source>Lead imported from ADF</source>
        <translation>Lead aus ADF importiert</translation>
    </message>
    <message>
        <source>The file holds no lead.</source>
        <translation>Die Datei enthält keinen Lead.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Prospect id: %1</source>
        <translation>Interessenten-ID: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Angefragt am: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Fahrzeug: %1</translation>
    </message>
    <message>
        <source>Timeframe: %1</source>
        <translation>Zeitrahmen: %1</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Kommentare: %1</translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation>Telefonnummern: %1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>E-Mail-Adressen: %1</translation>
    </message>
    <message>
        <source>Not valid, not saved: %1</source>
        <translation>Ungültig, nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <source>A list of leads needs the source it came from (--source).</source>
        <translation>Für eine Leadliste muss die Quelle angegeben werden, aus der sie stammt (--source).</translation>
    </message>
    <message>
        <source>The file has %1 columns, the mapping names %2.</source>
        <translation>Spalten in der Datei: %1, in der Zuordnung: %2.</translation>
    </message>
    <message>
        <source>There is no lead field &quot;%1&quot;.</source>
        <translation>Es gibt kein Leadfeld „%1“.</translation>
    </message>
    <message>
        <source>No column holds a phone number or an email; map the columns by hand.</source>
        <translation>Keine Spalte enthält eine Telefonnummer oder E-Mail-Adresse; ordnen Sie die Spalten von Hand zu.</translation>
    </message>
    <message>
        <source>Lead imported from a list</source>
        <translation>Lead aus einer Liste importiert</translation>
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
    <message>
        <source>%1 is lost; a manager reopens it with “Reopen”.</source>
        <translation>%1 ist verloren; ein Verkaufsleiter öffnet es mit „Wieder öffnen“ erneut.</translation>
    </message>
</context>
<context>
    <name>LostService</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 gehört einem anderen Berater.</translation>
    </message>
    <message>
        <source>Choose why %1 is lost: the reason is never optional.</source>
        <translation>Wählen Sie, warum %1 verloren ist: Ein Grund ist immer Pflicht.</translation>
    </message>
    <message>
        <source>The lost reason “%1” is retired; choose another.</source>
        <translation>Der Verlustgrund „%1“ wird nicht mehr verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The reason “%1” needs a comment saying what happened.</source>
        <translation>Der Grund „%1“ erfordert einen Kommentar, was passiert ist.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a lost approval.</source>
        <translation>%1 wartet nicht auf eine Verlustbestätigung.</translation>
    </message>
    <message>
        <source>Say why %1 is not lost: the consultant reads your comment.</source>
        <translation>Schreiben Sie, warum %1 nicht verloren ist: Der Berater liest Ihren Kommentar.</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Nicht verloren</translation>
    </message>
    <message>
        <source>Only who asked can take back the lost request on %1.</source>
        <translation>Nur wer die Verlustmeldung für %1 gestellt hat, kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>%1 is not lost.</source>
        <translation>%1 ist nicht verloren.</translation>
    </message>
    <message>
        <source>Reopen %1 into an open stage.</source>
        <translation>Öffnen Sie %1 in einer offenen Phase wieder.</translation>
    </message>
</context>
<context>
    <name>MailboxAddress</name>
    <message>
        <source>“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.</source>
        <translation>„%1“ ist keine Postfachadresse; geben Sie z. B. imaps://mail.example.com/INBOX ein.</translation>
    </message>
    <message>
        <source>The mailbox address “%1” names no server.</source>
        <translation>Die Postfachadresse „%1“ enthält keinen Mailserver.</translation>
    </message>
    <message>
        <source>Give the login and password separately, not in the mailbox address.</source>
        <translation>Benutzername und Passwort bitte separat angeben, nicht in der Postfachadresse.</translation>
    </message>
    <message>
        <source>The mailbox address “%1” has more than a folder after the server.</source>
        <translation>In der Postfachadresse „%1“ folgt auf den Server mehr als nur ein Ordner.</translation>
    </message>
</context>
<context>
    <name>MailboxPassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>This computer has no system keychain: the mailbox password is kept in the settings file %1 in plain text. Anyone who can read your files can read it.</source>
        <translation>Dieser Computer hat keinen Systemschlüsselbund: Das Postfachpasswort wird im Klartext in der Einstellungsdatei %1 gespeichert. Wer Ihre Dateien lesen kann, kann es lesen.</translation>
    </message>
    <message>
        <source>The mailbox password could not be stored: %1</source>
        <translation>Das Postfachpasswort konnte nicht gespeichert werden: %1</translation>
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
    <name>NotificationService</name>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Lead #%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no first contact yet</source>
        <translation>%1: noch kein Erstkontakt</translation>
    </message>
    <message>
        <source>Escalation: %1 is still waiting for a first contact</source>
        <translation>Eskalation: %1 wartet noch auf den Erstkontakt</translation>
    </message>
    <message>
        <source>%1 was assigned to you</source>
        <translation>%1 wurde Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>%1: approve “lost”?</source>
        <translation>%1: „Verloren“ bestätigen?</translation>
    </message>
    <message>
        <source>%1 was closed as lost</source>
        <translation>%1 wurde als verloren abgeschlossen</translation>
    </message>
    <message>
        <source>%1 was returned to you</source>
        <translation>%1 wurde an Sie zurückgegeben</translation>
    </message>
    <message>
        <source>%1 is back in the unassigned queue</source>
        <translation>%1 ist wieder in der Lead-Warteschlange</translation>
    </message>
    <message>
        <source>%1: the manager commented on a follow-up</source>
        <translation>%1: Der Verkaufsleiter hat eine Wiedervorlage kommentiert</translation>
    </message>
    <message>
        <source>The response deadline (%1 business minutes after the lead arrived) passed at %2. A call, email, SMS or visit stops the clock.</source>
        <translation>Die Reaktionsfrist (%1 Min. in den Öffnungszeiten nach Eingang des Leads) ist am %2 abgelaufen. Ein Anruf, eine E-Mail, eine SMS oder ein Besuch hält die Uhr an.</translation>
    </message>
    <message>
        <source>No first contact %1 business minutes after the deadline of %2; the consultant is %3.</source>
        <translation>Kein Erstkontakt %1 Min. (Öffnungszeiten) nach Ablauf der Frist (%2); zuständiger Berater: %3.</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>The assignment rule (%1) chose you.</source>
        <translation>Die Zuweisungsregel (%1) hat Sie ausgewählt.</translation>
    </message>
    <message>
        <source>%1 assigned it to you.</source>
        <translation>%1 hat es Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>%1 asks to close it as lost: %2. %3</source>
        <translation>%1 bittet, es als verloren abzuschließen: %2. %3</translation>
    </message>
    <message>
        <source>%1 approved your request (%2).</source>
        <translation>%1 hat Ihre Anfrage bestätigt (%2).</translation>
    </message>
    <message>
        <source>%1 did not approve “lost”: %2</source>
        <translation>%1 hat „Verloren“ nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>The customer was invited for %1 and has not come within %2 days; the lead left %3 for reassignment.</source>
        <translation>Der Kunde war für %1 eingeladen und ist innerhalb von %2 Tagen nicht gekommen; der Lead wurde %3 zur Neuzuweisung abgenommen.</translation>
    </message>
    <message>
        <source>%1 on “%2”: %3</source>
        <translation>%1 zu „%2“: %3</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>reihum</translation>
    </message>
    <message>
        <source>weighted shares</source>
        <translation>gewichtete Anteile</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Geschäft #%1</translation>
    </message>
    <message>
        <source>Deal #%1 (%2)</source>
        <translation>Geschäft #%1 (%2)</translation>
    </message>
    <message>
        <source>%1: delivery due on %2</source>
        <translation>%1: Auslieferung am %2 fällig</translation>
    </message>
    <message>
        <source>%1: the promised delivery date passed</source>
        <translation>%1: Der zugesagte Liefertermin ist verstrichen</translation>
    </message>
    <message>
        <source>%1: “%2” is due</source>
        <translation>%1: „%2“ ist fällig</translation>
    </message>
    <message>
        <source>%1: “%2” is overdue</source>
        <translation>%1: „%2“ ist überfällig</translation>
    </message>
    <message numerus="yes">
        <source>The car (%1) was promised for %2. Reminders start %n day(s) before.</source>
        <translation>
            <numerusform>Das Fahrzeug (%1) ist für den %2 zugesagt. Die Erinnerungen beginnen %n Tag vorher.</numerusform>
            <numerusform>Das Fahrzeug (%1) ist für den %2 zugesagt. Die Erinnerungen beginnen %n Tage vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The car (%1) was promised for %2 and is not handed over yet. Agree a new date with the customer.</source>
        <translation>Das Fahrzeug (%1) war für den %2 zugesagt und ist noch nicht übergeben. Vereinbaren Sie mit dem Kunden einen neuen Termin.</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist is due on %2.</source>
        <translation>Der Schritt „%1“ der Checkliste des Geschäfts ist am %2 fällig.</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist was due on %2 and is still open.</source>
        <translation>Der Schritt „%1“ der Checkliste des Geschäfts war am %2 fällig und ist noch offen.</translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
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
    <name>PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>manage the vehicle stock</source>
        <translation>den Fahrzeugbestand verwalten</translation>
    </message>
    <message>
        <source>book test drives</source>
        <translation>Probefahrten buchen</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>Berichte ansehen</translation>
    </message>
    <message>
        <source>view every consultant&apos;s figures</source>
        <translation>die Kennzahlen aller Berater ansehen</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>there is no user %1</source>
        <translation>es gibt keinen Benutzer %1</translation>
    </message>
    <message>
        <source>lead assign needs LEAD_ID CONSULTANT_LOGIN</source>
        <translation>lead assign erfordert LEAD_ID CONSULTANT_LOGIN</translation>
    </message>
    <message>
        <source>Lead %1 is now with %2 in %3</source>
        <translation>Lead %1 liegt jetzt bei %2 in %3</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY: the reason is never optional</source>
        <translation>lead lose erfordert LEAD_ID und --reason KEY: Ein Grund ist immer Pflicht</translation>
    </message>
    <message>
        <source>%1 (reasons: %2)</source>
        <translation>%1 (Gründe: %2)</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY</source>
        <translation>lead lose erfordert LEAD_ID und --reason KEY</translation>
    </message>
    <message>
        <source>Lead %1 waits for a manager to approve “lost”</source>
        <translation>Lead %1 wartet auf die Bestätigung „verloren“ durch einen Verkaufsleiter</translation>
    </message>
    <message>
        <source>Lead %1 is lost</source>
        <translation>Lead %1 ist verloren</translation>
    </message>
    <message>
        <source>lead take needs LEAD_ID</source>
        <translation>lead take erfordert LEAD_ID</translation>
    </message>
    <message>
        <source>Lead %1 is now yours</source>
        <translation>Lead %1 gehört jetzt Ihnen</translation>
    </message>
    <message>
        <source>lead approve-lost needs LEAD_ID</source>
        <translation>lead approve-lost erfordert LEAD_ID</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT: the consultant reads why the lead is not lost</source>
        <translation>lead return erfordert LEAD_ID und --comment TEXT: Der Berater liest, warum der Lead nicht verloren ist</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT</source>
        <translation>lead return erfordert LEAD_ID und --comment TEXT</translation>
    </message>
    <message>
        <source>Lead %1 went back to its consultant in %2</source>
        <translation>Lead %1 ist zurück bei seinem Berater in %2</translation>
    </message>
    <message>
        <source>lead reopen needs LEAD_ID [--stage KEY]</source>
        <translation>lead reopen erfordert LEAD_ID [--stage KEY]</translation>
    </message>
    <message>
        <source>Lead %1 is open again in %2</source>
        <translation>Lead %1 ist wieder offen in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s), %2 in total</source>
        <translation>
            <numerusform>%1: %n Lead, insgesamt %2</numerusform>
            <numerusform>%1: %n Leads, insgesamt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rules needs run [--now 2026-11-23T10:30] [--json]</source>
        <translation>rules erfordert run [--now 2026-11-23T10:30] [--json]</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time like 2026-11-23T10:30 or 2026-11-23T09:30:00Z, not “%1”</source>
        <translation>--now erfordert Datum und Uhrzeit nach ISO 8601 wie 2026-11-23T10:30 oder 2026-11-23T09:30:00Z, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 on lead %2 to %3: %4</source>
        <translation>%1 für Lead %2 an %3: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>Keine Regel hat ausgelöst.</translation>
    </message>
</context>
<context>
    <name>PipelineConfigService</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>Es gibt bereits eine Phase „%1“.</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>Es gibt keine Phase #%1.</translation>
    </message>
    <message>
        <source>“%1” always starts the pipeline and cannot move.</source>
        <translation>„%1“ steht immer am Anfang der Pipeline und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Won and Lost always come last.</source>
        <translation>Gewonnen und Verloren stehen immer am Ende.</translation>
    </message>
    <message>
        <source>The stage “%1” is part of every pipeline and cannot be retired.</source>
        <translation>Die Phase „%1“ gehört zu jeder Pipeline und kann nicht deaktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are still in “%1”; move them to another stage first.</source>
        <translation>
            <numerusform>In „%1“ liegt noch %n Lead; verschieben Sie es zuerst in eine andere Phase.</numerusform>
            <numerusform>In „%1“ liegen noch %n Leads; verschieben Sie sie zuerst in eine andere Phase.</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>Ein Verlustgrund braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a lost reason “%1” already.</source>
        <translation>Es gibt bereits einen Verlustgrund „%1“.</translation>
    </message>
    <message>
        <source>Keep at least one lost reason: a lead is never lost without one.</source>
        <translation>Behalten Sie mindestens einen Verlustgrund: Ein Lead geht nie ohne Grund verloren.</translation>
    </message>
    <message>
        <source>The response time is between 1 minute and 7 days.</source>
        <translation>Die Reaktionszeit liegt zwischen 1 Minute und 7 Tagen.</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>„%1“ ist kein Zuweisungsmodus (manual, round_robin, weighted, pool).</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1 als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving the PDF failed</source>
        <translation>Das PDF konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>W%1</source>
        <extracomment>Short for a calendar week on a chart axis, e.g. &quot;W47&quot;</extracomment>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation>KW %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year on a chart axis, e.g. &quot;Q1 26&quot;</extracomment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Walk-ins by day</source>
        <translation>Besuche pro Tag</translation>
    </message>
    <message>
        <source>Walk-ins by week</source>
        <translation>Besuche pro Woche</translation>
    </message>
    <message>
        <source>Walk-ins by month</source>
        <translation>Besuche pro Monat</translation>
    </message>
    <message>
        <source>Walk-ins by quarter</source>
        <translation>Besuche pro Quartal</translation>
    </message>
    <message>
        <source>%1: %2 first visits, %3 repeat visits. Click to list the leads.</source>
        <translation>%1: %2 Erstbesuche, %3 Folgebesuche. Klicken, um die Leads aufzulisten.</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Erstbesuche</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Folgebesuche</translation>
    </message>
    <message>
        <source>Walk-ins on %1</source>
        <translation>Besuche am %1</translation>
    </message>
    <message>
        <source>Walk-ins in %1</source>
        <translation>Besuche im Zeitraum %1</translation>
    </message>
    <message>
        <source>%1 — none in this period</source>
        <translation>%1 — keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Walk-ins by hour of arrival</source>
        <translation>Besuche nach Ankunftsstunde</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>%1 – %2: %3 walk-ins. Click to list the leads.</source>
        <translation>%1 – %2: %3 Besuche. Klicken, um die Leads aufzulisten.</translation>
    </message>
    <message>
        <source>Walk-ins from %1 to %2</source>
        <translation>Besuche von %1 bis %2</translation>
    </message>
    <message>
        <source>Sales funnel: leads that reached each stage</source>
        <translation>Verkaufstrichter: Leads, die jede Phase erreicht haben</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>%1: %2 leads reached this stage, %3 entered it. Click to list the leads.</source>
        <translation>%1: %2 Leads haben diese Phase erreicht, %3 sind in sie eingetreten. Klicken, um die Leads aufzulisten.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A funnel stage on the chart axis with its conversion to the next stage</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>Leads, die in %1 eingetreten sind</translation>
    </message>
    <message>
        <source>Leads and sales by source</source>
        <translation>Leads und Verkäufe nach Quelle</translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 sales. Click to list the leads.</source>
        <translation>%1: %2 Leads, %3 Verkäufe. Klicken, um die Leads aufzulisten.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Leads aus %1</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>Verlorene Leads nach Grund</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>Verlorene Leads</translation>
    </message>
    <message>
        <source>%1: %2 leads lost. Click to list them.</source>
        <translation>%1: %2 Leads verloren. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>Verlorene Leads: %1</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>Verlorene Leads pro Woche</translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 lost</source>
        <translation>KW %1 (ab %2): %3 verloren</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>There is no source “%1”; the source keys are: %2.</source>
        <translation>Es gibt keine Quelle „%1“; die Quellenschlüssel sind: %2.</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>%1 %2 in %3 geschrieben</translation>
    </message>
    <message>
        <source>report needs weekly and one of --pdf FILE or --json</source>
        <translation>report braucht weekly und entweder --pdf DATEI oder --json</translation>
    </message>
    <message>
        <source>report weekly takes --week or --from and --to, not both</source>
        <translation>report weekly nimmt --week oder --from und --to, nicht beides</translation>
    </message>
    <message>
        <source>report weekly needs both --from and --to</source>
        <translation>report weekly braucht sowohl --from als auch --to</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build); use --json instead.</source>
        <translation>Dieses showroom-cli wurde ohne Druckfunktion gebaut (nur Kern); verwenden Sie stattdessen --json.</translation>
    </message>
</context>
<context>
    <name>ReportExportService</name>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>Wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder or a device, not a file.</source>
        <translation>%1 konnte nicht gespeichert werden: Es ist ein Ordner oder ein Gerät, keine Datei.</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.</source>
        <translation>
            <numerusform>Eine CSV-Datei fasst eine Tabelle, dieser Export hat %n Tabelle. Exportieren Sie sie als Excel-Arbeitsmappe (ein Blatt pro Tabelle) oder eine Tabelle nach der anderen.</numerusform>
            <numerusform>Eine CSV-Datei fasst eine Tabelle, dieser Export hat %n Tabellen. Exportieren Sie sie als Excel-Arbeitsmappe (ein Blatt pro Tabelle) oder eine Tabelle nach der anderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not recorded in the audit log, so %1 was removed: %2</source>
        <translation>Der Export wurde nicht im Prüfprotokoll erfasst, daher wurde %1 entfernt: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;25.0%&quot;; %1 is the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points, the difference of two rates</extracomment>
        <translation>%1 Pp.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>“%1” is not an ISO week; write it like 2026-W47.</source>
        <translation>„%1“ ist keine ISO-Kalenderwoche; schreiben Sie sie wie 2026-W47.</translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not week %3.</source>
        <translation>%1 hat die Wochen 1 bis %2, keine Woche %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-11-16.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es wie 2026-11-16.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A report covers at most three years.</source>
        <translation>Ein Bericht umfasst höchstens drei Jahre.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 may see only his or her own figures.</source>
        <translation>%1 darf nur die eigenen Kennzahlen sehen.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Traffic</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Showroom traffic</source>
        <translation>Besucher im Autohaus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Erstbesuche</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Folgebesuche</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>Kontakt erfasst</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>Probefahrten</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Verkaufstrichter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>Konversion zur nächsten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Median Tage in der Phase</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost per sale</source>
        <translation>Kosten pro Verkauf</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Verlustgründe</translation>
    </message>
    <message>
        <source>Lost leads by reason and stage</source>
        <translation>Verlorene Leads nach Grund und Phase</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Leads assigned</source>
        <translation>Zugewiesene Leads</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>Median Erstreaktion (Min.)</translation>
    </message>
    <message>
        <source>Response breaches</source>
        <translation>Reaktionsfrist verletzt</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Erledigte Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Accessory attach rate</source>
        <translation>Zubehörquote</translation>
    </message>
    <message>
        <source>Manager comments</source>
        <translation>Kommentare des Verkaufsleiters</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>Deliveries and loans</source>
        <translation>Auslieferungen und Kredite</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Without a promised date</source>
        <translation>Ohne zugesagten Termin</translation>
    </message>
    <message>
        <source>Loan applications sent</source>
        <translation>Gesendete Kreditanträge</translation>
    </message>
    <message>
        <source>Loans approved</source>
        <translation>Genehmigte Kredite</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message numerus="yes">
        <source>Did not come within %n days of the invitation</source>
        <translation>
            <numerusform>Innerhalb von %n Tag nach der Einladung nicht gekommen</numerusform>
            <numerusform>Innerhalb von %n Tagen nach der Einladung nicht gekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned by the assignment rule.</source>
        <translation>Von der Zuweisungsregel zugewiesen.</translation>
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
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Lead #%1 (%2)</translation>
    </message>
    <message>
        <source>Bought a used car from a private seller.</source>
        <translation>Hat einen Gebrauchtwagen von privat gekauft.</translation>
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
    <message>
        <source>“%1” is not a time of day; write it as 09:00.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als 09:00.</translation>
    </message>
    <message>
        <source>Business days are numbers from 1 (Monday) to 7 (Sunday), separated by commas.</source>
        <translation>Geschäftstage sind Zahlen von 1 (Montag) bis 7 (Sonntag), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number above zero.</source>
        <translation>„%1“ erfordert eine ganze Zahl größer als null.</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>„%1“ ist kein Zuweisungsmodus (manual, round_robin, weighted, pool).</translation>
    </message>
    <message>
        <source>“%1” is not a card field; known are %2.</source>
        <translation>„%1“ ist kein Kartenfeld; bekannt sind: %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; use a smaller image.</source>
        <translation>Das Logo ist größer als 512 KB; verwenden Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number from %2 to %3.</source>
        <translation>„%1“ erfordert eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 18:30.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als 18:30.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>Es gibt keine Leadquelle „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not “provider name=source key”.</source>
        <translation>„%1“ hat nicht die Form „Anbietername=Quellenschlüssel“.</translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation>Es gibt keine Kampagne „%1“.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than the channel&apos;s.</source>
        <translation>Kampagne %1 gehört zu einer anderen Leadquelle als der des Kanals.</translation>
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
    <name>StockCommands</name>
    <message>
        <source>  [test drive]</source>
        <translation>  [Vorführwagen]</translation>
    </message>
    <message>
        <source>vehicle add needs --vin VIN --make MAKE --model MODEL</source>
        <translation>vehicle add erfordert --vin VIN --make MAKE --model MODEL</translation>
    </message>
    <message>
        <source>--year needs a year like 2026, not “%1”</source>
        <translation>--year erfordert eine Jahreszahl wie 2026, nicht „%1“</translation>
    </message>
    <message>
        <source>--condition is one of new, used, demo, not “%1”</source>
        <translation>--condition ist eines von new, used, demo, nicht „%1“</translation>
    </message>
    <message>
        <source>--in-transit needs the expected date like 2026-12-15, not “%1”</source>
        <translation>--in-transit erfordert das erwartete Datum wie 2026-12-15, nicht „%1“</translation>
    </message>
    <message>
        <source>vehicle import needs FILE.csv</source>
        <translation>vehicle import erfordert FILE.csv</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2 rejected: %3</source>
        <translation>Zeile %1: %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1%2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1%2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 abgelehnt</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Probelauf, nichts geschrieben: </translation>
    </message>
    <message>
        <source>testdrive book needs LEAD_ID --vin VIN --at DATE_TIME</source>
        <translation>testdrive book erfordert LEAD_ID --vin VIN --at DATE_TIME</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time like 2026-11-24T14:00, not “%1”</source>
        <translation>--at erfordert Datum und Uhrzeit nach ISO 8601 wie 2026-11-24T14:00, nicht „%1“</translation>
    </message>
    <message>
        <source>--minutes needs a positive number, not “%1”</source>
        <translation>--minutes erfordert eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>testdrive cancel needs BOOKING_ID</source>
        <translation>testdrive cancel erfordert BOOKING_ID</translation>
    </message>
    <message>
        <source>Test drive %1 cancelled</source>
        <translation>Probefahrt %1 storniert</translation>
    </message>
    <message>
        <source>vehicle needs add, list or import</source>
        <translation>vehicle erfordert add, list oder import</translation>
    </message>
    <message>
        <source>testdrive needs book or cancel</source>
        <translation>testdrive erfordert book oder cancel</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>“%1” is not a price.</source>
        <translation>„%1“ ist kein Preis.</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>Ein Preis darf nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-12-01 or 01.12.2026).</source>
        <translation>„%1“ ist kein Datum (schreiben Sie 2026-12-01 oder 01.12.2026).</translation>
    </message>
    <message>
        <source>The condition “%1” is unknown (new, used or demo).</source>
        <translation>Der Zustand „%1“ ist unbekannt (neu, gebraucht oder Vorführwagen).</translation>
    </message>
    <message>
        <source>The status “%1” is set by a deal, not by a stock list.</source>
        <translation>Der Status „%1“ wird durch ein Geschäft gesetzt, nicht durch eine Bestandsliste.</translation>
    </message>
    <message>
        <source>The status “%1” is unknown (in stock or in transit).</source>
        <translation>Der Status „%1“ ist unbekannt (Lager oder unterwegs).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Year: “%1” is not a model year.</source>
        <translation>Modelljahr: „%1“ ist kein Modelljahr.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Probefahrt</translation>
    </message>
    <message>
        <source>The vehicle %1 (%2)</source>
        <translation>Das Fahrzeug %1 (%2)</translation>
    </message>
    <message>
        <source>Enter the make of the car (for example VW).</source>
        <translation>Geben Sie die Marke des Fahrzeugs ein (zum Beispiel VW).</translation>
    </message>
    <message>
        <source>Enter the model of the car (for example Golf).</source>
        <translation>Geben Sie das Modell des Fahrzeugs ein (zum Beispiel Golf).</translation>
    </message>
    <message>
        <source>%1 is not a plausible model year.</source>
        <translation>%1 ist kein plausibles Modelljahr.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A car in transit needs the date it is expected to arrive.</source>
        <translation>Ein Fahrzeug, das unterwegs ist, braucht das erwartete Ankunftsdatum.</translation>
    </message>
    <message>
        <source>%1 belongs to a deal (reserved, sold or delivered); its status follows the deal.</source>
        <translation>%1 gehört zu einem Geschäft (reserviert, verkauft oder ausgeliefert); sein Status folgt dem Geschäft.</translation>
    </message>
    <message>
        <source>A car is reserved, sold and delivered through its deal, not in the stock list.</source>
        <translation>Ein Fahrzeug wird über sein Geschäft reserviert, verkauft und ausgeliefert, nicht in der Bestandsliste.</translation>
    </message>
    <message>
        <source>A new car is in stock or in transit; deals reserve and sell it.</source>
        <translation>Ein neu erfasstes Fahrzeug ist auf Lager oder unterwegs; reserviert und verkauft wird es über Geschäfte.</translation>
    </message>
    <message>
        <source>The VIN %1 is already in the stock list: %2.</source>
        <translation>Die FIN %1 ist bereits in der Bestandsliste: %2.</translation>
    </message>
    <message>
        <source>The file has no VIN column: its header line needs a column “VIN” (or “FIN”). Found: %1.</source>
        <translation>Die Datei hat keine FIN-Spalte: Ihre Kopfzeile braucht eine Spalte „VIN“ (oder „FIN“). Gefunden: %1.</translation>
    </message>
    <message>
        <source>The VIN %1 already appeared on line %2.</source>
        <translation>Die FIN %1 kam bereits in Zeile %2 vor.</translation>
    </message>
</context>
<context>
    <name>StockText</name>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>In transit, expected %1</source>
        <translation>Unterwegs, erwartet am %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <source>Demo car</source>
        <translation>Vorführwagen</translation>
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
    <message>
        <source>There is no lost reason “%1”.</source>
        <translation>Es gibt keinen Verlustgrund „%1“.</translation>
    </message>
    <message>
        <source>There is no task #%1.</source>
        <translation>Es gibt keine Aufgabe #%1.</translation>
    </message>
    <message>
        <source>There is no checklist item #%1.</source>
        <translation>Es gibt keinen Checklistenpunkt #%1.</translation>
    </message>
    <message>
        <source>There is no document #%1.</source>
        <translation>Es gibt kein Dokument #%1.</translation>
    </message>
    <message>
        <source>There is no checklist template item #%1.</source>
        <translation>Es gibt keinen Vorlagenpunkt #%1 für Checklisten.</translation>
    </message>
    <message>
        <source>There is no deal #%1.</source>
        <translation>Es gibt kein Geschäft #%1.</translation>
    </message>
    <message>
        <source>There is no test-drive booking #%1.</source>
        <translation>Es gibt keine Probefahrtbuchung #%1.</translation>
    </message>
    <message>
        <source>There is no vehicle #%1.</source>
        <translation>Es gibt kein Fahrzeug #%1.</translation>
    </message>
    <message>
        <source>No vehicle with the VIN %1 is in the stock list.</source>
        <translation>In der Bestandsliste gibt es kein Fahrzeug mit der FIN %1.</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>activity add needs LEAD_ID --kind KIND --outcome TEXT</source>
        <translation>activity add erfordert LEAD_ID --kind KIND --outcome TEXT</translation>
    </message>
    <message>
        <source>--kind is one of call, email, sms, visit, note, test_drive, not “%1”</source>
        <translation>--kind ist eines von call, email, sms, visit, note, test_drive, nicht „%1“</translation>
    </message>
    <message>
        <source>--direction is in or out, not “%1”</source>
        <translation>--direction ist in oder out, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Activity %1 logged; the first response on lead %2 took %n business minute(s)</source>
        <translation>
            <numerusform>Aktivität %1 erfasst; die erste Reaktion auf Lead %2 dauerte %n Minute (Öffnungszeiten)</numerusform>
            <numerusform>Aktivität %1 erfasst; die erste Reaktion auf Lead %2 dauerte %n Minuten (Öffnungszeiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 logged on lead %2</source>
        <translation>Aktivität %1 für Lead %2 erfasst</translation>
    </message>
    <message>
        <source>task add needs LEAD_ID --due DATE_TIME --title TEXT</source>
        <translation>task add erfordert LEAD_ID --due DATE_TIME --title TEXT</translation>
    </message>
    <message>
        <source>--due needs an ISO 8601 date and time like 2026-11-24T10:00, not “%1”</source>
        <translation>--due erfordert Datum und Uhrzeit nach ISO 8601 wie 2026-11-24T10:00, nicht „%1“</translation>
    </message>
    <message>
        <source>--kind is one of follow_up, call_back, appointment, test_drive, other, not “%1”</source>
        <translation>--kind ist eines von follow_up, call_back, appointment, test_drive, other, nicht „%1“</translation>
    </message>
    <message>
        <source>task done needs TASK_ID --result TEXT: what came of it</source>
        <translation>task done erfordert TASK_ID --result TEXT: was dabei herauskam</translation>
    </message>
    <message>
        <source>Task %1 is done</source>
        <translation>Aufgabe %1 ist erledigt</translation>
    </message>
    <message>
        <source>  #%1 %2  %3 — %4</source>
        <translation>  #%1 %2  %3 — %4</translation>
    </message>
    <message>
        <source>activity needs add</source>
        <translation>activity erfordert add</translation>
    </message>
    <message>
        <source>task needs add or done</source>
        <translation>task erfordert add oder done</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Heute fällig: %1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Termine: %1</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The task “%1”</source>
        <translation>Die Aufgabe „%1“</translation>
    </message>
    <message>
        <source>Follow-up call, day %1 after the first visit</source>
        <translation>Nachfassanruf, Tag %1 nach dem Erstbesuch</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Geben Sie an, worum es bei der Wiedervorlage geht.</translation>
    </message>
    <message>
        <source>A follow-up needs a date and time.</source>
        <translation>Eine Wiedervorlage braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another consultant.</source>
        <translation>Lead #%1 gehört einem anderen Berater.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 gehört einem anderen Berater.</translation>
    </message>
    <message>
        <source>Write down the result: what came of the follow-up?</source>
        <translation>Notieren Sie das Ergebnis: Was hat die Wiedervorlage ergeben?</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 ist bereits erledigt.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Der Kommentar ist leer.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Showroom invitation</source>
        <translation>Einladung ins Autohaus</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Probefahrt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Call back as promised</source>
        <translation>Rückruf wie versprochen</translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation>Besuch im Autohaus</translation>
    </message>
    <message>
        <source>Showroom visit: %1</source>
        <translation>Besuch im Autohaus: %1</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>Probefahrt: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule · day %1</source>
        <translation>Regel · Tag %1</translation>
    </message>
    <message>
        <source>Planned by a person</source>
        <translation>Von einer Person geplant</translation>
    </message>
    <message>
        <source>Planned by a rule (%1)</source>
        <translation>Von einer Regel geplant (%1)</translation>
    </message>
    <message>
        <source>Planned by the follow-up rule: day %1 after the first visit</source>
        <translation>Von der Wiedervorlageregel geplant: Tag %1 nach dem Erstbesuch</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · fällig %2</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · fällig %3</translation>
    </message>
</context>
<context>
    <name>TestDriveService</name>
    <message>
        <source>The %1 (%2)</source>
        <translation>Das Fahrzeug %1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2 on %3</source>
        <translation>von %1 bis %2 am %3</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>A test drive needs a date, a start and an end.</source>
        <translation>Eine Probefahrt braucht ein Datum, einen Beginn und ein Ende.</translation>
    </message>
    <message>
        <source>A test drive must end after it starts.</source>
        <translation>Eine Probefahrt muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>A test drive lasts at most 4 hours; this one would take %1 h %2 min.</source>
        <translation>Eine Probefahrt dauert höchstens 4 Stunden; diese würde %1 Std. %2 Min. dauern.</translation>
    </message>
    <message>
        <source>%1 is not a test-drive car.</source>
        <translation>%1 ist kein Vorführwagen.</translation>
    </message>
    <message>
        <source>%1 is sold and no longer available for test drives.</source>
        <translation>%1 ist verkauft und steht nicht mehr für Probefahrten zur Verfügung.</translation>
    </message>
    <message>
        <source>%1 is already booked for a test drive %2.</source>
        <translation>%1 ist bereits für eine Probefahrt gebucht (%2).</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>Probefahrt: %1</translation>
    </message>
    <message>
        <source>The test drive #%1 is already cancelled.</source>
        <translation>Die Probefahrt #%1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
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
    <message>
        <source>A share is a whole number from 0 to 1000.</source>
        <translation>Ein Anteil ist eine ganze Zahl von 0 bis 1000.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The card has no phone number or email.</source>
        <translation>Die Karte enthält weder Telefonnummer noch E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The file ends inside a card.</source>
        <translation>Die Datei endet mitten in einer Karte.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>Die Datei enthält keine vCard (BEGIN:VCARD).</translation>
    </message>
</context>
<context>
    <name>Vin</name>
    <message>
        <source>A VIN never contains the letter I (position %1): it would be read as 1. Type the digit 1 instead.</source>
        <translation>Eine FIN enthält nie den Buchstaben I (Stelle %1): Er würde als 1 gelesen. Geben Sie stattdessen die Ziffer 1 ein.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter O (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>Eine FIN enthält nie den Buchstaben O (Stelle %1): Er würde als 0 gelesen. Geben Sie stattdessen die Ziffer 0 ein.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter Q (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>Eine FIN enthält nie den Buchstaben Q (Stelle %1): Er würde als 0 gelesen. Geben Sie stattdessen die Ziffer 0 ein.</translation>
    </message>
    <message>
        <source>Enter the VIN (17 characters).</source>
        <translation>Geben Sie die FIN ein (17 Zeichen).</translation>
    </message>
    <message numerus="yes">
        <source>A VIN has 17 characters; this one has %n.</source>
        <translation>
            <numerusform>Eine FIN hat 17 Zeichen; diese hat %n.</numerusform>
            <numerusform>Eine FIN hat 17 Zeichen; diese hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A VIN holds only the letters A–Z and the digits 0–9; “%1” at position %2 is not allowed.</source>
        <translation>Eine FIN besteht nur aus den Buchstaben A–Z und den Ziffern 0–9; „%1“ an Stelle %2 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The check digit (position 9) should be %1 but is %2: a character of this VIN is probably mistyped.</source>
        <translation>Die Prüfziffer (Stelle 9) müsste %1 sein, ist aber %2: Wahrscheinlich ist ein Zeichen dieser FIN falsch eingegeben.</translation>
    </message>
    <message>
        <source>This VIN carries no check digit (usual outside North America and China); length and characters were checked.</source>
        <translation>Diese FIN hat keine Prüfziffer (außerhalb Nordamerikas und Chinas üblich); Länge und Zeichen wurden geprüft.</translation>
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
    <name>WeeklyReportPrinter</name>
    <message>
        <source>W%1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Besuche pro Tag</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Besuche pro Woche</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>Besuche pro Monat</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 Pp.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Erstbesuche</translation>
    </message>
    <message>
        <source>Info-retention</source>
        <translation>Kontakterfassung</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>Vorjahr: %1</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Folgebesuche</translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>Keine Besuche in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Visits by hour of the day</source>
        <translation>Besuche nach Tageszeit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all</source>
        <comment>consultants</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>all</source>
        <comment>sources</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Berater: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Weekly-report</source>
        <comment>file name</comment>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>file name</comment>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Seite %1 / %2</translation>
    </message>
    <message>
        <source>New leads: %1</source>
        <translation>Neue Leads: %1</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Gewonnen: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Verloren: %1</translation>
    </message>
    <message>
        <source>Close rate: %1</source>
        <translation>Abschlussquote: %1</translation>
    </message>
    <message>
        <source>First-visit closes: %1</source>
        <translation>Abschlüsse beim Erstbesuch: %1</translation>
    </message>
    <message>
        <source>Follow-up closes: %1</source>
        <translation>Abschlüsse nach Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>Konversion zur nächsten Phase</translation>
    </message>
    <message>
        <source>No lead moved through the funnel in this period.</source>
        <translation>In diesem Zeitraum hat kein Lead den Trichter durchlaufen.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Leads that reached each stage</source>
        <translation>Leads, die jede Phase erreicht haben</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>No leads or sales in this period.</source>
        <translation>Keine Leads oder Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Sources and campaigns</source>
        <translation>Quellen und Kampagnen</translation>
    </message>
    <message>
        <source>Leads and sales per source</source>
        <translation>Leads und Verkäufe pro Quelle</translation>
    </message>
    <message>
        <source>No campaign had leads, sales or costs in this period.</source>
        <translation>Keine Kampagne hatte in diesem Zeitraum Leads, Verkäufe oder Kosten.</translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation>Warten auf Bestätigung: %1</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>Verlorene Leads</translation>
    </message>
    <message>
        <source>No lead was lost in this period.</source>
        <translation>In diesem Zeitraum ging kein Lead verloren.</translation>
    </message>
    <message>
        <source>No lead was lost in these weeks.</source>
        <translation>In diesen Wochen ging kein Lead verloren.</translation>
    </message>
    <message>
        <source>Lost analysis</source>
        <translation>Verlustanalyse</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>Verlorene Leads nach Grund</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>Verlorene Leads pro Woche</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>No consultant had figures in this period.</source>
        <translation>Kein Berater hatte in diesem Zeitraum Kennzahlen.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <source>The column title “%1” is too long for Excel.</source>
        <translation>Der Spaltentitel „%1“ ist für Excel zu lang.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” holds a text longer than the %L3 characters an Excel cell can hold.</source>
        <translation>Zeile %1 des Blatts „%2“ enthält einen Text, der länger ist als die %L3 Zeichen, die eine Excel-Zelle fassen kann.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” could not be written: %3.</source>
        <translation>Zeile %1 des Blatts „%2“ konnte nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most %L4 rows below its header and %L5 columns.</source>
        <translation>„%1“ hat %L2 Zeilen und %L3 Spalten: Ein Excel-Blatt fasst höchstens %L4 Zeilen unter der Kopfzeile und %L5 Spalten.</translation>
    </message>
    <message>
        <source>Excel does not accept “%1” as a sheet name.</source>
        <translation>Excel akzeptiert „%1“ nicht als Blattnamen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: out of memory.</source>
        <translation>%1 konnte nicht geschrieben werden: kein Speicher mehr frei.</translation>
    </message>
</context>
<context>
    <name>showroom::AccessoryChoiceModel</name>
    <message>
        <source>Accessory</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Why customers take it</source>
        <translation>Warum Kunden es nehmen</translation>
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
    <name>showroom::AssignmentForm</name>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>&amp;Assign new leads:</source>
        <translation>Neue Leads zu&amp;weisen:</translation>
    </message>
    <message>
        <source>&amp;Unassigned leads are watched by:</source>
        <translation>Nicht zugewiesene Leads ü&amp;berwacht:</translation>
    </message>
    <message>
        <source>They are reminded when a lead in the queue is not taken within its response time. Lead sources can have their own rule.</source>
        <translation>Sie werden erinnert, wenn ein Lead in der Warteschlange nicht innerhalb seiner Reaktionszeit übernommen wird. Leadquellen können eine eigene Regel haben.</translation>
    </message>
    <message>
        <source>Shares under weighted assignment</source>
        <translation>Anteile bei gewichteter Zuweisung</translation>
    </message>
    <message>
        <source>Each consultant receives new leads in proportion to their share, e.g. 40 and 60. Consultants who are off duty or busy are skipped; 0 takes no leads.</source>
        <translation>Jeder Berater erhält neue Leads im Verhältnis zu seinem Anteil, z. B. 40 und 60. Berater, die nicht im Dienst oder beschäftigt sind, werden übersprungen; bei 0 gibt es keine Leads.</translation>
    </message>
    <message>
        <source>Total of the shares: %1</source>
        <translation>Summe der Anteile: %1</translation>
    </message>
    <message>
        <source>A manager gives every new lead to a consultant.</source>
        <translation>Ein Verkaufsleiter weist jeden neuen Lead einem Berater zu.</translation>
    </message>
    <message>
        <source>New leads go in turn to the consultants who are on duty and not busy.</source>
        <translation>Neue Leads gehen reihum an die Berater, die im Dienst und nicht beschäftigt sind.</translation>
    </message>
    <message>
        <source>New leads go to the consultants on duty in proportion to their shares below.</source>
        <translation>Neue Leads gehen an die Berater im Dienst, im Verhältnis zu ihren Anteilen unten.</translation>
    </message>
    <message>
        <source>New leads wait in a shared pool; the consultants take them themselves.</source>
        <translation>Neue Leads warten in einem gemeinsamen Pool; die Berater übernehmen sie selbst.</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Alle Verkaufsleiter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>showroom::AvailabilitySwitch</name>
    <message>
        <source>My availability:</source>
        <translation>Meine Verfügbarkeit:</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>You are at your desk and take new leads and walk-ins</source>
        <translation>Sie sind an Ihrem Platz und übernehmen neue Leads und Besucher</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>With a customer: no new leads are given to you until you are available again</source>
        <translation>Bei einem Kunden: Sie erhalten keine neuen Leads, bis Sie wieder verfügbar sind</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Nicht im Dienst</translation>
    </message>
    <message>
        <source>Not at work: you get no leads and the reception does not offer you</source>
        <translation>Nicht im Haus: Sie erhalten keine Leads, und der Empfang bietet Sie nicht an</translation>
    </message>
    <message>
        <source>Your availability was not changed</source>
        <translation>Ihre Verfügbarkeit wurde nicht geändert</translation>
    </message>
    <message>
        <source>taking new leads</source>
        <translation>Sie erhalten neue Leads</translation>
    </message>
    <message>
        <source>no new leads while busy</source>
        <translation>keine neuen Leads, solange Sie beschäftigt sind</translation>
    </message>
    <message>
        <source>no leads, not offered at the reception</source>
        <translation>keine Leads, am Empfang nicht angeboten</translation>
    </message>
</context>
<context>
    <name>showroom::BoardActions</name>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Lead #%1 (%2)</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>%n Lead nach %1 verschieben</numerusform>
            <numerusform>%n Leads nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Lead verschieben</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>%n Lead zuweisen</numerusform>
            <numerusform>%n Leads zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>Lead zuweisen</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>%1 als verloren markieren</translation>
    </message>
    <message>
        <source>Approve lost</source>
        <translation>Verlust bestätigen</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Nicht verloren</translation>
    </message>
    <message>
        <source>Why is %1 not lost? The consultant reads this.</source>
        <translation>Warum ist %1 nicht verloren? Der Berater liest diese Begründung.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Geschäft anlegen</translation>
    </message>
    <message>
        <source>A deal belongs to one lead. Drop the leads on Won one at a time.</source>
        <translation>Ein Geschäft gehört zu genau einem Lead. Ziehen Sie die Leads einzeln auf „Gewonnen“.</translation>
    </message>
</context>
<context>
    <name>showroom::BoardColumnView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when won · %n in 7 days</source>
        <translation>
            <numerusform>Bei Gewinn hierher ziehen · %n in 7 Tagen</numerusform>
            <numerusform>Bei Gewinn hierher ziehen · %n in 7 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when lost · %n</source>
        <translation>
            <numerusform>Bei Verlust hierher ziehen · %n</numerusform>
            <numerusform>Bei Verlust hierher ziehen · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::BoardFilterBar</name>
    <message>
        <source>My leads only</source>
        <translation>Nur meine Leads</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jeder Kundenwert</translation>
    </message>
    <message>
        <source>Any time in stage</source>
        <translation>Beliebige Dauer in der Phase</translation>
    </message>
    <message numerus="yes">
        <source>%n+ days in stage</source>
        <translation>
            <numerusform>%n+ Tag in der Phase</numerusform>
            <numerusform>%n+ Tage in der Phase</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Filter: name, car, consultant</source>
        <translation>Filter: Name, Fahrzeug, Berater</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle Berater</translation>
    </message>
    <message>
        <source>Unassigned pool</source>
        <translation>Nicht zugewiesen (Pool)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
</context>
<context>
    <name>showroom::BoardModel</name>
    <message>
        <source>Lead #%1: %2, %3</source>
        <translation>Lead #%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>showroom::BoardPage</name>
    <message>
        <source>Open customer card</source>
        <translation>Kundenkarte öffnen</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Wiedervorlage anlegen…</translation>
    </message>
    <message>
        <source>Schedule test drive…</source>
        <translation>Probefahrt planen…</translation>
    </message>
    <message>
        <source>Invite to the showroom…</source>
        <translation>Ins Autohaus einladen…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Als verloren markieren…</translation>
    </message>
    <message>
        <source>Approve: lost</source>
        <translation>Bestätigen: verloren</translation>
    </message>
    <message>
        <source>Not lost: return with a comment…</source>
        <translation>Nicht verloren: mit Kommentar zurückgeben…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Nach links</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Nach rechts ▶</translation>
    </message>
    <message>
        <source>Take the selected leads from the unassigned pool</source>
        <translation>Ausgewählte Leads aus dem Pool der nicht zugewiesenen Leads übernehmen</translation>
    </message>
    <message>
        <source>Assign: drop cards on a consultant</source>
        <translation>Zuweisen: Karten auf einen Berater ziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) match the filter</source>
        <translation>
            <numerusform>%1 von %n Lead passt zum Filter</numerusform>
            <numerusform>%1 von %n Leads passen zum Filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::CampaignBox</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>showroom::CardActions</name>
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
        <source>Add &amp;follow-up…</source>
        <translation>&amp;Wiedervorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Plan a call or visit for the selected (or newest) open lead</source>
        <translation>Einen Anruf oder Besuch für den ausgewählten (oder neuesten) offenen Lead planen</translation>
    </message>
    <message>
        <source>Schedule &amp;test drive…</source>
        <translation>&amp;Probefahrt vereinbaren…</translation>
    </message>
    <message>
        <source>Book a test drive for the selected (or newest) open lead</source>
        <translation>Eine Probefahrt für den ausgewählten (oder neuesten) offenen Lead vereinbaren</translation>
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
        <source>No open lead</source>
        <translation>Kein offener Lead</translation>
    </message>
    <message>
        <source>%1 has no open lead to plan for. Start one with “New lead…” first.</source>
        <translation>%1 hat keinen offenen Lead, für den sich etwas planen ließe. Legen Sie zuerst mit „Neuer Lead…“ einen an.</translation>
    </message>
    <message>
        <source>Test drive scheduled for %1.</source>
        <translation>Probefahrt für %1 vereinbart.</translation>
    </message>
    <message>
        <source>“%1” planned for %2.</source>
        <translation>„%1“ für %2 geplant.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>&amp;Geschäft anlegen…</translation>
    </message>
    <message>
        <source>The customer buys: the deal form for the selected (or newest) open lead</source>
        <translation>Der Kunde kauft: das Geschäftsformular für den ausgewählten (oder neuesten) offenen Lead</translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation>Geschäft ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The deal card with its delivery checklists</source>
        <translation>Die Geschäftskarte mit ihren Checklisten für die Auslieferung</translation>
    </message>
    <message>
        <source>%1 has no open lead to close with a deal. Start one with “New lead…” first.</source>
        <translation>%1 hat keinen offenen Lead, der mit einem Geschäft abgeschlossen werden könnte. Legen Sie zuerst mit „Neuer Lead…“ einen an.</translation>
    </message>
    <message>
        <source>Deal #%1 created.</source>
        <translation>Geschäft #%1 angelegt.</translation>
    </message>
</context>
<context>
    <name>showroom::CardDelegate</name>
    <message>
        <source>no car chosen yet</source>
        <translation>noch kein Fahrzeug gewählt</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Kundenwert: %1</translation>
    </message>
    <message>
        <source>%1 in stage</source>
        <translation>%1 in der Phase</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <source>Lost? waiting for approval: %1</source>
        <translation>Verloren? Wartet auf Bestätigung: %1</translation>
    </message>
    <message>
        <source>Not lost: %1</source>
        <translation>Nicht verloren: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Verloren: %1</translation>
    </message>
</context>
<context>
    <name>showroom::CardFieldsForm</name>
    <message>
        <source>Shown on every card</source>
        <translation>Auf jeder Karte angezeigt</translation>
    </message>
    <message>
        <source>Every card shows the customer&apos;s name. Fewer fields keep the board calm; more help to decide at a glance.</source>
        <translation>Jede Karte zeigt den Namen des Kunden. Weniger Felder halten die Pipeline übersichtlich; mehr helfen, auf einen Blick zu entscheiden.</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>Fahrzeugwunsch</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadquelle</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit in der Phase</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Reaktionsfrist</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>The model the customer asked about</source>
        <translation>Das Modell, nach dem der Kunde gefragt hat</translation>
    </message>
    <message>
        <source>Who works on the lead</source>
        <translation>Wer den Lead bearbeitet</translation>
    </message>
    <message>
        <source>Walk-in, phone, website form, …</source>
        <translation>Besuch im Autohaus, Telefon, Website-Formular, …</translation>
    </message>
    <message>
        <source>High value for walk-ins, value for calls, chats and web forms</source>
        <translation>Hoch bei Besuchen im Autohaus, mittel bei Anrufen, Chats und Website-Formularen</translation>
    </message>
    <message>
        <source>How long the lead has been in its column</source>
        <translation>Wie lange der Lead schon in seiner Spalte ist</translation>
    </message>
    <message>
        <source>When the next planned call or appointment is due</source>
        <translation>Wann der nächste geplante Anruf oder Termin fällig ist</translation>
    </message>
    <message>
        <source>Time left to contact a new lead, red when missed</source>
        <translation>Verbleibende Zeit für den Erstkontakt mit einem neuen Lead, rot bei Überschreitung</translation>
    </message>
    <message>
        <source>The expected price of the deal</source>
        <translation>Der erwartete Preis des Verkaufs</translation>
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
    <name>showroom::ChecklistItemDialog</name>
    <message>
        <source>Edit the item</source>
        <translation>Punkt bearbeiten</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Punkt hinzufügen</translation>
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
        <source>e.g. Winter wheels</source>
        <translation>z. B. Winterräder</translation>
    </message>
    <message>
        <source>e.g. Proof of income</source>
        <translation>z. B. Einkommensnachweis</translation>
    </message>
    <message>
        <source>e.g. Number plates fitted</source>
        <translation>z. B. Kennzeichen montiert</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Pun&amp;kt</translation>
    </message>
    <message>
        <source>&amp;Required: must be done before the next step</source>
        <translation>&amp;Pflicht: muss vor dem nächsten Schritt erledigt sein</translation>
    </message>
    <message>
        <source>&amp;Document needed: done only with a file attached</source>
        <translation>&amp;Dokument nötig: erst mit angehängter Datei erledigt</translation>
    </message>
    <message>
        <source>e.g. 299,00 (%1); empty: no price</source>
        <translation>z. B. 299,00 (%1); leer: kein Preis</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>Why the customer wants it, in one sentence</source>
        <translation>Warum der Kunde es will, in einem Satz</translation>
    </message>
    <message>
        <source>Sales &amp;argument</source>
        <translation>&amp;Verkaufsargument</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <source> days before delivery</source>
        <translation> Tage vor Auslieferung</translation>
    </message>
    <message>
        <source>Negative: after the promised delivery date</source>
        <translation>Negativ: nach dem zugesagten Liefertermin</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> Tage nach Unterschrift</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>Fällig &amp;innerhalb von</translation>
    </message>
    <message>
        <source>The item was not saved</source>
        <translation>Der Punkt wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemModel</name>
    <message>
        <source>on the day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 danach</translation>
    </message>
    <message>
        <source>Due this many days before the promised delivery date</source>
        <translation>So viele Tage vor dem zugesagten Liefertermin fällig</translation>
    </message>
    <message>
        <source>Due this many days after the contract was signed</source>
        <translation>So viele Tage nach der Vertragsunterschrift fällig</translation>
    </message>
    <message>
        <source>A required item must be done before the next step (bank, handover)</source>
        <translation>Ein Pflichtpunkt muss vor dem nächsten Schritt (Bank, Übergabe) erledigt sein</translation>
    </message>
    <message>
        <source>The item counts as done only with a scan or file attached</source>
        <translation>Der Punkt gilt erst mit angehängtem Scan oder angehängter Datei als erledigt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Document needed</source>
        <translation>Dokument nötig</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Sales argument</source>
        <translation>Verkaufsargument</translation>
    </message>
    <message>
        <source>Days before delivery</source>
        <translation>Tage vor Auslieferung</translation>
    </message>
    <message>
        <source>Days after signing</source>
        <translation>Tage nach Unterschrift</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done by %1, %2</source>
        <translation>erledigt (%1, %2)</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>sold (%1, %2)</source>
        <translation>verkauft (%1, %2)</translation>
    </message>
    <message>
        <source>not sold: %1</source>
        <translation>nicht verkauft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n angehängt</numerusform>
            <numerusform>%n angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>needed</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>A document must be attached before this item can be done</source>
        <translation>Bevor dieser Punkt erledigt werden kann, muss ein Dokument angehängt sein</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistPanel</name>
    <message>
        <source>&amp;Sold</source>
        <translation>Ver&amp;kauft</translation>
    </message>
    <message>
        <source>The customer takes the selected accessory</source>
        <translation>Der Kunde nimmt das ausgewählte Zubehör</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected item as done by you, now</source>
        <translation>Den ausgewählten Punkt jetzt als von Ihnen erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Back to open (a mistake); attached documents stay</source>
        <translation>Zurück auf offen (ein Versehen); angehängte Dokumente bleiben</translation>
    </message>
    <message>
        <source>&amp;Not sold…</source>
        <translation>&amp;Nicht verkauft…</translation>
    </message>
    <message>
        <source>The customer did not take it: record why</source>
        <translation>Der Kunde hat es nicht genommen: Grund erfassen</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>Dokument an&amp;hängen…</translation>
    </message>
    <message>
        <source>Store a scan or PDF with the selected item</source>
        <translation>Einen Scan oder ein PDF zum ausgewählten Punkt ablegen</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s document</source>
        <translation>Das Dokument des ausgewählten Punkts öffnen</translation>
    </message>
    <message>
        <source>“%1” not done</source>
        <translation>„%1“ nicht erledigt</translation>
    </message>
    <message>
        <source>“%1” not reopened</source>
        <translation>„%1“ nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>Attach a document to “%1”</source>
        <translation>Dokument an „%1“ anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation>Dokument nicht angehängt</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>The document cannot be written to %1: %2</source>
        <translation>Das Dokument kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Kein Programm ist zum Öffnen von %1 eingerichtet.</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistTemplateListModel</name>
    <message>
        <source>Loan documents — private buyer</source>
        <translation>Kreditunterlagen — Privatkunde</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>Kreditunterlagen — Firmenkunde</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>Auslieferungsschritte</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Accessories — all models</source>
        <translation>Zubehör — alle Modelle</translation>
    </message>
    <message>
        <source>Accessories — %1</source>
        <translation>Zubehör — %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Punkte: %1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistsSection</name>
    <message>
        <source>The loan file can go to the bank only when every required item is done and, where a document is needed, attached. Items are due this many days after the contract.</source>
        <translation>Die Kreditunterlagen können erst an die Bank gehen, wenn jeder Pflichtpunkt erledigt und – wo ein Dokument nötig ist – angehängt ist. Die Punkte sind so viele Tage nach dem Vertragsabschluss fällig.</translation>
    </message>
    <message>
        <source>Steps until the car is handed over, dated back from the promised delivery date; the consultant is reminded the day before a step is due and when it is overdue.</source>
        <translation>Schritte bis zur Übergabe des Fahrzeugs, vom zugesagten Liefertermin rückwärts terminiert; der Berater wird am Tag vor der Fälligkeit eines Schritts erinnert und wenn er überfällig ist.</translation>
    </message>
    <message>
        <source>Gone through with the customer at the handover and printed on the handover protocol the customer signs.</source>
        <translation>Wird bei der Übergabe mit dem Kunden durchgegangen und auf das Übergabeprotokoll gedruckt, das der Kunde unterschreibt.</translation>
    </message>
    <message>
        <source>Every item is offered to the buyer and recorded as sold, or as not sold with the reason. A model&apos;s own list replaces the one for all models.</source>
        <translation>Jeder Punkt wird dem Käufer angeboten und als verkauft oder als nicht verkauft mit Grund erfasst. Die eigene Liste eines Modells ersetzt die Liste für alle Modelle.</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>Kreditunterlagen — Firmenkunde</translation>
    </message>
    <message>
        <source>Add accessories for a &amp;model…</source>
        <translation>Zubehör für ein &amp;Modell hinzufügen…</translation>
    </message>
    <message>
        <source>A list of accessories offered only with one model, e.g. Golf</source>
        <translation>Eine Zubehörliste, die nur zu einem Modell angeboten wird, z. B. Golf</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Punkt hinzufügen…</translation>
    </message>
    <message>
        <source>A new item at the end of this checklist</source>
        <translation>Ein neuer Punkt am Ende dieser Checkliste</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected item (double-click)</source>
        <translation>Den ausgewählten Punkt ändern (Doppelklick)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New deals no longer get this item; running deals keep it</source>
        <translation>Neue Geschäfte erhalten diesen Punkt nicht mehr; laufende behalten ihn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>One place earlier in the checklist</source>
        <translation>Eine Position weiter oben in der Checkliste</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>One place later in the checklist</source>
        <translation>Eine Position weiter unten in der Checkliste</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists; changes here are saved at once and do not alter deals already running.</source>
        <translation>Jedes neue Geschäft übernimmt diese Checklisten; Änderungen hier werden sofort gespeichert und ändern laufende Geschäfte nicht.</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists.</source>
        <translation>Jedes neue Geschäft übernimmt diese Checklisten.</translation>
    </message>
    <message>
        <source>The checklists could not be loaded</source>
        <translation>Die Checklisten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Accessories for a model</source>
        <translation>Zubehör für ein Modell</translation>
    </message>
    <message>
        <source>The model these accessories are offered with, e.g. Golf:</source>
        <translation>Das Modell, zu dem dieses Zubehör angeboten wird, z. B. Golf:</translation>
    </message>
    <message>
        <source>The accessories were not added</source>
        <translation>Das Zubehör wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from this checklist? New deals no longer get it; deals already running keep it.</source>
        <translation>„%1“ aus dieser Checkliste entfernen? Neue Geschäfte erhalten den Punkt nicht mehr; laufende Geschäfte behalten ihn.</translation>
    </message>
    <message>
        <source>The item was not removed</source>
        <translation>Der Punkt wurde nicht entfernt</translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation>Der Punkt wurde nicht verschoben</translation>
    </message>
</context>
<context>
    <name>showroom::CompleteTaskDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>What came of it, e.g. “reached, test drive on Friday”</source>
        <translation>Was dabei herauskam, z. B. „erreicht, Probefahrt am Freitag“</translation>
    </message>
    <message>
        <source>Plan the next step afterwards</source>
        <translation>Danach den nächsten Schritt planen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
    <name>showroom::ConsultantStrip</name>
    <message>
        <source>Drop lead cards on a consultant to assign them</source>
        <translation>Lead-Karten auf einen Berater ziehen, um sie zuzuweisen</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>nicht im Dienst</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n open</source>
        <translation>
            <numerusform>%1
%2 · %n offen</numerusform>
            <numerusform>%1
%2 · %n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantTableModel</name>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Leads
assigned</source>
        <translation>Leads
zugewiesen</translation>
    </message>
    <message>
        <source>First
response</source>
        <translation>Erst-
reaktion</translation>
    </message>
    <message>
        <source>Response
breaches</source>
        <translation>Frist
verletzt</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Follow-ups
due</source>
        <translation>Wiedervorlagen
fällig</translation>
    </message>
    <message>
        <source>Follow-ups
done</source>
        <translation>Wiedervorlagen
erledigt</translation>
    </message>
    <message>
        <source>Follow-ups
overdue</source>
        <translation>Wiedervorlagen
überfällig</translation>
    </message>
    <message>
        <source>Test
drives</source>
        <translation>Probe-
fahrten</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Accessories
offered</source>
        <translation>Zubehör
angeboten</translation>
    </message>
    <message>
        <source>Accessories
sold</source>
        <translation>Zubehör
verkauft</translation>
    </message>
    <message>
        <source>Attach
rate</source>
        <translation>Zubehör-
quote</translation>
    </message>
    <message>
        <source>Manager
comments</source>
        <translation>Kommentare
Verkaufsleiter</translation>
    </message>
    <message>
        <source>Double-click a consultant to list his leads</source>
        <translation>Doppelklicken Sie auf einen Berater, um seine Leads aufzulisten</translation>
    </message>
    <message>
        <source>Leads now his that were assigned to him in the period</source>
        <translation>Leads, die ihm im Zeitraum zugewiesen wurden und noch seine sind</translation>
    </message>
    <message>
        <source>Median business time to the first response, over his leads created in the period</source>
        <translation>Median der Geschäftszeit bis zur Erstreaktion bei seinen im Zeitraum angelegten Leads</translation>
    </message>
    <message>
        <source>His leads created in the period that missed the response deadline</source>
        <translation>Seine im Zeitraum angelegten Leads, bei denen die Reaktionsfrist verpasst wurde</translation>
    </message>
    <message>
        <source>His leads created in the period that were escalated to a manager</source>
        <translation>Seine im Zeitraum angelegten Leads, die an den Verkaufsleiter eskaliert wurden</translation>
    </message>
    <message>
        <source>Follow-up and call-back tasks due in the period</source>
        <translation>Im Zeitraum fällige Wiedervorlagen und Rückrufe</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones done</source>
        <translation>Davon erledigte Wiedervorlagen</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones still open after their due time</source>
        <translation>Davon Wiedervorlagen, die nach ihrer Fälligkeit noch offen sind</translation>
    </message>
    <message>
        <source>Test drives he logged in the period</source>
        <translation>Im Zeitraum von ihm erfasste Probefahrten</translation>
    </message>
    <message>
        <source>Offers he logged in the period</source>
        <translation>Im Zeitraum von ihm erfasste Angebote</translation>
    </message>
    <message>
        <source>Deals he signed in the period (not cancelled)</source>
        <translation>Im Zeitraum von ihm abgeschlossene Geschäfte (nicht storniert)</translation>
    </message>
    <message>
        <source>List price minus discount of those deals</source>
        <translation>Listenpreis abzüglich Rabatt dieser Geschäfte</translation>
    </message>
    <message>
        <source>Accessories offered on those deals</source>
        <translation>Bei diesen Geschäften angebotenes Zubehör</translation>
    </message>
    <message>
        <source>Accessories sold on those deals</source>
        <translation>Bei diesen Geschäften verkauftes Zubehör</translation>
    </message>
    <message>
        <source>Accessories sold / offered</source>
        <translation>Zubehör verkauft / angeboten</translation>
    </message>
    <message>
        <source>Manager comments on his leads in the period</source>
        <translation>Kommentare des Verkaufsleiters zu seinen Leads im Zeitraum</translation>
    </message>
    <message>
        <source>%1 (%2): double-click to list his leads</source>
        <translation>%1 (%2): Doppelklick listet seine Leads auf</translation>
    </message>
    <message>
        <source>%1 of %2 accessories offered were sold</source>
        <translation>%1 von %2 angebotenen Zubehörteilen wurden verkauft</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantsTab</name>
    <message>
        <source>Figures attributed to each consultant in the period. Click a column title to sort, hover it for what it counts, right-click it to show more columns; double-click a consultant to list his leads.</source>
        <translation>Kennzahlen je Berater im Zeitraum. Klicken Sie auf einen Spaltentitel zum Sortieren, zeigen Sie darauf, um zu sehen, was er zählt, und klicken Sie mit der rechten Maustaste für weitere Spalten; ein Doppelklick auf einen Berater listet seine Leads auf.</translation>
    </message>
    <message>
        <source>Leads assigned to %1</source>
        <translation>%1 zugewiesene Leads</translation>
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
    <name>showroom::DealDialog</name>
    <message>
        <source>Deal #%1</source>
        <translation>Geschäft #%1</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Drucken:</translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation>An&amp;gebot</translation>
    </message>
    <message>
        <source>Print the commercial offer for this deal</source>
        <translation>Das Angebot zu diesem Geschäft drucken</translation>
    </message>
    <message>
        <source>&amp;Contract summary</source>
        <translation>&amp;Vertragsübersicht</translation>
    </message>
    <message>
        <source>Print the contract summary to sign</source>
        <translation>Die Vertragsübersicht zum Unterschreiben drucken</translation>
    </message>
    <message>
        <source>&amp;Handover protocol</source>
        <translation>Übergabe&amp;protokoll</translation>
    </message>
    <message>
        <source>Print the handover protocol for the customer&apos;s big day</source>
        <translation>Das Übergabeprotokoll für den großen Tag des Kunden drucken</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save one of the documents as a PDF file</source>
        <translation>Eines der Dokumente als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Mar&amp;k delivered…</source>
        <translation>Als ausge&amp;liefert markieren…</translation>
    </message>
    <message>
        <source>The car was handed over to the customer</source>
        <translation>Das Fahrzeug wurde dem Kunden übergeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send to &amp;bank</source>
        <translation>An die &amp;Bank senden</translation>
    </message>
    <message>
        <source>Deal #%1 cannot be read: %2</source>
        <translation>Geschäft #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Deal #%1 — %2</source>
        <translation>Geschäft #%1 — %2</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Es fehlt noch: %1</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Sent to bank</source>
        <translation>An die Bank gesendet</translation>
    </message>
    <message>
        <source>The loan application went to the bank on %1.</source>
        <translation>Der Kreditantrag ging am %1 an die Bank.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Es fehlt: %1</translation>
    </message>
    <message>
        <source>The loan file is complete and can go to the bank.</source>
        <translation>Die Kreditunterlagen sind vollständig und können an die Bank gehen.</translation>
    </message>
    <message>
        <source>Send the loan application to the bank</source>
        <translation>Den Kreditantrag an die Bank senden</translation>
    </message>
    <message>
        <source>Not sent to the bank</source>
        <translation>Nicht an die Bank gesendet</translation>
    </message>
    <message>
        <source>The loan application is marked as sent to the bank.</source>
        <translation>Der Kreditantrag ist als an die Bank gesendet markiert.</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Als ausgeliefert markieren</translation>
    </message>
    <message>
        <source>Hand %1 over to %2 now? The car is then delivered and the after-sales follow-ups are planned.</source>
        <translation>%1 jetzt an %2 übergeben? Das Fahrzeug gilt dann als ausgeliefert, und die Wiedervorlagen der Nachbetreuung werden geplant.</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht ausgeliefert</translation>
    </message>
    <message>
        <source>Delivered. The after-sales call is planned.</source>
        <translation>Ausgeliefert. Der Nachbetreuungsanruf ist geplant.</translation>
    </message>
    <message>
        <source>Promised date not changed</source>
        <translation>Zugesagter Termin nicht geändert</translation>
    </message>
    <message>
        <source>The promised delivery date is now %1.</source>
        <translation>Der zugesagte Liefertermin ist jetzt der %1.</translation>
    </message>
    <message>
        <source>%1 saved as PDF.</source>
        <translation>%1 als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Bank appro&amp;ved</source>
        <translation>Kredit geneh&amp;migt</translation>
    </message>
    <message>
        <source>Approved by the bank</source>
        <translation>Von der Bank genehmigt</translation>
    </message>
    <message>
        <source>Approved by the bank on %1.</source>
        <translation>Von der Bank am %1 genehmigt.</translation>
    </message>
    <message>
        <source>Record that the bank approved the loan</source>
        <translation>Erfassen, dass die Bank den Kredit genehmigt hat</translation>
    </message>
    <message>
        <source>Send the loan application to the bank first</source>
        <translation>Zuerst den Kreditantrag an die Bank senden</translation>
    </message>
    <message>
        <source>Approval not recorded</source>
        <translation>Genehmigung nicht erfasst</translation>
    </message>
    <message>
        <source>The bank&apos;s approval of the loan is recorded.</source>
        <translation>Die Kreditgenehmigung der Bank ist erfasst.</translation>
    </message>
</context>
<context>
    <name>showroom::DealFormDialog</name>
    <message>
        <source>New deal — %1</source>
        <translation>Neues Geschäft — %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Price and payment</source>
        <translation>Preis und Zahlung</translation>
    </message>
    <message>
        <source>P&amp;rint offer…</source>
        <translation>Angebot &amp;drucken…</translation>
    </message>
    <message>
        <source>The offer as it stands, to print or save as PDF</source>
        <translation>Das Angebot im aktuellen Stand, zum Drucken oder als PDF</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>Geschäft &amp;anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>interessiert an %1</translation>
    </message>
    <message>
        <source>The loan documents differ for private persons and companies</source>
        <translation>Die Kreditunterlagen unterscheiden sich für Privatpersonen und Firmen</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Käufer:</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>The accessories could not be read: %1</source>
        <translation>Das Zubehör konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No accessories are offered for this model.</source>
        <translation>Für dieses Modell wird kein Zubehör angeboten.</translation>
    </message>
    <message>
        <source>Tick what the customer takes with the car; the others stay on the deal&apos;s accessories list to be offered again.</source>
        <translation>Haken Sie an, was der Kunde mit dem Fahrzeug nimmt; der Rest bleibt auf der Zubehörliste des Geschäfts und wird erneut angeboten.</translation>
    </message>
    <message>
        <source>Describe the factory order: make, model, trim and colour.</source>
        <translation>Beschreiben Sie die Werksbestellung: Marke, Modell, Ausstattung und Farbe.</translation>
    </message>
    <message>
        <source>Choose a car from the list (search by any part of the VIN), or switch to a factory order.</source>
        <translation>Wählen Sie ein Fahrzeug aus der Liste (Suche nach einem beliebigen Teil der FIN) oder wechseln Sie zur Werksbestellung.</translation>
    </message>
    <message>
        <source>Create the deal, close the lead as won and reserve the car</source>
        <translation>Geschäft anlegen, Lead als gewonnen abschließen und Fahrzeug reservieren</translation>
    </message>
    <message>
        <source>Deal not created</source>
        <translation>Geschäft nicht angelegt</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Geschäft anlegen</translation>
    </message>
    <message>
        <source>Lead #%1 already has deal #%2; a lead has one deal.</source>
        <translation>Lead #%1 hat bereits Geschäft #%2; zu einem Lead gehört genau ein Geschäft.</translation>
    </message>
</context>
<context>
    <name>showroom::DealHeader</name>
    <message>
        <source>&amp;Move date</source>
        <translation>&amp;Datum ändern</translation>
    </message>
    <message>
        <source>Promise the customer this delivery date; the open delivery steps move with it</source>
        <translation>Dem Kunden diesen Liefertermin zusagen; die offenen Auslieferungsschritte verschieben sich mit</translation>
    </message>
    <message>
        <source>P&amp;romised delivery:</source>
        <translation>&amp;Zugesagter Liefertermin:</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Geschäft #%1</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>Werksbestellung</translation>
    </message>
    <message>
        <source>(list %1 − discount %2)</source>
        <translation>(Listenpreis %1 − Rabatt %2)</translation>
    </message>
    <message>
        <source>deposit %1</source>
        <translation>Anzahlung %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Trade-in</source>
        <translation>Inzahlungnahme</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation>Ausgeliefert am %1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Unterschrieben am %1</translation>
    </message>
    <message>
        <source>Loan application sent to the bank %1</source>
        <translation>Kreditantrag am %1 an die Bank gesendet</translation>
    </message>
    <message>
        <source>Loan application not yet sent to the bank</source>
        <translation>Kreditantrag noch nicht an die Bank gesendet</translation>
    </message>
    <message>
        <source>Loan approved by the bank %1</source>
        <translation>Kredit am %1 von der Bank genehmigt</translation>
    </message>
</context>
<context>
    <name>showroom::DealTermsForm</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Anything the colleagues should know</source>
        <translation>Was die Kollegen wissen sollten</translation>
    </message>
    <message>
        <source>Promised &amp;delivery</source>
        <translation>&amp;Zugesagter Liefertermin</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>&amp;Listenpreis</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>&amp;Rabatt</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>Zahl&amp;ung</translation>
    </message>
    <message>
        <source>Dep&amp;osit</source>
        <translation>Anza&amp;hlung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Trade-in</source>
        <translation>&amp;Inzahlungnahme</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>Baujahr?</translation>
    </message>
    <message>
        <source>mileage?</source>
        <translation>km-Stand?</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <source>Offered &amp;value</source>
        <translation>Angebotener W&amp;ert</translation>
    </message>
    <message>
        <source>A factory order needs the promised delivery date.</source>
        <translation>Eine Werksbestellung erfordert den zugesagten Liefertermin.</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Geben Sie den Listenpreis ein.</translation>
    </message>
    <message>
        <source>The discount is more than the list price.</source>
        <translation>Der Rabatt ist höher als der Listenpreis.</translation>
    </message>
    <message>
        <source>Say which car is traded in (make and model), or uncheck the trade-in.</source>
        <translation>Geben Sie an, welches Fahrzeug in Zahlung genommen wird (Marke und Modell), oder entfernen Sie den Haken bei „Inzahlungnahme“.</translation>
    </message>
    <message>
        <source>The deposit is more than the total.</source>
        <translation>Die Anzahlung ist höher als der Gesamtbetrag.</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>Preis nach Rabatt</translation>
    </message>
    <message>
        <source>+ Accessories</source>
        <translation>+ Zubehör</translation>
    </message>
    <message>
        <source>− Trade-in</source>
        <translation>− Inzahlungnahme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restbetrag</translation>
    </message>
</context>
<context>
    <name>showroom::DealsForm</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Offers and deliveries</source>
        <translation>Angebote und Auslieferungen</translation>
    </message>
    <message>
        <source>An &amp;offer is valid for:</source>
        <translation>Ein &amp;Angebot gilt:</translation>
    </message>
    <message>
        <source>Counted from the day the offer is printed; the offer shows its last day.</source>
        <translation>Gezählt ab dem Tag, an dem das Angebot gedruckt wird; das Angebot nennt seinen letzten Gültigkeitstag.</translation>
    </message>
    <message>
        <source>&amp;Remind before a delivery date:</source>
        <translation>&amp;Erinnern vor einem Liefertermin:</translation>
    </message>
    <message>
        <source>The consultant is reminded this many days before the promised delivery date (0: on the day).</source>
        <translation>Der Berater wird so viele Tage vor dem zugesagten Liefertermin erinnert (0: am Tag selbst).</translation>
    </message>
    <message>
        <source>After the handover</source>
        <translation>Nach der Übergabe</translation>
    </message>
    <message>
        <source>&amp;Call the customer after:</source>
        <translation>Kunden a&amp;nrufen nach:</translation>
    </message>
    <message>
        <source>Days after the handover: how is the new car?</source>
        <translation>Tage nach der Übergabe: Wie gefällt das neue Fahrzeug?</translation>
    </message>
    <message>
        <source>&quot;Second delivery&quot; &amp;evening:</source>
        <translation>A&amp;bend der „zweiten Auslieferung“:</translation>
    </message>
    <message>
        <source>Once a month, on the last such weekday, new owners are invited back to learn their car&apos;s functions at leisure.</source>
        <translation>Einmal im Monat, am letzten dieser Wochentage, werden neue Besitzer eingeladen, die Funktionen ihres Fahrzeugs in Ruhe kennenzulernen.</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveriesPage</name>
    <message>
        <source>Delivered %1</source>
        <translation>Ausgeliefert %1</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Geschäft öffnen</translation>
    </message>
    <message>
        <source>The deal card with its checklists (double-click or Enter)</source>
        <translation>Die Geschäftskarte mit ihren Checklisten (Doppelklick oder Eingabetaste)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Kunde ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The customer card of the selected deal</source>
        <translation>Die Kundenkarte des ausgewählten Geschäfts</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>Show &amp;delivered (last 30 days)</source>
        <translation>Ausgelieferte an&amp;zeigen (letzte 30 Tage)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;My deals only</source>
        <translation>Nur &amp;meine Geschäfte</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle Berater</translation>
    </message>
    <message>
        <source>The deliveries could not be loaded: %1</source>
        <translation>Die Auslieferungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Geschäft</numerusform>
            <numerusform>%n Geschäfte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, davon %2 überfällig</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Geschäft öffnen</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>Kundenkarte öffnen</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveryListModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s) overdue</source>
        <translation>
            <numerusform>%1 — %n Schritt überfällig</numerusform>
            <numerusform>%1 — %n Schritte überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checklist items done</source>
        <translation>%1 von %2 Checklistenpunkten erledigt</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>Werksbestellung</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>nothing dated open</source>
        <translation>nichts Offenes mit Termin</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Ausgeliefert %1</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, approved on %2</source>
        <translation>Am %1 an die Bank gesendet, am %2 genehmigt</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, not approved yet</source>
        <translation>Am %1 an die Bank gesendet, noch nicht genehmigt</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownDialog</name>
    <message>
        <source>Leads: %1</source>
        <translation>Leads: %1</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>&amp;Kunde öffnen</translation>
    </message>
    <message>
        <source>The customer card of the selected lead (double-click or Enter)</source>
        <translation>Die Kundenkarte des ausgewählten Leads (Doppelklick oder Eingabetaste)</translation>
    </message>
    <message>
        <source>The leads could not be listed: %1</source>
        <translation>Die Leads konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the first %2 are shown)</source>
        <translation>%1 (die ersten %2 werden angezeigt)</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Lead #%1: double-click to open the customer card</source>
        <translation>Lead #%1: Doppelklick öffnet die Kundenkarte</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>showroom::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Wiedervorlage planen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>noch kein Fahrzeug</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>Lead #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation>Termin vereinbaren</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Vereinbaren</translation>
    </message>
    <message>
        <source>The follow-up was not planned</source>
        <translation>Die Wiedervorlage wurde nicht geplant</translation>
    </message>
</context>
<context>
    <name>showroom::FunnelTab</name>
    <message>
        <source>Leads in the period</source>
        <translation>Leads im Zeitraum</translation>
    </message>
    <message>
        <source>Double-click a stage to list the leads that entered it</source>
        <translation>Doppelklicken Sie auf eine Phase, um die eingetretenen Leads aufzulisten</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>Leads, die in %1 eingetreten sind</translation>
    </message>
    <message>
        <source>new leads</source>
        <translation>neue Leads</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Im Zeitraum angelegte Leads</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>Leads moved to Won in the period</source>
        <translation>Im Zeitraum nach Gewonnen verschobene Leads</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>Leads moved to Lost in the period</source>
        <translation>Im Zeitraum nach Verloren verschobene Leads</translation>
    </message>
    <message>
        <source>close rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Won / new leads</source>
        <translation>Gewonnen / neue Leads</translation>
    </message>
    <message>
        <source>closed on the first visit</source>
        <translation>beim Erstbesuch abgeschlossen</translation>
    </message>
    <message>
        <source>Won on the day the lead was created</source>
        <translation>Am Tag der Anlage des Leads gewonnen</translation>
    </message>
    <message>
        <source>closed after a follow-up</source>
        <translation>nach Wiedervorlage abgeschlossen</translation>
    </message>
    <message>
        <source>Won on a later day</source>
        <translation>An einem späteren Tag gewonnen</translation>
    </message>
</context>
<context>
    <name>showroom::HoursForm</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Autohaus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation>&amp;Land für Telefonnummern:</translation>
    </message>
    <message>
        <source>Two letters, e.g. DE: numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Zwei Buchstaben, z. B. DE: Nummern ohne Ländervorwahl gelten als Nummern dieses Landes.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>&amp;Geöffnet von:</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Geöffnet an:</translation>
    </message>
    <message>
        <source>Response times and follow-up calls count only these hours, in the dealership&apos;s time zone.</source>
        <translation>Reaktionszeiten und Nachfassanrufe zählen nur diese Stunden, in der Zeitzone des Autohauses.</translation>
    </message>
    <message>
        <source>The business day must end after it starts.</source>
        <translation>Der Geschäftstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose at least one business day; response times count only those.</source>
        <translation>Wählen Sie mindestens einen Geschäftstag; Reaktionszeiten zählen nur diese.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straße und Hausnummer
PLZ und Ort</translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Name, address, phone and logo head every printed offer, contract and handover protocol.</source>
        <translation>Name, Adresse, Telefon und Logo stehen im Kopf jedes gedruckten Angebots, Vertrags und Übergabeprotokolls.</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeForm</name>
    <message>
        <source>Where arriving leads are attributed</source>
        <translation>Quelle und Kampagne eingehender Leads</translation>
    </message>
    <message>
        <source>The file&apos;s usual source</source>
        <translation>Übliche Quelle der Datei</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Intake folder:</source>
        <translation>Eingangsordner:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Postfach:</translation>
    </message>
    <message>
        <source>ADF providers:</source>
        <translation>ADF-Anbieter:</translation>
    </message>
    <message>
        <source>An ADF lead names its sender (the provider): a provider listed here gets its source, one named like a source gets that one, any other the channel&apos;s. A campaign counts only leads of its own source.</source>
        <translation>Ein ADF-Lead nennt seinen Absender (den Anbieter): Ein hier aufgeführter Anbieter erhält seine Quelle, einer mit dem Namen einer Quelle diese Quelle, jeder andere die des Kanals. Eine Kampagne zählt nur Leads ihrer eigenen Quelle.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Watch an intake &amp;folder</source>
        <translation>&amp;Eingangsordner überwachen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>ADF, email, vCard and list files dropped there are imported within seconds, then moved to processed/ or failed/.</source>
        <translation>Dort abgelegte ADF-, E-Mail-, vCard- und Listendateien werden binnen Sekunden importiert und dann nach processed/ oder failed/ verschoben.</translation>
    </message>
    <message>
        <source>Check a &amp;mailbox</source>
        <translation>&amp;Postfach abrufen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Abrufintervall:</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Intake folder: not watched on this computer</source>
        <translation>Eingangsordner: auf diesem Computer nicht überwacht</translation>
    </message>
    <message>
        <source>Mailbox: not checked on this computer</source>
        <translation>Postfach: auf diesem Computer nicht abgerufen</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>The intake folder “%1” does not exist.</source>
        <translation>Der Eingangsordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The mailbox needs a login.</source>
        <translation>Für das Postfach fehlt der Benutzername.</translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation>nur für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>Mail server certificate</source>
        <translation>Zertifikat des Mailservers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>Unread messages become leads and are marked read; the message stays attached to the lead. imap:// must offer STARTTLS unless the server is this computer. A server certificate (PEM) is trusted besides the system&apos;s, for a mail server with a certificate of its own.</source>
        <translation>Ungelesene Nachrichten werden zu Leads und als gelesen markiert; die Nachricht bleibt dem Lead angehängt. imap:// muss STARTTLS anbieten, außer der Server ist dieser Computer. Ein Serverzertifikat (PEM) gilt zusätzlich zu denen des Systems als vertrauenswürdig, für einen Mailserver mit eigenem Zertifikat.</translation>
    </message>
    <message>
        <source>The server certificate “%1” cannot be read.</source>
        <translation>Das Serverzertifikat „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeWatcher</name>
    <message>
        <source>No mailbox password on this desk; enter it in Settings.</source>
        <translation>Kein Postfachpasswort an diesem Arbeitsplatz; geben Sie es in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The mailbox password cannot be read: %1</source>
        <translation>Das Postfachpasswort kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the failed folder.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden; siehe den Ordner failed/.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden; siehe den Ordner failed/.</numerusform>
        </translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: wird geprüft…</translation>
    </message>
    <message>
        <source>%1: %2 (next try at %3)</source>
        <translation>%1: %2 (nächster Versuch um %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: waiting for the first check</source>
        <translation>%1: wartet auf die erste Prüfung</translation>
    </message>
    <message>
        <source>%1: checked at %2, no new leads yet</source>
        <translation>%1: geprüft um %2, noch keine neuen Leads</translation>
    </message>
    <message numerus="yes">
        <source>%1: checked at %2; %n lead(s) came in at %3</source>
        <translation>
            <numerusform>%1: geprüft um %2; %n Lead um %3 eingegangen</numerusform>
            <numerusform>%1: geprüft um %2; %n Leads um %3 eingegangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
</context>
<context>
    <name>showroom::KpiTiles</name>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Walk-ins in the period</source>
        <translation>Besuche im Autohaus im Zeitraum</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Erstbesuche</translation>
    </message>
    <message>
        <source>Walk-ins recorded as the visitor&apos;s first visit</source>
        <translation>Besuche, die als Erstbesuch des Besuchers erfasst wurden</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>Kontakterfassungsquote</translation>
    </message>
    <message>
        <source>First visits whose visitor left a phone number or email</source>
        <translation>Erstbesuche, bei denen der Besucher Telefonnummer oder E-Mail hinterlassen hat</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Im Zeitraum angelegte Leads</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Leads won / new leads</source>
        <translation>Gewonnene Leads / neue Leads</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Deals signed in the period (not cancelled)</source>
        <translation>Im Zeitraum abgeschlossene Geschäfte (nicht storniert)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>List price minus discount of the deals signed in the period</source>
        <translation>Listenpreis abzüglich Rabatt der im Zeitraum abgeschlossenen Geschäfte</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>%1 gewonnen · %2 verloren</translation>
    </message>
    <message>
        <source>%1 on the first visit</source>
        <translation>%1 beim Erstbesuch</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 ausgeliefert</translation>
    </message>
    <message>
        <source>%1 per sale</source>
        <translation>%1 pro Verkauf</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>%1 vs prev. period</source>
        <extracomment>A tile&apos;s change against the previous period, e.g. &quot;+12% vs prev. period&quot;</extracomment>
        <translation>%1 ggü. Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <extracomment>A tile&apos;s change against the same period last year</extracomment>
        <translation>%1 ggü. Vorjahr</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
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
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
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
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
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
        <source>Vehicle of interest</source>
        <translation>Fahrzeugwunsch</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Record id (for re-imports)</source>
        <translation>Datensatz-ID (für erneute Importe)</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)</source>
        <translation>ADF (.xml), E-Mail (.eml), vCard (.vcf) oder Liste (.csv)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Laut Datei</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Que&amp;lle:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>line 999</source>
        <translation>Zeile 999</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>Lead für bekannten Kunden</translation>
    </message>
    <message>
        <source>Choose a file: every record is checked before anything is written.</source>
        <translation>Wählen Sie eine Datei: Jeder Datensatz wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Leads to import</source>
        <translation>Zu importierende Leads</translation>
    </message>
    <message>
        <source>Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)</source>
        <translation>Leaddateien (*.xml *.adf *.eml *.vcf *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose the source this list came from.</source>
        <translation>Wählen Sie die Quelle, aus der diese Liste stammt.</translation>
    </message>
    <message>
        <source>The leads were not imported</source>
        <translation>Die Leads wurden nicht importiert</translation>
    </message>
    <message>
        <source>%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.</source>
        <translation>%1 neu, %2 für bekannte Kunden, %3 zu prüfen, %4 bereits importiert, %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Read as %1. %2</source>
        <translation>Gelesen als %1. %2</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 “Import” creates the leads; rejected records and those imported before are skipped.</source>
        <translation>Geprüft, noch nichts geschrieben: %1 „Importieren“ legt die Leads an; abgelehnte und bereits importierte Datensätze werden übersprungen.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportModel</name>
    <message>
        <source>New customer and lead</source>
        <translation>Neuer Kunde und Lead</translation>
    </message>
    <message>
        <source>Customer and lead created</source>
        <translation>Kunde und Lead angelegt</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>Lead für bekannten Kunden</translation>
    </message>
    <message>
        <source>Lead for a known customer created</source>
        <translation>Lead für bekannten Kunden angelegt</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>Lead to review</source>
        <translation>Zu prüfender Lead</translation>
    </message>
    <message>
        <source>Lead to review created</source>
        <translation>Zu prüfender Lead angelegt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
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
    <name>showroom::LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Logo &amp;wählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 512 KB, printed at the top of offers, contracts and handover protocols</source>
        <translation>Ein PNG- oder JPEG-Bild von höchstens 512 KB, gedruckt oben auf Angeboten, Verträgen und Übergabeprotokollen</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Logo ent&amp;fernen</translation>
    </message>
    <message>
        <source>Choose the dealership&apos;s logo</source>
        <translation>Logo des Autohauses wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The logo was not changed</source>
        <translation>Das Logo wurde nicht geändert</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Unlesbares Bild</translation>
    </message>
</context>
<context>
    <name>showroom::LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>Als verloren abschließen</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Bestätigung anfordern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be closed as lost. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>Wird als verloren abgeschlossen: &lt;b&gt;%1&lt;/b&gt;. Der Wochenbericht wertet die Verlustgründe aus – wählen Sie deshalb den tatsächlichen Grund.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays on your board until the manager approves. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>Bleibt in Ihrer Pipeline, bis der Verkaufsleiter bestätigt: &lt;b&gt;%1&lt;/b&gt;. Der Wochenbericht wertet die Verlustgründe aus – wählen Sie deshalb den tatsächlichen Grund.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>Was ist passiert – in den Worten des Kunden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Choose why the lead is lost.</source>
        <translation>Wählen Sie, warum der Lead verloren ist.</translation>
    </message>
    <message>
        <source>“%1” needs a comment.</source>
        <translation>„%1“ erfordert einen Kommentar.</translation>
    </message>
    <message>
        <source>This reason needs a comment.</source>
        <translation>Dieser Grund erfordert einen Kommentar.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Needs a comment</source>
        <translation>Kommentar erforderlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Retired: not offered</source>
        <translation>Deaktiviert: nicht angeboten</translation>
    </message>
    <message>
        <source>The consultant must explain the loss in a comment</source>
        <translation>Der Berater muss den Verlust in einem Kommentar erklären</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Zum Umbenennen doppelklicken oder F2 drücken</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonsSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <source>Type a new name for the selected reason (F2)</source>
        <translation>Neuen Namen für den ausgewählten Grund eingeben (F2)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Deak&amp;tivieren</translation>
    </message>
    <message>
        <source>Retired reasons are no longer offered; past leads keep them</source>
        <translation>Deaktivierte Gründe werden nicht mehr angeboten; frühere Leads behalten sie</translation>
    </message>
    <message>
        <source>A new reason, e.g. Financing refused</source>
        <translation>Ein neuer Grund, z. B. Finanzierung abgelehnt</translation>
    </message>
    <message>
        <source>Needs a &amp;comment</source>
        <translation>&amp;Kommentar erforderlich</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>&amp;Grund hinzufügen</translation>
    </message>
    <message>
        <source>A lost lead always needs one of these reasons; where a reason needs a comment, the consultant explains it too. They are the manager&apos;s most valuable figures in the weekly report.</source>
        <translation>Ein verlorener Lead braucht immer einen dieser Gründe; verlangt ein Grund einen Kommentar, erklärt der Berater ihn zusätzlich. Für den Verkaufsleiter sind sie die wertvollsten Zahlen im Wochenbericht.</translation>
    </message>
    <message>
        <source>The lost reasons could not be loaded</source>
        <translation>Die Verlustgründe konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The lost reason was not added</source>
        <translation>Der Verlustgrund wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The lost reason was not renamed</source>
        <translation>Der Verlustgrund wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>The lost reason was not changed</source>
        <translation>Der Verlustgrund wurde nicht geändert</translation>
    </message>
    <message>
        <source>The lost reason was not retired</source>
        <translation>Der Verlustgrund wurde nicht deaktiviert</translation>
    </message>
    <message>
        <source>The lost reason was not restored</source>
        <translation>Der Verlustgrund wurde nicht reaktiviert</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Reak&amp;tivieren</translation>
    </message>
</context>
<context>
    <name>showroom::LostTab</name>
    <message>
        <source>Lost leads</source>
        <translation>Verlorene Leads</translation>
    </message>
    <message>
        <source>Double-click a reason, or a reason&apos;s count in a stage, to list the leads</source>
        <translation>Doppelklicken Sie auf einen Grund oder seine Anzahl in einer Phase, um die Leads aufzulisten</translation>
    </message>
    <message>
        <source>lost in the period</source>
        <translation>im Zeitraum verloren</translation>
    </message>
    <message>
        <source>Leads whose loss was approved and that were closed in the period</source>
        <translation>Leads, deren Verlust bestätigt und die im Zeitraum geschlossen wurden</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>warten auf Bestätigung</translation>
    </message>
    <message>
        <source>Losses requested by the end of the period that still wait for a manager</source>
        <translation>Bis zum Ende des Zeitraums beantragte Verluste, die noch auf den Verkaufsleiter warten</translation>
    </message>
    <message>
        <source>Leads lost in %1: %2</source>
        <translation>In %1 verlorene Leads: %2</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>Verlorene Leads: %1</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
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
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Lead intake: on</source>
        <translation>Leadeingang: aktiv</translation>
    </message>
    <message>
        <source>Lead intake: %1 not working</source>
        <translation>Leadeingang: %1 gestört</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the %1</source>
        <translation>
            <numerusform>%n neuer Lead aus dem %1</numerusform>
            <numerusform>%n neue Leads aus dem %1</numerusform>
        </translation>
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
    <name>showroom::NotSoldDialog</name>
    <message>
        <source>Not sold</source>
        <translation>Nicht verkauft</translation>
    </message>
    <message>
        <source>Record as not sold</source>
        <translation>Als nicht verkauft erfassen</translation>
    </message>
    <message>
        <source>Why did the customer not take &lt;b&gt;%1&lt;/b&gt;? The reason goes into the accessories report.</source>
        <translation>Warum hat der Kunde &lt;b&gt;%1&lt;/b&gt; nicht genommen? Der Grund fließt in den Zubehörbericht ein.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Choose why the accessory was not sold.</source>
        <translation>Wählen Sie, warum das Zubehör nicht verkauft wurde.</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationButton</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Benachrichtigungen: nichts Ungelesenes</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationCenter</name>
    <message>
        <source>The reminder rules could not run: %1</source>
        <translation>Die Erinnerungsregeln konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Notifications could not be read: %1</source>
        <translation>Die Benachrichtigungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationListModel</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationPanel</name>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>No notifications. Reminders, escalations, assignments and comments on your follow-ups will appear here.</source>
        <translation>Keine Benachrichtigungen. Hier erscheinen Erinnerungen, Eskalationen, Zuweisungen und Kommentare zu Ihren Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>Die Benachrichtigungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>Notifications — %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen — %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications not marked read</source>
        <translation>Benachrichtigungen nicht als gelesen markiert</translation>
    </message>
    <message>
        <source>Notification not marked read</source>
        <translation>Benachrichtigung nicht als gelesen markiert</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationTray</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n neue Benachrichtigung</numerusform>
            <numerusform>%n neue Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showroom CRM — %n unread notification(s)</source>
        <translation>
            <numerusform>Showroom CRM — %n ungelesene Benachrichtigung</numerusform>
            <numerusform>Showroom CRM — %n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom CRM</source>
        <translation>Showroom CRM</translation>
    </message>
</context>
<context>
    <name>showroom::OverviewTab</name>
    <message>
        <source>Deliveries and loans</source>
        <translation>Auslieferungen und Kredite</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <source>Deals handed over in the period</source>
        <translation>Im Zeitraum übergebene Geschäfte</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>Handed over on or before the promised date</source>
        <translation>Am oder vor dem zugesagten Termin übergeben</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>Handed over after the promised date</source>
        <translation>Nach dem zugesagten Termin übergeben</translation>
    </message>
    <message>
        <source>without a promised date</source>
        <translation>ohne zugesagten Termin</translation>
    </message>
    <message>
        <source>loan applications sent</source>
        <translation>Kreditanträge gesendet</translation>
    </message>
    <message>
        <source>Loan documents sent to the bank in the period</source>
        <translation>Im Zeitraum an die Bank gesendete Kreditunterlagen</translation>
    </message>
    <message>
        <source>loans approved</source>
        <translation>Kredite genehmigt</translation>
    </message>
    <message>
        <source>Loans the bank approved in the period</source>
        <translation>Im Zeitraum von der Bank genehmigte Kredite</translation>
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
    <name>showroom::ProviderSourceTable</name>
    <message>
        <source>Provider name in ADF</source>
        <translation>Anbietername im ADF</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadquelle</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
    <name>showroom::ReportExportDialog</name>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx): every table as a sheet</source>
        <translation>Excel-Arbeitsmappe (*.xlsx): jede Tabelle als Blatt</translation>
    </message>
    <message>
        <source>CSV (*.csv): one table</source>
        <translation>CSV (*.csv): eine Tabelle</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>Wochenbericht %1</translation>
    </message>
    <message>
        <source>Report %1 – %2</source>
        <translation>Bericht %1 – %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>showroom::ReportHeader</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druckv&amp;orschau…</translation>
    </message>
    <message>
        <source>The weekly report as it will be printed</source>
        <translation>Der Wochenbericht, wie er gedruckt wird</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the printed report as a PDF file</source>
        <translation>Den gedruckten Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to Excel or CSV</source>
        <translation>Die Tabellen des Berichts nach Excel oder CSV exportieren</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Der vorherige Zeitraum</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>Der nächste Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>Berat&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Que&amp;lle:</translation>
    </message>
    <message>
        <source>Consultants see their own figures</source>
        <translation>Berater sehen ihre eigenen Kennzahlen</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle Berater</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
</context>
<context>
    <name>showroom::ReportsPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>T&amp;richter</translation>
    </message>
    <message>
        <source>Sourc&amp;es</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Verloren</translation>
    </message>
    <message>
        <source>Consul&amp;tants</source>
        <translation>&amp;Berater</translation>
    </message>
    <message>
        <source>Reports are for consultants and managers.
%1</source>
        <translation>Berichte sind für Berater und Verkaufsleiter.
%1</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Der Bericht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Figures as of %1 (%2). Click a bar or double-click a row to list the leads behind it.</source>
        <translation>Stand der Zahlen: %1 (%2). Klicken Sie auf einen Balken oder doppelklicken Sie auf eine Zeile, um die zugehörigen Leads aufzulisten.</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
</context>
<context>
    <name>showroom::RulesForm</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>e.g. 1, 3, 7</source>
        <translation>z. B. 1, 3, 7</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <source>&amp;Contact a new lead within:</source>
        <translation>Neuen Lead &amp;kontaktieren innerhalb von:</translation>
    </message>
    <message>
        <source>The default; each lead source can have its own time (see Lead sources). Only business hours count.</source>
        <translation>Standardwert; jede Leadquelle kann eine eigene Zeit haben (siehe Leadquellen). Es zählt nur die Geschäftszeit.</translation>
    </message>
    <message>
        <source>&amp;Tell the manager after a further:</source>
        <translation>Verkaufsleiter &amp;informieren nach weiteren:</translation>
    </message>
    <message>
        <source>At the deadline the consultant, or whoever watches the unassigned queue, is reminded; if the lead is still waiting this much later, the manager is notified.</source>
        <translation>Bei Fristablauf wird der Berater erinnert – oder wer die Warteschlange der nicht zugewiesenen Leads überwacht; wartet der Lead so viel später immer noch, wird der Verkaufsleiter benachrichtigt.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Call after a first visit on &amp;days:</source>
        <translation>Anruf nach einem Erstbesuch an den &amp;Tagen:</translation>
    </message>
    <message>
        <source>Days after the visit, separated by commas. A call due on a closed day moves to the next business day.</source>
        <translation>Tage nach dem Besuch, durch Kommas getrennt. Ein Anruf, der auf einen Schließtag fällt, wird auf den nächsten Geschäftstag verschoben.</translation>
    </message>
    <message>
        <source>&amp;Reassign invited leads who did not come after:</source>
        <translation>Eingeladene Leads ohne Erscheinen neu zuweisen &amp;nach:</translation>
    </message>
    <message>
        <source>Follow-up days are whole numbers above zero, e.g. 1, 3, 7.</source>
        <translation>Wiedervorlagetage sind ganze Zahlen größer als null, z. B. 1, 3, 7.</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsForm</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Die gespeicherten Werte wieder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store these settings for every desk (Ctrl+S)</source>
        <translation>Diese Einstellungen für alle Arbeitsplätze speichern (Strg+S)</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Die Einstellungen wurden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsPage</name>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Verlustgründe</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Leadquellen</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Response &amp;&amp; follow-ups</source>
        <translation>Reaktion &amp;&amp; Wiedervorlagen</translation>
    </message>
    <message>
        <source>Dealership &amp;&amp; hours</source>
        <translation>Autohaus &amp;&amp; Öffnungszeiten</translation>
    </message>
    <message>
        <source>Board cards</source>
        <translation>Pipeline-Karten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Only managers and administrators can change these settings; you can look at them.</source>
        <translation>Nur Verkaufsleiter und Administratoren können diese Einstellungen ändern; Sie können sie ansehen.</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Deals &amp;&amp; after-sales</source>
        <translation>Geschäfte &amp;&amp; Nachbetreuung</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Lead intake</source>
        <translation>Leadeingang</translation>
    </message>
</context>
<context>
    <name>showroom::ShareModel</name>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Of the leads</source>
        <translation>Leadanteil</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to change; 0 takes no leads under weighted assignment</source>
        <translation>Zum Ändern doppelklicken; bei 0 gibt es bei gewichteter Zuweisung keine Leads</translation>
    </message>
</context>
<context>
    <name>showroom::SourceDelegate</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>showroom::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Reaktion innerhalb von</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Follow the general rule (%1)</source>
        <translation>Allgemeine Regel (%1)</translation>
    </message>
    <message>
        <source>High: walked in</source>
        <translation>Hoch: Besuch im Autohaus</translation>
    </message>
    <message>
        <source>Value: call, chat or web</source>
        <translation>Mittel: Anruf, Chat oder Web</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Double-click to change how soon a new lead from this source must be contacted (business hours)</source>
        <translation>Doppelklicken, um festzulegen, wie schnell ein neuer Lead aus dieser Quelle kontaktiert werden muss (Geschäftszeit)</translation>
    </message>
    <message>
        <source>Double-click to choose how leads from this source find a consultant</source>
        <translation>Doppelklicken, um festzulegen, wie Leads aus dieser Quelle einen Berater finden</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesSection</name>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours. Double-click a time or an assignment rule to change it; the change is saved at once.</source>
        <translation>Ein neuer Lead muss innerhalb der Reaktionszeit seiner Quelle kontaktiert werden, gezählt in Geschäftszeit. Doppelklicken Sie auf eine Zeit oder eine Zuweisungsregel, um sie zu ändern; die Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours.</source>
        <translation>Ein neuer Lead muss innerhalb der Reaktionszeit seiner Quelle kontaktiert werden, gezählt in Geschäftszeit.</translation>
    </message>
    <message>
        <source>The lead sources could not be loaded</source>
        <translation>Die Leadquellen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The lead source was not changed</source>
        <translation>Die Leadquelle wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesTab</name>
    <message>
        <source>Double-click a source to list its leads</source>
        <translation>Doppelklicken Sie auf eine Quelle, um ihre Leads aufzulisten</translation>
    </message>
    <message>
        <source>Double-click a campaign to list its leads</source>
        <translation>Doppelklicken Sie auf eine Kampagne, um ihre Leads aufzulisten</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Leads aus %1</translation>
    </message>
    <message>
        <source>Leads of the campaign %1</source>
        <translation>Leads der Kampagne %1</translation>
    </message>
</context>
<context>
    <name>showroom::StageListModel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as won</source>
        <translation>Vorgegeben: schließt den Lead als gewonnen ab</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as lost</source>
        <translation>Vorgegeben: schließt den Lead als verloren ab</translation>
    </message>
    <message>
        <source>Fixed: new leads wait here</source>
        <translation>Vorgegeben: neue Leads warten hier</translation>
    </message>
    <message>
        <source>Fixed: a consultant took the lead</source>
        <translation>Vorgegeben: ein Berater hat den Lead übernommen</translation>
    </message>
    <message>
        <source>Retired: not on the board</source>
        <translation>Deaktiviert: nicht in der Pipeline</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>In der Pipeline</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Zum Umbenennen doppelklicken oder F2 drücken</translation>
    </message>
</context>
<context>
    <name>showroom::StagesSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <source>Type a new name for the selected stage (F2)</source>
        <translation>Neuen Namen für die ausgewählte Phase eingeben (F2)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>One column further left on the board</source>
        <translation>Eine Spalte weiter links in der Pipeline</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>One column further right on the board</source>
        <translation>Eine Spalte weiter rechts in der Pipeline</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Deak&amp;tivieren</translation>
    </message>
    <message>
        <source>Retired stages leave the board; their history stays in the reports</source>
        <translation>Deaktivierte Phasen verschwinden aus der Pipeline; ihre Historie bleibt in den Berichten</translation>
    </message>
    <message>
        <source>Name of a new stage, e.g. Test drive booked</source>
        <translation>Name einer neuen Phase, z. B. Probefahrt vereinbart</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>The new stage comes last among the open stages, before Won and Lost</source>
        <translation>Die neue Phase kommt als letzte der offenen Phasen, vor „Gewonnen“ und „Verloren“</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost. Changes here are saved at once and every desk sees them.</source>
        <translation>Die Pipeline zeigt die offenen Phasen von links nach rechts, danach „Gewonnen“ und „Verloren“. Änderungen hier werden sofort gespeichert und sind an allen Arbeitsplätzen sichtbar.</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost.</source>
        <translation>Die Pipeline zeigt die offenen Phasen von links nach rechts, danach „Gewonnen“ und „Verloren“.</translation>
    </message>
    <message>
        <source>The stages could not be loaded</source>
        <translation>Die Phasen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The stage was not added</source>
        <translation>Die Phase wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The stage was not renamed</source>
        <translation>Die Phase wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>The stage was not moved</source>
        <translation>Die Phase wurde nicht verschoben</translation>
    </message>
    <message>
        <source>The stage was not restored</source>
        <translation>Die Phase wurde nicht reaktiviert</translation>
    </message>
    <message>
        <source>The stage was not retired</source>
        <translation>Die Phase wurde nicht deaktiviert</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Reak&amp;tivieren</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportDialog</name>
    <message>
        <source>Import a stock list</source>
        <translation>Bestandsliste importieren</translation>
    </message>
    <message>
        <source>A CSV file: VIN, make, model, … (English or German headers)</source>
        <translation>Eine CSV-Datei: FIN, Marke, Modell, … (englische oder deutsche Spaltenköpfe)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Choose a file: every row is checked before anything is written.</source>
        <translation>Wählen Sie eine Datei: Jede Zeile wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation>Bestandsliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The stock list was not imported</source>
        <translation>Die Bestandsliste wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 Rejected rows are skipped; “Import” writes the others.</source>
        <translation>Geprüft, noch nichts geschrieben: %1 Abgelehnte Zeilen werden übersprungen; „Importieren“ schreibt die übrigen.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportModel</name>
    <message>
        <source>Will be added</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>showroom::StockListModel</name>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Stock no.</source>
        <translation>Lager-Nr.</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Probefahrt</translation>
    </message>
    <message>
        <source>A test-drive car: customers can book it for test drives</source>
        <translation>Ein Vorführwagen: Kunden können ihn für Probefahrten buchen</translation>
    </message>
</context>
<context>
    <name>showroom::StockPage</name>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Probefahrt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Only managers keep the stock list.</source>
        <translation>Nur Verkaufsleiter pflegen den Fahrzeugbestand.</translation>
    </message>
    <message>
        <source>Add a car to the stock list</source>
        <translation>Ein Fahrzeug zum Bestand hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected car</source>
        <translation>Das ausgewählte Fahrzeug bearbeiten</translation>
    </message>
    <message>
        <source>Read a stock list (CSV) from the importer or the factory</source>
        <translation>Eine Bestandsliste (CSV) vom Importeur oder Werk einlesen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Search: any part of the VIN, stock number, make or model</source>
        <translation>Suche: beliebiger Teil der FIN, Lagernummer, Marke oder Modell</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>A&amp;vailable only</source>
        <translation>Nur &amp;verfügbare</translation>
    </message>
    <message>
        <source>In stock or in transit, not reserved or sold</source>
        <translation>Vorrätig oder unterwegs, nicht reserviert oder verkauft</translation>
    </message>
    <message>
        <source>the first %1 vehicles</source>
        <translation>die ersten %1 Fahrzeuge</translation>
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
</context>
<context>
    <name>showroom::TaskCommentDialog</name>
    <message>
        <source>Comment on a follow-up</source>
        <translation>Wiedervorlage kommentieren</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Advice or a question for the consultant</source>
        <translation>Ein Rat oder eine Frage an den Berater</translation>
    </message>
    <message>
        <source>Advice or a question for %1</source>
        <translation>Ein Rat oder eine Frage an %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
</context>
<context>
    <name>showroom::TestDriveDialog</name>
    <message>
        <source>Book a test drive</source>
        <translation>Probefahrt vereinbaren</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Vereinbaren</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>noch kein Fahrzeug</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>Lead #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;Car</source>
        <translation>&amp;Fahrzeug</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation>An diesem Tag gebucht</translation>
    </message>
    <message>
        <source>There is no test-drive car in the stock list yet. A manager marks cars as test-drive cars on the Stock page.</source>
        <translation>Im Fahrzeugbestand gibt es noch keinen Vorführwagen. Ein Verkaufsleiter kennzeichnet Fahrzeuge auf der Seite „Bestand“ als Vorführwagen.</translation>
    </message>
    <message>
        <source>Free all day.</source>
        <translation>Den ganzen Tag frei.</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ohne Kunde)</translation>
    </message>
    <message>
        <source>Choose a test-drive car.</source>
        <translation>Wählen Sie einen Vorführwagen.</translation>
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
    <name>showroom::TodayModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Car of interest</source>
        <translation>Fahrzeugwunsch</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>Geplant von</translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation>Kommentar der Leitung</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Termine heute</translation>
    </message>
    <message>
        <source>%1 — nothing</source>
        <translation>%1 — keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>showroom::TodayPage</name>
    <message>
        <source>Rule · day 7</source>
        <translation>Regel · Tag 7</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>Close the selected task with its result</source>
        <translation>Die ausgewählte Aufgabe mit ihrem Ergebnis abschließen</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentieren…</translation>
    </message>
    <message>
        <source>Comment on the consultant&apos;s follow-up; the consultant is notified</source>
        <translation>Die Wiedervorlage des Beraters kommentieren; der Berater wird benachrichtigt</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>&amp;Wiedervorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Plan another follow-up for the same lead</source>
        <translation>Eine weitere Wiedervorlage für denselben Lead planen</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Kunde ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the customer card at this lead</source>
        <translation>Die Kundenkarte bei diesem Lead öffnen</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle Berater</translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be loaded: %1</source>
        <translation>Die heutigen Aufgaben konnten nicht geladen werden: %1</translation>
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
    <name>showroom::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>Fahrzeug bearbeiten</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Fahrzeug hinzufügen</translation>
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
        <source>Check digit verified.</source>
        <translation>Prüfziffer geprüft.</translation>
    </message>
    <message>
        <source>17 characters, e.g. WVWZZZ1KZAW000001</source>
        <translation>17 Zeichen, z. B. WVWZZZ1KZAW000001</translation>
    </message>
    <message>
        <source>e.g. VW</source>
        <translation>z. B. VW</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>z. B. Golf</translation>
    </message>
    <message>
        <source>e.g. Life</source>
        <translation>z. B. Life</translation>
    </message>
    <message>
        <source>e.g. Moonstone Grey</source>
        <translation>z. B. Moonstone Grey</translation>
    </message>
    <message>
        <source>e.g. 32.990,00</source>
        <translation>z. B. 32.990,00</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet am</translation>
    </message>
    <message>
        <source>Test-drive car: customers can book it for test drives</source>
        <translation>Vorführwagen: Kunden können ihn für Probefahrten buchen</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>F&amp;IN</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <source>&amp;Trim</source>
        <translation>&amp;Ausstattung</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Baujahr</translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>Stock n&amp;umber</source>
        <translation>&amp;Lagernummer</translation>
    </message>
    <message>
        <source>Reserved, sold and delivered follow the car&apos;s deal.</source>
        <translation>Reserviert, verkauft und ausgeliefert ergeben sich aus dem Geschäft des Fahrzeugs.</translation>
    </message>
    <message>
        <source>The vehicle was not saved</source>
        <translation>Das Fahrzeug wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>showroom::VehicleListModel</name>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1 — expected on %2</source>
        <translation>%1 — erwartet am %2</translation>
    </message>
    <message>
        <source>%1 — stock no. %2</source>
        <translation>%1 — Lager-Nr. %2</translation>
    </message>
    <message>
        <source>In transit, %1</source>
        <translation>Unterwegs, %1</translation>
    </message>
</context>
<context>
    <name>showroom::VehiclePicker</name>
    <message>
        <source>Car from &amp;stock</source>
        <translation>Fahrzeug aus dem &amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Factory order</source>
        <translation>&amp;Werksbestellung</translation>
    </message>
    <message>
        <source>VIN (any part), stock number, make or model</source>
        <translation>FIN (beliebiger Teil), Lagernummer, Marke oder Modell</translation>
    </message>
    <message>
        <source>Make, model, trim, colour and options as ordered</source>
        <translation>Marke, Modell, Ausstattung, Farbe und Optionen laut Bestellung</translation>
    </message>
    <message>
        <source>Any make</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Any trim</source>
        <translation>Alle Ausstattungen</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>The stock list could not be read: %1</source>
        <translation>Der Fahrzeugbestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No available car matches. A factory order is possible.</source>
        <translation>Kein verfügbares Fahrzeug passt. Eine Werksbestellung ist möglich.</translation>
    </message>
    <message numerus="yes">
        <source>%n available car(s)</source>
        <translation>
            <numerusform>%n verfügbares Fahrzeug</numerusform>
            <numerusform>%n verfügbare Fahrzeuge</numerusform>
        </translation>
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
