#include "SettingsForm.h"

#include "common/MessageBoxes.h"
#include "services/SettingsService.h"
#include "settings/SettingsWidgets.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace showroom {

SettingsForm::SettingsForm(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_editable(settings::canManage(session.user))
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("settingsFormContent"));
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(16, 14, 16, 14);
    m_body->setSpacing(12);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("unsavedChanges"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_revert->setToolTip(tr("Show the stored values again"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setToolTip(tr("Store these settings for every desk (Ctrl+S)"));
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("saveBar"));
    bar->setFrameShape(QFrame::NoFrame);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(16, 8, 16, 10);
    barLayout->addWidget(m_state, 1);
    barLayout->addWidget(m_revert);
    barLayout->addWidget(m_save);
    bar->setVisible(m_editable);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    separator->setVisible(m_editable);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(separator);
    layout->addWidget(bar);

    connect(m_save, &QPushButton::clicked, this, &SettingsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsForm::revert);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_editable && m_changed)
            save();
    });
}

void SettingsForm::initialize()
{
    revert();
}

void SettingsForm::reload()
{
    if (!m_changed)
        revert();
}

void SettingsForm::revert()
{
    m_loading = true;
    load();
    m_loading = false;
    setChanged(false);
}

bool SettingsForm::save()
{
    if (!m_editable)
        return false;
    if (!store())
        return false;
    setChanged(false);
    revert();
    return true;
}

void SettingsForm::markChanged()
{
    if (!m_loading)
        setChanged(true);
}

void SettingsForm::setChanged(bool changed)
{
    m_state->setText(changed ? tr("You have unsaved changes.") : QString());
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
    if (changed == m_changed)
        return;
    m_changed = changed;
    Q_EMIT unsavedChangesChanged(changed);
}

QString SettingsForm::stored(const QString& key) const
{
    return SettingsService(m_session.context()).get(key).value_or(QString());
}

bool SettingsForm::storeSettings(const std::vector<std::pair<QString, QString>>& values)
{
    SettingsService service(m_session.context());
    for (const auto& [key, value] : values) {
        if (value == stored(key))
            continue;
        if (auto saved = service.set(m_session.user, key, value); !saved) {
            showError(saved.error().message);
            return false;
        }
    }
    return true;
}

void SettingsForm::showError(const QString& message)
{
    MessageBoxes::current().error(this, tr("The settings were not saved"), message);
}

} // namespace showroom
