#pragma once

#include "Error.h"
#include "domain/Notification.h"
#include "services/PipelineSettings.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <vector>

namespace showroom {

// One thing a rule did, with who was told and why.
struct FiredRule {
    QString rule; // response_reminder, response_escalation, requeued, assigned
    qint64 leadId = 0;
    std::vector<qint64> notified;
    QString reason;    // in the language of whoever ran the rules
    qint64 dealId = 0; // delivery rules
};

// Evaluates the pipeline's timed rules at a moment: response reminders at the deadline,
// escalations to the managers after it, invited-but-not-arrived leads back to the queue,
// queued leads the assignment rule can place now, and the deals' delivery reminders. Running it
// twice for the same moment fires nothing new; several desks may run it at once.
class RuleService {
    Q_DECLARE_TR_FUNCTIONS(RuleService)

public:
    explicit RuleService(ServiceContext context) : m_context(context) {}

    Result<std::vector<FiredRule>> run(const QDateTime& now);

private:
    Result<void> remindAndEscalate(const PipelineSettings& settings, const QDateTime& now,
                                   std::vector<FiredRule>& fired);
    Result<void> requeueNoShows(const PipelineSettings& settings, const QDateTime& now,
                                std::vector<FiredRule>& fired);
    Result<void> assignQueued(const PipelineSettings& settings, std::vector<FiredRule>& fired);

    ServiceContext m_context;
};

} // namespace showroom
