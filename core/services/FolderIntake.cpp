#include "FolderIntake.h"

#include "services/LeadIntakeService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace showroom {

namespace {

// Files changed more recently may still be copied in.
constexpr qint64 kSettledSecs = 2;

// `dir/name`, or `dir/name (2)`, ... when taken: nothing already there is overwritten.
QString freePath(const QDir& dir, const QString& name)
{
    const QFileInfo info(name);
    QString candidate = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate =
            dir.filePath(info.suffix().isEmpty() ? QStringLiteral("%1 (%2)").arg(name).arg(n)
                                                 : QStringLiteral("%1 (%2).%3")
                                                       .arg(info.completeBaseName())
                                                       .arg(n)
                                                       .arg(info.suffix()));
    return candidate;
}

QString reasonText(const IntakeFile& file)
{
    QStringList lines;
    if (!file.reason.isEmpty())
        lines << file.reason;
    for (const IntakeRecord& r : file.report.records)
        if (r.outcome == IntakeOutcome::Rejected || r.outcome == IntakeOutcome::NeedsReview)
            lines << FolderIntake::tr("Record %1%2: %3: %4")
                         .arg(r.number)
                         .arg(r.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.name),
                              intakeOutcomeKey(r.outcome), r.reason);
    return lines.join(u'\n');
}

} // namespace

Result<std::vector<IntakeFile>> FolderIntake::runOnce(const User& actor,
                                                      const IntakeOptions& options)
{
    const QDir dir(m_folder);
    if (!dir.exists())
        return fail(ErrorCode::NotFound, tr("The intake folder %1 does not exist.").arg(m_folder));
    // A wrong setting must not send every file to failed/.
    if (auto checked = LeadIntakeService(m_context).checkSource(options); !checked)
        return std::unexpected(checked.error());
    std::vector<IntakeFile> done;
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-kSettledSecs);
    for (const QFileInfo& file :
         dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (file.fileName().startsWith(u'.') || file.lastModified().toUTC() > settled)
            continue; // hidden (a copy in progress) or still changing
        done.push_back(importFile(actor, file.absoluteFilePath(), options));
    }
    return done;
}

IntakeFile FolderIntake::importFile(const User& actor, const QString& path,
                                    const IntakeOptions& base)
{
    const QFileInfo info(path);
    IntakeFile result;
    result.name = info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.reason = tr("Cannot read %1: %2").arg(result.name, file.errorString());
        return result; // left in place: perhaps another program still has it open
    }
    const QByteArray bytes = file.readAll();
    file.close();

    IntakeOptions options = base;
    options.fileName = result.name;
    options.dryRun = false;
    LeadIntakeService intake(m_context);
    Result<IntakeReport> report = fail(ErrorCode::InvalidInput, QString());
    switch (intakeFormatOf(result.name, bytes.left(4096))) {
    case IntakeFormat::Adf:
        report = intake.importAdf(actor, bytes, options);
        break;
    case IntakeFormat::Email:
        report = intake.importEmail(actor, bytes, options);
        break;
    case IntakeFormat::VCard:
        report = intake.importVCards(actor, bytes, options);
        break;
    case IntakeFormat::List: // needs its columns chosen: File → Import leads or import csv
    case IntakeFormat::Unknown:
        report = fail(ErrorCode::InvalidInput,
                      tr("%1 is not an ADF, email or vCard file.").arg(result.name));
        break;
    }
    if (!report && report.error().code != ErrorCode::InvalidInput) {
        result.reason = report.error().message; // the database: try again next pass
        return result;
    }
    if (report)
        result.report = *report;
    else
        result.reason = report.error().message;
    const bool anyLead = report && std::any_of(report->records.begin(), report->records.end(),
                                               [](const IntakeRecord& r) {
                                                   return r.outcome != IntakeOutcome::Rejected;
                                               });
    result.failed = !anyLead;

    const QString target = result.failed ? QStringLiteral("failed") : QStringLiteral("processed");
    QDir dir = info.dir();
    if (!dir.mkpath(target)) {
        result.reason = tr("Cannot create the folder %1.").arg(dir.filePath(target));
        return result;
    }
    dir.cd(target);
    const QString movedTo = freePath(dir, result.name);
    if (!QFile::rename(path, movedTo)) {
        result.reason = tr("Cannot move %1 to %2.").arg(result.name, movedTo);
        return result;
    }
    result.movedTo = movedTo;
    if (const QString reason = reasonText(result); !reason.isEmpty()) {
        QSaveFile note(movedTo + QStringLiteral(".reason.txt"));
        if (note.open(QIODevice::WriteOnly)) {
            note.write(reason.toUtf8() + '\n');
            note.commit();
        }
    }
    return result;
}

} // namespace showroom
