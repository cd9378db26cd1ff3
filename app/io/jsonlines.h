// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

// Where things stand in a JSON text, which Qt's JSON classes do not say: so that a problem in
// a user's file is named by its line. Paths are the object keys leading to a value, joined by
// "/" ("tables/places/rows"); the root is "". Values inside arrays add "[]".
namespace JsonLines {

struct Lines
{
    QHash<QString, int> starts;              // the line on which the value at each path begins
    QHash<QString, QList<int>> elementLines; // for each array, the line of each element
    QHash<QString, QStringList> keys; // the keys of the objects at each path, in the order met
};

// Reads a JSON text (expected valid; for one that is not, what was read before the fault).
Lines of(const QByteArray &bytes);

// The JSON document of a user's file; throws DataError naming fileName and the line of the
// fault for text that is not JSON.
QJsonDocument document(const QByteArray &bytes, const QString &fileName);

} // namespace JsonLines
