#include "LoginDialog.h"

#include "common/AppSettings.h"
#include "common/Icons.h"
#include "services/UserService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace showroom {

namespace {
const QString kLastLoginKey = QStringLiteral("login/last");
}

LoginDialog::LoginDialog(ServiceContext context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in"));

    auto* heading = new QLabel(tr("Sign in to Showroom CRM"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);

    auto* database =
        new QLabel(tr("Database: %1").arg(QFileInfo(m_context.db.path()).fileName()), this);
    database->setToolTip(m_context.db.path());
    QPalette dim = database->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    database->setPalette(dim);

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(48, 48)));
    icon->setAlignment(Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(heading);
    titles->addWidget(database);
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(icon);
    top->addLayout(titles, 1);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(32);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(errorPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* signIn = m_buttons->button(QDialogButtonBox::Ok);
    signIn->setText(tr("Sign in"));
    signIn->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(400);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    const QString last = AppSettings().value(kLastLoginKey).toString();
    m_login->setText(last);
    if (last.isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::submit()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto user = UserService(m_context).authenticate(login, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!user) {
        showError(user.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = *user;
    AppSettings().setValue(kLastLoginKey, user->login);
    accept();
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace showroom
