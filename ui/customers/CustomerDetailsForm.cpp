#include "CustomerDetailsForm.h"

#include "common/CheckedField.h"
#include "customers/CardText.h"
#include "customers/ConsentEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace showroom {

CustomerDetailsForm::CustomerDetailsForm(const QString& phoneRegion, QWidget* parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(CardText::customerKind(CustomerKind::Person), int(CustomerKind::Person));
    m_kind->addItem(CardText::customerKind(CustomerKind::Company), int(CustomerKind::Company));
    m_firstName = addLine(QStringLiteral("firstName"));
    m_lastName = addLine(QStringLiteral("lastName"));
    m_company = addLine(QStringLiteral("companyName"));
    m_phone = CheckedField::phone(phoneRegion, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->edit()->setPlaceholderText(tr("e.g. 0151 23456789 or +49 151 23456789"));
    m_email = CheckedField::email(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_street = addLine(QStringLiteral("street"));
    m_postalCode = addLine(QStringLiteral("postalCode"));
    m_postalCode->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    m_city = addLine(QStringLiteral("city"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString& code : CardText::languageCodes())
        m_language->addItem(CardText::languageName(code), code);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tier"));
    for (Tier tier : {Tier::High, Tier::Value, Tier::General})
        m_tier->addItem(CardText::tier(tier), int(tier));
    m_tier->setToolTip(tr("Walk-in: high value; call, chat or web form: value; others: general"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_consents = new ConsentEditor(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What colleagues should know about this customer"));

    auto* place = new QHBoxLayout;
    place->setSpacing(6);
    place->addWidget(m_postalCode);
    place->addWidget(m_city, 1);

    auto* person = new QFormLayout;
    person->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    person->setHorizontalSpacing(12);
    person->setVerticalSpacing(9); // not the columns' spacing, which nested layouts inherit
    person->addRow(tr("Customer is a"), m_kind);
    person->addRow(tr("First name"), m_firstName);
    person->addRow(tr("Last name"), m_lastName);
    person->addRow(tr("Company"), m_company);
    person->addRow(tr("Phone"), m_phone);
    person->addRow(tr("Email"), m_email);
    person->addRow(tr("Street"), m_street);
    person->addRow(tr("Postal code, city"), place);

    auto* care = new QFormLayout;
    care->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    care->setHorizontalSpacing(12);
    care->setVerticalSpacing(9); // not the columns' spacing, which nested layouts inherit
    care->addRow(tr("Language"), m_language);
    care->addRow(tr("Value tier"), m_tier);
    care->addRow(tr("Owner consultant"), m_owner);
    auto* consentBox = new QGroupBox(tr("Marketing consent"), this);
    auto* consentLayout = new QVBoxLayout(consentBox);
    consentLayout->addWidget(m_consents);
    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addLayout(care);
    right->addWidget(consentBox);
    right->addWidget(new QLabel(tr("Notes"), this));
    right->addWidget(m_notes, 1);

    auto* left = new QVBoxLayout;
    left->addLayout(person);
    left->addStretch(1); // rows keep their natural height; the notes take the rest
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(24);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    const auto changed = [this] { Q_EMIT edited(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_phone, &CheckedField::textChanged, this, changed);
    connect(m_email, &CheckedField::textChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, changed);
    connect(m_tier, &QComboBox::currentIndexChanged, this, changed);
    connect(m_owner, &QComboBox::currentIndexChanged, this, changed);
    connect(m_consents, &ConsentEditor::changed, this, changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    setOwnerCandidates({});
}

QLineEdit* CustomerDetailsForm::addLine(const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    connect(edit, &QLineEdit::textChanged, this, [this] { Q_EMIT edited(); });
    return edit;
}

void CustomerDetailsForm::setOwnerCandidates(const std::vector<User>& users)
{
    QSignalBlocker quiet(m_owner);
    const QVariant current = m_owner->currentData();
    m_owner->clear();
    m_owner->addItem(tr("No owner"), QVariant());
    for (const User& user : users)
        m_owner->addItem(user.displayName, user.id);
    selectData(m_owner, current);
}

void CustomerDetailsForm::selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(qMax(0, index));
}

void CustomerDetailsForm::setStored(const Customer& stored, const QString& ownerName)
{
    m_stored = stored;
    if (stored.ownerId && m_owner->findData(*stored.ownerId) < 0) {
        QSignalBlocker quiet(m_owner); // a former consultant still shows as the owner
        m_owner->addItem(ownerName.isEmpty() ? QStringLiteral("#%1").arg(*stored.ownerId)
                                             : ownerName,
                         *stored.ownerId);
    }
    if (m_language->findData(stored.language) < 0) {
        QSignalBlocker quiet(m_language);
        m_language->addItem(stored.language, stored.language);
    }
    m_consents->setStored(stored);
    setValues(stored);
}

void CustomerDetailsForm::setValues(const Customer& c)
{
    {
        const QSignalBlocker blockers[] = {
            QSignalBlocker(m_kind),    QSignalBlocker(m_firstName), QSignalBlocker(m_lastName),
            QSignalBlocker(m_company), QSignalBlocker(m_street),    QSignalBlocker(m_postalCode),
            QSignalBlocker(m_city),    QSignalBlocker(m_language),  QSignalBlocker(m_tier),
            QSignalBlocker(m_owner),   QSignalBlocker(m_notes),     QSignalBlocker(m_phone),
            QSignalBlocker(m_email),   QSignalBlocker(m_consents)};
        // Only what differs, so that a reload does not move the cursor of a focused field.
        const auto setText = [](QLineEdit* edit, const QString& text) {
            if (edit->text() != text)
                edit->setText(text);
        };
        selectData(m_kind, int(c.kind));
        setText(m_firstName, c.firstName);
        setText(m_lastName, c.lastName);
        setText(m_company, c.companyName);
        m_phone->setText(c.phone);
        m_email->setText(c.email);
        setText(m_street, c.street);
        setText(m_postalCode, c.postalCode);
        setText(m_city, c.city);
        selectData(m_language, c.language);
        selectData(m_tier, int(c.tier));
        selectData(m_owner, c.ownerId ? QVariant(*c.ownerId) : QVariant());
        m_consents->setGranted(c);
        if (m_notes->toPlainText() != c.notes)
            m_notes->setPlainText(c.notes);
    }
    Q_EMIT edited();
}

Customer CustomerDetailsForm::customer() const
{
    Customer c = m_stored;
    c.kind = CustomerKind(m_kind->currentData().toInt());
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.companyName = m_company->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.phoneE164 = m_phone->stored();
    c.email = m_email->text().trimmed();
    c.street = m_street->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.language = m_language->currentData().toString();
    c.tier = Tier(m_tier->currentData().toInt());
    const QVariant owner = m_owner->currentData();
    c.ownerId = owner.isValid() ? std::optional<qint64>(owner.toLongLong()) : std::nullopt;
    m_consents->apply(c);
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

std::vector<CustomerField> CustomerDetailsForm::changedFields() const
{
    return differingFields(m_stored, customer());
}

QString CustomerDetailsForm::problem(bool focus)
{
    const auto found = [focus](QWidget* field, const QString& message) {
        if (focus)
            field->setFocus(Qt::OtherFocusReason);
        return message;
    };
    if (!m_phone->isValid())
        return found(m_phone, m_phone->error());
    if (!m_email->isValid())
        return found(m_email, m_email->error());
    const Customer c = customer();
    if (c.kind == CustomerKind::Company && c.companyName.isEmpty())
        return found(m_company, tr("A company customer needs the company name."));
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.companyName.isEmpty() &&
        c.phone.isEmpty() && c.email.isEmpty())
        return found(m_lastName, tr("Enter a name, a phone number or an email address."));
    return {};
}

void CustomerDetailsForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_firstName, m_lastName, m_company, m_street, m_postalCode, m_city})
        edit->setReadOnly(readOnly);
    m_phone->setReadOnly(readOnly);
    m_email->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    for (QComboBox* combo : {m_kind, m_language, m_tier, m_owner})
        combo->setEnabled(!readOnly);
    m_consents->setReadOnly(readOnly);
}

} // namespace showroom
