#pragma once

#include "shell/Session.h"

#include <QWidget>
#include <utility>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace showroom {

// A settings section whose edits stay on screen until Save stores them (Revert shows the stored
// values again). Subclasses fill body() and implement load() and store(). Read-only users see
// the values without the buttons.
class SettingsForm : public QWidget {
    Q_OBJECT

public:
    SettingsForm(const Session& session, QWidget* parent = nullptr);

    bool isEditable() const { return m_editable; }
    bool hasUnsavedChanges() const { return m_changed; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }

    // Shows the stored values, unless there are unsaved edits (they are never thrown away).
    void reload();
    void revert();
    // Stores the edits; false (after a message) when something was refused.
    bool save();

Q_SIGNALS:
    void unsavedChangesChanged(bool changed);

protected:
    // Shows the stored values in the widgets (edits made meanwhile do not count as changes).
    virtual void load() = 0;
    // Stores what the widgets show; false after telling the user what was wrong.
    virtual bool store() = 0;
    // Connect every editor's change signal here.
    void markChanged();
    // Finishes the constructor: the first load.
    void initialize();

    QVBoxLayout* body() const { return m_body; }
    const Session& session() const { return m_session; }
    // The stored value of a setting; '' when it cannot be read.
    QString stored(const QString& key) const;
    // Stores the settings whose values differ from the stored ones, in order; stops at the first
    // refusal and shows it.
    bool storeSettings(const std::vector<std::pair<QString, QString>>& values);
    void showError(const QString& message);

private:
    void setChanged(bool changed);

    Session m_session;
    bool m_editable = false;
    bool m_loading = false;
    bool m_changed = false;
    QVBoxLayout* m_body = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace showroom
