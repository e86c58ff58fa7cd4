#include "VehicleRepository.h"

#include "Sql.h"
#include "Values.h"
#include "VersionedUpdate.h"
#include "rules/Vin.h"

#include <QCoreApplication>
#include <limits>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kColumns = QStringLiteral(
    "v.id, v.vin, v.make, v.model, v.trim, v.colour, v.model_year, v.condition, v.status, "
    "v.expected_on, v.price_cents, v.stock_number, v.test_drive_car, v.owner_customer_id, "
    "v.created_at, v.version");

const QString kAvailable =
    QStringLiteral("v.status IN ('in_stock', 'in_transit') AND v.owner_customer_id IS NULL");

Vehicle readVehicle(const QSqlQuery& q)
{
    Vehicle v;
    v.id = q.value(0).toLongLong();
    v.vin = q.value(1).toString();
    v.make = q.value(2).toString();
    v.model = q.value(3).toString();
    v.trim = q.value(4).toString();
    v.colour = q.value(5).toString();
    if (!q.value(6).isNull())
        v.modelYear = q.value(6).toInt();
    v.condition = vehicleConditionFromKey(q.value(7).toString()).value_or(VehicleCondition::New);
    v.status = vehicleStatusFromKey(q.value(8).toString()).value_or(VehicleStatus::InStock);
    v.expectedOn = values::date(q.value(9));
    v.priceCents = values::optionalId(q.value(10));
    v.stockNumber = q.value(11).toString();
    v.testDriveCar = q.value(12).toInt() != 0;
    v.ownerCustomerId = values::optionalId(q.value(13));
    v.createdAt = values::dateTime(q.value(14));
    v.version = q.value(15).toInt();
    return v;
}

Result<std::vector<Vehicle>> selectVehicles(QSqlDatabase& db, const QString& where,
                                            const QVariantList& binds)
{
    std::vector<Vehicle> vehicles;
    auto ok = sql::select(db, QStringLiteral("SELECT %1 FROM vehicles v %2").arg(kColumns, where),
                          binds, [&](const QSqlQuery& q) { vehicles.push_back(readVehicle(q)); });
    if (!ok)
        return std::unexpected(ok.error());
    return vehicles;
}

// A LIKE pattern matching `text` anywhere, with % _ and \ taken literally (ESCAPE '\').
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
// An FTS5 query for the trigram index: the text as typed in any column, or the VIN fragment
// (spaces and dashes dropped) in the VIN.
QString trigramQuery(const QString& text, const QString& vinFragment)
{
    const auto phrase = [](QString words) {
        return QLatin1Char('"') + words.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    QString query = phrase(text);
    if (vinFragment.size() >= 3 && vinFragment != text)
        query += QStringLiteral(" OR vin : ") + phrase(vinFragment);
    return query;
}
} // namespace

Result<qint64> VehicleRepository::insert(const Vehicle& v)
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO vehicles (vin, make, model, trim, colour, model_year, "
                       "condition, status, expected_on, price_cents, stock_number, "
                       "test_drive_car, owner_customer_id, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.vin, v.make, v.model, v.trim, v.colour, values::optionalInt(v.modelYear),
         vehicleConditionKey(v.condition), vehicleStatusKey(v.status),
         values::isoDate(v.expectedOn), values::optionalId(v.priceCents), v.stockNumber,
         v.testDriveCar ? 1 : 0, values::optionalId(v.ownerCustomerId),
         values::epoch(v.createdAt)});
}

Result<int> VehicleRepository::update(const Vehicle& v, const std::function<QString()>& label)
{
    return versionedUpdate(
        m_db, QStringLiteral("vehicles"), v.id, v.version,
        QStringLiteral("vin = ?, make = ?, model = ?, trim = ?, colour = ?, model_year = ?, "
                       "condition = ?, status = ?, expected_on = ?, price_cents = ?, "
                       "stock_number = ?, test_drive_car = ?"),
        {v.vin, v.make, v.model, v.trim, v.colour, values::optionalInt(v.modelYear),
         vehicleConditionKey(v.condition), vehicleStatusKey(v.status),
         values::isoDate(v.expectedOn), values::optionalId(v.priceCents), v.stockNumber,
         v.testDriveCar ? 1 : 0},
        label);
}

Result<Vehicle> VehicleRepository::byId(qint64 id)
{
    auto found = selectVehicles(m_db, QStringLiteral("WHERE v.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no vehicle #%1.").arg(id));
    return found->front();
}

Result<Vehicle> VehicleRepository::byVin(const QString& vin)
{
    const QString normalised = normalisedVinFragment(vin);
    auto found = selectVehicles(m_db, QStringLiteral("WHERE v.vin = ?"), {normalised});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound,
                    Tr::tr("No vehicle with the VIN %1 is in the stock list.").arg(normalised));
    return found->front();
}

Result<std::vector<Vehicle>> VehicleRepository::search(const VehicleFilter& filter)
{
    QStringList where;
    QVariantList binds;
    const QString text = filter.text.simplified();
    const QString fragment = normalisedVinFragment(text);
    if (text.size() >= 3) {
        // The trigram index finds any fragment of three characters or more.
        where << QStringLiteral(
            "v.id IN (SELECT rowid FROM vehicle_search WHERE vehicle_search MATCH ?)");
        binds << trigramQuery(text, fragment);
    } else if (!text.isEmpty()) {
        where << QStringLiteral(
            "(v.vin LIKE ? ESCAPE '\\' OR upper(v.stock_number) LIKE upper(?) ESCAPE '\\' "
            "OR upper(v.make) LIKE upper(?) ESCAPE '\\' OR upper(v.model) LIKE upper(?) "
            "ESCAPE '\\' OR upper(v.make || ' ' || v.model) LIKE upper(?) ESCAPE '\\')");
        const QString pattern = containsPattern(text);
        binds << containsPattern(fragment.isEmpty() ? text : fragment) << pattern << pattern
              << pattern << pattern;
    }
    if (filter.status) {
        where << QStringLiteral("v.status = ?");
        binds << vehicleStatusKey(*filter.status);
    }
    if (filter.availableOnly)
        where << kAvailable;
    if (filter.testDriveCarsOnly)
        where << QStringLiteral("v.test_drive_car = 1");
    const std::pair<const char*, const QString*> exact[] = {{"v.make", &filter.make},
                                                            {"v.model", &filter.model},
                                                            {"v.trim", &filter.trim},
                                                            {"v.colour", &filter.colour}};
    for (const auto& [column, value] : exact) {
        if (value->isEmpty())
            continue;
        where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        binds << *value;
    }
    QString statement;
    if (!where.isEmpty())
        statement = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
    statement += QStringLiteral("ORDER BY v.make, v.model, v.trim, v.colour, v.vin LIMIT ?");
    binds << (filter.limit > 0 ? filter.limit : std::numeric_limits<int>::max());
    return selectVehicles(m_db, statement, binds);
}

Result<QStringList> VehicleRepository::choices(const QString& make, const QString& model,
                                               const QString& trim)
{
    QString column = QStringLiteral("v.make");
    QString where = kAvailable;
    QVariantList binds;
    if (!make.isEmpty()) {
        column = QStringLiteral("v.model");
        where += QStringLiteral(" AND v.make = ?");
        binds << make;
        if (!model.isEmpty()) {
            column = QStringLiteral("v.trim");
            where += QStringLiteral(" AND v.model = ?");
            binds << model;
            if (!trim.isEmpty()) {
                column = QStringLiteral("v.colour");
                where += QStringLiteral(" AND v.trim = ?");
                binds << trim;
            }
        }
    }
    QStringList values;
    auto ok = sql::select(m_db,
                          QStringLiteral("SELECT DISTINCT %1 FROM vehicles v WHERE %2 AND %1 <> '' "
                                         "ORDER BY %1")
                              .arg(column, where),
                          binds, [&](const QSqlQuery& q) { values << q.value(0).toString(); });
    if (!ok)
        return std::unexpected(ok.error());
    return values;
}

Result<void> VehicleRepository::setStatus(qint64 vehicleId, VehicleStatus status,
                                          std::optional<qint64> ownerCustomerId)
{
    auto done =
        sql::exec(m_db,
                  QStringLiteral("UPDATE vehicles SET status = ?, owner_customer_id = ?, "
                                 "version = version + 1 WHERE id = ?"),
                  {vehicleStatusKey(status), values::optionalId(ownerCustomerId), vehicleId});
    if (!done)
        return std::unexpected(done.error());
    if (*done == 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no vehicle #%1.").arg(vehicleId));
    return {};
}

} // namespace showroom
