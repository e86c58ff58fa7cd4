// Building blocks of the demo data: PRNG, calendar, names, cars, VINs, phone numbers, statements.
#include "storage/demo/DemoInternal.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>

namespace showroom::demo {

namespace {
quint64 splitmix64(quint64& state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

std::string zeroPadded(quint64 value, int width)
{
    std::string out(static_cast<size_t>(width), '0');
    for (int i = width - 1; i >= 0 && value > 0; --i, value /= 10)
        out[static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
    return out;
}

Rng::Rng(quint64 seed, quint64 stream)
{
    quint64 state = seed ^ (stream * 0xd1342543de82ef95ULL + 0x2545f4914f6cdd1dULL);
    for (quint64& word : m_s)
        word = splitmix64(state);
}

quint64 Rng::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint32 Rng::below(quint32 n)
{
    return static_cast<quint32>(((next() >> 32) * n) >> 32);
}

qint64 Rng::range(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
}

double Rng::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Rng::normal()
{
    return (unit() + unit() + unit() + unit() - 2.0) * 1.7320508;
}

int Rng::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = static_cast<int>(below(static_cast<quint32>(total)));
    int index = 0;
    for (int w : weights) {
        if (r < w)
            return index;
        r -= w;
        ++index;
    }
    return index - 1;
}

Calendar::Calendar(qint64 nowEpoch, int historyDays, int futureDays) : m_now(nowEpoch)
{
    const QTimeZone zone("Europe/Berlin"); // without time zone data: CET all year
    const QDateTime utcNow = QDateTime::fromSecsSinceEpoch(nowEpoch, QTimeZone::utc());
    const QDate today =
        zone.isValid() ? utcNow.toTimeZone(zone).date() : utcNow.addSecs(3600).date();
    const QDate first = today.addDays(-historyDays);
    m_today = historyDays;
    m_days.reserve(static_cast<size_t>(historyDays + futureDays + 1));
    for (QDate date = first; date <= today.addDays(futureDays); date = date.addDays(1)) {
        const QDateTime utcMidnight(date, QTime(0, 0), QTimeZone::utc());
        const int offset =
            zone.isValid() ? zone.offsetFromUtc(utcMidnight.addSecs(12 * 3600)) : 3600;
        m_days.push_back({utcMidnight.toSecsSinceEpoch() - offset, date.dayOfWeek(),
                          date.toString(Qt::ISODate).toStdString()});
    }
}

int Calendar::clampDay(int day) const
{
    return std::clamp(day, 0, size() - 1);
}

qint64 Calendar::at(int day, int secondOfDay) const
{
    return m_days[clampDay(day)].midnight + secondOfDay;
}

int Calendar::dayOf(qint64 epoch) const
{
    int day = clampDay(static_cast<int>((epoch - m_days[0].midnight) / 86400));
    while (day + 1 < size() && m_days[static_cast<size_t>(day) + 1].midnight <= epoch)
        ++day;
    while (day > 0 && m_days[static_cast<size_t>(day)].midnight > epoch)
        --day;
    return day;
}

qint64 Calendar::showroomTime(Rng& rng, int day) const
{
    const double r = rng.unit();
    double hour = r < 0.4   ? 11.0 + 1.1 * rng.normal()
                  : r < 0.8 ? 16.0 + 1.3 * rng.normal()
                            : 9.0 + 10.0 * rng.unit();
    hour = std::clamp(hour, 9.0, 18.95);
    return at(day, static_cast<int>(hour * 3600.0));
}

qint64 Calendar::officeTime(Rng& rng, int day) const
{
    return at(day, static_cast<int>(rng.range(9 * 3600, 19 * 3600 - 60)));
}

qint64 Calendar::anyTime(Rng& rng, int day) const
{
    return at(day, static_cast<int>(rng.range(7 * 3600, 23 * 3600)));
}

namespace {
constexpr char kVinAlphabet[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"; // ISO 3779: no I, O, Q
constexpr char kYearCodes[] = "ABCDEFGHJKLMNPRSTVWXY123456789";      // 2010, 2011, ...
constexpr int kVinWeights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

int vinValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    static constexpr char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
    static constexpr int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4,
                                     5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int i = 0; letters[i] != '\0'; ++i)
        if (letters[i] == c)
            return values[i];
    return -1;
}

char vinCheckDigit(std::string_view vin)
{
    int sum = 0;
    for (size_t i = 0; i < 17; ++i)
        sum += vinValue(vin[i]) * kVinWeights[i];
    const int check = sum % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}
} // namespace

std::string makeVin(Rng& rng, const CarModel& model, quint64 serial, int modelYear)
{
    std::string vin = model.wmi;
    for (int i = 0; i < 5; ++i)
        vin += kVinAlphabet[rng.below(33)];
    vin += '0';
    const int yearIndex = ((modelYear - 2010) % 30 + 30) % 30;
    vin += kYearCodes[yearIndex];
    vin += kVinAlphabet[(serial / 1000000) % 33];
    vin += zeroPadded(serial % 1000000, 6);
    vin[8] = vinCheckDigit(vin);
    return vin;
}

bool vinIsValid(std::string_view vin)
{
    if (vin.size() != 17)
        return false;
    for (char c : vin)
        if (vinValue(c) < 0)
            return false;
    return vin[8] == vinCheckDigit(vin);
}

MobilePhone mobilePhone(quint64 index, quint64 seed)
{
    static constexpr const char* prefixes[] = {"0151", "0152", "0157", "0160", "0162",
                                               "0170", "0171", "0172", "0173", "0174",
                                               "0175", "0176", "0177", "0178", "0179"};
    constexpr quint64 subscribers = 100000000ULL;
    constexpr quint64 space = 15 * subscribers; // < 2^31
    // A 4-round Feistel network is a permutation of the 32-bit numbers; walking the cycle until
    // the value falls into the space makes it a permutation of the space: distinct indices give
    // distinct numbers that still look random.
    const auto permute = [seed](quint32 x) {
        quint32 left = x >> 16, right = x & 0xffffU;
        for (quint64 round = 0; round < 4; ++round) {
            quint64 state = seed ^ (round << 32) ^ right;
            const quint32 mixed = left ^ static_cast<quint32>(splitmix64(state) & 0xffffU);
            left = right;
            right = mixed;
        }
        return (left << 16) | right;
    };
    quint32 x = static_cast<quint32>(index % space);
    do {
        x = permute(x);
    } while (x >= space);
    const std::string prefix = prefixes[x / subscribers];
    const std::string number = zeroPadded(x % subscribers, 8);
    return {prefix + " " + number, "+49" + prefix.substr(1) + number};
}

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        throw Failure{QString::fromUtf8(sqlite3_errmsg(db))};
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::i64(qint64 value)
{
    sqlite3_bind_int64(m_stmt, ++m_index, value);
    return *this;
}

Statement& Statement::text(std::string_view value)
{
    // An empty view may have no data pointer, which SQLite would bind as NULL.
    sqlite3_bind_text(m_stmt, ++m_index, value.empty() ? "" : value.data(),
                      static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::null()
{
    sqlite3_bind_null(m_stmt, ++m_index);
    return *this;
}

qint64 Statement::insert()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    m_index = 0;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw Failure{QString::fromUtf8(sqlite3_errmsg(m_db))};
    return sqlite3_last_insert_rowid(m_db);
}

void execute(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        throw Failure{text};
    }
}

} // namespace showroom::demo
