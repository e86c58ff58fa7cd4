#include "CardDelegate.h"

#include "board/BoardModel.h"
#include "board/BoardText.h"
#include "common/Labels.h"
#include "customers/CardText.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace showroom {

namespace {
constexpr int kMargin = 4;  // around the card
constexpr int kPadding = 8; // inside the card
constexpr int kAccent = 4;  // tier stripe on the left
constexpr int kSpacing = 2; // between lines

QColor tierColor(Tier tier)
{
    switch (tier) {
    case Tier::High:
        return QColor(0x2c, 0x6a, 0xa8);
    case Tier::Value:
        return QColor(0x2e, 0x9d, 0x8f);
    case Tier::General:
        break;
    }
    return QColor(0x9a, 0xa1, 0xa9);
}

// A glyph per source channel, drawn in a small circle: no image per source needed.
QString sourceGlyph(const QString& key)
{
    if (key == QLatin1String("walk_in"))
        return QStringLiteral("W");
    if (key == QLatin1String("phone"))
        return QStringLiteral("T");
    if (key == QLatin1String("web_form") || key == QLatin1String("portal"))
        return QStringLiteral("@");
    if (key == QLatin1String("repurchase"))
        return QStringLiteral("R");
    return key.left(1).toUpper();
}

struct Badge {
    QString text;
    QColor color;
};

Badge responseBadge(const BoardModel& model, const BoardCard& card)
{
    if (!card.closedAt.isNull())
        return {};
    const ResponseStatus status = responseStatus(card.responseDueAt, card.firstResponseAt,
                                                 model.now(), model.settings().response);
    switch (status.state) {
    case ResponseState::Answered:
        return {};
    case ResponseState::Running:
        return {BoardText::responseBadge(status, model.now()), QColor(0x2e, 0x7d, 0x32)};
    case ResponseState::Overdue:
        return {BoardText::responseBadge(status, model.now()), QColor(0xd9, 0x7a, 0x00)};
    case ResponseState::Escalated:
        return {BoardText::responseBadge(status, model.now()), QColor(0xc6, 0x28, 0x28)};
    }
    return {};
}

bool shows(const BoardModel& model, const char* field)
{
    return model.settings().cardFields.contains(QLatin1String(field));
}
} // namespace

CardDelegate::CardDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

int CardDelegate::lineCount(const BoardModel& model, const BoardCard& card) const
{
    int lines = 1; // customer
    if (shows(model, "vehicle"))
        ++lines;
    if (shows(model, "consultant") || shows(model, "source"))
        ++lines;
    if (shows(model, "tier") || shows(model, "age") || shows(model, "follow_up") ||
        shows(model, "value"))
        ++lines;
    if (card.lostStatus == LostStatus::Pending || card.lostStatus == LostStatus::Rejected ||
        card.lostStatus == LostStatus::Approved)
        ++lines;
    return lines;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const BoardModel*>(index.model());
    const BoardCard* card = model ? model->card(index) : nullptr;
    if (!card)
        return QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    const int lines = lineCount(*model, *card);
    return {200, 2 * kMargin + 2 * kPadding + lines * line + (lines - 1) * kSpacing};
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const auto* model = qobject_cast<const BoardModel*>(index.model());
    const BoardCard* card = model ? model->card(index) : nullptr;
    if (!card)
        return QStyledItemDelegate::paint(painter, option, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const QRectF frame = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    painter->fillPath(path,
                      selected ? palette.highlight().color().lighter(185) : palette.base().color());
    painter->setPen(
        QPen(selected ? palette.highlight().color() : palette.mid().color(), selected ? 1.5 : 1.0));
    painter->drawPath(path);
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(frame.left(), frame.top(), kAccent + 4, frame.height()), 6, 6);
    painter->save();
    painter->setClipRect(QRectF(frame.left(), frame.top(), kAccent, frame.height()));
    painter->fillPath(stripe, tierColor(card->tier));
    painter->restore();

    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    QRect text = frame.toRect().adjusted(kPadding + kAccent, kPadding, -kPadding, -kPadding);
    int y = text.top();
    const QColor muted = palette.color(QPalette::PlaceholderText);

    // Customer, with the response badge on the right.
    const Badge badge = shows(*model, "response") ? responseBadge(*model, *card) : Badge{};
    int badgeWidth = 0;
    if (!badge.text.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        small.setBold(true);
        const QFontMetrics sm(small);
        badgeWidth = sm.horizontalAdvance(badge.text) + 10;
        const QRectF pill(text.right() - badgeWidth + 1, y + 1, badgeWidth, line - 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, (line - 2) / 2.0, (line - 2) / 2.0);
        painter->fillPath(pillPath, badge.color);
        painter->setFont(small);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, badge.text);
    }
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.text().color());
    const int nameWidth = text.width() - (badgeWidth ? badgeWidth + 6 : 0);
    painter->drawText(QRect(text.left(), y, nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(card->customerName, Qt::ElideRight, nameWidth));
    y += line + kSpacing;
    painter->setFont(option.font);

    const auto drawLine = [&](const QString& value, const QColor& color) {
        painter->setPen(color);
        painter->drawText(QRect(text.left(), y, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(value, Qt::ElideRight, text.width()));
        y += line + kSpacing;
    };
    if (shows(*model, "vehicle"))
        drawLine(card->vehicleInterest.isEmpty() ? tr("no car chosen yet") : card->vehicleInterest,
                 palette.text().color());

    if (shows(*model, "consultant") || shows(*model, "source")) {
        int x = text.left();
        if (shows(*model, "source")) {
            const QRectF circle(x, y + 1, line - 2, line - 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.alternateBase());
            painter->drawEllipse(circle);
            QFont glyph = option.font;
            glyph.setPointSizeF(option.font.pointSizeF() * 0.75);
            glyph.setBold(true);
            painter->setFont(glyph);
            painter->setPen(muted);
            painter->drawText(circle, Qt::AlignCenter, sourceGlyph(card->sourceKey));
            painter->setFont(option.font);
            x += line + 2;
        }
        QStringList parts;
        if (shows(*model, "consultant"))
            parts << (card->consultantName.isEmpty() ? tr("unassigned") : card->consultantName);
        if (shows(*model, "source"))
            parts << CardText::source(card->sourceKey, card->sourceName);
        painter->setPen(muted);
        const int width = text.right() - x;
        painter->drawText(QRect(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, width));
        y += line + kSpacing;
    }

    QStringList facts;
    if (shows(*model, "tier"))
        facts << tr("%1 tier").arg(CardText::tier(card->tier));
    if (shows(*model, "age"))
        facts << tr("%1 in stage").arg(BoardText::age(card->stageEnteredAt.secsTo(model->now())));
    if (shows(*model, "value") && card->estimatedValueCents)
        facts << BoardText::money(*card->estimatedValueCents, model->settings().currency);
    const bool followUpLate = card->nextFollowUpAt.isValid() && card->nextFollowUpAt < model->now();
    if (shows(*model, "follow_up") && card->nextFollowUpAt.isValid())
        facts << tr("next %1").arg(BoardText::followUp(card->nextFollowUpAt, model->now()));
    if (!facts.isEmpty())
        drawLine(facts.join(QStringLiteral(" · ")),
                 followUpLate && shows(*model, "follow_up") ? QColor(0xc6, 0x28, 0x28) : muted);

    if (card->lostStatus == LostStatus::Pending)
        drawLine(tr("Lost? waiting for approval: %1")
                     .arg(Labels::lostReason(card->lostReasonKey, card->lostReason)),
                 QColor(0xb2, 0x6a, 0x00));
    else if (card->lostStatus == LostStatus::Rejected)
        drawLine(tr("Not lost: %1").arg(card->lostReturnNote), QColor(0x2c, 0x6a, 0xa8));
    else if (card->lostStatus == LostStatus::Approved)
        drawLine(tr("Lost: %1").arg(Labels::lostReason(card->lostReasonKey, card->lostReason)),
                 muted);
    painter->restore();
}

} // namespace showroom
