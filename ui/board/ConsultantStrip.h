#pragma once

#include "domain/User.h"

#include <QListWidget>

namespace showroom {

// The manager's assignment targets: every consultant with availability and open-lead count.
// Dropping cards on a consultant assigns them.
class ConsultantStrip : public QListWidget {
    Q_OBJECT

public:
    explicit ConsultantStrip(QWidget* parent = nullptr);

    // `openLeads`: consultant id → open leads on the board.
    void setConsultants(const std::vector<User>& users, const QHash<qint64, int>& openLeads);
    // The consultant under `pos` (viewport coordinates), 0 when none.
    qint64 consultantAt(const QPoint& pos) const;
    // What a drop on `consultantId` does; tests call it with the board's MIME payload.
    bool dropLeads(const QMimeData* data, qint64 consultantId);

Q_SIGNALS:
    void assignRequested(const std::vector<qint64>& leadIds, qint64 consultantId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace showroom
