#include "ConflictDialog.h"

#include "customers/CardText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace showroom {

namespace {
constexpr int kMaxValueChars = 48;

QString shown(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > kMaxValueChars)
        line = line.left(kMaxValueChars - 1) + QChar(0x2026);
    return line;
}
} // namespace

QString ConflictDialog::valueText(const Customer& c, CustomerField field, const UserNames& names)
{
    QString text;
    switch (field) {
    case CustomerField::Kind:
        return CardText::customerKind(c.kind);
    case CustomerField::Tier:
        return CardText::tier(c.tier);
    case CustomerField::Owner:
        return c.ownerId ? names.value(*c.ownerId, QStringLiteral("#%1").arg(*c.ownerId))
                         : tr("No owner");
    case CustomerField::Language:
        return CardText::languageName(c.language);
    case CustomerField::ConsentEmail:
        return CardText::consentState(c.consentEmail);
    case CustomerField::ConsentSms:
        return CardText::consentState(c.consentSms);
    case CustomerField::ConsentPhone:
        return CardText::consentState(c.consentPhone);
    default:
        text = customerFieldText(c, field);
        break;
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

ConflictDialog::ConflictDialog(const Customer& base, const Customer& mine, const Customer& theirs,
                               UserNames names, QWidget* parent)
    : QDialog(parent), m_mine(mine), m_theirs(theirs), m_fields(differingFields(mine, theirs))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on another desk"));
    auto* intro = new QLabel(
        tr("<b>%1</b> was saved on another desk while you were editing. Choose for each "
           "field which value to keep; fields you changed are marked and keep your value "
           "unless you choose otherwise.")
            .arg(theirs.displayName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    const auto heading = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(tr("Your value")), 0, 1);
    grid->addWidget(heading(tr("Saved on the other desk")), 0, 2);
    const std::vector<CustomerField> mineChanged = differingFields(base, mine);
    int row = 1;
    for (CustomerField field : m_fields) {
        const bool changedByMe = std::ranges::find(mineChanged, field) != mineChanged.end();
        const QString key = customerFieldKey(field);
        auto* label = new QLabel(
            customerFieldLabel(field) + (changedByMe ? tr(" (you changed it)") : QString()), this);
        auto* keep = new QRadioButton(shown(valueText(mine, field, names)), this);
        keep->setObjectName(QStringLiteral("mine_") + key);
        keep->setToolTip(valueText(mine, field, names));
        auto* take = new QRadioButton(shown(valueText(theirs, field, names)), this);
        take->setObjectName(QStringLiteral("theirs_") + key);
        take->setToolTip(valueText(theirs, field, names));
        auto* group = new QButtonGroup(this);
        group->addButton(keep);
        group->addButton(take);
        (changedByMe ? keep : take)->setChecked(true);
        m_buttons[field] = {keep, take};
        grid->addWidget(label, row, 0);
        grid->addWidget(keep, row, 1);
        grid->addWidget(take, row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save =
        buttons->addButton(tr("Save the chosen values"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveChosen"));
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Keep editing; nothing is saved"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

ConflictDialog::Choice ConflictDialog::choice(CustomerField field) const
{
    const auto found = m_buttons.find(field);
    if (found == m_buttons.end())
        return Choice::Theirs;
    return found->second.first->isChecked() ? Choice::Mine : Choice::Theirs;
}

void ConflictDialog::setChoice(CustomerField field, Choice choice)
{
    const auto found = m_buttons.find(field);
    if (found != m_buttons.end())
        (choice == Choice::Mine ? found->second.first : found->second.second)->setChecked(true);
}

Customer ConflictDialog::result() const
{
    Customer chosen = m_theirs;
    for (CustomerField field : m_fields)
        if (choice(field) == Choice::Mine)
            copyField(m_mine, chosen, field);
    return chosen;
}

std::optional<Customer> ConflictDialog::resolve(QWidget* parent, const Customer& base,
                                                const Customer& mine, const Customer& theirs,
                                                const UserNames& names)
{
    ConflictDialog dialog(base, mine, theirs, names, parent);
    if (dialog.fields().empty())
        return dialog.result();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

} // namespace showroom
