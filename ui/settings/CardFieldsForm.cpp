#include "CardFieldsForm.h"

#include "services/PipelineSettings.h"
#include "settings/SettingsWidgets.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace showroom {

CardFieldsForm::CardFieldsForm(const Session& session, QWidget* parent)
    : SettingsForm(session, parent)
{
    setObjectName(QStringLiteral("cardFieldsForm"));
    auto* group = new QGroupBox(tr("Shown on every card"), this);
    auto* grid = new QGridLayout(group);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const QString& key : knownCardFields()) {
        auto* box = new QCheckBox(fieldName(key), group);
        box->setObjectName(QStringLiteral("cardField_%1").arg(key));
        box->setEnabled(isEditable());
        auto* description = settings::intro(fieldDescription(key), group);
        description->setBuddy(box);
        grid->addWidget(box, row, 0);
        grid->addWidget(description, row, 1);
        ++row;
        m_boxes.insert(key, box);
        connect(box, &QCheckBox::toggled, this, &CardFieldsForm::markChanged);
    }

    body()->addWidget(settings::intro(tr("Every card shows the customer's name. Fewer fields "
                                         "keep the board calm; more help to decide at a glance."),
                                      this));
    body()->addWidget(group);
    body()->addStretch(1);
    initialize();
}

QString CardFieldsForm::fieldName(const QString& key)
{
    if (key == QLatin1String("vehicle"))
        return tr("Vehicle of interest");
    if (key == QLatin1String("consultant"))
        return tr("Consultant");
    if (key == QLatin1String("source"))
        return tr("Lead source");
    if (key == QLatin1String("tier"))
        return tr("Value tier");
    if (key == QLatin1String("age"))
        return tr("Time in stage");
    if (key == QLatin1String("follow_up"))
        return tr("Next follow-up");
    if (key == QLatin1String("response"))
        return tr("Response deadline");
    if (key == QLatin1String("value"))
        return tr("Estimated value");
    return key;
}

QString CardFieldsForm::fieldDescription(const QString& key)
{
    if (key == QLatin1String("vehicle"))
        return tr("The model the customer asked about");
    if (key == QLatin1String("consultant"))
        return tr("Who works on the lead");
    if (key == QLatin1String("source"))
        return tr("Walk-in, phone, website form, …");
    if (key == QLatin1String("tier"))
        return tr("High value for walk-ins, value for calls, chats and web forms");
    if (key == QLatin1String("age"))
        return tr("How long the lead has been in its column");
    if (key == QLatin1String("follow_up"))
        return tr("When the next planned call or appointment is due");
    if (key == QLatin1String("response"))
        return tr("Time left to contact a new lead, red when missed");
    if (key == QLatin1String("value"))
        return tr("The expected price of the deal");
    return {};
}

void CardFieldsForm::load()
{
    QStringList shown;
    for (const QString& key :
         stored(QStringLiteral("board.card_fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        shown << key.trimmed();
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setChecked(shown.contains(it.key()));
}

bool CardFieldsForm::store()
{
    QStringList shown;
    for (const QString& key : knownCardFields())
        if (m_boxes.value(key)->isChecked())
            shown << key;
    return storeSettings({{QStringLiteral("board.card_fields"), shown.join(QLatin1Char(','))}});
}

} // namespace showroom
