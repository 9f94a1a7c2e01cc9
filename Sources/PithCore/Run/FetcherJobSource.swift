import PithFetch

/// `pith run` and `pith check`'s pages, fetched by PithFetch's ``Fetcher`` with the jobs
/// file's politeness settings. Responses and errors are turned into the run's own types, so
/// no libcurl or PithFetch type reaches the run loop.
public struct FetcherJobSource: JobFetching {
    private let fetcher: Fetcher

    public init(settings: JobsSettings) {
        fetcher = Fetcher(configuration: Self.configuration(settings))
    }

    public init(fetcher: Fetcher) {
        self.fetcher = fetcher
    }

    /// The polite defaults, changed by the settings the jobs file gives: identity,
    /// politeness, limits and `hosts:` policies.
    public static func configuration(_ settings: JobsSettings) -> FetchConfiguration {
        FetchSettings.configuration(settings: settings.fetch, flags: FetchSettings())
    }

    public func fetch(_ request: PageRequest) async -> Result<FetchedPage, PageFetchFailure> {
        let fetchRequest = FetchRequest(
            url: request.url, headers: request.headers, userAgent: request.userAgent, etag: request.etag,
            lastModified: request.lastModified, requireHTML: true)
        switch await fetcher.fetch(fetchRequest) {
        case .success(let response):
            return .success(FetchedPage(
                status: response.status, finalURL: response.finalURL, body: response.body, charset: response.charset,
                etag: response.etag, lastModified: response.lastModified))
        case .failure(let error):
            return .failure(PageFetchFailure(error))
        }
    }
}

extension PageFetchFailure {
    /// The run's view of a fetch error. A deferred host or a stopped run is not the page's
    /// fault: the job stays due and no failed check is recorded.
    init(_ error: FetchError) {
        let retryLater: Bool
        switch error {
        case .deferred, .cancelled: retryLater = true
        default: retryLater = false
        }
        self.init(message: error.description, kind: error.kind, status: error.status, retryLater: retryLater)
    }
}
