#pragma once

#include "io/Adf.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// What happened to each record of an imported file (ADF prospect, email, CSV row, vCard).
namespace showroom {

enum class IntakeOutcome {
    Created,     // a new customer and a new lead
    Linked,      // a new lead for a customer already known (same phone number or email)
    Duplicate,   // imported before (same sender id): skipped
    NeedsReview, // a lead made from damaged data; its raw text is kept
    Rejected,    // nothing usable: no phone number or email
};

QString intakeOutcomeKey(IntakeOutcome outcome); // created, linked, duplicate, ...

struct IntakeRecord {
    int number = 0; // 1-based position in the file
    int line = 0;   // lists (CSV): the record's line
    IntakeOutcome outcome = IntakeOutcome::Rejected;
    QString reason; // translated: why rejected, skipped or to be reviewed
    QString externalKey;
    QString name; // the person or company as the record names them
    std::optional<qint64> customerId;
    std::optional<qint64> leadId;
    QString sourceKey;
};

struct IntakeReport {
    QString fileName;
    QString rejected; // the whole file could not be read
    // Lists (CSV): how the file was read, and the field each column went to.
    QString encoding;
    QStringList header;
    QStringList mapping; // leadcsv::fieldKey per column
    std::vector<IntakeRecord> records;

    int count(IntakeOutcome outcome) const;
    // The leads the file made (or would make): created, linked and to review.
    int leads() const;
};

// What kind of lead file a file is: by its extension, else by its first bytes (`head`). A
// ".txt" that is none of the others is taken for a list.
enum class IntakeFormat { Adf, Email, VCard, List, Unknown };
IntakeFormat intakeFormatOf(const QString& fileName, const QByteArray& head);

// One record to import, whatever file or message it came in.
struct IncomingLead {
    adf::Prospect prospect;
    QString externalKey;        // "adf:<id source>/<id>", "mail:<Message-ID>"; empty: none
    QString channel;            // how it arrived: adf, email
    QString rawText;            // kept when the record needs review
    QByteArray original;        // kept as an attachment of the lead (the email); empty: none
    QString originalName;       // its file name
    QStringList defaultSources; // when neither the options nor the sender name one
};

struct IntakeOptions {
    QString fileName;
    // Lists (CSV): the field of each column, by hand; empty: the source's remembered mapping,
    // else recognised from the header names. One given by hand is remembered for the source.
    QStringList csvMapping;           // leadcsv::fieldKey per column
    QString sourceKey;                // chosen by hand; empty: see IntakeSources
    QString channelSourceKey;         // the channel's source, when the sender names none
    std::optional<qint64> campaignId; // for leads of the campaign's source
    bool dryRun = false;              // report what would happen, write nothing
};

} // namespace showroom
