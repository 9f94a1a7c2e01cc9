import Foundation

/// Fetches one URL for `pith extract`. Provisional: reads `file://` URLs directly; the fetch
/// module replaces this with libcurl.
public enum PageFetching {
    public static let fetch: PageLoader.Fetch = { url throws(LoadError) in
        guard let components = URLComponents(string: url), components.scheme?.lowercased() == "file" else {
            throw .fetchFailed(url, kind: "unsupported", message: "fetching \(url) is not supported yet")
        }
        return LoadedPage(bytes: try PageLoader.readFile(components.path), declaredCharset: nil, finalURL: url)
    }
}
