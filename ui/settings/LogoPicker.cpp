#include "LogoPicker.h"

#include "common/MessageBoxes.h"
#include "services/SettingsService.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace showroom {

namespace {
constexpr qint64 kMaxReadBytes = 16 * 1024 * 1024; // far above what checkLogo accepts
const QSize kPreviewSize(160, 80);
} // namespace

LogoPicker::LogoPicker(bool editable, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logoPicker"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setFixedSize(kPreviewSize + QSize(8, 8));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setForegroundRole(QPalette::PlaceholderText);

    m_choose = new QPushButton(tr("C&hoose logo…"), this);
    m_choose->setObjectName(QStringLiteral("chooseLogo"));
    m_choose->setToolTip(tr("A PNG or JPEG image of at most 512 KB, printed at the top of offers, "
                            "contracts and handover protocols"));
    m_remove = new QPushButton(tr("Re&move logo"), this);
    m_remove->setObjectName(QStringLiteral("removeLogo"));
    m_choose->setVisible(editable);
    m_remove->setVisible(editable);

    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &LogoPicker::choose);
    connect(m_remove, &QPushButton::clicked, this, [this] { setLogo(QString()); });
    showLogo();
}

void LogoPicker::setLogo(const QString& base64)
{
    if (base64 == m_logo)
        return;
    m_logo = base64;
    showLogo();
    Q_EMIT logoChanged();
}

void LogoPicker::choose()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the dealership's logo"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty())
        chooseFile(path);
}

bool LogoPicker::chooseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    // The core's check, so that a wrong file is refused at once instead of at Save.
    const QByteArray bytes = file.read(kMaxReadBytes);
    if (auto checked = checkLogo(bytes); !checked) {
        refuse(checked.error().message);
        return false;
    }
    if (QImage::fromData(bytes).isNull()) {
        refuse(SettingsService::tr("The logo must be a PNG or JPEG image."));
        return false;
    }
    setLogo(QString::fromLatin1(bytes.toBase64()));
    return true;
}

void LogoPicker::refuse(const QString& message)
{
    MessageBoxes::current().error(this, tr("The logo was not changed"), message);
}

void LogoPicker::showLogo()
{
    const QImage image = QImage::fromData(QByteArray::fromBase64(m_logo.toLatin1()));
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_logo.isEmpty() ? tr("No logo") : tr("Unreadable image"));
    } else {
        m_preview->setText(QString());
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_remove->setEnabled(!m_logo.isEmpty());
}

} // namespace showroom
