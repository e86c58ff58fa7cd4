#pragma once

#include "Error.h"
#include "domain/Deal.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <QByteArray>
#include <functional>

namespace showroom {

class ChecklistRepository;

// Working a deal's checklists: items are done by someone at a time, documents are attached
// (stored in the database with their SHA-256), accessories are sold or not sold with a reason.
class ChecklistService {
    Q_DECLARE_TR_FUNCTIONS(ChecklistService)

public:
    explicit ChecklistService(ServiceContext context) : m_context(context) {}

    // Done (or, for an accessory, sold). An item that requires a document needs one attached first.
    Result<ChecklistItem> tick(const User& actor, qint64 itemId,
                               std::optional<int> expectedVersion = std::nullopt);
    // Back to open (a mistake); attachments stay.
    Result<ChecklistItem> untick(const User& actor, qint64 itemId,
                                 std::optional<int> expectedVersion = std::nullopt);
    // Accessories only: not sold, with a reason key from the list (required).
    Result<ChecklistItem> notSold(const User& actor, qint64 itemId, const QString& reasonKey,
                                  std::optional<int> expectedVersion = std::nullopt);
    Result<AttachmentInfo> attach(const User& actor, qint64 itemId, const QString& fileName,
                                  const QByteArray& data);
    Result<QByteArray> attachmentData(qint64 attachmentId);
    Result<std::vector<AttachmentInfo>> attachments(qint64 itemId);
    Result<ChecklistItem> item(qint64 itemId);
    Result<ChecklistItem> setDueDate(const User& actor, qint64 itemId, const QDate& dueOn);
    Result<std::vector<AccessoryReason>> accessoryReasons();

private:
    using ItemChange = std::function<Result<void>(ChecklistRepository&, const ChecklistItem&)>;
    Result<void> checkCanWork(const User& actor, qint64 dealId);
    // Loads the item (at `expectedVersion` when given), checks that the actor may work its deal
    // and runs `change` in the same write transaction; then announces the deal and re-reads.
    Result<ChecklistItem> changeItem(const User& actor, qint64 itemId,
                                     std::optional<int> expectedVersion, const ItemChange& change);
    ServiceContext m_context;
};

} // namespace showroom
