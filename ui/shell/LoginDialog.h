#pragma once

#include "domain/User.h"
#include "services/ServiceContext.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace showroom {

// Sign-in: login and password, checked with UserService::authenticate. A refusal is shown in
// the dialog itself; the last login used is remembered in the settings.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(ServiceContext context, QWidget* parent = nullptr);

    // The user who signed in, once the dialog was accepted.
    const std::optional<User>& user() const { return m_user; }
    QString errorText() const;

    QLineEdit* loginField() const { return m_login; }
    QLineEdit* passwordField() const { return m_password; }

    // Checks the fields; accepts the dialog on success, shows the reason otherwise.
    void submit();

private:
    void showError(const QString& message);

    ServiceContext m_context;
    std::optional<User> m_user;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace showroom
