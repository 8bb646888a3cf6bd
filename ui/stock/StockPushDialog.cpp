#include "ui/stock/StockPushDialog.h"

#include "core/inventory/StockPushJob.h"
#include "ui/stock/StockChangesModel.h"
#include "ui/stock/StockModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {
QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

StockPushDialog::StockPushDialog(StockPushRunner &runner, const StoreConfig &store, int defaultLocationId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_store(store)
    , m_defaultLocationId(defaultLocationId)
{
    setObjectName(QStringLiteral("stockPushDialog"));
    setWindowTitle(tr("Push stock to BigCommerce: %1").arg(store.name));

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("stockPushHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("stockPushProgress"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("stockPushProgressLabel"));
    m_progressLabel->setWordWrap(true);

    m_changes = new StockChangesModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_changes);
    sorted->setSortRole(StockChangesModel::RawValueRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("stockPushTable"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StockChangesModel::Sku, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QList<QPair<int, int>> widths = {{StockChangesModel::Sku, 14},      {StockChangesModel::Location, 12},
                                           {StockChangesModel::Warehouse, 9}, {StockChangesModel::Allocated, 9},
                                           {StockChangesModel::Pushing, 9},   {StockChangesModel::BigCommerce, 9},
                                           {StockChangesModel::Result, 24}};
    // Wide enough for the numbers and for the header in any language.
    for (const auto &[column, characters] : widths) {
        const int header = m_table->fontMetrics().horizontalAdvance(
            m_changes->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        m_table->horizontalHeader()->resizeSection(column, std::max(characters * digit, header + digit) + 16);
    }
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(QStringLiteral("stockPushProblems"));
    m_problemList->setWordWrap(true);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setBuddy(m_problemList);
    auto *problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problemList);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("stockPushSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_pushButton = new QPushButton(this);
    m_pushButton->setObjectName(QStringLiteral("stockPushButton"));
    m_pushButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Cancel"), this);
    m_closeButton->setObjectName(QStringLiteral("stockPushCloseButton"));
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_pushButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(buttons);

    connect(m_pushButton, &QPushButton::clicked, this, &StockPushDialog::push);
    connect(m_closeButton, &QPushButton::clicked, this, &StockPushDialog::cancelOrClose);
    connect(&m_runner, &StockPushRunner::progress, this, [this](const StockPushProgress &progress) {
        if (m_running)
            showProgress(progress);
    });
    connect(&m_runner, &StockPushRunner::finished, this, [this](const StockPushReport &report) {
        if (m_running)
            finished(report);
    });
    m_cancelRepeat.setInterval(100);
    connect(&m_cancelRepeat, &QTimer::timeout, this, [this] {
        if (m_running)
            m_runner.cancel();
    });

    showProblems({});
    setPhase(Phase::LookingUp);
    QScreen *screen = parent ? parent->screen() : this->screen();
    resize(defaultSize(screen ? screen->availableGeometry() : QRect(0, 0, 760, 520)));
}

QSize StockPushDialog::defaultSize(const QRect &available) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    int columns = 0;
    for (int column = 0; column < header->count(); ++column)
        columns += header->sectionSize(column);
    // The table's frame and vertical scroll bar, the layout's margins and a little room to spare.
    const int chrome = 2 * m_table->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 24;
    const int rows = m_table->verticalHeader()->defaultSectionSize() * 20;
    const QSize wanted(std::max(720, columns + chrome), std::max(480, rows + 260));
    // Never larger than the screen (a small laptop screen): the splitter and the columns take what there is.
    return wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
}

StockPushDialog::~StockPushDialog()
{
    // The runner belongs to the screen: a run this dialog started stops with it.
    if (m_running)
        m_runner.cancel();
}

void StockPushDialog::start()
{
    startRun(true);
}

void StockPushDialog::push()
{
    if (m_phase != Phase::Preview || m_changes->rowCount() == 0)
        return;
    startRun(false);
}

void StockPushDialog::startRun(bool dryRun)
{
    if (m_running)
        return;
    if (m_runner.isRunning()) {
        showMessage(tr("A look-up or push of this store's stock is still running. Try again when it has finished."),
                    true);
        setPhase(dryRun ? Phase::Done : Phase::Preview);
        return;
    }
    StockPushRequest request;
    request.dryRun = dryRun;
    request.interactive = true;
    request.defaultLocationId = m_defaultLocationId;
    m_running = true;
    m_cancelRequested = false;
    showMessage(QString(), false);
    m_progressBar->setRange(0, 0); // busy until the first progress
    m_progressLabel->setText(dryRun ? tr("Looking up the SKUs at BigCommerce…") : tr("Pushing to BigCommerce…"));
    setPhase(dryRun ? Phase::LookingUp : Phase::Pushing);
    m_runner.start(m_store, request); // may finish at once (no token on this station)
}

void StockPushDialog::showProgress(const StockPushProgress &progress)
{
    if (progress.total > 0) {
        m_progressBar->setRange(0, progress.total);
        m_progressBar->setValue(std::min(progress.done, progress.total));
    }
    if (m_cancelRequested)
        return;
    const QString requests = StockModel::requestsText(progress.requests);
    if (progress.step == StockPushProgress::Step::LookingUp)
        m_progressLabel->setText(tr("Looking up SKUs at BigCommerce: %1 of %2 (%3)…")
                                     .arg(number(progress.done), number(progress.total), requests));
    else
        m_progressLabel->setText(
            tr("Pushing levels: %1 of %2 sent (%3)…").arg(number(progress.done), number(progress.total), requests));
}

void StockPushDialog::finished(const StockPushReport &report)
{
    m_running = false;
    m_cancelRequested = false;
    m_cancelRepeat.stop();
    m_report = report;
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(1);
    showProblems(report.problems);
    const bool failed = !report.error.isEmpty() && !report.cancelled;
    if (report.dryRun) {
        m_changes->setChanges(report.changes);
        if (report.cancelled || failed) {
            m_progressLabel->setText(report.cancelled ? tr("Cancelled: nothing was sent.")
                                                      : tr("The look-up stopped: nothing was sent."));
            showMessage(summary(report), failed);
            setPhase(Phase::Done);
        } else if (report.changes.isEmpty()) {
            m_progressLabel->setText(tr("Looked up."));
            // Not an error: everything is right already (the problems, if any, are listed above).
            const QString levels = report.unchanged == 1 ? tr("1 level") : tr("%Ln levels", nullptr, report.unchanged);
            const bool problems = !problemsNeedingAction(report.problems).isEmpty();
            showMessage(tr("Nothing to push: BigCommerce already shows every level (%1).").arg(levels) +
                            (problems ? QLatin1Char('\n') + summary(report) : QString()),
                        false);
            setPhase(Phase::Done);
        } else {
            m_progressLabel->setText(tr("Looked up; nothing is sent until you push."));
            showMessage(summary(report), false);
            setPhase(Phase::Preview);
        }
        Q_EMIT previewReady(report);
    } else {
        m_changes->setChanges(report.changes);
        m_changes->setResults(report.results);
        m_progressLabel->setText(report.cancelled ? tr("Cancelled: the levels not sent are marked “Not sent”.")
                                                  : (failed ? tr("The push stopped.") : tr("Finished.")));
        bool problem = failed;
        for (const StockPushResult &result : report.results)
            problem = problem || result.outcome == StockPushOutcome::Refused;
        showMessage(summary(report), problem);
        setPhase(Phase::Done);
        Q_EMIT pushFinished(report);
    }
    Q_EMIT runFinished(report);
}

QString StockPushDialog::summary(const StockPushReport &report)
{
    QStringList lines;
    if (!report.error.isEmpty())
        lines << report.error;
    const QString seconds = QLocale().toString(report.elapsedMs / 1000.0, 'f', 1);
    if (report.dryRun) {
        lines << tr("%1 to change, %2 already right at BigCommerce, %3.")
                     .arg(number(report.changes.size()), number(report.unchanged),
                          StockModel::problemsText(static_cast<int>(problemsNeedingAction(report.problems).size())));
    } else {
        int pushed = 0;
        int byProduct = 0;
        int refused = 0;
        int notSent = 0;
        for (const StockPushResult &result : report.results) {
            switch (result.outcome) {
            case StockPushOutcome::PushedByProduct:
                ++byProduct;
                ++pushed;
                break;
            case StockPushOutcome::Pushed:
                ++pushed;
                break;
            case StockPushOutcome::Refused:
                ++refused;
                break;
            case StockPushOutcome::NotSent:
                ++notSent;
                break;
            }
        }
        lines << tr("Pushed %1 (%2 of them by product), refused %3, not sent %4; %5 already right.")
                     .arg(number(pushed), number(byProduct), number(refused), number(notSent),
                          number(report.unchanged));
        const int problems = static_cast<int>(problemsNeedingAction(report.problems).size());
        if (problems > 0)
            lines << tr("%1: see the list.").arg(StockModel::problemsText(problems));
        if (notSent > 0)
            lines << (notSent == 1 ? tr("1 level was not sent: push again to send it.")
                                   : tr("%Ln levels were not sent: push again to send them.", nullptr, notSent));
    }
    lines << tr("%1 in %2 s.", "requests in seconds").arg(StockModel::requestsText(report.requests), seconds);
    return lines.join(QLatin1Char('\n'));
}

void StockPushDialog::showProblems(const QList<StockProblem> &all)
{
    const QList<StockProblem> problems = problemsNeedingAction(all);
    m_problemList->clear();
    for (const StockProblem &problem : problems)
        m_problemList->addItem(StockModel::problemText(problem));
    m_problemsLabel->setText(problems.isEmpty() ? tr("&Problems: none")
                                                : tr("&Problems (%1), per SKU:").arg(number(problems.size())));
}

void StockPushDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const int changes = m_changes->rowCount();
    switch (phase) {
    case Phase::LookingUp:
        m_headline->setText(tr("Looking up what BigCommerce shows for the warehouse's SKUs. Nothing is written to "
                               "BigCommerce yet."));
        break;
    case Phase::Preview:
        m_headline->setText(tr("A push sets these levels at BigCommerce (only the SKUs that differ). Stock on "
                               "shipments not yet written back is subtracted first."));
        break;
    case Phase::Pushing:
        m_headline->setText(tr("Pushing the levels to BigCommerce. Cancel stops after the request under way; what "
                               "was sent stays."));
        break;
    case Phase::Done:
        if (!m_report.dryRun)
            m_headline->setText(tr("The result per SKU:"));
        break;
    }
    m_pushButton->setVisible(phase == Phase::Preview || phase == Phase::LookingUp);
    m_pushButton->setEnabled(phase == Phase::Preview && changes > 0);
    if (phase == Phase::LookingUp)
        m_pushButton->setText(tr("&Push changes")); // how many is known after the look-up
    else
        m_pushButton->setText(changes == 1 ? tr("&Push 1 change") : tr("&Push %1 changes").arg(number(changes)));
    const bool running = phase == Phase::LookingUp || phase == Phase::Pushing;
    m_progressBar->setVisible(running || phase == Phase::Done);
    m_closeButton->setText(m_cancelRequested ? tr("Cancelling…") : (phase == Phase::Done ? tr("Close") : tr("Cancel")));
    m_closeButton->setEnabled(!m_cancelRequested || !running);
    m_closeButton->setToolTip(phase == Phase::Pushing
                                  ? tr("Stop after the request under way; what was sent stays, the rest is not sent.")
                                  : QString());
    if (phase == Phase::Preview)
        m_pushButton->setFocus();
}

void StockPushDialog::cancelOrClose()
{
    if (!m_running) {
        // The preview's Cancel and the last Close alike: nothing more is sent.
        if (m_phase == Phase::Done)
            accept();
        else
            QDialog::reject();
        return;
    }
    if (m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_runner.cancel();
    m_cancelRepeat.start();
    m_progressLabel->setText(m_phase == Phase::Pushing ? tr("Cancelling after the request under way…")
                                                       : tr("Cancelling…"));
    setPhase(m_phase);
}

void StockPushDialog::reject()
{
    if (m_running) {
        cancelOrClose();
        return;
    }
    QDialog::reject();
}

QString StockPushDialog::summaryText() const
{
    return m_summaryLabel->text();
}

QStringList StockPushDialog::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problemList->count(); ++i)
        texts << m_problemList->item(i)->text();
    return texts;
}

void StockPushDialog::showMessage(const QString &text, bool problem)
{
    m_summaryLabel->setText(text);
    m_summaryLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }")
                                          : QString());
}

} // namespace Packbench
