#include "ChecklistService.h"

#include "services/Audit.h"
#include "services/ChangeBus.h"
#include "services/DealService.h"
#include "storage/ChecklistRepository.h"
#include "storage/DealRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace showroom {

namespace {
constexpr qint64 kMaxAttachmentBytes = 25LL * 1024 * 1024;

QString itemLabel(const ChecklistItem& item)
{
    return ChecklistService::tr("“%1” of deal #%2").arg(item.title).arg(item.dealId);
}
} // namespace

Result<void> ChecklistService::checkCanWork(const User& actor, qint64 dealId)
{
    auto deal = DealRepository(m_context.db.sql()).byId(dealId);
    if (!deal)
        return std::unexpected(deal.error());
    if (auto allowed = checkCanWorkDeal(actor, *deal); !allowed)
        return allowed;
    if (deal->status != DealStatus::Open)
        return fail(ErrorCode::InvalidInput,
                    tr("Deal #%1 is closed; its checklists can no longer change.").arg(dealId));
    return {};
}

Result<ChecklistItem> ChecklistService::item(qint64 itemId)
{
    return ChecklistRepository(m_context.db.sql()).byId(itemId);
}

Result<ChecklistItem> ChecklistService::changeItem(const User& actor, qint64 itemId,
                                                   std::optional<int> expectedVersion,
                                                   const ItemChange& change)
{
    qint64 dealId = 0;
    auto changed = m_context.db.write([&]() -> Result<void> {
        ChecklistRepository items(m_context.db.sql());
        auto item = items.byId(itemId);
        if (!item)
            return std::unexpected(item.error());
        dealId = item->dealId;
        if (expectedVersion)
            item->version = *expectedVersion;
        if (auto allowed = checkCanWork(actor, item->dealId); !allowed)
            return allowed;
        return change(items, *item);
    });
    if (!changed)
        return std::unexpected(changed.error());
    if (m_context.changes)
        Q_EMIT m_context.changes->dealChanged(dealId);
    return item(itemId);
}

Result<ChecklistItem> ChecklistService::tick(const User& actor, qint64 itemId,
                                             std::optional<int> expectedVersion)
{
    const QDateTime now = m_context.clock.now();
    return changeItem(
        actor, itemId, expectedVersion,
        [&](ChecklistRepository& items, const ChecklistItem& item) -> Result<void> {
            if (!item.open())
                return fail(ErrorCode::InvalidInput,
                            tr("%1 is already done.").arg(itemLabel(item)));
            if (item.requiresDocument && item.attachmentCount == 0)
                return fail(ErrorCode::InvalidInput,
                            tr("%1 needs its document: attach the scan or PDF first.")
                                .arg(itemLabel(item)));
            const auto status = item.kind == ChecklistKind::Accessories ? ChecklistItemStatus::Sold
                                                                        : ChecklistItemStatus::Done;
            auto version = items.setStatus(item, status, actor.id, now, QString(),
                                           [&] { return itemLabel(item); });
            if (!version)
                return std::unexpected(version.error());
            return audit(m_context, &actor, QStringLiteral("checklist.tick"),
                         QStringLiteral("deal_checklist_items"), itemId,
                         {{QStringLiteral("deal"), item.dealId},
                          {QStringLiteral("status"), checklistItemStatusKey(status)}});
        });
}

Result<ChecklistItem> ChecklistService::untick(const User& actor, qint64 itemId,
                                               std::optional<int> expectedVersion)
{
    return changeItem(
        actor, itemId, expectedVersion,
        [&](ChecklistRepository& items, const ChecklistItem& item) -> Result<void> {
            if (item.open())
                return {};
            const bool loan =
                item.kind == ChecklistKind::LoanPrivate || item.kind == ChecklistKind::LoanCompany;
            if (loan) {
                auto deal = DealRepository(m_context.db.sql()).byId(item.dealId);
                if (!deal)
                    return std::unexpected(deal.error());
                if (deal->bankApprovedAt.isValid())
                    return fail(ErrorCode::InvalidInput,
                                tr("The bank already approved the loan; %1 stays done.")
                                    .arg(itemLabel(item)));
                if (deal->bankSentAt.isValid())
                    return fail(ErrorCode::InvalidInput,
                                tr("The loan application already went to the bank; %1 stays done.")
                                    .arg(itemLabel(item)));
            }
            auto version = items.setStatus(item, ChecklistItemStatus::Open, std::nullopt,
                                           QDateTime(), QString(), [&] { return itemLabel(item); });
            if (!version)
                return std::unexpected(version.error());
            return audit(m_context, &actor, QStringLiteral("checklist.untick"),
                         QStringLiteral("deal_checklist_items"), itemId,
                         {{QStringLiteral("deal"), item.dealId},
                          {QStringLiteral("was"), checklistItemStatusKey(item.status)}});
        });
}

Result<ChecklistItem> ChecklistService::notSold(const User& actor, qint64 itemId,
                                                const QString& reasonKey,
                                                std::optional<int> expectedVersion)
{
    const QDateTime now = m_context.clock.now();
    return changeItem(
        actor, itemId, expectedVersion,
        [&](ChecklistRepository& items, const ChecklistItem& item) -> Result<void> {
            if (item.kind != ChecklistKind::Accessories)
                return fail(ErrorCode::InvalidInput,
                            tr("Only an accessory can be recorded as not sold."));
            if (reasonKey.trimmed().isEmpty())
                return fail(
                    ErrorCode::InvalidInput,
                    tr("Choose why %1 was not sold: the reason is required.").arg(itemLabel(item)));
            auto reasons = items.accessoryReasons();
            if (!reasons)
                return std::unexpected(reasons.error());
            const auto reason = std::find_if(reasons->begin(), reasons->end(), [&](const auto& r) {
                return r.key == reasonKey.trimmed() && r.active;
            });
            if (reason == reasons->end())
                return fail(
                    ErrorCode::InvalidInput,
                    tr("There is no reason “%1” for an accessory not sold.").arg(reasonKey));
            auto version = items.setStatus(item, ChecklistItemStatus::NotSold, actor.id, now,
                                           reason->key, [&] { return itemLabel(item); });
            if (!version)
                return std::unexpected(version.error());
            return audit(
                m_context, &actor, QStringLiteral("checklist.not_sold"),
                QStringLiteral("deal_checklist_items"), itemId,
                {{QStringLiteral("deal"), item.dealId}, {QStringLiteral("reason"), reason->key}});
        });
}

Result<AttachmentInfo> ChecklistService::attach(const User& actor, qint64 itemId,
                                                const QString& fileName, const QByteArray& data)
{
    const QDateTime now = m_context.clock.now();
    AttachmentInfo info;
    auto attached = m_context.db.write([&]() -> Result<void> {
        ChecklistRepository items(m_context.db.sql());
        auto item = items.byId(itemId);
        if (!item)
            return std::unexpected(item.error());
        if (auto allowed = checkCanWork(actor, item->dealId); !allowed)
            return allowed;
        if (data.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("The file %1 is empty; nothing was attached.").arg(fileName));
        if (data.size() > kMaxAttachmentBytes)
            return fail(ErrorCode::InvalidInput,
                        tr("The file %1 is larger than 25 MB; scan it at a lower resolution.")
                            .arg(fileName));
        info.ownerKind = QStringLiteral("checklist_item");
        info.ownerId = itemId;
        info.fileName = QFileInfo(fileName).fileName();
        info.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
        info.sizeBytes = data.size();
        info.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        info.createdBy = actor.id;
        info.createdAt = now;
        auto id = items.attach(info, data);
        if (!id)
            return std::unexpected(id.error());
        info.id = *id;
        return audit(m_context, &actor, QStringLiteral("checklist.attach"),
                     QStringLiteral("attachments"), *id,
                     {{QStringLiteral("item"), itemId},
                      {QStringLiteral("deal"), item->dealId},
                      {QStringLiteral("file"), info.fileName},
                      {QStringLiteral("sha256"), info.sha256}});
    });
    if (!attached)
        return std::unexpected(attached.error());
    if (m_context.changes) {
        if (auto owner = item(itemId))
            Q_EMIT m_context.changes->dealChanged(owner->dealId);
    }
    return info;
}

Result<QByteArray> ChecklistService::attachmentData(qint64 attachmentId)
{
    auto found = ChecklistRepository(m_context.db.sql()).attachment(attachmentId);
    if (!found)
        return std::unexpected(found.error());
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(found->second, QCryptographicHash::Sha256).toHex());
    if (digest != found->first.sha256)
        return fail(ErrorCode::CorruptDatabase,
                    tr("The stored document %1 does not match its checksum; it was damaged.")
                        .arg(found->first.fileName));
    return found->second;
}

Result<std::vector<AttachmentInfo>> ChecklistService::attachments(qint64 itemId)
{
    return ChecklistRepository(m_context.db.sql())
        .attachmentsOf(QStringLiteral("checklist_item"), {itemId});
}

Result<ChecklistItem> ChecklistService::setDueDate(const User& actor, qint64 itemId,
                                                   const QDate& dueOn)
{
    return changeItem(actor, itemId, std::nullopt,
                      [&](ChecklistRepository& items, const ChecklistItem& item) -> Result<void> {
                          auto version =
                              items.setDueOn(item, dueOn, [&] { return itemLabel(item); });
                          if (!version)
                              return std::unexpected(version.error());
                          return {};
                      });
}

Result<std::vector<AccessoryReason>> ChecklistService::accessoryReasons()
{
    return ChecklistRepository(m_context.db.sql()).accessoryReasons();
}

} // namespace showroom
