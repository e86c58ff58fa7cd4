// Showroom CRM desktop application: language, command line, database, sign-in, main window.
#include "CommandLine.h"
#include "DatabaseStartup.h"
#include "Languages.h"
#include "Screenshots.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "services/ChangeBus.h"
#include "services/UserService.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <memory>

namespace showroom {

namespace {
enum ExitCode { Success = 0, UsageError = 1, DatabaseError = 2, SignInFailed = 3, Failure = 4 };

class Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    static std::optional<User> signIn(const StartupOptions& options, ServiceContext context)
    {
        if (options.user.isEmpty()) {
            LoginDialog dialog(context);
            if (dialog.exec() != QDialog::Accepted || !dialog.user())
                return std::nullopt;
            return dialog.user();
        }
        auto user = UserService(context).authenticate(options.user, options.password);
        if (!user) {
            MessageBoxes::current().error(nullptr, tr("Cannot sign in"), user.error().message);
            return std::nullopt;
        }
        return *user;
    }
};

int run(QApplication& app)
{
    // The language comes first: the command line help and every widget are translated.
    const QString requested = Languages::requestedIn(QCoreApplication::arguments());
    QString language = Languages::resolve(requested);
    if (language.isEmpty())
        language = Languages::fromSystem();
    Languages::install(language);

    const auto options = CommandLine::parse(language);
    if (!options)
        return UsageError;

    ConsoleMessageBoxes console;
    std::unique_ptr<ScopedMessageBoxes> unattended;
    if (!options->user.isEmpty())
        unattended = std::make_unique<ScopedMessageBoxes>(console);

    std::unique_ptr<Database> db =
        DatabaseStartup::openOrCreate(options->databasePath, options->modeIfNew);
    if (!db)
        return DatabaseError;

    SystemClock clock;
    ChangeBus changes;
    const ServiceContext context{*db, clock, &changes};
    const std::optional<User> user = Startup::signIn(*options, context);
    if (!user)
        return options->user.isEmpty() ? Success : SignInFailed;

    MainWindow window(Session{*db, clock, changes, *user});
    if (!options->screenshotDir.isEmpty())
        return Screenshots::takeAll(window, context, user->login, options->screenshotDir) ? Success
                                                                                          : Failure;
    window.show();
    return app.exec();
}
} // namespace

} // namespace showroom

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // No organisation name: the data folder is ~/.local/share/ShowroomCRM.
    QApplication::setApplicationName(QStringLiteral("ShowroomCRM"));
    QApplication::setApplicationDisplayName(QStringLiteral("Showroom CRM"));
    QApplication::setApplicationVersion(QStringLiteral(SHOWROOM_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("showroom"));
    QApplication::setWindowIcon(showroom::applicationIcon());
    return showroom::run(app);
}
