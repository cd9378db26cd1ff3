// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

// Says, after a commit, which records it changed, whoever made the change (an edit, its undo,
// an import, a refresh that found another copy's changes). Views refresh from it rather than
// from the code that wrote, so every way of changing the data reaches them alike.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    enum Entity { Pairings, Places, Exchanges, Institutions, Sources, OfficialCounts, Everything };
    Q_ENUM(Entity)

    using QObject::QObject;

    void announce(Entity entity, const QList<qint64> &ids = {}) { emit changed(entity, ids); }

signals:
    // ids: the records changed; empty when any may have (Everything, a refresh).
    void changed(ChangeNotifier::Entity entity, const QList<qint64> &ids);
};
