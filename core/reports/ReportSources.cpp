#include "ReportDayCache.h"
#include "ReportScope.h"
#include "storage/Sql.h"

#include <QHash>
#include <cmath>

namespace showroom::reports::detail {

namespace {

struct Tally {
    qint64 leads = 0, respondedInTime = 0, testDrives = 0, offers = 0, sales = 0;
    qint64 revenueCents = 0;

    void add(const Tally& other)
    {
        leads += other.leads;
        respondedInTime += other.respondedInTime;
        testDrives += other.testDrives;
        offers += other.offers;
        sales += other.sales;
        revenueCents += other.revenueCents;
    }
    bool any() const { return leads || testDrives || offers || sales; }
};

// Figures per (source, campaign); campaign 0: none.
using Key = std::pair<qint64, qint64>;

SourceRow row(const Tally& t)
{
    SourceRow r;
    r.leads = int(t.leads);
    r.respondedInTime = int(t.respondedInTime);
    r.testDrives = int(t.testDrives);
    r.offers = int(t.offers);
    r.sales = int(t.sales);
    r.conversion = ratio(t.sales, t.leads);
    r.revenueCents = t.revenueCents;
    return r;
}

// The campaign's cost spread evenly over its days; the period's days carry their share.
std::optional<qint64> costShare(const Scope& scope, const QVariant& cost, const QVariant& starts,
                                const QVariant& ends)
{
    const QDate first = QDate::fromString(starts.toString(), Qt::ISODate);
    const QDate last = QDate::fromString(ends.toString(), Qt::ISODate);
    if (cost.isNull() || !first.isValid() || !last.isValid() || last < first)
        return std::nullopt;
    const QDate from = std::max(first, scope.filter.first);
    const QDate to = std::min(last, scope.filter.last);
    const qint64 overlap = from <= to ? from.daysTo(to) + 1 : 0;
    const qint64 days = first.daysTo(last) + 1;
    return qint64(std::llround(double(cost.toLongLong()) * double(overlap) / double(days)));
}

QHash<Key, Tally> talliesOf(const PeriodFigures& period)
{
    QHash<Key, Tally> tallies;
    const auto into = [&](Figure figure, auto field) {
        period.forEach(figure, [&](qint64 source, qint64 campaign, qint64 n) {
            tallies[Key{source, campaign}].*field += n;
        });
    };
    into(Figure::SourceLeads, &Tally::leads);
    into(Figure::SourceRespondedInTime, &Tally::respondedInTime);
    into(Figure::SourceTestDrives, &Tally::testDrives);
    into(Figure::SourceOffers, &Tally::offers);
    into(Figure::SourceSales, &Tally::sales);
    into(Figure::SourceRevenue, &Tally::revenueCents);
    return tallies;
}

} // namespace

// Leads, test drives, offers and sales by local date, source and campaign.
Result<void> collectSources(const Scope& range, const LocalCalendar& calendar, DayMap& days)
{
    const auto day = [&](const QSqlQuery& q) -> DayFigures& {
        return days[q.value(0).toLongLong()];
    };
    QVariantList binds{range.from, range.to};
    QString filter =
        leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    auto ok = sql::select(
        range.db,
        QStringLiteral("SELECT %1, l.source_id, coalesce(l.campaign_id, 0), count(*), "
                       "sum(l.first_response_at IS NOT NULL AND (l.response_due_at IS NULL OR "
                       "l.first_response_at <= l.response_due_at)) FROM leads l "
                       "WHERE l.created_at >= ? AND l.created_at < ?%2 GROUP BY 1, 2, 3")
            .arg(calendar.julianDay(QStringLiteral("l.created_at")), filter),
        binds, [&](const QSqlQuery& q) {
            const qint64 source = q.value(1).toLongLong(), campaign = q.value(2).toLongLong();
            day(q).add(Figure::SourceLeads, source, campaign, q.value(3).toLongLong());
            day(q).add(Figure::SourceRespondedInTime, source, campaign, q.value(4).toLongLong());
        });
    if (!ok)
        return ok;

    binds = {range.from, range.to};
    filter = leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("a.user_id"));
    ok = sql::select(
        range.db,
        QStringLiteral("SELECT %1, l.source_id, coalesce(l.campaign_id, 0), "
                       "sum(a.kind = 'test_drive'), sum(a.kind = 'offer') FROM activities a "
                       "JOIN leads l ON l.id = a.lead_id WHERE a.kind IN ('test_drive', 'offer') "
                       "AND a.occurred_at >= ? AND a.occurred_at < ?%2 GROUP BY 1, 2, 3")
            .arg(calendar.julianDay(QStringLiteral("a.occurred_at")), filter),
        binds, [&](const QSqlQuery& q) {
            const qint64 source = q.value(1).toLongLong(), campaign = q.value(2).toLongLong();
            day(q).add(Figure::SourceTestDrives, source, campaign, q.value(3).toLongLong());
            day(q).add(Figure::SourceOffers, source, campaign, q.value(4).toLongLong());
        });
    if (!ok)
        return ok;

    binds = {range.from, range.to};
    filter = leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("d.consultant_id"));
    return sql::select(
        range.db,
        QStringLiteral("SELECT %1, l.source_id, coalesce(l.campaign_id, 0), count(*), "
                       "sum(d.list_price_cents - d.discount_cents) FROM deals d "
                       "JOIN leads l ON l.id = d.lead_id WHERE d.signed_at >= ? "
                       "AND d.signed_at < ? AND d.status <> 'cancelled'%2 GROUP BY 1, 2, 3")
            .arg(calendar.julianDay(QStringLiteral("d.signed_at")), filter),
        binds, [&](const QSqlQuery& q) {
            const qint64 source = q.value(1).toLongLong(), campaign = q.value(2).toLongLong();
            day(q).add(Figure::SourceSales, source, campaign, q.value(3).toLongLong());
            day(q).add(Figure::SourceRevenue, source, campaign, q.value(4).toLongLong());
        });
}

Result<void> sources(const Scope& scope, const PeriodFigures& period, SourcesSection& out)
{
    const QHash<Key, Tally> tallies = talliesOf(period);
    QHash<qint64, Tally> perSource;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        perSource[it.key().first].add(it.value());

    out.sources.clear();
    QHash<qint64, QString> sourceKeys;
    QVariantList binds;
    QString where;
    if (scope.filter.sourceId) {
        where = QStringLiteral(" WHERE id = ?");
        binds << *scope.filter.sourceId;
    }
    auto ok = sql::select(scope.db,
                          QStringLiteral("SELECT id, key, name, active FROM sources%1").arg(where),
                          binds, [&](const QSqlQuery& q) {
                              const qint64 id = q.value(0).toLongLong();
                              sourceKeys.insert(id, q.value(1).toString());
                              const Tally t = perSource.value(id);
                              if (!q.value(3).toBool() && !t.any())
                                  return;
                              SourceRow r = row(t);
                              r.sourceId = id;
                              r.key = q.value(1).toString();
                              r.name = q.value(2).toString();
                              out.sources.push_back(r);
                          });
    if (!ok)
        return ok;
    std::sort(out.sources.begin(), out.sources.end(), [](const SourceRow& a, const SourceRow& b) {
        return a.leads != b.leads ? a.leads > b.leads : a.name < b.name;
    });

    out.campaigns.clear();
    binds.clear();
    if (scope.filter.sourceId) {
        where = QStringLiteral(" WHERE source_id = ?");
        binds << *scope.filter.sourceId;
    }
    ok = sql::select(
        scope.db,
        QStringLiteral(
            "SELECT id, source_id, name, cost_cents, starts_on, ends_on FROM campaigns%1")
            .arg(where),
        binds, [&](const QSqlQuery& q) {
            const qint64 id = q.value(0).toLongLong();
            const qint64 source = q.value(1).toLongLong();
            const Tally t = tallies.value(Key{source, id});
            // A consultant's own figures carry no share of the campaign's cost.
            const auto cost = scope.filter.consultantId
                                  ? std::nullopt
                                  : costShare(scope, q.value(3), q.value(4), q.value(5));
            if (!t.any() && !(cost && *cost > 0))
                return;
            SourceRow r = row(t);
            r.sourceId = source;
            r.campaignId = id;
            r.key = sourceKeys.value(source);
            r.name = q.value(2).toString();
            r.costCents = cost;
            if (cost && t.sales > 0)
                r.costPerSaleCents = qint64(std::llround(double(*cost) / t.sales));
            out.campaigns.push_back(r);
        });
    if (!ok)
        return ok;
    std::sort(out.campaigns.begin(), out.campaigns.end(),
              [](const SourceRow& a, const SourceRow& b) {
                  return a.name != b.name ? a.name < b.name : *a.campaignId < *b.campaignId;
              });
    return {};
}

} // namespace showroom::reports::detail
