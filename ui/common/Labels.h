#pragma once

#include "domain/Role.h"
#include "domain/Stage.h"
#include "domain/Visit.h"
#include "rules/Assignment.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

namespace showroom {

// Translated names for values that core stores as stable keys.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString role(Role role);
    static QString storageMode(StorageMode mode);
    // The default stages have translations; stages a dealership added or renamed show their
    // stored name.
    static QString stage(const QString& key, const QString& storedName);
    static QString stage(const Stage& stage);
    // Likewise for the default lost reasons.
    static QString lostReason(const QString& key, const QString& storedName);
    static QString lostReason(const LostReason& reason);
    static QString assignmentMode(AssignmentMode mode);
    static QString visitPurpose(VisitPurpose purpose);
};

} // namespace showroom
