#include "ContactFields.h"

#include "common/CheckedField.h"

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
} // namespace

ContactFields::ContactFields(CustomerService customers, QWidget* parent)
    : QWidget(parent), m_customers(customers)
{
    m_phone = CheckedField::phone(m_customers.defaultRegion().value_or(QStringLiteral("DE")), this);
    m_phone->edit()->setObjectName(QStringLiteral("visitorPhone"));
    m_phone->edit()->setPlaceholderText(tr("e.g. 0151 2345678 or +49 151 2345678"));
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("visitorFirstName"));
    m_last = new QLineEdit(this);
    m_last->setObjectName(QStringLiteral("visitorLastName"));
    m_email = CheckedField::email(this);
    m_email->edit()->setObjectName(QStringLiteral("visitorEmail"));

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
    form->addRow(tr("First na&me:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("E&mail:"), m_email);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_linkedBanner);
    layout->addWidget(m_hintHelp);
    layout->addWidget(m_hints);

    for (QLineEdit* field : {m_first, m_last})
        connect(field, &QLineEdit::textChanged, this, &ContactFields::lookUp);
    for (CheckedField* field : {m_phone, m_email})
        connect(field, &CheckedField::textChanged, this, &ContactFields::lookUp);
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

QLineEdit* ContactFields::phoneField() const
{
    return m_phone->edit();
}

QLineEdit* ContactFields::emailField() const
{
    return m_email->edit();
}

bool ContactFields::isValid() const
{
    return problem().isEmpty();
}

QString ContactFields::problem() const
{
    return m_phone->isValid() ? m_email->error() : m_phone->error();
}

void ContactFields::clear()
{
    m_filling = true;
    m_first->clear();
    m_last->clear();
    m_phone->setText({});
    m_email->setText({});
    m_filling = false;
    m_linkedId.reset();
    m_linkedBanner->setVisible(false);
    lookUp();
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
    const auto fillIfEmpty = [](auto* field, const QString& value) {
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

} // namespace showroom
