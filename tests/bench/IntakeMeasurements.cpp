// Lead intake: 100,000 generated ADF prospects imported into a copy of the benchmark file, with
// dedupe against its customers (a fifth reuse a known phone number) and against themselves (one
// in ten is sent twice).
#include "BenchSupport.h"
#include "Clock.h"
#include "Measurements.h"
#include "services/LeadIntakeService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

namespace bench {

using namespace showroom;

namespace {

constexpr int kProspects = 100'000;
constexpr int kPerFile = 500;
constexpr double kTargetPerSecond = 5000;

QByteArray prospectXml(int n, const QString& phone, QRandomGenerator& random)
{
    static const char* const makes[] = {"Škoda", "Volkswagen", "Audi", "Seat", "Cupra"};
    static const char* const models[] = {"Octavia", "Golf", "A4", "Leon", "Born"};
    const int model = int(random.bounded(5));
    return QStringLiteral("<prospect><id source=\"BenchPortal\">bp-%1</id>"
                          "<requestdate>2026-11-20T10:%2:00+01:00</requestdate>"
                          "<vehicle interest=\"buy\" status=\"new\"><year>2026</year>"
                          "<make>%3</make><model>%4</model><price currency=\"EUR\">%5</price>"
                          "</vehicle><customer><contact><name part=\"first\">Bench</name>"
                          "<name part=\"last\">Prospect %1</name><phone type=\"cellphone\">%6"
                          "</phone><email>prospect%1@bench.example</email></contact>"
                          "<comments>Generated</comments></customer>"
                          "<provider><name>Portal</name></provider></prospect>")
        .arg(n)
        .arg(n % 60, 2, 10, QLatin1Char('0'))
        .arg(QString::fromUtf8(makes[model]), QLatin1String(models[model]))
        .arg(20000 + random.bounded(30000))
        .arg(phone)
        .toUtf8();
}

} // namespace

bool measureIntake(const BenchConfig& config)
{
    // A copy: the measurement adds 100,000 leads the other measurements must not see.
    const QString copy = config.path + QStringLiteral(".intake-copy");
    QFile::remove(copy);
    if (!QFile::copy(config.path, copy)) {
        note(QStringLiteral("intake: cannot copy %1").arg(config.path));
        return false;
    }
    BenchConfig onCopy = config;
    onCopy.path = copy;
    bool ok = false;
    {
        auto db = openForWork(onCopy);
        if (!db)
            return false;
        std::optional<User> reception;
        (void)sql::select(db->sql(),
                          QStringLiteral("SELECT id, login FROM users WHERE role = "
                                         "'receptionist' ORDER BY id LIMIT 1"),
                          {}, [&](const QSqlQuery& q) {
                              reception = User{};
                              reception->id = q.value(0).toLongLong();
                              reception->login = q.value(1).toString();
                              reception->role = Role::Receptionist;
                          });
        QStringList knownPhones;
        (void)sql::select(db->sql(),
                          QStringLiteral("SELECT phone_e164 FROM customers WHERE phone_e164 IS "
                                         "NOT NULL ORDER BY id DESC LIMIT 20000"),
                          {}, [&](const QSqlQuery& q) { knownPhones << q.value(0).toString(); });
        if (!reception || knownPhones.isEmpty()) {
            note(QStringLiteral("intake: no receptionist or no customers"));
            return false;
        }

        QRandomGenerator random(7);
        std::vector<QByteArray> files;
        QByteArray file = "<?xml version=\"1.0\"?><adf>";
        for (int i = 0; i < kProspects; ++i) {
            // One in ten repeats an earlier prospect; a fifth are customers already known.
            const int n = (i % 10 == 9 && i > 0) ? int(random.bounded(i)) : i;
            const QString phone = i % 5 == 0
                                      ? knownPhones[qsizetype(random.bounded(knownPhones.size()))]
                                      : QStringLiteral("+49 171 %1").arg(3000000 + n);
            file += prospectXml(n, phone, random);
            if ((i + 1) % kPerFile == 0) {
                files.push_back(file + "</adf>");
                file = "<?xml version=\"1.0\"?><adf>";
            }
        }

        const SystemClock clock;
        LeadIntakeService intake(ServiceContext{*db, clock});
        std::map<IntakeOutcome, qint64> outcomes;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& bytes : files) {
            auto report = intake.importAdf(*reception, bytes, {});
            if (!report) {
                note(QStringLiteral("intake failed: %1").arg(report.error().message));
                return false;
            }
            for (const IntakeRecord& r : report->records)
                ++outcomes[r.outcome];
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double perSecond = kProspects / seconds;
        JsonLine(QStringLiteral("intake_adf"))
            .add("prospects", qint64(kProspects))
            .add("files", qint64(files.size()))
            .add("created", outcomes[IntakeOutcome::Created])
            .add("linked", outcomes[IntakeOutcome::Linked])
            .add("duplicate", outcomes[IntakeOutcome::Duplicate])
            .add("rejected", outcomes[IntakeOutcome::Rejected])
            .add("seconds", seconds, 1)
            .add("per_second", perSecond, 0)
            .add("target_per_second", kTargetPerSecond, 0)
            .add("within_target", QString::fromLatin1(perSecond >= kTargetPerSecond ? "yes" : "no"))
            .print();
        ok = true;
    }
    QFile::remove(copy);
    return ok;
}

} // namespace bench
