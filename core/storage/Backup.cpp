#include "Backup.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

bool fsyncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

Result<void> backupDatabase(Database& db, const QString& targetPath)
{
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("A backup cannot overwrite the database itself."));
    if (!target.absoluteDir().exists())
        return fail(ErrorCode::Io,
                    Tr::tr("The folder %1 does not exist.").arg(target.absolutePath()));

    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                              QStringLiteral(".partial-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    QString quoted = temporary;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (auto copied = sql::exec(db.sql(), QStringLiteral("VACUUM INTO '%1'").arg(quoted));
        !copied) {
        QFile::remove(temporary);
        return fail(copied.error().code == ErrorCode::Busy ? ErrorCode::Busy : ErrorCode::Io,
                    Tr::tr("The backup to %1 failed (is the disk full?): %2")
                        .arg(targetPath, copied.error().message));
    }
    if (!fsyncPath(temporary, false)) {
        QFile::remove(temporary);
        return fail(
            ErrorCode::Io,
            Tr::tr("The backup could not be written to disk at %1.").arg(target.absolutePath()));
    }
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return fail(ErrorCode::Io, Tr::tr("The backup could not be moved to %1.").arg(targetPath));
    }
    fsyncPath(target.absolutePath(), true);
    return {};
}

} // namespace showroom
