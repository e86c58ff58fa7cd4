#pragma once

#include "Error.h"
#include "domain/Deal.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace showroom {

// A deal's checklist items and their attached documents.
class ChecklistRepository {
public:
    explicit ChecklistRepository(QSqlDatabase& db) : m_db(db) {}

    Result<qint64> insert(qint64 dealId, const ChecklistItem& item);
    // With the name of who did it and the number of attached documents.
    Result<std::vector<ChecklistItem>> forDeal(qint64 dealId);
    Result<ChecklistItem> byId(qint64 itemId);
    // Version-checked; `doneBy` empty and `at` invalid reopen the item.
    Result<int> setStatus(const ChecklistItem& item, ChecklistItemStatus status,
                          std::optional<qint64> doneBy, const QDateTime& at,
                          const QString& notSoldReason, const std::function<QString()>& label);
    Result<int> setDueOn(const ChecklistItem& item, const QDate& dueOn,
                         const std::function<QString()>& label);
    // Re-dates the open dated steps of a deal after its promised date moved.
    Result<void> shiftOpenDeliverySteps(qint64 dealId, const QDate& promised);

    Result<qint64> attach(const AttachmentInfo& info, const QByteArray& data);
    Result<std::vector<AttachmentInfo>> attachmentsOf(const QString& ownerKind,
                                                      const std::vector<qint64>& ownerIds);
    Result<std::pair<AttachmentInfo, QByteArray>> attachment(qint64 attachmentId);

    Result<std::vector<AccessoryReason>> accessoryReasons();

private:
    QSqlDatabase& m_db;
};

} // namespace showroom
