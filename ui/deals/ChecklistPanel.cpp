#include "ChecklistPanel.h"

#include "common/Buttons.h"
#include "common/MessageBoxes.h"
#include "common/RecordTable.h"
#include "deals/ChecklistModel.h"
#include "deals/NotSoldDialog.h"
#include "services/ChecklistService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace showroom {

ChecklistPanel::ChecklistPanel(const Session& session, ChecklistKind kind, const QString& currency,
                               QWidget* parent)
    : QWidget(parent), m_session(session), m_kind(kind)
{
    setObjectName(QStringLiteral("checklist-%1").arg(checklistKindKey(kind)));
    const bool accessories = kind == ChecklistKind::Accessories;
    m_model = new ChecklistModel(m_session.clock, currency, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->setColumnHidden(ChecklistModel::Price, !accessories);
    m_view->setColumnHidden(ChecklistModel::Required, accessories);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::Item, QHeaderView::Stretch);
    header->setMinimumSectionSize(70);

    m_done = accessories ? button(tr("&Sold"), QStringLiteral("itemDone"),
                                  tr("The customer takes the selected accessory"))
                         : button(tr("&Done"), QStringLiteral("itemDone"),
                                  tr("Mark the selected item as done by you, now"));
    m_undo = button(tr("&Undo"), QStringLiteral("itemUndo"),
                    tr("Back to open (a mistake); attached documents stay"));
    if (accessories)
        m_notSold = button(tr("&Not sold…"), QStringLiteral("itemNotSold"),
                           tr("The customer did not take it: record why"));
    m_attach = button(tr("&Attach document…"), QStringLiteral("itemAttach"),
                      tr("Store a scan or PDF with the selected item"));
    m_openDocument = button(tr("&Open document"), QStringLiteral("itemOpenDocument"),
                            tr("Open the selected item's document"));
    connect(m_done, &QPushButton::clicked, this, &ChecklistPanel::tickSelected);
    connect(m_undo, &QPushButton::clicked, this, &ChecklistPanel::untickSelected);
    if (m_notSold)
        connect(m_notSold, &QPushButton::clicked, this, &ChecklistPanel::notSoldSelected);
    connect(m_attach, &QPushButton::clicked, this, [this] { attachToSelected(); });
    connect(m_openDocument, &QPushButton::clicked, this, &ChecklistPanel::openSelectedDocument);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_done, m_notSold, m_undo, m_attach, m_openDocument})
        if (b)
            buttons->addWidget(b);
    buttons->addStretch(1);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 8, 0, 0);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistPanel::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const ChecklistItem* item = selectedItem(); item && item->attachmentCount > 0)
            openSelectedDocument();
    });
    updateButtons();
}

QPushButton* ChecklistPanel::button(const QString& text, const QString& name, const QString& tip)
{
    return actionButton(this, text, name, tip);
}

void ChecklistPanel::addFooter(QWidget* footer)
{
    m_layout->addWidget(footer);
}

void ChecklistPanel::setDeal(const DealDetails& details,
                             const std::vector<AccessoryReason>& reasons)
{
    m_dealOpen = details.deal.status == DealStatus::Open;
    m_attachments = details.attachments;
    if (reasons.size() != m_reasons.size()) {
        QHash<QString, QString> names;
        for (const AccessoryReason& reason : reasons)
            names.insert(reason.key, reason.name);
        m_model->setReasonNames(std::move(names));
    }
    m_reasons = reasons;
    m_model->setItems(details.items, m_kind);
    updateButtons();
}

bool ChecklistPanel::selectItem(qint64 itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

const ChecklistItem* ChecklistPanel::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? &m_model->rowAt(rows.front().row()) : nullptr;
}

std::vector<AttachmentInfo> ChecklistPanel::attachmentsOf(qint64 itemId) const
{
    std::vector<AttachmentInfo> found;
    for (const AttachmentInfo& info : m_attachments)
        if (info.ownerId == itemId && info.ownerKind == QLatin1String("checklist_item"))
            found.push_back(info);
    std::ranges::sort(found, [](const AttachmentInfo& a, const AttachmentInfo& b) {
        return a.id > b.id; // newest first
    });
    return found;
}

void ChecklistPanel::updateButtons()
{
    const ChecklistItem* item = selectedItem();
    const bool open = item && item->open();
    m_done->setEnabled(m_dealOpen && open);
    m_undo->setEnabled(m_dealOpen && item && !open);
    if (m_notSold)
        m_notSold->setEnabled(m_dealOpen && open);
    m_attach->setEnabled(m_dealOpen && item);
    m_openDocument->setEnabled(item && !attachmentsOf(item->id).empty());
}

bool ChecklistPanel::report(const QString& title, const Error& error)
{
    MessageBoxes::current().error(window(), title, error.message);
    Q_EMIT changed(); // a conflict: show what is stored now
    return false;
}

bool ChecklistPanel::tickSelected()
{
    const ChecklistItem* item = selectedItem();
    if (!item || !item->open())
        return false;
    const QString title = item->title;
    auto ticked =
        ChecklistService(m_session.context()).tick(m_session.user, item->id, item->version);
    if (!ticked)
        return report(tr("“%1” not done").arg(title), ticked.error());
    Q_EMIT changed();
    return true;
}

bool ChecklistPanel::untickSelected()
{
    const ChecklistItem* item = selectedItem();
    if (!item || item->open())
        return false;
    const QString title = item->title;
    auto undone =
        ChecklistService(m_session.context()).untick(m_session.user, item->id, item->version);
    if (!undone)
        return report(tr("“%1” not reopened").arg(title), undone.error());
    Q_EMIT changed();
    return true;
}

bool ChecklistPanel::attachToSelected(const QString& path)
{
    const ChecklistItem* item = selectedItem();
    if (!item)
        return false;
    const qint64 itemId = item->id;
    const QString title = item->title;
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(window(), tr("Attach a document to “%1”").arg(title),
                                            QDir::homePath(),
                                            tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff "
                                               "*.doc *.docx *.odt);;All files (*)"));
    if (file.isEmpty())
        return false;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        MessageBoxes::current().error(
            window(), tr("Document not attached"),
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
        return false;
    }
    auto attached =
        ChecklistService(m_session.context())
            .attach(m_session.user, itemId, QFileInfo(file).fileName(), input.readAll());
    if (!attached)
        return report(tr("Document not attached"), attached.error());
    Q_EMIT changed();
    return true;
}

void ChecklistPanel::openSelectedDocument()
{
    const ChecklistItem* item = selectedItem();
    if (!item)
        return;
    const std::vector<AttachmentInfo> documents = attachmentsOf(item->id);
    if (documents.size() == 1) {
        openDocument(documents.front().id);
        return;
    }
    QMenu menu(this);
    for (const AttachmentInfo& info : documents)
        menu.addAction(info.fileName, this, [this, id = info.id] { openDocument(id); });
    menu.exec(m_openDocument->mapToGlobal(QPoint(0, m_openDocument->height())));
}

QString ChecklistPanel::openDocument(qint64 attachmentId)
{
    QString name;
    for (const AttachmentInfo& info : m_attachments)
        if (info.id == attachmentId)
            name = info.fileName;
    auto data = ChecklistService(m_session.context()).attachmentData(attachmentId);
    if (!data) {
        MessageBoxes::current().error(window(), tr("Open document"), data.error().message);
        return {};
    }
    // The file name as stored, without any folder part, in a folder of our own.
    name = QFileInfo(name).fileName();
    if (name.isEmpty())
        name = QStringLiteral("document");
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                      QStringLiteral("/showroom-documents/%1").arg(attachmentId));
    QFile output(folder.filePath(name));
    if (!folder.mkpath(QStringLiteral(".")) || !output.open(QIODevice::WriteOnly) ||
        output.write(*data) != data->size()) {
        MessageBoxes::current().error(
            window(), tr("Open document"),
            tr("The document cannot be written to %1: %2")
                .arg(QDir::toNativeSeparators(output.fileName()), output.errorString()));
        return {};
    }
    output.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(output.fileName())))
        MessageBoxes::current().error(window(), tr("Open document"),
                                      tr("No program is set up to open %1.")
                                          .arg(QDir::toNativeSeparators(output.fileName())));
    return output.fileName();
}

NotSoldDialog* ChecklistPanel::notSoldSelected()
{
    const ChecklistItem* item = selectedItem();
    if (m_kind != ChecklistKind::Accessories || !item || !item->open())
        return nullptr;
    auto* dialog = new NotSoldDialog(m_reasons, item->title, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const qint64 itemId = item->id;
    const int version = item->version;
    dialog->setSave([this, dialog, itemId, version]() -> QString {
        if (const QString missing = dialog->missing(); !missing.isEmpty())
            return missing;
        auto recorded = ChecklistService(m_session.context())
                            .notSold(m_session.user, itemId, dialog->reasonKey(), version);
        if (!recorded)
            return recorded.error().message;
        Q_EMIT changed();
        return {};
    });
    dialog->open();
    return dialog;
}

} // namespace showroom
