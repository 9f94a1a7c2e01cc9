import PithFetch

/// Fetches one URL for `pith extract`, through one ``Fetcher`` shared by the whole process.
///
/// Each extract worker thread blocks on `fetchAndWait` (the loader is synchronous); the fetcher
/// runs the transfers on its own thread. No delay between requests to a host: `pith extract`
/// fetches only the URLs the user names, not a crawl.
public enum PageFetching {
    /// Made on first use, so extracting files never starts a fetch thread.
    static let shared: Fetcher = {
        var configuration = FetchConfiguration()
        configuration.perHostDelay = 0
        return Fetcher(configuration: configuration)
    }()

    public static let fetch: PageLoader.Fetch = { url throws(LoadError) in
        switch shared.fetchAndWait(FetchRequest(url: url, requireHTML: true)) {
        case .success(let response):
            return LoadedPage(bytes: response.body, declaredCharset: response.charset, finalURL: response.finalURL)
        case .failure(let error):
            throw .fetchFailed(url, kind: error.kind, message: error.description)
        }
    }
}
