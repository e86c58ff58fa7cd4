// Printed deal documents: offer, contract summary and handover protocol written as PDF and read
// back with pdftotext (poppler-utils). `showroom_ui_tests "[.shots]"` renders page 1 of each to
// PNG (and copies the PDFs) into $SHOWROOM_SHOTS_DIR (or /tmp) to look at the layout.
#include "TestSupport.h"
#include "deals/DealPrintPreview.h"
#include "print/DealPrinter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

const QLocale kLocale(QLocale::English, QLocale::UnitedStates);

constexpr qint64 kList = 4'129'000;
constexpr qint64 kDiscount = 185'050;
constexpr qint64 kWheels = 139'000;
constexpr qint64 kMats = 8'990;
constexpr qint64 kTradeIn = 725'000;
constexpr qint64 kDeposit = 200'000;

QByteArray logoPng()
{
    QImage image(360, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(0, 0, 120, 120), 18, 18);
    painter.setBrush(QColor(0xe8, 0x8d, 0x2a));
    painter.drawEllipse(QRectF(30, 30, 60, 60));
    painter.setPen(QColor(0x1f, 0x3a, 0x5f));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(44);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(136, 0, 224, 120), Qt::AlignVCenter | Qt::AlignLeft,
                     QStringLiteral("NORD"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

DealDocument baseDocument(DealDocumentKind kind)
{
    DealDocument document;
    document.kind = kind;
    document.dealershipName = QStringLiteral("Autohaus Nordlicht GmbH");
    document.dealershipAddress = QStringLiteral("Hafenstraße 12\n20457 Hamburg");
    document.dealershipPhone = QStringLiteral("+49 40 1234560");
    document.logo = logoPng();
    document.currency = QStringLiteral("EUR");
    document.issuedOn = QDate(2025, 3, 14);
    document.validUntil = QDate(2025, 3, 28);
    document.dealId = 123;
    document.consultantName = QStringLiteral("Anna Schulz");
    document.customerName = QStringLiteral("Lena Vogel");
    document.customerAddress = QStringLiteral("Birkenweg 7\n22085 Hamburg");
    document.customerPhone = QStringLiteral("+49 151 23456789");
    document.customerEmail = QStringLiteral("lena.vogel@example.org");
    document.vehicleLabel = QStringLiteral("VW ID.4 Pro, Moonstone Grey");
    document.vin = QStringLiteral("WVGZZZE2ZPP012345");
    document.modelYear = 2024;
    document.condition = QStringLiteral("new");
    document.listPriceCents = kList;
    document.discountCents = kDiscount;
    document.accessories = {{QStringLiteral("Winter wheels 19\""), kWheels},
                            {QStringLiteral("Rubber floor mats"), kMats}};
    document.tradeIn.make = QStringLiteral("Opel");
    document.tradeIn.model = QStringLiteral("Astra");
    document.tradeIn.year = 2016;
    document.tradeIn.mileageKm = 98000;
    document.tradeIn.valueCents = kTradeIn;
    document.payment = PaymentMethod::Credit;
    document.depositCents = kDeposit;
    return document;
}

DealDocument companyFactoryOrder()
{
    DealDocument document = baseDocument(DealDocumentKind::Contract);
    document.buyer = BuyerKind::Company;
    document.companyName = QStringLiteral("Elbe Kurierdienst GmbH");
    document.customerName = QStringLiteral("Jonas Fischer");
    document.vin.clear();
    document.factoryOrder = true;
    document.promisedDelivery = QDate(2025, 6, 20);
    document.modelYear = 2025;
    document.tradeIn = {};
    document.payment = PaymentMethod::Lease;
    return document;
}

DealDocument handover()
{
    DealDocument document = baseDocument(DealDocumentKind::Handover);
    const auto item = [](const char* title, bool done, const char* by, QDateTime at) {
        ChecklistItem entry;
        entry.kind = ChecklistKind::Handover;
        entry.title = QString::fromUtf8(title);
        entry.status = done ? ChecklistItemStatus::Done : ChecklistItemStatus::Open;
        entry.doneByName = QString::fromUtf8(by);
        entry.doneAt = at;
        return entry;
    };
    const QDateTime morning(QDate(2025, 3, 14), QTime(9, 30));
    document.handoverItems = {
        item("Vehicle cleaned and fuelled/charged", true, "Tim Berg", morning),
        item("Registration papers and number plates handed over", true, "Anna Schulz",
             morning.addSecs(3600)),
        item("Two keys handed over", true, "Anna Schulz", morning.addSecs(3700)),
        item("Infotainment and driver assistance explained", false, "", {}),
        item("Charging cable and adapter demonstrated", false, "", {})};
    return document;
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Ligatures ("ﬀ" in "Offer") and no-break spaces as plain letters and spaces.
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return text;
}

// Whitespace collapsed, so that words split by the layout's column spacing still match.
QString flat(const QString& text)
{
    return text.simplified();
}

QString euros(qint64 cents)
{
    return kLocale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString writeAndRead(const DealDocument& document, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const auto written = DealPrinter(document, kLocale).writePdf(path);
    REQUIRE(written.has_value());
    REQUIRE(QFileInfo(path).size() > 1000);
    return pdfText(path);
}

QString shotsDir()
{
    for (const char* variable : {"SHOWROOM_SHOTS_DIR", "SHOWROOM_SCREENSHOTS"})
        if (const QString folder = qEnvironmentVariable(variable); !folder.isEmpty())
            return folder;
    return QStringLiteral("/tmp");
}

} // namespace

TEST_CASE("An offer prints the dealership, customer, vehicle and the computed total", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DealDocument document = baseDocument(DealDocumentKind::Offer);
    const QString text = flat(writeAndRead(document, dir, QStringLiteral("offer.pdf")));

    const qint64 total = kList - kDiscount + kWheels + kMats - kTradeIn;
    const qint64 balance = total - kDeposit;
    CHECK(text.contains(QStringLiteral("Offer no. 123")));
    CHECK(text.contains(QStringLiteral("Autohaus Nordlicht GmbH")));
    CHECK(text.contains(QStringLiteral("Lena Vogel")));
    CHECK(text.contains(QStringLiteral("lena.vogel@example.org")));
    CHECK(text.contains(QStringLiteral("WVGZZZE2ZPP012345")));
    CHECK(text.contains(document.tradeIn.description()));
    CHECK(text.contains(QStringLiteral("Winter wheels 19\"")));
    CHECK(text.contains(euros(kWheels)));
    CHECK(text.contains(euros(kList - kDiscount)));
    CHECK(text.contains(euros(total)));
    CHECK(text.contains(euros(balance)));
    CHECK(text.contains(QStringLiteral("Financed by a loan")));
    CHECK(text.contains(kLocale.toString(QDate(2025, 3, 28), QLocale::ShortFormat)));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 / ")));
}

TEST_CASE("A contract summary for a company shows the factory order and signature lines", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DealDocument document = companyFactoryOrder();
    const QString text = flat(writeAndRead(document, dir, QStringLiteral("contract.pdf")));

    CHECK(text.contains(QStringLiteral("Contract summary")));
    CHECK(text.contains(QStringLiteral("Elbe Kurierdienst GmbH")));
    CHECK(text.contains(QStringLiteral("Jonas Fischer")));
    CHECK(text.contains(QStringLiteral("Factory order, delivery promised for %1")
                            .arg(kLocale.toString(QDate(2025, 6, 20), QLocale::ShortFormat))));
    CHECK_FALSE(text.contains(QStringLiteral("VIN")));
    CHECK_FALSE(text.contains(QStringLiteral("Trade-in")));
    CHECK(text.contains(euros(kList - kDiscount + kWheels + kMats)));
    CHECK(text.contains(QStringLiteral("Lease")));
    CHECK(text.contains(QStringLiteral("For the dealership")));
    CHECK(text.contains(QStringLiteral("Customer")));
}

TEST_CASE("A handover protocol lists the steps as a checklist", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DealDocument document = handover();
    const QString text = flat(writeAndRead(document, dir, QStringLiteral("handover.pdf")));

    CHECK(text.contains(QStringLiteral("Handover protocol")));
    CHECK(text.contains(QStringLiteral("Lena Vogel")));
    CHECK(text.contains(QStringLiteral("WVGZZZE2ZPP012345")));
    for (const ChecklistItem& item : document.handoverItems)
        CHECK(text.contains(item.title));
    CHECK(text.contains(QStringLiteral("Tim Berg")));
    CHECK(text.contains(QStringLiteral("Sales consultant")));
    CHECK(text.contains(QStringLiteral("Remarks"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(euros(kList)));
}

TEST_CASE("A long offer runs over pages with page numbers", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DealDocument document = baseDocument(DealDocumentKind::Offer);
    qint64 accessories = 0;
    for (int i = 1; i <= 40; ++i) {
        document.accessories.push_back({QStringLiteral("Accessory item %1").arg(i), 1000 * i});
        accessories += 1000 * i;
    }
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(DealPrinter(document, kLocale).writePdf(path).has_value());
    const QString text = flat(pdfText(path));

    CHECK(text.contains(QStringLiteral("Page 1 / 2")));
    CHECK(text.contains(QStringLiteral("Page 2 / 2")));
    CHECK(text.contains(QStringLiteral("Accessory item 40")));
    CHECK(text.contains(euros(kList - kDiscount + kWheels + kMats + accessories - kTradeIn)));

    QPdfWriter writer(dir.filePath(QStringLiteral("count.pdf")));
    writer.setPageLayout(DealPrinter::pageLayout());
    writer.setResolution(300);
    CHECK(DealPrinter(document, kLocale).pageCount(writer) == 2);
}

TEST_CASE("A document without a logo and with an unreadable logo still prints", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    DealDocument document = baseDocument(DealDocumentKind::Offer);
    document.logo = QByteArray("not an image");
    CHECK(flat(writeAndRead(document, dir, QStringLiteral("a.pdf")))
              .contains(QStringLiteral("Autohaus Nordlicht GmbH")));
    document.logo.clear();
    CHECK(flat(writeAndRead(document, dir, QStringLiteral("b.pdf")))
              .contains(QStringLiteral("Autohaus Nordlicht GmbH")));
}

TEST_CASE("Writing a PDF to an unwritable path fails and creates nothing", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/offer.pdf");
    const auto written = DealPrinter(baseDocument(DealDocumentKind::Offer), kLocale).writePdf(path);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(folder));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scope(boxes);
    CHECK_FALSE(saveDealPdfTo(nullptr, baseDocument(DealDocumentKind::Offer), path));
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QDir::toNativeSeparators(path)));
}

TEST_CASE("Saving a deal PDF suggests a file name and writes the file", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DealDocument offer = baseDocument(DealDocumentKind::Offer);
    CHECK(DealPrinter(offer, kLocale).suggestedFileName() == QStringLiteral("Offer-123-Vogel.pdf"));
    CHECK(DealPrinter(companyFactoryOrder(), kLocale).suggestedFileName() ==
          QStringLiteral("Contract-123-Elbe_Kurierdienst_GmbH.pdf"));
    CHECK(DealPrinter(handover(), kLocale).title() == QStringLiteral("Handover protocol"));

    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scope(boxes);
    const QString path = dir.filePath(QStringLiteral("saved.pdf"));
    CHECK(saveDealPdfTo(nullptr, offer, path));
    CHECK(boxes.errors.isEmpty());
    CHECK(flat(pdfText(path)).contains(QStringLiteral("Lena Vogel")));
}

TEST_CASE("Deal documents rendered to PNG", "[.shots]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::pair<QString, DealDocument> documents[] = {
        {QStringLiteral("offer"), baseDocument(DealDocumentKind::Offer)},
        {QStringLiteral("contract"), companyFactoryOrder()},
        {QStringLiteral("handover"), handover()}};
    const QString resolution = qEnvironmentVariable("SHOWROOM_SHOTS_DPI", QStringLiteral("60"));
    for (const auto& [name, document] : documents) {
        const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
        REQUIRE(DealPrinter(document, kLocale).writePdf(pdf).has_value());
        const QString prefix = dir.filePath(name + QStringLiteral("-page"));
        QProcess process;
        process.start(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), resolution,
                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                       QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
        REQUIRE(process.waitForFinished(30000));
        REQUIRE(process.exitCode() == 0);
        const QDir shots(shotsDir());
        const QString target = shots.filePath(name + QStringLiteral("-page.png"));
        QFile::remove(target);
        CHECK(QFile::copy(prefix + QStringLiteral(".png"), target));
        QFile::remove(shots.filePath(name + QStringLiteral(".pdf")));
        CHECK(QFile::copy(pdf, shots.filePath(name + QStringLiteral(".pdf"))));
    }
}
