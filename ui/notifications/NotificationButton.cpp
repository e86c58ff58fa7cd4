#include "NotificationButton.h"

#include "notifications/NotificationCenter.h"
#include "notifications/NotificationPanel.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>

namespace showroom {

NotificationButton::NotificationButton(const Session& session, NotificationCenter& center,
                                       QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("notificationButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    m_panel = new NotificationPanel(session, center, this);
    m_panel->setWindowFlags(Qt::Popup);
    m_panel->setFrameShape(QFrame::StyledPanel);
    // A click on this button while the popup is open only closes it (no reopening).
    m_panel->setAttribute(Qt::WA_NoMouseReplay);
    connect(this, &QToolButton::clicked, this, &NotificationButton::togglePanel);
    connect(m_panel, &NotificationPanel::openLeadRequested, this, [this](qint64 leadId) {
        m_panel->hide();
        Q_EMIT openLeadRequested(leadId);
    });
    connect(&center, &NotificationCenter::unreadCountChanged, this, &NotificationButton::showCount);
    showCount(center.unreadCount());
}

void NotificationButton::togglePanel()
{
    if (m_panel->isVisible())
        m_panel->hide();
    else
        showPanel();
}

void NotificationButton::showPanel()
{
    m_panel->reload();
    QPoint at = mapToGlobal(QPoint(width() - m_panel->width(), height()));
    if (const QScreen* screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), area.right() - m_panel->width()));
        at.setY(std::min(at.y(), area.bottom() - m_panel->height()));
    }
    m_panel->move(at);
    m_panel->show();
}

void NotificationButton::showCount(int unread)
{
    setIcon(bellIcon(unread, palette().color(QPalette::ButtonText)));
    setText(unread > 0 ? QString::number(unread) : QString());
    setToolTip(unread > 0 ? tr("%n unread notification(s)", nullptr, unread)
                          : tr("Notifications: nothing unread"));
    setAccessibleName(toolTip());
}

QIcon NotificationButton::bellIcon(int unread, const QColor& colour, int size)
{
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    // The bell: dome, flared rim and clapper, drawn on a 24×24 grid.
    QPainterPath bell;
    bell.moveTo(12, 3);
    bell.cubicTo(8, 3, 6, 6, 6, 10);
    bell.lineTo(6, 15);
    bell.lineTo(4, 18);
    bell.lineTo(20, 18);
    bell.lineTo(18, 15);
    bell.lineTo(18, 10);
    bell.cubicTo(18, 6, 16, 3, 12, 3);
    bell.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(bell);
    p.drawEllipse(QRectF(10, 18.5, 4, 3.5));
    if (unread > 0) {
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawEllipse(QRectF(13, 0, 11, 11));
    }
    p.end();
    return QIcon(pixmap);
}

} // namespace showroom
