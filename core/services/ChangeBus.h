#pragma once

#include <QObject>

namespace showroom {

// Typed change signals from core services, emitted after the write committed. Models map them
// to row inserts and dataChanged; changes made on other desks arrive via DataVersionWatcher.
class ChangeBus : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void customerAdded(qint64 customerId);
    void customerChanged(qint64 customerId);
    void leadAdded(qint64 leadId);
    void leadChanged(qint64 leadId);
    void activityAdded(qint64 activityId, qint64 customerId);
    void userChanged(qint64 userId);
};

} // namespace showroom
