#pragma once

#include "Error.h"
#include "domain/User.h"
#include "services/LeadIntake.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>

namespace showroom {

class IntakeSources;
struct IntakeBatch;

// Leads that arrive by themselves: each record becomes a lead in the Unassigned queue (or with
// the consultant the assignment rule picks), response clock running from its arrival, linked to
// the customer with the same phone number or email instead of a new one. A record imported
// before (the same ADF prospect id) is skipped. The whole file is one write: all or nothing.
class LeadIntakeService {
    Q_DECLARE_TR_FUNCTIONS(LeadIntakeService)

public:
    explicit LeadIntakeService(ServiceContext context) : m_context(context) {}

    // An ADF file: one lead per prospect.
    Result<IntakeReport> importAdf(const User& actor, const QByteArray& bytes,
                                   const IntakeOptions& options);
    // An email (.eml, or a message from the mailbox): one lead per ADF prospect in its body or
    // attachments; a message without ADF is one lead from its sender. The message is kept as an
    // attachment of each lead; the same message twice is one.
    Result<IntakeReport> importEmail(const User& actor, const QByteArray& bytes,
                                     const IntakeOptions& options);

    // A vCard file: one lead per card; a card's UID makes a second import of it a duplicate.
    Result<IntakeReport> importVCards(const User& actor, const QByteArray& bytes,
                                      const IntakeOptions& options);

    // A list (CSV) for the source in the options (required): one lead per row. Re-importing the
    // same row (same id column, else the same values) is a duplicate.
    Result<IntakeReport> importCsv(const User& actor, const QByteArray& bytes,
                                   const IntakeOptions& options);

    // Refuses options that name a lead source or campaign that does not exist.
    Result<void> checkSource(const IntakeOptions& options);

private:
    Result<IntakeReport> importAll(const User& actor, const std::vector<IncomingLead>& incoming,
                                   const IntakeOptions& options, IntakeReport report);
    // Inside the import's write transaction.
    Result<void> importRecords(const User& actor, const std::vector<IncomingLead>& incoming,
                               const IntakeSources& sources, const IntakeOptions& options,
                               std::vector<IntakeRecord>& records);
    Result<IntakeBatch> readBatch(const IntakeSources& sources);
    // In IntakeRecordImport.cpp.
    Result<IntakeRecord> importOne(const User& actor, const IncomingLead& incoming,
                                   IntakeBatch& batch, const IntakeOptions& options);

    ServiceContext m_context;
};

} // namespace showroom
