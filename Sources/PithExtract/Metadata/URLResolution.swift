import Foundation

/// Makes the URLs a page declares (canonical, images) absolute against `<base href>` and the
/// page's own URL.
struct URLResolution: Sendable {
    private let base: URL?

    init(pageURL: String?, baseHref: String?) {
        let page = pageURL.flatMap { URL(string: $0.trimmingSpaces) }
        if let href = baseHref?.trimmingSpaces, !href.isEmpty, let base = URL(string: href, relativeTo: page)?.absoluteURL,
           base.scheme != nil {
            self.base = base
        } else {
            self.base = page
        }
    }

    /// The host of the base URL, lowercased.
    var host: String? { base?.host?.lowercased() }

    /// `reference` as an absolute http(s) URL, or nil when it cannot be one.
    func absolute(_ reference: String) -> String? {
        let trimmed = MetadataText.normalized(reference)
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        guard !lower.hasPrefix("javascript:"), !lower.hasPrefix("data:"), !lower.hasPrefix("mailto:") else { return nil }
        guard let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url.absoluteString
    }
}
