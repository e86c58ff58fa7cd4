// deal print DEAL_ID --offer|--contract|--handover --pdf OUT.pdf; the application for printing
#include "Cli.h"
#include "Commands.h"
#include "services/DealDocumentService.h"

#include <QCoreApplication>

#ifdef SHOWROOM_CLI_PRINT
#include "print/DealPrinter.h"

#include <QGuiApplication>
#endif

namespace showroom::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DealCommands)
};
} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
#ifdef SHOWROOM_CLI_PRINT
    // Printing needs fonts, so a GUI application; without a display it renders offscreen.
    // deal print ... and report weekly ... --pdf FILE
    bool printing = false;
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        if (i + 1 < argc && qstrcmp(argv[i], "deal") == 0 && qstrcmp(argv[i + 1], "print") == 0)
            printing = true;
        report = report || (qstrcmp(argv[i], "report") == 0);
        printing =
            printing ||
            (report && (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0));
    }
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

int printDealDocument(Cli& cli)
{
    Arguments& args = cli.args();
    const auto dealId = parseId(args.takePositional());
    const bool offer = args.takeFlag(QStringLiteral("--offer"));
    const bool contract = args.takeFlag(QStringLiteral("--contract"));
    const bool handover = args.takeFlag(QStringLiteral("--handover"));
    const auto pdf = args.takeOption(QStringLiteral("--pdf"));
    if (!dealId || !pdf || int(offer) + int(contract) + int(handover) != 1)
        return cli.failWith(
            Tr::tr(
                "deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE"),
            Usage);
    if (!cli.argumentsConsumed())
        return Usage;
#ifdef SHOWROOM_CLI_PRINT
    if (!cli.openDatabase())
        return Failed;
    const DealDocumentKind kind = offer      ? DealDocumentKind::Offer
                                  : contract ? DealDocumentKind::Contract
                                             : DealDocumentKind::Handover;
    // Everything is read before the first page is painted: no read stays open while drawing.
    auto document = DealDocumentService(cli.context()).load(*dealId, kind);
    if (!document)
        return cli.failWith(document.error());
    const DealPrinter printer(*document);
    if (auto written = printer.writePdf(*pdf); !written)
        return cli.failWith(written.error());
    cli.print(Tr::tr("%1 for deal %2 written to %3").arg(printer.title()).arg(*dealId).arg(*pdf));
    return Ok;
#else
    return cli.failWith(Tr::tr("This showroom-cli was built without printing (core-only build)."));
#endif
}

} // namespace showroom::cli
