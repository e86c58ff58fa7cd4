#include "LostDialog.h"

#include "board/BoardText.h"
#include "common/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace showroom {

LostDialog::LostDialog(const std::vector<LostReason>& reasons, const QString& leadLabel,
                       bool closesAtOnce, QWidget* parent)
    : FormDialog(tr("Mark as lost"), closesAtOnce ? tr("Close as lost") : tr("Ask for approval"),
                 parent),
      m_reasons(reasons)
{
    setObjectName(QStringLiteral("lostDialog"));
    auto* intro = new QLabel(
        closesAtOnce
            ? tr("<b>%1</b> will be closed as lost. Lost reasons are what the weekly report "
                 "learns from, so choose the real one.")
                  .arg(leadLabel.toHtmlEscaped())
            : tr("<b>%1</b> stays on your board until the manager approves. Lost reasons are "
                 "what the weekly report learns from, so choose the real one.")
                  .arg(leadLabel.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(380);
    form()->addRow(intro);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("lostReason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const LostReason& reason : m_reasons)
        if (reason.active)
            m_reason->addItem(Labels::lostReason(reason.key, reason.name), reason.key);
    form()->addRow(tr("Reason"), m_reason);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("lostComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(80);
    m_comment->setPlaceholderText(tr("What happened, in the customer's words"));
    form()->addRow(tr("Comment"), m_comment);
    m_commentHint = new QLabel(this);
    m_commentHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form()->addRow(QString(), m_commentHint);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &LostDialog::reasonChanged);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &LostDialog::reasonChanged);
    reasonChanged();
}

QString LostDialog::reasonKey() const
{
    return m_reason->currentData().toString();
}

QString LostDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString LostDialog::missing() const
{
    if (reasonKey().isEmpty())
        return tr("Choose why the lead is lost.");
    for (const LostReason& reason : m_reasons)
        if (reason.key == reasonKey() && reason.needsComment && comment().isEmpty())
            return tr("“%1” needs a comment.").arg(m_reason->currentText());
    return {};
}

void LostDialog::reasonChanged()
{
    bool needsComment = false;
    for (const LostReason& reason : m_reasons)
        if (reason.key == reasonKey())
            needsComment = reason.needsComment;
    m_commentHint->setText(needsComment ? tr("This reason needs a comment.") : tr("Optional."));
    okButton()->setEnabled(missing().isEmpty());
}

} // namespace showroom
