#pragma once

#include "Clock.h"
#include "common/MessageBoxes.h"
#include "domain/Customer.h"
#include "domain/User.h"
#include "services/ChangeBus.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace showroom::test {

// Records qWarning/qCritical output (e.g. QAbstractItemModelTester findings) so tests can
// assert that there was none.
void installWarningRecorder();
QStringList takeWarnings();

inline const QString kAdminPassword = QStringLiteral("correct-horse-7");

// A fresh database in a temporary folder with one administrator.
class TestDatabase {
public:
    explicit TestDatabase(StorageMode mode = StorageMode::Local);

    Database& db() { return *m_db; }
    QString path() const { return m_db->path(); }
    ChangeBus& changes() { return m_changes; }
    const Clock& clock() const { return m_clock; }
    ServiceContext context() { return {*m_db, m_clock, &m_changes}; }
    const User& admin() const { return m_admin; }

    User addUser(const QString& login, const QString& name, Role role, const QString& password);
    Customer addCustomer(const QString& first, const QString& last, const QString& phone = {},
                         const QString& email = {}, const QString& city = {});
    // `count` people with distinct names and valid German mobile numbers.
    void addCustomers(int count);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    ChangeBus m_changes;
    User m_admin;
};

// Name and phone of the n-th customer made by addCustomers.
QString testFirstName(int n);
QString testLastName(int n);
QString testPhone(int n);

// Remembers what the UI would have shown in message boxes.
class RecordingMessageBoxes final : public MessageBoxes {
public:
    QStringList errors;
    QStringList informations;
    QStringList questions;
    bool answer = false;

    void error(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void information(QWidget*, const QString& title, const QString& text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
    bool question(QWidget*, const QString& title, const QString& text) override
    {
        questions << title + QStringLiteral(": ") + text;
        return answer;
    }
    void about(QWidget*, const QString& title, const QString& text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
};

} // namespace showroom::test
