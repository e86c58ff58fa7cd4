#include "CheckedField.h"

#include "rules/ContactValidation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace showroom {

CheckedField::CheckedField(Check checker, Hint hint, QWidget* parent)
    : QWidget(parent), m_check(std::move(checker)), m_hint(std::move(hint))
{
    m_edit = new QLineEdit(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QFont small = m_message->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_message->setFont(small);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        check();
        Q_EMIT textChanged();
    });
}

CheckedField* CheckedField::phone(const QString& region, QWidget* parent)
{
    return new CheckedField([region](const QString& text) { return normalizePhone(text, region); },
                            [](const QString& e164) { return tr("Saved as %1").arg(e164); },
                            parent);
}

CheckedField* CheckedField::email(QWidget* parent)
{
    return new CheckedField(&validateEmail, {}, parent);
}

QString CheckedField::text() const
{
    return m_edit->text();
}

void CheckedField::setText(const QString& text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
    check(); // also when the text did not change
}

void CheckedField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void CheckedField::check()
{
    m_error.clear();
    m_stored.clear();
    QString message;
    if (!m_edit->text().trimmed().isEmpty()) {
        auto checked = m_check(m_edit->text());
        if (checked) {
            m_stored = *checked;
            message = m_hint ? m_hint(m_stored) : QString();
        } else {
            m_error = checked.error().message;
            message = m_error;
        }
    }
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, m_error.isEmpty()
                                               ? palette().color(QPalette::PlaceholderText)
                                               : QColor(0xb3, 0x26, 0x1e));
    m_message->setPalette(colours);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace showroom
