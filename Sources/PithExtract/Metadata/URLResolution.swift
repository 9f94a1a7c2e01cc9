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
        // Already absolute and plain: nothing for Foundation to do.
        if URLResolution.isPlainAbsolute(trimmed) { return trimmed }
        let lower = trimmed.asciiLowercased
        guard !lower.hasPrefix("javascript:"), !lower.hasPrefix("data:"), !lower.hasPrefix("mailto:") else { return nil }
        guard let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url.absoluteString
    }

    /// Printable ASCII that URLs may hold as is (not `"<>\\^`{|}`, which get percent-encoded).
    private static func isPlainURLByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
        default: return byte > 0x20 && byte < 0x7F
        }
    }

    /// An `http(s)://host/...` URL of printable ASCII without spaces, which resolution would
    /// return unchanged.
    static func isPlainAbsolute(_ text: String) -> Bool {
        let utf8 = text.utf8
        let scheme = utf8.prefix(8).map(asciiLowercase)
        let afterScheme: Int
        if scheme.starts(with: "https://".utf8) {
            afterScheme = 8
        } else if scheme.starts(with: "http://".utf8) {
            afterScheme = 7
        } else {
            return false
        }
        guard utf8.count > afterScheme, utf8.dropFirst(afterScheme).first != UInt8(ascii: "/") else { return false }
        return utf8.allSatisfy(isPlainURLByte)
    }
}
