#pragma once

#include "Error.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;

namespace showroom {

// A line edit with a live message under it: what is wrong with the text, or how a valid text
// will be stored. Empty text is valid (the field is optional).
class CheckedField : public QWidget {
    Q_OBJECT

public:
    // `checker` returns the stored form of the text or the error; `hint` turns a stored form into
    // the message shown for valid text (empty: no message).
    using Check = std::function<Result<QString>(const QString&)>;
    using Hint = std::function<QString(const QString&)>;

    CheckedField(Check checker, Hint hint, QWidget* parent = nullptr);

    // A phone field: normalised with libphonenumber for `region`, shows the E.164 number.
    static CheckedField* phone(const QString& region, QWidget* parent = nullptr);
    // An email field: syntax check only.
    static CheckedField* email(QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QLabel* message() const { return m_message; }
    QString text() const;
    void setText(const QString& text);
    void setReadOnly(bool readOnly);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString stored() const { return m_stored; } // empty for empty or invalid text

Q_SIGNALS:
    void textChanged();

private:
    void check();

    Check m_check;
    Hint m_hint;
    QLineEdit* m_edit = nullptr;
    QLabel* m_message = nullptr;
    QString m_error;
    QString m_stored;
};

} // namespace showroom
