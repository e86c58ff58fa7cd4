#include "TestSupport.h"

#include "services/CustomerService.h"
#include "services/PasswordHasher.h"
#include "services/UserService.h"

#include <QMutex>
#include <catch2/catch.hpp>

namespace showroom::test {

namespace {
QMutex warningsLock;
QStringList recordedWarnings;
QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        QMutexLocker locker(&warningsLock);
        recordedWarnings << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const char* const kFirstNames[] = {"Anna",  "Ben",   "Clara", "David", "Eva",  "Felix",
                                   "Greta", "Hanna", "Ivan",  "Jonas", "Karl", "Lena",
                                   "Mia",   "Noah",  "Olga",  "Paul",  "Rosa", "Sven"};
const char* const kLastNames[] = {"Müller",  "Schmidt", "Schneider", "Fischer",  "Weber",
                                  "Meyer",   "Wagner",  "Becker",    "Hoffmann", "Koch",
                                  "Richter", "Klein",   "Wolf",      "Neumann",  "Zimmermann"};
} // namespace

void installWarningRecorder()
{
    previousHandler = qInstallMessageHandler(recordWarnings);
}

QStringList takeWarnings()
{
    QMutexLocker locker(&warningsLock);
    QStringList taken;
    taken.swap(recordedWarnings);
    return taken;
}

QString testFirstName(int n)
{
    return QString::fromUtf8(kFirstNames[n % std::size(kFirstNames)]);
}

QString testLastName(int n)
{
    // Different last names across the first names so that sort keys repeat only sometimes.
    return QString::fromUtf8(kLastNames[(n / int(std::size(kFirstNames))) % std::size(kLastNames)]);
}

QString testPhone(int n)
{
    return QStringLiteral("+49 151 2000%1").arg(n, 4, 10, QLatin1Char('0'));
}

TestDatabase::TestDatabase(StorageMode mode)
    : m_clock(QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC))
{
    REQUIRE(m_dir.isValid());
    auto created = Database::create(m_dir.filePath(QStringLiteral("showroom.sqlite")), mode);
    REQUIRE(created.has_value());
    m_db = std::move(*created);
    UserService users(context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    auto admin = users.createFirstAdmin({QStringLiteral("admin"),
                                         QStringLiteral("Ada Admin"),
                                         Role::Admin,
                                         kAdminPassword,
                                         {},
                                         {}});
    REQUIRE(admin.has_value());
    m_admin = *admin;
}

User TestDatabase::addUser(const QString& login, const QString& name, Role role,
                           const QString& password)
{
    UserService users(context(), PasswordHasher(PasswordHasher::Strength::Minimal));
    auto user = users.createUser(m_admin, {login, name, role, password, {}, {}});
    REQUIRE(user.has_value());
    return *user;
}

Customer TestDatabase::addCustomer(const QString& first, const QString& last, const QString& phone,
                                   const QString& email, const QString& city)
{
    Customer draft;
    draft.firstName = first;
    draft.lastName = last;
    draft.phone = phone;
    draft.email = email;
    draft.city = city;
    auto added = CustomerService(context()).add(m_admin, draft);
    if (!added)
        FAIL(added.error().message.toStdString());
    return *added;
}

void TestDatabase::addCustomers(int count)
{
    CustomerService customers(ServiceContext{*m_db, m_clock, nullptr});
    auto done = m_db->writeTransaction([&]() -> Result<void> {
        for (int n = 0; n < count; ++n) {
            Customer draft;
            draft.firstName = testFirstName(n);
            draft.lastName = testLastName(n);
            draft.phone = testPhone(n);
            draft.email = QStringLiteral("customer%1@example.com").arg(n);
            draft.city = n % 2 ? QStringLiteral("Berlin") : QStringLiteral("Hamburg");
            auto added = customers.add(m_admin, draft);
            if (!added)
                return std::unexpected(added.error());
        }
        return {};
    });
    if (!done)
        FAIL(done.error().message.toStdString());
}

} // namespace showroom::test
