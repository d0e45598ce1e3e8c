#pragma once

#include "ocr/OcrExporter.h"
#include "ocr/OcrPage.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace voxnote::storage {
class Profile;
}

namespace voxnote::ui {

class ActionBar;
class OcrImageView;

/// An image attachment and the text recognised in it: the page with its word
/// boxes beside the text; copy or export the text (as a searchable PDF,
/// among others), choose the recognition languages
/// and recognise again, read the text or the page aloud. Lives on the GUI
/// thread; the work itself is asked for through signals (the notes page
/// queues the jobs).
class OcrView : public QWidget
{
    Q_OBJECT

public:
    explicit OcrView(storage::Profile& profile, QWidget* parent = nullptr);

    /// Shows image attachment `attachmentId` of note `noteId` and its
    /// recognised text, or, while there is none, `waitingText`.
    void open(const QString& noteId, const QString& attachmentId, const QString& waitingText = {});
    /// Reads the recognised pages again (after recognition finished).
    void reload();
    void setWaitingText(const QString& text);
    void showPage(int page);

    const QString& noteId() const { return m_noteId; }
    const QString& attachmentId() const { return m_attachmentId; }
    const QList<ocr::OcrPage>& pages() const { return m_pages; }
    QString text() const;
    OcrImageView* imageView() const { return m_image; }
    /// The languages chosen for recognising again ("eng+kor").
    QString chosenLanguages() const;
    void copyText();
    /// Asks where to save the recognised text as `format`, then `exportTo`.
    void askExport(ocr::OcrExporter::Format format);
    /// Writes the recognised pages to `path` in the background (a PDF of a
    /// long scan takes seconds); `exported` or `errorOccurred` follows.
    void exportTo(ocr::OcrExporter::Format format, const QString& path);

signals:
    void recognizeAgainRequested(
        const QString& noteId, const QString& attachmentId, const QString& languages);
    void readAloudRequested(const QString& text);
    void readPageAloudRequested(const QString& noteId);
    void errorOccurred(const QString& message);
    void exported(const QString& path);

private:
    void fillLanguages(const QString& current);
    void updateState();

    storage::Profile& m_profile;
    QString m_noteId;
    QString m_attachmentId;
    QString m_blobPath;
    QString m_fileName;
    QList<ocr::OcrPage> m_pages;
    int m_page = 0;
    OcrImageView* m_image;
    QPlainTextEdit* m_text;
    QLabel* m_waiting;
    QStackedWidget* m_textStack;
    QComboBox* m_pageChoice;
    QComboBox* m_languages;
    ActionBar* m_actions;
    QAction* m_again = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_read = nullptr;
    QAction* m_readPage = nullptr;
    QAction* m_export = nullptr;
    QLabel* m_summary;
};

} // namespace voxnote::ui
