#include "ContactFields.h"

#include "rules/ContactValidation.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace showroom {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QLabel* statusLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

void showStatus(QLabel* label, const QString& text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;")
                            : QStringLiteral("color: #c62828;"));
    label->setVisible(!text.isEmpty());
}
} // namespace

ContactFields::ContactFields(CustomerService customers, QWidget* parent)
    : QWidget(parent), m_customers(customers)
{
    m_region = m_customers.defaultRegion().value_or(QStringLiteral("DE"));

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("visitorPhone"));
    m_phone->setPlaceholderText(tr("e.g. 0151 2345678 or +49 151 2345678"));
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("visitorFirstName"));
    m_last = new QLineEdit(this);
    m_last->setObjectName(QStringLiteral("visitorLastName"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("visitorEmail"));
    m_phoneStatus = statusLabel(this);
    m_phoneStatus->setObjectName(QStringLiteral("phoneStatus"));
    m_emailStatus = statusLabel(this);

    m_hintHelp = new QLabel(this);
    m_hintHelp->setWordWrap(true);
    m_hintHelp->setVisible(false);
    m_hints = new QListWidget(this);
    m_hints->setObjectName(QStringLiteral("duplicateHints"));
    m_hints->setVisible(false);
    m_hints->setMaximumHeight(m_hints->fontMetrics().height() * 5 + 12);
    m_hints->setWordWrap(true);
    m_hints->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hints->setToolTip(tr("Enter or Ctrl+L links the visit to the selected customer"));

    m_linkedBanner = new QFrame(this);
    m_linkedBanner->setObjectName(QStringLiteral("linkedBanner"));
    m_linkedBanner->setStyleSheet(QStringLiteral(
        "QFrame#linkedBanner { background: rgba(46, 125, 50, 0.10); border-radius: 4px; }"));
    m_linkedText = new QLabel(m_linkedBanner);
    m_linkedText->setWordWrap(true);
    auto* unlinkButton = new QPushButton(tr("Unlink"), m_linkedBanner);
    unlinkButton->setObjectName(QStringLiteral("unlinkCustomer"));
    auto* bannerLayout = new QHBoxLayout(m_linkedBanner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_linkedText, 1);
    bannerLayout->addWidget(unlinkButton);
    m_linkedBanner->setVisible(false);

    auto* form = new QFormLayout;
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneStatus);
    form->addRow(tr("First na&me:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(QString(), m_emailStatus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_linkedBanner);
    layout->addWidget(m_hintHelp);
    layout->addWidget(m_hints);

    for (QLineEdit* field : {m_phone, m_first, m_last, m_email})
        connect(field, &QLineEdit::textChanged, this, &ContactFields::lookUp);
    connect(m_phone, &QLineEdit::textChanged, this, &ContactFields::showPhoneStatus);
    connect(m_email, &QLineEdit::textChanged, this, &ContactFields::showEmailStatus);
    connect(m_hints, &QListWidget::itemActivated, this, &ContactFields::linkSelectedHint);
    connect(unlinkButton, &QPushButton::clicked, this, &ContactFields::unlink);
    auto* linkShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    linkShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(linkShortcut, &QShortcut::activated, this, &ContactFields::linkSelectedHint);
}

VisitorContact ContactFields::contact() const
{
    VisitorContact contact;
    contact.customerId = m_linkedId;
    contact.firstName = m_first->text().trimmed();
    contact.lastName = m_last->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    contact.email = m_email->text().trimmed();
    return contact;
}

bool ContactFields::isValid() const
{
    return problem().isEmpty();
}

QString ContactFields::problem() const
{
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty())
        if (auto normalized = normalizePhone(phone, m_region); !normalized)
            return normalized.error().message;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty())
        if (auto valid = validateEmail(email); !valid)
            return valid.error().message;
    return {};
}

void ContactFields::clear()
{
    m_filling = true;
    for (QLineEdit* field : {m_phone, m_first, m_last, m_email})
        field->clear();
    m_filling = false;
    m_linkedId.reset();
    m_linkedBanner->setVisible(false);
    lookUp();
    showPhoneStatus();
    showEmailStatus();
}

void ContactFields::setLabelWidth(int width)
{
    for (QWidget* field : {static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_first),
                           static_cast<QWidget*>(m_last), static_cast<QWidget*>(m_email)})
        if (QWidget* label = m_form->labelForField(field))
            label->setMinimumWidth(width);
}

QList<qint64> ContactFields::hintedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_hints->count(); ++row)
        ids << m_hints->item(row)->data(kIdRole).toLongLong();
    return ids;
}

void ContactFields::linkSelectedHint()
{
    if (m_hints->count() == 0 || m_linkedId)
        return;
    QListWidgetItem* item = m_hints->currentItem() ? m_hints->currentItem() : m_hints->item(0);
    linkTo(item->data(kIdRole).toLongLong());
}

void ContactFields::linkTo(qint64 customerId)
{
    auto customer = m_customers.get(customerId);
    if (!customer)
        return;
    m_filling = true;
    const auto fillIfEmpty = [](QLineEdit* field, const QString& value) {
        if (field->text().trimmed().isEmpty())
            field->setText(value);
    };
    fillIfEmpty(m_first, customer->firstName);
    fillIfEmpty(m_last, customer->lastName);
    fillIfEmpty(m_phone, customer->phone);
    fillIfEmpty(m_email, customer->email);
    m_filling = false;
    m_linkedId = customerId;
    m_linkedText->setText(
        tr("Linked to customer <b>%1</b> (#%2): the visit is added to this customer; "
           "empty fields of the record are filled in from what you typed.")
            .arg(customer->displayName().toHtmlEscaped())
            .arg(customerId));
    m_linkedBanner->setVisible(true);
    lookUp();
    showPhoneStatus();
    showEmailStatus();
    Q_EMIT linked(customerId);
    Q_EMIT changed();
}

void ContactFields::unlink()
{
    if (!m_linkedId)
        return;
    m_linkedId.reset();
    m_linkedBanner->setVisible(false);
    lookUp();
    Q_EMIT unlinked();
    Q_EMIT changed();
}

void ContactFields::lookUp()
{
    if (m_filling)
        return;
    m_hints->clear();
    if (!m_linkedId) {
        Customer draft;
        draft.firstName = m_first->text();
        draft.lastName = m_last->text();
        draft.phone = m_phone->text();
        draft.email = m_email->text();
        if (auto found = m_customers.findDuplicates(draft)) {
            addHints(found->samePhone, tr("Same phone"), true);
            addHints(found->sameEmail, tr("Same email"), false);
            addHints(found->sameName, tr("Same name"), false);
        }
    }
    const bool any = m_hints->count() > 0;
    const bool strong = any && m_hints->item(0)->font().bold();
    m_hintHelp->setText(strong ? tr("<b>This phone number belongs to a customer.</b> Press "
                                    "Ctrl+L to add the visit to them instead of creating a "
                                    "duplicate.")
                               : tr("Possible matches. Ctrl+L links the visit to the selected "
                                    "customer."));
    m_hintHelp->setVisible(any);
    m_hints->setVisible(any);
    if (any)
        m_hints->setCurrentRow(0);
    Q_EMIT changed();
}

void ContactFields::addHints(const std::vector<CustomerRow>& rows, const QString& why, bool strong)
{
    for (const CustomerRow& row : rows) {
        if (!hintedIds().contains(row.id)) {
            QStringList parts{row.displayName};
            for (const QString& part : {row.phone, row.email, row.city})
                if (!part.isEmpty())
                    parts << part;
            auto* item = new QListWidgetItem(
                QStringLiteral("%1: %2").arg(why, parts.join(QStringLiteral(" · "))), m_hints);
            item->setData(kIdRole, row.id);
            QFont font = item->font();
            font.setBold(strong);
            item->setFont(font);
            if (!strong)
                item->setForeground(m_hints->palette().color(QPalette::PlaceholderText));
        }
    }
}

void ContactFields::showPhoneStatus()
{
    const QString phone = m_phone->text().trimmed();
    int digits = 0;
    for (const QChar ch : phone)
        digits += ch.isDigit() ? 1 : 0;
    if (phone.isEmpty()) {
        showStatus(m_phoneStatus, {}, true);
        return;
    }
    auto normalized = normalizePhone(phone, m_region);
    if (normalized)
        showStatus(m_phoneStatus, QStringLiteral("✓ %1").arg(formatPhoneForDisplay(*normalized)),
                   true);
    else // say nothing while the first digits are typed
        showStatus(m_phoneStatus, digits < 7 ? QString() : normalized.error().message, false);
}

void ContactFields::showEmailStatus()
{
    const QString email = m_email->text().trimmed();
    auto valid = validateEmail(email);
    showStatus(m_emailStatus,
               email.isEmpty() || valid || !email.contains(QLatin1Char('.'))
                   ? QString()
                   : valid.error().message,
               false);
}

} // namespace showroom
