// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/editionupdatecommand.h"

#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "app/storage/dataeditionstore.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EditionUpdateCommand", text);
}
} // namespace

EditionUpdateCommand::EditionUpdateCommand(const Database &database, ChangeNotifier &notifier,
                                           EditionUpdate::Choices choices, QString stamp)
    : DatabaseCommand(database, notifier), m_choices(std::move(choices)), m_stamp(std::move(stamp))
{
    setName([] { return tr("Take the data edition"); });
}

void EditionUpdateCommand::forward()
{
    if (m_done) {
        m_added.restore(m_database);
        m_filled.putBack(m_database);
        DataEditionStore(m_database).set(m_update.to());
        return;
    }
    if (!m_stamp.isEmpty() && m_stamp != m_database.changeStamp()) {
        throw StorageError(tr("The database has changed since the edition was reviewed (here or "
                              "elsewhere). Nothing was written: review it again."));
    }
    try {
        m_update = EditionUpdate::plan(m_database, m_choices);
    } catch (const DataError &e) {
        throw StorageError(e.message());
    }
    if (!m_update.isNeeded()) {
        throw StorageError(tr("The database holds data edition %1 already (someone may have "
                              "taken it meanwhile). Nothing was written.")
                               .arg(m_update.from()));
    }
    const AddedRows::Marks marks = AddedRows::mark(m_database);
    m_filled = m_update.write(m_database);
    m_added = AddedRows::capture(m_database, marks);
    m_done = true;
    setName([this] { return tr("Take data edition %1").arg(m_update.to()); });
}

void EditionUpdateCommand::backward()
{
    // The values filled in go first: they may name places and sources the step added.
    m_filled.takeBack(m_database);
    m_added.remove(m_database);
    DataEditionStore(m_database).set(m_update.from());
}
