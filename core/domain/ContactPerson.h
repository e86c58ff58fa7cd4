#pragma once

#include <QString>
#include <optional>

namespace showroom {

// What a contact person of a company customer does for the purchase.
enum class ContactRole {
    DecisionMaker, // owner, fleet manager: signs
    VehicleUser,   // chooses the car
    Driver,        // drives a pool car
    Other,
};

QString contactRoleKey(ContactRole role); // "decision_maker", "vehicle_user", "driver", "other"
std::optional<ContactRole> contactRoleFromKey(const QString& key);

// A person at a company customer.
struct ContactPerson {
    qint64 id = 0;
    qint64 customerId = 0;
    ContactRole role = ContactRole::Other;
    QString firstName;
    QString lastName;
    QString position;  // job title, e.g. "Fleet manager"
    QString phone;     // as entered
    QString phoneE164; // normalised; empty when there is no phone
    QString email;
    int version = 1;

    // "First Last", or whichever of the two is given.
    QString displayName() const
    {
        if (firstName.isEmpty() || lastName.isEmpty())
            return firstName.isEmpty() ? lastName : firstName;
        return firstName + QLatin1Char(' ') + lastName;
    }
    bool operator==(const ContactPerson&) const = default;
};

} // namespace showroom
