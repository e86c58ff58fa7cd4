#include "ReportExportService.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "services/Audit.h"
#include "services/Permissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace showroom {

namespace {
QString formatKey(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

// Refuses what cannot become the export file before anything is written: no name, a folder that
// does not exist, a folder or a device where the file should be.
Result<void> checkTarget(const QString& path)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty() || target.fileName().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    ReportExportService::tr("Choose a file name for the export."));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(ErrorCode::Io,
                    ReportExportService::tr("Could not save %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (target.exists() && !target.isFile())
        return fail(ErrorCode::Io,
                    ReportExportService::tr("Could not save %1: it is a folder or a device, "
                                            "not a file.")
                        .arg(shown));
    return {};
}
} // namespace

Result<void> ReportExportService::exportTables(const User& actor,
                                               const std::vector<DataTable>& tables,
                                               ExportFormat format, const QString& path,
                                               const QString& reportLabel)
{
    if (auto allowed = require(actor, Permission::ExportReports); !allowed)
        return std::unexpected(allowed.error());
    if (tables.empty())
        return fail(ErrorCode::InvalidInput, tr("There is no table to export."));
    if (format == ExportFormat::Csv && tables.size() > 1)
        return fail(ErrorCode::InvalidInput,
                    tr("A CSV file holds one table, and this export has %n tables. Export them "
                       "as an Excel workbook (one sheet per table), or one table at a time.",
                       nullptr, int(tables.size())));
    if (auto target = checkTarget(path); !target)
        return target;

    // A symbolic link is followed: the file it points to is replaced, the link stays.
    const QFileInfo info(path);
    const QString resolved = info.isSymLink() ? info.canonicalFilePath() : QString();
    const QString target = resolved.isEmpty() ? path : resolved;
    auto written = format == ExportFormat::Csv ? csv::save(tables.front(), target)
                                               : xlsx::save(tables, target);
    if (!written)
        return written;

    QJsonArray names;
    qint64 rows = 0;
    for (const DataTable& table : tables) {
        names.append(table.name);
        rows += qint64(table.rows.size());
    }
    const QJsonObject details{{QStringLiteral("report"), reportLabel},
                              {QStringLiteral("format"), formatKey(format)},
                              {QStringLiteral("file"), info.fileName()},
                              {QStringLiteral("tables"), names},
                              {QStringLiteral("rows"), rows}};
    auto logged = m_context.db.write([&]() -> Result<void> {
        return audit(m_context, &actor, QStringLiteral("report.export"), QStringLiteral("report"),
                     0, details);
    });
    if (!logged) {
        // An export nobody can trace is not kept: the report data leaves only with its audit row.
        QFile::remove(target);
        return fail(logged.error().code,
                    tr("The export was not recorded in the audit log, so %1 was removed: %2")
                        .arg(QDir::toNativeSeparators(path), logged.error().message));
    }
    return {};
}

} // namespace showroom
