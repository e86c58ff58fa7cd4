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
    // `mergedId` was merged into `keptId` and is no longer listed; customerChanged(keptId) follows.
    void customerMerged(qint64 keptId, qint64 mergedId);
    void leadAdded(qint64 leadId);
    void leadChanged(qint64 leadId);
    void activityAdded(qint64 activityId, qint64 customerId);
    void userChanged(qint64 userId);
    void visitAdded(qint64 visitId);
    void visitChanged(qint64 visitId);
    // Stages, lost reasons, sources or rule settings changed.
    void pipelineConfigured();
    void vehicleChanged(qint64 vehicleId); // added, edited, reserved, sold, delivered
    void dealChanged(qint64 dealId); // created, a checklist item, bank sent/approved, delivered
    void checklistTemplatesChanged();
};

} // namespace showroom
