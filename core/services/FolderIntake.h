#pragma once

#include "Error.h"
#include "domain/User.h"
#include "services/LeadIntake.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <vector>

namespace showroom {

// What one pass did with one file.
struct IntakeFile {
    QString name;    // as it was in the folder
    QString movedTo; // its path now (processed/ or failed/); empty: left in place
    bool failed = false;
    QString reason; // why it failed or was left in place; translated
    IntakeReport report;
};

// A watched intake folder: any ADF (.xml, .adf), email (.eml) or vCard (.vcf) file dropped
// there is imported, then moved to processed/ or failed/ next to it, with NAME.reason.txt when
// something was refused. Nothing is ever deleted. A file still being written (changed in the
// last seconds) waits for the next pass; one the database could not take (busy, locked) stays
// where it is.
class FolderIntake {
    Q_DECLARE_TR_FUNCTIONS(FolderIntake)

public:
    FolderIntake(ServiceContext context, QString folder)
        : m_context(context), m_folder(std::move(folder))
    {
    }

    Result<std::vector<IntakeFile>> runOnce(const User& actor, const IntakeOptions& options);

private:
    IntakeFile importFile(const User& actor, const QString& path, const IntakeOptions& options);

    ServiceContext m_context;
    QString m_folder;
};

} // namespace showroom
