import Foundation
import PithStore

/// What one check of one job comes to: the rows to record and the events to raise.
struct Evaluation {
    var check: NewCheck
    var snapshots: [NewSnapshot]
    var state: JobState
    /// The fetched page's snapshot, whether or not it is stored (for `pith check`).
    var candidate: NewSnapshot? = nil
    /// The baseline to re-stamp with the current extractor and rules versions, when
    /// re-extracting it gave the stored text and metadata.
    var restamp: Restamp?
    /// Builds the events once the new snapshots have revision numbers.
    var events: ([Int]) -> [RunEvent]
}

/// A baseline whose re-extraction matched it: only its versions (and Markdown front matter,
/// which names the extractor version) are brought up to date.
struct Restamp {
    let snapshot: Snapshot
    let markdown: String
}

/// Turns a fetch result into an ``Evaluation``, comparing with the baseline.
///
/// The rules, in order: a failed fetch or a refused extraction (empty, blocked, far shorter)
/// is a failure that leaves the baseline alone and is reported once, when the job reaches
/// `max_tries` failures in a row; a 304 or an article with the baseline's snapshot key is
/// unchanged; otherwise the job is new or changed. When the baseline came from another
/// extractor version or other rules, its raw page is extracted again first, so that only the
/// page's own changes count. A success after a reported failure also reports the recovery.
struct CheckEvaluator {
    let job: Job
    let extractor: any ArticleExtracting
    let state: JobState
    let baseline: Snapshot?
    let baselineHTML: () throws -> [UInt8]
    let checkedAt: Date
    let durationMilliseconds: Int

    /// Lines of context in event hunks, as `pith diff` shows by default.
    static let eventContext = 3

    func evaluate(_ result: Result<FetchedPage, PageFetchFailure>) -> Evaluation {
        let page: FetchedPage
        switch result {
        case let .failure(failure):
            return failed(message: failure.message, kind: failure.kind, status: failure.status, finalURL: nil)
        case let .success(fetched):
            page = fetched
        }
        if page.isNotModified { return succeeded(.notModified, page: page) }
        let article: StoredArticle
        do {
            article = try extractor.extract(
                html: page.body, charset: page.charset, url: job.url, finalURL: page.finalURL, selectors: job.selectors
            ).stored
        } catch {
            return failed(message: "no article: \(error)", kind: "no_article", status: page.status, finalURL: page.finalURL)
        }
        let filter = IgnoreFilter(job.ignore)
        let text = filter.apply(article.text)
        let baselineText = baseline.map { filter.apply($0.article.text) }
        if let rejection = PageAcceptance.rejection(of: text, title: article.metadata.title, baselineText: baselineText) {
            return failed(message: rejection.message, kind: rejection.kind, status: page.status, finalURL: page.finalURL)
        }
        let snapshot = NewSnapshot(
            capturedAt: checkedAt, key: SnapshotKey.make(text: text, metadata: article.metadata), finalURL: page.finalURL,
            article: article, rawHTML: page.body, charset: page.charset, extractorVersion: extractor.extractorVersion,
            rulesVersion: extractor.rulesVersion(for: job))
        var evaluation: Evaluation
        if let baseline {
            evaluation = compare(snapshot, with: baseline, page: page, filter: filter)
        } else {
            evaluation = succeeded(.new, page: page, snapshots: [snapshot], article: article)
        }
        evaluation.candidate = snapshot
        return evaluation
    }

    private func compare(_ snapshot: NewSnapshot, with baseline: Snapshot, page: FetchedPage, filter: IgnoreFilter) -> Evaluation {
        var base = (article: baseline.article, key: baseline.key)
        var rebaseline: NewSnapshot?
        var restamp: Restamp?
        if baseline.extractorVersion != snapshot.extractorVersion || baseline.rulesVersion != snapshot.rulesVersion,
            let reextracted = reextract(baseline, filter: filter)
        {
            base = (reextracted.article, reextracted.key)
            if reextracted.article.text == baseline.article.text, reextracted.article.metadata == baseline.article.metadata,
                reextracted.key == baseline.key
            {
                restamp = Restamp(snapshot: baseline, markdown: reextracted.article.markdown)
            } else {
                rebaseline = reextracted
            }
        }
        let earlier = rebaseline.map { [$0] } ?? []
        guard snapshot.key != base.key else {
            var evaluation = succeeded(.unchanged, page: page, snapshots: earlier)
            evaluation.restamp = restamp
            return evaluation
        }
        let filtered = { (article: StoredArticle) in
            StoredArticle(text: filter.apply(article.text), markdown: article.markdown, metadata: article.metadata)
        }
        let diff = ArticleDiff(from: filtered(base.article), to: filtered(snapshot.article))
        var evaluation = succeeded(.changed, page: page, snapshots: earlier + [snapshot], article: snapshot.article, diff: diff)
        evaluation.restamp = restamp
        let hasRebaseline = rebaseline != nil
        let makeEvents = evaluation.events
        evaluation.events = { revisions in
            makeEvents(revisions).map { event in
                var event = event
                if event.kind == .changed { event.fromRevision = hasRebaseline ? revisions.first : baseline.revision }
                return event
            }
        }
        return evaluation
    }

    /// The baseline's raw page extracted with today's extractor and the job's current rules.
    private func reextract(_ baseline: Snapshot, filter: IgnoreFilter) -> NewSnapshot? {
        guard let html = try? baselineHTML(),
            let article = try? extractor.extract(
                html: html, charset: baseline.charset, url: job.url, finalURL: baseline.finalURL, selectors: job.selectors
            ).stored
        else { return nil }
        return NewSnapshot(
            capturedAt: baseline.capturedAt, key: SnapshotKey.make(text: filter.apply(article.text), metadata: article.metadata),
            finalURL: baseline.finalURL, article: article, rawHTML: html, charset: baseline.charset,
            extractorVersion: extractor.extractorVersion, rulesVersion: extractor.rulesVersion(for: job), origin: .reextracted)
    }

    private func succeeded(
        _ outcome: CheckOutcome, page: FetchedPage, snapshots: [NewSnapshot] = [], article: StoredArticle? = nil, diff: ArticleDiff? = nil
    ) -> Evaluation {
        var newState = state
        newState.consecutiveFailures = 0
        newState.failureReported = false
        newState.lastCheckedAt = checkedAt
        if !page.isNotModified {
            newState.etag = page.etag
            newState.lastModified = page.lastModified
        }
        let check = NewCheck(
            checkedAt: checkedAt, outcome: outcome, status: page.status, finalURL: page.finalURL, etag: page.etag,
            lastModified: page.lastModified, durationMilliseconds: durationMilliseconds)
        let recovered = state.failureReported
        let title = article?.metadata.title ?? baseline?.article.metadata.title
        let event = { [job, checkedAt] (kind: RunEvent.Kind) in
            RunEvent(kind: kind, job: job.name, url: job.url, finalURL: page.finalURL, title: title, checkedAt: checkedAt)
        }
        return Evaluation(check: check, snapshots: snapshots, state: newState, restamp: nil) { revisions in
            var events: [RunEvent] = []
            if recovered { events.append(event(.recovered)) }
            if outcome == .new {
                var new = event(.new)
                new.toRevision = revisions.last
                events.append(new)
            } else if outcome == .changed, let diff {
                var changed = event(.changed)
                changed.toRevision = revisions.last
                changed.metadataChanges = diff.metadataChanges
                changed.hunks = diff.text.hunks(context: Self.eventContext)
                changed.textDiff = diff.text
                events.append(changed)
            }
            return events
        }
    }

    private func failed(message: String, kind: String, status: Int?, finalURL: String?) -> Evaluation {
        var newState = state
        newState.consecutiveFailures += 1
        newState.lastCheckedAt = checkedAt
        let report = newState.consecutiveFailures >= job.maxTries && !state.failureReported
        if report { newState.failureReported = true }
        let check = NewCheck(
            checkedAt: checkedAt, outcome: .failed, status: status, finalURL: finalURL, error: message, errorKind: kind,
            durationMilliseconds: durationMilliseconds)
        let tries = newState.consecutiveFailures
        let event = RunEvent(
            kind: .error, job: job.name, url: job.url, finalURL: finalURL, title: baseline?.article.metadata.title,
            checkedAt: checkedAt, fromRevision: baseline?.revision, error: message, errorKind: kind, tries: tries)
        return Evaluation(check: check, snapshots: [], state: newState, restamp: nil) { _ in report ? [event] : [] }
    }
}
