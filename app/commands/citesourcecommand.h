// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/source.h"

// Cites a source for a pairing or an exchange. A web address already in the database is the
// same source, cited once more; otherwise the source is added. Undone, the citation goes, and
// the source with it if this step added it and nothing else cites it.
class CiteSourceCommand : public DatabaseCommand
{
public:
    enum Owner { Pairing, Exchange };

    CiteSourceCommand(const Database &database, ChangeNotifier &notifier, Owner owner,
                      qint64 ownerId, const Source &source, const QString &ownerName);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_ownerId}; }
    ChangeNotifier::Entity entity() const override;

private:
    Owner m_owner;
    qint64 m_ownerId;
    Source m_source;
    bool m_added = false;
};
