#pragma once

#include "domain/Deal.h"
#include "shell/Session.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace showroom {

class ChecklistItemDialog;
class ChecklistItemModel;
class ChecklistTemplateListModel;

// Settings › Checklists: the templates deals copy their checklists from (loan documents for
// private and company buyers, delivery steps, handover, accessories for every model or one
// model) on the left, the selected template's items on the right. Every change is saved at once;
// running deals keep the items they copied.
class ChecklistsSection : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistsSection(const Session& session, QWidget* parent = nullptr);

    ChecklistTemplateListModel* templates() const { return m_templates; }
    ChecklistItemModel* items() const { return m_items; }
    QListView* templateView() const { return m_templateView; }
    QTableView* itemView() const { return m_itemView; }
    // The selected template; nullptr when none is.
    const ChecklistTemplate* currentTemplate() const;

    void reload();
    void selectTemplate(qint64 templateId);
    // The first template of `kind` (for accessories: the one for every model).
    void selectKind(ChecklistKind kind);
    void selectItem(qint64 itemId);
    // A new accessories template for `model`, selected; false (after a message) when refused.
    bool addAccessoryTemplate(const QString& model);
    // The item dialogs (window-modal, not blocking); nullptr when nothing is selected.
    ChecklistItemDialog* addItem();
    ChecklistItemDialog* editSelected();
    // Asks, then removes the selected item; false when not removed.
    bool removeSelected();
    void moveSelected(int offset);

private:
    void askForModel();
    void showTemplate();
    int selectedItemRow() const;
    void updateActions();
    ChecklistItemDialog* openDialog(std::optional<ChecklistTemplateItem> existing);
    bool report(bool ok, const QString& title, const QString& message);

    Session m_session;
    bool m_editable = false;
    QString m_currency;
    ChecklistTemplateListModel* m_templates = nullptr;
    ChecklistItemModel* m_items = nullptr;
    QListView* m_templateView = nullptr;
    QTableView* m_itemView = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_addTemplate = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace showroom
