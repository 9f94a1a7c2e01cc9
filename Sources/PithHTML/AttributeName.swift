/// An attribute's name, interned like ``HTMLTag``: known names have fixed ids, others are
/// local to the document that produced them.
public struct AttributeName: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt16

    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first id handed out to names that are not in ``AttributeName/knownNames``.
    public static let firstDocumentLocal: UInt16 = 1024

    public var knownName: String? {
        Int(rawValue) < AttributeName.knownNames.count ? AttributeName.knownNames[Int(rawValue)] : nil
    }

    public var description: String { knownName ?? "attribute#\(rawValue)" }

    /// The id of a known attribute name (lowercase ASCII), or nil.
    public static func known(_ name: String) -> AttributeName? {
        knownIDs[name].map(AttributeName.init(rawValue:))
    }

    /// Names with fixed ids, in id order.
    public static let knownNames: [String] = [
        "id", "class", "role", "style", "hidden", "aria-hidden", "aria-label", "href", "src", "alt",
        "title", "name", "content", "property", "http-equiv", "charset", "itemprop", "itemtype",
        "itemscope", "type", "rel", "lang", "datetime", "colspan", "rowspan", "summary", "action",
        "value", "placeholder", "srcset", "data-src", "width", "height", "start", "xml:lang", "dir",
        "data-lazy-src", "data-original", "aria-modal", "aria-expanded", "datatable", "method",
    ]

    private static let knownIDs: [String: UInt16] = {
        var ids: [String: UInt16] = [:]
        for (index, name) in knownNames.enumerated() { ids[name] = UInt16(index) }
        return ids
    }()

    public static let id = AttributeName(rawValue: 0)
    public static let `class` = AttributeName(rawValue: 1)
    public static let role = AttributeName(rawValue: 2)
    public static let style = AttributeName(rawValue: 3)
    public static let hidden = AttributeName(rawValue: 4)
    public static let ariaHidden = AttributeName(rawValue: 5)
    public static let ariaLabel = AttributeName(rawValue: 6)
    public static let href = AttributeName(rawValue: 7)
    public static let src = AttributeName(rawValue: 8)
    public static let alt = AttributeName(rawValue: 9)
    public static let title = AttributeName(rawValue: 10)
    public static let name = AttributeName(rawValue: 11)
    public static let content = AttributeName(rawValue: 12)
    public static let property = AttributeName(rawValue: 13)
    public static let httpEquiv = AttributeName(rawValue: 14)
    public static let charset = AttributeName(rawValue: 15)
    public static let itemprop = AttributeName(rawValue: 16)
    public static let itemtype = AttributeName(rawValue: 17)
    public static let itemscope = AttributeName(rawValue: 18)
    public static let type = AttributeName(rawValue: 19)
    public static let rel = AttributeName(rawValue: 20)
    public static let lang = AttributeName(rawValue: 21)
    public static let datetime = AttributeName(rawValue: 22)
    public static let colspan = AttributeName(rawValue: 23)
    public static let rowspan = AttributeName(rawValue: 24)
    public static let summary = AttributeName(rawValue: 25)
    public static let action = AttributeName(rawValue: 26)
    public static let value = AttributeName(rawValue: 27)
    public static let placeholder = AttributeName(rawValue: 28)
    public static let srcset = AttributeName(rawValue: 29)
    public static let dataSrc = AttributeName(rawValue: 30)
    public static let width = AttributeName(rawValue: 31)
    public static let height = AttributeName(rawValue: 32)
    public static let start = AttributeName(rawValue: 33)
    public static let xmlLang = AttributeName(rawValue: 34)
    public static let dir = AttributeName(rawValue: 35)
    public static let dataLazySrc = AttributeName(rawValue: 36)
    public static let dataOriginal = AttributeName(rawValue: 37)
    public static let ariaModal = AttributeName(rawValue: 38)
    public static let ariaExpanded = AttributeName(rawValue: 39)
    public static let datatable = AttributeName(rawValue: 40)
    public static let method = AttributeName(rawValue: 41)
}
