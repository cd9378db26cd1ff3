// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/pairingdetailpane.h"

#include "app/domain/vocabulary.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/roles.h"
#include "ui/panes/chosenrow.h"
#include "ui/panes/detailscrollarea.h"
#include "ui/panes/pairingfacts.h"
#include "ui/panes/placetext.h"
#include "ui/panes/sourcetext.h"
#include "ui_pairingdetailpane.h"

#include <QAction>
#include <QHeaderView>
#include <QUrl>

#include <algorithm>

PairingDetailPane::PairingDetailPane(PairingDetailModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_ui(std::make_unique<Ui::PairingDetailPane>())
{
    auto *contents = new QWidget;
    m_ui->setupUi(contents);
    DetailScrollArea::fill(this, contents, QStringLiteral("pairingDetailScroll"))
        ->setAccessibleName(tr("Pairing detail"));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    for (QLabel *caption : {m_ui->exchangesCaption, m_ui->sourcesCaption}) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    QTableView *exchanges = m_ui->pairingExchangesView;
    exchanges->setModel(model->exchanges());
    exchanges->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_showInList = new QAction(tr("&Show in Exchanges Tab"), this);
    m_showInList->setObjectName(QStringLiteral("showInExchangesTabAction"));
    connect(m_showInList, &QAction::triggered, this,
            [this] { emit showInExchangesTab(currentExchange()); });
    // An exchange edited here stays chosen once the table is read again.
    ChosenRow::keepThroughResets(exchanges);
    connect(exchanges, &QTableView::activated, this, &PairingDetailPane::exchangeActivated);
    connect(exchanges->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PairingDetailPane::currentExchangeChanged);
    // A new pairing's exchanges: none of them is chosen.
    connect(model->exchanges(), &QAbstractItemModel::modelReset, this,
            &PairingDetailPane::currentExchangeChanged);
    connect(this, &PairingDetailPane::currentExchangeChanged, this,
            [this] { m_showInList->setEnabled(currentExchange() != 0); });
    m_ui->pairingExchangesView->verticalHeader()->setDefaultSectionSize(
        fontMetrics().lineSpacing() + 8);
    QHeaderView *header = m_ui->pairingExchangesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PairingExchangesModel::Title, QHeaderView::Stretch);
    // Opened here, so that a link no browser takes is said in the window.
    m_ui->sourcesLabel->setOpenExternalLinks(false);
    connect(m_ui->sourcesLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { SourceText::open(QUrl(link), this); });
    connect(model, &PairingDetailModel::changed, this, &PairingDetailPane::showDetail);
    showDetail();
}

PairingDetailPane::~PairingDetailPane() = default;

QByteArray PairingDetailPane::saveState() const
{
    return m_ui->pairingExchangesView->horizontalHeader()->saveState();
}

void PairingDetailPane::restoreState(const QByteArray &state)
{
    m_ui->pairingExchangesView->horizontalHeader()->restoreState(state);
}

qint64 PairingDetailPane::currentExchange() const
{
    return m_ui->pairingExchangesView->currentIndex().data(Roles::RecordIdRole).toLongLong();
}

QString PairingDetailPane::currentExchangeTitle() const
{
    return m_ui->pairingExchangesView->currentIndex()
        .siblingAtColumn(PairingExchangesModel::Title)
        .data()
        .toString();
}

void PairingDetailPane::addExchangeActions(const QList<QAction *> &actions)
{
    QTableView *exchanges = m_ui->pairingExchangesView;
    exchanges->addActions(actions);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    exchanges->addActions({separator, m_showInList});
}

void PairingDetailPane::fitExchangesToRows()
{
    // As tall as its rows, up to a limit past which it scrolls; the sources follow right after.
    QTableView *view = m_ui->pairingExchangesView;
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->verticalHeader()->sectionSize(row);
    const int limit = 12 * view->verticalHeader()->defaultSectionSize();
    view->setFixedHeight(std::min(height, limit));
}

void PairingDetailPane::showDetail()
{
    // Not a QStackedWidget: it would not pass on the height that wrapped labels need.
    m_ui->emptyLabel->setVisible(!m_model->hasPairing());
    m_ui->detailPage->setVisible(m_model->hasPairing());
    if (!m_model->hasPairing())
        return;
    const PairingDetail &detail = m_model->detail();
    const Pairing &pairing = detail.pairing;
    m_ui->titleLabel->setText(tr("%1 – %2").arg(detail.chinesePlace.nameEn, detail.usPlace.nameEn));
    m_ui->chinesePlaceLabel->setText(
        PlaceText::describe(detail.chinesePlace, detail.chineseRegion));
    m_ui->usPlaceLabel->setText(PlaceText::describe(detail.usPlace, detail.usRegion));
    m_ui->relationLabel->setText(Vocabulary::displayNameOfRelationKey(pairing.relation));
    m_ui->levelLabel->setText(Vocabulary::displayNameOfLevelKey(pairing.level));
    m_ui->establishedLabel->setText(PairingFacts::established(pairing));
    m_ui->statusLabel->setText(PairingFacts::status(pairing));
    m_ui->notesLabel->setText(PairingFacts::notes(pairing));
    m_ui->exchangesCaption->setText(tr("Exchanges (%n)", nullptr, int(detail.exchanges.size())));
    m_ui->pairingExchangesView->setVisible(!detail.exchanges.isEmpty());
    fitExchangesToRows();
    m_ui->sourcesCaption->setText(tr("Sources (%n)", nullptr, int(detail.sources.size())));
    m_ui->sourcesLabel->setText(detail.sources.isEmpty() ? tr("No source is recorded.")
                                                         : SourceText::links(detail.sources));
}
