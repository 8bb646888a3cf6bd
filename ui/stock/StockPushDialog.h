#pragma once

#include "core/domain/StoreConfig.h"
#include "core/inventory/Stock.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Packbench {

class StockChangesModel;
class StockPushRunner;
struct StockPushProgress;

// Stock > Push to BigCommerce…: a dry run first (BigCommerce is looked up, nothing is written), then the preview:
// every level that changes (warehouse, allocated subtracted, pushing, BigCommerce now) and every problem, with
// "Push N changes" and Cancel. The push itself shows its progress and can be cancelled (what was sent stays; the rest
// is "not sent"); at the end, the result per SKU and a summary. Runs on the screen's StockPushRunner (its thread).
class StockPushDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Phase
    {
        LookingUp, // the dry run
        Preview,   // waiting for "Push N changes"
        Pushing,
        Done // pushed, cancelled, failed, or nothing to push
    };

    StockPushDialog(StockPushRunner &runner, const StoreConfig &store, int defaultLocationId,
                    QWidget *parent = nullptr);
    ~StockPushDialog() override;

    Phase phase() const { return m_phase; }
    StockChangesModel *changesModel() const { return m_changes; }
    const StockPushReport &lastReport() const { return m_report; }
    QString summaryText() const;
    QStringList problemTexts() const;

    // "Pushed 12 (3 by product), refused 1, not sent 0 …": what a run did, in words.
    static QString summary(const StockPushReport &report);
    // The size the dialog opens with on a screen with this available geometry: every column of the table without a
    // horizontal scroll bar and a screenful of rows, as far as the screen allows.
    QSize defaultSize(const QRect &available) const;

public Q_SLOTS:
    // The dry run (the dialog calls it once it is shown).
    void start();
    // The push of what the preview shows.
    void push();
    // While a run is under way: cancels it. Otherwise: closes.
    void cancelOrClose();
    void reject() override;

Q_SIGNALS:
    void previewReady(const Packbench::StockPushReport &report);
    void pushFinished(const Packbench::StockPushReport &report);
    // Either run ended (the screen reads the stock again: the look-up and the results are saved).
    void runFinished(const Packbench::StockPushReport &report);

private:
    void startRun(bool dryRun);
    void showProgress(const StockPushProgress &progress);
    void finished(const StockPushReport &report);
    void showProblems(const QList<StockProblem> &problems);
    void setPhase(Phase phase);
    void showMessage(const QString &text, bool problem);

    StockPushRunner &m_runner;
    StoreConfig m_store;
    int m_defaultLocationId;
    Phase m_phase = Phase::LookingUp;
    bool m_running = false; // a run this dialog started is under way
    bool m_cancelRequested = false;
    QTimer m_cancelRepeat; // a cancel before the runner's job exists is asked again until the run ends
    StockPushReport m_report;

    QLabel *m_headline = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QTableView *m_table = nullptr;
    StockChangesModel *m_changes = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Packbench
