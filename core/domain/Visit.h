#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace showroom {

enum class VisitPurpose { NewCar, UsedCar, Service, Pickup, Other };
// A walk-in at the showroom, or a call to the hotline logged by reception.
enum class VisitChannel { WalkIn, Phone };

QString visitPurposeKey(VisitPurpose purpose);
std::optional<VisitPurpose> visitPurposeFromKey(const QString& key);
QString visitChannelKey(VisitChannel channel);
std::optional<VisitChannel> visitChannelFromKey(const QString& key);

struct Visit {
    qint64 id = 0;
    VisitChannel channel = VisitChannel::WalkIn;
    QDateTime arrivedAt;
    QDateTime leftAt; // invalid while the visitor is still here
    int partySize = 1;
    VisitPurpose purpose = VisitPurpose::NewCar;
    bool firstVisit = true;
    std::optional<qint64> consultantId;
    std::optional<qint64> customerId; // empty: anonymous visitor
    std::optional<qint64> leadId;
    QString modelInterest;
    bool testDrive = false;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    int version = 1;
};

// Contact data the visitor gave, or the existing customer the receptionist linked.
struct VisitorContact {
    std::optional<qint64> customerId; // link to this customer instead of creating one
    QString firstName;
    QString lastName;
    QString phone;
    QString email;

    bool isEmpty() const
    {
        return !customerId && firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty() &&
               phone.trimmed().isEmpty() && email.trimmed().isEmpty();
    }
};

// One line of the reception's visitor list.
struct VisitRow {
    Visit visit;
    QString consultantName;
    QString customerName;
    bool contactCaptured = false; // the visitor is a customer with a phone number or email
};

// Showroom traffic for a period: walk-ins only. The info-retention rate is first-time visitors
// whose contact data was captured / all first-time visitors.
struct Traffic {
    int visits = 0;
    int firstVisits = 0;
    int captured = 0; // first-time visitors with contact data
    int testDrives = 0;
    std::optional<double> retentionRate() const
    {
        return firstVisits == 0 ? std::nullopt
                                : std::optional<double>(double(captured) / firstVisits);
    }
};

} // namespace showroom
