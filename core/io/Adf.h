#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// ADF, the Auto-lead Data Format 1.0: the XML that lead portals, manufacturer sites and
// call-tracking services send. Read leniently, as real feeds break the DTD: element names in any
// case, a missing or upper-case <?adf?> instruction, unknown phone types, several prospects per
// file, dates with or without a zone, encodings other than UTF-8. Text that is not XML but holds
// a phone number or an email still gives one prospect, marked for review.
namespace showroom::adf {

struct Phone {
    QString number;
    QString type; // as sent, lower case: voice, cellphone, mobile, home, fax, ...
};

struct Contact {
    QString firstName;
    QString middleName;
    QString lastName;
    QString fullName; // <name part="full">, when the parts are missing
    QString company;  // a business name (name type="business", or the contact's organisation)
    std::vector<Phone> phones;
    QStringList emails;
    QString street; // the address lines joined with ", "
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool hasContactData() const { return !phones.empty() || !emails.isEmpty(); }
};

struct Vehicle {
    QString interest; // buy, lease, sell, trade-in, test-drive
    QString status;   // new, used
    int year = 0;
    QString make;
    QString model;
    QString vin;
    QString trim;
    QString colour;
    std::optional<qint64> priceCents;
    QString currency;
    QString comments;

    // "2026 Škoda Octavia Combi (used)" as a person would write it.
    QString label() const;
};

struct Prospect {
    QString id;       // <id>: with `idSource`, the same prospect sent twice
    QString idSource; // <id source="...">
    QDateTime requestDate;
    bool requestDateHasZone = false; // without one it is the dealership's local time
    std::vector<Vehicle> vehicles;
    Contact customer;
    QString timeframe;
    QString comments;
    QString vendorName;
    QString providerName;     // becomes the lead source
    bool needsReview = false; // recovered from text that is not valid ADF
    int line = 0;             // the record's first line, for lists (CSV)
    QStringList notes;        // what was repaired or could not be read
};

struct Document {
    std::vector<Prospect> prospects;
    QString rejected; // why nothing could be read; empty when prospects were found
    QString text;     // the decoded input, kept with leads that need review
};

Document parse(const QByteArray& bytes);

// The contact data free text holds (emails, phone numbers, names in leftover ADF tags, the
// prospect id) as a prospect marked for review; empty when there is no phone number or email.
std::optional<Prospect> fromText(const QString& text);

} // namespace showroom::adf
