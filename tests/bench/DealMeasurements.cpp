// Stock search by a VIN fragment (the Stock page and the deal form as you type) and the
// Deliveries list.
#include "BenchSupport.h"
#include "Clock.h"
#include "Measurements.h"
#include "services/DealService.h"
#include "services/StockService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace bench {

using namespace showroom;

namespace {
// Fragments of stored VINs as a salesperson types them: 4 to 8 characters from the serial end.
std::vector<QString> vinFragments(Database& db, int count)
{
    std::vector<QString> fragments;
    auto ok = sql::select(
        db.sql(), QStringLiteral("SELECT vin FROM vehicles WHERE id % 7 = 0 ORDER BY id LIMIT ?"),
        {count}, [&](const QSqlQuery& q) {
            const QString vin = q.value(0).toString();
            const int length = 4 + int(fragments.size() % 5);
            fragments.push_back(vin.mid(17 - length - int(fragments.size() % 3), length).toLower());
        });
    if (!ok)
        note(QStringLiteral("cannot read VINs: %1").arg(ok.error().message));
    return fragments;
}
} // namespace

bool measureVinSearch(const BenchConfig& config)
{
    auto db = openForWork(config);
    if (!db)
        return false;
    const SystemClock clock;
    StockService stock(ServiceContext{*db, clock});
    const std::vector<QString> fragments = vinFragments(*db, 100);
    if (fragments.empty()) {
        note(QStringLiteral("vin_search: no vehicles"));
        return false;
    }
    std::vector<double> ms;
    qint64 found = 0;
    for (int i = 0; i < config.iterations; ++i) {
        VehicleFilter filter;
        filter.text = fragments[size_t(i) % fragments.size()];
        filter.limit = 200;
        Result<std::vector<Vehicle>> hits;
        ms.push_back(timeMs([&] { hits = stock.search(filter); }));
        if (!hits) {
            note(QStringLiteral("vin_search failed: %1").arg(hits.error().message));
            return false;
        }
        found += !hits->empty();
    }
    auto vehicles = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM vehicles"));
    JsonLine(QStringLiteral("vin_search"))
        .add("vehicles", vehicles ? vehicles->toLongLong() : qint64(0))
        .samples(ms)
        .target(ms, kSearchTargetMs)
        .add("found_pct", 100.0 * double(found) / double(ms.size()), 1)
        .print();
    return true;
}

bool measureDeliveries(const BenchConfig& config)
{
    auto db = openForWork(config);
    if (!db)
        return false;
    const SystemClock clock;
    DealService deals(ServiceContext{*db, clock});
    std::vector<double> ms;
    qint64 rows = 0;
    for (int i = 0; i < std::min(config.iterations, 50); ++i) {
        Result<std::vector<DeliveryRow>> list;
        ms.push_back(timeMs([&] { list = deals.deliveries({}); }));
        if (!list) {
            note(QStringLiteral("deliveries failed: %1").arg(list.error().message));
            return false;
        }
        rows = qint64(list->size());
    }
    JsonLine(QStringLiteral("deliveries_list"))
        .add("rows", rows)
        .samples(ms)
        .target(ms, kDeliveriesTargetMs)
        .print();
    return true;
}

} // namespace bench
