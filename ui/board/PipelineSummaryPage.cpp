#include "PipelineSummaryPage.h"

#include "common/Labels.h"
#include "common/PageTitle.h"
#include "reports/Stats.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace showroom {

PipelineSummaryPage::PipelineSummaryPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("pipelinePage"));
    auto* text = new QLabel(tr("The drag-and-drop board of open leads will live here. Until then, "
                               "this table counts the leads in each stage."),
                            this);
    text->setWordWrap(true);
    text->setMaximumWidth(640);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Leads")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMaximumWidth(460);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("stageTotal"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageTitle(tr("Pipeline"), this));
    layout->addWidget(text);
    layout->addWidget(m_table);
    layout->addWidget(m_total);
    layout->addStretch(1);
    refresh();
}

void PipelineSummaryPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void PipelineSummaryPage::refresh()
{
    auto stages = leadsPerStage(m_db.sql());
    if (!stages) {
        m_table->setRowCount(0);
        m_total->setText(stages.error().message);
        return;
    }
    const QLocale locale;
    qint64 total = 0;
    m_table->setRowCount(int(stages->size()));
    for (int row = 0; row < int(stages->size()); ++row) {
        const StageCount& stage = (*stages)[std::size_t(row)];
        total += stage.leads;
        auto* name = new QTableWidgetItem(Labels::stage(stage.key, stage.name));
        auto* number = new QTableWidgetItem(locale.toString(stage.leads));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, number);
    }
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    m_total->setText(tr("%Ln leads in all stages", nullptr, int(total)));
}

} // namespace showroom
