#pragma once

#include "Error.h"
#include "domain/Customer.h"
#include "domain/User.h"
#include "domain/Visit.h"
#include "services/ServiceContext.h"

#include <QTimeZone>
#include <vector>

namespace showroom {

struct NewVisit {
    VisitChannel channel = VisitChannel::WalkIn;
    QDateTime arrivedAt; // invalid: now
    int partySize = 1;
    VisitPurpose purpose = VisitPurpose::NewCar;
    // Empty: a repeat visit when the customer walked in before, otherwise a first visit.
    std::optional<bool> firstVisit;
    std::optional<qint64> consultantId;
    QString modelInterest;
    bool testDrive = false;
    VisitorContact contact;
};

// What logging a visit did: the visit, and the customer and lead it created or found.
struct VisitOutcome {
    Visit visit;
    std::optional<Customer> customer;
    bool customerCreated = false;
    std::optional<qint64> leadId;
    bool leadCreated = false;
};

// A consultant as the receptionist picks one: on duty first, busy ones marked.
struct FloorConsultant {
    User user;
    int visitorsNow = 0; // walk-ins he is with right now
    bool available() const { return user.onDuty && !user.busy && visitorsNow == 0; }
};

// The reception desk: walk-ins and hotline calls. A visitor with contact data becomes (or is
// linked to) a customer with a lead; an anonymous visitor still counts in traffic.
class VisitService {
    Q_DECLARE_TR_FUNCTIONS(VisitService)

public:
    explicit VisitService(ServiceContext context) : m_context(context) {}

    Result<VisitOutcome> log(const User& actor, const NewVisit& draft);
    // Completes a visit with the contact data the visitor gave later: creates or links the
    // customer and opens the lead, as if it had been given at arrival.
    Result<VisitOutcome> addContact(const User& actor, qint64 visitId,
                                    const VisitorContact& contact,
                                    std::optional<int> expectedVersion = std::nullopt);
    // The visitor left; `at` defaults to now.
    Result<Visit> markLeft(const User& actor, qint64 visitId, QDateTime at = {},
                           std::optional<int> expectedVersion = std::nullopt);
    Result<Visit> get(qint64 visitId);

    // Visits and calls of one calendar day in `zone`, newest first.
    Result<std::vector<VisitRow>> day(QDate date,
                                      const QTimeZone& zone = QTimeZone::systemTimeZone());
    // Walk-in traffic for the days from `first` to `last` inclusive.
    Result<Traffic> traffic(QDate first, QDate last,
                            const QTimeZone& zone = QTimeZone::systemTimeZone());
    Result<std::vector<FloorConsultant>> floorConsultants();
    // Whether the customer walked in before (a new walk-in is then a repeat visit).
    Result<bool> visitedBefore(qint64 customerId);
    Result<QStringList> modelSuggestions();

private:
    // `detectRepeat`: a new walk-in whose first/repeat flag was not given is a repeat visit when
    // the customer walked in before. Decided before the lead is linked, which plans the
    // first-visit follow-ups.
    Result<VisitOutcome> attachVisitor(const User& actor, Visit visit,
                                       const VisitorContact& contact, bool detectRepeat = false);

    ServiceContext m_context;
};

} // namespace showroom
