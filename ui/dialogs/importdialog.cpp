// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/importdialog.h"

#include "app/commands/commands.h"
#include "app/io/columnmapping.h"
#include "app/io/dataerror.h"
#include "app/io/importformats.h"
#include "app/io/linespans.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Commands &commands, const QByteArray &bytes, const QString &fileName,
                           QWidget *parent)
    : QDialog(parent), m_commands(commands), m_bytes(bytes), m_fileName(fileName),
      m_kindBox(new QComboBox(this)), m_mapping(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_problems(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from %1").arg(fileName));
    resize(820, 680);
    try {
        m_fileColumns = ImportFormats::read(bytes, fileName)->header();
    } catch (const DataError &e) {
        m_unreadable = e.message();
    }
    m_kind = ImportFormats::guess(m_fileColumns);

    auto *kindLabel = new QLabel(tr("The file &holds:"), this);
    kindLabel->setBuddy(m_kindBox);
    m_kindBox->setObjectName(QStringLiteral("kindBox"));
    m_kindBox->addItem(tr("Pairings"), int(ImportKind::Pairings));
    m_kindBox->addItem(tr("Exchanges"), int(ImportKind::Exchanges));
    m_kindBox->addItem(tr("Places"), int(ImportKind::Places));
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(m_kind)));
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        m_kind = ImportKind(m_kindBox->currentData().toInt());
        showFields();
        refresh();
    });
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kindBox);
    kindRow->addStretch();

    auto *intro = new QLabel(tr("Each field Bridges reads, and the column of your file it comes "
                                "from. Columns are matched by name; change any that is wrong. "
                                "A field with no column stays unknown."),
                             this);
    intro->setWordWrap(true);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setAccessibleName(tr("Columns of the file"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);

    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(intro);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    showFields();
    refresh();
}

void ImportDialog::showFields()
{
    m_fields = ImportFormats::fields(m_kind);
    const QHash<QString, QString> guessed = ColumnMapping::guess(m_fields, m_fileColumns);
    const QStringList essential = ImportFormats::essential(m_kind);
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &field = m_fields.at(row);
        auto *name = new QTableWidgetItem(field);
        if (essential.contains(field))
            name->setToolTip(tr("Needed: a row says nothing without it."));
        m_mapping->setItem(row, 0, name);
        auto *column = new QComboBox(m_mapping);
        column->setObjectName(field);
        column->setAccessibleName(tr("Column for %1").arg(field));
        column->addItem(tr("(none)"), QString());
        for (const QString &fileColumn : std::as_const(m_fileColumns))
            column->addItem(fileColumn, fileColumn);
        column->setCurrentIndex(std::max(0, column->findData(guessed.value(field))));
        connect(column, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        m_mapping->setCellWidget(row, 1, column);
    }
    m_mapping->resizeColumnToContents(0);
}

QHash<QString, QString> ImportDialog::mapping() const
{
    QHash<QString, QString> mapping;
    for (int row = 0; row < m_fields.size(); ++row) {
        const auto *column = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        const QString chosen = column->currentData().toString();
        if (!chosen.isEmpty())
            mapping.insert(m_fields.at(row), chosen);
    }
    return mapping;
}

void ImportDialog::refresh()
{
    QPushButton *import = m_buttons->findChild<QPushButton *>(QStringLiteral("importButton"));
    m_problems->setRowCount(0);
    if (!m_unreadable.isEmpty()) {
        m_summary->setText(m_unreadable);
        m_mapping->setEnabled(false);
        import->setEnabled(false);
        return;
    }
    QProgressDialog progress(tr("Reading the file…"), tr("Cancel"), 0, 0, this);
    const Commands::ImportPreview preview =
        m_commands.previewImport(m_kind, m_bytes, m_fileName, mapping(), watch(progress));
    const QLocale locale;
    QString text;
    if (!preview.error.isEmpty()) {
        text = preview.error;
    } else {
        const auto count = [&locale](int n, const QString &one, const QString &many) {
            return n == 1 ? one : many.arg(locale.toString(n));
        };
        const QString places = count(preview.places, tr("1 place"), tr("%1 places"));
        const QString sources = count(preview.sources, tr("1 source"), tr("%1 sources"));
        QString adds;
        if (m_kind == ImportKind::Pairings)
            adds = tr("%1, %2 and %3")
                       .arg(count(preview.records, tr("1 pairing"), tr("%1 pairings")), places,
                            sources);
        else if (m_kind == ImportKind::Exchanges)
            adds = tr("%1, %2 and %3")
                       .arg(count(preview.records, tr("1 exchange"), tr("%1 exchanges")), places,
                            sources);
        else
            adds = places;
        if (preview.problems.isEmpty()) {
            text = tr("Importing adds %1.").arg(adds);
        } else {
            text = tr("%1 have problems, listed below; nothing can be imported until they are put "
                      "right in the file. The other rows would add %2.")
                       .arg(count(int(preview.problems.size()), tr("1 row"), tr("%1 rows")), adds);
        }
        if (!preview.duplicateLines.isEmpty()) {
            // The first spans of lines, and how many more: a file imported twice names every
            // line.
            qsizetype more = 0;
            const QString lines = LineSpans::text(preview.duplicateLines, locale, 10, &more);
            text += QLatin1Char(' ') +
                    (more > 0
                         ? tr("Left out, as the database holds them already: lines %1 and "
                              "%2 more.")
                               .arg(lines, locale.toString(more))
                         : tr("Left out, as the database holds them already: line %1.").arg(lines));
        }
    }
    m_summary->setText(text);
    m_problems->setRowCount(int(preview.problems.size()));
    for (int row = 0; row < preview.problems.size(); ++row) {
        const Commands::ImportProblem &problem = preview.problems.at(row);
        m_problems->setItem(row, 0, new QTableWidgetItem(locale.toString(problem.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.field));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(problem.message);
        m_problems->setItem(row, 2, reason);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setVisible(!preview.problems.isEmpty());
    import->setEnabled(preview.canImport());
}

// A long file shows how far the reading has come, with Cancel; a short one shows nothing.
Commands::Progress ImportDialog::watch(QProgressDialog &progress)
{
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    return [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
}

void ImportDialog::accept()
{
    QString error;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 0, this);
    if (!m_commands.importFile(m_kind, m_bytes, m_fileName, &error, mapping(), watch(progress))) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}
