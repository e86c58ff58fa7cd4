#pragma once

#include "shell/Session.h"

#include <QWidget>

class QTableView;

namespace showroom {

class SourceListModel;

// Settings › Lead sources: per source how soon a new lead must be contacted and how it finds a
// consultant. A change is saved as soon as the cell's editor closes.
class SourcesSection : public QWidget {
    Q_OBJECT

public:
    explicit SourcesSection(const Session& session, QWidget* parent = nullptr);

    SourceListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void reload();
    bool updateSource(qint64 sourceId, int responseMinutes, const QString& assignmentMode);

private:
    Session m_session;
    SourceListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace showroom
