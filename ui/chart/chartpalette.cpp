// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartpalette.h"

#include "app/domain/vocabulary.h"

#include <array>

namespace ChartPalette {
namespace {
// Okabe & Ito (2008), "Color Universal Design", without black (it vanishes on a dark window).
constexpr std::array<QRgb, 8> okabeIto{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                       0x0072B2, 0xD55E00, 0xCC79A7, 0x999999};

// The place of a key among the colours: fields by the vocabulary's order, modes apart so that
// in person, online and hybrid are blue, orange and green in any chart.
int slotOf(const QString &key)
{
    const QStringList modes = Vocabulary::modeKeys();
    if (modes.contains(key)) {
        static constexpr std::array<int, 3> modeSlots{4, 0, 2};
        return modeSlots[modes.indexOf(key)];
    }
    const int field = Vocabulary::fieldKeys().indexOf(key);
    return field < 0 ? 7 : field;
}
} // namespace

QColor categoryColor(const QString &key)
{
    return QColor(okabeIto[slotOf(key) % okabeIto.size()]);
}

QBrush categoryBrush(const QString &key)
{
    // The second round of colours is drawn as the colour's diagonal lines.
    return QBrush(categoryColor(key),
                  slotOf(key) < int(okabeIto.size()) ? Qt::SolidPattern : Qt::BDiagPattern);
}

QColor pairingsColor(bool dark)
{
    return dark ? QColor(0xF0F0F0) : QColor(0x202020);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace ChartPalette
