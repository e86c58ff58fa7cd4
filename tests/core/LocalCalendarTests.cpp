// The report's local calendar must place every moment on the same local date and hour as a time
// zone conversion would, in SQL and in C++, across daylight saving changes and in zones whose
// offset is not a whole hour.

#include "reports/LocalCalendar.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;
using reports::detail::LocalCalendar;

TEST_CASE("the report calendar agrees with time zone conversion around daylight saving changes",
          "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = Database::create(dir.filePath(QStringLiteral("calendar.sqlite")), StorageMode::Local);
    REQUIRE(db.has_value());

    for (const char* id : {"Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "UTC"}) {
        const QTimeZone zone(id);
        REQUIRE(zone.isValid());
        INFO(id);
        const LocalCalendar calendar(zone, QDate(2026, 1, 1), QDate(2026, 12, 31));
        // Every 15 minutes of the days around both changes, and across the window's edges.
        std::vector<qint64> moments;
        for (const QDate day : {QDate(2026, 3, 8), QDate(2026, 3, 29), QDate(2026, 10, 25),
                                QDate(2026, 11, 1), QDate(2026, 12, 31)})
            for (qint64 t = QDateTime(day.addDays(-1), QTime(0, 0), zone).toSecsSinceEpoch(),
                        end = t + 3 * 86400;
                 t < end; t += 900)
                moments.push_back(t);
        for (const qint64 t : moments) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
            INFO(local.toString(Qt::ISODateWithMs).toStdString());
            CHECK(calendar.dayOf(t) == local.date().toJulianDay());
            CHECK(calendar.startOf(local.date().toJulianDay()) ==
                  QDateTime(local.date(), QTime(0, 0), zone).toSecsSinceEpoch());
            const QString column = QString::number(t);
            auto row = sql::scalar(
                (*db)->sql(), QStringLiteral("SELECT (%1) || ' ' || ((%2 % 86400) / 3600)")
                                  .arg(calendar.julianDay(column), calendar.localSeconds(column)));
            REQUIRE(row.has_value());
            if (t < calendar.startOf(QDate(2027, 1, 1).toJulianDay()))
                CHECK(row->toString() == QStringLiteral("%1 %2")
                                             .arg(local.date().toJulianDay())
                                             .arg(local.time().hour()));
        }
    }
}
