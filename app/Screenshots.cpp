#include "Screenshots.h"

#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "board/LostDialog.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerCards.h"
#include "reports/Stats.h"
#include "services/PipelineConfigService.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <cstdio>

namespace showroom {

namespace {
// Lets layouts settle and views fetch their first rows.
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 150)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget& widget, const QString& file)
{
    if (widget.grab().save(file, "PNG"))
        return true;
    std::fprintf(
        stderr, "%s\n",
        qUtf8Printable(Screenshots::tr("Cannot write %1").arg(QDir::toNativeSeparators(file))));
    return false;
}
} // namespace

bool Screenshots::takeAll(MainWindow& window, ServiceContext context, const QString& login,
                          const QString& folder)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("Cannot create %1").arg(QDir::toNativeSeparators(folder))));
        return false;
    }
    bool ok = true;
    {
        LoginDialog dialog(context);
        dialog.loginField()->setText(login);
        dialog.passwordField()->setText(QStringLiteral("********"));
        dialog.show();
        settle();
        ok = save(dialog, dir.filePath(QStringLiteral("login.png"))) && ok;
        dialog.close();
    }
    window.resize(Width, Height);
    window.show();
    for (int index = 0; index < MainWindow::PageCount; ++index) {
        const auto page = MainWindow::Page(index);
        window.showPage(page);
        settle();
        ok = save(window, dir.filePath(MainWindow::pageKey(page) + QStringLiteral(".png"))) && ok;
    }
    // The lost dialog over the board, for the first lead on it.
    if (auto reasons = PipelineConfigService(context).lostReasons(); reasons) {
        window.showPage(MainWindow::Page::Pipeline);
        BoardModel* board = window.pipelinePage()->model();
        const BoardCard* card = board->card(board->index(0, 0, board->index(1, 0)));
        LostDialog dialog(*reasons,
                          card ? tr("Lead #%1 (%2)").arg(card->leadId).arg(card->customerName)
                               : QString(),
                          false, &window);
        dialog.reasonBox()->setCurrentIndex(
            dialog.reasonBox()->findData(QStringLiteral("bought_elsewhere")));
        dialog.commentEdit()->setPlainText(tr("Bought a used car from a private seller."));
        dialog.show();
        settle();
        ok = save(dialog, dir.filePath(QStringLiteral("lost-dialog.png"))) && ok;
        dialog.close();
    }
    // A customer card with a long history: details and timeline.
    if (auto showcase = showcaseCustomer(context.db.sql()); showcase && *showcase) {
        if (CustomerCardDialog* card = window.customerCards()->open(**showcase)) {
            card->resize(CardWidth, CardHeight);
            settle();
            ok = save(*card, dir.filePath(QStringLiteral("customer-card.png"))) && ok;
            card->showTab(CustomerCardDialog::Tab::Timeline);
            settle();
            ok = save(*card, dir.filePath(QStringLiteral("customer-timeline.png"))) && ok;
            card->close();
        }
    }
    if (ok)
        std::fprintf(
            stdout, "%s\n",
            qUtf8Printable(
                tr("Screenshots saved in %1").arg(QDir::toNativeSeparators(dir.absolutePath()))));
    return ok;
}

} // namespace showroom
