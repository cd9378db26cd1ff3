// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/importdialog.h"

#include "app/commands/commands.h"
#include "app/io/columnmapping.h"
#include "app/io/dataerror.h"
#include "app/io/importformats.h"
#include "ui/dialogs/firstrows.h"
#include "ui/dialogs/importsummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Commands &commands, const QByteArray &bytes, const QString &fileName,
                           QWidget *parent)
    : QDialog(parent), m_commands(commands), m_bytes(bytes), m_fileName(fileName),
      m_kindBox(new QComboBox(this)), m_mapping(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_problems(new QTableWidget(this)),
      m_merge(new QCheckBox(tr("&Fill in what the database does not know from rows of records "
                               "it holds (merge)"),
                            this)),
      m_differencesLabel(new QLabel(tr("Where the file says otherwise than the database (the "
                                       "database's values are kept):"),
                                    this)),
      m_differences(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from %1").arg(fileName));
    resize(820, 680);
    QWidget *sample = nullptr;
    try {
        const std::unique_ptr<TextTable> file = ImportFormats::read(bytes, fileName);
        m_fileColumns = file->header();
        sample = FirstRows::table(*file, 20, this);
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

    m_merge->setObjectName(QStringLiteral("mergeBox"));
    m_merge->setToolTip(tr("Values the database knows are never replaced; the rows' sources are "
                           "cited too. Undo takes it all back."));
    connect(m_merge, &QCheckBox::toggled, this, &ImportDialog::refresh);
    m_differencesLabel->setWordWrap(true);
    m_differences->setObjectName(QStringLiteral("differencesTable"));
    m_differences->setAccessibleName(tr("Differences from the database"));
    m_differences->setColumnCount(4);
    m_differences->setHorizontalHeaderLabels(
        {tr("Line"), tr("Field"), tr("In the database"), tr("In the file")});
    m_differences->verticalHeader()->hide();
    m_differences->horizontalHeader()->setStretchLastSection(true);
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);

    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The columns to read, and beside them the first rows of the file as they are.
    auto *columnsPage = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(intro);
    columnsLayout->addWidget(m_mapping);
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("previewPages"));
    pages->addTab(columnsPage, tr("&Columns"));
    if (sample)
        pages->addTab(sample, tr("&First rows"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(pages, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_merge);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_differencesLabel);
    layout->addWidget(m_differences, 1);
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
        // In words; the name the shipped files give the column is in the tooltip, for
        // those who write files for Bridges.
        const QString shown = ImportFormats::fieldName(m_kind, field);
        auto *name = new QTableWidgetItem(shown);
        name->setToolTip(essential.contains(field)
                             ? tr("Needed: a row says nothing without it. Bridges' own files "
                                  "call this column “%1”.")
                                   .arg(field)
                             : tr("Bridges' own files call this column “%1”.").arg(field));
        m_mapping->setItem(row, 0, name);
        auto *column = new QComboBox(m_mapping);
        column->setObjectName(field);
        column->setAccessibleName(tr("Column for %1").arg(shown));
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

ImportRequest ImportDialog::request() const
{
    return {m_kind, m_bytes, m_fileName, mapping(),
            m_merge->isChecked() ? DatasetWriter::Duplicates::Merge
                                 : DatasetWriter::Duplicates::Skip};
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
    // A field no row can do without, with no column chosen: said in the mapper's words before
    // anything is read.
    const QHash<QString, QString> chosen = mapping();
    QStringList missing;
    for (const QString &field : ImportFormats::essential(m_kind)) {
        if (!chosen.contains(field))
            missing << tr("“%1”").arg(ImportFormats::fieldName(m_kind, field));
    }
    if (!missing.isEmpty()) {
        m_summary->setText(
            missing.size() == 1
                ? tr("Choose the column of your file that holds %1: no row says anything "
                     "without it.")
                      .arg(missing.first())
                : tr("Choose the columns of your file that hold %1: no row says anything "
                     "without them.")
                      .arg(QLocale().createSeparatedList(missing)));
        m_problems->hide();
        m_differencesLabel->hide();
        m_differences->hide();
        import->setEnabled(false);
        return;
    }
    QProgressDialog progress(tr("Reading the file…"), tr("Cancel"), 0, 0, this);
    const Commands::ImportPreview preview = m_commands.previewImport(request(), watch(progress));
    const QLocale locale;
    const QString text = ImportSummary::text(preview, m_kind, locale);
    m_summary->setText(text);
    m_problems->setRowCount(int(preview.problems.size()));
    for (int row = 0; row < preview.problems.size(); ++row) {
        const Commands::ImportProblem &problem = preview.problems.at(row);
        m_problems->setItem(row, 0, new QTableWidgetItem(locale.toString(problem.line)));
        m_problems->setItem(row, 1,
                            new QTableWidgetItem(ImportFormats::fieldName(m_kind, problem.field)));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(problem.message);
        m_problems->setItem(row, 2, reason);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setVisible(!preview.problems.isEmpty());
    m_differences->setRowCount(int(preview.differences.size()));
    for (int row = 0; row < preview.differences.size(); ++row) {
        const PairingRows::Difference &difference = preview.differences.at(row);
        m_differences->setItem(row, 0, new QTableWidgetItem(locale.toString(difference.line)));
        m_differences->setItem(
            row, 1, new QTableWidgetItem(ImportFormats::fieldName(m_kind, difference.field)));
        m_differences->setItem(row, 2, new QTableWidgetItem(difference.inDatabase));
        m_differences->setItem(row, 3, new QTableWidgetItem(difference.inFile));
    }
    for (int column = 0; column < 3; ++column)
        m_differences->resizeColumnToContents(column);
    m_differencesLabel->setVisible(!preview.differences.isEmpty());
    m_differences->setVisible(!preview.differences.isEmpty());
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

ImportDialog::~ImportDialog()
{
    m_commands.forgetPreview(); // a plan of a large file holds much memory
}

void ImportDialog::accept()
{
    QString error;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 0, this);
    if (!m_commands.importFile(request(), &error, watch(progress))) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}
