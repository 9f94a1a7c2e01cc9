import Foundation
import PithExtract
import PithStore

/// Writes the article of a `new` or `changed` event into the run's output folder, named from
/// the URL as `pith scrape` names its files, replacing the previous version.
enum ArticleFiles {
    static func write(event: RunEvent, store: HistoryStore, folder: String, format: ArticleFormat) throws {
        guard let revision = event.toRevision, let job = try store.job(named: event.job),
            let snapshot = try store.snapshot(ofJob: job.id, revision: revision)
        else { return }
        // A job's URL is always a URL; the fallback only keeps a malformed one inside the folder.
        let name = ScrapePathNaming.relativePath(for: event.url, fileExtension: format.fileExtension)
            ?? "_invalid/" + OutputNaming.safe(event.url) + "." + format.fileExtension
        try AtomicFile.write(render(snapshot, job: job, format: format), to: (folder as NSString).appendingPathComponent(name))
    }

    private static func render(_ snapshot: Snapshot, job: StoredJob, format: ArticleFormat) -> String {
        switch format {
        case .text: return snapshot.article.text + "\n"
        case .markdown: return snapshot.article.markdown + "\n"
        case .json: return HistoryViews.articleJSON(job: job, snapshot: snapshot)
        }
    }
}
