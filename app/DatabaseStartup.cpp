#include "DatabaseStartup.h"

#include "common/MessageBoxes.h"
#include "storage/demo/DemoGenerator.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>

namespace showroom {

namespace {
// Removes a database file this run created and could not finish.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

std::unique_ptr<Database> DatabaseStartup::openOrCreate(const QString& path, StorageMode modeIfNew)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return createWithDemoData(path, modeIfNew);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showOpenError(path, opened.error());
        return nullptr;
    }
    return std::move(*opened);
}

std::unique_ptr<Database> DatabaseStartup::createWithDemoData(const QString& path, StorageMode mode)
{
    auto created = Database::create(path, mode);
    if (!created) {
        MessageBoxes::current().error(nullptr, tr("Cannot create the database"),
                                      created.error().message);
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(*created);

    const QString creating = tr("Creating a new database with demo data…");
    QProgressDialog progress(creating, QString(), 0, 0);
    progress.setWindowTitle(tr("New database"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(420);
    progress.show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents();

    DemoOptions options;
    options.customers = 2000;
    options.now = QDateTime::currentDateTimeUtc();
    auto filled = generateDemoData(*db, options, [&](const QString& step) {
        progress.setLabelText(creating + QLatin1Char('\n') + step);
        QCoreApplication::processEvents();
    });
    QApplication::restoreOverrideCursor();
    progress.close();
    if (!filled) {
        const QString fullPath = db->path();
        db.reset();
        removeDatabaseFiles(fullPath); // created by this run: nothing of the user's is lost
        MessageBoxes::current().error(
            nullptr, tr("Cannot create the database"),
            tr("The demo data could not be written: %1").arg(filled.error().message));
        return nullptr;
    }
    return db;
}

void DatabaseStartup::showOpenError(const QString& path, const Error& error)
{
    QString advice;
    switch (error.code) {
    case ErrorCode::Busy:
        advice = tr("Another program is writing to the file right now. Wait a moment, then "
                    "start Showroom CRM again.");
        break;
    case ErrorCode::ForeignDatabase:
        advice = tr("Choose a Showroom database with --db, or start without --db to use your "
                    "own database.");
        break;
    case ErrorCode::NewerSchema:
        advice = tr("Install the newer version of Showroom CRM to open this file.");
        break;
    case ErrorCode::CorruptDatabase:
        advice = tr("Restore the latest backup of this database.");
        break;
    default:
        break;
    }
    MessageBoxes::current().error(nullptr, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                                  error.message, advice);
}

} // namespace showroom
