/// An attribute's name, interned like ``HTMLTag``: known names have fixed ids, others are
/// local to the document that produced them.
public struct AttributeName: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt16

    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first id handed out to names that are not in ``AttributeName/knownNames``.
    @inlinable public static var firstDocumentLocal: UInt16 { 1024 }

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

    @inlinable public static var id: AttributeName { AttributeName(rawValue: 0) }
    @inlinable public static var `class`: AttributeName { AttributeName(rawValue: 1) }
    @inlinable public static var role: AttributeName { AttributeName(rawValue: 2) }
    @inlinable public static var style: AttributeName { AttributeName(rawValue: 3) }
    @inlinable public static var hidden: AttributeName { AttributeName(rawValue: 4) }
    @inlinable public static var ariaHidden: AttributeName { AttributeName(rawValue: 5) }
    @inlinable public static var ariaLabel: AttributeName { AttributeName(rawValue: 6) }
    @inlinable public static var href: AttributeName { AttributeName(rawValue: 7) }
    @inlinable public static var src: AttributeName { AttributeName(rawValue: 8) }
    @inlinable public static var alt: AttributeName { AttributeName(rawValue: 9) }
    @inlinable public static var title: AttributeName { AttributeName(rawValue: 10) }
    @inlinable public static var name: AttributeName { AttributeName(rawValue: 11) }
    @inlinable public static var content: AttributeName { AttributeName(rawValue: 12) }
    @inlinable public static var property: AttributeName { AttributeName(rawValue: 13) }
    @inlinable public static var httpEquiv: AttributeName { AttributeName(rawValue: 14) }
    @inlinable public static var charset: AttributeName { AttributeName(rawValue: 15) }
    @inlinable public static var itemprop: AttributeName { AttributeName(rawValue: 16) }
    @inlinable public static var itemtype: AttributeName { AttributeName(rawValue: 17) }
    @inlinable public static var itemscope: AttributeName { AttributeName(rawValue: 18) }
    @inlinable public static var type: AttributeName { AttributeName(rawValue: 19) }
    @inlinable public static var rel: AttributeName { AttributeName(rawValue: 20) }
    @inlinable public static var lang: AttributeName { AttributeName(rawValue: 21) }
    @inlinable public static var datetime: AttributeName { AttributeName(rawValue: 22) }
    @inlinable public static var colspan: AttributeName { AttributeName(rawValue: 23) }
    @inlinable public static var rowspan: AttributeName { AttributeName(rawValue: 24) }
    @inlinable public static var summary: AttributeName { AttributeName(rawValue: 25) }
    @inlinable public static var action: AttributeName { AttributeName(rawValue: 26) }
    @inlinable public static var value: AttributeName { AttributeName(rawValue: 27) }
    @inlinable public static var placeholder: AttributeName { AttributeName(rawValue: 28) }
    @inlinable public static var srcset: AttributeName { AttributeName(rawValue: 29) }
    @inlinable public static var dataSrc: AttributeName { AttributeName(rawValue: 30) }
    @inlinable public static var width: AttributeName { AttributeName(rawValue: 31) }
    @inlinable public static var height: AttributeName { AttributeName(rawValue: 32) }
    @inlinable public static var start: AttributeName { AttributeName(rawValue: 33) }
    @inlinable public static var xmlLang: AttributeName { AttributeName(rawValue: 34) }
    @inlinable public static var dir: AttributeName { AttributeName(rawValue: 35) }
    @inlinable public static var dataLazySrc: AttributeName { AttributeName(rawValue: 36) }
    @inlinable public static var dataOriginal: AttributeName { AttributeName(rawValue: 37) }
    @inlinable public static var ariaModal: AttributeName { AttributeName(rawValue: 38) }
    @inlinable public static var ariaExpanded: AttributeName { AttributeName(rawValue: 39) }
    @inlinable public static var datatable: AttributeName { AttributeName(rawValue: 40) }
    @inlinable public static var method: AttributeName { AttributeName(rawValue: 41) }
}
