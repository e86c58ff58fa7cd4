#pragma once

#include "domain/Customer.h"

#include <QDateTime>
#include <QString>
#include <array>
#include <optional>

namespace showroom {

// The marketing channels a customer gives or withdraws consent for.
enum class ConsentChannel { Email, Sms, Phone };

inline constexpr std::array<ConsentChannel, 3> kConsentChannels{
    ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Phone};

QString consentChannelKey(ConsentChannel channel); // "email", "sms", "phone"
std::optional<ConsentChannel> consentChannelFromKey(const QString& key);

inline const Consent& consentOf(const Customer& customer, ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Sms:
        return customer.consentSms;
    case ConsentChannel::Phone:
        return customer.consentPhone;
    case ConsentChannel::Email:
        break;
    }
    return customer.consentEmail;
}

inline Consent& consentOf(Customer& customer, ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Sms:
        return customer.consentSms;
    case ConsentChannel::Phone:
        return customer.consentPhone;
    case ConsentChannel::Email:
        break;
    }
    return customer.consentEmail;
}

// One row of consent_events: who gave or withdrew which consent, and when.
struct ConsentEvent {
    qint64 id = 0;
    qint64 customerId = 0;
    ConsentChannel channel = ConsentChannel::Email;
    bool granted = false;
    QDateTime at;
    std::optional<qint64> userId;
};

} // namespace showroom
