#pragma once

#include "Error.h"
#include "domain/User.h"
#include "io/Adf.h"
#include "services/LeadIntake.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>

namespace showroom {

// Leads that arrive by themselves: each record becomes a lead in the Unassigned queue (or with
// the consultant the assignment rule picks), response clock running from its arrival, linked to
// the customer with the same phone number or email instead of a new one. A record imported
// before (the same ADF prospect id) is skipped. The whole file is one write: all or nothing.
class LeadIntakeService {
    Q_DECLARE_TR_FUNCTIONS(LeadIntakeService)

public:
    explicit LeadIntakeService(ServiceContext context) : m_context(context) {}

    Result<IntakeReport> importAdf(const User& actor, const QByteArray& bytes,
                                   const IntakeOptions& options);

private:
    Result<IntakeRecord> importProspect(const User& actor, const adf::Prospect& prospect,
                                        const QString& rawText, const IntakeOptions& options);
    Result<QString> sourceFor(const adf::Prospect& prospect, const IntakeOptions& options);

    ServiceContext m_context;
};

} // namespace showroom
