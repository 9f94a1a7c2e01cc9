import Foundation
import PithHTML

/// Makes link targets absolute against the page's URL and its `<base href>`, and refuses
/// targets a reader cannot follow (`javascript:`, `data:`).
struct LinkResolver: Sendable {
    private let base: URL?

    init(document: HTMLDocument, pageURL: String?) {
        let page = pageURL.flatMap { URL(string: $0) }
        var base = page
        for node in 0..<min(document.nodeCount, 400) where document.tag(node) == .base {
            if let href = document.attribute(.href, of: node), let url = URL(string: href.trimmed, relativeTo: page) {
                base = url.absoluteURL
            }
            break
        }
        self.base = base
    }

    /// The absolute form of `href`, or nil when it is not a followable link.
    func resolve(_ href: String) -> String? {
        let trimmed = href.trimmed
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("vbscript:") { return nil }
        if trimmed.hasPrefix("#") { return base.map { $0.absoluteString.split(separator: "#", maxSplits: 1)[0] + trimmed } ?? trimmed }
        guard let url = URL(string: trimmed, relativeTo: base) else { return trimmed }
        return url.absoluteString
    }

    /// The absolute form of any URL-valued attribute (canonical, image), or the value as given.
    func absolute(_ value: String) -> String {
        resolve(value) ?? value
    }
}

extension String {
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
