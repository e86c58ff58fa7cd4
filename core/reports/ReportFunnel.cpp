#include "ReportDayCache.h"
#include "ReportScope.h"
#include "storage/IntegerRows.h"
#include "storage/Sql.h"

#include <QHash>

namespace showroom::reports::detail {

namespace {

// Open stages and Won get increasing ranks in board order; a lead has reached every stage up to
// the highest rank it entered. Lost has none (-1).
std::vector<int> ranksOf(const std::vector<StageInfo>& stages)
{
    std::vector<int> ranks;
    int next = 0;
    for (const StageInfo& s : stages)
        ranks.push_back(s.kind != QLatin1String("lost") ? next++ : -1);
    return ranks;
}

// One lead's moves in time order; says for each move into the range's days which leads count
// there for the first time that day, and the last earlier day each of them counted.
class LeadWalk {
public:
    LeadWalk(const Scope& range, const LocalCalendar& calendar, DayMap& days)
        : m_range(range), m_calendar(calendar), m_days(days), m_ranks(ranksOf(range.stages))
    {
        for (std::size_t i = 0; i < range.stages.size(); ++i) {
            m_indexOf.insert(range.stages[i].id, i);
            if (range.stages[i].key == QLatin1String("assigned"))
                m_assigned = range.stages[i].id;
        }
        m_rankCount =
            int(std::count_if(m_ranks.begin(), m_ranks.end(), [](int r) { return r >= 0; }));
    }

    void move(const sql::IntegerRow& q)
    {
        const qint64 lead = q.value(0);
        if (lead != m_lead) {
            m_lead = lead;
            m_lastEntry.assign(m_range.stages.size(), 0);
            m_lastRank.assign(std::size_t(m_rankCount), 0);
            m_lastWon = m_lastLost = 0;
        }
        const qint64 at = q.value(3);
        const auto to = m_indexOf.constFind(q.value(1));
        if (at >= m_range.from && at < m_range.to)
            count(q, at, to == m_indexOf.constEnd() ? -1 : qint64(*to));
        if (to == m_indexOf.constEnd())
            return;
        m_lastEntry[*to] = at;
        for (int r = 0; r <= m_ranks[*to]; ++r)
            m_lastRank[std::size_t(r)] = at;
        const QString& kind = m_range.stages[*to].kind;
        if (kind == QLatin1String("won"))
            m_lastWon = at;
        else if (kind == QLatin1String("lost"))
            m_lastLost = at;
    }

private:
    qint64 dayOf(qint64 at) const { return at == 0 ? kNoEarlierDay : m_calendar.dayOf(at); }

    void count(const sql::IntegerRow& q, qint64 at, qint64 to)
    {
        const qint64 day = m_calendar.dayOf(at);
        DayFigures& figures = m_days[day];
        // Adds the lead to `figure` unless it already counted there earlier the same day.
        const auto once = [&](Figure figure, qint64 a, qint64 lastAt) {
            if (const qint64 earlier = dayOf(lastAt); earlier < day)
                figures.add(figure, a, earlier, 1);
        };
        if (to >= 0) {
            const StageInfo& stage = m_range.stages[std::size_t(to)];
            once(Figure::StageEntered, stage.id, m_lastEntry[std::size_t(to)]);
            for (int r = 0; r <= m_ranks[std::size_t(to)]; ++r)
                once(Figure::RankReached, r, m_lastRank[std::size_t(r)]);
            if (stage.kind == QLatin1String("won")) {
                if (dayOf(m_lastWon) < day && m_calendar.dayOf(q.value(5)) == day)
                    figures.add(Figure::FirstVisitCloses, 1);
                once(Figure::Won, 0, m_lastWon);
            } else if (stage.kind == QLatin1String("lost")) {
                once(Figure::Lost, 0, m_lastLost);
            }
            if (stage.id == m_assigned && !q.isNull(6))
                once(Figure::Assigned, q.value(6), m_lastEntry[std::size_t(to)]);
        }
        if (q.isNull(2))
            return;
        const auto from = m_indexOf.constFind(q.value(2));
        if (from == m_indexOf.constEnd())
            return;
        const qint64 fromId = m_range.stages[*from].id;
        figures.add(Figure::StageLeft, fromId, 0, 1);
        if (!q.isNull(4))
            figures.append(Series::MinutesInStage, fromId, qint32((at - q.value(4)) / 60));
    }

    const Scope& m_range;
    const LocalCalendar& m_calendar;
    DayMap& m_days;
    std::vector<int> m_ranks;
    int m_rankCount = 0;
    QHash<qint64, std::size_t> m_indexOf;
    qint64 m_assigned = 0;
    qint64 m_lead = -1;
    std::vector<qint64> m_lastEntry; // per stage: when the lead last entered it, 0: never
    std::vector<qint64> m_lastRank;  // per rank: when it last entered that rank or a later one
    qint64 m_lastWon = 0;
    qint64 m_lastLost = 0;
};

} // namespace

// Stage moves by local date. Each lead with a move in the range is walked from its first move,
// so that a lead counts once per period however often it entered a stage.
Result<void> collectFunnel(const Scope& range, const LocalCalendar& calendar, DayMap& days)
{
    QVariantList binds{range.from, range.to, range.to};
    const QString filter =
        leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    LeadWalk walk(range, calendar, days);
    auto ok = sql::selectIntegers(
        range.db,
        QStringLiteral("SELECT h.lead_id, h.to_stage_id, h.from_stage_id, h.changed_at, "
                       "h.from_entered_at, l.created_at, l.consultant_id "
                       "FROM stage_history h INDEXED BY stage_history_lead "
                       "JOIN leads l ON l.id = h.lead_id "
                       "WHERE h.lead_id IN (SELECT lead_id FROM stage_history "
                       "INDEXED BY stage_history_report WHERE changed_at >= ? AND changed_at < ?) "
                       "AND h.changed_at < ?%1 ORDER BY h.lead_id, h.changed_at, h.id")
            .arg(filter),
        binds, [&](const sql::IntegerRow& q) { walk.move(q); });
    if (!ok)
        return ok;

    binds = {range.from, range.to};
    const QString leadWhere =
        leadFilter(range, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    return sql::select(range.db,
                       QStringLiteral("SELECT %1, count(*) FROM leads l WHERE l.created_at >= ? "
                                      "AND l.created_at < ?%2 GROUP BY 1")
                           .arg(calendar.julianDay(QStringLiteral("l.created_at")), leadWhere),
                       binds, [&](const QSqlQuery& q) {
                           days[q.value(0).toLongLong()].add(Figure::NewLeads,
                                                             q.value(1).toLongLong());
                       });
}

Result<void> funnel(const Scope& scope, PeriodFigures& period, FunnelSection& out)
{
    const std::vector<int> ranks = ranksOf(scope.stages);
    out.stages.clear();
    for (std::size_t i = 0; i < scope.stages.size(); ++i) {
        const StageInfo& s = scope.stages[i];
        const int entered = int(period.count(Figure::StageEntered, s.id));
        const int left = int(period.count(Figure::StageLeft, s.id));
        if (s.retired && entered == 0 && left == 0)
            continue;
        FunnelStage stage{s.id, s.key, s.name, s.kind, entered, 0, {}, {}, left};
        stage.reached = ranks[i] >= 0 ? int(period.count(Figure::RankReached, ranks[i])) : entered;
        stage.medianMinutesInStage = period.median(Series::MinutesInStage, s.id);
        out.stages.push_back(stage);
    }
    for (std::size_t i = 0; i < out.stages.size(); ++i) {
        if (out.stages[i].kind != QLatin1String("open"))
            continue;
        for (std::size_t j = i + 1; j < out.stages.size(); ++j)
            if (out.stages[j].kind != QLatin1String("lost")) {
                out.stages[i].conversionToNext =
                    ratio(out.stages[j].reached, out.stages[i].reached);
                break;
            }
    }
    out.won = int(period.count(Figure::Won));
    out.lost = int(period.count(Figure::Lost));
    out.newLeads = int(period.count(Figure::NewLeads));
    out.closeRate = ratio(out.won, out.newLeads);
    out.firstVisitCloses = int(period.count(Figure::FirstVisitCloses));
    out.followUpCloses = out.won - out.firstVisitCloses;
    return {};
}

} // namespace showroom::reports::detail
