// The demo generator bulk-loads without the secondary indexes and triggers; what it writes must be
// what the schema's triggers would have written, and the schema must be whole again afterwards.
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/demo/DemoGenerator.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;

namespace {

qint64 count(Database& db, const char* statement)
{
    auto n = sql::scalar(db.sql(), QLatin1String(statement));
    REQUIRE(n.has_value());
    return n->toLongLong();
}

} // namespace

TEST_CASE("demo history records when each lead entered the stage it leaves", "[demo]")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("demo.sqlite")), StorageMode::Local);
    REQUIRE(db.has_value());
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    REQUIRE(generateDemoData(**db, DemoOptions{20000, 5, now}).has_value());

    const qint64 changes =
        count(**db, "SELECT count(*) FROM stage_history WHERE from_stage_id IS NOT NULL");
    REQUIRE(changes > 200);
    // The schema's trigger takes the lead's latest earlier change; the generator must agree.
    CHECK(count(**db, "SELECT count(*) FROM stage_history h WHERE h.from_stage_id IS NOT NULL "
                      "AND h.from_entered_at IS NOT (SELECT max(e.changed_at) FROM stage_history "
                      "e WHERE e.lead_id = h.lead_id AND e.id < h.id)") == 0);
    CHECK(count(**db, "SELECT count(*) FROM stage_history "
                      "WHERE from_stage_id IS NULL AND from_entered_at IS NOT NULL") == 0);

    // Nothing happened after the demo's "now".
    const QString later = QString::number(now.toSecsSinceEpoch());
    for (const char* column : {"signed_at", "bank_sent_at", "bank_approved_at", "delivered_at"}) {
        INFO(column);
        auto n =
            sql::scalar((*db)->sql(), QStringLiteral("SELECT count(*) FROM deals WHERE %1 > %2")
                                          .arg(QLatin1String(column), later));
        REQUIRE(n.has_value());
        CHECK(n->toLongLong() == 0);
    }

    // The trigger and the indexes dropped for the bulk load are back.
    CHECK(count(**db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                      "AND name = 'stage_history_from_entered'") == 1);
    CHECK(count(**db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                      "AND name IN ('stage_history_lead', 'stage_history_report')") == 2);
}
