#pragma once

#include "Clock.h"
#include "common/RowListModel.h"
#include "domain/Notification.h"
#include "services/NotificationService.h"

namespace showroom {

// The signed-in user's notifications, newest first. Texts are rendered from kind and details in
// the reader's language (NotificationService::title/reason), not taken from the stored ones.
// reload() applies the difference: new ones are inserted at the top, read ones repainted.
class NotificationListModel : public RowListModel<Notification> {
    Q_OBJECT

public:
    enum Column { Title, Reason, Received, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawRole, // the column's value unformatted
        LeadIdRole,
        UnreadRole,
        ReasonRole, // the reason text, for a delegate painting the title column
        ReceivedTextRole,
    };

    NotificationListModel(NotificationService notifications, User reader, const Clock& clock,
                          QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Notification& notificationAt(int row) const { return rowAt(row); }
    std::vector<qint64> unreadIds() const;
    // "10:01" today, "13 Mar 10:01" before (local time, user's locale); `today` is local.
    static QString receivedText(const QDateTime& at, QDate today);

    // Returns false (and loadFailed) when the list could not be read.
    bool reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    QVariant display(const Notification& n, int column) const;

    NotificationService m_notifications;
    User m_reader;
    const Clock& m_clock;
};

} // namespace showroom
