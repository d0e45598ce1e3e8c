#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace voxnote::storage {

/// Content-addressed storage for media (audio, images, spoken renditions):
/// each blob lives at `<root>/<first two hex digits>/<sha256>`. Writes go to a
/// temporary file that is fsynced and then renamed into place, so a blob is
/// either whole or absent; the same content imported twice is stored once.
/// Reads verify the hash. Files are readable by the owner only.
/// Safe to use from several threads and processes at once.
/// Failures throw `Error` with a sentence naming the file.
class BlobStore
{
public:
    explicit BlobStore(QString root);

    /// Stores the content of `source` (read to its end) and returns its hash.
    QString put(QIODevice& source, const QString& displayName);
    QString putFile(const QString& path);
    QString putData(const QByteArray& data);

    bool contains(const QString& hash) const;
    /// Where the blob of `hash` lives (whether or not it exists).
    QString pathOf(const QString& hash) const;
    qint64 size(const QString& hash) const;

    /// Checks that the blob exists and its content still hashes to `hash`;
    /// throws `Error` if it is missing or damaged.
    void verify(const QString& hash) const;
    /// The blob's bytes, verified. For large media prefer `verify` + `pathOf`.
    QByteArray read(const QString& hash) const;

    const QString& root() const { return m_root; }

    static bool isHash(const QString& text);

private:
    QString m_root;
};

} // namespace voxnote::storage
