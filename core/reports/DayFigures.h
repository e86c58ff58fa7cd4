#pragma once

#include <QByteArray>
#include <QHash>
#include <optional>
#include <vector>

// The report's figures for one local day, in a form that adds up over any period: counts keyed by
// figure and up to two ids, and lists of values for the medians. ReportDayCache keeps them.
namespace showroom::reports::detail {

enum class Figure : quint8 {
    // Traffic (a: the local hour for VisitsInHour)
    Visits,
    FirstVisits,
    Captured,
    TestDriveVisits,
    VisitsInHour,
    // Funnel (a: stage id or rank, b: see countsOncePerLead)
    NewLeads,
    StageEntered,
    RankReached,
    Won,
    Lost,
    StageLeft,
    FirstVisitCloses,
    // Sources (a: source id, b: campaign id or 0)
    SourceLeads,
    SourceRespondedInTime,
    SourceTestDrives,
    SourceOffers,
    SourceSales,
    SourceRevenue,
    // Consultants (a: user id)
    Assigned,
    ResponseBreaches,
    Escalations,
    FollowUpsDue,
    FollowUpsDone,
    FollowUpsOverdue,
    ConsultantTestDrives,
    ConsultantOffers,
    ManagerComments,
    ConsultantSales,
    ConsultantRevenue,
    AccessoriesOffered,
    AccessoriesSold,
    // Lost analysis (a: reason id or 0, b: stage id / consultant id or 0)
    LostByStage,
    LostByConsultant,
    LostInTrend,
    // Deliveries
    Delivered,
    DeliveredOnTime,
    DeliveredLate,
    DeliveredWithoutPromise,
    LoansSent,
    LoansApproved,
};

// Figures that count leads, each once per period: the day's entry holds in `b` the last earlier
// day on which the lead counted (kNoEarlierDay: never), and a period counts only those whose
// earlier day lies before the period.
bool countsOncePerLead(Figure figure);
inline constexpr qint64 kNoEarlierDay = 0;

enum class Series : quint8 {
    MinutesInStage,       // a: stage id
    FirstResponseMinutes, // a: user id
};

struct FigureKey {
    Figure figure;
    qint64 a = 0;
    qint64 b = 0;
    friend bool operator==(const FigureKey&, const FigureKey&) = default;
};
size_t qHash(const FigureKey& key, size_t seed = 0);

struct SeriesKey {
    Series series;
    qint64 a = 0;
    friend bool operator==(const SeriesKey&, const SeriesKey&) = default;
};
size_t qHash(const SeriesKey& key, size_t seed = 0);

struct DayFigures {
    QHash<FigureKey, qint64> counts;
    QHash<SeriesKey, std::vector<qint32>> series;
    // From this moment on (epoch seconds) the figures no longer change by time passing alone;
    // before it, a deadline still to come may turn a figure (a response breach, say).
    qint64 stableAfter = 0;

    void add(Figure figure, qint64 a, qint64 b, qint64 n) { counts[{figure, a, b}] += n; }
    void add(Figure figure, qint64 n) { add(figure, 0, 0, n); }
    void append(Series s, qint64 a, qint32 value) { series[{s, a}].push_back(value); }

    QByteArray serialize() const;
    static std::optional<DayFigures> deserialize(const QByteArray& bytes);
};

// The figures of a run of days added up.
class PeriodFigures {
public:
    // `periodFirst`: the Julian day the period begins, for the figures counted once per lead.
    explicit PeriodFigures(qint64 periodFirst) : m_periodFirst(periodFirst) {}

    void add(const DayFigures& day);

    qint64 count(Figure figure, qint64 a = 0, qint64 b = 0) const
    {
        return m_counts.value({figure, a, b});
    }
    // Calls fn(a, b, n) for every entry of the figure.
    template <typename Fn> void forEach(Figure figure, Fn&& fn) const
    {
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            if (it.key().figure == figure)
                fn(it.key().a, it.key().b, it.value());
    }
    // The median of a series (mean of the two middle values for an even count).
    std::optional<double> median(Series s, qint64 a);
    qint64 size(Series s, qint64 a) const;

private:
    qint64 m_periodFirst;
    QHash<FigureKey, qint64> m_counts;
    QHash<SeriesKey, std::vector<qint32>> m_series;
};

} // namespace showroom::reports::detail
