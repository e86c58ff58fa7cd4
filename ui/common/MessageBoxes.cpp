#include "MessageBoxes.h"

#include <QMessageBox>
#include <cstdio>

namespace showroom {

namespace {
MessageBoxes*& installed()
{
    static MessageBoxes* replacement = nullptr;
    return replacement;
}

void print(const QString& kind, const QString& title, const QString& text,
           const QString& details = {})
{
    QString line = kind + QStringLiteral(": ") + title + QStringLiteral(": ") + text;
    if (!details.isEmpty())
        line += QLatin1Char('\n') + details;
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}
} // namespace

MessageBoxes& MessageBoxes::current()
{
    static QtMessageBoxes standard;
    if (MessageBoxes* replacement = installed())
        return *replacement;
    return standard;
}

MessageBoxes* MessageBoxes::install(MessageBoxes* replacement)
{
    MessageBoxes* previous = installed();
    installed() = replacement;
    return previous;
}

void QtMessageBoxes::error(QWidget* parent, const QString& title, const QString& text,
                           const QString& details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
}

void QtMessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

bool QtMessageBoxes::question(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void QtMessageBoxes::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

void ConsoleMessageBoxes::error(QWidget*, const QString& title, const QString& text,
                                const QString& details)
{
    print(QStringLiteral("error"), title, text, details);
}

void ConsoleMessageBoxes::information(QWidget*, const QString& title, const QString& text)
{
    print(QStringLiteral("info"), title, text);
}

bool ConsoleMessageBoxes::question(QWidget*, const QString& title, const QString& text)
{
    print(QStringLiteral("question (answered no)"), title, text);
    return false;
}

void ConsoleMessageBoxes::about(QWidget*, const QString& title, const QString& text)
{
    print(QStringLiteral("about"), title, text);
}

} // namespace showroom
