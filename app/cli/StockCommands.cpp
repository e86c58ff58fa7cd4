// vehicle add | list | import; testdrive book | cancel
#include "Cli.h"
#include "Commands.h"
#include "services/StockImport.h"
#include "services/StockService.h"
#include "services/TestDriveService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StockCommands)
};

QJsonObject vehicleJson(const Vehicle& v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("vin"), v.vin},
            {QStringLiteral("make"), v.make},
            {QStringLiteral("model"), v.model},
            {QStringLiteral("trim"), v.trim},
            {QStringLiteral("colour"), v.colour},
            {QStringLiteral("year"), v.modelYear ? QJsonValue(*v.modelYear) : QJsonValue()},
            {QStringLiteral("condition"), vehicleConditionKey(v.condition)},
            {QStringLiteral("status"), vehicleStatusKey(v.status)},
            {QStringLiteral("expected_on"), v.expectedOn.isValid()
                                                ? QJsonValue(v.expectedOn.toString(Qt::ISODate))
                                                : QJsonValue()},
            {QStringLiteral("price_cents"), idOrNull(v.priceCents)},
            {QStringLiteral("stock_number"), v.stockNumber},
            {QStringLiteral("test_drive_car"), v.testDriveCar},
            {QStringLiteral("owner_customer_id"), idOrNull(v.ownerCustomerId)},
            {QStringLiteral("version"), v.version}};
}

QString vehicleLine(const Vehicle& v)
{
    QString status = vehicleStatusKey(v.status);
    if (v.status == VehicleStatus::InTransit && v.expectedOn.isValid())
        status += QLatin1Char(' ') + v.expectedOn.toString(Qt::ISODate);
    return QStringLiteral("#%1  %2  %3  %4%5%6")
        .arg(v.id)
        .arg(v.vin, v.label(), status,
             v.stockNumber.isEmpty() ? QString() : QStringLiteral("  ") + v.stockNumber,
             v.testDriveCar ? Tr::tr("  [test drive]") : QString());
}

QString outcomeKey(StockImportRow::Outcome outcome)
{
    switch (outcome) {
    case StockImportRow::Outcome::Added:
        return QStringLiteral("added");
    case StockImportRow::Outcome::Updated:
        return QStringLiteral("updated");
    case StockImportRow::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case StockImportRow::Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject bookingJson(const TestDriveBooking& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("vehicle_id"), b.vehicleId},
            {QStringLiteral("vehicle"), b.vehicleLabel},
            {QStringLiteral("lead_id"), idOrNull(b.leadId)},
            {QStringLiteral("customer_id"), idOrNull(b.customerId)},
            {QStringLiteral("customer"), b.customerName},
            {QStringLiteral("task_id"), idOrNull(b.taskId)},
            {QStringLiteral("starts_at"), b.startsAt.toString(Qt::ISODate)},
            {QStringLiteral("ends_at"), b.endsAt.toString(Qt::ISODate)}};
}

int addVehicle(Cli& cli)
{
    Arguments& args = cli.args();
    const auto vin = args.takeOption(QStringLiteral("--vin"));
    const auto make = args.takeOption(QStringLiteral("--make"));
    const auto model = args.takeOption(QStringLiteral("--model"));
    const auto trim = args.takeOption(QStringLiteral("--trim"));
    const auto colour = args.takeOption(QStringLiteral("--color"));
    const auto year = args.takeOption(QStringLiteral("--year"));
    const auto price = args.takeOption(QStringLiteral("--price"));
    const auto condition = args.takeOption(QStringLiteral("--condition"));
    const auto stockNumber = args.takeOption(QStringLiteral("--stock-number"));
    const bool testDrive = args.takeFlag(QStringLiteral("--test-drive"));
    const auto inTransit = args.takeOption(QStringLiteral("--in-transit"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!vin || !make || !model)
        return cli.failWith(Tr::tr("vehicle add needs --vin VIN --make MAKE --model MODEL"), Usage);
    Vehicle draft;
    draft.vin = *vin;
    draft.make = *make;
    draft.model = *model;
    draft.trim = trim.value_or(QString());
    draft.colour = colour.value_or(QString());
    draft.stockNumber = stockNumber.value_or(QString());
    draft.testDriveCar = testDrive;
    if (year) {
        bool ok = false;
        draft.modelYear = year->toInt(&ok);
        if (!ok)
            return cli.failWith(Tr::tr("--year needs a year like 2026, not “%1”").arg(*year),
                                Usage);
    }
    if (price) {
        auto cents = stock::parsePriceCents(*price);
        if (!cents)
            return cli.failWith(cents.error().message, Usage);
        draft.priceCents = *cents;
    }
    if (condition) {
        const auto parsed = vehicleConditionFromKey(*condition);
        if (!parsed)
            return cli.failWith(
                Tr::tr("--condition is one of new, used, demo, not “%1”").arg(*condition), Usage);
        draft.condition = *parsed;
    }
    if (inTransit) {
        const QDate expected = QDate::fromString(*inTransit, Qt::ISODate);
        if (!expected.isValid())
            return cli.failWith(
                Tr::tr("--in-transit needs the expected date like 2026-12-15, not “%1”")
                    .arg(*inTransit),
                Usage);
        draft.status = VehicleStatus::InTransit;
        draft.expectedOn = expected;
    }
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto added = StockService(cli.context()).add(*actor, draft);
    if (!added)
        return cli.failWith(added.error());
    if (json)
        cli.printJson(vehicleJson(*added));
    else
        cli.print(QString::number(added->id));
    return Ok;
}

int listVehicles(Cli& cli)
{
    Arguments& args = cli.args();
    VehicleFilter filter;
    filter.text = args.takeOption(QStringLiteral("--search")).value_or(QString());
    filter.availableOnly = args.takeFlag(QStringLiteral("--available"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!cli.argumentsConsumed())
        return Usage;
    if (!cli.openDatabase())
        return Failed;
    auto found = StockService(cli.context()).search(filter);
    if (!found)
        return cli.failWith(found.error());
    if (json) {
        QJsonArray array;
        for (const Vehicle& v : *found)
            array.append(vehicleJson(v));
        cli.printJson(array);
        return Ok;
    }
    for (const Vehicle& v : *found)
        cli.print(vehicleLine(v));
    return Ok;
}

int importVehicles(Cli& cli)
{
    Arguments& args = cli.args();
    const auto path = args.takePositional();
    const bool dryRun = args.takeFlag(QStringLiteral("--dry-run"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!path)
        return cli.failWith(Tr::tr("vehicle import needs FILE.csv"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.failWith(Tr::tr("cannot read %1: %2").arg(*path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto report = StockService(cli.context()).importCsv(*actor, bytes, dryRun);
    if (!report)
        return cli.failWith(report.error());
    if (json) {
        QJsonArray rows;
        for (const StockImportRow& row : report->rows)
            rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("vin"), row.vin},
                                    {QStringLiteral("outcome"), outcomeKey(row.outcome)},
                                    {QStringLiteral("reason"), row.reason},
                                    {QStringLiteral("vehicle_id"), idOrNull(row.vehicleId)}});
        cli.printJson(QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                  {QStringLiteral("added"), report->added},
                                  {QStringLiteral("updated"), report->updated},
                                  {QStringLiteral("unchanged"), report->unchanged},
                                  {QStringLiteral("rejected"), report->rejected},
                                  {QStringLiteral("rows"), rows}});
        return Ok;
    }
    for (const StockImportRow& row : report->rows)
        if (row.outcome == StockImportRow::Outcome::Rejected)
            cli.print(Tr::tr("line %1: %2 rejected: %3").arg(row.line).arg(row.vin, row.reason));
    cli.print(Tr::tr("%1%2 added, %3 updated, %4 unchanged, %5 rejected")
                  .arg(dryRun ? Tr::tr("Dry run, nothing written: ") : QString())
                  .arg(report->added)
                  .arg(report->updated)
                  .arg(report->unchanged)
                  .arg(report->rejected));
    return Ok;
}

int bookTestDrive(Cli& cli)
{
    Arguments& args = cli.args();
    const auto leadId = parseId(args.takePositional());
    const auto vin = args.takeOption(QStringLiteral("--vin"));
    const auto atText = args.takeOption(QStringLiteral("--at"));
    const auto minutesText = args.takeOption(QStringLiteral("--minutes"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!leadId || !vin || !atText)
        return cli.failWith(Tr::tr("testdrive book needs LEAD_ID --vin VIN --at DATE_TIME"), Usage);
    const auto at = parseDateTime(atText);
    if (!at)
        return cli.failWith(Tr::tr("--at needs an ISO 8601 date and time like 2026-11-24T14:00, "
                                   "not “%1”")
                                .arg(*atText),
                            Usage);
    int minutes = 60;
    if (minutesText) {
        bool ok = false;
        minutes = minutesText->toInt(&ok);
        if (!ok || minutes <= 0)
            return cli.failWith(
                Tr::tr("--minutes needs a positive number, not “%1”").arg(*minutesText), Usage);
    }
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto vehicle = StockService(cli.context()).byVin(*vin);
    if (!vehicle)
        return cli.failWith(vehicle.error());
    auto booked = TestDriveService(cli.context())
                      .book(*actor, *leadId, vehicle->id, *at, at->addSecs(minutes * 60LL));
    if (!booked)
        return cli.failWith(booked.error());
    if (json)
        cli.printJson(bookingJson(*booked));
    else
        cli.print(QString::number(booked->id));
    return Ok;
}

int cancelTestDrive(Cli& cli)
{
    const auto bookingId = parseId(cli.args().takePositional());
    if (!bookingId)
        return cli.failWith(Tr::tr("testdrive cancel needs BOOKING_ID"), Usage);
    if (!cli.argumentsConsumed())
        return Usage;
    const User* actor = cli.signIn();
    if (!actor)
        return Failed;
    auto cancelled = TestDriveService(cli.context()).cancel(*actor, *bookingId);
    if (!cancelled)
        return cli.failWith(cancelled.error());
    cli.print(Tr::tr("Test drive %1 cancelled").arg(*bookingId));
    return Ok;
}

} // namespace

int runVehicle(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("add"))
        return addVehicle(cli);
    if (action == QLatin1String("list"))
        return listVehicles(cli);
    if (action == QLatin1String("import"))
        return importVehicles(cli);
    return cli.failWith(Tr::tr("vehicle needs add, list or import"), Usage);
}

int runTestDrive(Cli& cli)
{
    const auto action = cli.args().takePositional();
    if (action == QLatin1String("book"))
        return bookTestDrive(cli);
    if (action == QLatin1String("cancel"))
        return cancelTestDrive(cli);
    return cli.failWith(Tr::tr("testdrive needs book or cancel"), Usage);
}

} // namespace showroom::cli
