#include "SourcesSection.h"

#include "common/MessageBoxes.h"
#include "services/PipelineConfigService.h"
#include "services/SettingsService.h"
#include "settings/SettingsWidgets.h"
#include "settings/SourceDelegate.h"
#include "settings/SourceListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

SourcesSection::SourcesSection(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("sourcesSection"));
    const bool editable = settings::canManage(session.user);
    m_model = new SourceListModel(this);
    m_model->setEditable(editable);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sourceList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SourceDelegate(m_view));
    settings::setUpSettingsTable(m_view, editable);
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(SourceListModel::Name,
                          metrics.horizontalAdvance(QStringLiteral("Website form (extra)")));
    header->resizeSection(SourceListModel::Channel,
                          metrics.horizontalAdvance(QStringLiteral("Value: call, chat or web ++")));
    header->resizeSection(SourceListModel::ResponseTime,
                          metrics.horizontalAdvance(QStringLiteral("Respond within ++++")));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(settings::intro(
        editable ? tr("A new lead must be contacted within its source's response time, counted in "
                      "business hours. Double-click a time or an assignment rule to change it; "
                      "the change is saved at once.")
                 : tr("A new lead must be contacted within its source's response time, counted "
                      "in business hours."),
        this));
    layout->addWidget(m_view, 1);

    connect(m_model, &SourceListModel::changeRequested, this, &SourcesSection::updateSource,
            Qt::QueuedConnection); // after the editor closed
    reload();
}

void SourcesSection::reload()
{
    auto sources = PipelineConfigService(m_session.context()).sources();
    if (!sources) {
        MessageBoxes::current().error(this, tr("The lead sources could not be loaded"),
                                      sources.error().message);
        return;
    }
    auto mode = SettingsService(m_session.context()).get(QStringLiteral("assignment.mode"));
    m_model->setGeneralMode(
        assignmentModeFromKey(mode.value_or(QString())).value_or(AssignmentMode::Manual));
    m_model->setSources(std::move(*sources));
}

bool SourcesSection::updateSource(qint64 sourceId, int responseMinutes,
                                  const QString& assignmentMode)
{
    auto updated = PipelineConfigService(m_session.context())
                       .updateSource(m_session.user, sourceId, responseMinutes, assignmentMode);
    if (!updated)
        MessageBoxes::current().error(this, tr("The lead source was not changed"),
                                      updated.error().message);
    reload();
    return updated.has_value();
}

} // namespace showroom
