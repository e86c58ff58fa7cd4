#pragma once

#include "domain/Stage.h"

#include <QWidget>
#include <utility>
#include <vector>

class QPushButton;
class QTableWidget;

namespace showroom {

// ADF provider names and the lead source each maps to: a name typed in, a source chosen from
// the list, a row per provider.
class ProviderSourceTable : public QWidget {
    Q_OBJECT

public:
    ProviderSourceTable(bool editable, QWidget* parent = nullptr);

    void setSources(const std::vector<Source>& sources);
    void setPairs(const std::vector<std::pair<QString, QString>>& pairs);
    // Rows with a provider name; the order shown.
    std::vector<std::pair<QString, QString>> pairs() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString& provider, const QString& sourceKey);

    bool m_editable = false;
    std::vector<Source> m_sources;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace showroom
