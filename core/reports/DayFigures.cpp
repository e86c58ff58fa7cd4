#include "DayFigures.h"

#include <QDataStream>
#include <QIODevice>
#include <QSysInfo>
#include <algorithm>

namespace showroom::reports::detail {

namespace {
// Bumped whenever the layout or the meaning of a figure changes: older cached days are then
// computed again. The series are written in the machine's byte order, which the format records.
constexpr quint8 kFormat = 1 | (QSysInfo::ByteOrder == QSysInfo::BigEndian ? 0x80 : 0);
} // namespace

bool countsOncePerLead(Figure figure)
{
    switch (figure) {
    case Figure::StageEntered:
    case Figure::RankReached:
    case Figure::Won:
    case Figure::Lost:
    case Figure::Assigned:
        return true;
    default:
        return false;
    }
}

size_t qHash(const FigureKey& key, size_t seed)
{
    return qHashMulti(seed, quint8(key.figure), key.a, key.b);
}

size_t qHash(const SeriesKey& key, size_t seed)
{
    return qHashMulti(seed, quint8(key.series), key.a);
}

QByteArray DayFigures::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kFormat << stableAfter << quint32(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << quint8(it.key().figure) << it.key().a << it.key().b << it.value();
    out << quint32(series.size());
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        out << quint8(it.key().series) << it.key().a << quint32(it.value().size());
        out.writeRawData(reinterpret_cast<const char*>(it.value().data()),
                         int(it.value().size() * sizeof(qint32)));
    }
    return bytes;
}

std::optional<DayFigures> DayFigures::deserialize(const QByteArray& bytes)
{
    QDataStream in(bytes);
    DayFigures day;
    quint8 format = 0;
    quint32 counts = 0;
    in >> format >> day.stableAfter >> counts;
    if (format != kFormat)
        return std::nullopt;
    day.counts.reserve(qsizetype(std::min<quint32>(counts, 100000)));
    for (quint32 i = 0; i < counts && in.status() == QDataStream::Ok; ++i) {
        quint8 figure = 0;
        FigureKey key{Figure::Visits};
        qint64 n = 0;
        in >> figure >> key.a >> key.b >> n;
        key.figure = Figure(figure);
        day.counts.insert(key, n);
    }
    quint32 lists = 0;
    in >> lists;
    for (quint32 i = 0; i < lists && in.status() == QDataStream::Ok; ++i) {
        quint8 series = 0;
        qint64 a = 0;
        quint32 size = 0;
        in >> series >> a >> size;
        if (qint64(size) * qint64(sizeof(qint32)) > bytes.size())
            return std::nullopt;
        std::vector<qint32>& values = day.series[{Series(series), a}];
        values.resize(size);
        const int length = int(size * sizeof(qint32));
        if (in.readRawData(reinterpret_cast<char*>(values.data()), length) != length)
            return std::nullopt;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return day;
}

void PeriodFigures::add(const DayFigures& day)
{
    for (auto it = day.counts.cbegin(); it != day.counts.cend(); ++it) {
        FigureKey key = it.key();
        if (countsOncePerLead(key.figure)) {
            if (key.b >= m_periodFirst)
                continue; // the lead already counted on an earlier day of the period
            key.b = 0;
        }
        m_counts[key] += it.value();
    }
    for (auto it = day.series.cbegin(); it != day.series.cend(); ++it) {
        std::vector<qint32>& values = m_series[it.key()];
        values.insert(values.end(), it.value().begin(), it.value().end());
    }
}

qint64 PeriodFigures::size(Series s, qint64 a) const
{
    const auto it = m_series.constFind({s, a});
    return it == m_series.cend() ? 0 : qint64(it->size());
}

std::optional<double> PeriodFigures::median(Series s, qint64 a)
{
    auto it = m_series.find({s, a});
    if (it == m_series.end() || it->empty())
        return std::nullopt;
    std::vector<qint32>& v = *it;
    const auto high = v.begin() + qsizetype(v.size() / 2);
    std::nth_element(v.begin(), high, v.end());
    if (v.size() % 2 == 1)
        return double(*high);
    const qint32 low = *std::max_element(v.begin(), high);
    return (double(low) + double(*high)) / 2.0;
}

} // namespace showroom::reports::detail
