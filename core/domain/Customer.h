#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace showroom {

enum class CustomerKind { Person, Company };

// Walk-in = high value; remote interactive (call, chat, web form) = value; others general.
enum class Tier { High, Value, General };

QString customerKindKey(CustomerKind kind);
std::optional<CustomerKind> customerKindFromKey(const QString& key);
QString tierKey(Tier tier);
std::optional<Tier> tierFromKey(const QString& key);

struct Consent {
    bool granted = false;
    QDateTime changedAt; // when it was given or withdrawn; invalid if never asked
};

struct Customer {
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString firstName;
    QString lastName;
    QString companyName;
    QString phone;     // as entered
    QString phoneE164; // normalised; empty when there is no valid phone
    QString email;
    QString street;
    QString postalCode;
    QString city;
    QString language;
    Tier tier = Tier::General;
    std::optional<qint64> ownerId;
    Consent consentEmail;
    Consent consentSms;
    Consent consentPhone;
    QString notes;
    std::optional<qint64> mergedIntoId; // set when this record was merged into another
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    // "Last, First" for people, the company name for companies; what lists sort by. A visitor who
    // only left a phone number or email is shown by that.
    QString displayName() const;
    // The postal address as printed: street, then postal code and city; empty lines left out.
    QStringList addressLines() const;
    // The lower-cased display name the customer list is ordered by.
    QString sortKey() const { return displayName().toLower(); }
};

// One row of a customer list or search result.
struct CustomerRow {
    qint64 id = 0;
    QString displayName;
    QString sortKey;
    QString companyName;
    QString phone;
    QString email;
    QString city;

    bool operator==(const CustomerRow&) const = default;
};

} // namespace showroom
