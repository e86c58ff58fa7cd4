#pragma once

#include <QString>

class QWidget;

namespace showroom {

// Every message box of the UI goes through this interface, so that GUI tests can record what
// would have been shown and unattended runs (screenshots) can print instead of blocking.
class MessageBoxes {
public:
    virtual ~MessageBoxes() = default;

    virtual void error(QWidget* parent, const QString& title, const QString& text,
                       const QString& details = {}) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    // Returns true for "Yes".
    virtual bool question(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void about(QWidget* parent, const QString& title, const QString& text) = 0;

    // The implementation in use: QtMessageBoxes unless replaced.
    static MessageBoxes& current();
    // Replaces the implementation (nullptr restores the default) and returns the previous one.
    // The caller keeps ownership.
    static MessageBoxes* install(MessageBoxes* replacement);
};

// Modal QMessageBox dialogs.
class QtMessageBoxes final : public MessageBoxes {
public:
    void error(QWidget* parent, const QString& title, const QString& text,
               const QString& details = {}) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    bool question(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
};

// Writes messages to stderr and answers every question with "No"; for unattended runs.
class ConsoleMessageBoxes final : public MessageBoxes {
public:
    void error(QWidget* parent, const QString& title, const QString& text,
               const QString& details = {}) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    bool question(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
};

// Installs a replacement for the lifetime of the scope.
class ScopedMessageBoxes {
public:
    explicit ScopedMessageBoxes(MessageBoxes& replacement)
        : m_previous(MessageBoxes::install(&replacement))
    {
    }
    ~ScopedMessageBoxes() { MessageBoxes::install(m_previous); }
    ScopedMessageBoxes(const ScopedMessageBoxes&) = delete;
    ScopedMessageBoxes& operator=(const ScopedMessageBoxes&) = delete;

private:
    MessageBoxes* m_previous;
};

} // namespace showroom
