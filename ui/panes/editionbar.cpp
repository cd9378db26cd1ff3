// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/editionbar.h"

#include "app/commands/commands.h"
#include "ui/dialogs/editionreviewdialog.h"
#include "ui/settings.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

EditionBar::EditionBar(Commands &commands, QString database, QWidget *parent)
    : QFrame(parent), m_commands(commands), m_database(std::move(database)),
      m_text(new QLabel(this)), m_review(new QPushButton(tr("&Review…"), this))
{
    setObjectName(QStringLiteral("editionBar"));
    setAccessibleName(tr("Newer data"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(QStringLiteral("editionText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_review->setObjectName(QStringLiteral("reviewEditionButton"));
    auto *later = new QPushButton(tr("&Not Now"), this);
    later->setObjectName(QStringLiteral("notNowButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    layout->addWidget(later);
    connect(m_review, &QPushButton::clicked, this, &EditionBar::review);
    connect(later, &QPushButton::clicked, this, &EditionBar::notNow);
    m_again.setSingleShot(true);
    m_again.setInterval(300);
    connect(&m_again, &QTimer::timeout, this, &EditionBar::look);
    hide();
}

void EditionBar::look()
{
    const quint64 asked = ++m_looks; // an answer to an earlier look is no longer wanted
    const QString putOff = Settings().editionNotNow(m_database);
    // Read on a thread of its own (comparing takes seconds on a large database), the window
    // meanwhile as it is.
    auto *watcher = new QFutureWatcher<Commands::EditionGlance>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, asked, putOff] {
        watcher->deleteLater();
        if (asked == m_looks)
            say(watcher->result(), putOff);
    });
    watcher->setFuture(m_commands.glanceAtEdition(putOff));
}

void EditionBar::say(const Commands::EditionGlance &glance, const QString &putOff)
{
    const QString &edition = glance.edition;
    if (edition.isEmpty() || edition == putOff || !glance.error.isEmpty() || !glance.needed) {
        hide();
        return;
    }
    m_edition = edition;
    const EditionUpdate::Counts &counts = glance.counts;
    const int conflicts = counts.conflicts;
    QString text = tr("<b>Bridges' data edition %1 is here:</b> %2.")
                       .arg(edition, EditionUpdate::changesList(counts).toHtmlEscaped());
    if (m_commands.isReadOnly()) {
        text += QLatin1Char(' ') + tr("An editor of this database can take it; your role may "
                                      "only read.");
    } else if (conflicts == 1) {
        text += QLatin1Char(' ') + tr("One value you changed differs from it: yours is kept "
                                      "unless you choose otherwise.");
    } else if (conflicts > 1) {
        text += QLatin1Char(' ') + tr("%1 values you changed differ from it: yours are kept "
                                      "unless you choose otherwise.")
                                       .arg(conflicts);
    } else {
        text += QLatin1Char(' ') + tr("Nothing you changed, added or deleted is undone.");
    }
    m_text->setText(text);
    m_review->setToolTip(tr("See each change before anything is written"));
    show();
}

void EditionBar::review()
{
    EditionReviewDialog dialog(m_commands, window());
    if (dialog.exec() == QDialog::Accepted)
        emit taken(dialog.takenSummary());
    look();
}

void EditionBar::notNow()
{
    Settings().setEditionNotNow(m_database, m_edition);
    hide();
}
