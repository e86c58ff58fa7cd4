#include "ReportDayCache.h"
#include "ReportScope.h"
#include "storage/Sql.h"

namespace showroom::reports::detail {

namespace {

// "FROM deals d [JOIN leads l]" with the filters: the deal's consultant, the lead's source.
QString dealsFrom(const Scope& scope, QVariantList& binds, QString& filter)
{
    filter = leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("d.consultant_id"));
    return QStringLiteral("FROM deals d%1") + leadJoinForSource(scope, QStringLiteral("d"));
}

Result<void> countDeals(const Scope& range, const LocalCalendar& calendar, DayMap& days,
                        const QString& column, Figure figure)
{
    QVariantList binds{range.from, range.to};
    QString filter;
    const QString from = dealsFrom(range, binds, filter).arg(QString());
    const QString at = QStringLiteral("d.") + column;
    return sql::select(range.db,
                       QStringLiteral("SELECT %1, count(*) %2 WHERE %3 >= ? AND %3 < ?%4 "
                                      "GROUP BY 1")
                           .arg(calendar.julianDay(at), from, at, filter),
                       binds, [&](const QSqlQuery& q) {
                           days[q.value(0).toLongLong()].add(figure, q.value(1).toLongLong());
                       });
}

} // namespace

// Deliveries, on time or late against the promised date, and loan files by local date.
Result<void> collectDeliveries(const Scope& range, const LocalCalendar& calendar, DayMap& days)
{
    QVariantList binds{range.from, range.to};
    QString filter;
    const QString from =
        dealsFrom(range, binds, filter).arg(QStringLiteral(" INDEXED BY deals_delivered"));
    auto ok = sql::select(range.db,
                          QStringLiteral("SELECT d.delivered_at, d.promised_delivery_on %1 "
                                         "WHERE d.delivered_at >= ? AND d.delivered_at < ? "
                                         "AND d.status = 'delivered'%2")
                              .arg(from, filter),
                          binds, [&](const QSqlQuery& q) {
                              const qint64 day = calendar.dayOf(q.value(0).toLongLong());
                              DayFigures& figures = days[day];
                              figures.add(Figure::Delivered, 1);
                              const QDate promised =
                                  QDate::fromString(q.value(1).toString(), Qt::ISODate);
                              if (!promised.isValid())
                                  figures.add(Figure::DeliveredWithoutPromise, 1);
                              else if (day <= promised.toJulianDay())
                                  figures.add(Figure::DeliveredOnTime, 1);
                              else
                                  figures.add(Figure::DeliveredLate, 1);
                          });
    if (!ok)
        return ok;
    ok = countDeals(range, calendar, days, QStringLiteral("bank_sent_at"), Figure::LoansSent);
    if (!ok)
        return ok;
    return countDeals(range, calendar, days, QStringLiteral("bank_approved_at"),
                      Figure::LoansApproved);
}

Result<void> deliveries(const PeriodFigures& period, DeliveriesSection& out)
{
    out.delivered = int(period.count(Figure::Delivered));
    out.onTime = int(period.count(Figure::DeliveredOnTime));
    out.late = int(period.count(Figure::DeliveredLate));
    out.withoutPromise = int(period.count(Figure::DeliveredWithoutPromise));
    out.loansSent = int(period.count(Figure::LoansSent));
    out.loansApproved = int(period.count(Figure::LoansApproved));
    return {};
}

} // namespace showroom::reports::detail
