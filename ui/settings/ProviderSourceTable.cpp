#include "ProviderSourceTable.h"

#include "settings/SettingsWidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace showroom {

ProviderSourceTable::ProviderSourceTable(bool editable, QWidget* parent)
    : QWidget(parent), m_editable(editable)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("providerSources"));
    m_table->setHorizontalHeaderLabels({tr("Provider name in ADF"), tr("Lead source")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 56);
    settings::fitHeightToRows(m_table, 4);

    m_add = new QPushButton(tr("Add provider"), this);
    m_add->setObjectName(QStringLiteral("addProvider"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeProvider"));
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, m_sources.empty() ? QString() : m_sources.front().key);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ProviderSourceTable::edited);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ProviderSourceTable::setSources(const std::vector<Source>& sources)
{
    m_sources = sources;
}

void ProviderSourceTable::setPairs(const std::vector<std::pair<QString, QString>>& pairs)
{
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (const auto& [provider, source] : pairs)
        addRow(provider, source);
}

void ProviderSourceTable::addRow(const QString& provider, const QString& sourceKey)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(provider));
    auto* source = new QComboBox(m_table);
    for (const Source& s : m_sources)
        source->addItem(s.name, s.key);
    if (source->findData(sourceKey) < 0) // a source the list no longer has
        source->addItem(sourceKey, sourceKey);
    source->setCurrentIndex(source->findData(sourceKey));
    source->setEnabled(m_editable);
    connect(source, &QComboBox::currentIndexChanged, this, &ProviderSourceTable::edited);
    m_table->setCellWidget(row, 1, source);
}

std::vector<std::pair<QString, QString>> ProviderSourceTable::pairs() const
{
    std::vector<std::pair<QString, QString>> pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString provider =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const auto* source = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        if (!provider.isEmpty() && source)
            pairs.emplace_back(provider, source->currentData().toString());
    }
    return pairs;
}

} // namespace showroom
